"""The session's re-anchoring service: one window's annotations, and the values its undo steps
hold, re-anchored at once when quick, else as a job off the GUI thread.

Qt-free, like `viewer.session.Session`, and built the same way: the work is a
`viewer.annotations.reanchor_job` job whose outcome comes back on a worker thread and is handed
to `post`, which runs it on the session's own thread (the GUI thread: the window passes
`widgets.session_bridge.GuiThreadPost`; tests pass a `PostQueue`). Each request started
supersedes the one running: it is cancelled (its child ended) and its outcome, should it come
anyway, is dropped here -- so a re-anchoring for an older set of articles never reaches the
window. This module decides where the work runs (at once or as a job); the window only says
what to re-anchor and applies what `finished` hands it.
"""

from __future__ import annotations

from viewer.annotations.reanchor_job import (
    FOREGROUND_BUDGET_SECONDS,
    ReanchorOutcome,
    ReanchorRequest,
    reanchor_at_once,
    start_reanchoring,
)
from viewer.cancel import Cancelled
from viewer.events import Signal
from viewer.jobs.job import Job
from viewer.session_jobs import Post


class SessionReanchoring:
    """Runs one re-anchoring at a time; `finished` hands back the newest request's outcome."""

    def __init__(self, post: Post) -> None:
        self.post = post
        self.budget_seconds = FOREGROUND_BUDGET_SECONDS
        """How long a request may take on the calling thread before it goes to a job."""
        self.progress = Signal()
        """emit(share in [0, 1]) of the running job's work."""
        self.finished = Signal()
        """emit(ReanchorOutcome): the newest request's, from a job (stale and cancelled ones
        are dropped)."""
        self.failed = Signal()
        """emit(reason): the newest request's job failed (a bug): one line for the user."""
        self.busy_changed = Signal()
        """emit(busy): a job started with nothing running, or the last one ended (finished,
        failed or cancelled); not between a request and the newer one superseding it."""
        self._running: tuple[int, Job[ReanchorOutcome]] | None = None
        self._last_key = 0

    @property
    def busy(self) -> bool:
        """A job is at work on the newest request."""
        return self._running is not None

    def start(self, request: ReanchorRequest) -> ReanchorOutcome | None:
        """Re-anchor `request`, superseding whatever runs: its outcome, if it was done at once
        (nothing is emitted then); else None, and `finished` brings the outcome later."""
        was_busy = self.busy
        self._drop_running()
        at_once = reanchor_at_once(request, self.budget_seconds)
        if at_once is not None:
            if was_busy:
                self.busy_changed.emit(False)
            return at_once
        self._last_key += 1
        key = self._last_key
        job = start_reanchoring(request, lambda share: self.post(
            lambda: self._progressed(key, share)))
        self._running = (key, job)
        job.add_done_callback(lambda _job: self.post(lambda: self._ended(key, job)))
        if not was_busy:
            self.busy_changed.emit(True)
        return None

    def cancel(self) -> None:
        """Drop the running job (its child is ended; its outcome will not be handed back)."""
        if self._drop_running():
            self.busy_changed.emit(False)

    def _drop_running(self) -> bool:
        """Cancel the running job, if any (True: there was one)."""
        running, self._running = self._running, None
        if running is not None:
            running[1].cancel()
        return running is not None

    def join(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the running job's thread; False if still running."""
        running = self._running
        return running is None or running[1].join(timeout)

    def _current(self, key: int) -> bool:
        return self._running is not None and self._running[0] == key

    def _progressed(self, key: int, share: float) -> None:
        if self._current(key):
            self.progress.emit(share)

    def _ended(self, key: int, job: Job[ReanchorOutcome]) -> None:
        if not self._current(key):
            return  # superseded by a newer request, or cancelled: stale
        self._running = None
        self.busy_changed.emit(False)
        try:
            outcome = job.result()
        except Cancelled:
            return
        except Exception as error:  # a bug in the work must not take the window down
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.finished.emit(outcome)
