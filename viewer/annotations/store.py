"""Read and write annotation files safely: atomic saves with a backup, clear errors on bad files.

Saving is `viewer.safe_files.atomic_write_bytes` (a temporary file, fsync, the previous file
kept as `NAME.bak`, `os.replace`, under a folder lock; links written through, special files
refused), so a crash or a full disk at any moment leaves the old or the new file whole.
Loading never modifies the file; a bad file raises `AnnotationFileError` saying what is wrong
and where (JSON line and column, or the JSON path of the bad field). A file written by a newer
schema version is refused and never overwritten.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from viewer.printable import printable
from viewer.safe_files import BACKUP_SUFFIX as BACKUP_SUFFIX  # re-exported for its users
from viewer.safe_files import NotARegularFile as NotARegularFile
from viewer.safe_files import TooLarge, read_bytes
from viewer.safe_files import atomic_write_bytes as atomic_write_bytes
from viewer.safe_files import backup_path as backup_path
from viewer.wording import count_of

from .annotation_set import AnnotationSet
from .json_input import NotUsableJson, json_value, repeated_key_in_page
from .model import with_writable_names
from .shapes import UnreadPage, sibling_page_loader
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
_SQLITE_MAGIC = b"SQLite format 3\x00"
"""(`viewer.projects` names it too; the annotation store does not import the projects.)"""
OUT_OF_MEMORY = ("too many annotations to read in the memory free on this computer; nothing "
                 "was read (split the file, or close other programs)")
TOO_LARGE = (f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; not an annotation file "
             "Parallax can open")


class AnnotationFileError(Exception):
    """An annotation file that cannot be used; `str()` is one line naming the file.

    `save_elsewhere`: the file could not be written where it is (a read-only folder, no
    permission, a full disk): the annotations are still in memory, and Save As to another place
    may well work -- the caller should offer it.
    """

    def __init__(self, path: Path, reason: str, *, newer_version: bool = False,
                 save_elsewhere: bool = False, advice: str = "") -> None:
        super().__init__(f"{printable(path)}: {reason}")
        self.path = path
        self.reason = reason
        self.newer_version = newer_version
        self.save_elsewhere = save_elsewhere
        self.advice = advice
        """What the window's user can do about a failed save ("the annotations are kept in
        memory -- save them elsewhere with Save As"): said by the window, not by a command,
        which keeps nothing in memory and has no Save As."""


def with_advice(error: Exception) -> str:
    """A failed save as the window says it: the file and why, then what its user can do (an
    `AnnotationFileError`'s `advice`: the annotations are in memory, Save As elsewhere)."""
    advice = getattr(error, "advice", "")
    return f"{error}; {advice}" if advice else str(error)


_WRITE_ELSEWHERE_ERRORS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC,
                                     errno.EDQUOT, errno.EFBIG})


def save_error(path: Path, error: OSError) -> AnnotationFileError:
    """The one-line error for a failed save of `path`, saying what happened to the work."""
    code = error.errno
    advice = ""
    if isinstance(error, NotARegularFile):
        reason = f"{error.strerror}; not saved"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = f"could not be saved: its folder is read-only ({error.strerror})"
        advice = "the annotations are kept in memory -- save them elsewhere with Save As"
    elif code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        reason = (f"could not be saved: the disk is full ({error.strerror}); the previous file "
                  "is unchanged")
        advice = ("the annotations are kept in memory -- free some space or save them "
                  "elsewhere with Save As")
    else:
        reason = (f"could not be saved ({error.strerror or error}); the previous file is "
                  "unchanged")
    return AnnotationFileError(path, reason, save_elsewhere=code in _WRITE_ELSEWHERE_ERRORS,
                               advice=advice)


# -- loading --------------------------------------------------------------------------------


def load_collection(path: Path | str) -> ParsedCollection:
    """Read and validate an annotation file in any accepted shape (never modifies it); pages
    named by IRI are looked for in files beside it."""
    path = Path(path)
    return parse_bytes(path, _read_raw(path))


