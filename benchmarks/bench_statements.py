"""Statement benchmark: the engine against a plain reference finder, whole process, on realistic
corpora with ground truth, plus the pathological inputs of issue 13.

Run by hand from the repository root:

    python benchmarks/bench_statements.py                      # 1,000 articles + pathological
    python benchmarks/bench_statements.py --sizes 1000 5000 20000 --no-pathological
    python benchmarks/bench_statements.py --repo /work/wt-engine  # another checkout's engine

For each size a corpus from `benchmarks/realistic.py` is written to a temporary folder; then
`python -m viewer align --json FOLDER` (the engine of `--repo`, this checkout by default) and
`python benchmarks/reference_finder.py FOLDER` run as whole processes, interleaved, `--repeat`
times each; wall time, CPU time (user + system) and peak RSS (`ru_maxrss` of the child and the
children it waited for, measured from a small launcher process) of the best run by wall time
are reported, and the last output of each
is scored with `benchmarks/evaluate.py`. The five samples are scored against the acceptance list
tests/data/seeds_statements.json (copies and fragments; paraphrases are a later issue's).

Pathological inputs (engine and reference, one run each): three files of `missile ` x 16,000;
200 near-identical copies of one wire story; 25,000 tiny files. Children run with an
address-space limit (`--memory-limit-gb`) and a time limit (`--timeout`) so that a runaway case
cannot take the shared machine down. `--write` replaces the results block of the "Statements"
section in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks.evaluate import Scores, evaluate  # noqa: E402
from benchmarks.machine import cpu_model  # noqa: E402
from benchmarks.realistic import generate, write_corpus  # noqa: E402
from benchmarks.realistic_events import make_vocabulary  # noqa: E402

START_MARK = "<!-- statements-results:start -->"
END_MARK = "<!-- statements-results:end -->"


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mb: float
    exit_code: int
    note: str = ""


# Runs the measured command from a small process: a child's peak RSS (`ru_maxrss`) starts at
# the RSS of the process it was forked from, so forking it from this one (which holds a whole
# generated corpus) would report this process's memory, not the child's.
_LAUNCHER = """
import json, resource, subprocess, sys, time
limit, report, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
began = time.perf_counter()
code = subprocess.run(command).returncode
wall = time.perf_counter() - began
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(report, "w") as handle:
    json.dump([wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code], handle)
