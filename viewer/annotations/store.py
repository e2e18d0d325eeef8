"""Read and write annotation files safely: atomic saves with a backup, clear errors on bad files.

Saving writes a temporary file in the same folder, flushes and fsyncs it, keeps the previous
file as `NAME.bak` (a hard link, else a copy), replaces the file with `os.replace` and fsyncs the
folder, so a crash or a full disk at any moment leaves the old or the new file whole. A save
holds a lock on the folder (`folder_lock`), so two processes never interleave their steps, and
removes the temporary files a killed save left. A symbolic link is written through (the file it
names is replaced, the link kept); a FIFO, device or socket is never replaced nor opened.
Loading never modifies the file; a bad file raises `AnnotationFileError` saying what is wrong
and where (JSON line and column, or the JSON path of the bad field). A file written by a newer
schema version is refused and never overwritten.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from viewer.printable import printable

from .model import Annotation, AnnotationSet
from .shapes import sibling_page_loader
from .w3c import (
    SCHEMA_VERSION,
    FormatError,
    NewerVersionError,
    ParsedCollection,
    collection_from_json,
    set_to_text,
)

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Larger files are refused unread (10,000 annotations take about 10 MB)."""
BACKUP_SUFFIX = ".bak"


class AnnotationFileError(Exception):
    """An annotation file that cannot be used; `str()` is one line naming the file.

    `save_elsewhere`: the file could not be written where it is (a read-only folder, no
    permission, a full disk): the annotations are still in memory, and Save As to another place
    may well work -- the caller should offer it.
    """

    def __init__(self, path: Path, reason: str, *, newer_version: bool = False,
                 save_elsewhere: bool = False) -> None:
        super().__init__(f"{printable(path)}: {reason}")
        self.path = path
        self.reason = reason
        self.newer_version = newer_version
        self.save_elsewhere = save_elsewhere


class NotARegularFile(OSError):
    """The path names a FIFO, device or socket: never opened, never replaced."""


_WRITE_ELSEWHERE_ERRORS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC,
                                     errno.EDQUOT, errno.EFBIG})


def save_error(path: Path, error: OSError) -> AnnotationFileError:
    """The one-line error for a failed save of `path`, saying what happened to the work."""
    code = error.errno
    if isinstance(error, NotARegularFile):
        reason = f"{error.strerror}; not saved"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = (f"could not be saved: its folder is read-only ({error.strerror}); the "
                  "annotations are kept in memory -- save them elsewhere with Save As")
    elif code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        reason = (f"could not be saved: the disk is full ({error.strerror}); the previous file "
                  "is unchanged and the annotations are kept in memory -- free some space or "
                  "save them elsewhere with Save As")
    else:
        reason = (f"could not be saved ({error.strerror or error}); the previous file is "
                  "unchanged")
    return AnnotationFileError(path, reason, save_elsewhere=code in _WRITE_ELSEWHERE_ERRORS)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


# -- loading --------------------------------------------------------------------------------


def load_collection(path: Path | str) -> ParsedCollection:
    """Read and validate an annotation file in any accepted shape (never modifies it); pages
    named by IRI are looked for in files beside it."""
    path = Path(path)
    return parse_bytes(path, _read_raw(path))


def parse_bytes(path: Path, raw: bytes) -> ParsedCollection:
    """Validate the bytes of the annotation file at `path` (errors name `path`)."""
    document = _json_from_bytes(path, raw)
    try:
        return collection_from_json(document, sibling_page_loader(path, _read_json))
    except NewerVersionError as error:
        raise AnnotationFileError(path, error.problem, newer_version=True) from None
    except FormatError as error:
        raise AnnotationFileError(path, f"invalid annotation file at {error}") from None


def load_set(path: Path | str) -> AnnotationSet:
    """An `AnnotationSet` with the file's annotations and claim groups (not yet re-anchored)."""
    parsed = load_collection(path)
    try:
        return AnnotationSet(parsed.annotations, parsed.claims,
                             collection_id=parsed.collection_id)
    except ValueError as error:
        raise AnnotationFileError(Path(path), f"invalid annotation file: {error}") from None


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Up to `limit` + 1 bytes of the file; raises OSError, NotARegularFile for a special file
    (looked at before opening, and opened non-blocking: a FIFO would otherwise wait forever)."""
    kind = special_file_kind(os.stat(path).st_mode)
    if kind is not None:
        raise NotARegularFile(errno.EINVAL, f"{kind}, not an annotation file")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as stream:
        kind = special_file_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise NotARegularFile(errno.EINVAL, f"{kind}, not an annotation file")
        return stream.read(limit + 1)


def special_file_kind(mode: int) -> str | None:
    """"a FIFO (named pipe)", "a device" or "a socket" for such a file mode, else None."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


def _read_raw(path: Path) -> bytes:
    try:
        return read_bytes(path)
    except NotARegularFile as error:
        raise AnnotationFileError(path, str(error.strerror)) from None
    except FileNotFoundError:
        raise AnnotationFileError(path, "no such file") from None
    except IsADirectoryError:
        raise AnnotationFileError(path, "is a folder, not an annotation file") from None
    except OSError as error:
        raise AnnotationFileError(path, f"cannot be read ({error.strerror or error})") from None


