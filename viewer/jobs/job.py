"""`Job`: the handle every backend returns for a request: progress, cancel, result.

A job runs its work on a daemon thread (the work itself may wait on a child process). Its outcome
is a `concurrent.futures.Future`: `result()` blocks, `add_done_callback` is called in the worker
thread (or at once, in the caller's, for a job already done). A cancelled job always ends in
`Cancelled`, even if its work finished first: whoever cancelled no longer wants the answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, TypeVar

from viewer.cancel import Cancelled, CancelToken, ProgressCallback

T = TypeVar("T")

Work = Callable[[CancelToken, ProgressCallback], T]
"""What a job runs: it polls the token and reports progress in [0, 1]."""

PROGRESS_STEP = 0.01
"""Progress is passed on in steps of at least this much (the GUI thread gets ~100 events)."""


class JobFailed(Exception):
    """Work that failed for a reason outside Parallax (a process killed, memory exhausted): its
    message is the one line to show the user as it is, not as a failure of the program."""


class Job(Generic[T]):
    """Background work for one request."""

    def __init__(self, progress: ProgressCallback | None = None) -> None:
        self._future: Future[T] = Future()
        self._token = CancelToken()
        self._on_progress = progress
        self._progress = 0.0
        self._thread: threading.Thread | None = None
        self.at_hand = False
        """Made by `finished`: done from the start, with no thread."""

    @classmethod
    def start(cls, work: Work[T], progress: ProgressCallback | None = None, *,
              name: str = "parallax-job") -> Job[T]:
        """Run `work` on a new daemon thread."""
        job: Job[T] = cls(progress)
        job._thread = threading.Thread(target=job._run, args=(work,), name=name, daemon=True)
        job._thread.start()
        return job

    @classmethod
    def finished(cls, value: T) -> Job[T]:
        """A job already done (an answer that was at hand)."""
        job: Job[T] = cls()
        job._progress = 1.0
        job.at_hand = True
        job._future.set_result(value)
        return job

    @property
    def token(self) -> CancelToken:
        return self._token

    @property
    def progress(self) -> float:
        """The last fraction reported, in [0, 1]."""
        return self._progress

    def cancel(self) -> None:
        """Ask the work to stop; `result()` then raises `Cancelled`."""
        self._token.cancel()

    @property
    def cancelled(self) -> bool:
        return self._token.cancelled

    def done(self) -> bool:
        return self._future.done()

    def result(self, timeout: float | None = None) -> T:
        """The outcome, waiting up to `timeout` seconds; raises `Cancelled`, what the work raised,
        or `TimeoutError`."""
        value = self._future.result(timeout)
        if self._token.cancelled:
            raise Cancelled()
        return value

    def add_done_callback(self, callback: Callable[[Job[T]], None]) -> None:
        self._future.add_done_callback(lambda _future: callback(self))

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the worker thread to end; False if it is still running."""
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def _report(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, float(fraction)))
        if fraction - self._progress >= PROGRESS_STEP or (fraction >= 1.0 > self._progress):
            self._progress = fraction
            if self._on_progress is not None and not self._token.cancelled:
                self._on_progress(fraction)

    def _run(self, work: Work[T]) -> None:
        try:
            value = work(self._token, self._report)
        except BaseException as error:  # handed to whoever asks for the result
            self._future.set_exception(error)
        else:
            self._future.set_result(value)
