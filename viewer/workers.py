"""How independent items are mapped: in this process, or by forked worker processes.

A stage whose items are independent (tokenising documents, aligning statements; loading a large
folder's files, `viewer.loading`) hands a
`ChunkMapper` a top-level function, the data every chunk needs (`shared`) and the chunks; it
gets back `function(shared, chunk)` for each chunk, in order, whoever computed them. The stage
itself stays a pure function: it cuts its input into chunks and joins the results, and is
identical whichever mapper runs them.

Two mappers live here: `IN_PROCESS` (a plain loop, today's behaviour) and `ForkPool` (worker
processes forked from this one, which inherit `shared` and the chunks without pickling them and
send back only the results). A later Dask backend fits in ONE new module with a class that has
the same `map` method (scatter `shared` once, submit one task per chunk, gather in order); the
stages and the pipeline need no change.

Forking is Linux only and only safe while this process runs a single Python thread and no Qt:
a fork after threads have started could inherit a lock one of them holds. `ForkPool.map`
checks that at every call and otherwise runs the chunks here (the window's in-thread backend
therefore never forks; its child-process backend, single-threaded, may).
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import selectors
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

SharedT = TypeVar("SharedT")
ChunkT = TypeVar("ChunkT")
ResultT = TypeVar("ResultT")

Check = Callable[[], None]
"""Called between chunks (and while waiting for workers); raises to stop, e.g. `Cancelled`."""

WORKERS_VARIABLE = "PARALLAX_WORKERS"
"""Environment variable: how many worker processes the engine may use; 1 turns the pool off."""

_POLL_SECONDS = 0.05
_LENGTH_BYTES = 8


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


def default_mapper(total_chars: int) -> ChunkMapper:
    """The mapper for a corpus of `total_chars` characters: a `ForkPool` of
    `configured_workers()` processes when the corpus is large enough for it to pay and forking
    is safe here, else `IN_PROCESS`."""
    workers = configured_workers()
    if workers < 2 or total_chars < POOL_THRESHOLD_CHARS or not fork_is_safe():
        return IN_PROCESS
    return ForkPool(workers)


class ForkPool:
    """Worker processes forked for each `map` call: they inherit `shared` and the chunks (no
    pickling on the way in), take chunk numbers one at a time and send back pickled results.
    Falls back to `IN_PROCESS` when forking is not safe (`fork_is_safe`) or would not help."""

    def __init__(self, workers: int = 2) -> None:
        self.workers = max(1, workers)

    def map(self, function: Callable[[SharedT, ChunkT], ResultT], shared: SharedT,
            chunks: Sequence[ChunkT], check: Check | None = None) -> list[ResultT]:
        count = min(self.workers, len(chunks))
        if count < 2 or not fork_is_safe():
            return IN_PROCESS.map(function, shared, chunks, check)
        if check is not None:
            check()
        # Workers leave with os._exit, which drops their copy of buffered output; flushed
        # here anyway so that a worker's own print could never write the parent's again.
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, or none
                stream.flush()
        pool = _Workers()
        finished = False
        # Objects that exist now are left out of the children's garbage collections, which
        # would otherwise write to (and so copy) every page of the parent's heap they inherit.
        gc.freeze()
        try:
            try:
                for _ in range(count):
                    pool.start(function, shared, chunks)
            except OSError:  # no more processes or memory: work with those that started
                if not pool.pids:
                    return IN_PROCESS.map(function, shared, chunks, check)
            gc.unfreeze()
            results = pool.collect(len(chunks), check)
            finished = True
            return results
        finally:
            gc.unfreeze()
            pool.stop(kill=not finished)


class WorkerFailed(RuntimeError):
    """A worker process ended without sending its result (killed, out of memory)."""


class _Workers:
    """The forked children of one `map` call: their pids and pipes."""

    def __init__(self) -> None:
        self.pids: list[int] = []
        self._tasks: dict[int, int] = {}  # result pipe -> task pipe of the same child
        self._selector = selectors.DefaultSelector()

    def start(self, function: Callable[[Any, Any], Any], shared: Any,
              chunks: Sequence[Any]) -> None:
        task_read, task_write = os.pipe()
        result_read, result_write = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(task_write)
            os.close(result_read)
            for inherited in list(self._tasks) + list(self._tasks.values()):
                os.close(inherited)  # a sibling's pipes: its EOF must not wait for us
            _serve(task_read, result_write, function, shared, chunks, parent)
        os.close(task_read)
        os.close(result_write)
        self.pids.append(pid)
        self._tasks[result_read] = task_write
        self._selector.register(result_read, selectors.EVENT_READ)

    def collect(self, total: int, check: Check | None) -> list[Any]:
        """Hand out chunk numbers 0..total-1, one per idle worker, and gather the results."""
        results: list[Any] = [None] * total
        next_chunk = 0
        for task in self._tasks.values():
            if next_chunk < total:
                _tell(task, next_chunk)
                next_chunk += 1
        received = 0
        while received < total:
            if check is not None:
                check()
            for key, _ in self._selector.select(_POLL_SECONDS):
                reader = int(key.fd)
                status, number, value = _receive(reader)
                if status == "error":
                    raise value
                results[number] = value
                received += 1
                task = self._tasks[reader]
                if next_chunk < total:
                    _tell(task, next_chunk)
                    next_chunk += 1
                else:  # it leaves: its pipe's end of file is no failure
                    _tell(task, -1)
                    self._selector.unregister(reader)
        return results

    def stop(self, *, kill: bool) -> None:
        """End every child and reap it: none is left behind. `kill`: at once, even if it is
        still working (else each has been told to stop and is leaving)."""
        for reader, task in self._tasks.items():
            os.close(reader)
            os.close(task)
        self._selector.close()
        self._tasks.clear()
        for pid in self.pids:
            try:
                if kill:
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ChildProcessError, ProcessLookupError):
                pass
        self.pids.clear()


def _serve(tasks: int, results: int, function: Callable[[Any, Any], Any], shared: Any,
           chunks: Sequence[Any], parent: int) -> None:
    """A worker's life: compute the chunks it is told, send each result; leave without
    running the parent's exit handlers or flushing its buffers."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
        _die_with_parent(parent)
        while True:
            number = int.from_bytes(_read_exactly(tasks, 4), "little", signed=True)
            if number < 0:
                break
            try:
                message = ("ok", number, function(shared, chunks[number]))
                data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as error:  # raised in the parent, as in process
                data = _pickled_error(number, error)
            _write_all(results, len(data).to_bytes(_LENGTH_BYTES, "little") + data)
        status = 0
    except BaseException:  # nothing may escape a forked child; the parent sees the EOF
        pass
    finally:
        os._exit(status)


