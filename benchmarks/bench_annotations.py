"""Benchmark the annotation store: save 10,000 annotations; load and re-anchor them on the samples.

Targets (issue 5): save < 200 ms; load + re-anchor < 1 s (Parallax's own files, the fast path).
Also measured, without a target: the same annotations as another tool wrote them (a Hypothesis
search result, the general reading path and anchoring by evidence). Run by hand from the
repository root:

    python benchmarks/bench_annotations.py [--count 10000] [--repeat 5]

Prints the median and best of each step, and a Markdown block for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import cpu_model
from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.export import export_file
from viewer.annotations.model import ClaimGroup, make_annotation
from viewer.annotations.store import load_collection, load_set, save_set
from viewer.loading import load_sample_corpus

TAGS = ("casualties", "figures", "attribution", "quote", "timeline", "disputed", "unverified")


def build(count: int, seed: int = 1) -> AnnotationSet:
    rng = random.Random(seed)
    articles = load_sample_corpus().articles
    claims = [ClaimGroup(f"Claim {n}") for n in range(20)]
    made = []
    for n in range(count):
        article = rng.choice(articles)
        length = rng.randint(5, 120)
        start = rng.randint(article.body_start, len(article.text) - length)
        made.append(make_annotation(
            article, start, start + length, tags=rng.sample(TAGS, rng.randint(0, 3)),
            note=f"note {n} <b>\"checked\"</b> 👍" if n % 3 == 0 else "",
            claim=claims[n % 20].name if n % 4 == 0 else None))
    return AnnotationSet(made, claims)


def hypothesis_rows(annotation_set: AnnotationSet) -> dict[str, object]:
    """The set as a Hypothesis API search result on unknown URLs, its positions counted in a
    page 100 characters longer: what importing from another tool costs (the general path)."""
    rows = []
    for n, a in enumerate(annotation_set):
        rows.append({
            "id": f"h{n:08d}", "created": a.created, "updated": a.modified,
            "user": "acct:bench@hypothes.is", "uri": f"https://example.org/story/{n % 50}",
            "text": a.note, "tags": list(a.tags), "group": "__world__",
            "target": [{"source": f"https://example.org/story/{n % 50}", "selector": [
                {"type": "TextPositionSelector", "start": a.start + 100, "end": a.end + 100},
                {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix,
                 "suffix": a.suffix}]}]})
    return {"total": len(rows), "rows": rows}


def timed(step, repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU seconds of each run (CPU time shows the cost on a busy machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        step()
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    annotation_set = build(args.count)
    articles = load_sample_corpus().articles
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.jsonld"
        save = timed(lambda: save_set(annotation_set, path), args.repeat)
        size = path.stat().st_size
        load = timed(lambda: load_set(path), args.repeat)
        loaded = load_set(path)
        anchor = timed(lambda: anchor_all(loaded.annotations, articles), args.repeat)
        both = timed(lambda: anchor_all(load_set(path).annotations, articles), args.repeat)
        corpus = timed(load_sample_corpus, args.repeat)
        foreign = Path(folder) / "hypothesis.json"
        foreign.write_text(json.dumps(hypothesis_rows(annotation_set)), encoding="utf-8")
        imported = timed(lambda: anchor_all(load_collection(foreign).annotations, articles),
                         args.repeat)
    anchored = anchor_all(loaded.annotations, articles)
    hypothesis = timed(lambda: export_file("hypothesis", anchored, (), articles,
                                           collection_id="bench", title="bench"), args.repeat)
    assert all(a.status.value == "anchored" for a in anchored), "samples unchanged: all anchored"

    def row(name: str, times: tuple[list[float], list[float]], target: str) -> str:
        wall, cpu = times
        return (f"| {name} | {statistics.median(wall) * 1000:.0f} ms | "
                f"{min(wall) * 1000:.0f} ms | {statistics.median(cpu) * 1000:.0f} ms | "
                f"{target} |")

    print(f"{args.count} annotations, file {size / 1e6:.1f} MB, {args.repeat} runs each")
    print(f"Machine: {os.cpu_count()} CPUs (nproc), {cpu_model()}, Python "
          f"{platform.python_version()} on {platform.system()}")
    load_average = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Load average when run: {load_average:.2f}")
    print("| step | median (wall) | best (wall) | median (CPU) | target |")
    print("|---|---|---|---|---|")
    print(row(f"save {args.count:,} (atomic, fsync, backup)", save, "< 200 ms"))
    print(row(f"load + validate {args.count:,}", load, ""))
    print(row(f"re-anchor {args.count:,} on the samples", anchor, ""))
    print(row(f"load + re-anchor {args.count:,}", both, "< 1 s"))
    print(row(f"Hypothesis export of {args.count:,} anchored (`export --format hypothesis`'s "
              "file and left-out count)", hypothesis, ""))
    print(row("load the sample corpus (for reference)", corpus, ""))
    print(row(f"load + anchor {args.count:,} from another tool (Hypothesis search result, "
              "positions off by 100)", imported, ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