def _read_json(path: Path) -> object:
    """The JSON document in the file at `path` (a sibling page of a collection, for instance)."""
    return _json_from_bytes(path, _read_raw(path))


def _json_from_bytes(path: Path, raw: bytes) -> object:
    if len(raw) > MAX_FILE_BYTES:
        raise AnnotationFileError(
            path, f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; not an annotation file "
                  "Parallax can open")
    if not raw.strip():
        raise AnnotationFileError(path, "the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AnnotationFileError(
            path, f"not UTF-8 text (bad byte at offset {error.start}); not an annotation file"
        ) from None
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise AnnotationFileError(
            path, f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg} "
                  "(the file may be truncated or corrupt)") from None
    except RecursionError:
        raise AnnotationFileError(path, "JSON nested too deeply to be an annotation "
                                        "file") from None
    except ValueError as error:  # e.g. NaN/Infinity, or an integer with thousands of digits
        raise AnnotationFileError(path, f"not usable JSON: {error}") from None
    if _SURROGATE_ESCAPE.search(text):
        where = _lone_surrogate(document)
        if where is not None:
            # Such a string could never be saved again as UTF-8.
            raise AnnotationFileError(path, f"invalid annotation file at {where}: an unpaired "
                                            "UTF-16 surrogate escape (\\uD800-\\uDFFF)")
    return document


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(document: object) -> str | None:
    """The JSON path of the first string holding an unpaired surrogate, else None."""
    stack: list[tuple[str, object]] = [("$", document)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return where
        elif isinstance(value, dict):
            for key, item in value.items():
                stack.append((f"{where}.{key}", key))
                stack.append((f"{where}.{key}", item))
        elif isinstance(value, list):
            stack.extend((f"{where}[{n}]", item) for n, item in enumerate(value))
    return None


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


# -- saving ---------------------------------------------------------------------------------


def save_set(annotation_set: AnnotationSet, path: Path | str, *, backup: bool = True) -> None:
    """Write the set atomically to `path`, keeping the previous file as `path.bak`.

    Refuses (AnnotationFileError) to replace a file written by a newer schema version.
    """
    path = Path(path)
    data = encode_set(annotation_set)
    refuse_if_newer(path)
    try:
        atomic_write_bytes(path, data, backup=backup_path(path) if backup else None)
    except OSError as error:
        raise save_error(path, error) from None


def encode_set(annotation_set: AnnotationSet) -> bytes:
    """The file bytes for the set. An article whose file name is not UTF-8 (bytes on Linux)
    gives ids and file names with lone surrogates: they are stored in their printable form
    instead of failing the save (the article is still found by its `file:` URI)."""
    try:
        return set_to_text(annotation_set).encode("utf-8")
    except UnicodeEncodeError:
        cleaned = AnnotationSet([_encodable(a) for a in annotation_set.annotations],
                                annotation_set.claims,
                                collection_id=annotation_set.collection_id)
        return set_to_text(cleaned).encode("utf-8")


def _encodable(annotation: Annotation) -> Annotation:
    file_name = annotation.file_name
    return replace(annotation, article_id=printable(annotation.article_id),
                   file_name=printable(file_name) if file_name else file_name)


_VERSION_RE = re.compile(rb'"parallax:version"\s*:\s*(-?\d+)')


def existing_version(path: Path) -> int | None:
    """The schema version of the annotation file at `path`, if it states one and is readable."""
    try:
        head = read_bytes(path)
    except OSError:
        return None
    found = _VERSION_RE.search(head)
    return int(found.group(1)) if found else None


def refuse_if_newer(path: Path) -> None:
    version = existing_version(path)
    if version is not None and version > SCHEMA_VERSION:
        raise AnnotationFileError(
            path, f"written by a newer Parallax (file schema version {version}; this version "
                  f"writes {SCHEMA_VERSION}); not overwritten -- save to another file",
            newer_version=True)


def _default_mode() -> int:
    # Reading the umask means setting it; do it once at import, before any threads start.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


_NEW_FILE_MODE = _default_mode()


def atomic_write_bytes(path: Path, data: bytes, *, backup: Path | None = None) -> None:
    """Replace `path` with `data` so that readers only ever see the old or the new bytes.

    With `backup`, the previous file (if any) is kept there, itself replaced atomically. A
    symbolic link is written through: the file it names is replaced and the link stays (its
    backup lies beside that file). A FIFO, device or socket raises `NotARegularFile`.
    """
    path = Path(path)
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if backup is not None:
            backup = target.with_name(target.name + BACKUP_SUFFIX)
        path = target
    try:
        kind = special_file_kind(os.stat(path).st_mode)
    except OSError:
        kind = None
    if kind is not None:
        raise NotARegularFile(errno.EINVAL, f"{kind}; refusing to replace it with a file")
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
            try:
                mode = path.stat().st_mode & 0o777
            except OSError:
                mode = _NEW_FILE_MODE
            with contextlib.suppress(OSError):
                os.chmod(temp, mode)
            if backup is not None and path.exists():
                _keep_backup(path, backup)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        _fsync_folder(folder)


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


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; not possible (nor needed) on every platform."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