def _pickled_error(number: int, error: BaseException) -> bytes:
    remote = "".join(traceback.format_exception(error))
    try:
        error.add_note(f"(raised in worker process {os.getpid()})\n{remote}")
        return pickle.dumps(("error", number, error), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle: its type and message
        substitute = RuntimeError(f"{type(error).__name__}: {error}")
        return pickle.dumps(("error", number, substitute), protocol=pickle.HIGHEST_PROTOCOL)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker if the parent dies first (no orphan keeps computing)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before we asked
        os._exit(1)


def _tell(task: int, number: int) -> None:
    """Send a worker the number of its next chunk (-1: stop)."""
    try:
        _write_all(task, number.to_bytes(4, "little", signed=True))
    except BrokenPipeError:
        raise WorkerFailed("a worker process ended unexpectedly") from None


def _receive(reader: int) -> tuple[str, int, Any]:
    size = int.from_bytes(_read_exactly(reader, _LENGTH_BYTES), "little")
    status, number, value = pickle.loads(_read_exactly(reader, size))
    return str(status), int(number), value


def _read_exactly(fd: int, size: int) -> bytearray:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = os.readv(fd, [view[got:]])
        if count == 0:
            raise WorkerFailed("a worker process ended unexpectedly")
        got += count
    return buffer


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
