"""Read and write annotation files safely: atomic saves with a backup, clear errors on bad files.

Saving writes a temporary file in the same folder, flushes and fsyncs it, keeps the previous
file as `NAME.bak` (a hard link, else a copy), replaces the file with `os.replace` and fsyncs the
folder, so a crash or a full disk at any moment leaves the old or the new file whole. Loading
never modifies the file; a bad file raises `AnnotationFileError` saying what is wrong and where
(JSON line and column, or the JSON path of the bad field). A file written by a newer schema
version is refused and never overwritten.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

from .model import AnnotationSet
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
    """An annotation file that cannot be used; `str()` is one line naming the file."""

    def __init__(self, path: Path, reason: str, *, newer_version: bool = False) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.newer_version = newer_version


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


# -- loading --------------------------------------------------------------------------------


def load_collection(path: Path | str) -> ParsedCollection:
    """Read and validate an annotation file in any accepted shape (never modifies it); pages
    named by IRI are looked for in files beside it."""
    path = Path(path)
    document = _read_json(path)
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


def _read_json(path: Path) -> object:
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise AnnotationFileError(path, "no such file") from None
    except IsADirectoryError:
        raise AnnotationFileError(path, "is a folder, not an annotation file") from None
    except OSError as error:
        raise AnnotationFileError(path, f"cannot be read ({error.strerror or error})") from None
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
    data = set_to_text(annotation_set).encode("utf-8")
    refuse_if_newer(path)
    try:
        atomic_write_bytes(path, data, backup=backup_path(path) if backup else None)
    except OSError as error:
        raise AnnotationFileError(
            path, f"could not be saved ({error.strerror or error}); the previous file is "
                  "unchanged") from None


_VERSION_RE = re.compile(rb'"parallax:version"\s*:\s*(-?\d+)')


def existing_version(path: Path) -> int | None:
    """The schema version of the annotation file at `path`, if it states one and is readable."""
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
            found = _VERSION_RE.search(head)
            if found is None:
                # We write the version near the top; other writers may not. Read it all.
                head += stream.read(MAX_FILE_BYTES)
                found = _VERSION_RE.search(head)
    except OSError:
        return None
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

    With `backup`, the previous file (if any) is kept there, itself replaced atomically.
    """
    path = Path(path)
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
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


def _keep_backup(path: Path, backup: Path) -> None:
    fd, staged_name = tempfile.mkstemp(dir=backup.parent, prefix=f".{backup.name}.",
                                       suffix=".tmp")
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
