"""Alignment of a large corpus in a child process, so the GUI thread never waits on the GIL.

In a worker thread the engine's long C-level steps (sorting, joining, numpy) hold the GIL for
tens of milliseconds at a time and the GUI stutters; in a child process they cannot. Articles go
over a pipe one by one (small pickles, so the sending thread yields the GIL between them);
progress comes back as messages; cancelling sets a shared event the engine polls, and a child
that does not stop in time is terminated. Used for corpora above `PROCESS_THRESHOLD_CHARS`.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from viewer.cancel import Cancelled, CancelToken
from viewer.limits import PROCESS_THRESHOLD_CHARS
from viewer.workspace import AlignmentRequest, PreparedResult, prepare_result

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

__all__ = ["PROCESS_THRESHOLD_CHARS", "align_in_process"]

_CANCEL_GRACE_SECONDS = 2.0


def _context() -> Any:
    # Imported here: multiprocessing costs start-up time and only large corpora need it.
    import multiprocessing

    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["viewer.engine", "viewer.workspace"])
    return context


class _SharedCancelToken(CancelToken):
    """A CancelToken whose flag is a multiprocessing event set by the parent."""

    def __init__(self, event: Any) -> None:
        self._event = event


def _child(connection: Connection, cancel_event: Any, generation: int) -> None:
    from viewer.engine import find_shared_passages

    articles = []
    while True:
        item = connection.recv()
        if item is None:
            break
        articles.append(item)
    request = AlignmentRequest(generation, tuple(articles))
    try:
        result = find_shared_passages(
            request.articles,
            progress=lambda fraction: connection.send(("progress", fraction)),
            cancel=_SharedCancelToken(cancel_event),
        )
        # The sparse similarity pickles as three numpy arrays: no float objects to unpickle.
        connection.send(("done", prepare_result(request, result)))
    except Cancelled:
        connection.send(("cancelled", None))
    except Exception as error:  # reported to the window as a one-line failure
        connection.send(("failed", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()


def align_in_process(request: AlignmentRequest, token: CancelToken,
                     progress: Callable[[float], None]) -> PreparedResult:
    """Run the engine on `request` in a child process; raises Cancelled or RuntimeError."""
    context = _context()
    parent_end, child_end = context.Pipe()
    cancel_event = context.Event()
    process = context.Process(target=_child, args=(child_end, cancel_event, request.generation),
                              daemon=True)
    process.start()
    child_end.close()
    try:
        for article in request.articles:
            parent_end.send(article)
        parent_end.send(None)
        cancel_sent_at: float | None = None
        while True:
            if token.cancelled and cancel_sent_at is None:
                cancel_event.set()
                cancel_sent_at = time.monotonic()
            if cancel_sent_at is not None and \
                    time.monotonic() - cancel_sent_at > _CANCEL_GRACE_SECONDS:
                raise Cancelled()
            if not parent_end.poll(0.05):
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
    except EOFError:
        raise RuntimeError("alignment process ended unexpectedly") from None
    finally:
        parent_end.close()
        process.join(0.5)
        if process.is_alive():
            process.terminate()
            process.join(1.0)
