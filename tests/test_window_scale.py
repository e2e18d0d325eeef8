"""The window's core grows like the engine on large corpora: no per-pair structures, no quadratic
lookups, nothing corpus-sized left for the GUI thread (issue 13; measured by
benchmarks/bench_window.py, checked here by structure, never by timing)."""

from __future__ import annotations

import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.corpus import Article, Corpus
from viewer.default_panes import choose_default_panes
from viewer.highlights import assign_colours
from viewer.jobs.choice import Backends
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.prepared_result import prepare_result
from viewer.rows import article_rows
from viewer.similarity import SparseSimilarity
from viewer.workspace import Workspace


class NoScanIds(tuple):  # type: ignore[type-arg]
    """A result's document ids that refuse a linear membership test (`id in ids`)."""

    def __contains__(self, item: object) -> bool:
        raise AssertionError("document ids scanned for one id: quadratic over the corpus")


def test_article_rows_look_shares_up_without_scanning_the_result_ids() -> None:
    articles = [Article(f"a{i}", f"word {i} " * (i + 1), f"Title {i}") for i in range(4)]
    result = AlignmentResult(NoScanIds(("a0", "a1", "a2")), (),
                             coverage={"a0": 0.5, "a2": 1.0})
    rows = {row.article_id: row for row in article_rows(Corpus(articles), result)}
    assert rows["a0"].shared == 0.5
    assert rows["a1"].shared == 0.0  # aligned, nothing shared
    assert rows["a2"].shared == 1.0
    assert rows["a3"].shared is None  # not in the result (added after it)
    assert rows["a3"].words == 8


def _reference_panes(ids: list[str], dense: list[list[float]], limit: int) -> tuple[str, ...]:
    """The choice over a dense matrix, written plainly: the property the sparse one keeps.
    Grown from each of the five best pairs (the article sharing most with those chosen), the
    choice sharing most within; then chained."""
    n = len(ids)
    weights = {a: {b: dense[a][b] for b in range(n) if b != a and dense[a][b] > 0}
               for a in range(n)}

    def weight(a: int, b: int) -> float:
        return weights[a].get(b, 0.0)

    def best_pairs(count: int, exclude: set[int]) -> list[tuple[int, int]]:
        keys = sorted({(v, -min(a, b), -max(a, b)) for a, row in weights.items()
                       if a not in exclude for b, v in row.items() if b not in exclude},
                      reverse=True)
        return [(-low, -high) for _v, low, high in keys[:count]]

    def grown(chosen: list[int]) -> list[int]:
        while len(chosen) < limit:
            gains: dict[int, float] = {}
            for c in chosen:
                for other, value in weights[c].items():
                    if other not in chosen:
                        gains[other] = gains.get(other, 0.0) + value
            if not gains:
                break
            _gain, negative = max((value, -c) for c, value in gains.items())
            chosen.append(-negative)
        return chosen

    starts = best_pairs(5, set())
    if not starts:
        return tuple(ids[:limit])
    candidates = [grown(list(start)) for start in starts]
    within = [sum(weight(a, b) for k, a in enumerate(c) for b in c[k + 1:]) for c in candidates]
    chosen = candidates[max(range(len(candidates)), key=lambda k: (within[k], -k))]
    chain = [chosen[0], chosen[1]]
    for _ in range(len(chosen) - 2):
        rest = [c for c in chosen if c not in chain]
        left = max(rest, key=lambda c: (weight(c, chain[0]), -c))
        right = max(rest, key=lambda c: (weight(c, chain[-1]), -c))
        if weight(right, chain[-1]) >= weight(left, chain[0]):
            chain.append(right)
        else:
            chain.insert(0, left)
    if chain[0] > chain[-1]:
        chain.reverse()
    return tuple(ids[i] for i in chain)


@settings(max_examples=150, deadline=None)
@given(size=st.integers(2, 12), limit=st.integers(2, 6),
       pairs=st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11),
                                st.sampled_from([0.1, 0.25, 0.5, 0.75, 1.0])), max_size=40),
       shuffle=st.randoms(use_true_random=False))
