"""Realistic news-like benchmark corpus with ground truth: statements quoted the way outlets quote.

Deterministic for a seed (the same seed and size give the same bytes). A corpus holds several
unrelated *events*. Each event has a few *statements* (an official statement of 3-6 sentences, a
tweet of 1-3 short sentences, a wire paragraph of 2-5 sentences) and 2-30 articles about it, each
from an outlet with its own habits (curly or straight quotes, "U.S." or "US", its attributions).
An article quotes some of its event's statements, in its own order:

- a *contiguous* quote of 40-100% of the statement (often whole sentences, sometimes starting or
  ending mid-sentence), with the outlet's attribution before or after it;
- a quote *split* into 2-3 pieces with the attribution (or a paragraph of its own) between them,
  a quarter of the time in reverse order;
- one or two *fragments*: 3-8 distinctive words in quotation marks inside the outlet's own sentence;
- *wire copy*: a wire paragraph reused nearly whole (90-100%) as the outlet's own prose.

Each carried word may get a light edit (a swapped word, a dropped word; never at a piece's ends).
Around the quotes: filler prose from a 60,000-word made-up vocabulary mixed with English
function words and the event's names, common phrases that many articles share but that are no
statement ("the United States said", "did not immediately respond to a request for comment"),
and boilerplate lines ("Sign up for our newsletter ..."). Paragraphs are separated by blank lines.

Ground truth (`Truth`): per true statement, each article's occurrences, as code-point offsets into
the article text (end exclusive) with `kind` `copy` or `fragment`. A true statement is what the
articles really share: the pieces of one source statement that overlap (3+ source words in common,
transitively) across at least two articles; an occurrence spans the words of its piece that some
other article in the group also carries (a trimmed start that nobody else quotes is not shared). A
source statement whose quotes do not overlap gives two true statements (`e3.s1`, `e3.s1#2`).
`fragment` is an occurrence carrying less than half the statement's words and at most 12 words;
everything else is a `copy`.

Command line:  python benchmarks/realistic.py --articles 1000 --seed 7 --out DIR
writes DIR/articles/*.txt and DIR/truth.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository's `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.realistic_events import Source, make_event, make_name, make_vocabulary
from benchmarks.realistic_writing import OUTLET_SUFFIXES, Outlet, Piece, write_article


@dataclass(frozen=True)
class Occurrence:
    """One article's carrying of a true statement: `text` is `article_text[start:end]`."""

    document: str
    start: int
    end: int
    kind: str
    text: str
    source: tuple[int, int]
    """The statement word range [first, last + 1) that the occurrence carries."""


@dataclass(frozen=True)
class Statement:
    """A true statement: what at least two articles share of one source statement."""

    id: str
    event: str
    type: str
    speaker: str
    text: str
    words: int
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True)
class Document:
    id: str
    file: str
    event: str
    outlet: str
    text: str


@dataclass(frozen=True)
class Truth:
    seed: int
    documents: tuple[Document, ...]
    statements: tuple[Statement, ...]
    boilerplate: tuple[tuple[str, int, int], ...]
    """(document, start, end) of every boilerplate line and common phrase: never a statement."""

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "generator": "benchmarks/realistic.py",
            "seed": self.seed,
            "documents": [{"id": d.id, "file": d.file, "event": d.event, "outlet": d.outlet,
                           "length": len(d.text),
                           "sha1": hashlib.sha1(d.text.encode("utf-8")).hexdigest()}
                          for d in self.documents],
            "statements": [{"id": s.id, "event": s.event, "type": s.type, "speaker": s.speaker,
                            "text": s.text, "words": s.words,
                            "occurrences": [{"document": o.document, "start": o.start,
                                             "end": o.end, "kind": o.kind, "text": o.text,
                                             "source": list(o.source)}
                                            for o in s.occurrences]}
                           for s in self.statements],
            "boilerplate": [{"document": d, "start": s, "end": e} for d, s, e in self.boilerplate],
        }


# --------------------------------------------------------------------------------------------
# The corpus and its truth

EVENT_SIZES = (2, 2, 3, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30)


