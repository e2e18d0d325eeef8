"""The passage selected on the window's own account, without a display: the selection follows its
statement across re-alignments (ids are ranks a new result hands out afresh), and the passage
selected at start is one the panes shown carry."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_session import _run_until, _session
from tests.viewfixtures import sample_articles
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.loading import article_from_text
from viewer.passage_choice import (
    Span,
    first_passage_in_view,
    matching_passage,
    passage_spans,
    spans_from_json,
)
from viewer.passages import AlignmentResult, EngineSettings, Occurrence, Passage
from viewer.rows import PassageRow
from viewer.workspace import Workspace

ESCALATION = ('Tehran said: "We do not seek escalation or war, but will defend ourselves '
              'against any aggression."\n')


def _passage(passage_id: str, *spans: Span) -> Passage:
    return Passage(passage_id, tuple(Occurrence(d, s, e, "x" * (e - s)) for d, s, e in spans))


def _result(*passages: Passage) -> AlignmentResult:
    documents = tuple(dict.fromkeys(o.document for p in passages for o in p.occurrences))
    return AlignmentResult(documents, passages)


def _containing(result: AlignmentResult, words: str) -> Passage:
    return next(p for p in result.passages if words in p.consensus)


# --- following the selection across results ----------------------------------------------------


def test_the_selection_follows_its_statement_when_a_pasted_article_renumbers_the_passages(
) -> None:
    """The tester's case: '22 missiles' was p3; a pasted article that also quotes Tehran moves
    that statement up, and p3 now names it. The selection stays on '22 missiles'."""
    articles = sample_articles()
    workspace = Workspace(articles)
    first = find_shared_passages(articles)
    assert workspace.accept_result(workspace.generation, first)
    missiles = _containing(first, "22 missiles")
    workspace.select_passage(missiles.id)
    events: list[tuple[str, object]] = []
    workspace.result_changed.connect(lambda: events.append(("result", workspace.selected)))
    workspace.selection_changed.connect(lambda chosen: events.append(("selection", chosen)))

    workspace.add_articles([article_from_text("pasted", ESCALATION)])
    second = find_shared_passages(workspace.corpus.articles)
    assert workspace.accept_result(workspace.generation, second)

    followed = _containing(second, "22 missiles")
    assert followed.id != missiles.id, "the pasted article no longer renumbers: test is moot"
    assert workspace.selected == followed.id
    assert workspace.selected_passage() == followed
    # Views redrawing on result_changed already see the new id; then the selection is news.
    assert events == [("result", followed.id), ("selection", followed.id)]


def test_the_selection_is_dropped_when_nothing_overlaps_it_any_more() -> None:
    workspace = Workspace([Article(d, "x" * 100, d) for d in "abc"])
    assert workspace.accept_result(workspace.generation, _result(
        _passage("p1", ("a", 0, 20), ("b", 0, 20)), _passage("p2", ("a", 50, 60), ("c", 5, 9))))
    workspace.select_passage("p2")
    seen: list[object] = []
    workspace.selection_changed.connect(seen.append)
    assert workspace.accept_result(workspace.generation, _result(
        _passage("p1", ("a", 0, 20), ("b", 0, 20)), _passage("p2", ("b", 50, 60), ("c", 20, 30))))
    assert workspace.selected is None and seen == [None]


def test_the_same_statement_under_the_same_id_is_no_news() -> None:
    workspace = Workspace([Article(d, "x" * 100, d) for d in "ab"])
    result = _result(_passage("p1", ("a", 0, 20), ("b", 0, 20)))
    assert workspace.accept_result(workspace.generation, result)
    workspace.select_passage("p1")
    seen: list[object] = []
    workspace.selection_changed.connect(seen.append)
    assert workspace.accept_result(workspace.generation, _result(
        _passage("p1", ("a", 0, 25), ("b", 2, 20))))
    assert workspace.selected == "p1" and seen == []


def test_the_most_shared_characters_win_then_the_most_documents_then_the_result_order() -> None:
    old = (("a", 0, 100), ("b", 0, 100))
    result = _result(_passage("p1", ("a", 0, 10), ("c", 0, 10)),
                     _passage("p2", ("a", 10, 60), ("c", 10, 60)),
                     _passage("p3", ("a", 60, 100), ("c", 90, 100)))
    assert matching_passage(old, result) == "p2"  # 50 characters against 40 and 10
    tied = _result(_passage("p1", ("a", 0, 30), ("c", 0, 30)),
                   _passage("p2", ("a", 40, 55), ("b", 40, 55)),
                   _passage("p3", ("a", 60, 90), ("c", 60, 90)))
    assert matching_passage(old, tied) == "p2"  # 30 each: p2 overlaps in two documents
    assert matching_passage(old, _result(_passage("p1", ("a", 0, 30), ("c", 0, 30)),
                                         _passage("p2", ("a", 60, 90), ("c", 1, 2)))) == "p1"
    assert matching_passage(old, _result(_passage("p1", ("a", 100, 130), ("b", 100, 120)),
                                         _passage("p2", ("c", 0, 50), ("d", 0, 50)))) is None
    assert matching_passage((), result) is None


def test_overlapping_occurrences_of_one_passage_are_counted_once() -> None:
    """An article quoting a statement twice over the same characters must not outweigh a
    passage that covers more of the old one."""
    old = (("a", 0, 100), ("b", 0, 100))
    result = _result(_passage("p1", ("a", 0, 40), ("a", 0, 40), ("a", 10, 40), ("c", 0, 5)),
                     _passage("p2", ("a", 50, 100), ("c", 50, 60)))
    assert matching_passage(old, result) == "p2"


SPAN = st.tuples(st.sampled_from("abcd"), st.integers(0, 60), st.integers(1, 30)).map(
    lambda t: (t[0], t[1], t[1] + t[2]))


def _characters(spans: Sequence[Span]) -> set[tuple[str, int]]:
    return {(d, i) for d, s, e in spans for i in range(s, e)}


@settings(max_examples=300, deadline=None)
@given(old=st.lists(SPAN, max_size=5), new=st.lists(st.lists(SPAN, min_size=1, max_size=4),
                                                     max_size=6))
def test_the_matched_passage_overlaps_the_old_one_the_most_or_none_overlaps(
        old: list[Span], new: list[list[Span]]) -> None:
    result = _result(*(_passage(f"p{i + 1}", *spans) for i, spans in enumerate(new)))
    shared = {p.id: len(_characters(passage_spans(p)) & _characters(old))
              for p in result.passages}
    found = matching_passage(old, result)
    if found is None:
        assert not any(shared.values())
    else:
        assert shared[found] > 0
        assert shared[found] == max(shared.values())
        # Ties are decided by the passages, not by the order spans were given in.
        assert matching_passage(list(reversed(old)), result) == found


def test_stored_spans_are_read_generously() -> None:
    good = [["a", 0, 10], ["b", 5, 9]]
    assert spans_from_json(good) == (("a", 0, 10), ("b", 5, 9))
    hostile: list[object] = [["a", 0], ["a", 10, 5], ["a", True, 4], [1, 0, 4], "a",
                             ["a", -3, 4], None, {"document": "a"}, ["a", 0.5, 4], *good]
    assert spans_from_json(hostile) == (("a", 0, 10), ("b", 5, 9))
    assert spans_from_json({"a": 1}) == () == spans_from_json(None)


# --- the passage selected at start ----------------------------------------------------------------


def _row(passage_id: str, *documents: str) -> PassageRow:
    return PassageRow(passage_id, "", len(documents), 10, documents, documents)


def test_the_first_passage_two_panes_carry_is_chosen_else_one_pane_else_none() -> None:
    rows = [_row("p1", "x", "y", "z"), _row("p2", "a", "x"), _row("p3", "a", "b"),
            _row("p4", "b", "c")]
    assert first_passage_in_view(rows, ("a", "b")) == "p3"
    assert first_passage_in_view(rows, ("x", "y")) == "p1"
    assert first_passage_in_view(rows, ("a", "q")) == "p2"  # no passage in two panes
    assert first_passage_in_view(rows, ("q", "r")) is None
    assert first_passage_in_view([], ("a", "b")) is None


def _two_events(articles: Sequence[Article], settings: EngineSettings | None = None,
                **_kwargs: object) -> AlignmentResult:
    """A folder of two events: a short statement three articles of one event quote is the most
    widely shared, while the two articles of the other event share a long story."""
    return _result(_passage("p1", ("c", 0, 10), ("d", 0, 10), ("e", 0, 10)),
                   _passage("p2", ("a", 0, 400), ("b", 0, 400)))


def test_the_passage_selected_at_start_is_carried_by_the_panes_shown() -> None:
    articles = [Article(d, f"{d} " * 300, d) for d in "abcde"]
    session, post = _session(articles, engine=_two_events)
    session.start_alignment()
    _run_until(post, lambda: not session.busy)
    workspace = session.workspace
    assert set(workspace.shown) == {"a", "b"}  # the pair that shares the most
    assert workspace.passage_rows()[0].passage_id == "p1"  # the list's first: in no pane
    assert workspace.selected == "p2"
