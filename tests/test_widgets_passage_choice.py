"""Choosing a passage in the list shows it (pytest-qt): when no pane in view carries it, the
articles that do replace the panes; when one does, the panes stay as the user set them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.viewfixtures import by_prefix, sample_articles
from tests.widgetkit import make_window
from widgets.main_window import MainWindow
from widgets.passage_list import ID_ROLE


def aligned_window(qtbot) -> MainWindow:
    window = make_window(qtbot, sample_articles())
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.start_alignment()
    assert window.workspace.result is not None
    return window


def click_row(qtbot, window: MainWindow, passage_id: str) -> None:
    view = window.passage_list.view
    model = view.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(ID_ROLE) == passage_id)
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def visible_ids(window: MainWindow) -> list[str]:
    return [pane.article_id for pane in window.pane_row.visible_panes()]


def test_a_passage_no_pane_carries_brings_its_articles_into_view(qtbot) -> None:
    window = aligned_window(qtbot)
    docs = by_prefix(window.workspace.corpus.articles)
    shown = [docs["000"].id, docs["001"].id]
    escalation = next(p for p in window.workspace.result.passages
                      if "seek escalation" in p.consensus)
    assert not set(escalation.document_ids) & set(shown)
    assert window.workspace.set_shown(shown) is None
    qtbot.waitUntil(lambda: visible_ids(window) == shown)
    click_row(qtbot, window, escalation.id)
    qtbot.waitUntil(lambda: set(escalation.document_ids) <= set(visible_ids(window)))
    assert window.workspace.selected == escalation.id
    for pane in window.pane_row.visible_panes():
        start = escalation.occurrences_in(pane.article_id)[0].start
        assert pane.is_visible_range(start, start + 1)


def test_clicking_the_selected_row_again_also_brings_it_into_view(qtbot) -> None:
    window = aligned_window(qtbot)
    docs = by_prefix(window.workspace.corpus.articles)
    escalation = next(p for p in window.workspace.result.passages
                      if "seek escalation" in p.consensus)
    window.workspace.select_passage(escalation.id)  # selected elsewhere: the panes stay
    shown = [docs["000"].id, docs["001"].id]
    assert window.workspace.set_shown(shown) is None
    qtbot.waitUntil(lambda: visible_ids(window) == shown)
    click_row(qtbot, window, escalation.id)
    qtbot.waitUntil(lambda: set(escalation.document_ids) <= set(visible_ids(window)))


def test_a_passage_a_pane_in_view_carries_leaves_the_panes_alone(qtbot) -> None:
    window = aligned_window(qtbot)
    docs = by_prefix(window.workspace.corpus.articles)
    shown = [docs["000"].id, docs["003"].id, docs["001"].id]
    assert window.workspace.set_shown(shown) is None
    qtbot.waitUntil(lambda: visible_ids(window) == shown)
    escalation = next(p for p in window.workspace.result.passages
                      if "seek escalation" in p.consensus)
    with qtbot.waitSignal(window.workspace.selection_changed):
        click_row(qtbot, window, escalation.id)
    assert visible_ids(window) == shown
