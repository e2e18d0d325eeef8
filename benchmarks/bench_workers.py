"""The engine's worker pool against the engine in one process (run by hand): whole process,
`python -m viewer align --json FOLDER`, with the pool (the default) and with it turned off
(`PARALLAX_WORKERS=1`), alternately in fresh processes.

    python benchmarks/bench_workers.py FOLDER [FOLDER ...] [--rounds 4]
    python benchmarks/bench_workers.py FOLDER --break-even 500 1000 2000 [--rounds 5]

Each round runs both, one right after the other, every other round the pool first (the machine
is shared and its speed drifts). Measured per process tree as `bench_window` does: wall time,
CPU time of the process and its workers, the largest single process's peak RSS (what
`/usr/bin/time -v` reports) and the peak of the tree's summed RSS and PSS (the workers' memory
counts; PSS counts the pages they share with the parent once). The load average before and
after is printed, and a control: how long two pure-Python tasks take in two processes against
one (1.0x: a core is free for the pool; 2.0x: none is, and the pool can only cost).

With `--break-even N ...`: in this process, the engine alone (`find_shared_passages`) on the
first N articles of FOLDER with `ForkPool(2)` and with `IN_PROCESS`, alternately; the median
wall time of each (where the pool starts to pay: `viewer.workers.POOL_THRESHOLD_CHARS`).

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
    parser.add_argument("--break-even", type=int, nargs="+", metavar="N")
    options = parser.parse_args()
    if options.break_even:
        return break_even(options.folders[0], options.break_even, options.rounds)
    become_subreaper()
    print(f"{cpu_model()}, {os.cpu_count()} cores; load before {load_average()}; "
          f"{parallel_control()}")
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
        print(f"{folder} ({options.rounds} rounds; load now {load_average()}; "
              f"{parallel_control()})")
        for mode, done in runs.items():
            walls = [run.wall for run in done]
            print(f"  {mode:4}  wall median {statistics.median(walls):5.2f} s "
                  f"(min {min(walls):5.2f}, all {' '.join(f'{w:.2f}' for w in walls)})  "
                  f"CPU median {statistics.median(run.cpu for run in done):5.2f} s  "
                  f"largest process {megabytes(max(run.max_process_rss for run in done))}  "
                  f"tree RSS {megabytes(max(run.tree_rss for run in done))}  "
                  f"tree PSS {megabytes(max(run.tree_pss for run in done))}")
    return 0


def break_even(folder: Path, sizes: list[int], rounds: int) -> int:
    import time

    from viewer.engine.pipeline import find_shared_passages
    from viewer.loading import load_paths
    from viewer.workers import IN_PROCESS, ChunkMapper, ForkPool

    everything = load_paths([folder]).articles
    print(f"{cpu_model()}, {os.cpu_count()} cores; load before {load_average()}")
    for size in sizes:
        articles = everything[:size]
        walls: dict[str, list[float]] = {"pool": [], "off": []}
        modes: list[tuple[str, ChunkMapper]] = [("pool", ForkPool(2)), ("off", IN_PROCESS)]
        for round_number in range(rounds):
            for mode, mapper in modes if round_number % 2 == 0 else modes[::-1]:
                started = time.perf_counter()
                find_shared_passages(articles, mapper=mapper)
                walls[mode].append(time.perf_counter() - started)
        pool, off = statistics.median(walls["pool"]), statistics.median(walls["off"])
        print(f"{len(articles):6} articles {sum(len(a.text) for a in articles):>11,} chars: "
              f"pool {pool:.3f} s, off {off:.3f} s, pool/off {pool / off:.2f} "
              f"(load {load_average()})")
    return 0


def parallel_control() -> str:
    """How much of a second core this process gets now: the wall time of two pure-Python tasks
    in two forked processes over that of one task here (1.0: a core is free; 2.0: none)."""
    import time

    def task() -> None:
        total = 0
        for number in range(4_000_000):
            total += number * number

    started = time.perf_counter()
    task()
    one = time.perf_counter() - started
    started = time.perf_counter()
    children = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            task()
            os._exit(0)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)
    return f"two tasks in two processes take {(time.perf_counter() - started) / one:.2f}x one"


def load_average() -> str:
    """The load averages over 1, 5 and 15 minutes, as `uptime` prints them."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def megabytes(size: int) -> str:
    """A size in bytes as whole megabytes, right-aligned."""
    return f"{size / 1e6:5.0f} MB"


if __name__ == "__main__":
    raise SystemExit(main())
