"""Re-finding the selected passage in a new result (run by hand): how long the GUI thread spends in
`viewer.passage_choice.matching_passage` when a result arrives, on a made-up result of the size
the window is built for.

    python benchmarks/bench_selection.py [--documents 20000] [--passages 12500]

The result has `--passages` passages carried by 2-8 documents each, as the synthetic corpora's,
plus one carried by a quarter of the documents (the worst a selection can be). Prints the time
per call for a typical passage and for that widest one; the cost follows the passages that share
a document with the selected one, not the size of the result.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.machine import cpu_model  # noqa: E402
from viewer.passage_choice import matching_passage, passage_spans  # noqa: E402
from viewer.passages import AlignmentResult, Occurrence, Passage  # noqa: E402


def made_up_result(documents: int, passages: int, seed: int = 1) -> AlignmentResult:
    rng = random.Random(seed)
    ids = [f"d{i}" for i in range(documents)]
    made = [Passage("p0", tuple(Occurrence(d, 0, 80, "") for d in ids[:documents // 4]))]
    for number in range(1, passages + 1):
        holders = rng.sample(ids, rng.choice((2, 2, 2, 3, 3, 4, 5, 6, 8)))
        start = rng.randrange(0, 5000)
        made.append(Passage(f"p{number}", tuple(Occurrence(d, start, start + 300, "")
                                                for d in holders)))
    result = AlignmentResult(tuple(ids), tuple(made))
    result.build_indexes()  # the worker does it before the result reaches the GUI thread
    return result


def per_call(passage: Passage, result: AlignmentResult, repeats: int = 10) -> float:
    spans = passage_spans(passage)
    started = time.perf_counter()
    for _ in range(repeats):
        found = matching_passage(spans, result)
    assert found == passage.id
    return (time.perf_counter() - started) / repeats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--passages", type=int, default=12_500)
    options = parser.parse_args()
    result = made_up_result(options.documents, options.passages)
    typical, widest = result.passages[100], result.passages[0]
    print(f"{cpu_model()}; {options.documents:,} documents, {len(result.passages):,} passages")
    for name, passage in (("typical", typical), ("widest", widest)):
        print(f"{name}: carried by {passage.spread:,} documents: "
              f"{per_call(passage, result) * 1000:.1f} ms per re-finding")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
