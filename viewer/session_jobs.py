"""The session's register of running jobs: which run and what each is for, busy and idle.

Qt-free. `viewer.session.Session` starts each load, alignment and application of corrections as
a `Job` and hands it here with what it is for (`RunningJob`). A job's outcome comes back on a
worker thread; `RunningJobs` hands it to `post`, which must run it on the thread that owns the
session (the GUI thread: `widgets.session_bridge` posts through a queued Qt signal; tests use
`PostQueue`), and there calls the session back with the job and, once the session has dealt
with its outcome, says whether anything is still running. What an outcome means is the
session's business, not this module's.
"""

from __future__ import annotations

import dataclasses
import queue
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from viewer.events import Signal
from viewer.jobs.job import Job

if TYPE_CHECKING:
    from viewer.corrections import CorrectionOutcome

Post = Callable[[Callable[[], None]], None]
"""Runs a callable later on the session's own thread; called from worker threads."""


class PostQueue:
    """A `Post` for a session without an event loop (tests, scripts): callables wait in a queue
    until `run_pending` runs them on the calling thread."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()

    def __call__(self, callback: Callable[[], None]) -> None:
        self._queue.put(callback)

    def run_pending(self, timeout: float = 0.0) -> int:
        """Run what is queued, waiting up to `timeout` seconds for the first; how many ran."""
        ran = 0
        try:
            callback = self._queue.get(timeout=timeout) if timeout > 0 else \
                self._queue.get_nowait()
            while True:
                callback()
                ran += 1
                callback = self._queue.get_nowait()
        except queue.Empty:
            return ran


@dataclasses.dataclass
class RunningJob:
    """One job the session started, and what it is for."""

    job: Job[Any]
    generation: int = -1
    """The generation an alignment was started for; -1 for a load."""
    reveal: bool = False
    """A load: show its articles as panes at once."""
    chosen: tuple[Path, ...] = ()
    """A load the user asked for (File › Open, a drop, Recent files): the files and folders
    chosen, announced once their articles are in, never when the reading was cancelled."""
    superseded: bool = False
    """Cancelled because a newer alignment replaced it: not news for the user."""
    corrected: bool = False
    """An alignment whose result already has the user's corrections laid over it."""
    coloured: bool = False
    """An alignment whose result's passages already have the colours they had in the result
    shown, where they are still there (`viewer.colour_continuity`)."""
    outcomes: list[CorrectionOutcome] = dataclasses.field(default_factory=list)
    """Applying corrections: whether each could be applied, filled in by the job."""

    @property
    def loading(self) -> bool:
        return self.generation < 0

    @property
    def finishing(self) -> bool:
        """A step after the engine's (corrections, colours) on an alignment's result."""
        return self.corrected or self.coloured


Ended = Callable[[int, RunningJob], None]
"""Called on the session's thread with a job's key and record once its job is done."""


class RunningJobs:
    """The jobs running now, by key; `busy_changed` and `idle` say when that changes."""

    def __init__(self, post: Post, ended: Ended) -> None:
        self.post = post
        self._ended_callback = ended
        self._running: dict[int, RunningJob] = {}
        self._next_key = 0
        self.busy_changed = Signal()
        """emit(True) when the first job starts, emit(False) once the last has ended."""
        self.idle = Signal()
        """Nothing runs and the workspace shows the outcome of what ran."""

    def __bool__(self) -> bool:
        return bool(self._running)

    def __iter__(self) -> Iterator[RunningJob]:
        return iter(list(self._running.values()))

    def get(self, key: int) -> RunningJob | None:
        return self._running.get(key)

    def new_key(self) -> int:
        self._next_key += 1
        return self._next_key

    def start(self, key: int, running: RunningJob) -> None:
        """Register `running` under `key` (from `new_key`); its outcome is handed to the
        session's `ended` on the session's thread (at once for a job already done)."""
        was_busy = bool(self._running)
        self._running[key] = running
        if not was_busy:
            self.busy_changed.emit(True)
        if running.job.at_hand:  # installed now, not after the next turn of the event loop
            self._ended(key)
        else:
            running.job.add_done_callback(lambda _job: self.post(lambda: self._ended(key)))

    def cancel_all(self) -> None:
        for running in self:
            running.job.cancel()

    def join(self, timeout: float) -> None:
        """Wait up to `timeout` seconds for each job's thread."""
        for running in self:
            running.job.join(timeout)

    def _ended(self, key: int) -> None:
        running = self._running.get(key)
        if running is None:
            return  # already handled (a job that was done when it was started)
        try:
            self._ended_callback(key, running)
        finally:
            self._running.pop(key, None)
            if not self._running:
                self.busy_changed.emit(False)
                self.idle.emit()
