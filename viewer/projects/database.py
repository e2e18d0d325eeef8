"""The project file as a database: open it safely, write in transactions, merge keyed records.

Why SQLite (standard library) rather than a JSON file with a lock file:
  * A commit is atomic and durable: with the rollback journal (`journal_mode=DELETE`,
    `synchronous=FULL`) a process killed at any moment leaves a "hot" journal that the next
    open rolls back, so the file holds the last commit whole. A JSON file must be rewritten
    entirely on every save (tens of megabytes of article text for a week's work).
  * Two processes: SQLite's file locks plus a busy timeout serialise writers; each save is a
    small transaction that writes only the rows it changed (`sync`), merged against the rows
    this process last read, so two windows on one project never erase each other's work. A
    lock file beside a JSON file is left behind by a crash and still loses one side's edits.
  * One e-mailable file: the DELETE journal exists only during a write and is removed at commit,
    so between saves -- and after `close` -- the project is exactly one file. (WAL would leave
    `-wal`/`-shm` files beside it while open, and a copy taken then could miss commits.)

Opening never writes to a file that is not a Parallax project: the SQLite header, the
application id, the schema version and the exact table layout are checked first, and every
problem becomes one `ProjectError` line naming the file. A file of an older schema version is
copied to `NAME.vN.bak` and then migrated in one transaction.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from viewer.filesystem import fsync_folder
from viewer.safe_files import NotARegularFile, kept_writable_mode, replaced_file

from . import schema
from .files import (
    SQLITE_MAGIC,
    ProjectError,
    as_int,
    check_file,
    checked_version,
    connect,
    drop_stale_journal,
    dumps,
    journal_of,
    keep_copy,
    now_utc,
    read_rolled_back,
    storable,
    transaction,
)

__all__ = ["SQLITE_MAGIC", "Database", "ProjectError", "dumps", "now_utc", "storable"]

RecordValues = dict[str, tuple[str, int]]
"""key -> (JSON value, revision that wrote it)."""


class Database:
    """One connection to a project file (or to memory, for a project not yet saved)."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None, *,
                 read_only: bool = False) -> None:
        self.connection = connection
        self.path = path
        self.read_only = read_only
        self._baseline: dict[str, RecordValues] = {}
        self.problems: list[str] = []
        """One line per stored row that is no record Parallax can read (`_say_not_text`)."""

    @property
    def where(self) -> str:
        return str(self.path) if self.path is not None else "(unsaved project)"

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def in_memory(cls) -> Database:
        connection = connect(":memory:")
        with transaction(connection, "(unsaved project)"):
            schema.create(connection)
        return cls(connection, None)

    @classmethod
    def create(cls, path: Path) -> Database:
        """A new, empty project file at `path`; refuses to replace an existing file."""
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            raise ProjectError(path, "already exists; choose another name") from None
        except OSError as error:
            raise ProjectError(path, f"cannot be created ({error.strerror or error})") from None
        os.close(descriptor)
        try:
            connection = connect(str(path))
            with transaction(connection, path):
                schema.create(connection)
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        return cls(connection, path)

    @classmethod
    def open(cls, path: Path) -> Database:
        """Open an existing project (migrating an older one); raises ProjectError."""
        check_file(path)
        read_only = not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
        if read_only and journal_of(path).exists():
            # A write cut off in a place this process may not write: read it as the last
            # finished write left it, in memory, and refuse every write as read-only.
            memory = read_rolled_back(path)
            with _closed_on_failure(memory, path):
                _migrated_and_checked(memory, path, checked_version(memory, path))
            return cls(memory, path, read_only=True)
        uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
        try:
            connection = connect(uri, uri=True)
        except sqlite3.Error as error:
            raise ProjectError(path, f"cannot be opened ({error})") from None
        with _closed_on_failure(connection, path):
            version = checked_version(connection, path)
            if version < schema.SCHEMA_VERSION:
                if read_only:
                    raise ProjectError(path, f"is an older project (version {version}) in a "
                                             "read-only place; copy it somewhere writable")
                keep_copy(connection, path, path.with_name(f"{path.name}.v{version}.bak"))
            _migrated_and_checked(connection, path, version)
            if not read_only:
                drop_stale_journal(connection, path)
        return cls(connection, path, read_only=read_only)

    @classmethod
    def read_into_memory(cls, path: Path) -> Database:
        """The project at `path` copied into memory, the file only read: what is changed is
        kept in the copy until it is closed and never written (a screenshot run, which must
        leave the user's files as they were; an older project is migrated in the copy only).
        Raises ProjectError as `open` does."""
        check_file(path)
        if journal_of(path).exists():
            memory = read_rolled_back(path)  # a write was cut off: never roll back in place
            with _closed_on_failure(memory, path):
                _migrated_and_checked(memory, path, checked_version(memory, path))
            return cls(memory, path)
        try:
            source = connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as error:
            raise ProjectError(path, f"cannot be opened ({error})") from None
        memory = connect(":memory:")
        with _closed_on_failure(memory, path):
            try:
                version = checked_version(source, path)
                source.backup(memory)
            finally:
                source.close()
            _migrated_and_checked(memory, path, version)
        return cls(memory, path)

    def close(self) -> None:
        self.connection.close()

    def save_as(self, target: Path) -> None:
        """Copy the whole project to `target` atomically, then continue working on `target`.

        A symbolic link there is written through, as annotation saves do; a FIFO, device or
        socket, or links that lead in a circle, are refused (they were replaced by the copy).
        """
        target = Path(target)
        try:
            written = replaced_file(target)
        except NotARegularFile as error:
            raise ProjectError(target, f"{error.strerror}; nothing was saved") from None
        except OSError as error:
            raise ProjectError(target, f"could not be saved ({error.strerror or error}); "
                                       "nothing was replaced") from None
        try:
            descriptor, temporary_name = tempfile.mkstemp(dir=written.parent,
                                                          prefix=f".{written.name}.", suffix=".tmp")
        except OSError as error:
            raise ProjectError(target, f"could not be saved ({error.strerror or error}); "
                                       "nothing was replaced") from None
        os.close(descriptor)
        temporary = Path(temporary_name)
        try:
            copy = sqlite3.connect(temporary_name)
            try:
                self.connection.backup(copy)
            finally:
                copy.close()
            with open(temporary, "rb+") as stream:
                os.fsync(stream.fileno())
            with contextlib.suppress(OSError):
                # (a share that refuses chmod -- gvfs, SMB through FUSE -- gives the file the
                # permissions it gives every file: the save failed outright there, where
                # annotation saves go on)
                os.chmod(temporary, kept_writable_mode(written))
            os.replace(temporary, written)
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                temporary.unlink()
            reason = getattr(error, "strerror", None) or error
            raise ProjectError(target, f"could not be saved ({reason}); nothing was "
                                       "replaced") from None
        fsync_folder(written.parent)
        self.connection.close()
        self.connection = connect(str(target))
        self.path = target
        self.read_only = False

    # -- writing ------------------------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[int]:
        """One write transaction; yields the revision number this write stamps its rows with."""
        if self.read_only:
            raise ProjectError(self.where, "is read-only here; use Save As to keep changes")
        with transaction(self.connection, self.where):
            row = self.connection.execute(
                "SELECT value FROM meta WHERE key = 'revision'").fetchone()
            revision = as_int(row[0]) + 1 if row is not None else 1
            self.connection.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('revision', ?)",
                (str(revision),))
            yield revision

    # -- keyed records --------------------------------------------------------------------------

    def records(self, kind: str) -> dict[str, str]:
        """Every record of `kind` (key -> JSON text) in the order first written; remembers them
        as what this process has seen.

        After the first read only rows written since (a higher revision) are fetched whole:
        revisions only grow, so a row at the revision this process saw is unchanged.
        """
        base = self._baseline.get(kind)
        if base is None:
            current = self._current(kind)
        else:
            seen = max((revision for _, revision in base.values()), default=-1)
            with self._reading():
                order = self.connection.execute(
                    "SELECT key, revision FROM records WHERE kind = ? ORDER BY rowid",
                    (kind,)).fetchall()
                fresh = self._current(kind, newer_than=seen)
            current = {}
            for key, revision in order:
                if key in fresh:
                    current[key] = fresh[key]
                elif key in base and base[key][1] == revision:
                    current[key] = base[key]
        self._baseline[kind] = current
        return {key: value for key, (value, _) in current.items()}

    def sync(self, kind: str, wanted: Mapping[str, str], *, set_aside: Collection[str] = ()
             ) -> dict[str, str]:
        """Make this process's records of `kind` be `wanted`, writing only what it changed.

        Keys this process has seen and `wanted` lacks are deleted; records another process
        wrote that this one never saw are kept. A record another process changed since this
        one read it is still replaced, but its value is kept in `overwritten` first, so no one's
        work is lost; so is one deleted whose key is in `set_aside`. Returns all records after
        the merge.
        """
        base = self._baseline.get(kind, {})
        changes: dict[str, str | None] = {
            key: value for key, value in wanted.items()
            if key not in base or base[key][0] != value}
        changes.update({key: None for key in base if key not in wanted})
        return self.change(kind, changes, set_aside=set_aside)

    def change(self, kind: str, changes: Mapping[str, str | None], *,
               set_aside: Collection[str] = ()) -> dict[str, str]:
        """Write (value) or delete (None) the given records of `kind`; returns all of them.
        A record replaced or deleted whose key is in `set_aside` is kept in `overwritten`."""
        base = self._baseline.get(kind, {})
        if changes:
            with self.writing() as revision:
                changes = {storable(key): value for key, value in changes.items()}
                current = self._current(kind, only=changes)
                stamp = now_utc()
                for key, value in changes.items():
                    existing = current.get(key)
                    if existing is not None and existing[0] == value:
                        continue
                    if existing is not None and (key in set_aside
                                                 or base.get(key, ("", -1))[1] != existing[1]):
                        self.connection.execute(
                            "INSERT INTO overwritten (kind, key, value, revision, replaced) "
                            "VALUES (?, ?, ?, ?, ?)", (kind, key, existing[0], existing[1], stamp))
                    if value is None:
                        if existing is not None:
                            self.connection.execute(
                                "DELETE FROM records WHERE kind = ? AND key = ?", (kind, key))
                    else:
                        self.connection.execute(
                            "INSERT INTO records (kind, key, value, revision, modified) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET "
                            "value = excluded.value, revision = excluded.revision, "
                            "modified = excluded.modified", (kind, key, value, revision, stamp))
        return self.records(kind)

    def overwritten(self, after: int = 0, upto: int | None = None
                    ) -> list[tuple[str, str, str | None, str]]:
        """(kind, key, value, when) of every record another process replaced or deleted, or of
        those numbered above `after` and up to `upto` (`last_overwritten`)."""
        rows = self.connection.execute(
            "SELECT kind, key, value, replaced FROM overwritten WHERE id > ? AND id <= ? "
            "ORDER BY id", (after, _NO_LIMIT if upto is None else upto)).fetchall()
        return [(str(kind), str(key), value if isinstance(value, str) else None, str(when))
                for kind, key, value, when in rows]

    def last_overwritten(self) -> int:
        """The number of the newest `overwritten` record (0: none). A window reads only those
        numbered above the last it saw: the table is never pruned, and reading it whole at
        every opening and take-in made one of 200,000 records (411 MB) take 2.9 s to open."""
        return as_int(self.connection.execute("SELECT max(id) FROM overwritten").fetchone()[0])

    def _current(self, kind: str, *, newer_than: int | None = None,
                 only: Mapping[str, object] | None = None) -> RecordValues:
        """Records of `kind` as stored: all, those above a revision, or the keys in `only`."""
        if only is not None and len(only) <= _POINT_QUERIES:
            rows = [(key, *row) for key in only for row in self.connection.execute(
                "SELECT value, revision FROM records WHERE kind = ? AND key = ?", (kind, key))]
        elif newer_than is not None:
            rows = self.connection.execute(
                "SELECT key, value, revision FROM records WHERE kind = ? AND revision > ? "
                "ORDER BY rowid", (kind, newer_than)).fetchall()
        else:
            rows = self.connection.execute(
                "SELECT key, value, revision FROM records WHERE kind = ? ORDER BY rowid",
                (kind,)).fetchall()
        current: RecordValues = {}
        for key, value, revision in rows:
            if isinstance(key, str) and isinstance(value, str):
                current[key] = (value, as_int(revision))
            else:
                self._say_not_text(kind, key, value)
        return current

    def _say_not_text(self, kind: str, key: object, value: object) -> None:
        """Say once that a row another tool stored as bytes (or a number, or nothing) is no
        record: it was dropped with no line (a tester's annotation stored as a BLOB). Never
        in the baseline, it stays in the file as it is, neither written over nor deleted."""
        shown = key.decode("utf-8", "replace") if isinstance(key, bytes) else str(key)
        part, held = ("value", value) if isinstance(key, str) else ("key", key)
        stored = "bytes (a BLOB)" if isinstance(held, bytes) else "nothing (NULL)" \
            if held is None else f"a {type(held).__name__}"
        line = (f"{self.where}: {kind} {shown[:60]!r} skipped: its {part} is stored as "
                f"{stored}, not JSON text; left in the file as it is")
        if line not in self.problems:
            self.problems.append(line)

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """A read transaction: the statements inside see one state of the file."""
        self.connection.execute("BEGIN")
        try:
            yield
        finally:
            self.connection.execute("COMMIT")


_NO_LIMIT = 2**63 - 1
"""The largest number SQLite gives a row."""
_POINT_QUERIES = 200
"""Up to this many changed keys are looked up one by one; more read the whole kind."""


@contextmanager
def _closed_on_failure(connection: sqlite3.Connection, path: Path) -> Iterator[None]:
    """Close `connection` if the body fails; an SQLite error becomes the ProjectError saying
    the file is not a usable project (and was not changed)."""
    try:
        yield
    except sqlite3.Error as error:
        connection.close()
        raise ProjectError(path, f"not a usable project file ({error}); "
                                 "the file was not changed") from None
    except BaseException:
        connection.close()
        raise


def _migrated_and_checked(connection: sqlite3.Connection, path: Path, version: int) -> None:
    """Migrate a project of schema `version` to the current one (in one transaction), then
    raise ProjectError if its schema is still not what this version reads."""
    if version < schema.SCHEMA_VERSION:
        with transaction(connection, path):
            schema.migrate(connection, version)
    problem = schema.schema_problem(connection)
    if problem is not None:
        raise ProjectError(path, f"{problem}; the file was not changed")
