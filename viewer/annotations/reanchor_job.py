"""Re-anchoring a window's annotations, and the values its undo steps hold, as a job.

A request carries everything the outcome depends on: the articles (of one corpus generation),
the set's annotations and the held values. `reanchor_at_once` tries it on the calling thread for
FOREGROUND_BUDGET_SECONDS (most sets are done by then, and the marks are right at once);
`start_reanchoring` runs it as a `viewer.jobs.job.Job` whose worker thread drives a child
process (`held_anchors.reanchor_with_held` there): progress comes back as messages, cancelling
ends the child, and a child that dies without its result (killed, out of memory) is followed by
the same work on the job's own thread -- still off the GUI thread -- the outcome saying why.

A child process, not a thread: in a thread the fuzzy search holds the interpreter lock between
the window's many short calls into Python (the dock's rows, the panes' marks), and the window
stutters by hundreds of milliseconds. Input and results cross the pipe in small pickles. No Qt.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from viewer.cancel import Cancelled, CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.jobs.job import Job

from .held_anchors import Reanchored, reanchor_with_held
from .model import Annotation

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

FOREGROUND_BUDGET_SECONDS = 0.03
"""Re-anchoring is tried on the calling (GUI) thread for this long; what takes longer --
thousands of annotations, long quotes needing a fuzzy search at some 40 ms each, an undone
import's held values -- starts again as a job."""
CHILD_NAME = "parallax-reanchor"
CHILD_NICENESS = 10
"""The re-anchoring child runs at a lower priority than the window (Unix `nice`)."""
BLOCK = 200
"""Annotations per message across the pipe, either way: small pickles, so neither side holds
the interpreter lock long at a time."""
POLL_SECONDS = 0.05
"""How often the job's thread looks at its cancel token while the child works."""


@dataclass(frozen=True)
class ReanchorRequest:
    """What one re-anchoring depends on."""

    articles: tuple[Article, ...]
    annotations: tuple[Annotation, ...]
    """The set's annotations."""
    held: tuple[Annotation, ...] = ()
    """The values the undo steps hold (`held_anchors`), in the steps' order."""
    generation: int = 0
    """The corpus generation `articles` are (a newer one makes the outcome void)."""


@dataclass(frozen=True)
class ReanchorOutcome:
    request: ReanchorRequest
    reanchored: Reanchored
    problem: str | None = None
    """Why the child ended without its result; the work was then done in this process."""


class ChildDied(RuntimeError):
    """The re-anchoring child ended before it answered."""


def reanchor_at_once(request: ReanchorRequest,
                     budget_seconds: float = FOREGROUND_BUDGET_SECONDS) -> ReanchorOutcome | None:
    """The outcome, if the calling thread gets it within `budget_seconds`; else None."""
    deadline = time.monotonic() + budget_seconds
    reanchored = reanchor_with_held(request.annotations, request.held, request.articles,
                                    cancelled=lambda: time.monotonic() > deadline)
    return None if reanchored is None else ReanchorOutcome(request, reanchored)


def start_reanchoring(request: ReanchorRequest,
                      progress: ProgressCallback | None = None) -> Job[ReanchorOutcome]:
    """Re-anchor `request` in a child process, from a job's worker thread."""

    def work(token: CancelToken, report: ProgressCallback) -> ReanchorOutcome:
        try:
            return ReanchorOutcome(request, reanchor_in_child(request, token, report))
        except ChildDied as died:
            token.raise_if_cancelled()
            # Here, in this thread: slower for the window than a child, never frozen.
            reanchored = reanchor_with_held(request.annotations, request.held,
                                            request.articles, progress=report,
                                            cancelled=lambda: token.cancelled)
            if reanchored is None:
                raise Cancelled() from None
            return ReanchorOutcome(request, reanchored, problem=str(died))

    return Job.start(work, progress, name="parallax-reanchor-job")


def reanchor_in_child(request: ReanchorRequest, token: CancelToken,
                      progress: ProgressCallback) -> Reanchored:
    """`reanchor_with_held` on `request` in a child process; raises Cancelled once `token` is
    cancelled, `ChildDied` if the child ends without its result. The child has ended when this
    returns or raises."""
    context = _context()
    parent_end, child_end = context.Pipe()
    process = context.Process(target=_child, args=(child_end,), name=CHILD_NAME, daemon=True)
    process.start()
    child_end.close()
    try:
        _send(parent_end, request, token)
        annotations: list[Annotation] = []
        held: list[Annotation] = []
        while True:
            token.raise_if_cancelled()
            if not parent_end.poll(POLL_SECONDS):
                if not process.is_alive() and not parent_end.poll(0):
                    raise ChildDied(f"the re-anchoring process ended unexpectedly (exit code "
                                    f"{process.exitcode})")
                continue
            kind, payload = parent_end.recv()
            if kind == "progress":
                progress(payload)
            elif kind == "annotations":
                annotations.extend(payload)
            elif kind == "held":
                held.extend(payload)
            elif kind == "done":
                return Reanchored(tuple(annotations), tuple(held), bool(payload))
            else:
                raise ChildDied(str(payload))
    except (EOFError, OSError):
        token.raise_if_cancelled()
        raise ChildDied("the re-anchoring process ended unexpectedly") from None
    finally:
        parent_end.close()
        if process.is_alive():
            process.terminate()
        process.join(1.0)
        if process.is_alive():
            process.kill()
            process.join()


def _send(connection: Connection, request: ReanchorRequest, token: CancelToken) -> None:
    for article in request.articles:
        connection.send(article)
    connection.send(None)
    for values in (request.annotations, request.held):
        for first in range(0, len(values), BLOCK):
            token.raise_if_cancelled()
            connection.send(values[first : first + BLOCK])
        connection.send(None)


def _received(connection: Connection) -> list[Any]:
    items: list[Any] = []
    while (item := connection.recv()) is not None:
        items.append(item)
    return items


def _child(connection: Connection) -> None:
    """The body of the child process: articles one by one until None, then blocks of the set's
    annotations until None, then blocks of held values until None; sends ("progress", share)
    messages, the results in blocks ("annotations", [...]) and ("held", [...]), then ("done",
    changed); ("failed", reason) on an error."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(CHILD_NICENESS)  # the window the user is working in comes first
    try:
        articles: list[Article] = _received(connection)
        annotations = [value for block in _received(connection) for value in block]
        held = [value for block in _received(connection) for value in block]
        reanchored = reanchor_with_held(
            annotations, held, articles,
            progress=lambda share: connection.send(("progress", share)))
        assert reanchored is not None  # nothing cancels it here: the parent ends the process
        for kind, values in (("annotations", reanchored.annotations),
                             ("held", reanchored.held)):
            for first in range(0, len(values), BLOCK):
                connection.send((kind, list(values[first : first + BLOCK])))
        connection.send(("done", reanchored.changed))
    except (EOFError, BrokenPipeError, ConnectionResetError):
        pass  # the window ended or gave up on this request: no one to answer
    except Exception as error:  # reported to the window in one line
        connection.send(("failed", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()


def _context() -> Any:
    import multiprocessing

    # spawn: a clean child without the window's Qt threads (fork would copy them), and no fork
    # server to start first (its first start took most of a second).
    return multiprocessing.get_context("spawn")
