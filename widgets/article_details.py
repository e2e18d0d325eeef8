"""Editing an article's details (title, outlet, URL, author, time) from the window: ask with the
details dialog (`ProjectGui.ask_provenance`), then keep the answer in the project when there is
one (the samples get theirs), else in this session's workspace only, which closing asks about;
and the article list's context menu, which offers it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint

    from viewer.projects.binding import ProjectBinding
    from viewer.provenance import Provenance
    from widgets.window_frame import WindowFrame


class DetailsHost(Protocol):
    """What editing details needs of a window's project menus
    (`widgets.project_actions.ProjectGui`)."""

    window: WindowFrame
    binding: ProjectBinding | None
    details_only_here: bool
    ask_provenance: Callable[[str, Provenance, Provenance], Provenance | None]
    shown_origin: str
    """Where the article whose details are asked came from (the dialog shows it)."""

    def ensure_project(self, *, show_dock: bool = True) -> ProjectBinding | None: ...

    def refresh_status(self) -> None: ...


def edit_article_details(gui: DetailsHost, article_id: str | None = None) -> bool:
    """Ask for the article's title, outlet, URL, author and time (the article selected in the list,
    else the focused pane's, when `article_id` is None); True if they changed."""
    from viewer.provenance import provenance_of

    window = gui.window
    article_id = article_id or window.article_list.selected_article_id() \
        or window.pane_row.focused_pane_id() or window.article_list.framed_article_id()
    if article_id is None or article_id not in window.workspace.corpus:
        window.statusBar().showMessage(
            "Select an article in the list (or click in its pane) first", 6000)
        return False
    gui.ensure_project(show_dock=False)  # the samples: the edit is kept in their project
    article = window.workspace.article(article_id)
    if gui.binding is not None:
        read = gui.binding.read_provenance(article_id)
        current = gui.binding.provenance(article_id)
        gui.shown_origin = gui.binding.origin(article_id)
    else:
        from viewer.provenance import origin_sentence
        from widgets.annotation_gui import installed_annotation_gui

        read = current = provenance_of(article)
        annotations = installed_annotation_gui(window)
        pasted = article.path is None or (annotations is not None
                                          and annotations.pasted.keeps(article_id))
        gui.shown_origin = origin_sentence(
            "imported" if article.path is None and article.url else
            "pasted" if pasted else "file",
            str(article.path) if article.path is not None else None, "", article.url)
    version = window.workspace.version_of(article_id)
    if version is not None:  # (two versions of one file: which this is, tester s59 #3)
        from viewer.file_versions import version_sentence

        gui.shown_origin += " " + version_sentence(version)
    wanted = gui.ask_provenance(article.title or article_id, read, current)
    if wanted is None or wanted == current:
        return False
    if gui.binding is not None:
        if not gui.binding.set_provenance(article_id, wanted):
            return False  # the session has said why in the status bar
        gui.refresh_status()
    else:
        from viewer.loading.headers import normalize_date

        window.workspace.update_metadata(dataclasses.replace(
            article, title=wanted.title or article.title, source=wanted.outlet,
            url=wanted.url, author=wanted.author,
            published=wanted.published, date=normalize_date(wanted.published)))
        gui.details_only_here = True
        window.setWindowModified(True)  # (the title's "*": something not yet in a file)
        window.statusBar().showMessage(
            "Details changed for this session; File › Save project as… keeps them", 8000)
    return True


def ask_with_dialog(parent: WindowFrame, title: str, read: Provenance, current: Provenance,
                    origin: str = "") -> Provenance | None:
    """The details dialog's answer (`DetailsHost.ask_provenance` unless a test replaces it)."""
    from widgets.provenance_dialog import ask_provenance

    return ask_provenance(parent, title, read, current, origin)


def article_list_menu(host: DetailsHost, point: QPoint) -> None:
    """The article list's context menu at `point`: the article's details, or remove it."""
    from PySide6.QtWidgets import QMenu

    from widgets.article_list import ID_ROLE

    window = host.window
    view = window.article_list
    index = view.indexAt(point)
    if not index.isValid():
        return
    several = view.selectionModel().isRowSelected(index.row(), index.parent()) \
        and len(view.selectionModel().selectedRows()) > 1
    if not several:
        view.setCurrentIndex(index)
    article_id = str(index.siblingAtColumn(0).data(ID_ROLE))
    menu = QMenu(view)
    menu.addAction("Article &details…", lambda: edit_article_details(host, article_id))
    if several:
        # (right-clicking one of several selected rows: the selection is what goes)
        count = len(view.selected_article_ids())
        menu.addAction(f"&Remove {count} articles", lambda: window.remove_article_asking())
    else:
        menu.addAction("&Remove article", lambda: window.remove_article_asking(article_id))
    menu.exec(view.viewport().mapToGlobal(point))
    menu.deleteLater()
