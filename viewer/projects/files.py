"""The project file at the SQLite level: connecting with the project's settings, transactions,
and the checks a file must pass before Parallax reads or writes it (see viewer.projects.database
for why SQLite and why the rollback journal).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from . import schema

BUSY_TIMEOUT_SECONDS = 15.0
"""How long a save waits for another process's save to finish before giving up."""
SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectError(Exception):
    """A project file that cannot be opened or saved; `str()` is one line naming the file.
    `save_elsewhere`: it could not be written where it is (moved or deleted while open, a
    read-only place, a full disk) and Save As to another place may work: the window offers it,
    as it does for an annotation file."""

    def __init__(self, path: Path | str, reason: str, *, save_elsewhere: bool = False) -> None:
        reason = " ".join(reason.split())  # SQLite's messages can span lines
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
        self.save_elsewhere = save_elsewhere


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def dumps(value: object) -> str:
    """The JSON text records hold: stable key order, so equal values compare equal as text."""
    return storable(json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")))


_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` with any lone surrogate (which UTF-8 cannot encode; pasted text may hold one)
    replaced by U+FFFD -- one code point for one, so offsets into the text stay valid."""
    return _SURROGATE.sub("\ufffd", text)


# -- helpers ------------------------------------------------------------------------------------


def connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    connection = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS, uri=uri,
                                 isolation_level=None)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA foreign_keys = ON")
    if target != ":memory:":
        # DELETE: the journal exists only during a write, so the project stays one file.
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = FULL")
    return connection


_SQLITE_READONLY_DBMOVED = 1032
"""SQLite's refusal to write a database whose file was renamed, replaced or deleted while
open; its own words, "attempt to write a readonly database", sent the user looking for a
permission problem (found by the fault matrix: the project moved in a file manager while the
window had it open)."""
_MOVED = ("could not be saved: the file was moved, replaced or deleted after it was opened; "
          "use Save As to keep the changes")
_ELSEWHERE_PRIMARY_CODES = frozenset([8, 10, 13, 14])
"""SQLite's READONLY, IOERR, FULL and CANTOPEN (the low byte of an extended code): the place
refuses the write, another place may take it."""


@contextmanager
def transaction(connection: sqlite3.Connection, where: Path | str) -> Iterator[None]:
    try:
        # IMMEDIATE takes the write lock now, so two writers queue instead of deadlocking.
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise ProjectError(where, f"could not be saved: another program kept the project "
                                  f"busy ({error})") from None
    try:
        yield
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        code = getattr(error, "sqlite_errorcode", None)
        if code == _SQLITE_READONLY_DBMOVED:
            raise ProjectError(where, _MOVED, save_elsewhere=True) from None
        raise ProjectError(where, f"could not be saved ({error}); the previous "
                                  "state is kept",
                           save_elsewhere=code is not None
                           and code & 0xFF in _ELSEWHERE_PRIMARY_CODES) from None
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise


def check_file(path: Path) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ProjectError(path, "no such file") from None
    except OSError as error:
        raise ProjectError(path, f"cannot be opened ({error.strerror or error})") from None
    if not stat.S_ISREG(info.st_mode):
        raise ProjectError(path, "is not a regular file, so not a project")
    try:
        with open(path, "rb") as stream:
            head = stream.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise ProjectError(path, f"cannot be read ({error.strerror or error})") from None
    if not head:
        raise ProjectError(path, "is empty, not a Parallax project")
    if head != SQLITE_MAGIC:
        raise ProjectError(path, "is not a Parallax project (not an SQLite database)")


def checked_version(connection: sqlite3.Connection, path: Path) -> int:
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    if application != schema.APPLICATION_ID:
        raise ProjectError(path, "is an SQLite database but not a Parallax project; "
                                 "the file was not changed")
    version = as_int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > schema.SCHEMA_VERSION:
        raise ProjectError(path, f"was written by a newer Parallax (project version {version}; "
                                 f"this one reads up to {schema.SCHEMA_VERSION}); the file was "
                                 "not changed")
    if version < 1:
        raise ProjectError(path, "has no project version; the file was not changed")
    check = connection.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise ProjectError(path, f"is damaged ({str(check)[:80]}); the file was not changed")
    return version


def keep_copy(connection: sqlite3.Connection, path: Path, backup: Path) -> None:
    """A byte copy of the file, before a migration changes it; raises ProjectError, the file
    unchanged, when it cannot be made. The copy is written beside the backup's name and renamed
    onto it once whole: a full disk or a kill midway left a part of the project under that
    name, which the next opening took for the copy before migrating (the fault matrix). An
    existing copy stays when it is as long as the file (a copy of it); another length is such
    a part, and is replaced."""
    with contextlib.suppress(OSError):
        if backup.stat().st_size == path.stat().st_size:
            return
    # A read transaction holds a shared lock, so no other process writes during the copy.
    connection.execute("BEGIN")
    partial = backup.with_name(f".{backup.name}.partial")
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        shutil.copyfile(path, partial)
        with open(partial, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(partial, backup)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise ProjectError(path, f"is an older project, and the copy kept before updating it "
                                 f"could not be written ({error.strerror or error}: "
                                 f"{backup.name}); the file was not changed") from None
    finally:
        connection.execute("COMMIT")


def journal_of(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of the project at `path` during a write."""
    return path.with_name(path.name + "-journal")


def read_rolled_back(path: Path) -> sqlite3.Connection:
    """The project at `path` in memory as its last finished write left it, reading nothing but
    the user's files: for a project whose write was cut off (a crash, a kill, a power cut left
    its journal beside it) that this process may only read -- a screenshot, `parallax align`,
    a read-only folder. SQLite refuses such a file read-only ("attempt to write a readonly
    database"): rolling the journal back is a write. The file and its journal are copied into
    a private folder and rolled back there (found by the fault matrix)."""
    with tempfile.TemporaryDirectory(prefix="parallax-rollback-") as folder:
        copy = Path(folder) / "project.parallax"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(journal_of(path), journal_of(copy))
        except OSError as error:
            raise ProjectError(path, f"cannot be read ({error.strerror or error})") from None
        try:
            source = connect(str(copy))
            try:
                memory = connect(":memory:")
                source.backup(memory)
            finally:
                source.close()
        except sqlite3.Error as error:
            raise ProjectError(path, f"cannot be opened ({error})") from None
    return memory


def drop_stale_journal(connection: sqlite3.Connection, path: Path) -> None:
    """Remove a journal a killed writer left that SQLite judged not hot (nothing to roll back).

    SQLite rolls a hot journal back itself when it first reads; one whose header never reached
    the disk is ignored but left beside the file. Under the write lock no one else is saving,
    so the journal is nobody's: removing it keeps the project one file.
    """
    journal = journal_of(path)
    if not journal.exists():
        return
    with transaction(connection, path), contextlib.suppress(FileNotFoundError):
        journal.unlink()


def as_int(value: object) -> int:
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError:
        return 0
