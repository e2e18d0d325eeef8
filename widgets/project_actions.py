"""Projects in the window: File › New project, Open project…, Save project as…, Recent projects;
Article › Article details… (also in the article list's context menu); the title bar.

`ProjectGui(window)` is made by the window with its menus. A window holds at most one project
(`document`, a `viewer.projects.ProjectDocument`, and its `viewer.projects.binding.
ProjectBinding` with the session); the annotation controller keeps the annotations in it. A
window opened on a folder has no project until Save project as, which turns the folder's
articles and annotations into one. New and Open show the project in a new window (the current
one closes when it holds nothing the user made). Everything is written by the Qt-free core;
Save project as and the project file dialogs are `widgets.project_saving`. The correction
actions (`widgets.correction_actions`) join the Article menu. Closing a window whose work exists
only in memory asks first (`widgets.project_closing`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from viewer.printable import printable
from widgets.annotation_gui import add_annotation_gui, installed_annotation_gui
from widgets.article_details import ask_with_dialog
from widgets.project_closing import QuitAnswer, ask_to_save_project, confirm_close

if TYPE_CHECKING:
    from viewer.corpus import Article
    from viewer.projects import ProjectDocument
    from viewer.projects.binding import ProjectBinding
    from viewer.provenance import Provenance
    from widgets.window_frame import WindowFrame

AskProvenance = Callable[[str, "Provenance", "Provenance"], "Provenance | None"]
"""(article title, read values, current values) -> what the user wants, or None (cancelled)."""

_open_windows: list[WindowFrame] = []
"""Windows opened from a menu (no parent): kept here so Python does not collect them."""


class ProjectGui(QObject):
    """The project menus of one window; see the module docstring."""

    def __init__(self, window: WindowFrame) -> None:
        super().__init__(window)
        self.window = window
        self.document: ProjectDocument | None = None
        self.binding: ProjectBinding | None = None
        self.recent_file: Path | None = None
        """Where the Recent projects list is kept (None: in memory, for this run)."""
        self._recent_in_memory: list[Path] = []
        self._unsaved_wanted = False
        self._opened_on: tuple[Path, ...] = ()
        self.details_only_here = False
        """Article details were edited in a window without a project: kept until it closes."""
        self._save_key_hooked = False
        self.save_view_on_close = True
        """Store the panes and selection in the project when the window closes (not in a
        screenshot run, which writes nothing)."""
        self.shown_origin = ""
        """Where the article whose details are asked came from (`article_details`)."""
        self.ask_provenance: AskProvenance = lambda title, read, current: ask_with_dialog(
            self.window, title, read, current, self.shown_origin)
        """Replaceable (tests): how the article details are asked for."""
        self.ask_path: Callable[[str], Path | None] = self._ask_path
        """Replaceable (tests): (purpose "open" or "save") -> the chosen file or None."""
        self.ask_on_close: Callable[[str], QuitAnswer] = lambda what: ask_to_save_project(
            self.window, what)
        """Replaceable (tests): closing with work only in memory -> save, discard or cancel."""

        file_menu = window.file_menu
        first = file_menu.actions()[0] if file_menu.actions() else None
        self.new_action = self._action("&New project", self.new_project,
                                       "Start an empty project in a new window")
        self.open_action = self._action("Open pro&ject…", self.choose_open,
                                        "Open a .parallax project file")
        self.save_as_action = self._action(
            "Sa&ve project as…", self.choose_save_as,
            "Keep the articles, annotations, corrections and view in one project file")
        self.recent_menu = QMenu("Recent projec&ts", window)
        file_menu.insertActions(first, [self.new_action, self.open_action,  # type: ignore[arg-type]
                                        self.save_as_action])
        file_menu.insertMenu(first, self.recent_menu)  # type: ignore[arg-type]
        file_menu.insertSeparator(first)  # type: ignore[arg-type]

        self.article_menu = window.menuBar().insertMenu(
            window.view_menu.menuAction(), QMenu("&Article", window))
        menu = self.article_menu.menu()
        assert isinstance(menu, QMenu)
        self.details_action = self._action("Article &details…", lambda: self.show_details(),
                                           "Outlet, URL, author and publication time")
        menu.addAction(self.details_action)
        list_view = window.article_list
        list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        list_view.customContextMenuRequested.connect(self._article_list_menu)
        window.installEventFilter(self)
        self._fill_recent_menu()
        # Read the list again each time the File menu opens: `recent_file` is set after this
        # (by the program's start, or the window that opened this one), and another window
        # may have saved a project since; a menu filled once stayed greyed out all session.
        file_menu.aboutToShow.connect(self._fill_recent_menu)
        from widgets.correction_actions import CorrectionActions

        self.corrections = CorrectionActions(window, self.menu, self.ensure_project,
                                             self.refresh_status)

    @property
    def menu(self) -> QMenu:
        """The Article menu (the correction actions join it)."""
        menu = self.article_menu.menu()
        assert isinstance(menu, QMenu)
        return menu

    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    # --- holding a project ----------------------------------------------------------------------

    def attach(self, document: ProjectDocument, *, load: bool = True) -> None:
        """Hold `document` in this window (before its first load); with `load`, its articles
        are put into the session."""
        from viewer.projects.binding import ProjectBinding

        if self.document is not None:
            raise RuntimeError("this window already holds a project")
        self.document = document
        self.binding = ProjectBinding(self.window.session, document)
        # (a project keeps pasted texts itself: one pasted after Save project as went on to
        # the folder's data too, and opened with the plain folder ever after)
        self.window.session.keep_pasted = None
        # After the binding has stored them: an unsaved project now has something to lose.
        self.window.session.articles_added.connect(lambda *_args: self.refresh_status())
        self.window.session.article_removed.connect(lambda *_args: self.refresh_status())
        gui = add_annotation_gui(self.window, document=document)
        self._hook_save_key()
        controller = gui.ensure_controller(show_dock=bool(len(document.annotations)))
        if controller.document is not document:
            controller.use_document(document)
        self.update_title()
        if load:
            self.binding.load()

    def start_unsaved(self, opened_on: Sequence[Path] = ()) -> None:
        """Make this window an unsaved project (the samples, opened from `opened_on`). The
        project itself is made when first needed -- the annotation machinery is installed, an
        article is pasted or imported, a correction, article details, Save project as -- so
        nothing heavy is imported before the first paint. The title keeps naming what the
        window compares ("sample corpus"); its `*` shows once something was made here."""
        self._unsaved_wanted = True
        self._opened_on = tuple(Path(p) for p in opened_on)
        if "[*]" not in self.window.windowTitle():
            self.window.setWindowTitle(self.window.windowTitle() + "[*]")
        gui = add_annotation_gui(self.window)
        self._hook_save_key()
        gui.installed_controller.connect(lambda _controller: self.ensure_project())
        self.window.session.articles_added.connect(self._made_here)

    def _made_here(self, articles: Sequence[Article], origin: str | None,
                   _pages: object) -> None:
        """Articles added beyond those the window opened on (a pasted text or an imported page
        exists nowhere else): the unsaved project that keeps them, and asks before they are
        lost, is needed now."""
        from viewer.projects.opened_on import read_from

        if self.binding is None and origin is not None and not (
                origin == "file" and read_from(articles, self._opened_on)):
            self.ensure_project(show_dock=False)

    def ensure_project(self, *, show_dock: bool = True) -> ProjectBinding | None:
        """The project's binding; an unsaved window (the samples) gets its project now.
        Making it is not a change: the articles the window was opened on are its start."""
        if self.binding is None and self._unsaved_wanted:
            from viewer.projects import ProjectDocument
            from viewer.projects.binding import store_shown_articles
            from viewer.projects.project import Project

            controller = add_annotation_gui(self.window).ensure_controller(show_dock=show_dock)
            if self.binding is not None:
                return self.binding  # installing the controller made it (installed_controller)
            document = ProjectDocument(Project.new(), controller.annotations)
            document.opened_on = self._opened_on
            store_shown_articles(document, self.window.workspace.corpus.articles)
            controller.use_document(document)
            self.attach(document, load=False)
        return self.binding

    def _hook_save_key(self) -> None:
        """Ctrl+S (Save annotations now) in a project with no file yet asks where to save it."""
        if not self._save_key_hooked:
            self._save_key_hooked = True
            gui = add_annotation_gui(self.window)
            gui.actions.save_action.triggered.connect(self._save_if_unsaved)

    def _save_if_unsaved(self) -> None:
        if self.document is None and not self._unsaved_wanted:
            return
        if self.document is None or self.document.path is None:
            self.choose_save_as()

    def update_title(self) -> None:
        """The project's name; the samples' unsaved project keeps the window's own name."""
        if self.document is not None and not (self._unsaved_wanted
                                               and self.document.path is None):
            self.window.setWindowTitle(self.document.window_title)
        self.refresh_status()

    def refresh_status(self) -> None:
        """The unsaved marker after a change outside the annotations (provenance, corrections)."""
        gui = installed_annotation_gui(self.window)
        if gui is not None and gui.controller is not None:
            controller = gui.controller
            # (not in a read-only place: a save there is the user's to ask for, and this one,
            # run while the project opened, put up "Annotations not saved" at once)
            if self.document is not None and self.document.path is not None \
                    and not self.document.blocked:
                controller.save_now()  # written already; this also marks the undo stack clean
            controller.refresh_status()

    # --- File menu ------------------------------------------------------------------------------

    def new_project(self) -> WindowFrame:
        from viewer.projects import ProjectDocument

        return self._show_in_new_window(ProjectDocument.unsaved())

    def choose_open(self) -> None:
        path = self.ask_path("open")
        if path is not None:
            self.open_project(path)

    def open_project(self, path: Path) -> WindowFrame | None:
        """Open the project at `path` in a new window; None (and one line) if it cannot be."""
        from viewer.projects import ProjectDocument, ProjectError

        try:
            document = ProjectDocument.open(path)
        except ProjectError as error:
            self.window.statusBar().showMessage(str(error), 10000)
            if self.recent_file is not None:
                from viewer.projects import forget

                forget(self.recent_file, path)
            self._fill_recent_menu()
            return None
        self.remember(path)
        return self._show_in_new_window(document)

    def _show_in_new_window(self, document: ProjectDocument) -> WindowFrame:
        old = self.window
        window = old.new_window()
        projects = project_gui_of(window)
        projects.recent_file = self.recent_file
        projects.attach(document)
        window.resize(old.size())
        _open_windows.append(window)
        window.destroyed.connect(lambda *_: _open_windows.remove(window)
                                 if window in _open_windows else None)
        window.show()
        if self._holds_nothing_made():
            old.close()
        return window

    def _holds_nothing_made(self) -> bool:
        gui = installed_annotation_gui(self.window)
        if gui is None or gui.controller is None:
            return self.document is None or self.document.nothing_to_lose
        return gui.controller.document.nothing_to_lose and (
            self.document is None or self.document.nothing_to_lose)

    def choose_save_as(self) -> bool:
        """Ask where, then Save project as; True if the project is now in that file."""
        path = self.ask_path("save")
        return path is not None and self.save_as(path)

    def save_as(self, path: Path) -> bool:
        """Write the project to `path` (atomically) and continue there. A window without a
        project (a folder of files) becomes one: its articles and annotations go in."""
        from widgets.project_saving import save_project_as

        return save_project_as(self, path)

    def _ask_path(self, purpose: str) -> Path | None:
        from widgets.project_saving import ask_project_path

        return ask_project_path(self, purpose)

    # --- Recent projects ------------------------------------------------------------------------

    def recent_projects(self) -> list[Path]:
        if self.recent_file is None:
            return list(self._recent_in_memory)
        from viewer.projects import read_recent

        return read_recent(self.recent_file)

    def remember(self, path: Path) -> None:
        if self.recent_file is None:
            path = Path(path).absolute()
            self._recent_in_memory = [path, *(p for p in self._recent_in_memory if p != path)]
        else:
            from viewer.projects import remember

            remember(self.recent_file, path)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_projects()
        for path in recent:
            action = self.recent_menu.addAction(printable(path))  # (a bytes name escaped)
            action.triggered.connect(lambda _checked=False, p=path: self.open_project(p))
        self.recent_menu.setEnabled(bool(recent))

    # --- article details ------------------------------------------------------------------------

    def show_details(self, article_id: str | None = None) -> bool:
        """Ask for the article's outlet, URL, author and time; True if it changed."""
        from widgets.article_details import edit_article_details

        return edit_article_details(self, article_id)

    def _article_list_menu(self, point: QPoint) -> None:
        from widgets.article_details import article_list_menu

        article_list_menu(self, point)

    # --- closing --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.WindowActivate
                and self.document is not None and self.document.take_in_saved()):
            # (what another window saved meanwhile: this window's undo steps hold the states
            # from before, and undoing one wrote over the other window's edit -- a
            # week-of-work tester's report)
            gui = installed_annotation_gui(self.window)
            controller = gui.controller if gui is not None else None
            if controller is not None:
                from widgets.replaced_edits import TOOK_IN, say_replaced

                controller.undo_stack.clear()
                controller.message(TOOK_IN)
                say_replaced(controller)  # (an edit of this window's they replaced unseen)
        if watched is self.window and event.type() == QEvent.Type.Close:
            if not confirm_close(self):
                event.ignore()
                return True  # the window stays open with the work in it
            if self.binding is not None and self.save_view_on_close:
                self.binding.save_view()
        return False


def project_gui_of(window: WindowFrame) -> ProjectGui:
    """The window's project menus (every window has them: it makes them with its menus)."""
    found = window.findChild(ProjectGui, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        raise LookupError("this window has no project menus")
    return found
