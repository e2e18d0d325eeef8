"""Why an annotation made on a file is orphaned, naming the real cause: its file is there but
cannot be read (permission denied, emptied), its file is gone from its folder, or the file is
fine and only not among the articles open. No Qt.

A tester set a file to mode 000 and deleted another: the first one's note said "its article
... is not among the articles open", the second's "no article here has its source or file
name", and neither said what had happened to the file.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from viewer.loading.files import MAX_FILE_BYTES
from viewer.printable import printable

from .model import Annotation


def named_file(annotation: Annotation) -> Path | None:
    """The file an annotation names as its source (a `file:` URI), whether or not it exists."""
    parts = urlsplit(annotation.source)
    if parts.scheme != "file" or not parts.path:
        return None
    try:
        return Path(url2pathname(unquote(parts.path)))
    except (OSError, ValueError):
        return None


def unopened_file_reason(path: Path, cache: dict[Path, str | None] | None = None) -> str:
    """Why the note on `path`, a file that is there, has no article: the reason the file
    cannot be opened (`why_unreadable`), else that it is not among the articles open (removed
    from the comparison). `cache` keeps each file's answer for one pass: many notes on one
    file look at it once."""
    cache = cache if cache is not None else {}
    if path not in cache:
        cache[path] = why_unreadable(path)
    reason, name = cache[path], printable(path.name)
    if reason is not None:
        return f"its article's file, {name}, {reason}"
    return f"its article, {name}, is not among the articles open"


def why_unreadable(path: Path) -> str | None:
    """Why the loader would refuse `path` before reading its words, as the end of a sentence
    ("cannot be read (permission denied)", "is empty"), else None. It is opened and looked at,
    never read: this runs where the window re-anchors its notes, and a file may be 20 MB."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            size = os.fstat(descriptor).st_size
        finally:
            os.close(descriptor)
    except PermissionError:
        return "cannot be read (permission denied)"
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if size == 0:
        return "is empty"
    if size > MAX_FILE_BYTES:
        return f"is too large to open (over {MAX_FILE_BYTES // (1024 * 1024)} MB)"
    return None


def missing_file_reason(annotation: Annotation) -> str | None:
    """Why a note whose quote no article open holds is orphaned, when its file is gone: the
    file is no longer in its folder, or the folder itself is gone (moved or deleted). None
    when the note names no file, or its file is there."""
    path = named_file(annotation)
    if path is None:
        return None
    try:
        if path.exists():
            return None
        folder_there = path.parent.is_dir()
    except (OSError, ValueError):
        return None
    where = (f"is no longer in {printable(str(path.parent))} (deleted, moved or renamed)"
             if folder_there else
             f"is no longer there: its folder {printable(str(path.parent))} is gone")
    return (f"its file, {printable(path.name)}, {where}, and its quote with its context is in "
            "no article open")
