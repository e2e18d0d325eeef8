"""The Recent projects list (File › Open Recent) and telling a project file from an article.

The list is a small JSON file in a per-user folder the caller chooses (the window passes its
app-data folder), written atomically; a missing or damaged list is an empty one, never an
error. `is_project_file` reads only the file's first 72 bytes, so `parallax PATH` can tell a
project from an article without opening a database; `starts_like_sqlite` only its first 16. No
Qt.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from viewer.safe_files import atomic_write_bytes

from .database import SQLITE_MAGIC
from .schema import APPLICATION_ID

MAX_RECENT = 10
_MAX_LIST_BYTES = 256 * 1024
_APPLICATION_ID_OFFSET = 68
"""Where SQLite's header keeps `PRAGMA application_id` (4 bytes, big-endian)."""


def starts_like_sqlite(path: Path) -> bool:
    """A regular file whose first bytes are SQLite's (never opens a FIFO or a folder). Such a
    file is never an article: `parallax PATH` and the commands hand it to the projects code,
    which refuses one that is no sound project with its reason (damaged, another program's
    database, a newer version) rather than as a binary file."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as stream:
            return stream.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def is_project_file(path: Path) -> bool:
    """True when `path` is an SQLite file marked as a Parallax project (by content, not name).
    Only a regular file is opened: reading a FIFO would wait for a writer forever."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as stream:
            header = stream.read(_APPLICATION_ID_OFFSET + 4)
    except OSError:
        return False
    return (header.startswith(SQLITE_MAGIC) and len(header) == _APPLICATION_ID_OFFSET + 4
            and int.from_bytes(header[_APPLICATION_ID_OFFSET:], "big") == APPLICATION_ID)


def read_recent(list_file: Path) -> list[Path]:
    """The remembered projects, most recent first (an unreadable list is empty)."""
    try:
        with open(list_file, "rb") as stream:
            data = json.loads(stream.read(_MAX_LIST_BYTES + 1)[:_MAX_LIST_BYTES])
    except (OSError, ValueError, RecursionError):
        return []
    if not isinstance(data, dict) or not isinstance(data.get("projects"), list):
        return []
    # A NUL cannot be in a path: opening one would raise ValueError, not a one-line refusal.
    return [Path(item) for item in data["projects"][:MAX_RECENT]
            if isinstance(item, str) and item and "\x00" not in item]


def remember(list_file: Path, project: Path) -> list[Path]:
    """Put `project` first in the list (once), keep MAX_RECENT; returns the new list.

    A list that cannot be written is left as it was (the project itself is unaffected).
    """
    project = Path(os.path.abspath(project))
    entries = [project, *(p for p in read_recent(list_file) if p != project)][:MAX_RECENT]
    _write(list_file, entries)
    return entries


def forget(list_file: Path, project: Path) -> list[Path]:
    """Drop `project` from the list (it was moved or deleted); returns the new list."""
    project = Path(os.path.abspath(project))
    entries = [p for p in read_recent(list_file) if p != project]
    _write(list_file, entries)
    return entries


def _write(list_file: Path, entries: list[Path]) -> None:
    data = json.dumps({"version": 1, "projects": [str(p) for p in entries]}, indent=1)
    try:
        list_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(list_file, data.encode("utf-8", "surrogateescape"))
    except OSError:
        pass
