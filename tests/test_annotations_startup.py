"""The annotation GUI at start-up: the window's annotation actions exist from the first paint;
the GUI behind them (model, file, dock, undo) is installed at once only for a corpus that has an
annotation file, otherwise on first use."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from tests.viewfixtures import by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.location import default_annotation_file
from viewer.annotations.model import make_annotation
from viewer.annotations.store import save_set
from widgets.app import _install_annotations
from widgets.tag_dialog import TagAnswer

REPO = Path(__file__).resolve().parent.parent
CORPUS = [Path("corpus-under-test")]


def _window(qtbot, data_home: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    _install_annotations(window, CORPUS, persist=True)
    return window, by_prefix(articles)


def test_without_an_annotation_file_the_gui_is_installed_on_first_use(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, _docs = _window(qtbot, tmp_path, monkeypatch)
    gui = window.annotation_gui
    actions = gui.actions
    assert not gui.installed and gui.controller is None
    # Menus, toolbar and the panes' context menus are complete before it is installed.
    assert actions.tag_action in window.edit_menu.actions()
    assert actions.claims_action in actions.toolbar.actions()
    qtbot.waitUntil(actions.toolbar.isVisible)
    for pane in window.text_panes():
        assert actions.tag_action in pane.context_menu_actions
    assert not actions.tag_copies_action.isEnabled()  # no passage selected
    window.workspace.select_passage(window.workspace.passage_rows()[0].passage_id)
    assert actions.tag_copies_action.isEnabled()

    actions.dock_action.trigger()  # View › Annotations
    controller = gui.controller
    assert gui.installed and controller is not None
    qtbot.waitUntil(controller.dock.isVisible)
    assert actions.dock_action.isChecked()
    assert controller.undo_action in window.edit_menu.actions()
    controller.dock.close()  # the dock's own close button
    assert not actions.dock_action.isChecked()
    actions.dock_action.trigger()
    qtbot.waitUntil(controller.dock.isVisible)
    assert gui.ensure_controller() is controller  # installed once


def test_first_tag_installs_the_gui_and_shows_the_dock(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, docs = _window(qtbot, tmp_path, monkeypatch)
    gui = window.annotation_gui
    article = docs["000"]
    start = article.text.index("22 missiles")
    window.reveal_range(article.id, start, start + len("22 missiles"))
    asked: list[str] = []

    def answer(controller):  # type: ignore[no-untyped-def]
        def ask(quote, _scope, _editing):  # type: ignore[no-untyped-def]
            asked.append(quote)
            return TagAnswer(("figures",), "", None)

        # accepted (a cancelled one leaves the dock closed: test_annotations_gui)
        controller.editing.ask = ask

    gui.installed_controller.connect(answer)
    gui.actions.tag_action.trigger()
    assert asked == ["22 missiles"]
    qtbot.waitUntil(gui.controller.dock.isVisible)


def test_a_corpus_with_annotations_shows_them_from_the_start(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    data_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = default_annotation_file(CORPUS, data_dir)
    path.parent.mkdir(parents=True)
    article = sample_articles()[0]
    save_set(AnnotationSet([make_annotation(article, 10, 30, tags=("figures",))]), path)
    window, _docs = _window(qtbot, tmp_path, monkeypatch)
    assert window.annotation_gui.installed
    controller = window.annotation_gui.controller
    assert len(controller.annotations) == 1
    qtbot.waitUntil(controller.dock.isVisible)


def test_the_window_starts_without_importing_the_annotation_gui() -> None:
    code = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from widgets.app import build_window
        app, window = build_window(screenshot=None, persist=False)
        heavy = [m for m in ("widgets.annotation_controller", "widgets.annotation_dock",
                             "viewer.annotations.store", "viewer.annotations.model",
                             "viewer.annotations.annotation_set")
                 if m in sys.modules]
        assert not heavy, heavy
        window.annotation_gui.ensure_controller()
        assert "widgets.annotation_controller" in sys.modules
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok"), done.stdout + done.stderr


def test_undo_and_redo_are_in_the_edit_menu_before_the_first_annotation(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh folder window's Edit menu had no Undo or Redo until the first annotation, so
    Help › Keyboard shortcuts listed neither, contrary to the README's table (tester, session
    54; a project's window had them, greyed out). They are there, greyed out, from the start,
    once only, and work once there is something to undo."""
    from PySide6.QtGui import QKeySequence

    from widgets.reading_views import shortcut_rows

    window, docs = _window(qtbot, tmp_path, monkeypatch)
    gui = window.annotation_gui
    assert not gui.installed
    undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText)
    redo_keys = QKeySequence(QKeySequence.StandardKey.Redo).toString(
        QKeySequence.SequenceFormat.NativeText)
    edit_rows = [(command, keys) for menu, command, keys in shortcut_rows(window)
                 if menu == "Edit"]
    assert ("Undo", undo_keys) in edit_rows and any(
        command == "Redo" and redo_keys in keys for command, keys in edit_rows)
    undo = next(a for a in window.edit_menu.actions() if a.text() == "&Undo")
    assert not undo.isEnabled()
    article = docs["000"]
    start = article.text.index("22 missiles")
    window.reveal_range(article.id, start, start + len("22 missiles"))
    gui.installed_controller.connect(lambda controller: setattr(
        controller.editing, "ask", lambda *_args: TagAnswer(("figures",), "", None)))
    gui.actions.tag_action.trigger()
    controller = gui.controller
    assert controller is not None and len(controller.annotations) == 1
    undos = [a for a in window.edit_menu.actions() if a.text().startswith("&Undo")]
    assert undos == [controller.undo_action] and controller.undo_action.isEnabled()
    assert len([a for a in window.edit_menu.actions() if a.text().startswith("&Redo")]) == 1
    controller.undo_action.trigger()
    assert len(controller.annotations) == 0
    assert controller.redo_action.isEnabled()
