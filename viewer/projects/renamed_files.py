"""Which file of its folder a project's gone file was renamed to: the folder's files that no
article was read from are read once, into one index of their texts, and each gone file's text is
looked up in it. No Qt.

Looking through the folder again for each gone file read a folder's unknown files once per gone
file: 2,000 articles of which 1,000 were renamed took 19 to 43 s of CPU on a worker thread beside
the window (competing with it for the interpreter), and reading only the first 200 files each
time called files renamed beyond them "no longer on disk". Read once, the folder costs what
reading its files costs; a folder too large to read whole within `MAX_FOLDER_BYTES_READ` is read
in part, and a gone file not found in the part read is said to be perhaps among the rest, never
gone.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from viewer.cancel import CancelToken

MAX_FOLDER_BYTES_READ = 64 * 1024 * 1024
"""Bytes of one folder's unknown files read to find its gone files under new names: a folder of
plain texts is read whole (2,000 generated articles are 10 MB), while one of saved web pages,
which take the loader far longer per byte, is not parsed for minutes beside the window."""

ReadText = Callable[[Path], str]
"""A file's text as the loader reads it; raises `UnusableFile` (or OSError) with the reason."""


@dataclass(frozen=True)
class Lookup:
    """Where a gone file's text is now, as far as its folder was read."""

    renamed_to: Path | None
    """The one unknown file of its folder holding its text (None: none, or several alike)."""
    unread: int
    """The folder's unknown files of its suffix left unread (the budget spent, or a cancel):
    the file may be one of them."""


class FolderIndex:
    """The texts of one folder's files of the given suffixes that no article was read from,
    each file read once (its text kept as a digest: an index of thousands holds no texts)."""

    def __init__(self, folder: Path, suffixes: Collection[str], referenced: Collection[Path],
                 read: ReadText, cancel: CancelToken | None = None) -> None:
        self._names: dict[tuple[str, bytes], list[Path]] = {}
        self._unread: dict[str, int] = {}
        budget = MAX_FOLDER_BYTES_READ
        for path in _unknown_files(folder, {suffix.lower() for suffix in suffixes}, referenced):
            suffix = path.suffix.lower()
            size = _size(path)
            if size > budget or (cancel is not None and cancel.cancelled):
                self._unread[suffix] = self._unread.get(suffix, 0) + 1
                continue
            budget -= size
            try:
                text = read(path)
            except Exception:  # (a file the loader cannot read is no article's text now)
                continue
            self._names.setdefault((suffix, _digest(text)), []).append(path)

    def lookup(self, gone: Path, text: str) -> Lookup:
        """Where `gone`'s `text` is now among the folder's files of `gone`'s suffix."""
        suffix = gone.suffix.lower()
        found = self._names.get((suffix, _digest(text)), [])
        return Lookup(found[0] if len(found) == 1 else None, self._unread.get(suffix, 0))


def _unknown_files(folder: Path, suffixes: set[str], referenced: Collection[Path]
                   ) -> Iterable[Path]:
    """The folder's files of `suffixes` that no article was read from, by name (so that which
    are read within the budget does not depend on the order the file system lists them)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    paths = (folder / name for name in names)
    return [path for path in paths if path.suffix.lower() in suffixes and path not in referenced]


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # (read all the same: the reader says why it cannot be)


def _digest(text: str) -> bytes:
    # (lone surrogates kept: a text the loader decoded leniently still has one digest)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
