"""The fault matrix's processes table: the files the user made while processes die or race on
them -- a writer SIGKILLed or SIGTERMed in the middle of its saves and at random moments (a
project, an annotation file), two processes saving one file at once, and a window sent SIGTERM
right after an annotation (a logout, `kill`, a shutdown). Each row is real processes
(tools/fault_drivers.py) and is checked from the files afterwards: whole, readable, nothing
that had been saved lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from fault_drivers import ANNOTATION_WRITER, PROJECT_WRITER, TERMINATED_WINDOW, TWO_WRITERS
from fault_files import _real_project
from fault_inputs import REPO, good_articles
from fault_run import environment, run_python

ROUNDS = 8


def _writer(script: str, args: list[Path], home: Path) -> subprocess.Popen[bytes]:
    driver = home / "writer.py"
    driver.write_text(script, encoding="utf-8")
    return subprocess.Popen([sys.executable, str(driver), *map(os.fspath, args)], cwd=REPO,
                            env=environment(home), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def _project_count(path: Path) -> int | str:
    """How many articles the project holds, or why it cannot be read."""
    from viewer.projects import Project, ProjectError

    try:
        with Project.open(path) as project:
            count = len(project.articles())
    except ProjectError as error:
        return str(error)
    with sqlite3.connect(path) as connection:
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
    return count if check == "ok" else f"integrity_check: {check}"


def _annotation_count(path: Path) -> int | str:
    from viewer.annotations.store import AnnotationFileError, load_collection

    try:
        return len(load_collection(path).annotations)
    except AnnotationFileError as error:
        return str(error)


def _saving(target: Path, leftover: list[Path]) -> bool:
    """Is a save of `target` under way (or cut off): a project's journal, a temporary file?"""
    return any(p.exists() for p in leftover) or any(
        name.endswith(".tmp") for name in os.listdir(target.parent))


def _kill_mid_save(writer: subprocess.Popen[bytes], how: signal.Signals,
                   saving: Callable[[], bool]) -> None:
    """Send `how` the moment a save is seen under way (looked at as fast as it can be, for
    up to 30 s), or then anyway."""
    deadline = time.monotonic() + 30
    while writer.poll() is None and not saving() and time.monotonic() < deadline:
        pass
    if writer.poll() is None:
        os.killpg(writer.pid, how)


def killed_while_writing(kind: str, how: signal.Signals, root: Path) -> str:
    """A writer killed by `how` ROUNDS times, every other time the moment a save is seen under
    way, else at a random moment: each time the file opens, whole, holding at least what the
    previous round left."""
    home = root / "home"
    home.mkdir(parents=True)
    folder = root / "articles"
    good_articles(folder)
    if kind == "project":
        target = root / "work.parallax"
        _real_project(target, folder)
        script, args, count = PROJECT_WRITER, [target], _project_count
        leftover = [target.with_name(target.name + "-journal")]
    else:
        target = root / "notes.jsonld"
        script, args, count = ANNOTATION_WRITER, [target, folder / "good_a.txt"], \
            _annotation_count
        leftover = []
    chooser = random.Random(17)
    previous = 0
    cut = 0
    for round_number in range(ROUNDS):
        writer = _writer(script, args, home)
        assert writer.stdout is not None
        if writer.stdout.readline().strip() != b"ready":
            return f"FAIL: the writer did not start: {writer.communicate()[1][-300:]!r}"
        if round_number % 2:
            _kill_mid_save(writer, how, lambda: _saving(target, leftover))
        else:
            try:  # at a random moment
                writer.wait(chooser.uniform(0.05, 1.5))
            except subprocess.TimeoutExpired:
                os.killpg(writer.pid, how)
        _, err = writer.communicate(timeout=60)
        if b"Traceback" in err:
            return f"FAIL: round {round_number}: {err.decode()[-200:]}"
        cut += _saving(target, leftover)
        now = count(target) if target.exists() else 0
        if isinstance(now, str):
            return f"FAIL: round {round_number}: {now[:160]}"
        if now < previous:
            return f"FAIL: round {round_number}: {previous} -> {now}"
        previous = now
    if kind == "annotations":  # the next save removes the temporary files killed ones left
        from viewer.annotations.document import AnnotationDocument
        from viewer.annotations.model import make_annotation
        from viewer.corpus import Article

        document = AnnotationDocument.open(target)
        document.annotations.add(make_annotation(
            Article("a", "Some words to tag.", "A", path=folder / "good_a.txt"), 0, 4))
        document.save_now()
        left = [name for name in os.listdir(root) if name.endswith(".tmp")]
        if left:
            return f"FAIL: the next save left {left}"
    return f"pass ({cut} of {ROUNDS} cut mid-save, {previous} kept)"


