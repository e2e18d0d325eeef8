"""The plumbing of `viewer.workers.ForkPool`'s forked workers: a queue of chunk numbers every
process takes from, a memory file per worker that its results are written to, serving chunks
in a worker, and stopping the workers (killed with the parent, never left behind).

Linux only (memory files, `os.fork`), used only where `viewer.workers.fork_is_safe` says so.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import selectors
import signal
import traceback
from collections.abc import Callable, Sequence
from typing import Any

Check = Callable[[], None]
"""Called while waiting for workers; raises to stop, e.g. `Cancelled`."""

POLL_SECONDS = 0.05


class WorkerFailed(RuntimeError):
    """A worker process ended without sending its result (killed, out of memory)."""


_NUMBER_BYTES = 4


class ChunkQueue:
    """The chunk numbers of one `map` call, all written at once into a pipe whose writing end
    is then closed: each process reads the next number when it is free (Linux reads a pipe
    under a lock, so every number is read once, whole) and finds the end of the file when none
    is left."""

    def __init__(self, reader: int) -> None:
        self.reader = reader

    @classmethod
    def holding(cls, total: int) -> ChunkQueue | None:
        """A queue of the numbers 0..total-1, or None if a pipe cannot hold them."""
        import fcntl  # (Unix only, as forking is: imported where the pool forks)

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


class Workers:
    """The forked children of one `map` call: their pids, result pipes and memory files."""

    def __init__(self, queue: ChunkQueue) -> None:
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
            self._receive(results, done, POLL_SECONDS)
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
            with mmap.mmap(self._files[reader], size, offset=offset) as stored:
                status, number, value = pickle.loads(stored)
                # Read: its memory goes back now, not when the whole map is done.
                stored.madvise(mmap.MADV_REMOVE)
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
