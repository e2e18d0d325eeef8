"""The project file's SQLite schema, its version history and the migrations between versions.

`PRAGMA user_version` holds the schema version and `PRAGMA application_id` marks the file as a
Parallax project, so any other SQLite file is refused before anything reads or writes it.
Migrations run inside one transaction each, in order, so a file is at one version or the next,
never half-way. Version 1 is kept here only as the starting point of its migration (and to let
tests build a version-1 file exactly as old Parallax wrote it).
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x50524C58
"""'PRLX': written in the SQLite header, so `file(1)` and Parallax can tell a project apart."""

SCHEMA_VERSION = 2
"""What this Parallax writes; older files are migrated on open, newer ones refused."""

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    path TEXT,
    outlet TEXT,
    url TEXT,
    author TEXT,
    published TEXT
);
CREATE TABLE annotations (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE view (key TEXT PRIMARY KEY, json TEXT NOT NULL);
"""
"""Version 1: articles with the provenance read from them, annotations as W3C JSON, the view."""

_TABLES_NEW_IN_V2 = """
CREATE TABLE snapshots (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    fetched TEXT NOT NULL,
    content_type TEXT NOT NULL,
    body BLOB NOT NULL
);
CREATE TABLE records (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    revision INTEGER NOT NULL,
    modified TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX records_by_revision ON records (kind, revision);
CREATE TABLE overwritten (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT,
    revision INTEGER NOT NULL,
    replaced TEXT NOT NULL
);
"""
"""The tables version 2 adds, created alike by a new file and by the migration from version 1.
Frozen with version 2: a later version's change goes in a migration of its own."""

SCHEMA_V2 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    path TEXT,
    outlet TEXT,
    url TEXT,
    author TEXT,
    published TEXT,
    origin TEXT NOT NULL DEFAULT 'file',
    body_start INTEGER NOT NULL DEFAULT 0,
    added TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0
);
""" + _TABLES_NEW_IN_V2
"""Version 2: adds where each article came from (file, pasted, imported) and its web snapshot;
annotations, claims, corrections, provenance edits and the view become `records` (one row per
item, JSON value, the revision that last wrote it), and `overwritten` keeps every row another
process replaced or deleted under this one (see viewer.projects.project)."""

_MIGRATE_1_TO_2 = """
ALTER TABLE articles ADD COLUMN origin TEXT NOT NULL DEFAULT 'file';
ALTER TABLE articles ADD COLUMN body_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN added TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
""" + _TABLES_NEW_IN_V2 + """
INSERT INTO records (kind, key, value, revision, modified)
    SELECT 'annotation', id, json, 0, '' FROM annotations ORDER BY rowid;
INSERT INTO records (kind, key, value, revision, modified)
    SELECT 'view', key, json, 0, '' FROM view ORDER BY rowid;
DROP TABLE annotations;
DROP TABLE view;
"""

MIGRATIONS = {1: _MIGRATE_1_TO_2}
"""Version N -> the SQL that turns it into version N + 1."""

EXPECTED_TABLES = {
    "meta": ("key", "value"),
    "articles": ("id", "position", "title", "text", "path", "outlet", "url", "author",
                 "published", "origin", "body_start", "added", "revision"),
    "snapshots": ("article_id", "url", "fetched", "content_type", "body"),
    "records": ("kind", "key", "value", "revision", "modified"),
    "overwritten": ("id", "kind", "key", "value", "revision", "replaced"),
}
"""Tables and columns of the current version, checked on open: a file with other tables,
views or triggers is not one Parallax wrote and is refused rather than run."""


def create(connection: sqlite3.Connection) -> None:
    """Lay out an empty database at the current version (inside the caller's transaction)."""
    for statement in _statements(SCHEMA_V2):
        connection.execute(statement)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def create_version_1(connection: sqlite3.Connection) -> None:
    """Lay out an empty version-1 database, as Parallax 1 did (for tests of the migration)."""
    for statement in _statements(SCHEMA_V1):
        connection.execute(statement)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("PRAGMA user_version = 1")


def migrate(connection: sqlite3.Connection, version: int) -> None:
    """Bring a database from `version` to the current one (inside the caller's transaction)."""
    while version < SCHEMA_VERSION:
        for statement in _statements(MIGRATIONS[version]):
            connection.execute(statement)
        version += 1
        connection.execute(f"PRAGMA user_version = {version}")


def schema_problem(connection: sqlite3.Connection) -> str | None:
    """Why the layout is not exactly the current version's (None when it is)."""
    objects = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    for kind, name in objects:
        if kind in ("view", "trigger"):
            return f"holds a {kind} ({name!s:.40}) that Parallax never writes"
    tables = {name for kind, name in objects if kind == "table"}
    if tables != set(EXPECTED_TABLES):
        missing = sorted(set(EXPECTED_TABLES) - tables)
        extra = sorted(tables - set(EXPECTED_TABLES))
        what = f"missing table {missing[0]}" if missing else f"unknown table {extra[0]!s:.40}"
        return f"not laid out as a Parallax project ({what})"
    for table, columns in EXPECTED_TABLES.items():
        found = tuple(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
        if found != columns:
            return f"not laid out as a Parallax project (table {table} has other columns)"
    return None


def _statements(script: str) -> list[str]:
    # Every statement here ends with ';' at a line end and none contains one inside.
    return [part.strip() for part in script.split(";\n") if part.strip()]
