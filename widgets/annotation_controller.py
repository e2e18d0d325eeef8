"""Claim annotation behind the window's annotation actions: undo stack, dock, pane marks, autosave.

`widgets.annotation_gui.AnnotationGui` installs it behind the window's annotation actions, at
start-up only for a corpus that has an annotation file and otherwise on first use (tests may
call `install_annotations`). The controller turns user actions into undo
commands over the Qt-free `AnnotationSet`, keeps the panes' annotation marks in step with it,
re-anchors when the corpus changes, and saves the annotation file a moment after each change
(debounced) through the document's `save_now`. The document is either the corpus's annotation
file (`AnnotationDocument`) or an open project (`ProjectDocument`): the controller uses only
their common surface, `viewer.window_document.WindowDocument`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from viewer.annotations.document import AnnotationDocument, SaveConflict, default_annotation_file
from viewer.annotations.listing import spans_by_article
from viewer.annotations.model import (
    AnchorStatus,
    Annotation,
    annotations_for_passage,
    make_annotation,
)
from viewer.annotations.reanchoring import anchor_in_steps
from viewer.annotations.store import AnnotationFileError
from viewer.annotations.tags import tag_set
from viewer.printable import printable
from viewer.window_document import SAVE_ERRORS, WindowDocument
from viewer.wording import count_of
from widgets.annotation_actions import AnnotationActions
from widgets.annotation_commands import AddAnnotations, RemoveAnnotations, UpdateAnnotation
from widgets.annotation_dock import AnnotationDock
from widgets.annotation_safety import (
    FOREGROUND_BUDGET_SECONDS,
    BackgroundReanchor,
    ask_on_conflict,
    ask_on_quit,
    offer_save_as,
)
from widgets.article_text_view import plain_tooltip
from widgets.main_window import MainWindow

if TYPE_CHECKING:
    from widgets.claim_view import ClaimComparisonView
    from widgets.tag_dialog import TagAnswer

AUTOSAVE_DELAY_MS = 1500
DOCK_WIDTH = 330
ANNOTATION_FILE_FILTER = "Web Annotation JSON-LD (*.jsonld *.json);;All files (*)"

AskTags = Callable[[str, int, "Annotation | None"], "TagAnswer | None"]
"""(quote, number of spans, annotation being edited or None) -> the user's answer or None."""


