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
therefore never forks; its child-process backend, single-threaded, may).
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import mmap
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
    A forked worker hands each result over in a memory file of its own (`_Workers`), so it never
    waits for this process to read it. Falls back to `IN_PROCESS` when forking is not safe
    (`fork_is_safe`) or would not help."""

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
        queue = _ChunkQueue.holding(len(chunks))
        if queue is None:  # more chunks than a pipe holds numbers: not worth a pool
            return IN_PROCESS.map(function, shared, chunks, check)
        # Workers leave with os._exit, which drops their copy of buffered output; flushed
        # here anyway so that a worker's own print could never write the parent's again.
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, or none
                stream.flush()
        pool = _Workers(queue)
        finished = False
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


class WorkerFailed(RuntimeError):
    """A worker process ended without sending its result (killed, out of memory)."""


_NUMBER_BYTES = 4


class _ChunkQueue:
    """The chunk numbers of one `map` call, all written at once into a pipe whose writing end
    is then closed: each process reads the next number when it is free (Linux reads a pipe
    under a lock, so every number is read once, whole) and finds the end of the file when none
    is left."""

    def __init__(self, reader: int) -> None:
        self.reader = reader

    @classmethod
    def holding(cls, total: int) -> _ChunkQueue | None:
        """A queue of the numbers 0..total-1, or None if a pipe cannot hold them."""
        reader, writer = os.pipe()
        try:
            size = total * _NUMBER_BYTES
            capacity = fcntl.fcntl(writer, fcntl.F_GETPIPE_SZ)
            if size > capacity:
                return None
            os.write(writer, b"".join(number.to_bytes(_NUMBER_BYTES, "little")
                                      for number in range(total)))
        except BaseException:
            os.close(reader)
            raise
        finally:
            os.close(writer)
        return cls(reader)

    def next(self) -> int | None:
        """The next chunk number, or None when all are taken."""
        data = os.read(self.reader, _NUMBER_BYTES)
        return int.from_bytes(data, "little") if data else None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.reader)


_HEADER_BYTES = 16  # where a result lies in its worker's memory file: offset, length


class _Workers:
    """The forked children of one `map` call: their pids, result pipes and memory files."""

    def __init__(self, queue: _ChunkQueue) -> None:
        self.queue = queue
        self.pids: list[int] = []
        self._files: dict[int, int] = {}  # result pipe -> memory file of the same child
        self._selector = selectors.DefaultSelector()

    def start(self, function: Callable[[Any, Any], Any], shared: Any,
              chunks: Sequence[Any]) -> None:
        memory = _memory_file()
        try:
            result_read, result_write = os.pipe()
        except OSError:
            os.close(memory)
            raise
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            for fd in (memory, result_read, result_write):
                os.close(fd)
            raise
        if pid == 0:  # the child: never returns
            os.close(result_read)
            for inherited in list(self._files) + list(self._files.values()):
                os.close(inherited)  # a sibling's: its end of file must not wait for us
            _serve(self.queue.reader, result_write, memory, function, shared, chunks, parent)
        os.close(result_write)
        self.pids.append(pid)
        self._files[result_read] = memory
        self._selector.register(result_read, selectors.EVENT_READ)

    def run(self, function: Callable[[Any, Any], Any], shared: Any, chunks: Sequence[Any],
            check: Check | None) -> list[Any]:
        """Compute chunks here while there are any left, taking in the workers' results
        between them; then wait for the rest."""
        results: list[Any] = [None] * len(chunks)
        done = [False] * len(chunks)
        while True:
            self._receive(results, done, 0)
            if check is not None:
                check()
            number = self.queue.next()
            if number is None:
                break
            results[number] = function(shared, chunks[number])
            done[number] = True
        while not all(done):
            if check is not None:
                check()
            if not self._files:  # every worker has left, and some chunk never came back
                raise WorkerFailed("a worker process ended unexpectedly")
            self._receive(results, done, _POLL_SECONDS)
        return results

    def _receive(self, results: list[Any], done: list[bool], timeout: float) -> None:
        for key, _ in self._selector.select(timeout):
            reader = int(key.fd)
            header = _read_exactly(reader, _HEADER_BYTES, at_end=b"")
            if not header:  # the worker found no chunk left and left
                self._forget(reader)
                continue
            offset = int.from_bytes(header[:8], "little")
            size = int.from_bytes(header[8:], "little")
            with mmap.mmap(self._files[reader], size, mmap.MAP_SHARED, mmap.PROT_READ,
                           offset=offset) as stored:
                status, number, value = pickle.loads(stored)
            if status == "error":
                raise value
            results[number] = value
            done[number] = True

    def _forget(self, reader: int) -> None:
        self._selector.unregister(reader)
        os.close(reader)
        os.close(self._files.pop(reader))

    def stop(self, *, kill: bool) -> None:
        """End every child and reap it: none is left behind. `kill`: at once, even if it is
        still working (else each has found the queue empty and is leaving)."""
        for reader in list(self._files):
            self._forget(reader)
        self._selector.close()
        for pid in self.pids:
            try:
                if kill:
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ChildProcessError, ProcessLookupError):
                pass
        self.pids.clear()


def _memory_file() -> int:
    """A file in memory that a worker writes its results to (`fork_is_safe`: Linux)."""
    return os.memfd_create("parallax-results", os.MFD_CLOEXEC)


def _serve(tasks: int, results: int, memory: int, function: Callable[[Any, Any], Any],
           shared: Any, chunks: Sequence[Any], parent: int) -> None:
    """A worker's life: take chunk numbers from the queue until none is left, write each
    result to the memory file and say where; leave without running the parent's exit handlers
    or flushing its buffers."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
        _die_with_parent(parent)
        offset = 0
        while True:
            data = os.read(tasks, _NUMBER_BYTES)
            if not data:
                break
            number = int.from_bytes(data, "little")
            try:
                message = ("ok", number, function(shared, chunks[number]))
                stored = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as error:  # raised in the parent, as in process
                stored = _pickled_error(number, error)
            _write_all(memory, stored, offset)
            _write_all(results, offset.to_bytes(8, "little") + len(stored).to_bytes(8, "little"))
            # the next result starts on a page, where the parent can map it
            offset += -(-len(stored) // mmap.ALLOCATIONGRANULARITY) * mmap.ALLOCATIONGRANULARITY
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


def _read_exactly(fd: int, size: int, at_end: bytes | None = None) -> bytes:
    """`size` bytes from `fd`; at its end of file before the first byte, `at_end` (None: the
    end is a failure, as it is after the first byte)."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = os.readv(fd, [view[got:]])
        if count == 0:
            if got == 0 and at_end is not None:
                return at_end
            raise WorkerFailed("a worker process ended unexpectedly")
        got += count
    return bytes(buffer)


def _write_all(fd: int, data: bytes, offset: int | None = None) -> None:
    """All of `data` to `fd` (at `offset` of a file: at its current position if None)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view) if offset is None else os.pwrite(fd, view, offset)
        view = view[written:]
        if offset is not None:
            offset += written
