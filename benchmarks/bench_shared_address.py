"""Benchmark anchoring where many articles share one address (a URL given to every article of
a folder, a syndicated copy naming the original's page): 200 articles, 10,000 annotations,
against the same with an address each. Parallax's own annotations (found by address, told
apart by file name) and another tool's (Hypothesis rows quoting a sentence with its context,
with or without a position). Run by hand from the repository root:

    python benchmarks/bench_shared_address.py [--articles 200] [--count 10000] [--rows N]
                                              [--positions]

`--rows` anchors only the first N of the other tool's rows (before the fix each took up to
seconds); the time printed is for those.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.model import AnchorStatus, Annotation, make_annotation
from viewer.annotations.w3c import collection_from_json
from viewer.corpus import Article

URL = "https://www.example.com/story"


def corpus(count: int, rng: random.Random) -> list[Article]:
    """`count` articles of 40 sentences each over a vocabulary of 3,000 words."""
    words = [f"w{n}" for n in range(3000)]
    made = []
    for number in range(count):
        sentences = (" ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize()
                     + "." for _ in range(40))
        head = f"Title {number}\n\n"
        made.append(Article(id=f"a{number:03d}", text=head + " ".join(sentences) + "\n",
                            title=f"Title {number}", path=Path(f"/nowhere/a{number:03d}.txt"),
                            body_start=len(head)))
    return made


def notes(articles: list[Article], count: int, rng: random.Random, positions: bool
          ) -> tuple[list[Annotation], list[Annotation]]:
    """`count` annotations on random stretches, as Parallax saved them (naming the article's
    URL) and as Hypothesis rows."""
    own, rows = [], []
    for number in range(count):
        article = rng.choice(articles)
        start = article.text.index(" ", rng.randrange(article.body_start,
                                                      len(article.text) - 80)) + 1
        end = article.text.index(" ", start + 40)
        note = make_annotation(article, start, end, tags=["t"])
        own.append(dataclasses.replace(note, source=article.url or note.source))
        selectors: list[dict[str, object]] = [{"type": "TextQuoteSelector", "exact": note.exact,
                                               "prefix": note.prefix, "suffix": note.suffix}]
        if positions:
            selectors.append({"type": "TextPositionSelector", "start": note.start,
                              "end": note.end})
        rows.append({"id": f"r{number}", "uri": article.url, "user": "acct:d@hypothes.is",
                     "text": "", "tags": [],
                     "target": [{"source": article.url, "selector": selectors}]})
    return own, list(collection_from_json({"rows": rows}).annotations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=None)
    parser.add_argument("--positions", action="store_true")
    args = parser.parse_args()
    articles = corpus(args.articles, random.Random(7))
    for label, addressed in (
            ("one URL", [dataclasses.replace(a, url=URL) for a in articles]),
            ("an address each", [dataclasses.replace(a, url=f"{URL}-{n}")
                                 for n, a in enumerate(articles)])):
        own, other = notes(addressed, args.count, random.Random(11), args.positions)
        for kind, made in (("Parallax's own", own),
                                  ("another tool's", other[:args.rows])):
            began = time.perf_counter()
            placed = anchor_all(made, addressed)
            took = time.perf_counter() - began
            anchored = sum(a.status is not AnchorStatus.ORPHANED for a in placed)
            print(f"{label:15} {kind:15} {len(made):6} annotations: {took:7.2f} s "
                  f"({anchored} placed)", flush=True)


if __name__ == "__main__":
    main()
