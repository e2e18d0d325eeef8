"""Removing an article from the window's menu, its key (Ctrl+W) or the list's right-click menu:
say what goes with it and let the user keep it.

Removal cannot be undone, and in a project it deletes the project's copy of the text and the
web page saved as evidence. Ctrl+W is also the key that closes a window or a tab in most
programs: one press removed an article from a project with no question and no way back, its
annotations left orphaned. So the user's removal asks first (Cancel is the default button);
`WindowFrame.remove_article`, which the program and the tests call, does not ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from viewer.wording import count_of

if TYPE_CHECKING:
    from widgets.window_frame import WindowFrame


def removal_consequences(window: WindowFrame, article_id: str) -> list[str]:
    """What removing `article_id` does beyond leaving the view, one sentence each."""
    from widgets.annotation_gui import installed_annotation_gui

    said: list[str] = []
    projects = getattr(window, "project_gui", None)
    document = projects.document if projects is not None else None
    gui = installed_annotation_gui(window)
    if document is not None:
        where = f"the project {document.path.name}" if document.path is not None \
            else "this unsaved project"
        said.append(f"Its text is deleted from {where}, with the web page saved with it if "
                    "any; this cannot be undone.")
    elif gui is not None and gui.keeps_pasted(article_id):
        said.append("Its pasted text is set aside and no longer opens with these articles.")
    elif window.workspace.article(article_id).path is None:
        said.append("Its text exists only in this window: it is lost.")
    else:
        said.append("The file itself is not touched: open it again to bring the article back.")
    if gui is not None and gui.controller is not None:
        annotations = sum(1 for a in gui.controller.annotations if a.article_id == article_id)
        if annotations:
            verb = "stays" if annotations == 1 else "stay"
            said.append(f"The {count_of(annotations, 'annotation')} made on it {verb} listed, "
                        "orphaned, until the article is back.")
    return said


def ask_to_remove(window: WindowFrame, article_id: str) -> bool:
    """Ask before removing; True to remove."""
    article = window.workspace.article(article_id)
    projects = getattr(window, "project_gui", None)
    place = "project" if projects is not None and projects.document is not None \
        else "comparison"
    box = QMessageBox(QMessageBox.Icon.Question, "Remove article",
                      f"Remove “{article.title or article_id}” from the {place}?",
                      QMessageBox.StandardButton.Cancel, window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a title is the article's text, never markup
    box.setInformativeText(" ".join(removal_consequences(window, article_id)))
    remove = box.addButton("Remove", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is remove
