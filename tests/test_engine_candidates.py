"""Candidate pairs (stage 3) against a plain Python reference: every pair of places of a shared
n-gram in two documents (hub to all for an n-gram found at many places), joined into runs along
diagonals; the same with the pairs' fields packed in one sort key or kept apart."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_engine_chain_reference import corpora
from viewer.corpus import Article
from viewer.engine import candidates
from viewer.engine.candidates import SeedRuns, candidate_seeds
from viewer.engine.index import NgramIndex, index_ngrams
from viewer.engine.tokens import TokenisedCorpus, tokenise
from viewer.passages import EngineSettings


def reference_seeds(corpus: TokenisedCorpus, index: NgramIndex,
                    star_above: int) -> list[tuple[int, int, int, int, int]]:
    """(doc_a, doc_b, a0, b0, length) of each run, pair by pair, by a0 then b0."""
    offsets = corpus.offsets.tolist()
    places = list(zip(index.posting.tolist(), index.posting_doc.tolist(), strict=True))
    pairs: set[tuple[int, int, int, int]] = set()
    low = 0
    for size in index.group_size.tolist():
        group = places[low : low + size]
        low += size
        for i, (left, left_doc) in enumerate(group):
            if size > star_above and i >= candidates.STAR_HUBS:
                break
            for right, right_doc in group[i + 1 :]:
                if left_doc != right_doc:
                    pairs.add((left_doc, right_doc, left - offsets[left_doc],
                               right - offsets[right_doc]))
    runs = []
    for doc_a, doc_b, a, b in pairs:
        if (doc_a, doc_b, a - 1, b - 1) in pairs:
            continue  # not the first window of its run
        length = 1
        while (doc_a, doc_b, a + length, b + length) in pairs:
            length += 1
        runs.append((doc_a, doc_b, a, b, length + index.ngram_size - 1))
    return sorted(runs)


def as_tuples(seeds: SeedRuns) -> list[tuple[int, int, int, int, int]]:
    return list(zip(seeds.doc_a.tolist(), seeds.doc_b.tolist(), seeds.a0.tolist(),
                    seeds.b0.tolist(), seeds.length.tolist(), strict=True))


@pytest.fixture(params=[True, False], ids=["packed", "rows"])
def packing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Run each test with the pairs' fields packed in one key and with them kept as rows."""
    if not request.param:
        original = candidates._KeyLayout.__init__

        def unpacked(layout: candidates._KeyLayout, last_doc: int, longest: int) -> None:
            original(layout, last_doc, longest)
            layout.packed = False

        monkeypatch.setattr(candidates._KeyLayout, "__init__", unpacked)
    return bool(request.param)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(corpora(), st.integers(1, 6), st.sampled_from([2, 3, candidates.STAR_ABOVE]))
def test_seed_runs_match_the_reference(packing: bool, monkeypatch: pytest.MonkeyPatch,
                                       texts: list[str], ngram_size: int,
                                       star_above: int) -> None:
    monkeypatch.setattr(candidates, "STAR_ABOVE", star_above)
    corpus = tokenise([Article(f"doc{i}", text, f"doc{i}") for i, text in enumerate(texts)])
    index = index_ngrams(corpus, EngineSettings(ngram_size=ngram_size))
    seeds = candidate_seeds(corpus, index)
    assert as_tuples(seeds) == reference_seeds(corpus, index, star_above)


def test_a_phrase_repeated_in_many_documents_pairs_hub_to_all(packing: bool) -> None:
    """An n-gram at more places than STAR_ABOVE pairs its first places with all the others:
    the pair count grows with the documents, not with their square."""
    documents = candidates.STAR_ABOVE + 8
    corpus = tokenise([Article(f"doc{i:03}", f"words{i} the drones crossed the border at dawn "
                               f"here{i}", f"doc{i:03}") for i in range(documents)])
    seeds = candidate_seeds(corpus, index_ngrams(corpus, EngineSettings(max_document_share=1.0)))
    pairs = set(zip(seeds.doc_a.tolist(), seeds.doc_b.tolist(), strict=True))
    hubs = candidates.STAR_HUBS
    assert len(pairs) == sum(documents - 1 - hub for hub in range(hubs))
    assert all(doc_a < hubs for doc_a, _ in pairs)


@pytest.mark.parametrize("index_bits", [6, 31])
def test_runs_of_a_pair_ordered_by_their_starts(index_bits: int) -> None:
    """Runs in document pair order (as the sorted seed keys leave them) come out by pair, then
    a0, then b0, equal runs in the order they came: packed in one key, or, when the starts
    need too many bits for that, by a lexsort."""
    rng = np.random.default_rng(index_bits)
    count = 400
    seg_a = np.sort(rng.integers(0, 5, count))
    seg_b = seg_a + 1 + rng.integers(0, 3, count)
    order = np.lexsort((seg_b, seg_a))
    seg_a, seg_b = seg_a[order], seg_b[order]
    a0, b0 = rng.integers(0, 40, count), rng.integers(0, 40, count)
    layout = candidates._KeyLayout(10, 40)
    layout.index_bits = index_bits
    assert candidates._pair_order(layout, seg_a, seg_b, a0, b0).tolist() == \
        np.lexsort((b0, a0, seg_b, seg_a)).tolist()
