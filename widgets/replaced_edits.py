"""Telling the user that another window's save replaced their own edit, and offering it back.

A window that takes in what another window saved to the project (made active, or at its own
next save) finds which of its own edits were replaced unseen
(`viewer.projects.replaced_edits`). It says so in a box that does not block, naming each
annotation with both versions' words, and its Restore mine puts the user's version back as one
undo step (saved at once, as every change in a project; the other window's version is then
kept in `overwritten` in turn, and that window told). The box does not block, so Restore mine
first takes in what another window saved meanwhile and leaves, naming them, the annotations
no longer as the box said. Keep theirs closes it. Chosen over a view of the whole
`overwritten` table: the user hears of their own loss when it happens, and one button undoes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.annotations.annotation_set import AnnotationSet
from viewer.projects.document import ProjectDocument
from viewer.projects.replaced_edits import (
    Replaced,
    not_restored_line,
    replaced_line,
    still_as_named,
)
from viewer.wording import count_of
from widgets.annotation_commands import AddAnnotations, UpdateAnnotation


class Annotating(Protocol):
    """What of the annotation controller this needs (it imports this module: no cycle)."""

    annotations: AnnotationSet
    undo_stack: QUndoStack

    @property
    def document(self) -> object: ...

    @property
    def window(self) -> QWidget: ...

    def message(self, text: str) -> None: ...


def say_replaced(controller: Annotating) -> QMessageBox | None:
    """If the controller's project found edits of this window's replaced by another window's
    save, say so (status bar and a box that does not block, with Restore mine); the box."""
    document = controller.document
    if not isinstance(document, ProjectDocument) or not document.replaced_here:
        return None
    replaced = list(document.replaced_here)
    document.replaced_here.clear()
    text = replaced_line(replaced)
    controller.message(text)
    box = QMessageBox(QMessageBox.Icon.Information, "Your edit was replaced", text,
                      parent=controller.window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore = box.addButton("Restore mine", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Keep theirs", QMessageBox.ButtonRole.RejectRole)
    restore.clicked.connect(lambda: restore_mine(controller, document, replaced))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # (not open(): that makes the box window-modal, and the window could not be used, nor
    # the other version looked at, until it was answered)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


TOOK_IN = "Took in the changes another window saved; the undo history starts again"
"""Said where the window takes in another window's saves and its undo steps go."""


def restore_mine(controller: Annotating, document: ProjectDocument,
                 replaced: Sequence[Replaced]) -> None:
    """Put this window's versions back (tags, note, claim group; a fresh modified time), as one
    undo step, written so that the version each replaces is kept (`ProjectDocument.restore`);
    those changed again since the box named them are left as they are, and said."""
    if document.take_in_saved():  # (another window's saves since the box was shown)
        controller.undo_stack.clear()  # its steps hold the states from before
        controller.message(TOOK_IN)  # (said, as when the window is made active)
    annotations = controller.annotations
    still, changed = still_as_named(replaced, {a.id: a for a in annotations})
    if still:
        document.restore(mine.id for mine, _theirs in still)
        _put_back(controller, still)
    say_replaced(controller)  # (the take-in may have found more)
    if changed:
        controller.message(not_restored_line(changed))


def _put_back(controller: Annotating, replaced: Sequence[Replaced]) -> None:
    annotations = controller.annotations
    stack = controller.undo_stack
    stack.beginMacro(f"Restore my edit of {count_of(len(replaced), 'annotation')}")
    for mine, _theirs in replaced:
        current = annotations.get(mine.id) if mine.id in annotations else None
        if current is None:  # (deleted by the other window)
            stack.push(AddAnnotations(annotations, [mine.edited()], "Restore my annotation"))
        else:
            restored = current.edited(tags=mine.tags, note=mine.note, claim=mine.claim)
            stack.push(UpdateAnnotation(annotations, current, restored, "Restore my edit"))
    stack.endMacro()
