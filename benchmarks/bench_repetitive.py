"""Long text made of a few repeated words (run by hand): the engine's time on three articles of
N words drawn from a handful, wall seconds per stage (a stage may run in forked workers).

    python benchmarks/bench_repetitive.py [--words 200000] [--case verbs_names ...]

The articles are a text, the same text with one word inserted in its middle, and the first
5,000 characters of it (session 11's fault tester's cases). Before the align stage's diff was
bounded (`viewer.engine.bounded_diff`), "verbs_names" at 200,000 words did not finish in 20
minutes; see docs/benchmarks.md, "Long repetitive text".
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import viewer.engine.pipeline as pipeline  # noqa: E402
from viewer.corpus import Article  # noqa: E402

VOCABULARIES = {
    "verbs_names": ["Merkel", "sagte", "said", "Trump", "the", "missiles", "hit", "«", "»", "“",
                    "”", "„", "22", "twenty-two", "SAID", "NEW", "YORK", ":", ".", ","],
    "caps_run": ["NEW", "YORK", "SAID", "THE", "PRESIDENT", "U.S."],
    "numbers": ["22", "twenty-two", "1,000", "zwei", "vingt", "dozen", "hundreds", "of"],
}
STAGES = ("tokenise", "chain_and_extend", "_fragments_and_long_matches",
          "statements_from_long_matches", "join_story_pieces", "align_statements")


def texts(words: int) -> dict[str, str]:
    """The cases' texts, drawn as the fault tester's script drew them (one generator, an
    earlier case of half as many quoted words drawn first), so 200,000 words are its texts."""
    draw = random.Random(5)
    for _ in range(words // 2):
        draw.choice(VOCABULARIES["verbs_names"])
    return {case: " ".join(draw.choice(vocabulary) for _ in range(words))
            for case, vocabulary in VOCABULARIES.items()}


def articles(text: str) -> list[Article]:
    middle = len(text) // 2
    return [Article("a", text, "a"), Article("b", text[:middle] + " x " + text[middle:], "b"),
            Article("c", text[:5000], "c")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--case", action="append", choices=sorted(VOCABULARIES))
    options = parser.parse_args()
    spent: dict[str, float] = {}
    for name in STAGES:
        if hasattr(pipeline, name):
            setattr(pipeline, name, _timed(name, getattr(pipeline, name), spent))
    drawn = texts(options.words)
    for case in options.case or list(VOCABULARIES):
        corpus = articles(drawn[case])
        spent.clear()
        started = time.perf_counter()
        result = pipeline.find_shared_passages(corpus)
        elapsed = time.perf_counter() - started
        stages = ", ".join(f"{name} {spent[name]:.1f}" for name in STAGES if name in spent)
        print(f"{case:12} {options.words:,} words {len(corpus[0].text):,} chars: "
              f"{elapsed:.1f} s ({len(result.passages)} passages); stages, s: {stages}", flush=True)
    return 0


def _timed(name: str, stage: Callable[..., Any], spent: dict[str, float]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        value = stage(*args, **kwargs)
        spent[name] = spent.get(name, 0.0) + time.perf_counter() - started
        return value

    return run


if __name__ == "__main__":
    sys.exit(main())
