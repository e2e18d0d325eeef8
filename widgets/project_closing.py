"""Closing a window whose work exists only in memory: the question, and what each answer does.

A saved project is written at each change and a folder's annotations go to their annotation
file (the annotation controller asks when that fails), so this concerns the rest: an unsaved
project (the samples, File › New project) holding annotations, pasted or imported articles,
corrections or other changes, and article details edited in a window without a project. Closing
such a window asks Save project as… / Discard / Cancel; Save project as writes everything to
one project file (a cancelled or failed save asks again), Cancel keeps the window open with the
work in it. What to say comes from the Qt-free core (`ProjectDocument.unsaved_work`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from viewer.projects import ProjectDocument

QuitAnswer = Literal["save_as", "discard", "cancel"]


class ProjectWindow(Protocol):
    """What closing needs of a window's project menus (`widgets.project_actions.ProjectGui`)."""

    document: ProjectDocument | None
    details_only_here: bool
    ask_on_close: Callable[[str], QuitAnswer]

    def choose_save_as(self) -> bool: ...

DETAILS_ONLY_HERE = ("The article details you edited exist only in this window: a folder "
                     "opened without a project keeps them until it is closed.")


def work_only_here(gui: ProjectWindow) -> str | None:
    """What closing `gui`'s window would lose, in a sentence; None: nothing."""
    document = gui.document
    if document is None:
        return DETAILS_ONLY_HERE if gui.details_only_here else None
    if document.path is not None:
        # (written at each change; a failed annotation write is the controller's question, an
        # article the project refused to store this one's)
        return document.not_in_file()
    work = document.unsaved_work()
    return work.describe() if work else None


def confirm_close(gui: ProjectWindow) -> bool:
    """May the window close? Asks when work would be lost; True: close."""
    what = work_only_here(gui)
    while what is not None:
        answer = gui.ask_on_close(what)
        if answer == "discard":
            return True
        if answer == "cancel":
            return False
        if gui.choose_save_as():
            return True
        what = work_only_here(gui)  # cancelled or failed: ask again
    return True


def ask_to_save_project(parent: QWidget, what: str) -> QuitAnswer:
    """Close with work only in memory: Save project as… / Discard / Cancel."""
    return ask_save_discard_cancel(parent, "Save this work as a project?",
                                   f"{what}\n\nSave it as a project file to keep it.",
                                   "Save project as…")


def ask_save_discard_cancel(parent: QWidget, title: str, text: str,
                            save_label: str) -> QuitAnswer:
    """A warning asking what to do with work that would be lost: `save_label` (the default) /
    Discard / Cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    save_as = box.addButton(save_label, QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    return "save_as" if clicked is save_as else "discard" if clicked is discard else "cancel"
