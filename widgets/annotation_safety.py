"""What keeps the annotation GUI from losing work: the questions it asks when work could be lost.

- `ask_on_quit` (Save As / Discard / Cancel), `ask_on_conflict` (keep mine / keep theirs) and
  `offer_save_as` (a read-only folder or a full disk: a non-blocking box with Save As) are the
  dialogs; the controller holds them as replaceable attributes so tests answer for the user.
- `save_elsewhere` is what their Save As does: a project's Save project as, else the annotation
  file's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.annotations.merge import Side
from widgets.project_closing import QuitAnswer, ask_save_discard_cancel

ANNOTATION_FILE_FILTER = "Web Annotation JSON-LD (*.jsonld *.json);;All files (*)"
"""The file dialogs' filter for annotation files (open, save as)."""


def save_elsewhere(window: QWidget, document: object, save_annotations_as: Callable[[], bool]
                   ) -> bool:
    """Save As where the place refused, answering the quit question or the problem box: a
    project's whole file to another place (File › Save project as: a tester's quit question on
    a read-only project wrote the annotations alone, as JSON, under the ".parallax" name they
    typed, a file that then opened as nothing), else the annotation file (`save_annotations_as`).
    True when saved."""
    from viewer.annotations.document import AnnotationDocument

    project_gui = getattr(window, "project_gui", None)
    if not isinstance(document, AnnotationDocument) and project_gui is not None:
        return bool(project_gui.choose_save_as())
    return save_annotations_as()


def ask_on_quit(parent: QWidget, problem: str) -> QuitAnswer:
    """Quit with annotations that are not saved: Save As / Discard / Cancel."""
    return ask_save_discard_cancel(parent, "Unsaved annotations",
                                   f"Your annotations are not saved.\n\n{problem}", "Save As…")


def ask_on_conflict(parent: QWidget, problem: str, count: int) -> Side | None:
    """The same annotations changed here and in another window: whose version to keep."""
    box = QMessageBox(QMessageBox.Icon.Question, "Annotations changed in another window",
                      f"{problem}\n\nKeep your version of the {count} annotation"
                      f"{'' if count == 1 else 's'} changed on both sides, or theirs? Every "
                      "other change from both windows is kept either way.", parent=parent)
    mine = box.addButton("Keep mine", QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton("Keep theirs", QMessageBox.ButtonRole.RejectRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "mine" if clicked is mine else "theirs" if clicked is theirs else None


def offer_save_as(parent: QWidget, problem: str, save_as: Callable[[], object]) -> QMessageBox:
    """Say, without blocking, that the annotations could not be saved where they are, with a
    Save As button (the annotations stay in memory meanwhile)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Annotations not saved", problem, parent=parent)
    button = box.addButton("Save As…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    button.clicked.connect(save_as)
    box.open()
    return box
