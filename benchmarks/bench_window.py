"""The window on large generated corpora against `parallax align` on the same files (run by hand).

Issue 13's target: on 20,000 generated articles the window shows its panes painted with the
alignment in at most 1.5x the time of `parallax align --json` and at most 1.5x its peak memory.

    python benchmarks/bench_window.py                         # sizes 1000 5000 20000, 1 round
    python benchmarks/bench_window.py --sizes 1000 5000 --runs 3
    python benchmarks/bench_window.py --cache /tmp/corpora    # where generated corpora are kept

Each size's corpus is `python benchmarks/realistic.py --articles N --seed 7 --out DIR`, generated
once and kept under `--cache` (default: $TMPDIR/parallax-bench-window; 20,000 articles take a few
minutes to generate). Each round runs, in fresh processes and one right after the other (the
machine is shared and its speed drifts; ratios are taken within a round, and every other round
runs the window first):

- align:  `python -m viewer align --json DIR/articles` with its output sent to /dev/null;
- window: `python -m viewer DIR/articles --screenshot OUT.png` off screen. A screenshot run waits
  until the window is idle (loaded, aligned, the result installed in the panes), grabs the window
  (which paints every pane with its highlights) and saves the PNG: the PNG's modification time
  is the moment the painted panes exist. The process then closes its jobs and exits; the time
  to exit is reported too.

Measured per process tree: wall time (to exit; for the window also to the PNG), CPU time of the
process and its waited-for children (`wait4`), the largest single process's peak RSS (`wait4`'s
ru_maxrss, as `/usr/bin/time` reports it) and the peak of the whole tree's summed RSS and PSS,
sampled from /proc every 50 ms (the window's processes: the GUI, a head-start child that loads
while the GUI is built, multiprocessing's fork server and resource tracker, and the child that
aligns: all are the window's memory; PSS counts the pages they share once). The memory ratio
uses the tree's peak PSS.

Results go to docs/benchmarks.md under "Window on 20,000 articles" (by hand).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.machine import cpu_model  # noqa: E402

SAMPLE_SECONDS = 0.05
TARGET_RATIO = 1.5


@dataclass(frozen=True)
class Run:
    wall: float
    """Seconds from start to the process's exit."""
    cpu: float
    """User + system seconds of the process and its waited-for children."""
    max_process_rss: int
    """Bytes: the largest single process's peak (wait4)."""
    tree_rss: int
    """Bytes: the peak of the whole process tree's summed RSS (sampled)."""
    tree_pss: int
    """Bytes: the peak of the whole process tree's summed PSS (sampled)."""
    painted: float | None = None
    """Seconds from start to the screenshot's write (the window only)."""


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as stream:
                found += [int(word) for word in stream.read().split()]
        except OSError:
            continue
    return found


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in bytes; (0, 0) once it is gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as stream:
            fields = dict(line.split(":", 1) for line in stream if ":" in line)
        return (int(fields["Rss"].split()[0]) * 1024, int(fields["Pss"].split()[0]) * 1024)
    except (OSError, KeyError, IndexError, ValueError):
        return 0, 0


def _tree_memory(root: int) -> tuple[int, int]:
    """Summed (RSS, PSS) of `root` and its descendants. RSS counts pages shared between them
    (the fork server's preloaded modules in each aligning child) once per process; PSS divides
    each shared page among its sharers, so the sum is what the tree really occupies."""
    rss = pss = 0
    pending = [root]
    while pending:
        pid = pending.pop()
        one_rss, one_pss = _memory(pid)
        rss, pss = rss + one_rss, pss + one_pss
        pending += _children(pid)
    return rss, pss


def measure(command: list[str], env: dict[str, str],
            cwd: Path = REPO) -> tuple[float, float, int, int, int]:
    """Run `command` in `cwd` to its end: (wall s, CPU s, largest process's peak RSS, the
    tree's peak summed RSS, the tree's peak summed PSS)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss, pss = _tree_memory(process.pid)
            peak[:] = max(peak[0], rss), max(peak[1], pss)
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert process.stderr is not None
    errors = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): "
                         f"{errors.decode(errors='replace')[-2000:]}")
    cpu, largest = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
    # Descendants the command did not wait for (multiprocessing's fork server, with the
    # aligning children it reaped) were handed to this process, the subreaper: their usage too.
    while True:
        try:
            _pid, _status, orphan = os.wait4(-1, 0)
        except ChildProcessError:
            break
        cpu += orphan.ru_utime + orphan.ru_stime
        largest = max(largest, orphan.ru_maxrss)
    return wall, cpu, largest * 1024, peak[0], peak[1]


def become_subreaper() -> None:
    """Orphaned descendants of the measured commands become this process's children (Linux
    prctl PR_SET_CHILD_SUBREAPER), so their CPU time and peak RSS can be waited for."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(36, 1, 0, 0, 0) != 0:  # PR_SET_CHILD_SUBREAPER
        raise SystemExit("bench_window: cannot become a child subreaper (Linux only)")


