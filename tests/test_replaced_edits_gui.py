"""Two windows on one project editing one annotation's note: the window whose edit another
window's save replaced unseen says so, naming the annotation and both versions, and Restore mine
puts the user's version back (a tester's report: the window only said "Took in the changes
another window saved", and the edit kept in the project's `overwritten` could not be seen).
Restore mine keeps the version it replaces in turn, and the other window is told (a reviewer's
report: written as a plain later edit, it lost the other window's words without a word); an
annotation changed again since the box named it is left as it is, and said."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.test_corrections import _corpus
from tests.widgetkit import make_window
from viewer.annotations.json_numbers import loads_keeping_numbers
from viewer.annotations.model import make_annotation
from viewer.annotations.w3c import annotation_from_json
from viewer.projects import Project, ProjectDocument
from widgets.annotation_commands import UpdateAnnotation
from widgets.replaced_edits import TOOK_IN

WAIT_MS = 60_000


def _boxes(window) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    return [box for box in window.findChildren(QMessageBox)
            if box.windowTitle() == "Your edit was replaced" and box.isVisible()]


@contextmanager
def _replaced_in_window(qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
                        ) -> Iterator[tuple[object, object, ProjectDocument, QMessageBox]]:
    """A window whose note edit A2 another window's save (B2, not having seen A2) replaced,
    taken in as the window is made active: the window, its controller, the other window's
    document (still open) and the box naming the edit."""
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
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
        assert controller.annotations[0].note == "B2"
        (box,) = _boxes(window)
        yield window, controller, other, box
    finally:
        other.project.close()


def _kept_notes(path: Path) -> list[str]:
    with Project.open(path) as project:
        return [annotation_from_json(loads_keeping_numbers(value), "kept").note
                for kind, _key, value, _when in project.overwritten()
                if kind == "annotation" and value is not None]


def test_an_edit_another_window_replaced_is_named_and_can_be_restored(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with _replaced_in_window(qtbot, tmp_path) as (window, controller, other, box):
        # (it does not block: the window goes on taking edits while it is up)
        assert box.windowModality() == Qt.WindowModality.NonModal
        assert QApplication.activeModalWidget() is None
        assert "yours: note \u201cA2\u201d; now: note \u201cB2\u201d" in box.text()
        assert window.statusBar().currentMessage().startswith(
            "Another window saved its own edit")
        (restore,) = [b for b in box.buttons() if b.text() == "Restore mine"]
        restore.click()
        assert controller.annotations[0].note == "A2"
        qtbot.waitUntil(lambda: controller.document.is_saved, timeout=WAIT_MS)
        assert controller.undo_stack.canUndo()  # (one step: Undo gives theirs back)
        with Project.open(other.path) as reopened:
            assert [a.note for a in reopened.annotations()[0]] == ["A2"]
        # Theirs is kept in turn, and the other window is told at its next take-in.
        assert _kept_notes(other.path) == ["A2", "B2"]
        assert other.take_in_saved() and other.annotations[0].note == "A2"
        assert [(mine.note, now and now.note) for mine, now in other.replaced_here] == [
            ("B2", "A2")]


def test_restore_mine_leaves_an_annotation_changed_again_since_the_box_named_it(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with _replaced_in_window(qtbot, tmp_path) as (window, controller, other, box):
        # The other window deletes the annotation while the box is up: the box's "now: note
        # B2" is no longer true, and restoring would undo a deletion the user never heard of.
        other.annotations.remove(other.annotations[0].id)
        assert other.save_now()
        said: list[str] = []
        message = controller.message
        controller.message = lambda line, *rest: (said.append(line), message(line, *rest))
        (restore,) = [b for b in box.buttons() if b.text() == "Restore mine"]
        restore.click()
        assert len(controller.annotations) == 0
        # (taking the deletion in cleared the undo history: said, as at the window's activation)
        assert TOOK_IN in said
        message = window.statusBar().currentMessage()
        assert message.startswith("Not restored, changed again since: \u201c")
        assert "(now: deleted)" in message
        qtbot.waitUntil(lambda: controller.document.is_saved, timeout=WAIT_MS)
        with Project.open(other.path) as reopened:
            assert reopened.annotations()[0] == ()
