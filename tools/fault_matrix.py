"""The fault matrix, run by hand: every kind of bad input and fault against every entry point.

    python tools/fault_matrix.py [--out DIR] [--tables articles,annotations,projects,...]
                                 [--rows NAME,NAME] [--columns NAME,NAME] [--display :99] [--big]

Each row makes its input for real in a fresh folder (a real FIFO, socket, read-only mount,
unprivileged user, sparse 2 GB file, a second process deleting a file while it is listed, a
writer killed mid-save...); each column runs one entry point as a real `python -m viewer`
process, or a driver doing what a window's menu action does. A cell passes when

  * no traceback is printed and the process neither hangs nor dies of a signal;
  * a command exits 0 when usable articles remain, 2 when nothing usable is left (1 for a
    failed write), and a refused input is one stderr line naming the file; the window keeps
    running and says the problem naming the file;
  * the good articles still load (their paths are in `align --json`'s documents, and in the
    project after adding); what the user made (a project, an annotation file, an earlier
    output, an article) is byte-for-byte unchanged after a failed step, or kept beside as
    `NAME.bak` when a file Parallax reads is saved again.

Prints Markdown tables (pass, or FAIL with the reason, or - where the cell was not run) and a
last line counting cells and passes, and keeps each cell's output under `--out`. Needs root
(the mounts, `chattr`) and `setpriv` (rows run as nobody); the window columns need `--display`
(an X server such as Xvfb). `--big` adds the 200 MB file and the folder of 20,000 files
(minutes). The rows are made in tools/fault_inputs.py and fault_more_inputs.py (articles),
fault_files.py and fault_more_files.py (annotation files, projects, outputs); the cells are run
by fault_cells.py, fault_file_cells.py, fault_window.py and fault_processes.py. Results are
recorded in docs/reliability.md ("The fault matrix").
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from fault_cells import ANNOTATION_COLUMNS, ARTICLE_COLUMNS, annotation_cell, article_cell
from fault_file_cells import (
    OUTPUT_COLUMNS,
    PROJECT_COLUMNS,
    WRITES_ROWS,
    output_cell,
    project_cell,
    project_writes,
)
from fault_files import ANNOTATION_ROWS, OUTPUT_ROWS, PROJECT_ROWS
from fault_inputs import ARTICLE_ROWS, BIG_ROWS, REPO
from fault_more_files import MORE_ANNOTATION_ROWS, MORE_OUTPUT_ROWS, MORE_PROJECT_ROWS
from fault_more_inputs import MORE_ARTICLE_ROWS
from fault_processes import PROCESS_ROWS
from fault_window import (
    ANNOTATION_ACTIONS,
    annotation_action_cell,
    open_project_cell,
    save_as_cell,
)

Cell = Callable[[str, str, Path], str]
"""(column, row, a fresh folder) -> the verdict."""

TABLE_NAMES = ("articles", "annotations", "projects", "outputs", "writes", "window",
               "processes")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/fault-matrix"))
    parser.add_argument("--rows", default="")
    parser.add_argument("--columns", default="")
    parser.add_argument("--display", default=None)
    parser.add_argument("--big", action="store_true")
    parser.add_argument("--tables", default=",".join(TABLE_NAMES))
    args = parser.parse_args()
    # The checks made here (which file a window uses, reading a project after its writer was
    # killed) use this checkout's code, as the cells' processes do (PYTHONPATH).
    sys.path.insert(0, str(REPO))
    args.out.mkdir(parents=True, exist_ok=True)
    os.chmod(args.out, 0o755)
    matrix = Matrix(args.out, [r for r in args.rows.split(",") if r],
                    [c for c in args.columns.split(",") if c])
    display = args.display
    tables = args.tables.split(",")
    started = time.monotonic()
    if "articles" in tables:
        rows = {**ARTICLE_ROWS, **MORE_ARTICLE_ROWS, **(BIG_ROWS if args.big else {})}
        matrix.table("input", ARTICLE_COLUMNS, rows, "cell-",
                     lambda column, name, root: article_cell(column, name, rows[name], root,
                                                             display))
    annotation_rows = {**ANNOTATION_ROWS, **MORE_ANNOTATION_ROWS}
    project_rows = {**PROJECT_ROWS, **MORE_PROJECT_ROWS}
    if "annotations" in tables:
        matrix.table("annotation file", ANNOTATION_COLUMNS, annotation_rows, "ann-",
                     lambda column, name, root: annotation_cell(
                         column, name, annotation_rows[name], root, display))
    if "projects" in tables:
        matrix.table("project file", PROJECT_COLUMNS, project_rows, "proj-",
                     lambda column, name, root: project_cell(column, name, project_rows[name],
                                                             root, display))
    output_rows = {**OUTPUT_ROWS, **MORE_OUTPUT_ROWS}
    if "outputs" in tables:
        matrix.table("output named", OUTPUT_COLUMNS, output_rows, "out-",
                     lambda column, name, root: output_cell(column, name, output_rows[name],
                                                            root))
    if "writes" in tables:
        matrix.table("project file", ("every write (details, annotations, articles, view)",),
                     WRITES_ROWS, "writes-",
                     lambda _column, name, root: project_writes(WRITES_ROWS[name], root))
    if "window" in tables:
        matrix.table("project file", ("window: File › Open project…",), project_rows, "wproj-",
                     lambda _column, name, root: open_project_cell(
                         name, project_rows[name], root, display))
        matrix.table("annotation file", tuple(f"window: {a}" for a in ANNOTATION_ACTIONS),
                     annotation_rows, "wann-",
                     lambda column, name, root: annotation_action_cell(
                         column.removeprefix("window: "), name, annotation_rows[name], root,
                         display))
        matrix.table("output named", ("window: File › Save project as…",), OUTPUT_ROWS,
                     "wout-", lambda _column, name, root: save_as_cell(OUTPUT_ROWS[name], root,
                                                                      display))
    if "processes" in tables:
        matrix.table("processes and files", ("result",), PROCESS_ROWS, "proc-",
                     lambda _column, name, root: PROCESS_ROWS[name](root, display))
    minutes = (time.monotonic() - started) / 60
    print(f"\n{matrix.passed} of {matrix.run} cells pass ({matrix.skipped} not run), "
          f"{time.strftime('%Y-%m-%d')}, {platform.node()} ({platform.system()} "
          f"{platform.release()}, {os.cpu_count()} cores), {minutes:.0f} min: "
          f"{' '.join(sys.argv)}")
    return 0 if matrix.passed == matrix.run else 1


class Matrix:
    """Prints tables of verdicts as they come and counts them."""

    def __init__(self, out: Path, wanted_rows: list[str], wanted_columns: list[str]) -> None:
        self.out = out
        self.wanted_rows = wanted_rows
        self.wanted_columns = wanted_columns
        self.run = self.passed = self.skipped = 0

    @staticmethod
    def _pick(names: Sequence[str], wanted: list[str]) -> list[str]:
        return [n for n in names if not wanted or any(w.lower() in n.lower() for w in wanted)]

    def table(self, heading: str, all_columns: Sequence[str], rows: dict[str, object],
              prefix: str, cell: Cell) -> None:
        """One table whose cells each get a fresh folder and return their verdict."""
        columns = self._pick(all_columns, self.wanted_columns)
        names = self._pick(list(rows), self.wanted_rows)
        if not columns or not names:
            return
        print(f"\n| {heading} | " + " | ".join(columns) + " |")
        print("|---" * (len(columns) + 1) + "|", flush=True)
        for name in names:
            cells = []
            for column in columns:
                root = Path(tempfile.mkdtemp(prefix=prefix, dir=self.out))
                root.chmod(0o755)
                try:
                    verdict = cell(column, name, root)
                except Exception as error:  # a row that could not be made is a failed cell
                    verdict = f"FAIL: the cell broke: {type(error).__name__}: {error}"
                cells.append(verdict)
                if verdict == "-":
                    self.skipped += 1
                    continue
                self.run += 1
                self.passed += verdict.startswith("pass")
                if not verdict.startswith("pass"):
                    print(f"  [{name} / {column}] {verdict} ({root})", file=sys.stderr,
                          flush=True)
            shown = name.replace("|", "\\|").replace("\n", " ")
            print(f"| {shown} | " + " | ".join(c.replace("|", "\\|") for c in cells) + " |",
                  flush=True)


if __name__ == "__main__":
    sys.exit(main())