def parse_bytes(path: Path, raw: bytes) -> ParsedCollection:
    """Validate the bytes of the annotation file at `path` (errors name `path`)."""
    try:
        document = _json_from_bytes(path, raw)
        return collection_from_json(document, sibling_page_loader(path, _read_page))
    except MemoryError:
        # (a million page notes under 256 MB ended in "internal error: MemoryError", the file
        # not named -- a fault tester's, with 8 GB)
        raise AnnotationFileError(path, OUT_OF_MEMORY) from None
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


def _read_raw(path: Path) -> bytes:
    try:
        return read_bytes(path, MAX_FILE_BYTES)
    except TooLarge:
        raise AnnotationFileError(path, TOO_LARGE) from None
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


def _read_page(path: Path) -> object:
    """A sibling page's JSON, or why it cannot be read (`UnreadPage`: reported, and the rest of
    the collection loads; a text file named as the next page had stopped the whole import,
    naming the page's file as if it were the one imported)."""
    try:
        page = _read_json(path)
        repeated_key_in_page(page)  # (its own keys decide what it holds, as a collection's)
    except AnnotationFileError as error:
        return UnreadPage(f"is a file beside it that cannot be read: {error.reason}")
    except FormatError as error:
        return UnreadPage(f"is a file beside it that cannot be read: at {error.where} in it, "
                          f"{error.problem}")
    return page


def _json_from_bytes(path: Path, raw: bytes) -> object:
    if len(raw) > MAX_FILE_BYTES:
        raise AnnotationFileError(path, TOO_LARGE)
    if raw.startswith(_SQLITE_MAGIC):
        # A project chosen as an annotation file was "not UTF-8 text (bad byte at offset
        # 102)", which sent the user looking for an encoding problem (the fault matrix).
        raise AnnotationFileError(path, "is a Parallax project (or another SQLite database), "
                                        "not an annotation file: open a project with File › "
                                        "Open project… or 'parallax PROJECT'")
    try:
        return json_value(raw)
    except NotUsableJson as error:
        raise AnnotationFileError(path, str(error)) from None


# -- saving ---------------------------------------------------------------------------------


def save_set(annotation_set: AnnotationSet, path: Path | str, *, backup: bool = True) -> None:
    """Write the set atomically to `path`, keeping the previous file as `path.bak`.

    Refuses (AnnotationFileError) to replace a file written by a newer schema version.
    """
    path = Path(path)
    data = encode_set(annotation_set)
    refuse_if_too_large(path, data, len(annotation_set))
    refuse_if_newer(path)
    try:
        atomic_write_bytes(path, data, backup=backup_path(path) if backup else None)
    except OSError as error:
        raise save_error(path, error) from None


def refuse_if_too_large(path: Path, data: bytes, annotations: int) -> None:
    """Raise AnnotationFileError, nothing written, when `data` is larger than Parallax opens
    (MAX_FILE_BYTES): a fault tester imported 361,905 annotations from a 228 MB file, the
    store wrote 273 MB, and every later opening refused the user's own file as too large."""
    if len(data) > MAX_FILE_BYTES:
        raise AnnotationFileError(
            path, f"not saved: {count_of(annotations, 'annotation')} "
                  f"make{'s' if annotations == 1 else ''} a file of "
                  f"{len(data) // (1024 * 1024):,} MB, larger than the "
                  f"{MAX_FILE_BYTES // (1024 * 1024)} MB Parallax opens; the file is left as "
                  "it was (remove annotations, or keep them in a project)")


def encode_set(annotation_set: AnnotationSet) -> bytes:
    """The file bytes for the set. An article whose file name is not UTF-8 (bytes on Linux)
    gives ids and file names with lone surrogates: they are stored in their printable form
    instead of failing the save (the article is still found by its `file:` URI)."""
    try:
        return set_to_text(annotation_set).encode("utf-8")
    except UnicodeEncodeError:
        cleaned = AnnotationSet([with_writable_names(a) for a in annotation_set.annotations],
                                annotation_set.claims,
                                collection_id=annotation_set.collection_id)
        return set_to_text(cleaned).encode("utf-8")


_VERSION_RE = re.compile(rb'"parallax:version"\s*:\s*(-?\d+)')


def existing_version(path: Path) -> int | None:
    """The schema version of the annotation file at `path`, if it states one and is readable."""
    try:
        head = read_bytes(path, MAX_FILE_BYTES)
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


