"""Save project as… and the project file dialogs: where a project is opened from and saved to
(Save project as suggests the open project's name, else the folder's), and writing the window's
work to the chosen file, where it continues -- a window without a project (a folder of files)
becomes one, its articles and annotations going in. Everything is written by the Qt-free core
(`viewer.projects`); the File menu that offers it is `widgets.project_actions`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from widgets.annotation_gui import add_annotation_gui

if TYPE_CHECKING:
    from viewer.projects import ProjectDocument
    from viewer.projects.binding import ProjectBinding
    from widgets.window_frame import WindowFrame

PROJECT_FILE_FILTER = "Parallax projects (*.parallax);;All files (*)"


class SavingHost(Protocol):
    """What saving needs of a window's project menus (`widgets.project_actions.ProjectGui`)."""

    window: WindowFrame
    document: ProjectDocument | None
    binding: ProjectBinding | None

    def attach(self, document: ProjectDocument, *, load: bool = True) -> None: ...

    def remember(self, path: Path) -> None: ...

    def update_title(self) -> None: ...


def save_project_as(host: SavingHost, path: Path) -> bool:
    """Write the window's project to `path` (atomically) and continue there; True if it is now
    in that file (a failure is said in the status bar)."""
    from viewer.projects import PROJECT_SUFFIX, ProjectDocument, ProjectError
    from viewer.projects.binding import store_shown_articles
    from viewer.projects.project import Project

    window = host.window
    if not path.suffix:
        path = path.with_suffix(PROJECT_SUFFIX)
    # Installed only now means nothing was annotated (a corpus with an annotation file
    # installs it at start): no empty dock beside the panes, the first tag opens it.
    controller = (gui := add_annotation_gui(window)).ensure_controller(show_dock=False)
    if host.document is None:
        document = ProjectDocument(Project.new(), controller.annotations)
        store_shown_articles(document, window.workspace.corpus.articles,
                             pasted_in=gui.pasted.folder())
        try:
            document.save_as(path)
        except ProjectError as error:
            window.statusBar().showMessage(str(error), 10000)
            return False
        controller.use_document(document)
        host.attach(document, load=False)
        assert host.binding is not None
        host.binding.save_view()
    else:
        assert host.binding is not None
        host.binding.save_view()
        if not controller.save_as(path):
            return False
    host.remember(path)
    host.update_title()
    window.statusBar().showMessage(f"Saved the project as {path}", 6000)
    return True


def ask_project_path(host: SavingHost, purpose: str) -> Path | None:
    """The project file the user chooses to open (`purpose` "open") or to save to ("save");
    None when they cancel."""
    from widgets.file_dialogs import open_file_name, save_file_name

    if purpose == "open":
        chosen = open_file_name(host.window, "Open project", PROJECT_FILE_FILTER)
    else:
        chosen = save_file_name(host.window, "Save project as", _project_name(host),
                                PROJECT_FILE_FILTER)
    return Path(chosen) if chosen else None


def _project_name(host: SavingHost) -> str:
    """The file name Save project as suggests: the open project's, else the folder's."""
    if host.document is not None and host.document.path is not None:
        return host.document.path.name
    from viewer.projects.naming import suggested_project_name

    return suggested_project_name(list(host.window.corpus_paths))
