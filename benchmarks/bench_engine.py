"""Engine benchmark: wall time, throughput, peak memory, recall and precision of shared-passage
detection plus alignment, for the samples and synthetic corpora of 100, 1,000 and 5,000 articles.

Run by hand from the repository root:  python benchmarks/bench_engine.py [--write] [--sizes ...]
Each size runs in its own subprocess so peak memory (ru_maxrss) is per size. Reference points in
the same run: the floor (reading the files, tokenising and hashing the same text: the least any
n-gram method must do) and, for the samples, the naive approach (pairwise diff-match-patch of
whole articles with its default 1 s timeout, which bounds it at 1 s a pair and degrades the diff).
`--write` replaces the "Engine" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.machine import cpu_model  # noqa: E402
from benchmarks.synthetic import SyntheticCorpus, generate, score  # noqa: E402
from viewer.corpus import Article  # noqa: E402
from viewer.engine import find_shared_passages  # noqa: E402
from viewer.engine.tokens import _batches as engine_batches  # noqa: E402
from viewer.passages import AlignmentResult, EngineSettings  # noqa: E402
from viewer.token_hashing import token_hashes  # noqa: E402

SIZES = (5, 100, 1000, 5000)
TODAY = "2026-11-20"


def _child(size: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        corpus: SyntheticCorpus | None = None
        if size == 5:
            from viewer.loading import load_sample_corpus

            articles = list(load_sample_corpus().articles)
        else:
            corpus = generate(size, seed=7)
            articles = list(corpus.articles)
        paths = []
        for article in articles:
            path = Path(folder) / f"{article.id}.txt"
            path.write_text(article.text, encoding="utf-8")
            paths.append(path)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        repeats = 7 if size <= 100 else 3 if size <= 1000 else 1
        floor = min(_timed(lambda: _floor(paths, articles)) for _ in range(repeats))
        pipeline = min(_timed(lambda: _pipeline(paths, articles)) for _ in range(repeats))
        result = find_shared_passages(articles)
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        chars = sum(len(article.text) for article in articles)
        megabytes = sum(len(article.text.encode("utf-8")) for article in articles) / 1e6
        row = {
            "size": size,
            "megabytes": megabytes,
            "chars": chars,
            "seconds": pipeline,
            "floor": floor,
            "passages": len(result.passages),
            "peak_mb": rss_after / 1024,
            "baseline_mb": rss_before / 1024,
        }
        if corpus is not None:
            quality = score(corpus, result.passages)
            row.update(recall=quality.recall, precision=quality.precision,
                       copies=quality.copies_found)
        else:
            row.update(_sample_quality(result))
            row["naive"] = _naive(articles)
        return row


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _read(paths: list[Path]) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in paths]


def _floor(paths: list[Path], articles: list[Article]) -> None:
    """Read, tokenise, normalise and hash every word and n-gram: the least any method does.

    Uses the engine's own tokeniser and word hashes (`token_hashes`, same batches), so a faster
    tokeniser lowers the floor too.
    """
    n = EngineSettings().ngram_size
    texts = _read(paths)
    text_of = {id(article): text for article, text in zip(articles, texts, strict=True)}
    # The engine's own batching (a private helper, used so the floor cannot drift from it).
    for batch in engine_batches(articles):
        items = [(text_of[id(article)], article.body_start) for article in batch]
        for tokens in token_hashes(items):
            hashes = tokens.hashes
            if len(hashes) >= n:
                windows = len(hashes) - n + 1
                grams = np.zeros(windows, dtype=np.uint64)
                for k in range(n):
                    grams += hashes[k : k + windows] * np.uint64(0x9E3779B97F4A7C15 + 2 * k)


def _pipeline(paths: list[Path], articles: list[Article]) -> None:
    _read(paths)
    find_shared_passages(articles)


def _sample_quality(result: AlignmentResult) -> dict:
    truth = json.loads((ROOT / "tests" / "data" / "seeds_ground_truth.json").read_text("utf-8"))
    required = [item for entry in truth["passages"] for item in entry["required"]]
    listed = required + [item for entry in truth["passages"] for item in entry["fragments"]]
    found = [(o.document, o.start, o.end) for p in result.passages for o in p.occurrences]

    def covered(item: dict) -> int:
        doc = Path(item["doc"]).stem
        chars: set[int] = set()
        for document, start, end in found:
            if document == doc:
                chars.update(range(max(start, item["start"]), min(end, item["end"])))
        return len(chars)

    required_chars = sum(item["end"] - item["start"] for item in required)
    recall = sum(covered(item) for item in required) / required_chars
    inside = 0
    for document, start, end in found:
        spans = [(i["start"], i["end"]) for i in listed if Path(i["doc"]).stem == document]
        inside += sum(1 for c in range(start, end) if any(s <= c < e for s, e in spans))
    reported = sum(end - start for _, start, end in found)
    return {"recall": recall, "precision": inside / reported if reported else 1.0,
            "copies": None}


def _naive(articles: list[Article]) -> float:
    from diff_match_patch import diff_match_patch

    differ = diff_match_patch()  # default Diff_Timeout = 1.0 s per pair
    start = time.perf_counter()
    for i, first in enumerate(articles):
        for second in articles[i + 1 :]:
            diffs = differ.diff_main(first.body, second.body)
            differ.diff_cleanupSemantic(diffs)
    return time.perf_counter() - start


def _machine() -> str:
    cpu = cpu_model()
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return (f"{cores} cores (nproc), {cpu}, Python {platform.python_version()}, "
            f"numpy {np.__version__}")


def _table(rows: list[dict]) -> str:
    lines = [
        "| articles | MB | passages | detection + alignment | MB/s | floor | x floor "
        "| peak RSS | recall | precision | copies found |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        copies = "-" if row.get("copies") is None else f"{row['copies']:.1%}"
        lines.append(
            f"| {row['size']:,}{' (samples)' if row['size'] == 5 else ''} "
            f"| {row['megabytes']:.2f} | {row['passages']:,} "
            f"| {_duration(row['seconds'])} | {row['megabytes'] / row['seconds']:.1f} "
            f"| {_duration(row['floor'])} | {row['seconds'] / row['floor']:.1f} "
            f"| {row['peak_mb']:.0f} MB | {row['recall']:.1%} | {row['precision']:.1%} "
            f"| {copies} |"
        )
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(_child(args.child)))
        return 0
    rows = []
    for size in args.sizes:
        output = subprocess.run(
            [sys.executable, __file__, "--child", str(size)], capture_output=True, text=True,
            check=True, cwd=ROOT,
        ).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
        print(f"{size}: {rows[-1]}", file=sys.stderr)
    table = _table(rows)
    naive = next((row["naive"] for row in rows if "naive" in row), None)
    report = [f"Measured {TODAY} ({datetime.date.today().isoformat()} on this clock) on "
              f"{_machine()}.", "", table]
    if naive is not None:
        report += ["", f"Naive reference (samples): pairwise diff-match-patch of whole articles "
                   f"(10 pairs, default 1 s timeout, then diff_cleanupSemantic): "
                   f"{_duration(naive)}."]
    print("\n".join(report))
    if args.write:
        _write_section("\n".join(report))
    return 0


def _write_section(body: str) -> None:
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    marker_start, marker_end = "<!-- engine-results:start -->", "<!-- engine-results:end -->"
    block = f"{marker_start}\n{body}\n{marker_end}"
    if marker_start in text:
        text = re.sub(re.escape(marker_start) + ".*?" + re.escape(marker_end),
                      lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n## Engine\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