class AnnotationController(QObject):
    def __init__(self, window: MainWindow, document: WindowDocument,
                 actions: AnnotationActions, *, autosave_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(window)
        self.actions = actions
        self.window = window
        self.workspace = window.workspace
        self.document = document
        self.annotations = document.annotations
        self.undo_stack = QUndoStack(self)
        self.ask: AskTags = self._ask_with_dialog
        """Replaceable (tests): how tags, note and claim are asked for."""
        self.last_error: str | None = None
        # Replaceable (tests): the questions asked when work could be lost.
        self.ask_on_quit = lambda problem: ask_on_quit(self.window, problem)
        self.ask_on_conflict = lambda problem, count: ask_on_conflict(self.window, problem, count)
        self.save_problem_box: QMessageBox | None = None
        """The box saying the file could not be saved here (offering Save As), while shown."""
        self.background = BackgroundReanchor(self)
        self.background.progress.connect(self._reanchor_progress)
        self.background.finished.connect(self._apply_anchored)
        self._reanchor_revision = -1

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.save_now)

        self.dock = AnnotationDock(self.annotations, self._title_of,
                                   lambda: list(self.workspace.corpus.ids), self.reveal,
                                   self.edit, self.delete, window)
        self.claim_view: ClaimComparisonView | None = None
        """Made when first shown (View › Claim comparison): not needed to show the window."""
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # Leave the panes most of the width; the dock can be widened or floated.
        window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.status_label)
        self._adopt_actions()

        for signal in (self.annotations.added, self.annotations.removed,
                       self.annotations.changed, self.annotations.reset):
            signal.connect(self._annotations_changed)
        # After the panes are rebuilt (the workspace's shown_changed may come first).
        window.pane_row.panes_changed.connect(self.refresh_marks)
        self.workspace.corpus_changed.connect(self.reanchor)
        self.undo_stack.cleanChanged.connect(self._update_status)
        window.installEventFilter(self)
        if "[*]" not in window.windowTitle():
            window.setWindowTitle(window.windowTitle() + "[*]")
        self.reanchor()
        self.refresh_marks()
        self._update_status()

    # --- actions ----------------------------------------------------------------------------

    def _adopt_actions(self) -> None:
        """Add undo and redo to the window's Edit menu (the other annotation actions are made
        with the window)."""
        window = self.window
        self.undo_action = self.undo_stack.createUndoAction(window, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(window, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit = window.edit_menu
        first = edit.actions()[0] if edit.actions() else None
        edit.insertActions(first, [self.undo_action, self.redo_action])  # type: ignore[arg-type]
        edit.insertSeparator(first)  # type: ignore[arg-type]

    def show_dock(self, shown: bool) -> None:
        self.dock.setVisible(shown)

    def show_claims(self, shown: bool) -> None:
        view = self.claim_view
        if view is None:
            if not shown:
                return
            from widgets.claim_view import ClaimComparisonView

            view = self.claim_view = ClaimComparisonView(
                self.annotations, lambda: self.workspace.corpus.articles, self.window)
            view.undo_stack = self.undo_stack
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, view)
            # The dock's own close button unticks the menu entry.
            view.toggleViewAction().toggled.connect(self.actions.claims_action.setChecked)
        view.setVisible(shown)

    # --- user operations (each pushes one undo command) --------------------------------------

    def tag_selection(self) -> Annotation | None:
        """Tag the text selected in a pane (the focused pane first)."""
        found = self._selection()
        if found is None:
            self.message("Select some text in an article first, then Tag claim")
            return None
        article_id, (start, end) = found
        article = self.workspace.article(article_id)
        answer = self.ask(article.text[start:end], 1, None)
        if answer is None:
            return None
        annotation = make_annotation(article, start, end, tags=answer.tags, note=answer.note,
                                     claim=answer.claim)
        self.undo_stack.push(AddAnnotations(self.annotations, [annotation], "Tag claim"))
        return annotation

    def tag_every_copy(self) -> list[Annotation]:
        """Annotate every occurrence of the selected shared passage at once."""
        passage = self.workspace.selected_passage()
        if passage is None:
            self.message("Select a shared passage first (click one in a pane or the list)")
            return []
        articles = self.workspace.corpus.articles
        first = passage.occurrences[0]
        answer = self.ask(first.text, len(passage.occurrences), None)
        if answer is None:
            return []
        made = annotations_for_passage(passage, articles, tags=answer.tags, note=answer.note,
                                       claim=answer.claim)
        if made:
            self.undo_stack.push(AddAnnotations(self.annotations, made,
                                                f"Tag {len(made)} copies"))
        return made

    def edit(self, annotation: Annotation) -> None:
        answer = self.ask(annotation.exact, 1, annotation)
        if answer is None:
            return
        new = annotation.edited(tags=answer.tags, note=answer.note, claim=answer.claim)
        if new == annotation:
            return
        self.undo_stack.push(UpdateAnnotation(self.annotations, annotation, new,
                                              "Edit annotation"))

    def delete(self, annotations: Sequence[Annotation]) -> None:
        if annotations:
            text = "Delete annotation" if len(annotations) == 1 else (
                f"Delete {len(annotations)} annotations")
            self.undo_stack.push(RemoveAnnotations(self.annotations,
                                                   [a.id for a in annotations], text))

    def reveal(self, annotation: Annotation) -> None:
        if (annotation.status is AnchorStatus.ORPHANED
                or annotation.article_id not in self.workspace.corpus):
            self.message("This annotation is orphaned: its text was not found in the open "
                          "articles (it is kept in the file)")
            return
        self.window.reveal_range(annotation.article_id, annotation.start, annotation.end)

    # --- keeping views and file in step ------------------------------------------------------

    def _annotations_changed(self, *_args: object) -> None:
        self.refresh_marks()
        if self.document.path is not None and not self.document.blocked:
            self.autosave_timer.start()
        self._update_status()

    def refresh_marks(self, *_args: object) -> None:
        spans = spans_by_article(self.annotations)
        for pane in self.window.text_panes():
            if pane.article_id not in self.workspace.corpus:
                continue  # being removed: corpus_changed comes before the panes are rebuilt
            pane.set_annotation_ranges(sorted(spans.get(pane.article_id, [])))

    def reanchor(self, *_args: object) -> None:
        """Re-anchor every annotation against the articles now open (orphans stay in the set);
        a large set in the background (the window keeps answering, progress in the status)."""
        if not len(self.annotations):
            self.background.cancel()
            return
        current = self.annotations.annotations
        self._reanchor_revision = self.annotations.revision
        self.background.cancel()
        deadline = time.monotonic() + FOREGROUND_BUDGET_SECONDS
        anchored = anchor_in_steps(current, self.workspace.corpus.articles,
                                   cancelled=lambda: time.monotonic() > deadline)
        if anchored is not None:  # quick enough: done at once, as the user expects
            self._apply_anchored(anchored)
            return
        self.background.start(current, self.workspace.corpus.articles)
        self._reanchor_progress(0.0)

    def _reanchor_progress(self, share: float) -> None:
        self.status_label.setText(f"Re-anchoring {count_of(len(self.annotations), 'annotation')}"
                                  f"… {share:.0%}")

    def _apply_anchored(self, anchored: list[Annotation]) -> None:
        if self.annotations.revision != self._reanchor_revision:
            self.reanchor()  # changed meanwhile (an edit, a merge): that result is stale
            return
        current = self.annotations.annotations
        if any(new != old for new, old in zip(anchored, current, strict=True)):
            # Undo commands hold the old spans; they would put stale positions back.
            self.undo_stack.clear()
            self.annotations.replace_all(anchored)
        self._update_status()

    def save_now(self) -> bool:
        """Write the annotation file now if anything changed; False if it could not be."""
        self.autosave_timer.stop()
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
        merged = self.document.last_merged if isinstance(self.document, AnnotationDocument) else 0
        if merged:
            self.undo_stack.clear()  # its commands hold states from before the merge
            self.message(f"Merged {count_of(merged, 'change')} made in "
                          "another window")
            self.reanchor()
        self.undo_stack.setClean()
        self._update_status()
        return True

    def _save_failed(self, error: Exception) -> None:
        """Say so; when saving elsewhere may work (read-only folder, full disk), offer Save As
        once per problem, without blocking. The annotations stay in memory."""
        text = str(error)
        self.message(f"Annotations not saved: {text}")
        if getattr(error, "save_elsewhere", False) and text != self.last_error:
            if self.save_problem_box is not None:
                self.save_problem_box.close()
            self.save_problem_box = offer_save_as(self.window, text, self.choose_save_as)
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
            if self.choose_save_as():
                return True

    def _update_status(self, *_args: object) -> None:
        saved = self.document.is_saved and self.undo_stack.isClean()
        nothing_to_lose = self.document.nothing_to_lose
        self.window.setWindowModified(not saved and not nothing_to_lose)
        if self.document.path is None:
            where = "Annotations are kept only until you quit (no annotation file)"
        elif self.document.blocked:
            where = f"Annotations not saved: {self.document.blocked}. Use Save annotations as…"
        else:
            state = "saved" if saved else (
                "nothing to save yet" if nothing_to_lose else "unsaved changes")
            if self.last_error:
                state = "could not save"
            where = f"Annotations: {self.document.path} ({state})"
        if not self.background.busy:  # else it shows the re-anchoring's progress
            self.status_label.setText(count_of(len(self.annotations), "annotation"))
        self.status_label.setToolTip(plain_tooltip(where))
        self.dock.set_location(where)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close \
                and not self.confirm_close():
            event.ignore()
            return True  # the window stays open with the work in it
        return False

    # --- files ------------------------------------------------------------------------------

    def open_file(self, path: Path) -> bool:
        """Replace the annotations by those in `path` (the current ones are saved first).

        A file another tool wrote is imported instead (widgets.import_annotations), and so is
        any file when a project holds the annotations: the project keeps its own."""
        from widgets.import_annotations import import_file, import_if_foreign

        if not isinstance(self.document, AnnotationDocument):
            return import_file(self, Path(path)) is not None
        if import_if_foreign(self, Path(path)):
            return True
        if not self.document.is_saved and self.document.path is not None:
            self.save_now()
        try:
            self.document.open_instead(Path(path))
        except AnnotationFileError as error:
            self.message(str(error))
            return False
        self.undo_stack.clear()
        self.autosave_timer.stop()
        self.undo_stack.setClean()
        self.reanchor()  # at once, or in the background for a large file
        self._update_status()
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
        try:
            self.document.save_as(path)
        except SAVE_ERRORS as error:
            self.message(str(error))
            return False
        self.last_error = None
        if self.save_problem_box is not None:
            self.save_problem_box.close()
            self.save_problem_box = None
        self.undo_stack.setClean()
        self._update_status()
        return True

    def choose_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open annotations",
                                              str(self._folder()), ANNOTATION_FILE_FILTER)
        if path:
            self.open_file(Path(path))

    def choose_save_as(self) -> bool:
        if not isinstance(self.document, AnnotationDocument):
            # The project is the annotations' home; this writes a copy to share.
            path, _ = QFileDialog.getSaveFileName(self.window, "Save a copy of the annotations",
                                                  str(self._folder() / "annotations.jsonld"),
                                                  ANNOTATION_FILE_FILTER)
            return bool(path) and self.export_to(Path(path))
        path = self.choose_save_path()
        return bool(path) and self.save_as(Path(path))

    def choose_save_path(self) -> str:
        """Ask where to save (replaceable in tests); "" when the user cancels."""
        path, _ = QFileDialog.getSaveFileName(self.window, "Save annotations as",
                                              str(self._folder() / "annotations.jsonld"),
                                              ANNOTATION_FILE_FILTER)
        return path

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, "Export annotations", str(self._export_folder() / "annotations.html"),
            "HTML report (*.html);;CSV spreadsheet (*.csv);;Web Annotation JSON-LD (*.jsonld)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write an export chosen by the file's extension (.html, .csv, else JSON-LD)."""
        from viewer.annotations.export import to_csv, to_html
        from viewer.annotations.store import atomic_write_bytes
        from viewer.annotations.w3c import dumps_collection

        articles = self.workspace.corpus.articles
        items = self.annotations.annotations
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm"):
            data = to_html(items, self.annotations.claims, articles,
                           title=self.document.path.name if self.document.path else
                           "annotations").encode("utf-8")
        elif suffix == ".csv":
            data = to_csv(items, articles).encode("utf-8-sig")
        else:
            data = dumps_collection(items, self.annotations.claims,
                                    self.annotations.collection_id).encode("utf-8")
        if self.document.path is not None and path.resolve() == self.document.path.resolve():
            self.message("Choose another file: that is the annotation file itself")
            return False
        try:
            atomic_write_bytes(path, data)
        except OSError as error:
            self.message(f"{printable(path)}: could not be written ({error.strerror or error})")
            return False
        self.message(f"Exported {count_of(len(items), 'annotation')} to {printable(path)}")
        return True

    def _folder(self) -> Path:
        return self.document.path.parent if self.document.path else Path.home()

    def _export_folder(self) -> Path:
        """Exports are for people: start in the corpus or documents folder, never in the hidden
        per-user data folder the annotation file may live in (issue 15)."""
        from PySide6.QtCore import QStandardPaths

        from viewer.passage_reports import export_folder

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return export_folder(getattr(self.window, "corpus_paths", []),
                             Path(documents) if documents else None)

    def refresh_status(self) -> None:
        """Show the document's saved state again (after a change outside the annotations)."""
        self._update_status()

    # --- helpers ----------------------------------------------------------------------------

    def _selection(self) -> tuple[str, tuple[int, int]] | None:
        panes = self.window.text_panes()
        focused = [p for p in panes if p.editor.hasFocus()]
        for pane in [*focused, *panes]:
            chosen = pane.selected_range()
            if chosen is not None and chosen[1] > chosen[0]:
                return pane.article_id, chosen
        return None

    def _title_of(self, article_id: str) -> str:
        if article_id in self.workspace.corpus:
            article = self.workspace.article(article_id)
            return article.title or article_id
        return article_id

    def message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _ask_with_dialog(self, quote: str, count: int, editing: Annotation | None
                         ) -> TagAnswer | None:
        # Imported on first use: the dialogs are not needed to show the window.
        from PySide6.QtWidgets import QDialog

        from widgets.tag_dialog import TagDialog

        dialog = TagDialog(
            quote, tag_set(self.annotations.tags_in_use()), self.annotations.claim_names,
            chosen=editing.tags if editing else (), note=editing.note if editing else "",
            claim=editing.claim if editing else None, count=count, parent=self.window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.answer()
        finally:
            dialog.deleteLater()


def open_document(corpus_paths: Sequence[Path | str],
                  data_dir: Path | str | None) -> AnnotationDocument:
    """The annotation file for this corpus in `data_dir` (None: annotations kept in memory).

    A file that cannot be read (or is from a newer version) is left untouched: the document is
    empty and `blocked` says why; saving is blocked until the user chooses Save annotations as.
    """
    if data_dir is None:
        return AnnotationDocument()
    return AnnotationDocument.open_or_block(default_annotation_file(list(corpus_paths), data_dir))


def install_annotations(window: MainWindow, *, corpus_paths: Sequence[Path | str] = (),
                        data_dir: Path | str | None = None) -> AnnotationController:
    """Give `window` claim annotation, installed now (tests; the app installs it on first use
    through `MainWindow.add_annotation_gui`)."""
    return window.add_annotation_gui(corpus_paths=corpus_paths,
                                     data_dir=data_dir).ensure_controller()