def test_default_panes_from_the_sparse_similarity_match_the_dense_choice(
        size: int, limit: int, pairs: list[tuple[int, int, float]], shuffle: object) -> None:
    unique = {(min(i, j), max(i, j)): v for i, j, v in pairs if i != j and max(i, j) < size}
    dense = [[0.0] * size for _ in range(size)]
    for (i, j), v in unique.items():
        dense[i][j] = dense[j][i] = v
    keys = list(unique)
    similarity = SparseSimilarity.from_pairs(
        size, np.array([i for i, _ in keys], dtype=np.int64),
        np.array([j for _, j in keys], dtype=np.int64), np.array(list(unique.values())))
    ids = [f"d{i}" for i in range(size)]
    # The corpus may list the articles in another order than the result.
    order = list(range(size))
    shuffle.shuffle(order)  # type: ignore[attr-defined]
    corpus_ids = [ids[i] for i in order]
    corpus_dense = [[dense[order[a]][order[b]] for b in range(size)] for a in range(size)]
    result = AlignmentResult(tuple(ids), (), similarity=similarity)
    assert choose_default_panes(corpus_ids, result, limit) == \
        _reference_panes(corpus_ids, corpus_dense, limit)


def test_default_panes_hold_nothing_per_pair() -> None:
    """200,000 sharing pairs among 2,000 articles: a structure over all pairs (a dict of dicts of
    floats, both ways round) would take tens of megabytes; the choice needs a few per article."""
    rng = np.random.default_rng(3)
    size, count = 2_000, 200_000
    codes = np.unique(rng.integers(0, size * size, count * 2))
    first, second = codes // size, codes % size
    keep = first < second
    similarity = SparseSimilarity.from_pairs(size, first[keep], second[keep],
                                             rng.uniform(0.01, 1.0, int(keep.sum())))
    ids = tuple(f"article-{i:05d}" for i in range(size))
    result = AlignmentResult(ids, (), similarity=similarity)
    assert similarity.pair_count > 150_000
    tracemalloc.start()
    try:
        panes = choose_default_panes(list(ids), result, 6)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(panes) == 6
    assert peak < 40 * similarity.pair_count  # under 40 bytes a pair: no Python object per pair


def test_passage_documents_are_computed_once() -> None:
    passage = Passage("p", (Occurrence("b", 0, 3, "one"), Occurrence("a", 0, 3, "one"),
                            Occurrence("b", 5, 8, "one")))
    assert passage.document_ids == ("b", "a")
    assert passage.document_ids is passage.document_ids
    assert passage.spread == 2
    # Still a plain value: equal to the same passage whose ids were never asked for.
    assert passage == Passage("p", passage.occurrences)


def test_colours_are_prepared_off_the_gui_thread_and_installed_as_given() -> None:
    articles = [Article(f"a{i}", "shared words here and more " * 3, f"T{i}") for i in range(3)]
    passages = tuple(Passage(f"p{k}", (Occurrence("a0", 0, 5, "share"),
                                       Occurrence(f"a{1 + k % 2}", 0, 5, "share")))
                     for k in range(4))
    result = AlignmentResult(("a0", "a1", "a2"), passages)
    prepared = prepare_result(articles, result)
    assert prepared.colours == assign_colours(result)
    # The passage lookups were built there too, and travel with the result.
    assert {"_by_id", "_by_document"} <= set(vars(result))
    workspace = Workspace(articles)
    # A prepared result's colours are used as they are: the GUI thread does not recompute them.
    marked = dict.fromkeys(prepared.colours, 7)
    workspace.accept_result(workspace.generation, result, replace(prepared, colours=marked))
    assert workspace.colours == marked


def test_a_result_finds_passages_by_document_and_by_id_as_a_scan_would() -> None:
    passages = (Passage("p1", (Occurrence("a", 0, 3, "one"), Occurrence("b", 0, 3, "one"))),
                Passage("p2", (Occurrence("c", 0, 3, "two"), Occurrence("a", 4, 7, "two"))),
                Passage("p3", (Occurrence("b", 4, 7, "six"), Occurrence("c", 4, 7, "six"))))
    result = AlignmentResult(("a", "b", "c", "d"), passages)
    for document in ("a", "b", "c", "d", "unknown"):
        assert result.passages_in(document) == \
            tuple(p for p in passages if document in p.document_ids)
    assert [result.passage(p.id) for p in passages] == list(passages)
    try:
        result.passage("nope")
    except KeyError:
        pass
    else:
        raise AssertionError("an unknown passage id must raise KeyError")


