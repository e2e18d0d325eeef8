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


TERMINATED = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from widgets.app import build_window, close_on_interrupt, wait_until_idle
from viewer.annotations.model import make_annotation

app, window = build_window([Path(p) for p in sys.argv[1:]])
window.show()
close_on_interrupt(window)  # as run_app does
wait_until_idle(app, window, 120_000)
controller = window.add_annotation_gui().ensure_controller(show_dock=False)
article = window.workspace.corpus.articles[0]
controller.annotations.add(make_annotation(article, 0, 5, note="made just before SIGTERM"))
QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
sys.exit(app.exec())
"""


def test_sigterm_saves_an_annotation_not_yet_autosaved(tmp_path: Path) -> None:
    # A logout or `kill` right after a tag: the default SIGTERM ended the window before its
    # autosave (1.5 s after a change) wrote the annotation file, and the tag was lost.
    import os
    import subprocess
    import sys

    from viewer.annotations.location import default_annotation_file
    from viewer.annotations.store import load_collection

    repo = Path(__file__).resolve().parent.parent
    articles = _articles(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(repo), "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("PYTEST_CURRENT_TEST", None)
    done = subprocess.run([sys.executable, "-c", TERMINATED, str(articles)], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 128 + 15, done.stderr
    assert "Traceback" not in done.stderr
    notes = default_annotation_file([articles], tmp_path / "data" / "Parallax" / "Parallax")
    (kept,) = load_collection(notes).annotations
    assert kept.note == "made just before SIGTERM"
