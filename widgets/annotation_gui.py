"""The annotation GUI as one component: `AnnotationGui(window, corpus_paths=..., data_dir=...)`.

The window gets it from `add_annotation_gui(window, ...)`, and so do the window's other parts
(they see the window as a `widgets.window_frame.WindowFrame`, so none imports the window's
module). It makes the annotation actions at once (`widgets.annotation_actions`) and connects each
to one of its own methods; the machinery behind them (`widgets.annotation_controller`: the
annotation set and its file, the dock, undo) is installed by `ensure_controller`: at once when
the corpus already has an annotation file, otherwise the first time an action is used. So a
window with nothing annotated yet starts without importing or building it, and without an empty
dock beside the panes. A folder window's pasted articles, kept beside its annotation file, are
its `pasted` (`widgets.pasted_keeping`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from widgets.annotation_actions import AnnotationActions
from widgets.dock_places import raise_when_chosen
from widgets.pasted_keeping import PastedKeeping
from widgets.window_settings import ReopenedDock

if TYPE_CHECKING:
    from viewer.annotations.document import AnnotationDocument
    from viewer.window_document import WindowDocument
    from widgets.annotation_controller import AnnotationController
    from widgets.window_frame import WindowFrame


class AnnotationGui(QObject):
    """Claim annotation in one window."""

    installed_controller = Signal(object)
    """emit(AnnotationController) once, when the machinery behind the actions is installed."""
    writing = Signal()
    """The work is about to be written for the set of folders open, or to go on in another
    file: a save, Save or Open annotations as… (the controller's `saving`), the file chosen
    remembered, a pasted text kept or set aside (`pasted.keeping`). The one hook every writer
    beside the set's own file goes through: a copy of the work to a new set of folders that
    waits (a full disk) is tried first (`widgets.opened_set_follower`), so nothing more is
    written for the earlier set, whose files stay as they were."""

    def __init__(self, window: WindowFrame, *, corpus_paths: Sequence[Path | str] = (),
                 data_dir: Path | str | None = None,
                 document: WindowDocument | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.corpus_paths = [Path(p) for p in corpus_paths]
        self.data_dir = Path(data_dir) if data_dir else None
        """Where the per-corpus annotation file lives; None keeps annotations in memory."""
        self._annotation_file: Path | None = None
        self._file_in_use: Path | None = None
        self.document = document
        """The document to annotate in (an open project); None: the corpus's annotation file."""
        self.actions = AnnotationActions(window)
        self._controller: AnnotationController | None = None
        self.pasted = PastedKeeping(self)
        """The pasted articles kept beside the annotation file (a folder window's only)."""
        self.pasted.keeping.connect(self.writing)
        actions = self.actions
        actions.tag_action.triggered.connect(self._tag_selection)
        actions.tag_copies_action.triggered.connect(self._tag_every_copy)
        actions.open_action.triggered.connect(self._choose_open)
        actions.save_action.triggered.connect(self._save_now)
        actions.save_as_action.triggered.connect(self._choose_save_as)
        actions.import_action.triggered.connect(self._choose_import)
        actions.export_action.triggered.connect(self._choose_export)
        actions.dock_action.toggled.connect(self._show_dock)
        actions.claims_action.toggled.connect(self._show_claims)
        raise_when_chosen(actions.dock_action,
                          lambda: self._controller.dock if self._controller else None)
        raise_when_chosen(actions.claims_action,
                          lambda: self._controller.claim_view if self._controller else None)
        if self.data_dir is not None and document is None:
            # Pasted articles are kept beside the annotation file, so annotations on them are
            # not orphaned at the next start (a project stores them itself).
            self.pasted.keep_from(window.session)
            # The work follows the set of folders open (one opened in the window included).
            from widgets.folder_view_closing import keep_folder_view
            from widgets.moved_work import take_up_moved_work
            from widgets.opened_set_follower import follow_opened_paths
            from widgets.pending_set_copy import retry_pending_copies

            # (first: the file they copy is then this set's own)
            retry_pending_copies(self)  # (a copy to or from this set that failed at close)
            self.moved_work = take_up_moved_work(self)  # (a job: taken up when it ends)
            self.set_follower = follow_opened_paths(self)
            self.folder_view = keep_folder_view(self)  # (its panes, passage, removed articles)
        if document is not None or self._has_annotation_file():
            # Show this corpus's annotations from the start; with none (a new project, a file
            # whose annotations were all deleted) the panes keep the width until the first tag
            # opens the dock.
            self.ensure_controller(show_dock=None)

    @property
    def installed(self) -> bool:
        return self._controller is not None

    @property
    def controller(self) -> AnnotationController | None:
        """The machinery behind the actions, if it has been installed."""
        return self._controller

    def reopened_docks(self) -> dict[str, ReopenedDock]:
        """Its docks that may open again at start, by objectName, each open only when it has
        something to show (`WindowSettings.reopen_docks`)."""
        return {"annotationDock": ReopenedDock(self.actions.dock_action, self.has_annotations),
                "claimComparisonDock": ReopenedDock(self.actions.claims_action,
                                                    self.has_claim_groups)}

    def has_annotations(self) -> bool:
        """The Annotations dock would list something (an annotation is in the set)."""
        return self._controller is not None and bool(len(self._controller.annotations))

    def has_claim_groups(self) -> bool:
        """The Claim comparison would show something (a claim group exists)."""
        return self._controller is not None and bool(self._controller.annotations.claim_names)

    def ensure_controller(self, *, show_dock: bool | None = True) -> AnnotationController:
        """The annotation controller, installed now if it was not yet (with its dock shown,
        unless `show_dock` is False: installed for a reason other than annotating; None: shown
        when the annotations it opens hold something, or could not be read)."""
        if self._controller is None:
            from widgets.annotation_controller import AnnotationController

            document = self.document or open_document(self.file_in_use())
            if show_dock is None:  # (a folder's file that could not be read: the dock says why)
                show_dock = bool(len(document.annotations)) or (
                    self.document is None and bool(document.blocked))
            controller = AnnotationController(self.window, document, self.actions)
            self._controller = controller
            controller.saving.connect(self.writing)
            controller.file_switched.connect(self._remember_file)
            # Only now: ticking View › Annotations calls back into ensure_controller.
            # The dock's own close button unticks it.
            controller.dock.toggleViewAction().toggled.connect(self.actions.dock_action.setChecked)
            if show_dock:
                self.actions.dock_action.setChecked(True)
            else:
                controller.dock.hide()
                # It opens once the user accepts a first tag (a cancelled one changes nothing).
                controller.editing.on_accept = lambda: self.actions.dock_action.setChecked(True)
            if document.blocked:
                controller.message(f"Annotations not loaded: {document.blocked}")
                # (and among the window's notices, not in the dock's small print alone)
                notice = getattr(document, "unread_notice", lambda: None)()
                if notice:
                    self.window.workspace.report_problems([notice])
            self.installed_controller.emit(controller)
        return self._controller

    def annotation_file(self) -> Path | None:
        """This corpus's annotation file in `data_dir` (None: annotations kept in memory),
        chosen once (`viewer.annotations.location`), so every use this run agrees."""
        if self.data_dir is None:
            return None
        if self._annotation_file is None:
            from viewer.annotations.location import default_annotation_file

            self._annotation_file = default_annotation_file(self.corpus_paths, self.data_dir)
        return self._annotation_file

    def file_in_use(self) -> Path | None:
        """The annotation file this corpus's annotations open from: its own, or the one the
        user moved to last time (`viewer.annotations.chosen_file`); a chosen file no longer
        there is said among the window's notices."""
        own = self.annotation_file()
        if own is None or self.document is not None:
            return own
        if self._file_in_use is None:
            from viewer.annotations.chosen_file import file_in_use

            self._file_in_use, notice = file_in_use(own)
            if notice:
                self.window.workspace.report_problems([notice])
        return self._file_in_use

    def _remember_file(self, path: Path) -> None:
        """Open or Save annotations as moved the work to `path`: the next start opens it."""
        self.writing.emit()  # (a set copy waiting first: remembered for the new set then)
        own = self.annotation_file()
        if own is None:
            return
        from viewer.annotations.chosen_file import remember_choice

        self._file_in_use = Path(path)
        try:
            remember_choice(own, Path(path))
        except OSError as error:
            self.window.statusBar().showMessage(
                f"{path}: not remembered for the next start ({error.strerror or error}); "
                "File › Open annotations… opens it again", 10000)

    def keep_for(self, corpus_paths: Sequence[Path], own_file: Path,
                 moved_pasted: dict[Path, Path]) -> None:
        """From now on keep this window's work for `corpus_paths` in `own_file` (the set of
        folders open changed: `widgets.opened_set_follower`); `moved_pasted` maps each kept
        pasted text that moved to its new place."""
        old = self.annotation_file()
        self.corpus_paths = [Path(p) for p in corpus_paths]
        self._annotation_file = own_file
        self._file_in_use = None
        self.pasted.follow_moves(moved_pasted)
        controller = self._controller
        if controller is None:
            return
        from viewer.annotations.document import AnnotationDocument

        document = controller.document
        if isinstance(document, AnnotationDocument) and document.path == old:
            document.path = own_file  # (the file itself moved with the rest, or was not yet)
        controller.refresh_status()

    def made_nothing(self) -> bool:
        """No annotation, claim group (its verdict, its description) or pasted article kept:
        nothing here to lose; a group with no annotation left is the user's work too."""
        return not (self.pasted.keeps_any() or self.has_annotations() or self.has_claim_groups())

    def _has_annotation_file(self) -> bool:
        file = self.file_in_use()
        return file is not None and file.exists()

    # --- what the actions do (each installs the controller first) ---------------------------

    def _tag_selection(self) -> None:
        self._for_tagging().editing.tag_selection()

    def _tag_every_copy(self) -> None:
        self._for_tagging().editing.tag_every_copy()

    def _for_tagging(self) -> AnnotationController:
        """The controller, installed for a tag: the dock it comes with opens only once the user
        accepts the tag (a cancelled Tag claim leaves the panes as they were)."""
        if self._controller is not None:
            return self._controller
        return self.ensure_controller(show_dock=False)

    def _quietly(self) -> AnnotationController:
        """The controller for a file action (open, import, save, export): installed now means
        nothing is annotated yet, so no empty dock beside the panes -- a cancelled dialog or a
        refused file left one there, a pane pushed out (tester15)."""
        return self.ensure_controller(show_dock=False)

    def _show_dock_if_annotated(self, controller: AnnotationController) -> None:
        if len(controller.annotations):
            self.actions.dock_action.setChecked(True)

    def _choose_open(self) -> None:
        from widgets.import_annotations import choose_and_open

        installed = self.installed
        controller = self._quietly()
        choose_and_open(controller)
        if not installed:
            self._show_dock_if_annotated(controller)

    def _save_now(self) -> None:
        """Ctrl+S: save, and say so (it said nothing: was anything saved?)."""
        from viewer.annotations.document import AnnotationDocument

        controller = self._quietly()
        document, path = controller.document, controller.document.path
        if document.blocked and document.is_saved and not isinstance(document,
                                                                      AnnotationDocument):
            # (a read-only project with no change: nothing is refused, nothing was written)
            controller.message(f"Nothing to save: {document.blocked}")
            return
        if controller.save_now() and path is not None:
            from viewer.wording import count_of

            # (this line replaces the merge's own: both said, or an import taken in went unsaid)
            merged = controller.document.last_merged
            controller.message(f"Annotations saved in {path}" + (
                f"; merged {count_of(merged, 'change')} saved there meanwhile (another window, "
                "an import)" if merged else ""))

    def _choose_save_as(self) -> None:
        self._quietly().choose_save_as()

    def _choose_import(self) -> None:
        from widgets.import_annotations import choose_and_import, importer_for

        installed = self.installed
        controller = self._quietly()
        if not installed:
            # The import reads in the background: the dock opens when it brought annotations.
            importer_for(controller).finished.connect(
                lambda _result: self._show_dock_if_annotated(controller))
        choose_and_import(controller)

    def _choose_export(self) -> None:
        self._quietly().choose_export()

    def _show_dock(self, shown: bool) -> None:
        self.ensure_controller().show_dock(shown)

    def _show_claims(self, shown: bool) -> None:
        self.ensure_controller().show_claims(shown)


def add_annotation_gui(window: WindowFrame, *, corpus_paths: Sequence[Path | str] = (),
                       data_dir: Path | str | None = None,
                       document: WindowDocument | None = None) -> AnnotationGui:
    """The window's claim annotation, made now if it has none (the arguments count only then):
    its actions at once, the rest on first use. With `data_dir`, the annotation file is keyed by
    the corpus there; with `document` (an open project) the annotations are kept in it."""
    gui = installed_annotation_gui(window)
    if gui is None:
        gui = AnnotationGui(window, corpus_paths=corpus_paths, data_dir=data_dir,
                            document=document)
    return gui


def installed_annotation_gui(window: QObject) -> AnnotationGui | None:
    """The window's annotation GUI, if it has one (it is the window's child)."""
    return window.findChild(AnnotationGui, options=Qt.FindChildOption.FindDirectChildrenOnly)


def open_document(annotation_file: Path | None) -> AnnotationDocument:
    """The document of `annotation_file` (None: annotations kept in memory).

    A file that cannot be read (or is from a newer version) is left untouched: the document is
    empty and `blocked` says why; saving is blocked until the user chooses Save annotations as.
    """
    from viewer.annotations.document import AnnotationDocument

    if annotation_file is None:
        return AnnotationDocument()
    return AnnotationDocument.open_or_block(annotation_file)


def install_annotations(window: WindowFrame, *, corpus_paths: Sequence[Path | str] = (),
                        data_dir: Path | str | None = None) -> AnnotationController:
    """Give `window` claim annotation, installed now (tests; the app installs it on first use
    through `add_annotation_gui`)."""
    return add_annotation_gui(window, corpus_paths=corpus_paths,
                              data_dir=data_dir).ensure_controller()
