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
    where = _project_named(window)
    gui = installed_annotation_gui(window)
    if where is not None:
        said.append(f"Its text is deleted from {where}, with the web page saved with it if "
                    "any; this cannot be undone.")
    elif gui is not None and gui.pasted.keeps(article_id):
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
    return _ask(window, "Remove article",
                f"Remove “{article.title or article_id}” from the {_place(window)}?",
                removal_consequences(window, article_id), "Remove")


def removal_consequences_many(window: WindowFrame, article_ids: list[str]) -> list[str]:
    """What removing the articles `article_ids` does beyond leaving the view, one sentence
    each (`removal_consequences`, said once for them all)."""
    from widgets.annotation_gui import installed_annotation_gui

    said: list[str] = []
    where = _project_named(window)
    gui = installed_annotation_gui(window)
    if where is not None:
        said.append(f"Their texts are deleted from {where}, with the web pages saved with them "
                    "if any; this cannot be undone.")
    else:
        pasted = sum(1 for i in article_ids if gui is not None and gui.pasted.keeps(i))
        unsaved = sum(1 for i in article_ids if window.workspace.article(i).path is None
                      and not (gui is not None and gui.pasted.keeps(i)))
        files = len(article_ids) - pasted - unsaved
        if files:
            said.append(f"{count_of(files, 'file')} of them {'is' if files == 1 else 'are'} "
                        "not touched: open them again to bring the articles back.")
        if pasted:
            said.append(f"{count_of(pasted, 'pasted text')} {'is' if pasted == 1 else 'are'} "
                        "set aside and no longer open with these articles.")
        if unsaved:
            said.append(f"{count_of(unsaved, 'text')} that exist only in this window "
                        f"{'is' if unsaved == 1 else 'are'} lost.")
    if gui is not None and gui.controller is not None:
        chosen = set(article_ids)
        annotations = sum(1 for a in gui.controller.annotations if a.article_id in chosen)
        if annotations:
            verb = "stays" if annotations == 1 else "stay"
            said.append(f"The {count_of(annotations, 'annotation')} made on them {verb} "
                        "listed, orphaned, until the articles are back.")
    return said


def ask_to_remove_many(window: WindowFrame, article_ids: list[str]) -> bool:
    """Ask once before removing the articles selected in the list; True to remove them."""
    return _ask(window, "Remove articles",
                f"Remove the {count_of(len(article_ids), 'selected article')} from the "
                f"{_place(window)}?", removal_consequences_many(window, article_ids),
                f"Remove {len(article_ids)}")


def _ask(window: WindowFrame, title: str, question: str, consequences: list[str],
         button: str) -> bool:
    """Ask `question` with what removing does below it, Cancel the default; True when the
    user pressed `button`."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Cancel, window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a title is the article's text, never markup
    box.setInformativeText(" ".join(consequences))
    remove = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is remove


def _place(window: WindowFrame) -> str:
    """What the articles are removed from: the project open, else the comparison."""
    projects = getattr(window, "project_gui", None)
    return "project" if projects is not None and projects.document is not None \
        else "comparison"


def _project_named(window: WindowFrame) -> str | None:
    """The window's project as a sentence names it ("the project case.parallax", "this unsaved
    project"), None without one."""
    projects = getattr(window, "project_gui", None)
    document = projects.document if projects is not None else None
    if document is None:
        return None
    return f"the project {document.path.name}" if document.path is not None \
        else "this unsaved project"