def two_writers(kind: str, root: Path) -> str:
    """Two processes adding 30 annotations each to one file at once: 60 in the file after."""
    home = root / "home"
    home.mkdir(parents=True)
    folder = root / "articles"
    good_articles(folder)
    if kind == "project":
        target = root / "work.parallax"
        _real_project(target, folder)
    else:
        target = root / "notes.jsonld"
    driver = home / "two.py"
    driver.write_text(TWO_WRITERS, encoding="utf-8")
    writers = [subprocess.Popen([sys.executable, str(driver), kind, str(target), name, "30",
                                 str(folder / "good_a.txt")], cwd=REPO, env=environment(home),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
               for name in ("first", "second")]
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        if writer.returncode != 0:
            return f"FAIL: a writer failed: {err.decode()[-200:]}"
    if kind == "project":
        from viewer.projects import Project

        with Project.open(target) as project:
            stored = len(project.annotations()[0])
    else:
        found = _annotation_count(target)
        if isinstance(found, str):
            return f"FAIL: {found}"
        stored = found
    return "pass" if stored == 60 else f"FAIL: {stored} of 60 annotations kept"


def terminated_window(kind: str, root: Path, display: str | None) -> str:
    """A window given SIGTERM right after an annotation: the annotation is in the file."""
    if display is None:
        return "-"
    home = root / "home"
    home.mkdir(parents=True)
    folder = root / "articles"
    good_articles(folder)
    driver = home / "terminated.py"
    driver.write_text(TERMINATED_WINDOW, encoding="utf-8")
    if kind == "project":
        target = root / "work.parallax"
        _real_project(target, folder)
        opened = [target]
    else:
        opened = [folder]
    outcome = run_python(driver, opened, home, None, 120, display)
    err = outcome.err.decode("utf-8", "replace")
    if outcome.hung or "Traceback" in err:
        return f"FAIL: {'hung' if outcome.hung else err.strip()[-160:]}"
    if kind == "project":
        from viewer.projects import Project

        with Project.open(target) as project:
            kept = len(project.annotations()[0])
    else:
        from viewer.annotations.location import default_annotation_file

        notes = default_annotation_file([folder], home / "data" / "Parallax" / "Parallax")
        found = _annotation_count(notes) if notes.exists() else 0
        kept = found if isinstance(found, int) else 0
    if kept != 1:
        return f"FAIL: the annotation was lost (exit {outcome.code})"
    return "pass"


PROCESS_ROWS: dict[str, Callable[[Path, str | None], str]] = {
    "a project writer SIGKILLed mid-save and at random moments":
        lambda root, _d: killed_while_writing("project", signal.SIGKILL, root),
    "a project writer SIGTERMed mid-save and at random moments":
        lambda root, _d: killed_while_writing("project", signal.SIGTERM, root),
    "an annotation file's saver SIGKILLed mid-save and at random moments":
        lambda root, _d: killed_while_writing("annotations", signal.SIGKILL, root),
    "an annotation file's saver SIGTERMed mid-save and at random moments":
        lambda root, _d: killed_while_writing("annotations", signal.SIGTERM, root),
    "two processes saving one project at once": lambda root, _d: two_writers("project", root),
    "two processes saving one annotation file at once":
        lambda root, _d: two_writers("annotations", root),
    "the window SIGTERMed right after an annotation (folder)":
        lambda root, display: terminated_window("folder", root, display),
    "the window SIGTERMed right after an annotation (project)":
        lambda root, display: terminated_window("project", root, display),
}
