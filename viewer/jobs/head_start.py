"""Backend: a head start for the window. The corpus it opens on is loaded and aligned in a child
process forked at start-up, while the GUI process imports Qt and builds the window.

Start-up is mostly Python imports: Qt and the widgets in the GUI process, numpy and the engine
for the alignment. In one process they take turns on the GIL; a child forked before Qt is
imported runs them on another core at the same time. The child sends three messages down a
pipe as soon as it has them: whether it aligns the files (not a corpus too large to align
without progress, which the window aligns as usual), the `LoadReport`, then the
`AlignmentResult`.
The session's load and alignment jobs take these instead of computing them when they ask for
exactly the same thing (`viewer.jobs.choice.Backends`), and compute as usual otherwise, or if the
child fails in any way.
Results are identical: the child runs the same functions with the same arguments. When both
answers are in the pipe as the window is built, or come within a moment the caller chooses,
`answers_if_ready` hands them over, so the window's first paint can be the highlighted result.

Only on Linux (fork is cheap and safe there) and only while the process has a single thread and
no Qt: a fork after Qt or other threads have started could inherit a held lock. So this module
imports nothing heavy at module level: the app imports it, and forks, before anything else.

`HeadStart` is the child and its pipe protocol; `HeadStartAligner` is the job layer's view of
it: the loader's answer for the first paths, and an `Aligner` for exactly the request the child
aligned (the same articles, the default engine settings).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from viewer.cancel import Cancelled, CancelToken, ProgressCallback

if TYPE_CHECKING:
    from viewer.corpus import Article, LoadReport
    from viewer.jobs.aligner import Engine
    from viewer.jobs.job import Job
    from viewer.jobs.request import AlignmentRequest
    from viewer.passages import AlignmentResult
    from viewer.prepared_result import PreparedResult

_POLL_SECONDS = 0.05
"""How often a wait for the child looks at the cancel token."""
_LENGTH_BYTES = 8
"""Each message is its pickle's length, then the pickle."""
_UNREADABLE = (EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError)
"""What unpickling a missing or damaged message raises."""


