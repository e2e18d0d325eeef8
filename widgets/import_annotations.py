"""File › Import annotations…: merge another tool's annotation file into the window's annotations.

The work is Qt-free (`viewer.annotations.importing`: anchor, merge by `id`, the summary); this
module asks for the file, reads and anchors it off the GUI thread (`BackgroundImport`), applies
the result as one undo step (claim groups and new annotations added, newer versions replacing
older ones) and shows the summary: how many were imported, new, updated, anchored and orphaned,
with the orphans' reasons. File › Open annotations… is here too (`open_annotations`): a file
that is not Parallax's own is imported, so that file is never overwritten by the autosave.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.importing import (
    ImportResult,
    ImportTooLarge,
    anchored_for_import,
    merge_import,
    plan_import,
)
from viewer.annotations.model import Annotation, ClaimGroup
from viewer.annotations.store import AnnotationFileError, load_collection
from viewer.annotations.text_limits import within_import_limits
from viewer.annotations.w3c import ParsedCollection
from viewer.corpus import Article
from viewer.wording import before_counts, count_of
from widgets.annotation_commands import AddAnnotations, UpdateAnnotation
from widgets.annotation_safety import ANNOTATION_FILE_FILTER
from widgets.window_chrome import StatusWidgets

if TYPE_CHECKING:
    from widgets.annotation_controller import AnnotationController

IMPORT_FILE_FILTER = ("Web Annotation, Hypothesis or Readium JSON "
                      "(*.jsonld *.json *.jsonl *.ndjson *.ann);;All files (*)")

ShowSummary = Callable[[QWidget, Sequence[str]], None]
NOTHING_IMPORTED = "Nothing imported:"
IMPORTING = "importing annotations"
"""What the window's Cancel stops (its tooltip says it)."""


