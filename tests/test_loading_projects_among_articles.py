"""A project among other paths (`parallax p.parallax FOLDER`, several projects at once, a project
picked with the articles in File › Open files…) is said for what it is: tester 60 #14 found
"binary file (an SQLite database, such as a Parallax project), not text" said of a sound one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from viewer.corpus import Article
from viewer.loading import load_paths
from viewer.loading.files import MAX_FILE_BYTES
from viewer.loading.sqlite_files import PARALLAX_APPLICATION_ID
from viewer.projects.project import Project
from viewer.projects.schema import APPLICATION_ID

TEXT = "The river broke its banks on Tuesday and three villages were flooded, the mayor said. "


def _project(path: Path) -> Path:
    with Project.create(path) as project:
        project.add_articles([Article(f"a{n}", TEXT * 20, "T") for n in range(40)])
    return path


def _reasons(tmp_path: Path, *paths: Path) -> dict[str, str]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "story.txt").write_text(TEXT)
    report = load_paths([*paths, folder])
    assert [article.id for article in report.articles] == ["story"]
    return {problem.path.name: problem.reason for problem in report.problems}


def test_a_sound_project_among_articles_says_how_to_open_it(tmp_path: Path) -> None:
    first, second = _project(tmp_path / "one.parallax"), _project(tmp_path / "two.parallax")
    before = first.read_bytes()
    reasons = _reasons(tmp_path, first, second)
    said = "a Parallax project: open it alone (parallax PROJECT) or with File › Open project…"
    assert reasons == {"one.parallax": said, "two.parallax": said}
    assert first.read_bytes() == before  # (only read)


def test_a_project_over_the_size_limit_among_articles_is_a_project(tmp_path: Path) -> None:
    """Reviewer: a project over 20 MB was "too large (24.5 MB; the limit is 20.0 MB)"."""
    path = _project(tmp_path / "big.parallax")
    with path.open("ab") as grown:  # (SQLite reads the pages its header counts, no more)
        grown.truncate(MAX_FILE_BYTES + 4096)
    said = "a Parallax project: open it alone (parallax PROJECT) or with File › Open project…"
    assert _reasons(tmp_path, path) == {"big.parallax": said}


def test_a_project_another_program_is_writing_is_said_in_use_at_once(tmp_path: Path) -> None:
    """Reviewer: the loader waited SQLite's five seconds, then "cannot be opened (database is
    locked)"."""
    path = _project(tmp_path / "work.parallax")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        reason = _reasons(tmp_path, path)["work.parallax"]
        waited = time.monotonic() - started
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert reason == ("a Parallax project, in use by another program: open it alone "
                      "(parallax PROJECT) or with File › Open project…")
    assert waited < 3


KILLED_WRITE = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")  # pages reach the file before the commit
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE articles SET text = 'HALF WRITTEN ' || text")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_project_whose_write_was_cut_off_is_said_unfinished_not_damaged(
        tmp_path: Path) -> None:
    """Reviewer: a hot journal after a crash gave "cannot be opened (attempt to write a
    readonly database)"; the loader only reads, so the journal is left for Parallax to roll
    back when it opens the project."""
    path = _project(tmp_path / "work.parallax")
    subprocess.run([sys.executable, "-c", KILLED_WRITE, str(path)], check=False, timeout=60)
    journal = tmp_path / "work.parallax-journal"
    assert journal.exists()  # (the write really was cut off)
    before = journal.read_bytes()
    assert _reasons(tmp_path, path)["work.parallax"] == (
        "a Parallax project with an unfinished write (Parallax will finish it when it opens the "
        "project alone: parallax PROJECT or File › Open project…)")
    assert journal.read_bytes() == before


def test_a_damaged_project_among_articles_gives_sqlites_reason(tmp_path: Path) -> None:
    path = _project(tmp_path / "work.parallax")
    data = path.read_bytes()
    path.write_bytes(data[:100] + bytes(len(data) - 100))  # (its header's first bytes kept)
    reason = _reasons(tmp_path, path)["work.parallax"]
    assert reason == "a Parallax project that cannot be opened (database disk image is malformed)"


def test_another_programs_database_among_articles_is_said_to_be_no_project(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    assert _reasons(tmp_path, path) == {
        "contacts.db": "an SQLite database, neither a Parallax project nor an article"}


def test_the_loader_knows_a_project_by_the_projects_own_mark() -> None:
    """(the loader does not import `viewer.projects`, which reads articles through it)"""
    assert PARALLAX_APPLICATION_ID == APPLICATION_ID
