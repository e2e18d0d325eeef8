"""Benchmark of the check, on opening a project, of what became of its articles' files
(`viewer.projects.source_files.source_changes`): a folder of generated articles, half of them
renamed since they were added.

Run by hand from the repository root:  python benchmarks/bench_source_files.py [--articles N]
Prints the wall and CPU time of one check (it runs on a worker thread beside the window, so its
CPU competes with the window's for the interpreter) and how many files it found renamed, gone
or otherwise. Every renamed file is in its folder under its new name, so a right answer is
"renamed" for each.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.realistic import generate, write_corpus  # noqa: E402
from viewer.loading import load_file, load_paths  # noqa: E402
from viewer.projects import Project  # noqa: E402
from viewer.projects.source_files import source_changes  # noqa: E402


def run(count: int, renamed: int, folder: Path) -> None:
    articles_folder = write_corpus(generate(count, seed=7), folder)
    past = time.time() - 3600  # (files saved before the project was made)
    for path in articles_folder.iterdir():
        os.utime(path, (past, past))
    with Project.create(folder / "bench.parallax") as project:
        project.add_articles(load_paths([articles_folder]).articles)
        articles, added = project.articles(), project.added_from_files()
    for path in sorted(articles_folder.iterdir())[:renamed]:
        path.rename(path.with_name(f"renamed_{path.name}"))
    wall, cpu = time.perf_counter(), time.process_time()
    changes = source_changes(articles, added, lambda path: load_file(path).text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    kinds = Counter(change.kind for change in changes)
    print(f"{len(articles)} articles, {renamed} renamed: {wall:.2f} s wall, {cpu:.2f} s CPU; "
          + ", ".join(f"{kind} {number}" for kind, number in sorted(kinds.items())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--renamed", type=int, help="files renamed (default: half)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run(args.articles, args.renamed if args.renamed is not None else args.articles // 2,
            Path(folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
