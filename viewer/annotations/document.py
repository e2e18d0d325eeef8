"""The annotation file behind a window: where it lives, whether it is saved, and "save now".

`default_annotation_file` (from `location`) keys a corpus to a file in a per-user data folder
chosen by the caller, so reopening the same corpus restores its annotations and the user's
article folders are never written to. `AnnotationDocument` pairs an `AnnotationSet` with its
file; the GUI's (debounced) autosave timer calls `save_now()`. No Qt here.

Two windows (or processes) may have the same file open. A save first looks, under the folder
lock, at whether the file changed since this document last read or wrote it; if it did, the
other side's changes are merged in (`viewer.annotations.merge`) and the merged set is written,
so neither window's work is lost. When both changed the same annotation, nothing is written
and `SaveConflict` lists the conflicts: the caller asks the user and saves again with
`prefer="mine"` or `"theirs"`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from viewer.corpus import Article
from viewer.printable import printable
from viewer.safe_files import (
    NotARegularFile,
    TooLarge,
    atomic_write_bytes,
    backup_path,
    folder_lock,
    read_bytes,
)

from .anchoring import anchor_all
from .annotation_set import AnnotationSet
from .merge import Conflict, Side, merge
from .model import Annotation, ClaimGroup
from .store import (
    MAX_FILE_BYTES,
    TOO_LARGE,
    AnnotationFileError,
    encode_set,
    parse_bytes,
    refuse_if_newer,
    refuse_if_too_large,
    save_error,
)
from .w3c import ParsedCollection

__all__ = ["AnnotationDocument", "SaveConflict"]


class SaveConflict(AnnotationFileError):
    """Another window changed some of the annotations this one changed; nothing was written."""

    def __init__(self, path: Path, conflicts: tuple[Conflict, ...]) -> None:
        count = len(conflicts)
        super().__init__(
            path, f"changed in another window meanwhile; {count} annotation"
                  f"{'' if count == 1 else 's'} changed on both sides -- keep yours or theirs")
        self.conflicts = conflicts


_FileStamp = tuple[int, int, int, int]
"""(device, inode, size, modification time in ns): a cheap first look at whether a file
changed (every save makes a new inode, and the previous one lives on as the backup)."""


def _stamp(path: Path) -> _FileStamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class AnnotationDocument:
    """An annotation set and the file it is saved to.

    `blocked` holds the reason saving is refused (the file on disk could not be read or was
    written by a newer version): the GUI shows it and offers Save As instead of overwriting.
    """

    def __init__(self, annotations: AnnotationSet | None = None, path: Path | None = None,
                 *, blocked: str | None = None) -> None:
        self.annotations = annotations if annotations is not None else AnnotationSet()
        self.path = path
        self.blocked = blocked
        self._saved_revision: int | None = self.annotations.revision if path else None
        self._base: tuple[tuple[Annotation, ...], tuple[ClaimGroup, ...]] = ((), ())
        """The annotations and claims as the file held them when last read or written here."""
        self._base_digest: str | None = None
        """SHA-256 of the file's bytes then (None: there was no file)."""
        self._base_stamp: _FileStamp | None = None
        self.last_merged = 0
        """How many annotations the last save took from another window's changes."""
        self.other_tools_shape: str | None = None
        """The shape of the file as read when another tool wrote it ("a Hypothesis search
        result"), which a save would rewrite in Parallax's own; None for Parallax's own file or
        none yet."""

    @classmethod
    def open(cls, path: Path | str, articles: Iterable[Article] | None = None
             ) -> AnnotationDocument:
        """Load `path` (re-anchored against `articles` when given); a missing file starts empty.

        Raises AnnotationFileError for a file that exists but cannot be used.
        """
        path = Path(path)
        if not path.exists():
            document = cls(AnnotationSet(), path)
            document._saved_revision = None  # Nothing on disk yet.
            return document
        stamp = _stamp(path)
        data = _read(path)
        parsed = parse_bytes(path, data)
        try:
            annotation_set = AnnotationSet(parsed.annotations, parsed.claims,
                                           collection_id=parsed.collection_id)
        except ValueError as error:
            raise AnnotationFileError(path, f"invalid annotation file: {error}") from None
        if articles is not None:
            annotation_set.replace_all(anchor_all(annotation_set.annotations, articles))
        document = cls(annotation_set, path, blocked=_unread(parsed))
        document.other_tools_shape = None if parsed.native else parsed.shape
        document._remember_base(parsed.annotations, parsed.claims, data, stamp)
        return document

    @classmethod
    def open_or_block(cls, path: Path | str, articles: Iterable[Article] | None = None
                      ) -> AnnotationDocument:
        """Like `open`, but a bad file gives an empty, save-blocked document (file untouched)."""
        try:
            return cls.open(path, articles)
        except AnnotationFileError as error:
            return cls(AnnotationSet(), Path(path), blocked=str(error))

    @property
    def is_saved(self) -> bool:
        return self._saved_revision == self.annotations.revision

    def unread_notice(self) -> str | None:
        """For the window's notices, one line on a file that could not be read (damaged,
        from a newer version): why, that it is left as it is, and where its previous version
        is when a save here kept one (`NAME.bak`); None when the file was read."""
        if not self.blocked or len(self.annotations) or self.path is None:
            return None
        backup = backup_path(self.path)
        kept = f"; its previous version is in {printable(backup.name)}" if backup.exists() else ""
        return f"{self.blocked}; the file is left as it is{kept}"

    @property
    def nothing_to_lose(self) -> bool:
        """No annotations and no file yet: not saved, but there is nothing the user could lose
        (no unsaved marker, no save needed on quit)."""
        return not len(self.annotations) and not (self.path is not None and self.path.exists())

    def mark_saved(self) -> None:
        self._saved_revision = self.annotations.revision

    def save_now(self, *, prefer: Side | None = None) -> bool:
        """Write the set to its file if it changed since the last save, or take in what another
        writer saved there since; True if either was done.

        If another window (or `parallax annotations import`) changed the file since this
        document read or wrote it, its changes are merged into this document's set first
        (`last_merged` says how many), also when this document has nothing new. Raises
        `SaveConflict` (nothing written) when both changed the same annotation, unless `prefer`
        says whose version to keep; AnnotationFileError when there is no file, saving is
        blocked, another writer left a file read only in part or in another tool's shape
        (saving is then blocked), or writing fails (the previous file is then unchanged, the
        set untouched; `save_elsewhere` tells whether Save As to another place may work).
        """
        if self.path is None:
            raise AnnotationFileError(Path("(unsaved)"), "no annotation file chosen yet")
        if self.blocked:
            raise AnnotationFileError(self.path, f"not saved: {self.blocked}")
        # (nothing of ours to write and nothing another writer saved: the file is left alone;
        # a file changed since is merged, or Ctrl+S did not take in an import made meanwhile
        # although the README says it does -- tester56 #17)
        if self.is_saved and self.path.exists() and _stamp(self.path) == self._base_stamp:
            return False
        path = self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with folder_lock(path.parent):
                self._merge_from_disk(path, prefer)
                self._write(path)
        except AnnotationFileError:
            raise
        except OSError as error:
            raise save_error(path, error) from None
        return True

    def save_as(self, path: Path | str) -> None:
        """Write to `path` and make it this document's file (unblocks a blocked document).

        The user chose the place: a file there is replaced (kept as its backup), not merged.
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with folder_lock(path.parent):
                refuse_if_newer(path)
                self._write(path)
        except AnnotationFileError:
            raise
        except OSError as error:
            raise save_error(path, error) from None
        self.path = path
        self.blocked = None

    def open_instead(self, path: Path) -> None:
        """Make the file at `path` this document's, its annotations (not yet re-anchored)
        replacing the set's contents; it counts as saved. Raises AnnotationFileError (the
        document unchanged) when the file cannot be used."""
        path = Path(path)
        stamp = _stamp(path)
        data = _read(path)
        parsed = parse_bytes(path, data)
        try:
            AnnotationSet(parsed.annotations, parsed.claims)  # checks ids before changing
        except ValueError as error:
            raise AnnotationFileError(path, f"invalid annotation file: {error}") from None
        self.annotations.collection_id = parsed.collection_id
        self.annotations.replace_all(parsed.annotations, parsed.claims)
        self.path = path
        self.blocked = _unread(parsed)
        self.other_tools_shape = None if parsed.native else parsed.shape
        self.mark_saved()
        self._remember_base(parsed.annotations, parsed.claims, data, stamp)

    # -- merging with other writers --------------------------------------------------------------

    def _merge_from_disk(self, path: Path, prefer: Side | None) -> None:
        """Take in what another writer saved to `path` since our base (folder lock held)."""
        self.last_merged = 0
        stamp = _stamp(path)
        if stamp is None or stamp == self._base_stamp:
            return  # no file (nothing to merge with), or the one we last read or wrote
        data = _read(path)
        if _digest(data) == self._base_digest:
            self._base_stamp = stamp
            return
        theirs = parse_bytes(path, data)  # a newer version raises, and is not overwritten
        refused = _not_mergeable(theirs)
        if refused is not None:
            # Merged, what could not be read would count as deleted by them and go from this
            # window and the file, and another tool's file would be rewritten in Parallax's
            # format (a review of deba091): blocked until Save As, as `open` blocks a file read
            # in part, and as `parallax annotations import` refuses another tool's file.
            self.blocked = refused
            raise AnnotationFileError(path, refused, save_elsewhere=True, advice=_KEPT_IN_MEMORY)
        base_annotations, base_claims = self._base
        current = self.annotations
        result = merge(base_annotations, current.annotations, theirs.annotations,
                       base_claims=base_claims, my_claims=current.claims,
                       their_claims=theirs.claims, prefer=prefer)
        if result.conflicts and prefer is None:
            raise SaveConflict(path, result.conflicts)
        if result.annotations != current.annotations or result.claims != current.claims:
            current.replace_all(result.annotations, result.claims)
        self.last_merged = result.taken_from_theirs
        # Their file is now the common base of what we write.
        self._remember_base(theirs.annotations, theirs.claims, data, stamp)

    def _write(self, path: Path) -> None:
        revision = self.annotations.revision
        data = encode_set(self.annotations)
        refuse_if_too_large(path, data, len(self.annotations))
        refuse_if_newer(path)
        stamp = _stamp(path)
        # (a file that already holds these bytes, our own last save untouched since, is not
        # written again: a second save would replace its backup, the file as it was before,
        # with a copy of itself)
        if not (stamp is not None and stamp == self._base_stamp
                and _digest(data) == self._base_digest):
            atomic_write_bytes(path, data, backup=backup_path(path))
        self._saved_revision = revision
        self._remember_base(self.annotations.annotations, self.annotations.claims, data,
                            _stamp(path))

    def _remember_base(self, annotations: tuple[Annotation, ...], claims: tuple[ClaimGroup, ...],
                       data: bytes, stamp: _FileStamp | None) -> None:
        self._base = (annotations, claims)
        self._base_digest = _digest(data)
        self._base_stamp = stamp


def _unread(parsed: ParsedCollection) -> str | None:
    """Why a file read only in part must not be saved over (its pages that could not be read
    would be dropped from it), or None."""
    if not parsed.problems:
        return None
    return f"{parsed.problems[0]}; the file is left as it is"


_KEPT_IN_MEMORY = "the annotations are kept in memory -- save them elsewhere with Save As"


def _not_mergeable(theirs: ParsedCollection) -> str | None:
    """Why what another writer saved meanwhile must not be merged and saved over (it was read
    only in part, or is another tool's shape), or None."""
    if theirs.problems:
        found = f", and read only in part here ({theirs.problems[0]})"
    elif not theirs.native:
        found = f" as {theirs.shape}, which a save here would rewrite in Parallax's own format"
    else:
        return None
    return (f"saved meanwhile by another writer{found}; the file is left as it is and nothing "
            "of it was merged")


def _read(path: Path) -> bytes:
    try:
        return read_bytes(path, MAX_FILE_BYTES)
    except TooLarge:
        raise AnnotationFileError(path, TOO_LARGE) from None
    except NotARegularFile as error:
        raise AnnotationFileError(path, str(error.strerror)) from None
    except OSError as error:
        raise AnnotationFileError(
            path, f"cannot be read ({error.strerror or error})") from None
