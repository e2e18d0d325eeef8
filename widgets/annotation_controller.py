"""Claim annotation behind the window's annotation actions: undo stack, dock, pane marks, autosave.

`widgets.annotation_gui.AnnotationGui` installs it behind the window's annotation actions, at
start-up only for a corpus that has an annotation file and otherwise on first use (tests may
call `widgets.annotation_gui.install_annotations`). The controller owns the undo stack over the
Qt-free `AnnotationSet` (the edits that push on it are `widgets.annotation_editing`'s), keeps the
panes' annotation marks in step with it, re-anchors when the corpus changes
(`widgets.annotation_reanchoring`), and saves the annotation file a moment after
each change (debounced) through the document's `save_now`; asking before work is lost on quit,
Save as, and exports (`widgets.annotation_export`). The
document is either the corpus's annotation file (`AnnotationDocument`) or an open project
(`ProjectDocument`): the controller uses only their common surface,
`viewer.window_document.WindowDocument`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox

from viewer.annotations.document import AnnotationDocument, SaveConflict
from viewer.annotations.listing import spans_by_article
from viewer.annotations.store import AnnotationFileError, with_advice
from viewer.column_fit import kept_for_panes
from viewer.limits import MIN_PANES
from viewer.window_document import SAVE_ERRORS, WindowDocument, where_saved
from viewer.wording import before_counts, count_of
from widgets.annotation_actions import AnnotationActions
from widgets.annotation_dock import AnnotationDock
from widgets.annotation_editing import AnnotationEditing
from widgets.annotation_reanchoring import AnnotationReanchoring
from widgets.annotation_safety import (
    ANNOTATION_FILE_FILTER,
    ask_on_conflict,
    ask_on_quit,
    offer_save_as,
    save_elsewhere,
)
from widgets.article_text_view import plain_tooltip
from widgets.dock_places import place_bottom_dock, place_side_dock
from widgets.file_dialogs import save_file_name
from widgets.link_map import LINK_MAP_WIDTH

if TYPE_CHECKING:
    from widgets.claim_view import ClaimComparisonView
    from widgets.window_frame import WindowFrame

AUTOSAVE_DELAY_MS = 1500
DOCK_WIDTH = 330
"""The narrowest the Annotations dock opens (its default width is its columns')."""
CLAIMS_MIN_HEIGHT = 220


class AnnotationController(QObject):
    file_switched = Signal(object)
    """A folder's annotations went on in another file (the Path): Open or Save annotations as."""
    saving = Signal()
    """The annotations are about to be written, or to go on in another file (Save or Open
    annotations as…): the annotation GUI passes it on as its `writing`, before which a folder
    window's set copy waiting is tried again, so the save, or the file chosen, goes to the new
    set, not the earlier set's (a file chosen was remembered for the earlier set, which then
    opened it alone, its annotations on articles it does not have)."""
    saved = Signal()
    """The annotations were written."""

    def __init__(self, window: WindowFrame, document: WindowDocument,
                 actions: AnnotationActions, *, autosave_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(window)
        self.actions = actions
        self.window = window
        self.workspace = window.workspace
        self.document = document
        self.annotations = document.annotations
        self.undo_stack = QUndoStack(self)
        self.editing = AnnotationEditing(window, self.annotations, self.undo_stack, self.message)
        """The user's edits (each pushes one command on `undo_stack`)."""
        self.last_error: str | None = None
        # Replaceable (tests): the questions asked when work could be lost.
        self.ask_on_quit = lambda problem: ask_on_quit(self.window, problem)
        self.ask_on_conflict = lambda problem, count: ask_on_conflict(self.window, problem, count)
        self.save_problem_box: QMessageBox | None = None
        """The box saying the file could not be saved here (offering Save As), while shown."""

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.save_now)
        self.project_save_timer = QTimer(self)
        self.project_save_timer.setSingleShot(True)
        self.project_save_timer.setInterval(0)
        self.project_save_timer.timeout.connect(self.save_now)

        editing = self.editing
        self.dock = AnnotationDock(self.annotations, self.workspace.name_of,
                                   self.workspace.title_of,
                                   lambda: list(self.workspace.corpus.ids), editing.reveal,
                                   editing.edit, editing.delete, window)
        self.claim_view: ClaimComparisonView | None = None
        """Made when first shown (View › Claim comparison): not needed to show the window."""
        # Wide enough for Article, Quote, Tags and Note, but leaving as many readable panes as
        # fit beside it at DOCK_WIDTH (three on a 1366-px laptop at a 9 pt font), at least
        # MIN_PANES, also when the window narrows.
        place_side_dock(window, self.dock, lambda shared: self.dock.default_width(
            shared, self._kept_for_panes(shared), DOCK_WIDTH))
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        # (left of the counts, Cancel and Align again: its text changes as annotations are
        # saved or re-anchored, and Cancel moved away from a user aiming at it)
        window.statusBar().insertPermanentWidget(0, self.status_label)
        # (late-bound: tests replace `message`)
        self.reanchoring = AnnotationReanchoring(
            self.annotations, self.workspace, self.undo_stack, self.status_label,
            window.status_widgets, lambda: self._update_status(), lambda text: self.message(text),
            self)
        self.background = self.reanchoring.background
        self._adopt_actions()

        # claims_changed too: a verdict or a claim group's description changes no annotation,
        # and without it was never autosaved ("unsaved changes" until the window closed).
        for signal in (self.annotations.added, self.annotations.removed,
                       self.annotations.changed, self.annotations.reset,
                       self.annotations.claims_changed):
            signal.connect(self._annotations_changed)
        # After the panes are rebuilt (the workspace's shown_changed may come first).
        window.pane_row.panes_changed.connect(self.refresh_marks)
        self.workspace.corpus_changed.connect(self.reanchor)
        for changed in (self.workspace.corpus_changed, self.workspace.result_changed):
            changed.connect(self.dock.names_changed)  # (Article details: an outlet, a title)
        self.undo_stack.cleanChanged.connect(self._update_status)
        window.installEventFilter(self)
        if "[*]" not in window.windowTitle():
            window.setWindowTitle(window.windowTitle() + "[*]")
        self.reanchor()
        self.refresh_marks()
        self._update_status()

    def _kept_for_panes(self, shared: int) -> int:
        """The width the panes keep beside the dock (`viewer.column_fit.kept_for_panes`)."""
        return kept_for_panes(shared, self.window.pane_row.min_pane_width(), LINK_MAP_WIDTH,
                              DOCK_WIDTH, MIN_PANES, max(MIN_PANES, len(self.workspace.shown)))

    # --- actions ----------------------------------------------------------------------------

    def _adopt_actions(self) -> None:
        """Drive the Edit menu's Undo and Redo, made greyed out with the window, from the undo
        stack, as `QUndoStack.createUndoAction` would ("Undo Tag claim")."""
        self.undo_action = self.actions.undo_action
        self.redo_action = self.actions.redo_action
        self.actions.follow(self.undo_stack)

    def show_dock(self, shown: bool) -> None:
        self.dock.setVisible(shown)

    def show_claims(self, shown: bool) -> None:
        view = self.claim_view
        if view is None:
            if not shown:
                return
            from widgets.claim_view import ClaimComparisonView

            view = self.claim_view = ClaimComparisonView(
                self.annotations, lambda: self.workspace.corpus.articles, self.window,
                self.workspace.events)
            view.undo_stack = self.undo_stack
            # Room for a claim group's cards at once (the dock opened 120 px tall), also when it
            # comes back into view lower (the panes keep their minimum height whatever it asks).
            place_bottom_dock(self.window, view,
                              lambda: max(CLAIMS_MIN_HEIGHT, self.window.height() // 3))
            # The dock's own close button unticks the menu entry.
            view.toggleViewAction().toggled.connect(self.actions.claims_action.setChecked)
            # A new alignment tells anew which articles report a claim's events.
            self.workspace.result_changed.connect(lambda *_args: view.refresh())
        view.setVisible(shown)

    # --- keeping views and file in step ------------------------------------------------------

    def _annotations_changed(self, *_args: object) -> None:
        self.refresh_marks()
        if self.document.path is not None and not self.document.blocked:
            if isinstance(self.document, AnnotationDocument):
                self.autosave_timer.start()
            else:
                # A project promises each change in the file at once (a crash a second after
                # a tag loses nothing); the next pass of the event loop still writes a burst
                # of changes (Tag every copy) in one step.
                self.project_save_timer.start()
        self._update_status()

    def refresh_marks(self, *_args: object) -> None:
        spans = spans_by_article(self.annotations)
        for pane in self.window.text_panes():
            if pane.article_id not in self.workspace.corpus:
                continue  # being removed: corpus_changed comes before the panes are rebuilt
            pane.set_annotation_ranges(sorted(spans.get(pane.article_id, [])))

    def reanchor(self, *_args: object) -> None:
        """Re-anchor every annotation against the articles now open
        (`widgets.annotation_reanchoring`)."""
        self.reanchoring.reanchor()

    def save_now(self) -> bool:
        """Write the annotation file now if anything changed; False if it could not be."""
        self.autosave_timer.stop()
        self.project_save_timer.stop()
        self.saving.emit()  # (may change the document's path: read it after)
        if self.document.path is None:
            return False
        try:
            try:
                self.document.save_now()
            except SaveConflict as conflict:
                # Only a folder's annotation file merges with another window; a project merges
                # row by row in SQLite and never raises this.
                keep = self.ask_on_conflict(str(conflict), len(conflict.conflicts))
                if keep is None or not isinstance(self.document, AnnotationDocument):
                    raise
                self.document.save_now(prefer=keep)
        except SAVE_ERRORS as error:
            self._save_failed(error)
            return False
        self.last_error = None
        merged = self.document.last_merged  # (a project's too: another window's saves)
        if merged:
            from widgets.replaced_edits import say_replaced

            self.undo_stack.clear()  # its commands hold states from before the merge
            self.message(f"Merged {count_of(merged, 'change')} made in "
                          "another window")
            self.reanchor()
            say_replaced(self)  # (an edit of this window's another replaced unseen)
        self.undo_stack.setClean()
        self._update_status()
        self.saved.emit()
        return True

    def _save_failed(self, error: Exception) -> None:
        """Say so; when saving elsewhere may work (read-only folder, full disk), offer Save As
        once per problem, without blocking. The annotations stay in memory."""
        text = with_advice(error)
        self.message(f"Annotations not saved: {text}")
        if getattr(error, "save_elsewhere", False) and text != self.last_error:
            if self.save_problem_box is not None:
                self.save_problem_box.close()
            self.save_problem_box = offer_save_as(self.window, text, self.save_elsewhere)
        self.last_error = text
        self._update_status()

    def confirm_close(self) -> bool:
        """May the window close? Saves first; asks (Save As / Discard / Cancel) when the work
        would otherwise be lost: the save failed or is blocked."""
        self.background.cancel()
        document = self.document
        if document.path is None or document.nothing_to_lose or (
                document.is_saved and not self.last_error):
            return True
        if not document.blocked and self.save_now():
            return True
        problem = self.last_error or document.blocked or "They could not be saved."
        while True:
            answer = self.ask_on_quit(problem)
            if answer == "discard":
                return True
            if answer == "cancel":
                return False
            if self.save_elsewhere():
                return True

    def _update_status(self, *_args: object) -> None:
        # A project writes each change at once, corrections too, whose undo steps leave the
        # stack unclean with nothing to save (the dock said "nothing to save yet" of a project
        # holding 46 annotations).
        saved = self.document.is_saved and (self.undo_stack.isClean() or not isinstance(
            self.document, AnnotationDocument))
        nothing_to_lose = self.document.nothing_to_lose
        # (details edited in a folder's window are kept only until it closes, too; once it is
        # a project, they are in its file)
        projects = getattr(self.window, "project_gui", None)
        details_here = projects is not None and projects.document is None \
            and bool(getattr(projects, "details_only_here", False))
        self.window.setWindowModified((not saved and not nothing_to_lose) or details_here)
        where = where_saved(self.document, saved=saved, nothing_to_lose=nothing_to_lose,
                            failed=bool(self.last_error), why=self.last_error)
        if not self.background.busy:  # else it shows the re-anchoring's progress
            self.status_label.setText(before_counts(count_of(len(self.annotations),
                                                             "annotation")))
        # Nothing to count says nothing: a cancelled first Tag claim leaves the status bar as
        # it was.
        self.status_label.setVisible(bool(len(self.annotations)) or self.background.busy)
        self.status_label.setToolTip(plain_tooltip(where))
        self.dock.set_location(where)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close \
                and not self.confirm_close():
            event.ignore()
            return True  # the window stays open with the work in it
        return False

    # --- files ------------------------------------------------------------------------------

    def open_instead(self, path: Path) -> bool:
        """Replace the annotations by those in `path`, a Parallax annotation file (the current
        ones are saved first); `widgets.import_annotations.open_annotations` imports any other."""
        if not isinstance(self.document, AnnotationDocument):
            raise TypeError("only a folder's annotation file can be replaced")
        if not self.document.is_saved and self.document.path is not None:
            self.save_now()
        else:  # (a set copy waiting is made first, as by a save: see `saving`)
            self.saving.emit()
        try:
            self.document.open_instead(path)
        except AnnotationFileError as error:
            self.message(str(error))
            return False
        self.undo_stack.clear()
        self.autosave_timer.stop()
        self.undo_stack.setClean()
        self.reanchor()  # at once, or in the background for a large file
        self._update_status()
        self.file_switched.emit(path)
        return True

    def use_document(self, document: WindowDocument) -> None:
        """Continue with `document`, which holds this controller's annotation set (a folder's
        annotations that became a project with Save project as)."""
        if document.annotations is not self.annotations:
            raise ValueError("the new document must hold the same annotation set")
        self.document = document
        self.last_error = None
        self.autosave_timer.stop()
        self.undo_stack.setClean()
        self._update_status()

    def save_as(self, path: Path) -> bool:
        self.saving.emit()  # (a set copy waiting is made first, as by a save: see `saving`)
        try:
            self.document.save_as(path)
        except SAVE_ERRORS as error:
            self.message(with_advice(error))
            return False
        self.last_error = None
        if self.save_problem_box is not None:
            self.save_problem_box.close()
            self.save_problem_box = None
        self.undo_stack.setClean()
        self._update_status()
        if isinstance(self.document, AnnotationDocument):
            self.file_switched.emit(path)
        return True

    def save_elsewhere(self) -> bool:
        """Save As where this place refused (`annotation_safety.save_elsewhere`)."""
        return save_elsewhere(self.window, self.document, self.choose_save_as)

    def choose_save_as(self) -> bool:
        if not isinstance(self.document, AnnotationDocument):
            # The project is the annotations' home; this writes a copy to share.
            path = save_file_name(self.window, "Save a copy of the annotations",
                                  "annotations.jsonld", ANNOTATION_FILE_FILTER)
            return bool(path) and self.export_to(Path(path))
        path = self.choose_save_path()
        return bool(path) and self.save_as(Path(path))

    def choose_save_path(self) -> str:
        """Ask where to save (replaceable in tests); "" when the user cancels."""
        from widgets.annotation_export import choose_save_path

        return choose_save_path(self.window)

    def choose_export(self) -> None:
        from widgets.annotation_export import choose_export_path

        chosen = choose_export_path(self.window)
        if chosen is not None:
            self.export_to(*chosen)

    def export_to(self, path: Path, file_format: str | None = None) -> bool:
        """Write an export: `file_format` (`widgets.annotation_export.FILE_TYPES`), by default
        chosen by the file's extension (.html, .csv, else JSON-LD); said in the status line,
        what it left out in the notice above the panes."""
        from widgets.annotation_export import export_from_window

        return export_from_window(self.window, self.annotations, self.document.path, path,
                                  file_format).written

    def refresh_status(self) -> None:
        """Show the document's saved state again (after a change outside the annotations)."""
        self._update_status()

    # --- helpers ----------------------------------------------------------------------------

    def message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)
