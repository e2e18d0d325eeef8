"""The fault matrix, run by hand: every kind of bad input and fault against every entry point.

    python tools/fault_matrix.py [--out DIR] [--tables articles,annotations,projects,...]
                                 [--rows NAME,NAME] [--columns NAME,NAME] [--display :99] [--big]

Each row makes its input for real in a fresh folder (a real FIFO, socket, read-only mount,
unprivileged user, sparse 2 GB file, a second process deleting a file while it is listed...);
each column runs one entry point as a real `python -m viewer` process. A cell passes when

  * no traceback is printed and the process neither hangs nor dies of a signal;
  * a command exits 0 when usable articles remain, non-zero when nothing usable is left, and
    a refused input is one stderr line naming the file; the window keeps running;
  * the good articles still load (their paths are in `align --json`'s documents, and in the
    project after adding); what the user made (a project, an annotation file, an earlier
    output) is byte-for-byte unchanged after a failed step.

Prints Markdown tables (articles, annotation files, project files, outputs, writes into a
project: pass, or FAIL with the reason, or - where the cell was not run) and keeps each cell's
command, exit code and output under `--out`. Needs root (the mounts, `chattr`) and `setpriv`
(the rows run as nobody). `--big` adds the 200 MB file and the folder of 20,000 files
(minutes). The rows are made in tools/fault_inputs.py (articles) and tools/fault_files.py
(annotation files, project files, outputs), the cells run and judged in tools/fault_run.py.
Results are recorded in docs/reliability.md ("The fault matrix").
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from fault_files import (
    ANNOTATION_ID,
    ANNOTATION_ROWS,
    OUTPUT_ROWS,
    PROJECT_ROWS,
    good_annotations,
)
from fault_inputs import ARTICLE_ROWS, BIG_ROWS, Case, good_articles, run_quiet, sparse_file
from fault_run import (
    ADD_DRIVER,
    SAVE_AS_DRIVER,
    WRITES_DRIVER,
    Outcome,
    digest,
    judge,
    run,
    run_python,
)

ARTICLE_COLUMNS = ("align", "align file", "figures", "import", "export", "screenshot",
                   "window", "project add")


def article_cell(column: str, case: Case, root: Path, display: str | None) -> Outcome | None:
    home = root / f"home-{column.replace(' ', '-')}"
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o777)
    folder = case.folder
    notes = root / "notes.jsonld"
    notes.write_bytes(good_annotations(folder))
    notes.chmod(0o666)
    paths: list[Path] = [folder]
    if column == "align file":
        if case.bad is None:
            return None
        paths = [folder / "good_a.txt", folder / "good_b.txt", case.bad]
    user = case.user
    if column in ("align", "align file"):
        return run(["align", "--json", *paths], home, user=user)
    if column == "figures":
        return run(["figures", "--json", *paths], home, user=user)
    if column == "import":
        into = home / "into.jsonld"
        return run(["annotations", "import", notes, "--corpus", *paths, "--into", into], home,
                   user=user)
    if column == "export":
        return run(["export", notes, "--corpus", *paths, "--format", "csv"], home, user=user)
    if column == "screenshot":
        return run(["--screenshot", home / "shot.png", *paths], home, user=user)
    if column == "window":
        if display is None:
            return None
        return run([*paths], home, user=user, display=display,
                   window_seconds=case.window_seconds)
    if column == "project add":
        driver = home / "add.py"
        driver.write_text(ADD_DRIVER, encoding="utf-8")
        return run_python(driver, [home / "p.parallax", *paths], home, user)
    raise ValueError(column)



def annotation_cell(column: str, name: str, build: Callable[[Path], bytes | None], root: Path,
                    display: str | None) -> str:
    folder = root / "articles"
    good_articles(folder)
    home = root / f"home-{column}"
    home.mkdir(parents=True, exist_ok=True)
    bad = root / "bad.jsonld"
    data = build(folder)
    if data is None:
        sparse_file(2 * 1024 ** 3)(bad)
    else:
        bad.write_bytes(data)
    # A UTF-16 file is read (session 13's interop work) or refused in one line: either is right.
    # Read, it may be saved again (an import into it, the window's save of the anchoring), in
    # UTF-8, as long as nothing is lost: its annotation stays, the file it was is `NAME.bak`.
    case = Case(folder, bad, "either" if name == "UTF-16 JSON" else "refuse")
    if column == "import":
        outcome = run(["annotations", "import", bad, "--corpus", folder, "--into",
                       home / "into.jsonld"], home)
    elif column == "import into":
        # The bad file is the one imported INTO: it must be left byte for byte.
        good = root / "good.jsonld"
        good.write_bytes(good_annotations(folder))
        before = bad.read_bytes() if data is not None else None
        outcome = run(["annotations", "import", good, "--corpus", folder, "--into", bad], home)
        after = bad.read_bytes() if data is not None else None
        if before != after and (case.expect != "either" or outcome.code != 0):
            return "FAIL: the file imported into was changed"
        if before != after and (reason := _not_kept(bad, before)):
            return f"FAIL: {reason}"
    elif column == "export":
        outcome = run(["export", bad, "--corpus", folder, "--format", "csv"], home)
    elif column == "window":
        if display is None:
            return "-"
        # The window's own annotation file for this corpus is the hostile one.
        from viewer.annotations.location import default_annotation_file

        target = default_annotation_file([folder], home / "data" / "Parallax" / "Parallax")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(bad, target) if data is not None else sparse_file(2 * 1024 ** 3)(target)
        before = target.read_bytes() if data is not None else None
        outcome = run([folder], home, display=display, window_seconds=12)
        if before is not None and target.read_bytes() != before:
            if case.expect != "either":
                return "FAIL: the window wrote over the annotation file"
            if reason := _not_kept(target, before):
                return f"FAIL: {reason}"
        # The window says it at the foot of its Annotations dock ("Annotations not saved:
        # <file>: <reason>. Use Save annotations as…"), not on stderr: what is judged here is
        # that it keeps running and leaves the file as it was.
        case = Case(folder, target, "dock")
    else:
        raise ValueError(column)
    verdict = judge(outcome, case, "window" if column == "window" else "annotations")
    if case.expect == "either" and outcome.code == 0 and verdict == "pass":
        return "pass (read)"
    if verdict == "pass" and column != "window" and outcome.code == 0:
        return "FAIL: exit 0 on an unusable annotation file"
    if (verdict.startswith("FAIL: exit") and column != "window"
            and "Traceback" not in outcome.err.decode("utf-8", "replace")):
        lines = outcome.err.decode("utf-8", "replace").strip().splitlines()
        if len(lines) == 1 and "bad.jsonld" in lines[0] and outcome.code in (1, 2):
            return "pass"
        return f"FAIL: {len(lines)} lines: {' | '.join(lines)[:200]}"
    return verdict


def _not_kept(path: Path, before: bytes | None) -> str | None:
    """Why a readable annotation file that was saved again lost something: its annotation must
    still be in it and the file as it was kept beside it (`NAME.bak`, as every save keeps)."""
    backup = path.with_name(path.name + ".bak")
    if before is not None and (not backup.is_file() or backup.read_bytes() != before):
        return "the file was written over without its backup"
    if ANNOTATION_ID not in path.read_text(encoding="utf-8", errors="replace"):
        return "the file's annotation was lost"
    return None


def project_cell(column: str, build: Callable[[Path, Path], None], root: Path,
                 display: str | None) -> str:
    folder = root / "articles"
    good_articles(folder)
    home = root / f"home-{column}"
    home.mkdir(parents=True, exist_ok=True)
    project = root / "work.parallax"
    build(project, folder)
    before = digest(project)
    hostile = "records" in build.__closure__[0].cell_contents if build.__closure__ else False
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
    if digest(project) != before and column != "window":
        return "FAIL: the project file was changed"
    err = outcome.err.decode("utf-8", "replace")
    if outcome.hung:
        return "FAIL: hung"
    if "Traceback" in err or "internal error" in err:
        return f"FAIL: traceback {err.strip().splitlines()[-1][:160]}"
    if hostile:
        return "pass" if outcome.code in (0, 130) else f"FAIL: exit {outcome.code}: {err[:160]}"
    lines = [x for x in err.splitlines() if "work.parallax" in x]
    if not lines:
        return f"FAIL: no line naming the project (exit {outcome.code}): {err.strip()[:160]}"
    if column != "window" and outcome.code == 0:
        return "FAIL: exit 0"
    if column == "window" and outcome.code not in (0, 1, 2, 130):
        return f"FAIL: window exit {outcome.code}"
    return "pass"



def output_cell(column: str, make: Callable[[Path, str], None], root: Path) -> str:
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
        if column == "export":
            outcome = run(["export", notes, "--corpus", folder, "--format", "csv", "-o", named],
                          home, timeout=60)
        elif column == "import":
            outcome = run(["annotations", "import", notes, "--corpus", folder, "--into", named],
                          home, timeout=60)
        elif column == "screenshot":
            outcome = run(["--screenshot", named, folder], home, timeout=60)
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



def _project_writes(how: str, root: Path) -> str:
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



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/fault-matrix"))
    parser.add_argument("--rows", default="")
    parser.add_argument("--columns", default="")
    parser.add_argument("--display", default=None)
    parser.add_argument("--big", action="store_true")
    parser.add_argument("--tables", default="articles,annotations,projects,outputs,writes")
    args = parser.parse_args()
    wanted_rows = [r for r in args.rows.split(",") if r]
    wanted_columns = [c for c in args.columns.split(",") if c]
    args.out.mkdir(parents=True, exist_ok=True)
    os.chmod(args.out, 0o755)

    def pick(names: list[str] | tuple[str, ...], wanted: list[str]) -> list[str]:
        return [n for n in names if not wanted or any(w.lower() in n.lower() for w in wanted)]

    tables = args.tables.split(",")
    lock = threading.Lock()
    if "articles" in tables:
        rows = {**ARTICLE_ROWS, **(BIG_ROWS if args.big else {})}
        columns = pick(ARTICLE_COLUMNS, wanted_columns)
        print("| input | " + " | ".join(columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for name in pick(list(rows), wanted_rows):
            cells = []
            for column in columns:
                root = Path(tempfile.mkdtemp(prefix="cell-", dir=args.out))
                root.chmod(0o755)
                case = rows[name](root)
                try:
                    outcome = article_cell(column, case, root, args.display)
                    verdict = "-" if outcome is None else judge(outcome, case, column)
                    if outcome is not None:
                        (root / "cell.log").write_bytes(
                            f"{name} / {column}: exit {outcome.code}, {outcome.seconds:.1f} s\n"
                            .encode() + b"--- stderr\n" + outcome.err + b"\n--- stdout\n"
                            + outcome.out[:4000])
                finally:
                    for step in case.cleanup:
                        step()
                with lock:
                    cells.append(verdict)
                if verdict.startswith("FAIL"):
                    print(f"  [{name} / {column}] {verdict} ({root})", file=sys.stderr)
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    def table(heading: str, all_columns: tuple[str, ...], rows: list[str], prefix: str,
              cell: Callable[[str, str, Path], str]) -> None:
        """One table whose cells each get a fresh folder and return their verdict."""
        columns = pick(all_columns, wanted_columns)
        print(f"\n| {heading} | " + " | ".join(columns) + " |")
        print("|---" * (len(columns) + 1) + "|")
        for name in pick(rows, wanted_rows):
            cells = []
            for column in columns:
                root = Path(tempfile.mkdtemp(prefix=prefix, dir=args.out))
                verdict = cell(column, name, root)
                cells.append(verdict)
                if verdict.startswith("FAIL"):
                    print(f"  [{name} / {column}] {verdict} ({root})", file=sys.stderr)
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)

    if "annotations" in tables:
        table("annotation file", ("import", "import into", "export", "window"),
              list(ANNOTATION_ROWS), "ann-",
              lambda column, name, root: annotation_cell(column, name, ANNOTATION_ROWS[name],
                                                         root, args.display))
    if "projects" in tables:
        table("project file", ("align", "export", "screenshot", "window"), list(PROJECT_ROWS),
              "proj-", lambda column, name, root: project_cell(column, PROJECT_ROWS[name], root,
                                                               args.display))
    if "outputs" in tables:
        table("output named", ("export", "import", "screenshot", "project save as"),
              list(OUTPUT_ROWS), "out-",
              lambda column, name, root: output_cell(column, OUTPUT_ROWS[name], root))
    if "writes" in tables:
        print("\n| project file | every write (details, annotations, articles, view) |")
        print("|---|---|")
        for name, how in (("read-only (mode 0444, as nobody)", "nobody"),
                          ("immutable (chattr +i, as root)", "immutable")):
            root = Path(tempfile.mkdtemp(prefix="writes-", dir=args.out))
            print(f"| {name} | {_project_writes(how, root)} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
