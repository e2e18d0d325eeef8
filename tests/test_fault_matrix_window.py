"""Cells of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed in the
window and were fixed in session 17: `parallax PROJECT` on a project it cannot open (damaged,
newer, not a project) exited 2 at once -- opened from a file manager, nobody saw why -- where an
interactive window stays open with the problem said (README, exit codes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from viewer.corpus import Article
from viewer.projects import Project
from viewer.projects.schema import SCHEMA_VERSION

WAIT_MS = 60_000
TEXT = "The ministry said all of the missiles had been launched from inside the country."


def _unusable_projects(folder: Path) -> dict[Path, str]:
    good = folder / "good.parallax"
    with Project.create(good) as project:
        project.add_articles([Article("a", TEXT, "A"), Article("b", "Reporters: " + TEXT, "B")])
    cut = folder / "cut.parallax"
    cut.write_bytes(good.read_bytes()[:4096])
    newer = folder / "newer.parallax"
    newer.write_bytes(good.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    other = folder / "other.parallax"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    return {cut: "", newer: "newer Parallax", other: "not a Parallax project"}


def test_the_window_stays_open_on_a_project_it_cannot_open(qtbot, tmp_path: Path,
                                                           capsys) -> None:
    from widgets.app import build_window

    for path, reason in _unusable_projects(tmp_path).items():
        before = path.read_bytes()
        _app, window = build_window([path], persist=False)
        qtbot.addWidget(window)
        window.show()
        (line,) = window.notices.lines
        assert line.startswith(f"{path}: ") and reason in line
        assert capsys.readouterr().err.splitlines() == [f"parallax: {line}"]
        assert window.isVisible() and len(window.workspace.corpus) == 0
        # It starts as File › New project: what the user then opens is kept in a project.
        window.open_paths([_articles(tmp_path)])
        qtbot.waitUntil(lambda w=window: len(w.workspace.corpus) == 2 and not w.busy,
                        timeout=WAIT_MS)
        document = window.project_gui.document
        assert document is not None and document.path is None
        assert path.read_bytes() == before
        window.project_gui.ask_on_close = lambda _what: "discard"
        window.session.close()
        window.close()


def _articles(folder: Path) -> Path:
    articles = folder / "articles"
    articles.mkdir(exist_ok=True)
    (articles / "a.txt").write_text(f"title: A\n\n{TEXT}\n", encoding="utf-8")
    (articles / "b.txt").write_text(f"title: B\n\nReporters: {TEXT}\n", encoding="utf-8")
    return articles
