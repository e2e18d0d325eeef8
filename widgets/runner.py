"""Loading and alignment off the GUI thread (QThreadPool), with progress and cancel.

Each job gets a fresh `CancelToken`; outcomes come back through queued signals to this object in
the GUI thread. An alignment job carries the workspace generation it was started for, so the
window can drop a stale result.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from viewer.cancel import Cancelled, CancelToken
from viewer.passages import AlignmentResult
from viewer.workspace import AlignmentRequest, prepare_result

Aligner = Callable[..., AlignmentResult]
Loader = Callable[..., Any]
Work = Callable[[CancelToken, Callable[[float], None]], object]


class _JobSignals(QObject):
    progress = Signal(int, float)
    finished = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)


class _Job(QRunnable):
    def __init__(self, key: int, work: Work, token: CancelToken, signals: _JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.key = key
        self.work = work
        self.token = token
        self.signals = signals
        self._last_progress = -1.0

    def _progress(self, fraction: float) -> None:
        # Called in the worker; throttled so the GUI thread gets at most ~100 events per job.
        if fraction - self._last_progress >= 0.01 or fraction >= 1.0:
            self._last_progress = fraction
            self.signals.progress.emit(self.key, float(fraction))

    def run(self) -> None:
        try:
            outcome = self.work(self.token, self._progress)
        except Cancelled:
            self.signals.cancelled.emit(self.key)
        except Exception as error:  # a bug in the work must not take the window down
            traceback.print_exc()
            self.signals.failed.emit(self.key, f"{type(error).__name__}: {error}")
        else:
            if self.token.cancelled:
                self.signals.cancelled.emit(self.key)
            else:
                self.signals.finished.emit(self.key, outcome)


@dataclass
class _Running:
    kind: str
    token: CancelToken
    generation: int = -1
    reveal: bool = False


class BackgroundRunner(QObject):
    """Runs load and align jobs on a thread pool; one alignment at a time (a new one cancels)."""

    loaded = Signal(object, bool)
    """emit(LoadReport, reveal): files read; the window adds the articles and aligns."""
    aligned = Signal(int, object)
    """emit(generation, PreparedResult): the result with the lists' rows, made in the worker."""
    progress = Signal(float)
    failed = Signal(str)
    cancelled = Signal()
    busy_changed = Signal(bool)
    """True when the first job starts, False once the last one has ended (after its outcome)."""

    def __init__(self, aligner: Aligner, loader: Loader, parent: QObject | None = None, *,
                 process_threshold: int | None = None) -> None:
        super().__init__(parent)
        self.aligner = aligner
        self.loader = loader
        self.process_threshold = process_threshold
        """Corpora with more characters go to a child process (None: always a thread)."""
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._signals = _JobSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._running: dict[int, _Running] = {}
        self._next_key = 0

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @property
    def aligning(self) -> bool:
        return any(r.kind == "align" for r in self._running.values())

    def load(self, paths: Sequence[Path], taken_ids: Collection[str], *, reveal: bool) -> None:
        loader, paths, taken = self.loader, list(paths), tuple(taken_ids)

        def work(token: CancelToken, progress: Callable[[float], None]) -> object:
            return loader(paths, taken_ids=taken)

        self._start(work, _Running("load", CancelToken(), reveal=reveal))

    def align(self, request: AlignmentRequest) -> None:
        """Align in the background; a running alignment is cancelled first."""
        self.cancel_alignment()
        aligner = self.aligner
        size = sum(len(a.text) for a in request.articles)
        in_process = self.process_threshold is not None and size > self.process_threshold

        def work(token: CancelToken, progress: Callable[[float], None]) -> object:
            if in_process:
                from widgets.process_align import align_in_process

                return align_in_process(request, token, progress)
            result = aligner(request.articles, progress=progress, cancel=token)
            token.raise_if_cancelled()
            return prepare_result(request, result)

        self._start(work, _Running("align", CancelToken(), generation=request.generation))

    def cancel_alignment(self) -> None:
        for running in self._running.values():
            if running.kind == "align":
                running.token.cancel()

    def cancel_all(self) -> None:
        for running in self._running.values():
            running.token.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _start(self, work: Work, running: _Running) -> None:
        key = self._next_key
        self._next_key += 1
        was_busy = self.busy
        self._running[key] = running
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(_Job(key, work, running.token, self._signals))

    def _on_progress(self, key: int, fraction: float) -> None:
        running = self._running.get(key)
        if running is not None and running.kind == "align" and not running.token.cancelled:
            self.progress.emit(fraction)

    def _on_finished(self, key: int, outcome: object) -> None:
        running = self._running.get(key)
        if running is not None:
            if running.kind == "load":
                self.loaded.emit(outcome, running.reveal)
            elif not running.token.cancelled:
                self.aligned.emit(running.generation, outcome)
        self._end(key)

    def _on_failed(self, key: int, message: str) -> None:
        self.failed.emit(message)
        self._end(key)

    def _on_cancelled(self, key: int) -> None:
        running = self._running.get(key)
        # A job cancelled because a newer alignment replaced it is not news for the user.
        if running is not None and not self._superseded(key):
            self.cancelled.emit()
        self._end(key)

    def _superseded(self, key: int) -> bool:
        return any(k > key and r.kind == "align" for k, r in self._running.items())

    def _end(self, key: int) -> None:
        if self._running.pop(key, None) is not None and not self._running:
            self.busy_changed.emit(False)
