"""A plain reference finder of shared passages, to measure the engine's speed and quality against.

Deliberately straightforward, with no clustering: hashed word 5-grams of lower-cased words (an
apostrophe or a dot inside a word is dropped, so "U.S." and "US" agree), n-grams found in more than
`--max-df` documents or more than `--max-repeat` times in one document dropped, every pair of
postings in two documents a seed; per document pair, seeds on one diagonal with consecutive
positions form a run, and runs that follow each other within `--gap` words in both documents are
merged. Each merged run is one passage with two occurrences (one per document). Output: the
`parallax align --json` shape (version 2; every occurrence a `copy`, no differences computed).

Command line:  python benchmarks/reference_finder.py PATH ... > result.json
(reads files and folders with Parallax's own loader, so the texts and offsets are the same).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from itertools import chain
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORD = re.compile(r"\w+(?:['\u2019.]\w+)*")
STRIP = str.maketrans("", "", "'\u2019.")


def tokens(text: str, start: int) -> tuple[list[str], list[tuple[int, int]]]:
    """Normalised words of text[start:] and their offsets in text."""
    matches = list(WORD.finditer(text, start))
    return ([match.group(0).lower().translate(STRIP) for match in matches],
            [match.span() for match in matches])


def find_passages(texts: list[str], starts: list[int], *, n: int = 5, max_df: int = 100,
                  max_repeat: int = 10, gap: int = 5) -> list[list[tuple[int, int, int]]]:
    """Passages as lists of (document index, start, end)."""
    spans_of: list[list[tuple[int, int]]] = []
    hashes_of: list[list[int]] = []
    for text, start in zip(texts, starts, strict=True):
        words, spans = tokens(text, start)
        spans_of.append(spans)
        hashes_of.append(list(map(hash, zip(*(words[i:] for i in range(n)), strict=False))))
    counts = Counter(chain.from_iterable(hashes_of))
    index: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for document, hashes in enumerate(hashes_of):
        for position, key in enumerate(hashes):
            if counts[key] > 1:
                index[key].append((document, position))
    seeds: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for postings in index.values():
        if len(postings) < 2:
            continue
        per_document: dict[int, list[int]] = defaultdict(list)
        for document, position in postings:
            per_document[document].append(position)
        if len(per_document) < 2 or len(per_document) > max_df or max(
                len(positions) for positions in per_document.values()) > max_repeat:
            continue
        documents = sorted(per_document)
        for i, first in enumerate(documents):
            for second in documents[i + 1:]:
                pair = seeds[(first, second)]
                for a in per_document[first]:
                    pair.extend((a, b) for b in per_document[second])
    passages = []
    for (first, second), pair_seeds in seeds.items():
        for start_a, end_a, start_b, end_b in _runs(pair_seeds, n, gap):
            passages.append([
                (first, spans_of[first][start_a][0], spans_of[first][end_a + n - 1][1]),
                (second, spans_of[second][start_b][0], spans_of[second][end_b + n - 1][1])])
    return passages


def _runs(pair_seeds: list[tuple[int, int]], n: int, gap: int) -> list[
        tuple[int, int, int, int]]:
    """Maximal diagonal runs of seeds, merged when they follow each other within `gap` words."""
    runs: list[list[int]] = []  # [start_a, end_a, start_b, end_b], seed positions inclusive
    for a, b in sorted(set(pair_seeds), key=lambda seed: (seed[0] - seed[1], seed[0])):
        last = runs[-1] if runs else None
        if last is not None and a - b == last[0] - last[2] and a == last[1] + 1:
            last[1], last[3] = a, b
        else:
            runs.append([a, a, b, b])
    runs.sort()
    merged: list[list[int]] = []
    for run in runs:
        last = merged[-1] if merged else None
        # The next run starts within `gap` words after the last word of the previous one.
        if (last is not None and last[1] < run[0] <= last[1] + n + gap
                and last[3] < run[2] <= last[3] + n + gap):
            last[1], last[3] = run[1], run[3]
        else:
            merged.append(run)
    return [(run[0], run[1], run[2], run[3]) for run in merged]


def alignment_json(articles: list[Any], passages: list[list[tuple[int, int, int]]]) -> dict[
        str, Any]:
    documents = [{"id": a.id, "path": str(a.path) if a.path else None, "title": a.title,
                  "date": a.date, "text": a.text} for a in articles]
    out = []
    for number, occurrences in enumerate(passages, start=1):
        items = [{"document": articles[d].id, "start": s, "end": e,
                  "text": articles[d].text[s:e], "kind": "copy", "differences": []}
                 for d, s, e in occurrences]
        out.append({"id": f"p{number}", "consensus": items[0]["text"], "occurrences": items})
    return {"version": 2, "documents": documents, "passages": out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=5, help="words per n-gram (5)")
    parser.add_argument("--max-df", type=int, default=100, help="drop n-grams in more documents")
    parser.add_argument("--max-repeat", type=int, default=10,
                        help="drop n-grams repeated more often within one document")
    parser.add_argument("--gap", type=int, default=5, help="merge runs this many words apart")
    args = parser.parse_args(argv)
    from viewer.loading import load_paths

    report = load_paths(args.paths)
    for problem in report.problems:
        print(f"reference_finder: {problem}", file=sys.stderr)
    articles = list(report.articles)
    if not articles:
        return 2
    passages = find_passages([a.text for a in articles], [a.body_start for a in articles],
                             n=args.n, max_df=args.max_df, max_repeat=args.max_repeat,
                             gap=args.gap)
    try:
        json.dump(alignment_json(articles, passages), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (`| head`): nothing left to report
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (left for the interpreter to close)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
