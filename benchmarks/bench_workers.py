"""The engine's worker pool against the engine in one process (run by hand): whole process,
`python -m viewer align --json FOLDER`, with the pool (the default) and with it turned off
(`PARALLAX_WORKERS=1`), alternately in fresh processes.

    python benchmarks/bench_workers.py FOLDER [FOLDER ...] [--rounds 4]

Each round runs both, one right after the other, every other round the pool first (the machine
is shared and its speed drifts). Measured per process tree as `bench_window` does: wall time,
CPU time of the process and its workers, the largest single process's peak RSS (what
`/usr/bin/time -v` reports) and the peak of the tree's summed RSS and PSS (the workers' memory
counts; PSS counts the pages they share with the parent once). The load average before and
after is printed: on a loaded machine the pool has no free core to use.

Results go to docs/benchmarks.md under "Engine: worker pool (session 5)" (by hand).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_window import Run, become_subreaper, run_align  # noqa: E402
from benchmarks.machine import cpu_model  # noqa: E402

MODES = {"pool": None, "off": "1"}
"""PARALLAX_WORKERS for each mode (None: unset, the default)."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--rounds", type=int, default=4)
    options = parser.parse_args()
    become_subreaper()
    print(f"{cpu_model()}, {os.cpu_count()} cores; load before {_load()}")
    for folder in options.folders:
        runs: dict[str, list[Run]] = {mode: [] for mode in MODES}
        for round_number in range(options.rounds):
            order = list(MODES) if round_number % 2 == 0 else list(reversed(MODES))
            for mode in order:
                env = dict(os.environ)
                env.pop("PARALLAX_WORKERS", None)
                if MODES[mode] is not None:
                    env["PARALLAX_WORKERS"] = str(MODES[mode])
                runs[mode].append(run_align(folder, env))
        print(f"{folder} ({options.rounds} rounds; load now {_load()})")
        for mode, done in runs.items():
            walls = [run.wall for run in done]
            print(f"  {mode:4}  wall median {statistics.median(walls):5.2f} s "
                  f"(min {min(walls):5.2f}, all {' '.join(f'{w:.2f}' for w in walls)})  "
                  f"CPU median {statistics.median(run.cpu for run in done):5.2f} s  "
                  f"largest process {_mb(max(run.max_process_rss for run in done))}  "
                  f"tree RSS {_mb(max(run.tree_rss for run in done))}  "
                  f"tree PSS {_mb(max(run.tree_pss for run in done))}")
    return 0


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _mb(size: int) -> str:
    return f"{size / 1e6:5.0f} MB"


if __name__ == "__main__":
    raise SystemExit(main())
