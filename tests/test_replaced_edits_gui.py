"""Two windows on one project editing one annotation's note: the window whose edit another
window's save replaced unseen says so, naming the annotation and both versions, and Restore mine
puts the user's version back (a tester's report: the window only said "Took in the changes
another window saved", and the edit kept in the project's `overwritten` could not be seen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.test_corrections import _corpus
from tests.widgetkit import make_window
from viewer.annotations.model import make_annotation
from viewer.projects import Project, ProjectDocument
from widgets.annotation_commands import UpdateAnnotation

WAIT_MS = 60_000


def _boxes(window) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    return [box for box in window.findChildren(QMessageBox)
            if box.windowTitle() == "Your edit was replaced" and box.isVisible()]


def test_an_edit_another_window_replaced_is_named_and_can_be_restored(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "case.parallax"
    with Project.create(path) as project:
        stored = project.add_articles(_corpus())
        project.save_annotations([make_annotation(stored[0], 0, 9, note="as made")], [])
    window = make_window(qtbot, [])
    window.project_gui.attach(ProjectDocument.open(path))
    qtbot.waitUntil(lambda: not window.busy and window.workspace.result is not None,
                    timeout=WAIT_MS)
    controller = window.annotation_gui.ensure_controller()
    controller.ask_on_quit = lambda _problem: "discard"
    other = ProjectDocument.open(path)  # (the other window, open before this one's edit)
    try:
        before = controller.annotations[0]
        controller.undo_stack.push(UpdateAnnotation(controller.annotations, before,
                                                    before.edited(note="A2"), "Edit"))
        assert controller.save_now()
        theirs = other.annotations[0]
        other.annotations.update(theirs.edited(note="B2"))
        assert other.save_now()
    finally:
        other.project.close()
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert controller.annotations[0].note == "B2"
    (box,) = _boxes(window)
    # (it does not block: the window goes on taking edits while it is up)
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert QApplication.activeModalWidget() is None
    assert "yours: note \u201cA2\u201d; now: note \u201cB2\u201d" in box.text()
    assert window.statusBar().currentMessage().startswith("Another window saved its own edit")
    (restore,) = [b for b in box.buttons() if b.text() == "Restore mine"]
    restore.click()
    assert controller.annotations[0].note == "A2"
    qtbot.waitUntil(lambda: controller.document.is_saved, timeout=WAIT_MS)
    with Project.open(path) as reopened:
        assert [a.note for a in reopened.annotations()[0]] == ["A2"]
    assert controller.undo_stack.canUndo()  # (one step: Undo gives theirs back)
