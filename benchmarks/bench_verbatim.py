"""Verbatim text-reuse cases in the manner of the PAN text-alignment corpora (run by hand).

    python benchmarks/bench_verbatim.py BOOK.txt [--sources OTHER.txt ...] [--encoding cp1252]
                                        [--seed 1] [--out DIR]

From one long plain text (a public-domain novel from Project Gutenberg serves: dialogue, hard
line wraps and long paragraphs are what breaks a naive aligner), it cuts "source" documents from
the first half and "suspicious" documents from the second. With --sources, the sources come
from other books instead, one document from each (its opening): PAN's sources and suspicious
documents are different works, and a novel shares phrases, idioms and captions with itself.
It copies 1-3 passages of 40-1,500 words from the sources into three suspicious documents out
of four, at paragraph breaks: half as they are (line wraps and paragraphs kept), half with all
white space joined (re-flowed).
Each (suspicious, source) pair is aligned on its own, as PAN evaluates (or, with --together,
all documents at once, as a user opening the folder would), together with as many pairs that
share nothing; detections are every pair of occurrences of one passage across the
two documents. Printed: PAN's macro precision and recall over characters, granularity
(detections per detected case) and plagdet (Potthast et al. 2010), and the detections that
are mostly outside every case.

The book itself repeats phrases and captions, so a few detections no case lists are the
novel quoting itself, not reuse the generator made.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.corpus import Article  # noqa: E402
from viewer.engine.pipeline import find_shared_passages  # noqa: E402

Range = tuple[int, int]
_SENTENCE_END = re.compile(r'[.!?]["”’]?\s')


@dataclass(frozen=True)
class Case:
    suspicious: str
    source: str
    in_suspicious: Range
    in_source: Range


def _paragraphs(book: str) -> list[str]:
    start = re.search(r"\*\*\* START OF.*?\*\*\*\n", book, re.DOTALL)
    end = re.search(r"\*\*\* END OF", book)
    book = book[start.end() if start else 0 : end.start() if end else len(book)]
    return [p for p in re.split(r"\n\s*\n", book) if len(p.split()) > 3]


def make_cases(book: str, rng: random.Random,
               source_books: list[str] | None = None) -> tuple[dict[str, str], list[Case]]:
    paragraphs = _paragraphs(book)
    half = len(paragraphs) // 2
    if source_books:
        # One source per book: two parts of one novel share its phrases and captions.
        sources = [_documents(_paragraphs(other), 20_000)[0] for other in source_books][:16]
    else:
        sources = _documents(paragraphs[:half], 20_000)[:16]
    source_book = list(range(len(sources)))
    bases = _documents(paragraphs[half:], 12_000)[:24]
    texts = {f"source-{i:03d}": text for i, text in enumerate(sources)}
    cases: list[Case] = []
    used: list[tuple[int, int, int]] = []
    for j, base in enumerate(bases):
        name = f"suspicious-{j:03d}"
        if j % 4 == 3:
            texts[name] = base
            continue
        inserts = []
        books_used: set[int] = set()
        for _ in range(rng.choice((1, 2, 3))):
            which = rng.randrange(len(sources))
            source = sources[which]
            if source_books and source_book[which] in books_used:
                continue
            books_used.add(source_book[which])
            words = rng.choice((rng.randint(40, 150), rng.randint(300, 600),
                                rng.randint(900, 1500)))
            starts = [m.end() for m in _SENTENCE_END.finditer(source)]
            first = rng.choice(starts[: max(1, len(starts) // 2)])
            ends = [m.end() - 1 for m in _SENTENCE_END.finditer(source,
                                                                 min(first + 6 * words,
                                                                     len(source) - 1))]
            last = ends[0] if ends else len(source)
            if any(first < b and a < last for (k, a, b) in used if k == which):
                continue
            used.append((which, first, last))
            passage = source[first:last].strip()
            first = source.index(passage, first)
            copy = passage if rng.random() < 0.5 else re.sub(r"\s+", " ", passage)
            inserts.append((which, (first, first + len(passage)), copy))
        pieces = base.split("\n\n")
        slots = sorted(rng.sample(range(1, len(pieces)), min(len(inserts), len(pieces) - 1)))
        by_slot = dict(zip(slots, inserts, strict=False))
        document = ""
        for index, piece in enumerate(pieces):
            if index in by_slot:
                which, in_source, copy = by_slot[index]
                cases.append(Case(name, f"source-{which:03d}",
                                  (len(document), len(document) + len(copy)), in_source))
                document += copy + "\n\n"
            document += piece + "\n\n"
        texts[name] = document
    return texts, cases


def _documents(paragraphs: list[str], size: int) -> list[str]:
    documents, current = [], []
    for paragraph in paragraphs:
        current.append(paragraph)
        if sum(len(p) for p in current) > size:
            documents.append("\n\n".join(current))
            current = []
    return documents


def detections(texts: dict[str, str], suspicious: str, source: str) -> list[tuple[Range, Range]]:
    result = find_shared_passages([Article("s", texts[suspicious], suspicious),
                                   Article("r", texts[source], source)])
    found = []
    for passage in result.passages:
        for mine in passage.occurrences_in("s"):
            for theirs in passage.occurrences_in("r"):
                found.append(((mine.start, mine.end), (theirs.start, theirs.end)))
    return found


def detections_together(texts: dict[str, str],
                        pairs: list[tuple[str, str]]) -> dict[tuple[str, str],
                                                              list[tuple[Range, Range]]]:
    """The detections of every pair, from one alignment of all the documents at once."""
    result = find_shared_passages([Article(name, text, name) for name, text in texts.items()])
    found: dict[tuple[str, str], list[tuple[Range, Range]]] = {pair: [] for pair in pairs}
    for passage in result.passages:
        for suspicious, source in pairs:
            for mine in passage.occurrences_in(suspicious):
                for theirs in passage.occurrences_in(source):
                    found[(suspicious, source)].append(((mine.start, mine.end),
                                                        (theirs.start, theirs.end)))
    return found


def _covered(target: tuple[Range, Range], by: list[tuple[Range, Range]]) -> int:
    total = 0
    for side in (0, 1):
        marks: set[int] = set()
        for other in by:
            marks.update(range(max(target[side][0], other[side][0]),
                               min(target[side][1], other[side][1])))
        total += len(marks)
    return total


def _overlaps(x: tuple[Range, Range], y: tuple[Range, Range]) -> bool:
    return all(min(x[s][1], y[s][1]) > max(x[s][0], y[s][0]) for s in (0, 1))


def _length(x: tuple[Range, Range]) -> int:
    return (x[0][1] - x[0][0]) + (x[1][1] - x[1][0])


def _read(path: Path, encoding: str) -> str:
    """A book's text: UTF-8 if it decodes so (Project Gutenberg's newer files), else
    `encoding`."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode(encoding)
    return text.lstrip("\ufeff").replace("\r\n", "\n")


