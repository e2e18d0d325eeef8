"""A folder window's kept work follows the folders it has open, one opened in the window too;
its view (panes, selected passage, colours, removed articles) is kept with it.

`follow_opened_paths(gui)` listens for the paths the user opens (File › Open files…, Open
folder…, a drop, Recent files) and carries the annotations, pasted articles and view over to
the name of the new set (`viewer.annotations.opened_set`, which decides; this module only
applies its answer to the window and says it in the status bar). Only a folder window keeps
work by the set it has open: a project keeps it in its file, the samples under their own name.
Its view is written at close by `widgets.folder_view_closing`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from viewer.printable import printable
from viewer.window_title import corpus_name

if TYPE_CHECKING:
    from viewer.window_document import WindowDocument
    from widgets.annotation_controller import AnnotationController
    from widgets.window_frame import WindowFrame

MESSAGE_MS = 20000
"""Long enough to read a sentence naming where the work went."""


class AnnotationGui(Protocol):
    """What this module uses of `widgets.annotation_gui.AnnotationGui` (which installs it: a
    Protocol, so the two modules import each other in one direction only)."""

    window: WindowFrame
    corpus_paths: list[Path]
    data_dir: Path | None
    document: WindowDocument | None

    @property
    def controller(self) -> AnnotationController | None: ...
    def annotation_file(self) -> Path | None: ...
    def file_in_use(self) -> Path | None: ...
    def made_nothing(self) -> bool: ...
    def keep_for(self, corpus_paths: Sequence[Path], own_file: Path,
                 moved_pasted: dict[Path, Path]) -> None: ...
    def ensure_controller(self, *, show_dock: bool | None = True) -> AnnotationController: ...


def follow_opened_paths(gui: AnnotationGui) -> None:
    """Keep `gui`'s work (a folder window's) under the set of paths its window has open."""
    window = gui.window

    def opened(_paths: Sequence[Path]) -> None:
        data_dir, own = gui.data_dir, gui.annotation_file()
        # (the window opened on the samples, or turned into a project: not a set of folders)
        if data_dir is None or own is None or not gui.corpus_paths or in_project(gui):
            return
        # The window's list has the new paths already (connected first, in its constructor).
        paths = [*gui.corpus_paths,
                 *(p for p in window.corpus_paths if p not in gui.corpus_paths)]
        if paths == gui.corpus_paths:
            return
        from viewer.annotations.opened_set import Outcome, follow_opened_set
        from viewer.annotations.pasted import move_pasted

        followed = follow_opened_set(own, paths, data_dir, made_nothing=gui.made_nothing())
        names = corpus_name(paths, samples=False)
        if followed.outcome in (Outcome.KEPT_APART, Outcome.NOT_COPIED):
            earlier = corpus_name(gui.corpus_paths, samples=False)
            why = (f"{names} have annotations of their own" if followed.reason == ""
                   else f"it could not be copied ({followed.reason})")
            # (among the notices, which stay: a status message was gone with the alignment's;
            # under their own heading, no file's problem)
            window.notices.add_notes([f"{printable(str(gui.file_in_use() or own))}: this window's "
                                f"annotations stay in this file, kept for {earlier}, not for "
                                f"all the folders open: {why}; open {earlier} alone to find "
                                "them again"])
            return
        moved: dict[Path, Path] = dict(followed.pasted)
        if followed.outcome is Outcome.TAKEN_UP:
            # (pasted texts of this window kept for the earlier set go along, never over
            # another's)
            moved = move_pasted(own, followed.own_file)
        gui.keep_for(paths, followed.own_file, moved)
        if followed.outcome is Outcome.TAKEN_UP:
            _take_up(gui, followed.own_file)
        if followed.outcome is not Outcome.RENAMED:
            window.statusBar().showMessage(
                f"Annotations and pasted articles are now kept for {names}: opening them "
                "together brings them back (the folders opened before keep their own copy, "
                "as it was)", MESSAGE_MS)

    window.session.paths_opened.connect(opened)


def in_project(gui: AnnotationGui) -> bool:
    """The window's annotations went into a project (Save project as)."""
    from viewer.annotations.document import AnnotationDocument

    controller = gui.controller
    return gui.document is not None or (
        controller is not None and not isinstance(controller.document, AnnotationDocument))


def _take_up(gui: AnnotationGui, own_file: Path) -> None:
    """Show the work kept for the set now open: its annotations and pasted articles."""
    from viewer.annotations.pasted import stored_pasted_paths

    controller, in_use = gui.controller, gui.file_in_use()
    if in_use is not None and in_use.exists():
        if controller is None:
            gui.ensure_controller(show_dock=None)
        elif controller.document.path != in_use:
            controller.open_instead(in_use)
    open_ids = {str(a.path) for a in gui.window.workspace.corpus.articles if a.path is not None}
    pasted = [p for p in stored_pasted_paths(own_file) if str(p) not in open_ids]
    if pasted:
        gui.window.session.open_paths(pasted, reveal=False)
