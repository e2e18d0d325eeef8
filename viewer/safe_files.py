"""Files written and read so that nothing is lost and nothing hangs.

`atomic_write_bytes` replaces a file so readers only ever see the old or the new bytes: a
temporary file in the same folder, written with `os.write`, fsynced, the previous file kept as
`NAME.bak` (a hard link, else a copy) when asked, `os.replace`, the folder fsynced. It holds
`folder_lock` (an exclusive `flock` on the folder, shared by every Parallax process and
re-entrant within one) so two processes never interleave their steps, and removes the temporary
files a killed save left. A symbolic link is written through as editors do (the file it names is
replaced, the link kept). A FIFO, device or socket is never replaced, and `read_bytes` never
opens one (it looks with `stat` first and opens non-blocking: a FIFO opened for reading waits
for a writer forever). No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from viewer.filesystem import fsync_folder, special_file_kind

BACKUP_SUFFIX = ".bak"


class NotARegularFile(OSError):
    """The path names a FIFO, device or socket: never opened, never replaced."""



def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)



class TooLarge(OSError):
    """The file is larger than the caller's limit: refused unread."""


def read_bytes(path: Path, limit: int) -> bytes:
    """Up to `limit` + 1 bytes of the file; raises OSError, NotARegularFile for a special file
    (looked at before opening, and opened non-blocking: a FIFO would otherwise wait forever),
    TooLarge for a file its size shows is over `limit` (a file claiming a gigabyte was read up
    to the limit first, 256 MB of memory to refuse it: found by the fault matrix)."""
    kind = special_file_kind(os.stat(path).st_mode)
    if kind is not None:
        raise NotARegularFile(errno.EINVAL, f"{kind}, not a file")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as stream:
        info = os.fstat(fd)
        kind = special_file_kind(info.st_mode)
        if kind is not None:
            raise NotARegularFile(errno.EINVAL, f"{kind}, not a file")
        if info.st_size > limit:
            raise TooLarge(errno.EFBIG, f"larger than {limit} bytes")
        return stream.read(limit + 1)



def _default_mode() -> int:
    # Reading the umask means setting it; do it once at import, before any threads start.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


_NEW_FILE_MODE = _default_mode()


def replacement_mode(path: Path) -> int:
    """The permissions a file written to replace `path` should have: those of the file it
    replaces, else what the umask gives a new file. `tempfile.mkstemp` creates 0600 whatever
    the umask, which would keep a file on a shared folder from the colleagues it is for."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return _NEW_FILE_MODE


def kept_writable_mode(path: Path) -> int:
    """The permissions for a file written to replace `path` that Parallax then goes on writing
    in place (a project, which SQLite changes inside the file): `replacement_mode` with the
    owner's write bit. A read-only file replaced by Save project as kept its 0444, and the
    project it became refused every change ("attempt to write a readonly database") while its
    window said it could take them. The other bits are the replaced file's, as for any file."""
    return replacement_mode(path) | stat.S_IWUSR


def atomic_write_bytes(path: Path, data: bytes, *, backup: Path | None = None) -> None:
    """Replace `path` with `data` so that readers only ever see the old or the new bytes.

    With `backup`, the previous file (if any) is kept there, itself replaced atomically. A
    symbolic link is written through: the file it names is replaced and the link stays (its
    backup lies beside that file). A FIFO, device or socket raises `NotARegularFile`.
    """
    path = Path(path)
    target = replaced_file(path)
    if target != path and backup is not None:
        backup = target.with_name(target.name + BACKUP_SUFFIX)
    path = target
    folder = path.parent
    with folder_lock(folder):
        remove_stale_temporaries(path)
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=_temp_prefix(path),
                                         suffix=TEMP_SUFFIX)
        temp = Path(temp_name)
        try:
            try:
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            with contextlib.suppress(OSError):
                os.chmod(temp, replacement_mode(path))
            if backup is not None and path.exists():
                _keep_backup(path, backup)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        fsync_folder(folder)


def replaced_file(path: Path) -> Path:
    """The file a save to `path` replaces: `path` itself, or the file a symbolic link there
    names (written through, as editors do: the link stays). Raises `NotARegularFile` for a
    FIFO, device or socket (never replaced with a file), and OSError(ELOOP) for links that
    lead in a circle (`realpath` stops on one of them; replacing it with a file would silently
    undo the user's links -- found by the fault matrix, `annotations import --into` a loop)."""
    path = Path(path)
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if target.is_symlink():
            raise OSError(errno.ELOOP, "a link that leads in a circle", str(path))
        path = target
    try:
        kind = special_file_kind(os.stat(path).st_mode)
    except OSError:
        kind = None
    if kind is not None:
        raise NotARegularFile(errno.EINVAL, f"{kind}; refusing to replace it with a file")
    return path


TEMP_SUFFIX = ".tmp"


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete the temporary files that saves of `path` (and of its backup) left when they were
    killed; returns them. Call with `folder_lock` held: every save holds it while its own
    temporary file exists, so any such file found then is stale."""
    removed: list[Path] = []
    folder = path.parent
    prefixes = (_temp_prefix(path), _temp_prefix(backup_path(path)))
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if name.startswith(prefixes) and name.endswith(TEMP_SUFFIX):
            stale = folder / name
            with contextlib.suppress(OSError):
                stale.unlink()
                removed.append(stale)
    return removed


_held_locks: dict[str, list[int]] = {}
"""Folder -> [file descriptor, depth]: the folder locks this process holds."""
_held_locks_guard = threading.RLock()


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (re-entrant within this process), shared by every
    Parallax process saving there, so a read-compare-replace is never interleaved with another
    process's. Where locks are unavailable (no `fcntl`), does nothing."""
    try:
        import fcntl
    except ImportError:  # Windows: os.replace is still atomic
        yield
        return
    key = os.path.realpath(folder)
    with _held_locks_guard:
        held = _held_locks.get(key)
        if held is not None:
            held[1] += 1
        else:
            fd = os.open(key, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
            except OSError:
                os.close(fd)
                raise
            _held_locks[key] = [fd, 1]
        try:
            yield
        finally:
            entry = _held_locks[key]
            entry[1] -= 1
            if entry[1] == 0:
                del _held_locks[key]
                fcntl.flock(entry[0], fcntl.LOCK_UN)
                os.close(entry[0])


def _keep_backup(path: Path, backup: Path) -> None:
    fd, staged_name = tempfile.mkstemp(dir=backup.parent, prefix=_temp_prefix(backup),
                                       suffix=TEMP_SUFFIX)
    os.close(fd)
    staged = Path(staged_name)
    try:
        staged.unlink()
        try:
            os.link(path, staged)  # Shares the old bytes; the save then gives `path` new ones.
        except OSError:
            shutil.copy2(path, staged)
            with open(staged, "rb+") as stream:
                os.fsync(stream.fileno())
        os.replace(staged, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