def unusable(book: str) -> str | None:
    """Why a book cannot be cut into documents, or None if it can."""
    paragraphs = _paragraphs(book)
    # A file whose line breaks were lost (or that ends its lines with a bare CR) is one
    # paragraph: as a source it would become one document of the whole book, as the suspicious
    # book no document at all, and the figures would mean nothing.
    if len(paragraphs) < 2:
        return "no blank lines between paragraphs (were its line breaks lost?)"
    if not _documents(paragraphs, 20_000):
        return "too short for one 20,000-character document"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("book", type=Path)
    parser.add_argument("--sources", type=Path, nargs="+",
                        help="cut the sources from these books instead")
    parser.add_argument("--encoding", default="utf-8")
    parser.add_argument("--together", action="store_true",
                        help="align all documents at once instead of pair by pair")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also write the documents here")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    book = _read(args.book, args.encoding)
    others = [_read(path, args.encoding) for path in args.sources or ()]
    for path, text in zip([args.book, *(args.sources or ())], [book, *others], strict=True):
        if problem := unusable(text):
            parser.error(f"{path}: {problem}")
    texts, cases = make_cases(book, rng, others)
    if not cases:
        parser.error(f"{args.book}: its second half gives no suspicious document")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, text in texts.items():
            (args.out / f"{name}.txt").write_text(text, encoding="utf-8")
    by_pair: dict[tuple[str, str], list[tuple[Range, Range]]] = {}
    for case in cases:
        by_pair.setdefault((case.suspicious, case.source), []).append(
            (case.in_suspicious, case.in_source))
    suspicious = sorted(n for n in texts if n.startswith("suspicious"))
    sources = sorted(n for n in texts if n.startswith("source"))
    pairs = list(by_pair) + [pair for pair in zip(rng.sample(suspicious, len(suspicious)),
                                                  rng.choices(sources, k=len(suspicious)),
                                                  strict=True) if pair not in by_pair]
    found = (detections_together(texts, pairs) if args.together
             else {pair: detections(texts, *pair) for pair in pairs})
    recall, granularity, precision, outside = [], [], [], []
    for pair, truths in by_pair.items():
        for truth in truths:
            hits = [d for d in found[pair] if _overlaps(truth, d)]
            recall.append(_covered(truth, hits) / _length(truth))
            if hits:
                granularity.append(len(hits))
    for pair, detected in found.items():
        for detection in detected:
            hit = [t for t in by_pair.get(pair, []) if _overlaps(t, detection)]
            share = _covered(detection, hit) / max(1, _length(detection))
            precision.append(share)
            if share < 0.5:
                outside.append(texts[pair[0]][detection[0][0]:detection[0][1]][:50])
    p = sum(precision) / len(precision) if precision else 0.0
    r = sum(recall) / len(recall)
    g = sum(granularity) / len(granularity) if granularity else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{len(pairs)} pairs, {len(cases)} cases, {len(precision)} detections")
    print(f"precision {p:.3f}  recall {r:.3f}  granularity {g:.3f}  "
          f"plagdet {f / math.log2(1 + g):.3f}")
    print(f"detections mostly outside every case: {len(outside)}")
    for text in outside:
        print(f"  {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
