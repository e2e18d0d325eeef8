"""The fault matrix's cells for project files, outputs (where a command or the window writes)
and writes into a project the user cannot write: each runs one entry point as a real process on
a row made for real and returns its verdict. tools/fault_matrix.py prints them."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from fault_drivers import SAVE_AS_DRIVER, WRITES_DRIVER
from fault_files import good_annotations
from fault_inputs import SHARED, good_articles, run_quiet
from fault_more_files import HOLDS_GOOD_TEXTS, OUTPUT_ROW_COLUMNS, PROJECT_EXPECT
from fault_run import Outcome, digest, run, run_python

PROJECT_COLUMNS = ("align", "export", "screenshot", "window")


def project_cell(column: str, name: str, build: Callable[[Path, Path], None], root: Path,
                 display: str | None) -> str:
    folder = root / "articles"
    good_articles(folder)
    home = root / f"home-{column}"
    home.mkdir(parents=True, exist_ok=True)
    project = root / "work.parallax"
    build(project, folder)
    before = digest(project)
    expect = PROJECT_EXPECT.get(name, "refuse")
    if column == "align":
        outcome = run(["align", "--json", project], home)
    elif column == "export":
        notes = root / "notes.jsonld"
        notes.write_bytes(good_annotations(folder))
        outcome = run(["export", notes, "--corpus", project, "--format", "csv"], home)
    elif column == "screenshot":
        outcome = run(["--screenshot", home / "shot.png", project], home)
    elif column == "window":
        if display is None:
            return "-"
        outcome = run([project], home, display=display, window_seconds=12)
    else:
        raise ValueError(column)
    (root / "cell.log").write_bytes(f"{name} / {column}: exit {outcome.code}\n".encode()
                                    + outcome.err + b"\n" + outcome.out[:4000])
    if digest(project) != before and column != "window":
        return "FAIL: the project file was changed"
    err = outcome.err.decode("utf-8", "replace")
    if outcome.hung:
        return "FAIL: hung"
    if "Traceback" in err or "internal error" in err:
        return f"FAIL: traceback {err.strip().splitlines()[-1][:160]}"
    if column == "window" and (outcome.code not in (0, 130) or outcome.seconds < 3):
        # An interactive window stays open whatever it was given (README, exit codes).
        return f"FAIL: the window exited {outcome.code} after {outcome.seconds:.0f} s"
    if expect == "load":
        if outcome.code not in (0, 130):
            return f"FAIL: exit {outcome.code}: {err.strip()[:160]}"
        if column == "align":
            return _aligned(outcome, name)
        return "pass"
    lines = [x for x in err.splitlines() if "work.parallax" in x]
    if not lines:
        return f"FAIL: no line naming the project (exit {outcome.code}): {err.strip()[:160]}"
    if column != "window" and outcome.code == 0:
        return "FAIL: exit 0"
    return "pass"


def _aligned(outcome: Outcome, name: str) -> str:
    """`align --json` of a project that opens: its articles, and the good ones' passage."""
    result = json.loads(outcome.out)
    if len(result["documents"]) < 2 or not result["passages"]:
        return f"FAIL: {len(result['documents'])} documents, {len(result['passages'])} passages"
    if name in HOLDS_GOOD_TEXTS and not any(SHARED in d["text"] for d in result["documents"]):
        return "FAIL: the project's own texts were not used"
    return "pass"


# --- outputs ------------------------------------------------------------------------------------

OUTPUT_COLUMNS = ("export", "import", "screenshot", "project save as")


def output_cell(column: str, name: str, make: Callable[[Path, str], None], root: Path) -> str:
    if column not in OUTPUT_ROW_COLUMNS.get(name, OUTPUT_COLUMNS):
        return "-"
    folder = root / "articles"
    good_articles(folder)
    home = root / "home"
    home.mkdir()
    notes = root / "notes.jsonld"
    notes.write_bytes(good_annotations(folder))
    where = root / "out"
    where.mkdir()
    suffix = {"export": ".csv", "import": ".jsonld", "screenshot": ".png",
              "project save as": ".parallax"}[column]
    named = where / f"out{suffix}"
    try:  # (the finally undoes a mount or `chattr +i` whatever happens)
        make(where, named.name)
        listing = sorted(os.listdir(where))
        before = digest(named) if named.is_file() else None
        corpus = [folder, named] if name == "an article the command reads" else [folder]
        if column == "export":
            outcome = run(["export", notes, "--corpus", *corpus, "--format", "csv", "-o",
                           named], home, timeout=60)
        elif column == "import":
            outcome = run(["annotations", "import", notes, "--corpus", *corpus, "--into",
                           named], home, timeout=60)
        elif column == "screenshot":
            outcome = run(["--screenshot", named, *corpus], home, timeout=60)
        else:
            driver = home / "save_as.py"
            driver.write_text(SAVE_AS_DRIVER, encoding="utf-8")
            outcome = run_python(driver, [home / "p.parallax", named, folder], home, None, 60)
        after_listing = sorted(os.listdir(where))
        after = digest(named) if named.is_file() else None
    finally:
        run_quiet("chattr", "-i", str(named))
        run_quiet("umount", "-l", str(where))
    err = outcome.err.decode("utf-8", "replace")
    if outcome.hung:
        return "FAIL: hung"
    if "Traceback" in err or "internal error" in err:
        return f"FAIL: traceback {err.strip().splitlines()[-1][:160]}"
    if outcome.code not in (1, 2):
        return f"FAIL: exit {outcome.code}: {err.strip()[:160]}"
    if not any(named.name in line for line in err.splitlines()):
        return f"FAIL: no line naming {named.name}: {err.strip()[:160]}"
    if before != after:
        return "FAIL: the file there was changed"
    if after_listing != listing:
        return f"FAIL: the folder changed: {listing} -> {after_listing}"
    return "pass"


# --- writes into a project the user cannot write --------------------------------------------

WRITES_ROWS = {"read-only (mode 0444, as nobody)": "nobody",
               "immutable (chattr +i, as root)": "immutable"}


def project_writes(how: str, root: Path) -> str:
    root.chmod(0o777)
    home = root / "home"
    home.mkdir()
    home.chmod(0o777)
    driver = home / "writes.py"
    driver.write_text(WRITES_DRIVER, encoding="utf-8")
    path = root / "case.parallax"
    user = 65534 if how == "nobody" else None
    made = run_python(driver, [path, Path("make")], home, user, 60)
    if made.code != 0:
        return f"FAIL: could not make the project: {made.err.decode()[-160:]}"
    if how == "nobody":
        path.chmod(0o444)
    else:
        run_quiet("chattr", "+i", str(path))
    before = digest(path)
    try:
        outcome = run_python(driver, [path, Path("write")], home, user, 60)
    finally:
        run_quiet("chattr", "-i", str(path))
    err = outcome.err.decode("utf-8", "replace")
    if "Traceback" in err or outcome.hung:
        return f"FAIL: {err.strip()[-160:]}"
    if outcome.code != 0:
        return f"FAIL: not every write refused: {err.strip()[-160:]}"
    if digest(path) != before:
        return "FAIL: the project file changed"
    if not all("case.parallax" in line and "read-only" in line for line in err.splitlines()):
        return f"FAIL: {err.strip()[:160]}"
    return "pass"
