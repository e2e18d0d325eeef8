"""Whole process in two checkouts, alternately (run by hand): `python -m viewer align --json
FOLDER` from this tree and from another (e.g. a worktree of main), in fresh processes.

    git -C /work/main worktree add /tmp/wt-base main
    python benchmarks/bench_trees.py FOLDER --base /tmp/wt-base [--rounds 6]

The machine is shared and its speed drifts, so the two run one right after the other, every
other round the base first, and the paired ratios (this tree / base, round by round) are
printed besides each tree's medians. Measured as `bench_window` does: wall time, CPU time of the
process and its workers, the largest single process's peak RSS and the peak of the tree's summed
PSS (workers included, shared pages counted once). Results go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_window import Run, become_subreaper, measure  # noqa: E402
from benchmarks.bench_workers import (  # noqa: E402
    load_average,
    megabytes,
    parallel_control,
)
from benchmarks.machine import cpu_model  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--base", type=Path, required=True, help="the other checkout")
    parser.add_argument("--rounds", type=int, default=6)
    options = parser.parse_args()
    become_subreaper()
    trees = {"base": options.base.resolve(), "this": ROOT}
    print(f"{cpu_model()}, {os.cpu_count()} cores; load {load_average()}; {parallel_control()}")
    runs: dict[str, list[Run]] = {name: [] for name in trees}
    command = [sys.executable, "-m", "viewer", "align", "--json", str(options.folder.resolve())]
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    for round_number in range(options.rounds):
        order = list(trees) if round_number % 2 == 0 else list(reversed(trees))
        for name in order:
            runs[name].append(Run(*measure(command, env, cwd=trees[name])))
        print(f"  round {round_number + 1}: " + ", ".join(
            f"{name} {runs[name][-1].wall:.2f} s" for name in trees), flush=True)
    print(f"{options.folder} ({options.rounds} rounds; load now {load_average()}; "
          f"{parallel_control()})")
    for name, done in runs.items():
        walls = [run.wall for run in done]
        print(f"  {name:4} {trees[name]}: wall median {statistics.median(walls):5.2f} s "
              f"(all {' '.join(f'{w:.2f}' for w in walls)})  CPU median "
              f"{statistics.median(run.cpu for run in done):5.2f} s  largest process "
              f"{megabytes(max(run.max_process_rss for run in done))}  tree PSS "
              f"{megabytes(max(run.tree_pss for run in done))}")
    for what in ("wall", "cpu"):
        ratios = [getattr(this, what) / getattr(base, what)
                  for this, base in zip(runs["this"], runs["base"], strict=True)]
        print(f"  this/base {what}: median {statistics.median(ratios):.2f} "
              f"(all {' '.join(f'{r:.2f}' for r in ratios)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
