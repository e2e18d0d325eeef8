"""Backend: the engine in a child process, so the GUI thread never waits on the GIL.

In a worker thread the engine's long C-level steps (sorting, joining, numpy) hold the GIL for
tens of milliseconds at a time and the GUI stutters; in a child process they cannot. The request
goes over a pipe without its articles, then the articles one by one (small pickles, so the
sending thread yields the GIL between them); the child rebuilds the very same request, so the
settings and the pane limit reach the engine and `prepare_result` exactly as in a thread.
Progress comes back as messages; cancelling sets a shared event the engine polls, and a child
that does not stop in time is terminated: a job never leaves its process behind.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from viewer.cancel import Cancelled, CancelToken, ProgressCallback
from viewer.jobs.job import Job
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


class ChildProcessAligner:
    """Runs the real engine in a fresh child process per request."""

    def submit(self, request: AlignmentRequest,
               progress: ProgressCallback | None = None) -> Job[PreparedResult]:
        def work(token: CancelToken, report: ProgressCallback) -> PreparedResult:
            return align_in_process(request, token, report)

        return Job.start(work, progress, name="parallax-align-process")


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
    from viewer.heap import keep_freed_memory

    keep_freed_memory()  # this child ends after one alignment, as `parallax align` does
    shell: AlignmentRequest = connection.recv()
    articles = []
    while (item := connection.recv()) is not None:
        articles.append(item)
    request = replace(shell, articles=tuple(articles))
    try:
        result = find_shared_passages(
            request.articles, request.settings,
            progress=lambda fraction: connection.send(("progress", fraction)),
            cancel=_SharedCancelToken(cancel_event),
        )
        # The sparse similarity pickles as three numpy arrays: no float objects to unpickle.
        connection.send(("done", prepare_result(request.articles, result, request.pane_limit)))
    except Cancelled:
        connection.send(("cancelled", None))
    except _PARENT_GONE:
        raise
    except Exception as error:  # reported to the window as a one-line failure
        connection.send(("failed", f"{type(error).__name__}: {error}"))


def align_in_process(request: AlignmentRequest, token: CancelToken,
                     progress: ProgressCallback) -> PreparedResult:
    """Run the engine on `request` in a child process; raises Cancelled or RuntimeError.
    The child has ended (or been terminated) when this returns or raises."""
    context = _context()
    parent_end, child_end = context.Pipe()
    cancel_event = context.Event()
    process = context.Process(target=_child, args=(child_end, cancel_event), daemon=True,
                              name="parallax-align")
    process.start()
    child_end.close()
    try:
        parent_end.send(replace(request, articles=()))
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
                    raise RuntimeError(f"alignment process ended unexpectedly "
                                       f"(exit code {process.exitcode})")
                continue
            kind, payload = parent_end.recv()
            if kind == "progress":
                progress(payload)
            elif kind == "done":
                return cast(PreparedResult, payload)
            elif kind == "cancelled":
                raise Cancelled()
            else:
                raise RuntimeError(payload)
    except (EOFError, BrokenPipeError):
        if token.cancelled:
            raise Cancelled() from None
        raise RuntimeError("alignment process ended unexpectedly") from None
    finally:
        parent_end.close()
        process.join(0.5)
        if process.is_alive():
            process.terminate()
            process.join(1.0)
        if process.is_alive():
            process.kill()
            process.join()
