"""The fault matrix's window actions: the bad project, annotation file or output given to the
window's own menu actions -- File › Open project…, Import annotations…, Open annotations…,
Save project as… -- in a real window on the X server (tools/fault_drivers.py's WINDOW_DRIVER
runs the action as the menu does once its file dialog has returned). A cell passes when the
window is still up, says the problem naming the file (status bar or message box), has lost
none of its annotations, and left the user's file as it was (or, for a file it reads and
saves again, kept it beside as `NAME.bak`)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from fault_drivers import WINDOW_DRIVER
from fault_inputs import good_articles, run_quiet
from fault_more_files import ANNOTATION_EXPECT, PROJECT_EXPECT, write_bad_annotation_file
from fault_run import Outcome, digest, run_python

ANNOTATION_ACTIONS = ("import", "open annotations")


def _drive(action: str, target: Path, root: Path, display: str | None) -> tuple[Outcome, dict]:
    folder = root / "articles"
    good_articles(folder)
    home = root / "home"
    home.mkdir(exist_ok=True)
    driver = home / "window.py"
    driver.write_text(WINDOW_DRIVER, encoding="utf-8")
    outcome = run_python(driver, [Path(action), target, folder], home, None, 300, display)
    (root / "cell.log").write_bytes(f"{action} {target}: exit {outcome.code}\n".encode()
                                    + outcome.err + b"\n" + outcome.out[-4000:])
    said: dict = {}
    for line in reversed(outcome.out.decode("utf-8", "replace").splitlines()):
        if line.startswith("{"):
            said = json.loads(line)
            break
    return outcome, said


def _common(outcome: Outcome, said: dict) -> str | None:
    err = outcome.err.decode("utf-8", "replace")
    if outcome.hung:
        return "FAIL: hung"
    if "Traceback" in err:
        return f"FAIL: traceback {err.strip().splitlines()[-1][:160]}"
    if not said:
        return f"FAIL: the window ended (exit {outcome.code}): {err.strip()[-160:]}"
    if not said["alive"]:
        return "FAIL: the window closed"
    if said["annotations"] < said["before"]:
        return "FAIL: the window lost annotations"
    return None


def _names(said: dict, name: str) -> bool:
    return any(name in line for line in said["said"])


def open_project_cell(name: str, build: Callable[[Path, Path], None], root: Path,
                      display: str | None) -> str:
    if display is None:
        return "-"
    folder = root / "articles"
    good_articles(folder)
    project = root / "work.parallax"
    build(project, folder)
    before = digest(project)
    outcome, said = _drive("open project", project, root, display)
    if problem := _common(outcome, said):
        return problem
    if PROJECT_EXPECT.get(name, "refuse") == "load":
        return "pass" if said["result"] else f"FAIL: not opened: {said['said'][-2:]}"
    if said["result"]:
        return "FAIL: opened"
    if digest(project) != before:
        return "FAIL: the project file was changed"
    return "pass" if _names(said, "work.parallax") else f"FAIL: not said: {said['said'][-3:]}"


def annotation_action_cell(action: str, name: str, build: Callable[[Path], bytes | None],
                           root: Path, display: str | None) -> str:
    if display is None:
        return "-"
    folder = root / "articles"
    good_articles(folder)
    bad = root / "bad.jsonld"
    data = write_bad_annotation_file(bad, name, build, folder)
    before = digest(bad)
    outcome, said = _drive(action, bad, root, display)
    if problem := _common(outcome, said):
        return problem
    expect = ANNOTATION_EXPECT.get(name, "refuse")
    if digest(bad) != before:
        backup = bad.with_name(bad.name + ".bak")
        if expect == "refuse" or data is None or not backup.is_file() \
                or backup.read_bytes() != data:
            return "FAIL: the file was changed"
    added = said["annotations"] > said["before"]
    if expect == "read":
        return "pass" if added else f"FAIL: nothing imported: {said['said'][-2:]}"
    if expect == "either" and added:
        return "pass (read)"
    if added:
        return "FAIL: annotations imported from an unusable file"
    return "pass" if _names(said, "bad.jsonld") else f"FAIL: not said: {said['said'][-3:]}"


def save_as_cell(make: Callable[[Path, str], None], root: Path, display: str | None) -> str:
    if display is None:
        return "-"
    where = root / "out"
    where.mkdir()
    named = where / "out.parallax"
    try:
        make(where, named.name)
        listing = sorted(os.listdir(where))
        before = digest(named) if named.is_file() else None
        outcome, said = _drive("save project as", named, root, display)
        after_listing = sorted(os.listdir(where))
        after = digest(named) if named.is_file() else None
    finally:
        run_quiet("chattr", "-i", str(named))
        run_quiet("umount", "-l", str(where))
    if problem := _common(outcome, said):
        return problem
    if said["result"]:
        return "FAIL: said it was saved"
    if before != after:
        return "FAIL: the file there was changed"
    if after_listing != listing:
        return f"FAIL: the folder changed: {listing} -> {after_listing}"
    return "pass" if _names(said, "out.parallax") else f"FAIL: not said: {said['said'][-3:]}"
