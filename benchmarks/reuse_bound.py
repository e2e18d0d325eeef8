"""How much of a truth file shared text alone can link: the best outlet-pair recall a finder of
reused text can reach on it, and how strongly text connects the pairs a finder missed.

A truth may make a whole speech or a whole wire story one statement while each outlet quotes
different sentences of it: two outlets that share no words of the statement can be linked by
finding reused text only through a third outlet that shares words with both. For every true
statement and two of its documents, the *shared run* is the longest run of normalised words
(lower-cased `\\w+` words; in Chinese, Japanese and Korean text each character is a token and
two characters count as a word, as in the engine) that the
statement's occurrences in the two documents both hold. Two documents are *connected at n* when
a chain of the statement's documents, each sharing a run of n words or more with the next, joins
them; the widest such chain gives the pair's *connection*, in words.

- **bound pair recall at n**: the share of the statement-pairs (`evaluate.py`'s pair recall)
  connected at n (default 5, the n-gram of `benchmarks/reference_finder.py` and passim's
  default). A finder that links only text reused in runs of n words reaches at most this; one
  above it links shorter quoted pieces or joins what text does not show (the engine's quoted
  fragments, stories and remarks).
- **lone documents**: documents carrying a statement connected at n to none of its others (a
  sentence one outlet alone quotes), counted per statement: a document lone in two statements
  counts twice.
- **missed pairs by connection** (given a finder's alignment): the statement-pairs it does not
  link, counted by their connection: 0-2 words is no shared text to speak of, 3-4 a phrase,
  5-9 and 10 or more words reused text a finder could follow (often through a third outlet
  carrying two pieces that the finder left as two passages).

The bound is generous: a run of five words may be shared by chance ("at the age of 76"), so a
finder below it has not necessarily missed reuse.

Command line:  python benchmarks/reuse_bound.py ALIGN.json TRUTH.json [--n 5] [--json]
(ALIGN.json: the finder's `parallax align --json` result on the truth's folder.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from itertools import combinations
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository's `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.evaluate import hits
from benchmarks.truth_formats import GroundTruth, Span, load_alignment, load_truth

WIDE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
"""Scripts written without spaces between words (kana, CJK ideographs, hangul)."""
TOKEN = re.compile(f"[{WIDE}]|[^\\W{WIDE}]+")
WIDE_CHARACTER = re.compile(f"[{WIDE}]")
BANDS = ((0, 2), (3, 4), (5, 9), (10, None))
"""The connection bands missed pairs are counted in (words; None: no upper end)."""


@dataclass(frozen=True)
class Bound:
    statements: int
    pairs: int
    connected_pairs: int
    pair_recall: float
    lone_documents: int
    missed_by_connection: dict[str, int]
    """Missed statement-pairs per band of connection ("0-2", "3-4", "5-9", "10+"); empty
    without an alignment."""


def words(text: str) -> list[str]:
    """Normalised tokens of `text`: lower-cased words, a wide-script text's characters."""
    return [token.lower() for token in TOKEN.findall(text)]


def _shares_run(first: list[str], second: list[str], size: int) -> bool:
    runs = {tuple(first[i:i + size]) for i in range(len(first) - size + 1)}
    return any(tuple(second[i:i + size]) in runs for i in range(len(second) - size + 1))


def longest_shared_run(first: list[str], second: list[str]) -> int:
    """The length in tokens of the longest run both lists hold (a binary search on the length:
    two lists sharing a run of k tokens share one of every shorter length)."""
    low, high = 0, min(len(first), len(second))
    while low < high:
        middle = (low + high + 1) // 2
        if _shares_run(first, second, middle):
            low = middle
        else:
            high = middle - 1
    return low


def connections(texts: dict[str, str], occurrences: list[Span]) -> dict[tuple[str, str], int]:
    """Every pair of the statement's documents (sorted ids) and its connection in words: the
    widest chain of shared runs joining them (module docstring)."""
    held: dict[str, list[str]] = {}
    for number, span in enumerate(occurrences):
        # (a token no other piece holds ends each piece: no run goes on from one to the next)
        held.setdefault(span.document, []).extend(
            [*words(texts[span.document][span.start:span.end]), f"\x00{number}"])
    wide = any(WIDE_CHARACTER.fullmatch(token) for tokens in held.values() for token in tokens)
    documents = sorted(held)
    edges = sorted(((longest_shared_run(held[a], held[b]) // (2 if wide else 1), a, b)
                    for a, b in combinations(documents, 2)), reverse=True)
    groups = {document: {document} for document in documents}
    widest: dict[tuple[str, str], int] = {}
    for run, a, b in edges:  # Kruskal: a pair's widest chain is the edge that first joins it
        if groups[a] is groups[b]:
            continue
        for x in groups[a]:
            for y in groups[b]:
                widest[(min(x, y), max(x, y))] = run
        joined = groups[a] | groups[b]
        for document in joined:
            groups[document] = joined
    return widest


def linked_pairs(passages: list[list[Span]], occurrences: list[Span]) -> set[tuple[str, str]]:
    """The statement's document pairs one passage hits in both (`evaluate.py`'s pair recall)."""
    linked: set[tuple[str, str]] = set()
    for passage in passages:
        documents = sorted({span.document for span in passage
                            if any(truth.document == span.document and hits(span, truth)
                                   for truth in occurrences)})
        linked.update(combinations(documents, 2))
    return linked


def band(run: int) -> str:
    for low, high in BANDS:
        if high is None or run <= high:
            return f"{low}-{high}" if high is not None else f"{low}+"
    raise AssertionError(run)


def bound(texts: dict[str, str], truth: GroundTruth, n: int = 5,
          passages: list[list[Span]] | None = None) -> Bound:
    pairs = connected = lone = 0
    missed: Counter[str] = Counter()
    for occurrences in truth.statements.values():
        widest = connections(texts, occurrences)
        documents = sorted({span.document for span in occurrences})
        pairs += len(widest)
        connected += sum(1 for run in widest.values() if run >= n)
        lone += sum(1 for document in documents
                    if all(run < n for pair, run in widest.items() if document in pair))
        if passages is not None:
            linked = linked_pairs(passages, occurrences)
            missed.update(band(run) for pair, run in widest.items() if pair not in linked)
    return Bound(len(truth.statements), pairs, connected, connected / pairs if pairs else 1.0,
                 lone, {name: missed[name] for name in map(band, (0, 3, 5, 10))}
                 if passages is not None else {})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("alignment", help="the finder's parallax align --json output")
    parser.add_argument("truth", help="truth.json from benchmarks/realistic.py, or an "
                                      "acceptance list")
    parser.add_argument("--n", type=int, default=5, help="words in a shared run (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    arguments = parser.parse_args(argv)
    texts, passages = load_alignment(json.loads(Path(arguments.alignment).read_text("utf-8")))
    truth = load_truth(json.loads(Path(arguments.truth).read_text("utf-8")), texts)
    result = bound(texts, truth, arguments.n, passages)
    if arguments.json:
        print(json.dumps(asdict(result)))
    else:
        missed = ", ".join(f"{name} words {count}"
                           for name, count in result.missed_by_connection.items())
        print(f"statements            {result.statements}\n"
              f"bound pair recall     {result.pair_recall:.3f}  "
              f"({result.connected_pairs} of {result.pairs} statement-pairs connected at "
              f"{arguments.n} words)\n"
              f"lone documents        {result.lone_documents}  (per statement)\n"
              f"missed pairs          {missed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
