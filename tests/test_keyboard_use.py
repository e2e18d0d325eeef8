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


def test_shift_tab_leaves_the_annotations_table(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[tmp_path / "articles"],
                                     data_dir=tmp_path)
    controller.editing.ask = lambda quote, count, editing: TagAnswer(("figures",), "", None)
    for needle in ("22 missiles", "no Iraqi casualties"):  # rows and cells to be trapped in
        article = next(a for a in articles if needle in a.text)
        start = article.text.index(needle)
        window.reveal_range(article.id, start, start + len(needle))
        controller.editing.tag_selection()
    table = controller.dock.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    qtbot.waitExposed(table)
    focus_on(qtbot, table)
    table.setCurrentIndex(table.model().index(1, 2))
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table)