class HeadStart:
    """The child process and the two answers it will give (each can be taken once)."""

    def __init__(self, pid: int, reader: int, paths: tuple[Path, ...]) -> None:
        self._pid = pid
        self._reader: int | None = reader
        self._paths = paths
        self._lock = threading.Lock()
        self._report: Any = None
        self._report_taken = False
        self._buffer = bytearray()
        """Bytes read from the pipe and not yet taken as a message."""

    @classmethod
    def begin(cls, paths: Sequence[Path], *, align_limit_chars: int) -> HeadStart | None:
        """Fork the child for `paths` (the loader's arguments), or None where that is unsafe.

        The child aligns only corpora of at most `align_limit_chars` characters (larger ones are
        aligned by the window, with progress and in its own child process)."""
        if not _fork_is_safe():
            return None
        chosen = tuple(Path(p) for p in paths)
        reader, writer = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(reader)
            os.close(writer)
            return None
        if pid == 0:  # the child: never returns
            os.close(reader)
            _child(writer, chosen, align_limit_chars)
        os.close(writer)
        return cls(pid, reader, chosen)

    def report_for(self, paths: Sequence[Path], taken_ids: Collection[str]) -> Any:
        """The child's `LoadReport` if it was made for these loader arguments, else None."""
        with self._lock:
            if self._report_taken or tuple(taken_ids) or \
                    tuple(Path(p) for p in paths) != self._paths:
                return None
            self._report_taken = True
            aligning = self._receive(None)
            self._report = self._receive(None) if aligning is not None else None
            if not aligning:
                self.close()
            return self._report

    def result_for(self, articles: Sequence[Any], cancel: CancelToken | None) -> Any:
        """The child's `AlignmentResult` if it aligned exactly `articles`, else None (and the
        child, whose answer can no longer be used, is stopped).

        Raises `Cancelled` if `cancel` is set while waiting (the child is then stopped too)."""
        with self._lock:
            if self._reader is None:
                return None
            if self._report is None or tuple(articles) != tuple(self._report.articles):
                self.close()
                return None
            try:
                return self._receive(cancel)
            finally:
                self.close()

    def will_answer(self, articles: Sequence[Article]) -> bool:
        """Whether `result_for(articles)` can still give the child's alignment (it was asked
        for the report of exactly these articles, and the child aligns them)."""
        # No lock: the GUI thread asks this while a job may hold the lock for as long as the
        # child takes. Each attribute read is set once, by the job that took the report.
        report = self._report
        return self._reader is not None and report is not None and \
            tuple(articles) == tuple(report.articles)

    def answers_if_ready(self, paths: Sequence[Path], *,
                         wait_seconds: float = 0.0) -> tuple[Any, Any] | None:
        """The child's `LoadReport` and `AlignmentResult` for a first load of `paths`, if it has
        sent both or sends them within `wait_seconds` (never longer; not at all for a corpus it
        does not align). None leaves everything as it was: the answers can still be taken, when
        they come, by `report_for` and `result_for`."""
        with self._lock:
            if self._report_taken or self._reader is None or \
                    tuple(Path(p) for p in paths) != self._paths:
                return None
            deadline = time.monotonic() + wait_seconds
            ended = False
            while True:
                if not ended:
                    try:
                        while self._read_available(0):
                            pass
                    except (EOFError, OSError):
                        ended = True  # the child has ended: what it sent is in the buffer
                ends = self._complete_messages(3)
                if ends and not self._aligns(ends[0]):
                    return None  # it does not align these files (or sent something unreadable)
                if len(ends) == 3:
                    break
                remaining = deadline - time.monotonic()
                if ended or remaining <= 0:
                    return None
                select.select([self._reader], [], [], remaining)  # until more comes, or time is up
            try:
                _aligning, report, result = (self._pop_message() for _ in range(3))
            except _UNREADABLE:
                return None
            finally:
                self.close()
            self._report_taken = True
            self._report = report
            return report, result

    def _aligns(self, first_end: int) -> bool:
        try:
            return bool(pickle.loads(self._buffer[_LENGTH_BYTES:first_end]))
        except _UNREADABLE:
            return False

    def _complete_messages(self, most: int) -> list[int]:
        """Where each message wholly in the buffer ends (at most `most` of them)."""
        ends: list[int] = []
        start = 0
        while len(ends) < most and (end := self._message_end(start)) is not None:
            ends.append(end)
            start = end
        return ends

    def close(self) -> None:
        """Stop the child if it is still working and reap it, dropping whatever it sent that was
        not taken (safe to call twice)."""
        self._buffer.clear()
        if self._reader is None:
            return
        os.close(self._reader)
        self._reader = None
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._pid, signal.SIGTERM)  # it has usually exited already
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)

    def _receive(self, cancel: CancelToken | None) -> Any:
        """The next message from the child; None if it failed or ended early."""
        try:
            while self._message_end(0) is None:
                if not self._read_available(_POLL_SECONDS) and \
                        cancel is not None and cancel.cancelled:
                    self.close()
                    raise Cancelled()
            return self._pop_message()
        except (OSError, *_UNREADABLE):
            self.close()
            return None

    def _pop_message(self) -> Any:
        """Unpickle the message wholly at the start of the buffer and drop it from the buffer."""
        end = self._message_end(0)
        if end is None:
            raise EOFError
        message = pickle.loads(self._buffer[_LENGTH_BYTES:end])
        del self._buffer[:end]
        return message

    def _message_end(self, start: int) -> int | None:
        """Where the message starting at `start` of the buffer ends, if it is all there."""
        if len(self._buffer) < start + _LENGTH_BYTES:
            return None
        size = int.from_bytes(self._buffer[start:start + _LENGTH_BYTES], "little")
        end = start + _LENGTH_BYTES + size
        return end if len(self._buffer) >= end else None

    def _read_available(self, wait_seconds: float) -> bool:
        """Add what the pipe holds to the buffer, waiting up to `wait_seconds` for something;
        False if nothing came. Raises EOFError once the child has closed its end."""
        # Raw reads on the descriptor: a buffered reader could hold bytes select() cannot see.
        if self._reader is None:
            raise EOFError
        if not select.select([self._reader], [], [], wait_seconds)[0]:
            return False
        chunk = os.read(self._reader, 1 << 20)
        if not chunk:
            raise EOFError
        self._buffer += chunk
        return True


