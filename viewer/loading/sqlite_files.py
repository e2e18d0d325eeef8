"""An SQLite file named among the articles: a Parallax project said for what it is and how to
open it, a damaged one with SQLite's own reason, another program's database as none of either.

`parallax PROJECT` alone opens a project; given with other paths (or several projects at once,
or picked in File › Open files…) it reaches the loader, which said "binary file (an SQLite
database, such as a Parallax project), not text" even of a sound project. The loader does not
import `viewer.projects` (which reads articles through it), so the project's mark is named here
too and a test keeps the two equal. The file is only read (SQLite's read-only mode). No Qt.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

PARALLAX_APPLICATION_ID = 0x50524C58
"""`PRAGMA application_id` of a Parallax project (`viewer.projects.schema.APPLICATION_ID`)."""
_APPLICATION_ID_OFFSET = 68
"""Where SQLite's header keeps the application id (4 bytes, big-endian)."""
CHECK_MESSAGE_CHARS = 80


def sqlite_file_reason(path: Path, head: bytes) -> str:
    """Why the SQLite file at `path` (its first bytes `head`) is no article, in one line."""
    marked = head[_APPLICATION_ID_OFFSET:_APPLICATION_ID_OFFSET + 4]
    if int.from_bytes(marked, "big") != PARALLAX_APPLICATION_ID:
        return "an SQLite database, neither a Parallax project nor an article"
    problem = _damage(path)
    if problem is not None:
        return f"a Parallax project that cannot be opened ({problem})"
    return "a Parallax project: open it alone (parallax PROJECT) or with File › Open project…"


def _damage(path: Path) -> str | None:
    """SQLite's reason the project cannot be read whole, or None when its quick check passes."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
        return None if check == "ok" else str(check)[:CHECK_MESSAGE_CHARS]
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
