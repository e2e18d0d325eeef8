"""The selected passage in the window (pytest-qt): after a re-alignment the list, the panes and the
collation show the same statement as before (its id may have changed), without moving the panes;
at start the selected passage is one the panes shown carry."""

from __future__ import annotations

from dataclasses import replace

from tests.test_passage_choice import ESCALATION, _two_events
from tests.viewfixtures import sample_articles
from tests.widgetkit import background_at, make_window
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.passages import AlignmentResult, Passage
from widgets.main_window import MainWindow
from widgets.passage_list import ID_ROLE

TIMEOUT = 20000


def _containing(result: AlignmentResult | None, words: str) -> Passage:
    assert result is not None
    return next(p for p in result.passages if words in p.consensus)


def _aligned_samples(qtbot) -> MainWindow:
    window = make_window(qtbot, sample_articles())
    with qtbot.waitSignal(window.idle, timeout=TIMEOUT):
        window.start_alignment()
    return window


def _list_selection(window: MainWindow) -> list[str]:
    rows = window.passage_list.view.selectionModel().selectedRows()
    return [index.data(ID_ROLE) for index in rows]


def test_after_pasting_an_article_the_window_still_shows_the_statement_chosen(qtbot) -> None:
    """The tester's case: '22 missiles' was chosen; the pasted Tehran quote renumbers the
    passages. The list's row, the collation and the panes' highlight stay on '22 missiles'."""
    window = _aligned_samples(qtbot)
    workspace = window.workspace
    missiles = _containing(workspace.result, "22 missiles")
    workspace.select_passage(missiles.id)
    collation = window.reading_views.show_collation()
    qtbot.waitUntil(lambda: "22 missiles" in collation.heading.text())

    with qtbot.waitSignal(window.idle, timeout=TIMEOUT):
        window.paste_article(ESCALATION, "Tehran")
    followed = _containing(workspace.result, "22 missiles")
    assert followed.id != missiles.id, "the paste no longer renumbers the passages: moot test"

    assert workspace.selected == followed.id
    qtbot.waitUntil(lambda: _list_selection(window) == [followed.id])
    # The keyboard goes on from the same statement too (Up and Down move from the current row).
    assert window.passage_list.view.currentIndex().data(ID_ROLE) == followed.id
    assert "22 missiles" in collation.heading.text()
    selected_colour = window.pane_row.visible_panes()[0].theme.passage(
        workspace.colours[followed.id]).selected
    for pane in window.pane_row.visible_panes():
        occurrences = followed.occurrences_in(pane.article_id)
        if occurrences:
            assert background_at(pane, occurrences[0].start) == selected_colour


def test_a_selection_following_a_new_result_leaves_the_panes_where_the_reader_is(qtbot) -> None:
    """Re-alignment is not the user choosing a passage: the panes keep their scroll."""
    articles = sample_articles()
    first = find_shared_passages(articles)
    window = make_window(qtbot, articles, first)
    workspace = window.workspace
    missiles = _containing(first, "22 missiles")
    workspace.select_passage(missiles.id)
    pane = next(p for p in window.pane_row.visible_panes() if missiles.occurrences_in(
        p.article_id) and missiles.occurrences_in(p.article_id)[0].start > 800)
    bar = pane.editor.verticalScrollBar()
    at_passage = bar.value()
    pane.scroll_to(0)  # the reader went back to the top of this article
    top = bar.value()
    assert top < at_passage

    # The same passages, numbered one further on: every id now names another statement.
    count = len(first.passages)
    new_ids = {p.id: f"p{(i + 1) % count + 1}" for i, p in enumerate(first.passages)}
    renumbered = replace(first, passages=tuple(replace(p, id=new_ids[p.id])
                                               for p in first.passages))
    with qtbot.waitSignal(workspace.selection_changed, timeout=TIMEOUT):
        assert workspace.accept_result(workspace.generation, renumbered)
    assert workspace.selected == new_ids[missiles.id] != missiles.id
    qtbot.waitUntil(lambda: _list_selection(window) == [workspace.selected])
    assert bar.value() == top


def test_at_start_the_selected_passage_is_one_the_panes_shown_carry(qtbot) -> None:
    """A folder of two events: the list's first passage belongs to articles the default panes
    do not show; the one selected is linked across the panes."""
    articles = [Article(d, f"Article {d} says this. " * 60, f"Article {d}") for d in "abcde"]
    window = make_window(qtbot, articles, aligner=_two_events)
    with qtbot.waitSignal(window.idle, timeout=TIMEOUT):
        window.start_alignment()
    shown = {pane.article_id for pane in window.pane_row.visible_panes()}
    assert window.workspace.passage_rows()[0].passage_id == "p1"
    assert not shown & {"c", "d", "e"}
    assert window.workspace.selected == "p2"
    qtbot.waitUntil(lambda: _list_selection(window) == ["p2"])