def generate(articles: int, *, seed: int = 7) -> Truth:
    """A corpus of `articles` articles about several unrelated events, with its ground truth."""
    rng = random.Random(seed)
    vocabulary = make_vocabulary()
    outlets = [Outlet(f"The {make_name(rng, vocabulary)} {rng.choice(OUTLET_SUFFIXES)}",
                       rng.random() < 0.5, rng.random() < 0.5) for _ in range(40)]
    sizes: list[int] = []
    while sum(sizes) < articles:
        sizes.append(min(rng.choice(EVENT_SIZES), articles - sum(sizes)))
    if len(sizes) > 1 and sizes[-1] == 1:
        last = sizes.pop()
        sizes[-1] += last
    events = [make_event(rng, vocabulary, f"e{number:04d}") for number in range(len(sizes))]
    slots = [event for event, size in zip(events, sizes, strict=True) for _ in range(size)]
    rng.shuffle(slots)
    documents: list[Document] = []
    pieces: dict[str, list[Piece]] = {}
    boilerplate: list[tuple[str, int, int]] = []
    for number, event in enumerate(slots):
        document = f"a{number:05d}"
        outlet = rng.choice(outlets)
        carried = [source for source in event.sources
                   if rng.random() < (0.55 if source.type == "wire" else 0.65)]
        carried = carried or [rng.choice(event.sources)]
        writer = write_article(rng, vocabulary, event, document, outlet, carried)
        documents.append(Document(document, f"{document}.txt", event.key, outlet.name,
                                  writer.text))
        for piece in writer.pieces:
            pieces.setdefault(piece.source, []).append(piece)
        boilerplate += writer.boilerplate
    statements: list[Statement] = []
    for event in events:
        for source in event.sources:
            statements += _true_statements(source, pieces.get(source.key, []), documents)
    return Truth(seed, tuple(documents), tuple(statements), tuple(boilerplate))


def _true_statements(source: Source, pieces: list[Piece],
                     documents: list[Document]) -> list[Statement]:
    """The groups of overlapping pieces (3+ common source words) across 2+ articles."""
    parent = list(range(len(pieces)))

    def root(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    covered = [{word[0] for word in piece.words} for piece in pieces]
    for i in range(len(pieces)):
        for j in range(i + 1, len(pieces)):
            if pieces[i].document != pieces[j].document and len(covered[i] & covered[j]) >= 3:
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for item in range(len(pieces)):
        groups.setdefault(root(item), []).append(item)
    texts = {document.id: document.text for document in documents}
    found: list[Statement] = []
    for members in groups.values():
        if len({pieces[item].document for item in members}) < 2:
            continue
        occurrences = []
        for item in members:
            others: set[int] = set()
            for other in members:
                if pieces[other].document != pieces[item].document:
                    others |= covered[other]
            shared = [word for word in pieces[item].words if word[0] in others]
            while shared and shared[0][3]:  # an edited word cannot be where the sharing starts
                shared.pop(0)
            while shared and shared[-1][3]:
                shared.pop()
            if len(shared) < 3:
                continue
            first, last = shared[0][0], shared[-1][0] + 1
            size = last - first
            kind = "fragment" if size < 0.5 * len(source.words) and size <= 12 else "copy"
            document, start, end = pieces[item].document, shared[0][1], shared[-1][2]
            occurrences.append(Occurrence(document, start, end, kind,
                                          texts[document][start:end], (first, last)))
        if len({occurrence.document for occurrence in occurrences}) < 2:
            continue
        suffix = f"#{len(found) + 1}" if found else ""
        found.append(Statement(source.key + suffix, source.event, source.type, source.speaker,
                               " ".join(source.words), len(source.words),
                               tuple(sorted(occurrences, key=lambda o: (o.document, o.start)))))
    return found


def write_corpus(truth: Truth, out: Path) -> Path:
    """Write out/articles/*.txt (UTF-8, LF) and out/truth.json; returns the articles folder."""
    folder = out / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for document in truth.documents:
        with open(folder / document.file, "w", encoding="utf-8", newline="") as handle:
            handle.write(document.text)
    (out / "truth.json").write_text(json.dumps(truth.to_json(), ensure_ascii=False),
                                    encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.articles < 2:
        parser.error("--articles must be at least 2")
    truth = generate(args.articles, seed=args.seed)
    folder = write_corpus(truth, args.out)
    occurrences = [o for s in truth.statements for o in s.occurrences]
    fragments = sum(o.kind == "fragment" for o in occurrences)
    print(f"{len(truth.documents)} articles ({sum(len(d.text) for d in truth.documents):,} "
          f"characters) in {folder}; {len({d.event for d in truth.documents})} events, "
          f"{len(truth.statements)} shared statements, {len(occurrences)} occurrences "
          f"({fragments} fragments); truth in {args.out / 'truth.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
