"""Many short quotations that open and end alike (run by hand): the engine's time and peak memory
on texts made of them, the case that once made `viewer.engine.gapped_fragments` quadratic.

    python benchmarks/bench_quotations.py --case long     # three texts of 6,000 quotations each
    python benchmarks/bench_quotations.py --case news     # 500 articles of 150 quotations each

Each quotation is "We will" and two to seven words drawn from seventeen ('"We will rebuild every
school in the valley," she said.'): every quotation opens with the same two words, and its last
two are one of a few hundred pairs. Run one case per process: the peak resident memory printed
is the process's. See docs/benchmarks.md, "Engine v2, session 26".
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.corpus import Article  # noqa: E402
from viewer.engine.pipeline import find_shared_passages  # noqa: E402

WORDS = ["we", "will", "rebuild", "every", "school", "road", "bridge", "home", "in", "the",
         "valley", "town", "city", "and", "keep", "families", "safe"]
CASES = {"long": (3, 6000), "news": (500, 150)}
"""Per case: how many texts, and how many quotations in each."""


def texts(documents: int, quotations: int, seed: int) -> list[str]:
    draw = random.Random(seed)
    made = []
    for _ in range(documents):
        said = []
        for _ in range(quotations):
            words = " ".join(draw.choice(WORDS) for _ in range(draw.randint(2, 7)))
            said.append(f"“We will {words},” she said.")
        made.append(" ".join(said))
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES), default="long")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    documents, quotations = CASES[options.case]
    articles = [Article(f"d{k:03d}", text, f"d{k:03d}")
                for k, text in enumerate(texts(documents, quotations, options.seed))]
    started = time.perf_counter()
    result = find_shared_passages(articles)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{options.case}: {documents} texts x {quotations} quotations, "
          f"{sum(len(a.text) for a in articles):,} characters: {elapsed:.1f} s, "
          f"{len(result.passages)} passages, peak RSS {peak:,.0f} MB (this process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
