"""The Qt-free session model behind the window (viewer.workspace)."""

from __future__ import annotations

import numpy as np

from tests.viewfixtures import by_prefix, ground_truth_result, sample_articles
from viewer.corpus import Article
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.prepared_result import choose_default_panes, restrict_result
from viewer.similarity import SparseSimilarity
from viewer.workspace import MAX_PANES, Workspace


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __call__(self, *args) -> None:
        self.calls.append(args)


def aligned_workspace() -> Workspace:
    articles = sample_articles()
    workspace = Workspace(articles)
    assert workspace.accept_result(workspace.generation, ground_truth_result(articles))
    return workspace


def test_default_panes_are_the_sharing_articles_chained_by_what_neighbours_share() -> None:
    workspace = aligned_workspace()
    keys = [i[:3] for i in workspace.shown]
    assert sorted(keys) == ["000", "001", "002", "003", "004"]
    # Every adjacent pair of panes shares a passage, so every link map has bands.
    result = workspace.result
    assert result is not None
    for left, right in zip(workspace.shown, workspace.shown[1:], strict=False):
        assert any(left in p.document_ids and right in p.document_ids for p in result.passages)


def test_default_panes_skip_articles_that_share_nothing() -> None:
    a = Article("a", "one two", "A")
    ids = ["a", "b", "c", "lonely"]
    passage = Passage("p", (Occurrence("b", 0, 3, "one"), Occurrence("c", 0, 3, "one")))
    result = AlignmentResult(tuple(ids), (passage,))
    assert choose_default_panes(ids, result) == ("b", "c")
    assert a.word_count == 2


def test_stale_result_is_dropped_after_the_corpus_changed() -> None:
    articles = sample_articles()
    workspace = Workspace(articles[:3])
    changed = Recorder()
    workspace.result_changed.connect(changed)
    stale = workspace.generation
    workspace.add_articles(articles[3:])
    assert not workspace.accept_result(stale, ground_truth_result(articles))
    assert workspace.result is None and changed.calls == []
    assert len(workspace.corpus.articles) == 5
    assert workspace.accept_result(workspace.generation, ground_truth_result(articles))
    assert changed.calls == [()]


def test_selection_and_keyboard_navigation() -> None:
    workspace = aligned_workspace()
    seen = Recorder()
    workspace.selection_changed.connect(seen)
    workspace.select_passage("p3")
    workspace.select_passage("p3")
    workspace.select_passage("nonexistent")
    assert seen.calls == [("p3",)]
    first = workspace.shown[0]
    workspace.select_passage(None)
    workspace.next_passage()
    assert workspace.selected is not None and first in workspace.result.passage(
        workspace.selected).document_ids
    workspace.previous_passage()
    workspace.previous_passage()
    assert workspace.selected != seen.calls[-1][0] or len(seen.calls) > 2


def test_showing_and_hiding_panes_respects_two_to_six() -> None:
    many = [Article(f"x{i}", f"text {i}", f"T{i}") for i in range(8)]
    workspace = Workspace(many)
    assert len(workspace.shown) == 5
    assert workspace.set_article_shown("x5", True) is None
    assert len(workspace.shown) == MAX_PANES
    assert "at most" in (workspace.set_article_shown("x6", True) or "")
    assert workspace.set_shown(["x0", "x1"]) is None
    assert "at least" in (workspace.set_article_shown("x0", False) or "")
    assert workspace.set_shown(["x0", "nope"]) is not None
    assert workspace.shown == ("x0", "x1")


def test_revealed_articles_become_panes() -> None:
    workspace = aligned_workspace()
    workspace.add_articles([Article("new", "fresh text", "New")], reveal=True)
    assert workspace.shown[-1] == "new"
    assert len(workspace.shown) <= MAX_PANES


def test_removing_an_article_restricts_the_result_and_keeps_two_panes() -> None:
    workspace = aligned_workspace()
    docs = by_prefix(list(workspace.corpus))
    workspace.select_passage("p4")  # Zarif: only in 003 and 004
    generation = workspace.generation
    workspace.remove_article(docs["004"].id)
    assert workspace.generation == generation + 1
    assert docs["004"].id not in workspace.shown
    assert workspace.result is not None
    assert [p.id for p in workspace.result.passages] == ["p1", "p2", "p3"]
    assert workspace.selected is None
    for article_id in list(workspace.corpus.ids)[:-2]:
        workspace.remove_article(article_id)
    assert len(workspace.shown) == 2


def test_restrict_result_keeps_similarity_in_step() -> None:
    passage = Passage("p", (Occurrence("a", 0, 1, "x"), Occurrence("b", 0, 1, "x"),
                            Occurrence("c", 0, 1, "x")))
    similarity = SparseSimilarity.from_pairs(3, np.array([0, 0, 1]), np.array([1, 2, 2]),
                                             np.array([0.1, 0.2, 0.3]))
    result = AlignmentResult(("a", "b", "c"), (passage,), {"a": 1.0, "b": 0.5, "c": 0.2},
                             similarity)
    restricted = restrict_result(result, ["a", "c"])
    assert restricted.document_ids == ("a", "c")
    assert restricted.similarity.as_dense() == [[1.0, 0.2], [0.2, 1.0]]
    assert restricted.coverage == {"a": 1.0, "c": 0.2}
    assert restricted.passages[0].document_ids == ("a", "c")


def test_find_searches_shown_articles_in_pane_order_and_steps() -> None:
    workspace = aligned_workspace()
    changes = Recorder()
    workspace.find.changed.connect(changes)
    workspace.find.set_query("ALL IS WELL")
    assert changes.calls
    documents = [h.document for h in workspace.find.hits]
    assert set(documents) <= set(workspace.shown)
    assert documents == sorted(documents, key=workspace.shown.index)
    for hit in workspace.find.hits:
        text = workspace.corpus.get(hit.document).text[hit.start:hit.end]
        assert text.casefold() == "all is well"
    assert workspace.find.current == workspace.find.hits[0]
    last = workspace.find.step(-1)
    assert last == workspace.find.hits[-1]
    assert workspace.find.step(+1) == workspace.find.hits[0]
    workspace.find.set_query("")
    assert workspace.find.hits == () and workspace.find.current is None


def test_passage_filter_by_text_and_article() -> None:
    workspace = aligned_workspace()
    docs = by_prefix(list(workspace.corpus))
    workspace.set_passage_filter("", docs["003"].id)
    assert [r.passage_id for r in workspace.visible_passage_rows()] == ["p1", "p4"]
    workspace.set_passage_filter("pentagon-free words", None)
    assert workspace.visible_passage_rows() == []