def show_summary(parent: QWidget, lines: Sequence[str]) -> None:
    """The import summary in a message box that does not block (plain text only); a file that
    could not be used is a warning titled so, not "Annotations imported"."""
    failed = lines[0].startswith(NOTHING_IMPORTED)
    box = QMessageBox(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
                      "Nothing imported" if failed else "Annotations imported", lines[0],
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if len(lines) > 1:
        box.setInformativeText("\n".join(line.strip() for line in lines[1:]))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class AddClaimGroups(QUndoCommand):
    def __init__(self, annotation_set: AnnotationSet, groups: Sequence[ClaimGroup]) -> None:
        super().__init__("Add claim groups")
        self.annotation_set = annotation_set
        self.groups = tuple(g for g in groups if g.name not in annotation_set.claim_names)

    def redo(self) -> None:
        for group in self.groups:
            self.annotation_set.add_claim(group)

    def undo(self) -> None:
        for group in reversed(self.groups):
            self.annotation_set.remove_claim(group.name)


def choose_and_import(controller: AnnotationController) -> None:
    from widgets.file_dialogs import open_file_name

    path = open_file_name(controller.window, "Import annotations", IMPORT_FILE_FILTER)
    if path:
        importer_for(controller).start(Path(path))


class _Signals(QObject):
    read = Signal(int, object, object)
    failed = Signal(int, str)
    progress = Signal(int, int, float)
    """key, how many annotations the file holds (0: still reading it), the share done."""


class _ReadAndAnchor(QRunnable):
    """Off the GUI thread: read the file and anchor its annotations (what grows with it), with
    progress and a cancel; refuse them when `saved_in` (the window's annotation file) could
    never hold them with `current` (`importing.anchored_for_import`)."""

    def __init__(self, key: int, path: Path, articles: tuple[Article, ...],
                 signals: _Signals, *, current: tuple[Annotation, ...] = (),
                 current_claims: tuple[ClaimGroup, ...] = (), saved_in: Path | None = None
                 ) -> None:
        super().__init__()
        self.key, self.path, self.articles, self.signals = key, path, articles, signals
        self.current, self.current_claims, self.saved_in = current, current_claims, saved_in
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            parsed = within_import_limits(load_collection(self.path), self.path.name)
            if self.cancelled.is_set():
                return
            count = len(parsed.annotations)
            anchored = anchored_for_import(
                parsed, self.articles, current=self.current, current_claims=self.current_claims,
                saved_in=None if self.saved_in is None else str(self.saved_in),
                progress=lambda share: self._emit(self.signals.progress, count, share),
                cancelled=self.cancelled.is_set)
        except ImportTooLarge as error:
            self._emit(self.signals.failed, f"{self.path}: {error}")
        except AnnotationFileError as error:
            self._emit(self.signals.failed, str(error))
        except Exception as error:  # a bug must not take the window down
            self._emit(self.signals.failed, f"{self.path}: could not be imported "
                                            f"({type(error).__name__}: {error})")
        else:
            if anchored is not None:  # (else cancelled: the window has said so)
                self._emit(self.signals.read, parsed, anchored)

    def _emit(self, signal: SignalInstance, *values: object) -> None:
        # The window may have closed meanwhile (its importer and these signals deleted).
        with contextlib.suppress(RuntimeError):
            signal.emit(self.key, *values)


class BackgroundImport(QObject):
    """File › Import annotations… for one window: reads and anchors in the background, then
    merges on the GUI thread. A newer import supersedes one still running (its result is
    dropped); the corpus changing meanwhile re-anchors what was imported."""

    finished = Signal(object)
    """The ImportResult, or None when the file could not be used."""

    def __init__(self, controller: AnnotationController, *, show: ShowSummary | None = None
                 ) -> None:
        super().__init__(controller)
        self.controller = controller
        self.show: ShowSummary = show or (lambda parent, lines: show_summary(parent, lines))
        self.signals = _Signals(self)
        self.signals.read.connect(self._read)
        self.signals.failed.connect(self._failed)
        self.signals.progress.connect(self._progress)
        self._key = 0
        self._started: dict[int, tuple[Path, tuple[Article, ...], _ReadAndAnchor]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._started)

    def start(self, path: Path) -> None:
        from viewer.annotations.document import AnnotationDocument

        self.cancel(quietly=True)  # (a newer import supersedes one still running)
        self._key += 1
        articles = tuple(self.controller.workspace.corpus.articles)
        document, annotations = self.controller.document, self.controller.annotations
        # Only an annotation file has a size Parallax opens; a project keeps a row each.
        saved_in = document.path if isinstance(document, AnnotationDocument) else None
        work = _ReadAndAnchor(self._key, path, articles, self.signals,
                              current=tuple(annotations.annotations),
                              current_claims=tuple(annotations.claims), saved_in=saved_in)
        self._started = {self._key: (path, articles, work)}
        self._progress(self._key, 0, 0.0)
        self._status().running(IMPORTING, self.cancel)
        QThreadPool.globalInstance().start(work)

    def cancel(self, *, quietly: bool = False) -> None:
        """The status bar's Cancel: the import stops and nothing of it is taken in."""
        for path, _articles, work in self._started.values():
            work.cancelled.set()
            if not quietly:
                self.controller.message(f"Import of {path.name} cancelled: nothing was imported")
        self._started.clear()
        self._ended()

    def _progress(self, key: int, count: int, share: float) -> None:
        """In the status bar's annotation count, which a menu's tip does not replace (the
        import's message did: a tester saw nothing for five minutes)."""
        started = self._started.get(key)
        if started is None:
            return
        what = f"{count_of(count, 'annotation')} from {started[0].name}" if count \
            else f"annotations from {started[0].name}"
        label = self.controller.status_label
        label.setText(before_counts(f"Importing {what}… {share:.0%}"))
        label.show()

    def _status(self) -> StatusWidgets:
        return self.controller.window.status_widgets

    def _ended(self) -> None:
        self._status().running(IMPORTING, None)
        self.controller.refresh_status()

    def _read(self, key: int, parsed: ParsedCollection, anchored: tuple[Annotation, ...]
              ) -> None:
        started = self._started.pop(key, None)
        if started is None:
            return  # superseded by a newer import, or cancelled
        self._ended()
        path, articles, _work = started
        annotations = self.controller.annotations
        result = merge_import(annotations.annotations, annotations.claims, parsed, anchored,
                              file_name=path.name)
        apply_import(self.controller.undo_stack, annotations, result)
        if tuple(self.controller.workspace.corpus.articles) != articles:
            self.controller.reanchor()  # the articles changed while the file was read
        lines = result.summary_lines()
        self.controller.window.statusBar().showMessage(lines[0], 8000)
        self.show(self.controller.window, lines)
        self.finished.emit(result)

    def _failed(self, key: int, message: str) -> None:
        if self._started.pop(key, None) is None:
            return
        self._ended()
        self.controller.window.statusBar().showMessage(message, 8000)
        self.show(self.controller.window, [f"{NOTHING_IMPORTED} {message}"])
        self.finished.emit(None)


def importer_for(controller: AnnotationController) -> BackgroundImport:
    """The window's background importer (made on first use)."""
    found = controller.findChild(BackgroundImport)
    return found if found is not None else BackgroundImport(controller)


def import_file(controller: AnnotationController, path: Path,
                parsed: ParsedCollection | None = None, *, show: ShowSummary | None = None
                ) -> ImportResult | None:
    """Import `path` (already parsed, or read now) into the controller's annotations, on this
    thread (File › Open annotations… reads its file so too)."""
    show = show or show_summary
    if parsed is None:
        try:
            parsed = load_collection(path)
        except AnnotationFileError as error:
            controller.window.statusBar().showMessage(str(error), 8000)
            show(controller.window, [f"{NOTHING_IMPORTED} {error}"])
            return None
    annotations = controller.annotations
    result = plan_import(annotations.annotations, annotations.claims, parsed,
                         controller.workspace.corpus.articles, file_name=path.name)
    apply_import(controller.undo_stack, annotations, result)
    lines = result.summary_lines()
    controller.window.statusBar().showMessage(lines[0], 8000)
    show(controller.window, lines)
    return result


def apply_import(undo_stack: QUndoStack, annotations: AnnotationSet, result: ImportResult
                 ) -> None:
    """Apply `result` to `annotations` as one undo step on `undo_stack`."""
    if not (result.added or result.updated or result.new_claims):
        return
    changed = len(result.added) + len(result.updated)
    undo_stack.beginMacro(f"Import {count_of(changed, 'annotation')}")
    if result.new_claims:
        undo_stack.push(AddClaimGroups(annotations, result.new_claims))
    if result.added:
        undo_stack.push(AddAnnotations(annotations, result.added, "Import annotations"))
    for old, new in result.updated:
        undo_stack.push(UpdateAnnotation(annotations, old, new, "Import annotations"))
    undo_stack.endMacro()


def import_if_foreign(controller: AnnotationController, path: Path) -> bool:
    """For File › Open annotations…: a file Parallax did not write is imported (and left as it
    is) instead of becoming the window's annotation file; True if it was."""
    try:
        parsed = load_collection(path)
    except AnnotationFileError:
        return False  # opening reports it
    if parsed.native:
        return False
    import_file(controller, path, parsed)
    return True


def open_annotations(controller: AnnotationController, path: Path) -> bool:
    """File › Open annotations…: the window's annotations are replaced by those in `path` (the
    current ones saved first). A file another tool wrote is imported instead, and so is any
    file when a project holds the annotations: the project keeps its own."""
    from viewer.annotations.document import AnnotationDocument

    if not isinstance(controller.document, AnnotationDocument):
        return import_file(controller, path) is not None
    if import_if_foreign(controller, path):
        return True
    return controller.open_instead(path)


def choose_and_open(controller: AnnotationController) -> None:
    from widgets.file_dialogs import open_file_name

    path = open_file_name(controller.window, "Open annotations", ANNOTATION_FILE_FILTER)
    if path:
        open_annotations(controller, Path(path))
