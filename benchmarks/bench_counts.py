"""Engine counts (run by hand): how much each stage of `viewer.engine.pipeline` handles on a folder
of articles, to tell a stage that grows faster than the corpus from one that has more to do.

    python benchmarks/bench_counts.py FOLDER [--truth TRUTH.json]

Prints tokens, the shared n-grams kept and their places, the seed pairs (window pairs) and seed
runs, the document pairs with a seed, the pairwise and fragment matches, and the statements'
occurrences. With the generator's truth file (`benchmarks/realistic.py`), also how many seed
runs, document pairs and matches join articles of different events. Run it at two sizes and
compare the ratios with the corpus's (docs/benchmarks.md, "Engine: growth to 20,000 articles").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.engine import candidates  # noqa: E402
from viewer.engine.chain import chain_and_extend  # noqa: E402
from viewer.engine.fragments import find_fragments, quoted_token_ranges  # noqa: E402
from viewer.engine.index import index_ngrams  # noqa: E402
from viewer.engine.statements import cluster_statements  # noqa: E402
from viewer.engine.tokens import tokenise  # noqa: E402
from viewer.loading import load_paths  # noqa: E402
from viewer.passages import EngineSettings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--truth", type=Path, help="the generator's truth.json (events)")
    options = parser.parse_args()
    settings = EngineSettings()
    corpus = tokenise(load_paths([options.folder]).articles)
    index = index_ngrams(corpus, settings)
    pairs = _count_seed_pairs(corpus, index)
    seeds = candidates.candidate_seeds(corpus, index)
    matches = chain_and_extend(corpus, seeds, settings, index.window_documents)
    quotes = quoted_token_ranges(corpus)
    fragments = find_fragments(corpus, matches, quotes)
    statements = cluster_statements(corpus, matches, fragments, quotes=quotes)
    document_pairs = np.unique(seeds.doc_a * len(corpus) + seeds.doc_b)
    print(f"documents              {len(corpus):,}")
    print(f"tokens                 {len(corpus.hashes):,}")
    print(f"shared n-grams kept    {len(index.group_size):,} "
          f"({len(index.posting):,} places, largest {int(index.group_size.max(initial=0)):,})")
    print(f"seed pairs             {pairs:,}")
    print(f"seed runs              {len(seeds):,}")
    print(f"document pairs seeded  {len(document_pairs):,}")
    print(f"pairwise matches       {len(matches):,}")
    print(f"fragment matches       {len(fragments):,}")
    print(f"statement occurrences  {len(statements):,} ({statements.count:,} statements)")
    if options.truth:
        truth = json.loads(options.truth.read_text(encoding="utf-8"))
        event_of = {document["id"]: document["event"] for document in truth["documents"]}
        events = np.array([event_of.get(Path(name).stem, name) for name in corpus.ids])
        print("across events:")
        print(f"  seed runs            {int((events[seeds.doc_a] != events[seeds.doc_b]).sum()):,}")
        first, second = document_pairs // len(corpus), document_pairs % len(corpus)
        print(f"  document pairs       {int((events[first] != events[second]).sum()):,}")
        print(f"  pairwise matches     "
              f"{int((events[matches.doc_a] != events[matches.doc_b]).sum()):,}")
    return 0


def _count_seed_pairs(corpus: object, index: object) -> int:
    """How many window pairs the candidate stage sorts (its keys, counted as it makes them)."""
    counted = [0]
    make_runs = candidates._seed_runs

    def counting(layout: candidates._KeyLayout, keys: np.ndarray, n: int) -> candidates.SeedRuns:
        counted[0] = keys.shape[-1]
        return make_runs(layout, keys, n)

    candidates._seed_runs = counting  # type: ignore[assignment]
    try:
        candidates.candidate_seeds(corpus, index)  # type: ignore[arg-type]
    finally:
        candidates._seed_runs = make_runs  # type: ignore[assignment]
    return counted[0]


if __name__ == "__main__":
    raise SystemExit(main())
