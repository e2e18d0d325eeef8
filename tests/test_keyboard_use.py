"""The window used from the keyboard alone: Tab reaches every list and leaves it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from widgets.annotation_gui import install_annotations
from widgets.tag_dialog import TagAnswer


def focus_on(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_tab_leaves_the_article_list_and_the_passage_list(qtbot) -> None:
    """Qt's tables step cell by cell on Tab and wrap round: tabbed into the article list, a
    keyboard user never reached the passages (and each Tab moved the selected article)."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    article_list = window.article_list
    focus_on(qtbot, article_list)
    row = article_list.currentIndex().row()
    qtbot.keyClick(article_list, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not article_list)
    assert article_list.currentIndex().row() == row
    passages = window.passage_list.view
    focus_on(qtbot, passages)
    qtbot.keyClick(passages, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not passages)


def annotated_window(qtbot, tmp_path: Path):
    """The samples with two tagged claims listed in the Annotations dock."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[tmp_path / "articles"],
                                     data_dir=tmp_path)
    controller.editing.ask = lambda quote, count, editing: TagAnswer(("figures",), "", None)
    for needle in ("22 missiles", "no Iraqi casualties"):
        article = next(a for a in articles if needle in a.text)
        start = article.text.index(needle)
        window.reveal_range(article.id, start, start + len(needle))
        controller.editing.tag_selection()
    qtbot.waitUntil(lambda: controller.dock.table.model().rowCount() == 2)
    return window, controller


def test_shift_tab_leaves_the_annotations_table(qtbot, tmp_path: Path) -> None:
    _window, controller = annotated_window(qtbot, tmp_path)
    table = controller.dock.table
    focus_on(qtbot, table)
    table.setCurrentIndex(table.model().index(1, 2))
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table)


def test_enter_on_an_annotation_jumps_to_its_span_and_delete_removes_it(qtbot,
                                                                         tmp_path: Path) -> None:
    """The keys for what the dock offers the mouse: double-click (jump) and Delete."""
    window, controller = annotated_window(qtbot, tmp_path)
    dock = controller.dock
    target = controller.annotations[1]
    pane = window.pane_for(target.article_id)
    assert pane is not None
    pane.select_range(0, 1)
    dock.select_annotation(target.id)
    focus_on(qtbot, dock.table)
    qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.selected_range() == (target.start, target.end))
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: target.id not in controller.annotations)
    assert len(controller.annotations) == 1
    controller.undo_action.trigger()
    assert target.id in controller.annotations



def test_delete_pressed_again_deletes_the_next_annotation(qtbot, tmp_path: Path) -> None:
    """After Delete the table had no selection: pressing Delete again did nothing, and a
    newcomer clearing the 19 annotations of a Tag every copy thought the key broken
    (tester15). The row that moved into the deleted one's place is selected."""
    _window, controller = annotated_window(qtbot, tmp_path)
    dock = controller.dock
    first = dock.visible_annotations()[0]
    dock.select_annotation(first.id)
    focus_on(qtbot, dock.table)
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(controller.annotations) == 1)
    assert [a.id for a in dock.selected_annotations()] == [controller.annotations[0].id]
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(controller.annotations) == 0)
    assert dock.selected_annotations() == []


def test_esc_in_the_find_bar_gives_the_focus_to_the_pane_of_the_hit(qtbot) -> None:
    """Esc closed the bar and Qt gave the focus to the next widget in its chain, the article
    list, where Ctrl+A then Ctrl+W acted on articles (tester, session 54). It goes back to the
    pane the hit is in, the hit kept selected there, as a browser keeps what it found."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    pane = window.pane_row.visible_panes()[-1]
    words = pane.article.text[pane.article.body_start:].split()[5:8]
    phrase = " ".join(words)
    window.activateWindow()
    window.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.find_bar.edit)
    qtbot.keyClicks(window.find_bar.edit, phrase)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    hit = window.workspace.find.current
    assert hit is not None and hit.document == pane.article_id
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.editor)
    assert pane.selected_range() == (hit.start, hit.end)
    assert window.find_bar.isHidden()


def test_tab_goes_through_the_panes_left_to_right_then_to_the_lists(qtbot) -> None:
    """Qt chains widgets in the order they were made, and panes are made anew as the articles
    shown change: a tester's Tab went pane 1 → the Figures dock → pane 2 → pane 3 (session
    54). Tab follows the screen: the panes in view left to right, then the article list."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    window.figures_action.setChecked(True)  # a dock made after the first panes
    dock = window.figures_dock  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dock.table is not None, timeout=20_000)  # (its job done)
    shown = list(window.workspace.shown)
    window.workspace.set_shown([articles[-1].id, *(i for i in shown if i != articles[-1].id)])
    qtbot.waitUntil(lambda: window.pane_row.ids_in_view()[0] == articles[-1].id)
    panes = window.pane_row.visible_panes()
    assert len(panes) >= 3
    window.activateWindow()
    focus_on(qtbot, panes[0].editor)
    for pane in panes[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda pane=pane: QApplication.focusWidget() is pane.editor)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.article_list)
    qtbot.keyClick(window.article_list, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panes[-1].editor)


def test_a_focused_pane_is_framed(qtbot) -> None:
    """A focused pane showed nothing but a caret, often scrolled out of view (tester, session
    54): it is framed in the highlight colour, the others are not."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    first, second = window.pane_row.visible_panes()[:2]
    window.activateWindow()
    focus_on(qtbot, first.editor)
    highlight = first.palette().color(first.palette().ColorRole.Highlight)

    def edge_colour(pane):  # (the middle of the left edge: no header, no scroll bar)
        image = pane.grab().toImage()
        return image.pixelColor(0, image.height() // 2)

    qtbot.waitUntil(lambda: edge_colour(first) == highlight)
    assert edge_colour(second) != highlight
    focus_on(qtbot, second.editor)
    qtbot.waitUntil(lambda: edge_colour(second) == highlight)
    assert edge_colour(first) != highlight
