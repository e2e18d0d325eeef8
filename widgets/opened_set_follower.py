"""A folder window's kept work follows the folders it has open, one opened in the window too;
its view (panes, selected passage, colours, removed articles) is kept with it.

`follow_opened_paths(gui)` listens for the paths the user opens (File › Open files…, Open
folder…, a drop, Recent files) and carries the annotations, pasted articles and view over to
the name of the new set (`viewer.annotations.opened_set`, which decides; this module only
applies its answer to the window and says it in the status bar). Only a folder window keeps
work by the set it has open: a project keeps it in its file, the samples under their own name.
Its view is written at close by `widgets.folder_view_closing`; `widgets.moved_work` copies in
the work kept for these folders under an earlier name (renamed or moved since) when its
look-up, started with the window, ends.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, SignalInstance

from viewer.printable import printable
from viewer.window_title import corpus_name
from widgets.pending_set_copy import forget_pending, note_pending

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
    installed_controller: SignalInstance
    writing: SignalInstance

    @property
    def controller(self) -> AnnotationController | None: ...
    def annotation_file(self) -> Path | None: ...
    def file_in_use(self) -> Path | None: ...
    def made_nothing(self) -> bool: ...
    def keep_for(self, corpus_paths: Sequence[Path], own_file: Path,
                 moved_pasted: dict[Path, Path]) -> None: ...
    def ensure_controller(self, *, show_dock: bool | None = True) -> AnnotationController: ...


def follow_opened_paths(gui: AnnotationGui) -> QObject:
    """Keep `gui`'s work (a folder window's) under the set of paths its window has open."""
    return _SetFollower(gui)


class _SetFollower(QObject):
    """Follows the set of paths `gui`'s window has open; a copy that failed (a read-only or
    full data folder) is tried again at each save of the annotations, when the folders are
    opened again, and when the window closes (tester55b: it was never tried again, and the
    note sent the user to open the earlier folders alone).

    Every writer beside the set's own file tries it just before it writes, through the GUI's
    one hook, `writing`: a save, Save or Open annotations as…, the file chosen remembered, a
    pasted text kept or set aside. Made then, the copy takes the earlier set's work as it was
    kept, and the write goes to the new set's. Tried after the save, the save wrote the work
    done meanwhile into the earlier set's file first, which gained annotations on articles it
    does not have while the note said it stays as it was (tester57 #11); a text pasted then
    was kept for the earlier set, one removed set aside there; and Save annotations as… (what
    the box on a full disk offers) remembered the file chosen as the earlier set's, which then
    opened it alone."""

    def __init__(self, gui: AnnotationGui) -> None:
        super().__init__(gui.window)
        self.gui = gui
        self.waiting: list[Path] | None = None
        """The set whose copy failed, tried again until it is made."""
        gui.window.session.paths_opened.connect(self._opened)
        gui.installed_controller.connect(self._installed)
        gui.writing.connect(self._try_again)
        self._record()

    def _installed(self, controller: AnnotationController) -> None:
        controller.saved.connect(self._record)

    def _record(self) -> None:
        record_set(self.gui)

    def _opened(self, _paths: Sequence[Path]) -> None:
        gui = self.gui
        # The window's list has the new paths already (connected first, in its constructor).
        paths = [*gui.corpus_paths,
                 *(p for p in gui.window.corpus_paths if p not in gui.corpus_paths)]
        # (a copy waiting and made now says so, as one made at a save does)
        self._follow(paths, again=self.waiting is not None)

    def _try_again(self) -> None:
        if self.waiting is not None:
            self._follow(self.waiting, again=True)

    def _follow(self, paths: list[Path], *, again: bool) -> None:
        gui, window = self.gui, self.gui.window
        data_dir, own = gui.data_dir, gui.annotation_file()
        # (the window opened on the samples, or turned into a project: not a set of folders)
        if data_dir is None or own is None or not gui.corpus_paths or in_project(gui) \
                or paths == gui.corpus_paths:
            if self.waiting is not None and own is not None:
                forget_pending(gui, own)  # (the window moved on: nothing waits any more)
            self.waiting = None
            return
        from viewer.annotations.opened_set import Outcome, follow_opened_set
        from viewer.annotations.pasted import move_pasted

        followed = follow_opened_set(own, paths, data_dir, made_nothing=gui.made_nothing())
        names = corpus_name(paths, samples=False)
        earlier = corpus_name(gui.corpus_paths, samples=False)
        kept_in = printable(str(gui.file_in_use() or own))
        if followed.outcome is Outcome.NOT_COPIED:
            # (kept for the next start too: a copy still failing at close was forgotten)
            note_pending(gui, own, paths, followed.reason)
            if self.waiting != paths:  # (said once, not at every save that tries again)
                # (among the notices, which stay: a status message was gone with the
                # alignment's; under their own heading, no file's problem)
                window.notices.add_notes([
                    f"{kept_in}: this window's annotations could not be copied for all the "
                    f"folders open ({followed.reason}); they are kept for {earlier} meanwhile "
                    "(where that file cannot be saved either, the window says so and quitting "
                    "asks where to keep them), and the copy is tried again at each save, when "
                    "you open a folder and when you close the window"])
            self._wait(paths)
            return
        if self.waiting is not None:
            forget_pending(gui, own)
        self.waiting = None
        if followed.outcome is Outcome.KEPT_APART:
            # (an unreadable file is no work to find again: said for what it is)
            theirs = (f"the annotations kept for {names} cannot be read ({followed.reason})"
                      if followed.reason else f"{names} have annotations of their own")
            window.notices.add_notes([
                f"{kept_in}: this window's annotations stay in this file, kept for {earlier}, "
                f"not for all the folders open: {theirs}; open {earlier} alone to find them "
                "again"])
            return
        moved: dict[Path, Path] = dict(followed.pasted)
        if followed.outcome is Outcome.TAKEN_UP:
            # (pasted texts of this window kept for the earlier set go along, never over
            # another's)
            moved = move_pasted(own, followed.own_file)
        gui.keep_for(paths, followed.own_file, moved)
        self._record()
        # (a FIFO among the pasted articles, left out of the copy: one line each, as the loader
        # says it at start)
        window.workspace.report_problems(list(followed.skipped))
        if followed.outcome is Outcome.TAKEN_UP:
            take_up(gui, followed.own_file)
        if again:  # (the note saying it waited stays until dismissed: this one answers it)
            window.notices.add_notes([
                f"{printable(str(followed.own_file))}: the annotations are copied now, kept "
                f"for {names} (the copy kept for {earlier} stays as it was)"])
        if followed.outcome is not Outcome.RENAMED:
            window.statusBar().showMessage(
                f"Annotations and pasted articles are now kept for {names}: opening them "
                "together brings them back (the folders opened before keep their own copy, "
                "as it was)", MESSAGE_MS)

    def _wait(self, paths: list[Path]) -> None:
        """Try the copy to `paths` again before each write (`writing`), and when the window
        closes."""
        if self.waiting is None:
            # (installed now, after the filter writing the view at close, so it runs first:
            # the view then goes with the work to the new set)
            self.gui.window.installEventFilter(self)
        self.waiting = paths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.gui.window and event.type() == QEvent.Type.Close:
            self._try_again()
        return False


def record_set(gui: AnnotationGui) -> None:
    """Record the paths of the set beside its kept work (`viewer.annotations.set_record`):
    renamed or moved, the set is found again by them, its annotations naming web addresses or
    not. A data folder that cannot be written goes without (the work is found then by the
    files its annotations name)."""
    own = gui.annotation_file()
    if own is None or not gui.corpus_paths or in_project(gui):
        return
    from viewer.annotations.location import has_kept_work
    from viewer.annotations.set_record import record_set_paths

    if has_kept_work(own):  # (a set that keeps nothing needs no record)
        with contextlib.suppress(OSError):
            record_set_paths(own, gui.corpus_paths)


def in_project(gui: AnnotationGui) -> bool:
    """The window's annotations went into a project (Save project as)."""
    from viewer.annotations.document import AnnotationDocument

    controller = gui.controller
    return gui.document is not None or (
        controller is not None and not isinstance(controller.document, AnnotationDocument))


def take_up(gui: AnnotationGui, own_file: Path) -> None:
    """Show the work kept for the set now open: its annotations and pasted articles (a link
    there leading out of their folder is not opened, and said, as at start)."""
    from viewer.annotations.pasted import links_out_of_pasted, stored_pasted_paths

    controller, in_use = gui.controller, gui.file_in_use()
    if in_use is not None and in_use.exists():
        if controller is None:
            gui.ensure_controller(show_dock=None)
        elif gui.made_nothing():
            # Installed with nothing in it (View › Annotations ticked, a Tag claim cancelled):
            # its document may name this file already (`keep_for` renamed it, or it is this
            # set's own, copied to since), so the path alone does not tell it is read. Nothing
            # to save first: a save would take the file's annotations in as another window's.
            controller.document.mark_saved()
            controller.open_instead(in_use)
        elif controller.document.path != in_use:
            controller.open_instead(in_use)
    open_ids = {str(a.path) for a in gui.window.workspace.corpus.articles if a.path is not None}
    pasted = [p for p in stored_pasted_paths(own_file) if str(p) not in open_ids]
    if pasted:
        gui.window.session.open_paths(pasted, reveal=False)
    gui.window.workspace.report_problems(links_out_of_pasted(own_file))

