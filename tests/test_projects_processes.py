"""Project files under real faults: a writer killed mid-save, and two processes saving at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from viewer.corpus import Article
from viewer.projects import Project

REPO = Path(__file__).resolve().parent.parent
BATCH = 10


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL)


_WRITER = """
    import sys
    from viewer.corpus import Article
    from viewer.projects import Project

    project = Project.open(sys.argv[1])
    batch = 0
    while True:  # until killed
        project.add_articles([Article(f"b{batch}-{i}", f"{i} " + "words " * 40_000, "t")
                              for i in range(10)])
        batch += 1
"""


def _wait_for(condition, what: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")


def test_a_writer_killed_mid_save_leaves_the_last_commit_whole(tmp_path: Path) -> None:
    target = tmp_path / "p.parallax"
    journal = tmp_path / "p.parallax-journal"
    with Project.create(target) as project:
        project.add_articles([Article("first", "The article that was there before.", "t")])
    cut_mid_save = 0
    for _round in range(4):
        writer = _child(_WRITER, str(target))
        try:
            # The rollback journal exists only inside a write transaction: kill then.
            _wait_for(lambda w=writer: journal.exists() or w.poll() is not None,  # type: ignore
                      "the writer to be mid-save")
            os.kill(writer.pid, signal.SIGKILL)
        finally:
            writer.kill()
            _, errors = writer.communicate(timeout=60)
        assert writer.returncode == -signal.SIGKILL, errors
        # A journal left behind: the save was really cut in the middle (a kill can, rarely,
        # land in the instant between two saves; one such round proves nothing, all cannot).
        cut_mid_save += journal.exists()
        with Project.open(target) as project:
            ids = [a.id for a in project.articles()]
        assert ids[0] == "first"
        assert (len(ids) - 1) % BATCH == 0  # whole batches only
        connection = sqlite3.connect(target)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
        assert not journal.exists()  # rolled back and removed on open
    assert cut_mid_save >= 2


_EDITOR = """
    import sys, time
    from pathlib import Path
    from viewer.annotations.model import make_annotation
    from viewer.projects import Project

    path, name, go, count = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    project = Project.open(path)
    article = project.articles()[0]
    annotations = list(project.annotations()[0])
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.01)
    for i in range(count):
        annotations.append(make_annotation(article, i, i + 5, note=f"{name} {i}"))
        merged, _ = project.save_annotations(annotations, [])
        annotations = list(merged)
        project.set_view_state({"last": name, "i": i})
    project.close()
    print("done", flush=True)
"""


def test_two_processes_saving_at_once_keep_both_sides_work(tmp_path: Path) -> None:
    target = tmp_path / "shared.parallax"
    go = tmp_path / "go"
    count = 30
    with Project.create(target) as project:
        project.add_articles([Article("a", "Iran fired 22 missiles at two bases overnight, "
                                           "officials said on Wednesday morning.", "t")])
    editors = [_child(_EDITOR, str(target), name, str(go), str(count)) for name in ("one", "two")]
    try:
        for editor in editors:
            assert editor.stdout is not None
            assert editor.stdout.readline().strip() == "ready"
        go.touch()  # both start saving at the same moment
        for editor in editors:
            _, errors = editor.communicate(timeout=120)
            assert editor.returncode == 0, errors
    finally:
        for editor in editors:
            editor.kill()
    with Project.open(target) as project:
        notes = sorted(a.note for a in project.annotations()[0])
        assert project.view_state()["last"] in ("one", "two")
    assert notes == sorted(f"{name} {i}" for name in ("one", "two") for i in range(count))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["go", "shared.parallax"]
