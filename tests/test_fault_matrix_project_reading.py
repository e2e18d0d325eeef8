"""Cells of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed and were
fixed in session 17: a project that is only read is read as it is, and never written.
`parallax align`, `figures` and `export` opened a project in place, so an older one was migrated
(a colleague's older Parallax could no longer open it), and a project whose save was killed
(its rollback journal beside it) could not be read at all where it could not be written -- a
screenshot, a read-only folder: "cannot be opened (attempt to write a readonly database)".
Real processes, a real writer SIGKILLed inside its transaction, a real read-only mount."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.corpus import Article
from viewer.projects import Project, ProjectError

from .faults import read_only_folder

REPO = Path(__file__).resolve().parent.parent
KILLED_WRITE = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")  # pages reach the file before the commit
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE articles SET text = 'HALF WRITTEN ' || text")
connection.execute("CREATE TABLE spill (x)")
connection.executemany("INSERT INTO spill VALUES (?)", [("y" * 1000,) for _ in range(2000)])
os.kill(os.getpid(), signal.SIGKILL)
"""
TEXTS = ("The ministry said all of the missiles had been launched from inside the country.",
         "Reporters were told all of the missiles had been launched from inside the country.")


def _parallax(*args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run([sys.executable, "-m", "viewer", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _killed_mid_save(folder: Path) -> Path:
    path = folder / "work.parallax"
    with Project.create(path) as project:
        project.add_articles([Article(f"a{n}", text, "T") for n, text in enumerate(TEXTS)])
    subprocess.run([sys.executable, "-c", KILLED_WRITE, str(path)], check=False)
    assert (folder / "work.parallax-journal").exists()  # the save really was cut
    return path


def test_commands_read_an_older_project_without_migrating_it(tmp_path: Path) -> None:
    old = tmp_path / "old.parallax"
    shutil.copyfile(REPO / "tests" / "data" / "project-v1.parallax", old)
    before = _files(tmp_path)
    for args in (["align", "--json", old], ["figures", old],
                 ["export", old, "--format", "csv"], ["export", old, "--format", "jsonld"]):
        done = _parallax(*args)
        assert done.returncode == 0, done.stderr
        assert _files(tmp_path) == before  # no migration, no NAME.parallax.v1.bak
    assert "fired 22 missiles" in _parallax("export", old, "--format", "csv").stdout


def test_a_project_whose_save_was_killed_is_read_as_its_last_commit(tmp_path: Path) -> None:
    path = _killed_mid_save(tmp_path)
    before = _files(tmp_path)
    done = _parallax("align", "--json", path)
    assert done.returncode == 0, done.stderr
    assert "HALF WRITTEN" not in done.stdout and TEXTS[0] in done.stdout
    shot = tmp_path.parent / f"{tmp_path.name}-shot.png"
    done = _parallax("--screenshot", shot, path)
    assert done.returncode == 0, done.stderr  # exit 2: "attempt to write a readonly database"
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert _files(tmp_path) == before  # the journal is left for the next writer to roll back
    with Project.open(path) as project:  # which it does
        assert [a.text for a in project.articles()] == list(TEXTS)
    assert not (tmp_path / "work.parallax-journal").exists()


def test_a_killed_save_in_a_read_only_folder_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = _killed_mid_save(folder)
    before = _files(folder)
    with read_only_folder(folder):
        with Project.open(path) as project:
            assert project.read_only
            assert [a.text for a in project.articles()] == list(TEXTS)
            with pytest.raises(ProjectError, match="read-only"):
                project.add_articles([Article("b", "More text for the project.", "B")])
        assert _files(folder) == before


def test_rows_another_tool_wrote_are_read_with_one_line_each(tmp_path: Path) -> None:
    # SQLite keeps any type in any column: a text stored as bytes made the whole project
    # "damaged (an article without text)", so nothing in it could be used (exit 2).
    import sqlite3

    path = tmp_path / "work.parallax"
    with Project.create(path) as project:
        project.add_articles([Article(f"a{n}", text, "T") for n, text in enumerate(TEXTS)])
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE articles SET text = CAST(text AS BLOB), body_start = -5, "
                           "path = X'2F746D70002F78', title = 42 WHERE id = 'a0'")
        connection.execute("INSERT INTO articles (id, position, title, text, origin, body_start,"
                           " added, revision) VALUES ('odd', 9, 'Odd', X'C3A9FF', 'pasted', 0, "
                           "'', 1)")
    connection.close()
    before = _files(tmp_path)
    done = _parallax("align", "--json", path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"parallax: {path}: article 'odd': its text is stored as bytes, read as UTF-8; bytes "
        "that are not UTF-8 are shown as replacement marks"]  # (valid UTF-8 bytes: no line)
    import json

    documents = {d["id"]: d for d in json.loads(done.stdout)["documents"]}
    assert documents["a0"]["text"] == TEXTS[0] and documents["odd"]["text"] == "é\ufffd"
    assert json.loads(done.stdout)["passages"]  # the two articles' shared statement
    assert _files(tmp_path) == before


def _other_programs_database(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()


def _damaged_project(path: Path) -> None:
    with Project.create(path) as project:
        project.add_articles([Article(f"a{n}", text, "T") for n, text in enumerate(TEXTS * 40)])
    data = path.read_bytes()
    path.write_bytes(data[:100] + bytes(len(data) - 100))  # (the header's first bytes kept)


@pytest.mark.parametrize("make", [_other_programs_database, _damaged_project])
def test_commands_refuse_an_sqlite_file_that_is_no_project_as_the_window_does(
        tmp_path: Path, make, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """tester56 #14: `align` on another program's SQLite file, or a damaged project, named
    .parallax said "binary file (an SQLite database, such as a Parallax project), not text",
    while the window said what it is."""
    from viewer.cli import main

    path = tmp_path / "work.parallax"
    make(path)
    with pytest.raises(ProjectError) as refused, Project.read_into_memory(path):
        pass
    assert main(["align", str(path)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"parallax: {refused.value}"
    assert "binary file" not in lines[0]