"""


def run_measured(command: list[str], *, cwd: Path, output: Path, timeout: float,
                 memory_limit_gb: float) -> Run:
    """Run `command` with stdout to `output`; wall time, CPU time and peak RSS of the child
    (and of the children it waited for), under an address-space and a time limit."""
    limit = int(memory_limit_gb * 1024**3)
    report = output.with_name(output.name + ".rusage")
    report.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(cwd)}
    launcher = [sys.executable, "-S", "-c", _LAUNCHER, str(limit), str(report), *command]
    with open(output, "wb") as sink:
        process = subprocess.Popen(launcher, cwd=cwd, stdout=sink, stderr=subprocess.PIPE,
                                   env=env, start_new_session=True)
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            os.killpg(process.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        stderr = process.stderr.read() if process.stderr else b""
        process.wait()
        timer.cancel()
    if timed_out.is_set() or not report.exists():
        why = f"killed after {timeout:.0f} s" if timed_out.is_set() else "no usage report"
        return Run(timeout, 0.0, 0.0, process.returncode or -9, why)
    wall, cpu, peak_kb, code = json.loads(report.read_text())
    report.unlink()
    note = ""
    if code:
        last = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        note = f"exit {code}: {last[0][:120]}"
    return Run(wall, cpu, peak_kb / 1024, code, note)


def engine_command(folder: Path) -> list[str]:
    return [sys.executable, "-m", "viewer", "align", "--json", str(folder)]


def reference_command(folder: Path) -> list[str]:
    return [sys.executable, str(ROOT / "benchmarks" / "reference_finder.py"), str(folder)]


def _tools(args: argparse.Namespace) -> list[tuple[str, Callable[[Path], list[str]], Path]]:
    repo: Path = args.repo
    tools: list[tuple[str, Callable[[Path], list[str]], Path]] = [
        ("engine", engine_command, repo), ("reference", reference_command, ROOT)]
    return tools if args.reference else tools[:1]


def measure_size(size: int, args: argparse.Namespace, work: Path) -> list[dict[str, object]]:
    out = work / f"realistic-{size}"
    began = time.perf_counter()
    truth = generate(size, seed=args.seed)
    folder = write_corpus(truth, out)
    generated = time.perf_counter() - began
    chars = sum(len(document.text) for document in truth.documents)
    print(f"# {size} articles, {chars / 1e6:.2f} M characters, {len(truth.statements)} true "
          f"statements (generated in {generated:.1f} s)", file=sys.stderr)
    truth_json = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    tools = {name: (command, cwd) for name, command, cwd in _tools(args)}
    runs: dict[str, list[Run]] = {name: [] for name in tools}
    repeat = args.repeat if args.repeat else (3 if size <= 1000 else 1)
    for _ in range(repeat):
        for name, (command, cwd) in tools.items():
            run = run_measured(command(folder), cwd=cwd, output=out / f"{name}.json",
                               timeout=args.timeout, memory_limit_gb=args.memory_limit_gb)
            runs[name].append(run)
            print(f"  {name}: {run.wall:.2f} s wall, {run.cpu:.2f} s CPU, "
                  f"{run.peak_mb:.0f} MB {run.note}", file=sys.stderr)
    rows: list[dict[str, object]] = []
    for name in tools:
        best = min(runs[name], key=lambda run: run.wall)
        scores: Scores | None = None
        if best.exit_code == 0:
            result = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
            scores = evaluate(result, truth_json)
        rows.append({"case": f"{size:,} articles", "tool": name, "run": best,
                     "runs": runs[name], "scores": scores})
    return rows


def measure_samples(args: argparse.Namespace, work: Path) -> list[dict[str, object]]:
    """The five samples against the acceptance list of their shared statements."""
    truth = json.loads((ROOT / "tests" / "data" / "seeds_statements.json").read_text(
        encoding="utf-8"))
    rows: list[dict[str, object]] = []
    for name, command, cwd in _tools(args):
        output = work / f"samples-{name}.json"
        run = run_measured(command(ROOT / "seeds"), cwd=cwd, output=output,
                           timeout=args.timeout, memory_limit_gb=args.memory_limit_gb)
        scores = None
        if run.exit_code == 0:
            scores = evaluate(json.loads(output.read_text(encoding="utf-8")), truth)
        rows.append({"case": "5 samples", "tool": name, "run": run, "runs": [run],
                     "scores": scores})
    return rows


def pathological_cases(work: Path, missile_words: int, tiny_files: int) -> dict[str, Path]:
    """Folders of the pathological inputs; each name says what it holds."""
    rng = random.Random(13)
    cases: dict[str, Path] = {}
    missile = work / "missile"
    missile.mkdir()
    for number in range(3):
        (missile / f"m{number}.txt").write_text("missile " * missile_words, encoding="utf-8")
    cases[f"3 files of `missile ` x {missile_words:,}"] = missile

    vocabulary = make_vocabulary()
    story = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(12, 24))).capitalize()
             + "." for _ in range(25)]
    wire = work / "wire"
    wire.mkdir()
    for number in range(200):
        sentences = list(story)
        for _ in range(rng.randint(0, 3)):  # a word swapped here and there
            index = rng.randrange(len(sentences))
            words = sentences[index].split()
            words[rng.randrange(1, len(words) - 1)] = rng.choice(vocabulary)
            sentences[index] = " ".join(words)
        if rng.random() < 0.3:
            sentences = sentences[: len(sentences) - rng.randint(1, 5)]  # trimmed end
        paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
        intro = " ".join(rng.choice(vocabulary) for _ in range(10)).capitalize() + "."
        (wire / f"w{number:03d}.txt").write_text("\n\n".join([intro, *paragraphs]) + "\n",
                                                 encoding="utf-8")
    cases["200 near-identical wire copies"] = wire

    tiny = work / "tiny"
    tiny.mkdir()
    shared = [" ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "."
              for _ in range(tiny_files // 20)]
    for number in range(tiny_files):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 20))).capitalize()
        text += "."
        if rng.random() < 0.2:
            text += " " + rng.choice(shared)
        (tiny / f"t{number:05d}.txt").write_text(text + "\n", encoding="utf-8")
    cases[f"{tiny_files:,} tiny files"] = tiny
    return cases


def measure_pathological(args: argparse.Namespace, work: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for case, folder in pathological_cases(work, args.missile_words, args.tiny_files).items():
        print(f"# {case}", file=sys.stderr)
        for name, command, cwd in _tools(args):
            output = work / f"{folder.name}-{name}.json"
            run = run_measured(command(folder), cwd=cwd, output=output, timeout=args.timeout,
                               memory_limit_gb=args.memory_limit_gb)
            passages = None
            if run.exit_code == 0:
                passages = len(json.loads(output.read_text(encoding="utf-8"))["passages"])
            output.unlink()
            print(f"  {name}: {run.wall:.2f} s, {run.peak_mb:.0f} MB {run.note}",
                  file=sys.stderr)
            rows.append({"case": case, "tool": name, "run": run, "passages": passages})
    return rows


def _f(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def quality_table(rows: list[dict[str, object]]) -> str:
    lines = ["| corpus | tool | wall (best) | CPU | peak RSS | passages | pair recall | "
             "granularity | pair granularity (PAN) | span precision | span recall | "
             "fragment recall | merged passages | cross-event passages | PAN plagdet |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        run = row["run"]
        scores = row["scores"]
        assert isinstance(run, Run)
        if not isinstance(scores, Scores):
            lines.append(f"| {row['case']} | {row['tool']} | {run.wall:.2f} s | {run.cpu:.2f} s"
                         f" | {run.peak_mb:.0f} MB | {run.note} |" + " |" * 10)
            continue
        lines.append(
            f"| {row['case']} | {row['tool']} | {run.wall:.2f} s | {run.cpu:.2f} s | "
            f"{run.peak_mb:.0f} MB | {scores.passages:,} | {_f(scores.pair_recall)} | "
            f"{_f(scores.granularity, 2)} | {_f(scores.pan_granularity, 2)} | "
            f"{_f(scores.span_precision)} | {_f(scores.span_recall)} | "
            f"{_f(scores.fragment_recall)} | {scores.merged_passages:,} | "
            f"{scores.cross_event_passages:,} | "
            f"{_f(scores.plagdet)} |")
    return "\n".join(lines)


def pathological_table(rows: list[dict[str, object]]) -> str:
    lines = ["| input | tool | wall | CPU | peak RSS | passages | note |",
             "|---|---|---:|---:|---:|---:|---|"]
    for row in rows:
        run = row["run"]
        assert isinstance(run, Run)
        passages = "-" if row["passages"] is None else f"{row['passages']:,}"
        lines.append(f"| {row['case']} | {row['tool']} | {run.wall:.2f} s | {run.cpu:.2f} s | "
                     f"{run.peak_mb:.0f} MB | {passages} | {run.note} |")
    return "\n".join(lines)


def machine() -> str:
    return (f"{os.cpu_count()} cores (nproc), {cpu_model()}, Python {platform.python_version()}, "
            f"{platform.system()}")


def write_section(block: str) -> None:
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8")
    start, end = text.find(START_MARK), text.find(END_MARK)
    if start < 0 or end < 0:
        raise SystemExit(f"{path}: no {START_MARK} ... {END_MARK} block to replace")
    path.write_text(text[: start + len(START_MARK)] + "\n" + block + "\n" + text[end:],
                    encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=0,
                        help="runs of each tool per size (default 3 up to 1,000, then 1)")
    parser.add_argument("--no-pathological", dest="pathological", action="store_false")
    parser.add_argument("--no-reference", dest="reference", action="store_false",
                        help="measure the engine only (for large sizes)")
    parser.add_argument("--no-samples", dest="samples", action="store_false",
                        help="skip the five samples (scored against seeds_statements.json)")
    parser.add_argument("--missile-words", type=int, default=16_000)
    parser.add_argument("--tiny-files", type=int, default=25_000)
    parser.add_argument("--repo", type=Path, default=ROOT,
                        help="checkout whose `python -m viewer align` is measured")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    parser.add_argument("--memory-limit-gb", type=float, default=12.0)
    parser.add_argument("--write", action="store_true",
                        help="replace the results block in docs/benchmarks.md")
    args = parser.parse_args(argv)
    args.repo = args.repo.resolve()
    load_before = os.getloadavg()
    began = datetime.datetime.now(datetime.UTC)
    with tempfile.TemporaryDirectory(prefix="bench-statements-") as temporary:
        work = Path(temporary)
        quality = measure_samples(args, work) if args.samples else []
        for size in args.sizes:
            quality += measure_size(size, args, work)
        pathological = measure_pathological(args, work) if args.pathological else []
    load_after = os.getloadavg()
    command = "python benchmarks/bench_statements.py " + " ".join(argv or sys.argv[1:])
    parts = [f"Measured {began:%Y-%m-%d %H:%M} UTC on {machine()}; engine from {args.repo}; "
             f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after "
             f"(the machine is shared: wall times are noisy, CPU times steadier).",
             f"Command: `{command.strip()}`"]
    if quality:
        parts.append(quality_table(quality))
    if pathological:
        parts.append(pathological_table(pathological))
    block = "\n\n".join(parts)
    print(block)
    if args.write:
        write_section(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
