"""Engine stage timer (run by hand): CPU seconds of each stage of `viewer.engine.pipeline` on a
folder of articles, in process.

    python benchmarks/bench_stages.py FOLDER [--repeat N]

Each stage function the pipeline calls is wrapped with a `time.process_time` timer; with
`--repeat`, the whole pipeline runs N times and each stage's best time is printed (the machine
is shared: the best of a few runs is the steadiest figure). Loading the files is timed apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import viewer.engine.pipeline as pipeline  # noqa: E402
from viewer.loading import load_paths  # noqa: E402

STAGES = ("tokenise", "index_ngrams", "candidate_seeds", "chain_and_extend", "fragments_of",
          "long_matches", "statements_from_long_matches",
          "cluster_statements", "join_story_pieces", "align_statements", "coverage", "similarity")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    options = parser.parse_args()
    started = time.process_time()
    loaded = load_paths([options.folder])
    articles = loaded.articles
    print(f"load {time.process_time() - started:.2f} s CPU, {len(articles)} articles")
    best: dict[str, float] = {}
    for name in STAGES:
        if hasattr(pipeline, name):
            setattr(pipeline, name, _timed(name, getattr(pipeline, name), best))
    total = float("inf")
    for _ in range(options.repeat):
        started = time.process_time()
        result = pipeline.find_shared_passages(articles)
        total = min(total, time.process_time() - started)
    for name in STAGES:
        if name in best:
            print(f"{name:20} {best[name]:6.2f} s CPU")
    print(f"{'total':20} {total:6.2f} s CPU ({len(result.passages)} passages; best of "
          f"{options.repeat})")
    return 0


def _timed(name: str, stage: Callable[..., Any], best: dict[str, float]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        value = stage(*args, **kwargs)
        best[name] = min(best.get(name, float("inf")), time.process_time() - started)
        return value
    return run


if __name__ == "__main__":
    raise SystemExit(main())