def _fork_is_safe() -> bool:
    return (sys.platform.startswith("linux") and hasattr(os, "fork")
            and threading.active_count() == 1
            and not any(name.startswith("PySide6") for name in sys.modules))


def _child(writer: int, paths: tuple[Path, ...], align_limit_chars: int) -> None:
    """Load, send (report, aligning), align, send the result; then leave without running the
    parent's exit handlers. Any failure just ends the child: the window does the work itself."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the window, not for us
        # numpy's OpenBLAS starts a thread per core on import, about 50 ms of CPU taken from the
        # window being built; the engine does no linear algebra, and this child does nothing else.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        from viewer.loading import load_paths

        report = load_paths(list(paths), taken_ids=())
        aligning = len(report.articles) > 1 and \
            sum(len(a.text) for a in report.articles) <= align_limit_chars
        _send(writer, aligning)
        _send(writer, report)
        if aligning:
            from viewer.engine import find_shared_passages

            _send(writer, find_shared_passages(report.articles))
        status = 0
    except BaseException:  # nothing may escape a forked child
        pass
    finally:
        os._exit(status)


def _send(writer: int, value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(len(data).to_bytes(_LENGTH_BYTES, "little") + data)
    while view:
        view = view[os.write(writer, view):]




class HeadStartAligner:
    """The job layer's view of a `HeadStart`: the first load's report, and an `Aligner` for the
    one request the child aligned. `fallback` aligns (in the job's thread) if the child fails."""

    def __init__(self, head_start: HeadStart, fallback: Engine | None = None) -> None:
        self.head_start = head_start
        self._fallback = fallback
        self._ready: tuple[tuple[Article, ...], AlignmentResult] | None = None
        """The alignment `first_load` found ready, kept for the request that follows it."""
        self._spent = False
        """A job has taken (or is waiting for) the child's alignment: it is given once."""

    def first_load(self, paths: Sequence[Path], *, wait_seconds: float) -> LoadReport | None:
        """The report for a first load of `paths` if the child has sent it and its alignment, or
        sends both within `wait_seconds`; the alignment is then served at once by `submit`."""
        ready = self.head_start.answers_if_ready(paths, wait_seconds=wait_seconds)
        if ready is None:
            return None
        report, result = ready
        self._ready = (tuple(report.articles), result)
        return cast("LoadReport", report)

    def report_for(self, paths: Sequence[Path], taken_ids: Collection[str]) -> LoadReport | None:
        """The child's report for these loader arguments (waiting for it), else None."""
        return cast("LoadReport | None", self.head_start.report_for(paths, taken_ids))

    def serves(self, request: AlignmentRequest) -> bool:
        """True for the request the child aligned: the same articles, the default settings."""
        from viewer.passages import EngineSettings

        if self._spent or request.settings != EngineSettings():
            return False
        if self._ready is not None:
            return self._ready[0] == request.articles
        return self.head_start.will_answer(request.articles)

    def submit(self, request: AlignmentRequest,
               progress: ProgressCallback | None = None) -> Job[PreparedResult]:
        from viewer.jobs.job import Job
        from viewer.prepared_result import prepare_result

        self._spent = True
        if self._ready is not None and self._ready[0] == request.articles:
            # Work that grows with the corpus, in the caller's (GUI) thread: bounded, since the
            # child aligns only corpora the engine handles in a fraction of a second.
            result = self._ready[1]
            self._ready = None
            return Job.finished(prepare_result(request.articles, result, request.pane_limit))
        head_start, fallback = self.head_start, self._fallback

        def work(token: CancelToken, report: ProgressCallback) -> PreparedResult:
            # The child sends no progress (it aligns at most PROCESS_THRESHOLD_CHARS, well under
            # a second): the job reports nothing until its answer is in.
            result = head_start.result_for(request.articles, token)
            if result is None:  # the child failed or aligned something else: do it here
                from viewer.jobs.aligner import real_engine

                engine = fallback or real_engine
                result = engine(request.articles, request.settings, progress=report,
                                cancel=token)
            token.raise_if_cancelled()
            report(1.0)
            return prepare_result(request.articles, result, request.pane_limit)

        return Job.start(work, progress, name="parallax-head-start")

    def close(self) -> None:
        """Stop the child if it is still working (safe to call twice)."""
        self._ready = None
        self.head_start.close()