def test_a_load_job_counts_words_and_parses_dates_off_the_gui_thread(tmp_path: Path) -> None:
    """The article list shows word counts and sorts by publication time; splitting and parsing
    20,000 articles is for the load's worker."""
    from viewer.session import PostQueue, Session

    for number in range(3):
        (tmp_path / f"a{number}.txt").write_text(
            f"title: Title {number}\npublished: 2020-01-0{number + 1}T06:00:00Z\n\n"
            + "some words " * 50, encoding="utf-8")
    post = PostQueue()
    session = Session(backends=Backends(engine=lambda articles, *_a, **_k: AlignmentResult(
        tuple(a.id for a in articles), ())), post=post)
    arrived_counted: list[bool] = []
    original = session.workspace.add_articles

    def add_articles(articles: list[Article], **options: object) -> list[Article]:
        arrived_counted.extend("word_count" in vars(a) and "published_key" in vars(a)
                               for a in articles)
        return original(articles, **options)  # type: ignore[arg-type]

    session.workspace.add_articles = add_articles  # type: ignore[method-assign]
    session.open_paths([tmp_path])
    deadline = time.monotonic() + 60
    while session.busy:
        assert time.monotonic() < deadline, "timed out"
        post.run_pending(timeout=0.05)
    assert len(session.workspace.corpus) == 3
    # Every article reached the workspace (on this, the session's thread) already counted.
    assert arrived_counted == [True, True, True]
    assert [a.word_count for a in session.workspace.corpus] == [100, 100, 100]
    keys = [a.published_key for a in session.workspace.corpus]
    assert all(key is not None for key in keys) and keys == sorted(keys)


def test_the_first_panes_are_the_group_sharing_most_not_an_isolated_best_pair() -> None:
    """Tester (session 53, a German set): two reprints of one story were the most similar pair
    and shared nothing with the rest; the window opened on those two, 100 characters a line,
    beside a group of five sharing 72-80% left unticked."""
    pairs = {(0, 1): 0.81, (2, 3): 0.80, (2, 4): 0.76, (3, 4): 0.73, (2, 5): 0.54, (3, 5): 0.52,
             (4, 5): 0.48, (5, 6): 0.18}
    keys = list(pairs)
    similarity = SparseSimilarity.from_pairs(
        7, np.array([i for i, _ in keys]), np.array([j for _, j in keys]),
        np.array(list(pairs.values())))
    ids = [f"d{i}" for i in range(7)]
    result = AlignmentResult(tuple(ids), (), similarity=similarity)
    assert set(choose_default_panes(ids, result, 3)) == {"d2", "d3", "d4"}
    # (room for five: the group, never the pair beside it)
    assert set(choose_default_panes(ids, result, 5)) == {"d2", "d3", "d4", "d5", "d6"}
    # (room for two only: the best pair is the best choice still)
    assert set(choose_default_panes(ids, result, 2)) == {"d0", "d1"}


def test_widening_shows_the_wider_rooms_group_never_two_events_side_by_side() -> None:
    """Review (session 53): two reprints sharing most were the choice for two panes, a group
    of five the choice for five; widening kept the reprints and added three of the group."""
    from viewer.corpus import Article
    from viewer.workspace import Workspace

    ids = ["r1", "r2", "g1", "g2", "g3", "g4", "g5"]
    pairs = {(0, 1): 0.9, **{(i, j): 0.3 for i in range(2, 7) for j in range(i + 1, 7)}}
    keys = list(pairs)
    similarity = SparseSimilarity.from_pairs(
        7, np.array([i for i, _ in keys]), np.array([j for _, j in keys]),
        np.array(list(pairs.values())))
    workspace = Workspace([Article(i, f"{i} text.", i) for i in ids])
    workspace.default_pane_limit = 2
    assert workspace.accept_result(workspace.generation,
                                   AlignmentResult(tuple(ids), (), similarity=similarity))
    assert set(workspace.shown) == {"r1", "r2"}
    assert workspace.widen_default_panes(5)
    assert set(workspace.shown) == {"g1", "g2", "g3", "g4", "g5"}
