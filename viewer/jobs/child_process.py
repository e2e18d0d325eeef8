"""Backend: the engine in a child process, so the GUI thread never waits on the GIL.

In a worker thread the engine's long C-level steps (sorting, joining, numpy) hold the GIL for
tens of milliseconds at a time and the GUI stutters; in a child process they cannot. The request
goes over a pipe without its articles, then the articles one by one (small pickles, so the
sending thread yields the GIL between them); the child rebuilds the very same request, so the
settings and the pane limit reach the engine and `prepare_result` exactly as in a thread.
Progress comes back as messages; cancelling sets a shared event the engine polls, and a child
that does not stop in time is terminated: a job never leaves its process behind.

A child (or one of its worker processes) that is killed -- the out-of-memory killer, a user's
`kill` -- is retried once, in one process with no workers, which needs the least memory; a second
death is a `JobFailed` the window shows in one line (the articles stay, Align again retries).
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from viewer.cancel import Cancelled, CancelToken, ProgressCallback
from viewer.jobs.job import Job, JobFailed
from viewer.jobs.request import AlignmentRequest
from viewer.prepared_result import PreparedResult, prepare_result

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

CANCEL_GRACE_SECONDS = 2.0
"""How long a cancelled child may take to notice before it is terminated."""
_POLL_SECONDS = 0.05


def _context() -> Any:
    # Imported here: multiprocessing costs start-up time and only large corpora need it.
    import multiprocessing

    # Not fork: this process runs Qt and other threads, whose locks a forked child could
    # inherit held. The fork server is started once, preloaded with the engine.
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["viewer.engine", "viewer.jobs.child_process"])
    return context


class _SharedCancelToken(CancelToken):
    """A CancelToken whose flag is a multiprocessing event set by the parent."""

    def __init__(self, event: Any) -> None:
        self._event = event


class ProcessDied(RuntimeError):
    """The alignment's child process, or a worker process of its, ended before it answered
    (killed, or out of memory): not a fault of the request, so worth one more try."""


DIED_TWICE = ("Alignment failed: its background process ended unexpectedly, and again when "
              "retried (killed, or out of memory) -- close other programs, then Align again")
"""The one line the window shows when the retry died too."""


class ChildProcessAligner:
    """Runs the real engine in a fresh child process per request; retries once, in one process,
    if the child or a worker of its is killed."""

    def submit(self, request: AlignmentRequest,
               progress: ProgressCallback | None = None) -> Job[PreparedResult]:
        def work(token: CancelToken, report: ProgressCallback) -> PreparedResult:
            return align_with_retry(request, token, report)

        return Job.start(work, progress, name="parallax-align-process")


def align_with_retry(request: AlignmentRequest, token: CancelToken,
                     progress: ProgressCallback) -> PreparedResult:
    """`align_in_process`, once more with no worker processes if a process was killed; raises
    `JobFailed` (`DIED_TWICE`) if that one is killed too, else as `align_in_process`."""
    try:
        return align_in_process(request, token, progress)
    except ProcessDied:
        token.raise_if_cancelled()
    # What kills a process is most often the out-of-memory killer: the retry runs the engine in
    # the child alone (its workers would hold copies of the corpus), as the command line's
    # advice after a killed worker does (PARALLAX_WORKERS=1). Its progress starts from zero
    # again; the job passes on only fractions beyond what it has shown.
    try:
        return align_in_process(request, token, progress, one_process=True)
    except ProcessDied as died:
        raise JobFailed(DIED_TWICE) from died


_PARENT_GONE = (BrokenPipeError, ConnectionResetError, EOFError)
"""What the pipe raises once the window has closed its end: it was killed, or gave up on the
job. The child then has no one to answer and ends quietly; it printed a traceback on the
terminal the window was started from (found by the fault matrix: the window SIGKILLed while
aligning)."""


def _child(connection: Connection, cancel_event: Any) -> None:
    try:
        _align_for_parent(connection, cancel_event)
    except _PARENT_GONE:
        pass
    finally:
        connection.close()


def _align_for_parent(connection: Connection, cancel_event: Any) -> None:
    from viewer.engine import find_shared_passages
    from viewer.forked import WorkerFailed
    from viewer.heap import keep_freed_memory
    from viewer.workers import IN_PROCESS

    keep_freed_memory()  # this child ends after one alignment, as `parallax align` does
    shell: AlignmentRequest
    shell, one_process = connection.recv()
    articles = []
    while (item := connection.recv()) is not None:
        articles.append(item)
    request = replace(shell, articles=tuple(articles))
    try:
        result = find_shared_passages(
            request.articles, request.settings,
            progress=lambda fraction: connection.send(("progress", fraction)),
            cancel=_SharedCancelToken(cancel_event),
            mapper=IN_PROCESS if one_process else None,
        )
        # The sparse similarity pickles as three numpy arrays: no float objects to unpickle.
        connection.send(("done", prepare_result(request.articles, result, request.pane_limit)))
    except Cancelled:
        connection.send(("cancelled", None))
    except _PARENT_GONE:
        raise
    except (WorkerFailed, MemoryError) as error:  # the parent retries, in one process
        connection.send(("died", f"{type(error).__name__}: {error}"))
    except Exception as error:  # reported to the window as a one-line failure
        connection.send(("failed", f"{type(error).__name__}: {error}"))


def align_in_process(request: AlignmentRequest, token: CancelToken,
                     progress: ProgressCallback, *, one_process: bool = False) -> PreparedResult:
    """Run the engine on `request` in a child process (with no worker processes of its own if
    `one_process`); raises Cancelled, `ProcessDied` if the child or a worker of its was killed,
    or RuntimeError. The child has ended (or been terminated) when this returns or raises."""
    context = _context()
    parent_end, child_end = context.Pipe()
    cancel_event = context.Event()
    process = context.Process(target=_child, args=(child_end, cancel_event), daemon=True,
                              name="parallax-align")
    process.start()
    child_end.close()
    try:
        parent_end.send((replace(request, articles=()), one_process))
        for article in request.articles:
            parent_end.send(article)
        parent_end.send(None)
        cancel_sent_at: float | None = None
        while True:
            if token.cancelled and cancel_sent_at is None:
                cancel_event.set()
                cancel_sent_at = time.monotonic()
            if cancel_sent_at is not None and \
                    time.monotonic() - cancel_sent_at > CANCEL_GRACE_SECONDS:
                raise Cancelled()
            if not parent_end.poll(_POLL_SECONDS):
                if not process.is_alive() and not parent_end.poll(0):
                    raise ProcessDied(f"alignment process ended unexpectedly "
                                      f"(exit code {process.exitcode})")
                continue
            kind, payload = parent_end.recv()
            if kind == "progress":
                progress(payload)
            elif kind == "done":
                return cast(PreparedResult, payload)
            elif kind == "cancelled":
                raise Cancelled()
            elif kind == "died":
                raise ProcessDied(payload)
            else:
                raise RuntimeError(payload)
    except (EOFError, BrokenPipeError, ConnectionResetError):
        if token.cancelled:
            raise Cancelled() from None
        raise ProcessDied("alignment process ended unexpectedly") from None
    finally:
        parent_end.close()
        process.join(0.5)
        if process.is_alive():
            process.terminate()
            process.join(1.0)
        if process.is_alive():
            process.kill()
            process.join()
