"""Which backend runs a request, and who answers a load: decided here and nowhere else.

To add a backend (a distributed one is planned): write its module with a class that has
`submit(request, progress) -> Job[PreparedResult]`, and add one line to `Backends.aligner_for`
saying when it runs and why.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.limits import PROCESS_THRESHOLD_CHARS

if TYPE_CHECKING:
    from viewer.corpus import LoadReport
    from viewer.jobs.aligner import Aligner, Engine
    from viewer.jobs.head_start import HeadStartAligner
    from viewer.jobs.request import AlignmentRequest

Loader = Callable[..., "LoadReport"]
"""`viewer.loading.load_paths(paths, *, taken_ids)`, or a stand-in with its signature."""


def _load_paths(paths: Sequence[Path], *, taken_ids: Collection[str] = ()) -> LoadReport:
    from viewer.loading import load_paths  # on first use: not needed to show the window

    return load_paths(paths, taken_ids=taken_ids)


class Backends:
    """The backends a session may use, and the rule that picks one per request.

    (A plain class, not a dataclass: the app imports this module before it forks its head
    start, and `dataclasses` would make the fork ~5 ms later.)"""

    def __init__(self, *, engine: Engine | None = None,
                 process_threshold_chars: int = PROCESS_THRESHOLD_CHARS,
                 head_start: HeadStartAligner | None = None, loader: Loader | None = None) -> None:
        self.engine = engine
        """A stand-in for the real engine (tests, benchmarks); it runs in a thread, since only
        the real engine can be imported by a child process. None: the real engine."""
        self.process_threshold_chars = process_threshold_chars
        """Corpora with more characters than this go to a child process."""
        self.head_start = head_start
        """The app's head start, if it forked one."""
        self.loader: Loader = loader if loader is not None else _load_paths

    @classmethod
    def with_head_start(cls, paths: Sequence[Path]) -> Backends:
        """The app's backends, with a head start forked now for a first load of `paths`. Call
        it first thing, before Qt or any thread is started (else there is no head start)."""
        from viewer.jobs.head_start import HeadStart, HeadStartAligner

        head_start = HeadStart.begin(paths, align_limit_chars=PROCESS_THRESHOLD_CHARS)
        return cls(head_start=HeadStartAligner(head_start) if head_start is not None else None)

    def aligner_for(self, request: AlignmentRequest) -> Aligner:
        from viewer.jobs.in_thread import InThreadAligner

        # The head start's child has already aligned exactly this request: take its answer
        # rather than compute it again.
        if self.head_start is not None and self.head_start.serves(request):
            return self.head_start
        # A stand-in engine exists only in this process.
        if self.engine is not None:
            return InThreadAligner(self.engine)
        # In a worker thread the engine's long C-level steps hold the GIL for tens of
        # milliseconds at a time and the GUI stutters: large corpora go to a child process,
        # which costs ~0.3 s to start and to pickle the corpus, worth it only above the threshold.
        if request.total_chars > self.process_threshold_chars:
            from viewer.jobs.child_process import ChildProcessAligner

            return ChildProcessAligner()
        return InThreadAligner()

    def ready_report(self, paths: Sequence[Path], *, wait_seconds: float) -> LoadReport | None:
        """For a first load: the head start's report if it has read `paths` and aligned them
        (the alignment then goes to the next request for these articles), waiting at most
        `wait_seconds`; None: load as usual."""
        if self.head_start is None:
            return None
        return self.head_start.first_load(paths, wait_seconds=wait_seconds)

    def load(self, paths: Sequence[Path], taken_ids: Collection[str]) -> LoadReport:
        """Read files and folders: the head start's report if it read exactly these, else the
        loader's (blocking: call it in a job)."""
        if self.head_start is not None:
            report = self.head_start.report_for(paths, taken_ids)
            if report is not None:
                return report
        return self.loader(list(paths), taken_ids=tuple(taken_ids))

    def close(self) -> None:
        if self.head_start is not None:
            self.head_start.close()