def run_align(articles: Path, env: dict[str, str]) -> Run:
    return Run(*measure([sys.executable, "-m", "viewer", "align", "--json", str(articles)], env))


def run_window(articles: Path, env: dict[str, str], scratch: Path) -> Run:
    shot = scratch / "window.png"
    shot.unlink(missing_ok=True)
    started_wall = time.time()
    measured = measure([sys.executable, "-m", "viewer", str(articles), "--screenshot", str(shot)],
                       env)
    return Run(*measured, painted=shot.stat().st_mtime - started_wall)


def corpus(size: int, seed: int, cache: Path) -> Path:
    """DIR/articles of the generated corpus, made once (renamed into place when complete)."""
    folder = cache / f"realistic-{size}-seed{seed}"
    if not (folder / "articles").is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=f"partial-{size}-", dir=cache))
        print(f"generating {size} articles (seed {seed}) in {folder} ...", flush=True)
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "realistic.py"),
                        "--articles", str(size), "--seed", str(seed), "--out", str(partial)],
                       check=True, cwd=REPO, stdout=subprocess.DEVNULL)
        partial.rename(folder)
    return folder / "articles"


def _mb(size: int) -> str:
    return f"{size / 2**20:,.0f} MB"


def report(size: int, runs: list[tuple[Run, Run]], first: int = 1) -> list[str]:
    rows = []
    for number, (align, window) in enumerate(runs, first):
        assert window.painted is not None
        time_ratio = window.painted / align.wall
        cpu_ratio = window.cpu / align.cpu
        memory_ratio = window.tree_pss / align.tree_pss
        rows.append(
            f"| {size:,} | {number} | {align.wall:.1f} s / {align.cpu:.1f} s | "
            f"{_mb(align.tree_pss)} ({_mb(align.tree_rss)}; {_mb(align.max_process_rss)}) | "
            f"{window.painted:.1f} s ({window.wall:.1f} s) / {window.cpu:.1f} s | "
            f"{_mb(window.tree_pss)} ({_mb(window.tree_rss)}; {_mb(window.max_process_rss)}) | "
            f"**{time_ratio:.2f}x** | {cpu_ratio:.2f}x | **{memory_ratio:.2f}x** |")
    if len(runs) > 1:
        times = statistics.median(w.painted / a.wall for a, w in runs if w.painted)
        cpu = statistics.median(w.cpu / a.cpu for a, w in runs)
        memory = statistics.median(w.tree_pss / a.tree_pss for a, w in runs)
        rows.append(f"| {size:,} | median | | | | | {times:.2f}x | {cpu:.2f}x | {memory:.2f}x |")
    return rows


HEADER = ["| articles | round | align: wall / CPU | align: peak PSS (RSS; largest process) "
          "| window: painted (exit) / CPU | window: peak PSS (RSS; largest process) "
          "| time ratio (wall) | CPU ratio | memory ratio (PSS) |",
          "|---:|---|---|---|---|---|---|---|---|"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--runs", type=int, default=1, help="rounds per size (default 1)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "parallax-bench-window")
    args = parser.parse_args()
    become_subreaper()
    # Bytecode written as an installed wheel has it; an empty per-user folder (a screenshot run
    # writes nothing there, but reads settings); off screen.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    home = tempfile.TemporaryDirectory(prefix="parallax-bench-window-")
    scratch = Path(home.name)
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    print(f"{platform.python_implementation()} {platform.python_version()}, {cpu_model()}, "
          f"{os.cpu_count()} CPUs, {memory / 2**30:.0f} GB, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}, "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", flush=True)
    folders = {size: corpus(size, args.seed, args.cache) for size in args.sizes}
    # An uncounted warm-up: bytecode written, file cache warm for the smallest corpus.
    run_align(folders[min(args.sizes)], env)
    lines = list(HEADER)
    for size in args.sizes:
        runs = []
        for number in range(args.runs):
            # Alternating which goes first: the machine's load drifts over minutes.
            if number % 2:
                window = run_window(folders[size], env, scratch)
                align = run_align(folders[size], env)
            else:
                align = run_align(folders[size], env)
                window = run_window(folders[size], env, scratch)
            runs.append((align, window))
            print(*report(size, [runs[-1]], first=len(runs)), sep="\n", flush=True)
        lines += report(size, runs)
    home.cleanup()
    print(f"\nwindow to painted panes vs `parallax align --json` (target: both ratios at most "
          f"{TARGET_RATIO}x); in brackets: window to exit; summed RSS and largest single process")
    print(*lines, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
