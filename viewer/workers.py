"""How independent items are mapped: in this process, or by forked worker processes.

A stage whose items are independent (tokenising documents, aligning statements; loading a large
folder's files, `viewer.loading`) hands a
`ChunkMapper` a top-level function, the data every chunk needs (`shared`) and the chunks; it
gets back `function(shared, chunk)` for each chunk, in order, whoever computed them. The stage
itself stays a pure function: it cuts its input into chunks and joins the results, and is
identical whichever mapper runs them.

Two mappers live here: `IN_PROCESS` (a plain loop, today's behaviour) and `ForkPool` (this
process and worker processes forked from it, which inherit `shared` and the chunks without
pickling them and send back only the results). A later Dask backend fits in ONE new module with
a class that has the same `map` method (scatter `shared` once, submit one task per chunk, gather
in order); the stages and the pipeline need no change.

Forking is Linux only and only safe while this process runs a single Python thread and no Qt:
a fork after threads have started could inherit a lock one of them holds. `ForkPool.map`
checks that at every call and otherwise runs the chunks here (the window's in-thread backend
therefore never forks; its child-process backend, single-threaded, may). The forked workers'
plumbing (the chunk queue, result memory files, serving and stopping) is `viewer.forked`.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from viewer.forked import ChunkQueue, WorkerFailed, Workers
from viewer.heap import release_freed_memory

SharedT = TypeVar("SharedT")
ChunkT = TypeVar("ChunkT")
ResultT = TypeVar("ResultT")

Check = Callable[[], None]
"""Called between chunks (and while waiting for workers); raises to stop, e.g. `Cancelled`."""

WORKERS_VARIABLE = "PARALLAX_WORKERS"
"""Environment variable: how many processes the engine may use, this one included; 1 turns the
pool off."""



class ChunkMapper(Protocol):
    """Maps a function over chunks of a stage's independent items, results in order."""

    def map(self, function: Callable[[SharedT, ChunkT], ResultT], shared: SharedT,
            chunks: Sequence[ChunkT], check: Check | None = None) -> list[ResultT]:
        """`[function(shared, chunk) for chunk in chunks]`. `function` is a module-level
        function and `shared` and the chunks picklable (a distributed mapper ships them);
        `check` is called now and then and may raise to stop the work (no worker is left
        running when this returns or raises). An exception `function` raises is raised here."""
        ...


class InProcess:
    """Every chunk in this process, in order: the behaviour without a pool."""

    workers = 1

    def map(self, function: Callable[[SharedT, ChunkT], ResultT], shared: SharedT,
            chunks: Sequence[ChunkT], check: Check | None = None) -> list[ResultT]:
        results = []
        for chunk in chunks:
            if check is not None:
                check()
            results.append(function(shared, chunk))
        return results


IN_PROCESS = InProcess()


QT_MODULES = ("PySide6", "shiboken6")
"""Modules whose presence means Qt may run threads of its own (which `threading` does not see)."""


def fork_is_safe() -> bool:
    """Whether this process may fork workers now: Linux, one Python thread, no Qt loaded."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork")
            and threading.active_count() == 1
            and not any(name.startswith(QT_MODULES) for name in sys.modules))


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def configured_workers() -> int:
    """`PARALLAX_WORKERS` if set to a positive number, else the cores available."""
    value = os.environ.get(WORKERS_VARIABLE, "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    return available_cores()


POOL_THRESHOLD_CHARS = 3_000_000
"""Corpora of fewer characters (about 1,000 news articles) are processed in process by
`default_mapper`: below this the pool lost or tied in every measurement on a 2-core machine
(forking, the workers' first touch of fresh memory and sending results back cost about what the
second core saves; "Engine: worker pool" in docs/benchmarks.md)."""


def default_mapper(total_chars: int,
                   meanwhile: Callable[[], object] | None = None) -> ChunkMapper:
    """The mapper for a corpus of `total_chars` characters: a `ForkPool` of
    `configured_workers()` processes (given `meanwhile`) when the corpus is large enough for it
    to pay and forking is safe here, else `IN_PROCESS`."""
    workers = configured_workers()
    if workers < 2 or total_chars < POOL_THRESHOLD_CHARS or not fork_is_safe():
        return IN_PROCESS
    return ForkPool(workers, meanwhile)


class ForkPool:
    """`workers` processes in all: this one and `workers - 1` forked for each `map` call. The
    forked ones inherit `shared` and the chunks (no pickling on the way in); every process takes
    the next chunk number from one shared queue when it is free, so the chunks spread evenly
    and this process, whose memory is warm, computes its share without sending it anywhere.
    A forked worker hands each result over in a memory file of its own
    (`viewer.forked.Workers`), so it never waits for this process to read it. Falls back to
    `IN_PROCESS` when forking is not safe (`fork_is_safe`) or would not help."""

    def __init__(self, workers: int = 2, meanwhile: Callable[[], object] | None = None) -> None:
        self.workers = max(1, workers)
        self.meanwhile = meanwhile
        """Run once in this process, by the first `map` that forks, before it takes chunks:
        work the caller needs next that must not be forked (e.g. importing what the next stage
        uses, while the workers read files). The queue lets the workers take its chunks."""

    def map(self, function: Callable[[SharedT, ChunkT], ResultT], shared: SharedT,
            chunks: Sequence[ChunkT], check: Check | None = None) -> list[ResultT]:
        count = min(self.workers, len(chunks))
        if count < 2 or not fork_is_safe():
            return IN_PROCESS.map(function, shared, chunks, check)
        if check is not None:
            check()
        queue = ChunkQueue.holding(len(chunks))
        if queue is None:  # more chunks than a pipe holds numbers: not worth a pool
            return IN_PROCESS.map(function, shared, chunks, check)
        # Workers leave with os._exit, which drops their copy of buffered output; flushed
        # here anyway so that a worker's own print could never write the parent's again.
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, or none
                stream.flush()
        pool = Workers(queue)
        finished = False
        release_freed_memory()
        # Objects that exist now are left out of the children's garbage collections, which
        # would otherwise write to (and so copy) every page of the parent's heap they inherit.
        gc.freeze()
        try:
            with contextlib.suppress(OSError):  # no more processes: fewer workers, same result
                for _ in range(count - 1):
                    pool.start(function, shared, chunks)
            gc.unfreeze()
            if self.meanwhile is not None and pool.pids:
                meanwhile, self.meanwhile = self.meanwhile, None
                meanwhile()
            results = pool.run(function, shared, chunks, check)
            finished = True
            return results
        finally:
            gc.unfreeze()
            queue.close()
            pool.stop(kill=not finished)


__all__ = ["IN_PROCESS", "ChunkMapper", "ForkPool", "InProcess", "WorkerFailed", "default_mapper"]
