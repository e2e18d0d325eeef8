"""The fault matrix's cells for article inputs and annotation files: each runs one entry point
as a real process on a row made for real and returns its verdict ("pass", or "FAIL: why", or
"-" where the cell is not run). tools/fault_matrix.py prints them; tools/fault_file_cells.py
has the cells for projects, outputs and writes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from fault_drivers import ADD_DRIVER
from fault_files import ANNOTATION_ID, good_annotations
from fault_inputs import Case, good_articles
from fault_more_files import ANNOTATION_EXPECT, write_bad_annotation_file
from fault_run import Outcome, judge, run, run_python

ARTICLE_COLUMNS = ("align", "align file", "align alone", "figures", "import", "export",
                   "screenshot", "window", "project add")


def article_cell(column: str, name: str, make: Callable[[Path], Case], root: Path,
                 display: str | None) -> str:
    """One input row against one entry point; the cell's output is kept in `root/cell.log`."""
    case = make(root)
    try:
        outcome = _article_outcome(column, case, root, display)
        if outcome is None:
            return "-"
        (root / "cell.log").write_bytes(
            f"{name} / {column}: exit {outcome.code}, {outcome.seconds:.1f} s\n".encode()
            + b"--- stderr\n" + outcome.err + b"\n--- stdout\n" + outcome.out[:4000])
        return judge(outcome, case, column)
    finally:
        for step in case.cleanup:
            step()


def _article_outcome(column: str, case: Case, root: Path, display: str | None
                     ) -> Outcome | None:
    home = root / f"home-{column.replace(' ', '-')}"
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o777)
    folder = case.folder
    notes = root / "notes.jsonld"
    notes.write_bytes(good_annotations(folder))
    notes.chmod(0o666)
    paths: list[Path] = [folder]
    if column in ("align file", "align alone"):
        if case.bad is None:
            return None
        paths = ([case.bad] if column == "align alone"
                 else [folder / "good_a.txt", folder / "good_b.txt", case.bad])
    user = case.user
    if column in ("align", "align file", "align alone"):
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


# --- annotation files ---------------------------------------------------------------------------

ANNOTATION_COLUMNS = ("import", "import into", "export", "window")


def annotation_cell(column: str, name: str, build: Callable[[Path], bytes | None], root: Path,
                    display: str | None) -> str:
    folder = root / "articles"
    good_articles(folder)
    home = root / f"home-{column}"
    home.mkdir(parents=True, exist_ok=True)
    bad = root / "bad.jsonld"
    data = write_bad_annotation_file(bad, name, build, folder)
    # A UTF-16 file is read (session 13's interop work) or refused in one line: either is right.
    # A file that is read may be saved again (an import into it, the window's save of the
    # anchoring), in UTF-8, as long as nothing is lost: its annotation stays, the file it was
    # is `NAME.bak`.
    expect = ANNOTATION_EXPECT.get(name, "refuse")
    case = Case(folder, bad, expect)
    small = data is not None
    if column == "import":
        into = home / "into.jsonld"
        outcome = run(["annotations", "import", bad, "--corpus", folder, "--into", into], home)
        if expect == "read" and outcome.code == 0 and not _holds_the_annotation(into):
            return "FAIL: the annotation was not imported"
    elif column == "import into":
        # The bad file is the one imported INTO: left byte for byte unless it was read.
        good = root / "good.jsonld"
        good.write_bytes(good_annotations(folder))
        before = bad.read_bytes() if small else None
        outcome = run(["annotations", "import", good, "--corpus", folder, "--into", bad], home)
        after = bad.read_bytes() if small else None
        if before != after and (expect == "refuse" or outcome.code != 0):
            return "FAIL: the file imported into was changed"
        if before != after and (reason := _not_kept(bad, before)):
            return f"FAIL: {reason}"
    elif column == "export":
        outcome = run(["export", bad, "--corpus", folder, "--format", "csv"], home)
        if expect == "read" and outcome.code == 0 and ANNOTATION_ID.encode() not in outcome.out:
            return "FAIL: the annotation is not in the export"
    elif column == "window":
        if display is None:
            return "-"
        # The window's own annotation file for this corpus is the hostile one.
        from viewer.annotations.location import default_annotation_file

        target = default_annotation_file([folder], home / "data" / "Parallax" / "Parallax")
        target.parent.mkdir(parents=True, exist_ok=True)
        if small:
            shutil.copyfile(bad, target)
        else:
            bad.rename(target)
        before = target.read_bytes() if small else None
        outcome = run([folder], home, display=display, window_seconds=12)
        if before is not None and target.read_bytes() != before:
            if expect == "refuse":
                return "FAIL: the window wrote over the annotation file"
            if reason := _not_kept(target, before):
                return f"FAIL: {reason}"
        # The window says it at the foot of its Annotations dock ("Annotations not saved:
        # <file>: <reason>. Use Save annotations as…"), not on stderr: what is judged here is
        # that it keeps running and leaves the file as it was.
        verdict = judge(outcome, Case(folder, target, "dock"), "window")
        return verdict
    else:
        raise ValueError(column)
    return _annotation_verdict(outcome, case)


def _annotation_verdict(outcome: Outcome, case: Case) -> str:
    """A command given an annotation file: a refused file is one line naming it and exit 1 or
    2; a file that is read exits 0 (a line naming it is allowed: orphans, a duplicate)."""
    err = outcome.err.decode("utf-8", "replace")
    if outcome.hung:
        return f"FAIL: hung ({outcome.seconds:.0f} s)"
    if "Traceback" in err or "internal error" in err:
        return f"FAIL: traceback ({err.strip().splitlines()[-1][:160]})"
    lines = err.strip().splitlines()
    if outcome.code == 0:
        if case.expect == "refuse":
            return "FAIL: exit 0 on an unusable annotation file"
        return "pass (read)" if case.expect == "either" else "pass"
    if case.expect == "read":
        return f"FAIL: exit {outcome.code}: {' | '.join(lines)[:200]}"
    if len(lines) == 1 and "bad.jsonld" in lines[0] and outcome.code in (1, 2):
        return "pass"
    return f"FAIL: exit {outcome.code}, {len(lines)} lines: {' | '.join(lines)[:200]}"


def _holds_the_annotation(path: Path) -> bool:
    try:
        return ANNOTATION_ID in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def _not_kept(path: Path, before: bytes | None) -> str | None:
    """Why a readable annotation file that was saved again lost something: its annotation must
    still be in it and the file as it was kept beside it (`NAME.bak`, as every save keeps)."""
    backup = path.with_name(path.name + ".bak")
    if before is not None and (not backup.is_file() or backup.read_bytes() != before):
        return "the file was written over without its backup"
    if ANNOTATION_ID.encode() in (before or b"") and not _holds_the_annotation(path):
        return "the file's annotation was lost"
    return None
