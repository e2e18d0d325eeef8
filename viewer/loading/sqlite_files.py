"""An SQLite file named among the articles: a Parallax project said for what it is and how to
open it, a damaged one with SQLite's own reason, another program's database as none of either.

`parallax PROJECT` alone opens a project; given with other paths (or several projects at once,
or picked in File › Open files…) it reaches the loader, which said "binary file (an SQLite
database, such as a Parallax project), not text" even of a sound project. The loader does not
import `viewer.projects` (which reads articles through it), so the project's mark is named here
too and a test keeps the two equal. The file is only read (SQLite's read-only mode), so a
project another program is writing, or whose last write a crash cut off, is said to be so, not
damaged. No Qt.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

PARALLAX_APPLICATION_ID = 0x50524C58
"""`PRAGMA application_id` of a Parallax project (`viewer.projects.schema.APPLICATION_ID`)."""
_APPLICATION_ID_OFFSET = 68
"""Where SQLite's header keeps the application id (4 bytes, big-endian)."""
CHECK_MESSAGE_CHARS = 80


BUSY_TIMEOUT_SECONDS = 0.2
"""How long the check waits for another program's write to end: a moment, not SQLite's five
seconds per file (a project in use among a folder's files held the load that long)."""
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY_ROLLBACK = 776
"""SQLite's refusal to roll back a hot journal (a write cut off by a crash or a kill) over a
connection that may only read: the project is sound, its last write not finished."""
OPEN_IT = "open it alone (parallax PROJECT) or with File › Open project…"


def sqlite_file_reason(path: Path, head: bytes) -> str:
    """Why the SQLite file at `path` (its first bytes `head`) is no article, in one line."""
    marked = head[_APPLICATION_ID_OFFSET:_APPLICATION_ID_OFFSET + 4]
    if int.from_bytes(marked, "big") != PARALLAX_APPLICATION_ID:
        return "an SQLite database, neither a Parallax project nor an article"
    try:
        problem = _damage(path)
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", None)
        if code == _SQLITE_READONLY_ROLLBACK:
            return ("a Parallax project with an unfinished write (Parallax will finish it when "
                    "it opens the project alone: parallax PROJECT or File › Open project…)")
        if code is not None and code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return f"a Parallax project, in use by another program: {OPEN_IT}"
        problem = str(error)
    if problem is not None:
        return f"a Parallax project that cannot be opened ({problem})"
    return f"a Parallax project: {OPEN_IT}"


def _damage(path: Path) -> str | None:
    """SQLite's reason the project cannot be read whole, or None when its quick check passes;
    raises sqlite3.Error where SQLite cannot read it (in use, an unfinished write, damaged)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                 timeout=BUSY_TIMEOUT_SECONDS)
    try:
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
        return None if check == "ok" else str(check)[:CHECK_MESSAGE_CHARS]
    finally:
        connection.close()
