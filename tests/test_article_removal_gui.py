"""Removing an article by hand asks first: Ctrl+W (the key that closes a window elsewhere)
deleted an article from a project, with its saved text, at one press and beyond undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.test_corrections import STATEMENT, _corpus
from tests.test_project_gui import _opened_over_an_untouched_window
from tests.widgetkit import make_window
from widgets.annotation_gui import install_annotations
from widgets.main_window import MainWindow
from widgets.tag_dialog import TagAnswer

WAIT_MS = 20000


def project_window(qtbot, tmp_path: Path) -> MainWindow:
    """A window on a saved project of three articles, one claim tagged in "wire"."""
    _, window = _opened_over_an_untouched_window(qtbot, tmp_path / "case.parallax")
    qtbot.waitUntil(lambda: window.workspace.result is not None and not window.busy,
                    timeout=WAIT_MS)
    controller = install_annotations(window)
    controller.editing.ask = lambda *_args: TagAnswer(("claim",), "", None)
    start = window.workspace.article("wire").text.index(STATEMENT)
    window.reveal_range("wire", start, start + len(STATEMENT))
    assert controller.editing.tag_selection() is not None
    return window


def stored_ids(window: MainWindow) -> set[str]:
    document = window.project_gui.document
    assert document is not None
    return {article.id for article in document.articles()}


def press_on_question(qtbot, key: Qt.Key, seen: list[str]) -> None:
    """Press `key` on the question box once it is up (it runs its own event loop)."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        qtbot.keyClick(box, key)
    QTimer.singleShot(0, answer)


def test_ctrl_w_asks_and_enter_keeps_the_article(qtbot, tmp_path: Path) -> None:
    window = project_window(qtbot, tmp_path)
    window.article_list.setCurrentIndex(window.article_list.model().index(
        window.article_list.article_ids_in_view_order().index("wire"), 0))
    seen: list[str] = []
    press_on_question(qtbot, Qt.Key.Key_Return, seen)
    window.remove_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert "case.parallax" in seen[0] and "cannot be undone" in seen[0]
    assert "The 1 annotation made on it stays listed" in seen[0]
    assert "wire" in window.workspace.corpus and "wire" in stored_ids(window)


def test_the_list_menu_removes_once_the_user_agrees(qtbot, tmp_path: Path) -> None:
    window = project_window(qtbot, tmp_path)
    asked: list[str] = []
    window.ask_remove = lambda article_id: asked.append(article_id) or False
    window.remove_article_asking("wire")
    assert asked == ["wire"] and "wire" in window.workspace.corpus
    window.ask_remove = lambda article_id: True
    window.remove_article_asking("wire")
    qtbot.waitUntil(lambda: window.pane_for("wire") is None)
    assert "wire" not in window.workspace.corpus and "wire" not in stored_ids(window)


class ShowCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.shown += event.type() == QEvent.Type.Show
        return False


def test_a_removed_pane_is_deleted_without_showing_as_a_window(qtbot, tmp_path: Path) -> None:
    """Taken out of the row, the pane became a top-level window that Qt showed and painted
    (the overview asking for the removed article's highlights: KeyError) before deleting it."""
    window = project_window(qtbot, tmp_path)
    pane = window.pane_for("wire")
    assert pane is not None
    counter = ShowCounter()
    pane.installEventFilter(counter)
    with qtbot.waitSignal(pane.destroyed, timeout=WAIT_MS):
        window.remove_article("wire")
    assert counter.shown == 0


def test_the_question_says_what_removal_does_outside_a_project(qtbot, tmp_path: Path) -> None:
    from viewer.corpus import Article
    from widgets.article_removal import removal_consequences

    articles = _corpus()
    articles[0] = Article(articles[0].id, articles[0].text, articles[0].title,
                          path=tmp_path / "wire.txt")
    window = make_window(qtbot, articles)
    window.add_annotation_gui()
    assert removal_consequences(window, "wire") == [
        "The file itself is not touched: open it again to bring the article back."]
    assert removal_consequences(window, "paper") == [
        "Its text exists only in this window: it is lost."]  # pasted, kept nowhere


def test_the_question_says_a_pasted_text_is_set_aside_in_a_folder(qtbot, tmp_path: Path) -> None:
    from widgets.article_removal import removal_consequences

    window = make_window(qtbot, _corpus())
    window.add_annotation_gui(corpus_paths=[tmp_path / "folder"], data_dir=tmp_path / "data")
    with qtbot.waitSignal(window.idle, timeout=WAIT_MS):
        pasted = window.paste_article("A pasted statement from a press release.", "Release")
    assert pasted is not None
    assert removal_consequences(window, pasted.id) == [
        "Its pasted text is set aside and no longer opens with these articles."]


def test_several_articles_selected_in_the_list_go_at_once_asked_once(qtbot, tmp_path: Path
                                                                     ) -> None:
    """Tester (session 53): a folder added to a project by mistake could only be taken out
    one article at a time, each asked about (the list selected one row; Ctrl+W with five rows
    shift-clicked asked about one)."""
    window = project_window(qtbot, tmp_path)
    view = window.article_list
    ids = view.article_ids_in_view_order()
    assert len(ids) == 3
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_article_ids() == ids[:2]
    asked: list[list[str]] = []
    window.ask_remove = lambda article_id: pytest.fail("asked one by one")
    window.ask_remove_many = lambda article_ids: asked.append(article_ids) or True
    window.remove_action.trigger()
    qtbot.waitUntil(lambda: len(window.workspace.corpus) == 1, timeout=WAIT_MS)
    assert asked == [ids[:2]]
    assert stored_ids(window) == {ids[2]}


def test_the_question_for_several_says_what_goes_with_them(qtbot, tmp_path: Path) -> None:
    from widgets.article_removal import removal_consequences_many

    window = project_window(qtbot, tmp_path)
    said = " ".join(removal_consequences_many(window, ["wire", *[
        i for i in window.workspace.corpus.ids if i != "wire"][:1]]))
    assert "deleted from the project case.parallax" in said and "cannot be undone" in said
    assert "The 1 annotation made on them stays listed" in said


def test_the_focused_row_of_a_list_with_nothing_selected_is_the_article_chosen(qtbot,
                                                                               tmp_path: Path
                                                                               ) -> None:
    """Tester (session 53): a reopened project's list showed its first row framed, yet Article
    details said to select an article first."""
    window = project_window(qtbot, tmp_path)
    view = window.article_list
    view.clearSelection()
    view.setCurrentIndex(view.model().index(1, 0))
    view.selectionModel().clearSelection()
    assert view.selected_article_id() is None
    assert view.framed_article_id() == view.article_ids_in_view_order()[1]
    framed: list[str] = []
    window.ask_remove = lambda article_id: framed.append(article_id) or False
    window.pane_row.focused_pane_id = lambda: None  # type: ignore[method-assign]
    window.remove_article_asking()
    assert framed == [view.article_ids_in_view_order()[1]]
