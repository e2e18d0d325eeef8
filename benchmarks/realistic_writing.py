"""How outlets write about an event, for `benchmarks/realistic.py`: articles that quote the
event's statements (contiguously, split, as fragments, as wire copy) amid filler prose, common
phrases and boilerplate, recording where every quoted word lands.

Deterministic: every choice comes from the `random.Random` passed in.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.realistic_events import FUNCTION_SET, FUNCTION_WORDS, Event, Source

COMMON_PHRASES = (
    "the United States said",
    "according to officials",
    "did not immediately respond to a request for comment",
    "it was not immediately clear",
    "a senior administration official said",
    "speaking on condition of anonymity",
    "told reporters on Wednesday",
    "in the early hours of the morning",
    "the White House said",
    "officials said on Tuesday",
    "in a statement on its website",
    "it is not yet known",
    "in the wake of the attack",
    "according to local media reports",
    "the news agency reported",
    "at the time of writing",
)
BOILERPLATE_LINES = (
    "Sign up for our newsletter to get the latest news delivered to your inbox.",
    "Advertisement",
    "Follow us on social media for more updates from our newsroom.",
    "This story has been updated with additional details.",
    "Share this article with your friends and family.",
    "Read more: the latest updates from our correspondents.",
)
ATTRIBUTIONS_AFTER = (
    "{s} said in a statement", "{s} said", "{s} added", "according to {s}", "{s} wrote",
    "{s} said on Wednesday", "{s} told reporters", "said {s}",
)
ATTRIBUTIONS_BEFORE = (
    "{S} said in a statement:", "In a statement, {s} said:", "{S} wrote on Twitter:",
    "{S} said:", "According to {s},", "{S} told reporters:",
)
FRAGMENT_FRAMES = (
    "{S} called it {q} in remarks that {f}.",
    "{F}, {s} said, describing the situation as {q}.",
    "The {f} was {q}, according to {s}.",
    "{S} insisted that {q} and {f}.",
)
OUTLET_SUFFIXES = ("Times", "Post", "Herald", "News", "Tribune", "Daily", "Wire", "Observer",
                   "Gazette", "Journal", "Today", "Report")
_TRAILING_PUNCT = re.compile(r"[,;:.!?]+$")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.)+$")

# --------------------------------------------------------------------------------------------
# Articles


@dataclass(frozen=True)
class Outlet:
    name: str
    curly: bool
    us_without_dots: bool


@dataclass
class Piece:
    """Where one piece of a quote landed: (source word index, start, end, edited) per word."""

    source: str
    document: str
    words: list[tuple[int, int, int, bool]]


class ArticleWriter:
    """Builds one article's text, recording where quoted words and boilerplate land."""

    def __init__(self, document: str, outlet: Outlet) -> None:
        self.document = document
        self.outlet = outlet
        self._parts: list[str] = []
        self._length = 0
        self.pieces: list[Piece] = []
        self.boilerplate: list[tuple[str, int, int]] = []

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def last_char(self) -> str:
        return self._parts[-1][-1:] if self._parts else ""

    def add(self, text: str) -> None:
        if text:  # so that last_char() is always the last character written
            self._parts.append(text)
            self._length += len(text)

    def add_boilerplate(self, text: str) -> None:
        self.boilerplate.append((self.document, self._length, self._length + len(text)))
        self.add(text)

    def add_quote(self, rng: random.Random, source: Source, first: int, last: int, *,
                  comma_at_end: bool, capitalize: bool) -> None:
        """Words first..last-1 of `source`, lightly edited, in this outlet's style."""
        indices = list(range(first, last))
        if len(indices) > 8 and rng.random() < 0.2:
            del indices[rng.randrange(2, len(indices) - 2)]  # a dropped word
        swap = rng.randrange(2, len(indices) - 2) if len(indices) > 8 and rng.random() < 0.3 \
            else -1
        piece = Piece(source.key, self.document, [])
        for position, index in enumerate(indices):
            word = source.words[index]
            punct = _punctuation(word)
            core = word[: len(word) - len(punct)]
            if position == swap:
                core = rng.choice(("struck", "hit", "fired", "launched", "attacked"))
            if core == "U.S." and self.outlet.us_without_dots:
                core = "US"
            if self.outlet.curly:
                core = core.replace("'", "\u2019")
            if position == 0 and capitalize:
                core = core[:1].upper() + core[1:]
            is_last = position == len(indices) - 1
            if is_last:
                final = punct if index + 1 in source.sentence_ends else ""
                if comma_at_end and final == ".":
                    final = ","
                punct = final
            if position:
                self.add(" ")
            start = self._length
            self.add(core + punct)
            end = start + len(core) + (len(punct) if punct and punct in ".!?" else 0)
            piece.words.append((index, start, end, position == swap))
        self.pieces.append(piece)

    def quote_marks(self) -> tuple[str, str]:
        return ("\u201c", "\u201d") if self.outlet.curly else ('"', '"')


def _punctuation(word: str) -> str:
    if _ABBREVIATION.match(word):
        return ""
    match = _TRAILING_PUNCT.search(word)
    return match.group(0) if match else ""


def _filler_sentence(rng: random.Random, vocabulary: Sequence[str], names: list[str],
                     writer: ArticleWriter | None = None) -> str:
    size = rng.randint(8, 22)
    sources = (rng.choices(FUNCTION_WORDS, k=size), rng.choices(names, k=size),
               rng.choices(vocabulary, k=size))
    picks = rng.choices((0, 1, 2), cum_weights=(45, 52, 100), k=size)
    sentence = " ".join(sources[pick][index] for index, pick in enumerate(picks))
    sentence = sentence[:1].upper() + sentence[1:]
    if writer is not None and rng.random() < 0.1:
        phrase = rng.choice(COMMON_PHRASES)
        writer.add(sentence + ", ")
        writer.add_boilerplate(phrase)
        return "."
    return sentence + "."


def _filler_paragraph(rng: random.Random, vocabulary: Sequence[str], names: list[str],
                      writer: ArticleWriter) -> None:
    for number in range(rng.randint(2, 5)):
        if number:
            writer.add(" ")
        writer.add(_filler_sentence(rng, vocabulary, names, writer))


def _speaker(rng: random.Random, source: Source, event: Event) -> str:
    return source.speaker or rng.choice(event.speakers)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quote_paragraph(rng: random.Random, writer: ArticleWriter, event: Event,
                     source: Source, first: int, last: int) -> None:
    """A contiguous quote with an attribution before or after it."""
    opening, closing = writer.quote_marks()
    speaker = _speaker(rng, source, event)
    if rng.random() < 0.5:
        template = rng.choice(ATTRIBUTIONS_BEFORE)
        writer.add(template.format(s=speaker, S=_capital(speaker)) + " " + opening)
        writer.add_quote(rng, source, first, last, comma_at_end=False, capitalize=True)
        if writer.last_char() not in ".!?":
            writer.add(".")
        writer.add(closing)
    else:
        writer.add(opening)
        writer.add_quote(rng, source, first, last, comma_at_end=True, capitalize=True)
        if writer.last_char() not in ",!?":
            writer.add(",")
        writer.add(closing + " " + rng.choice(ATTRIBUTIONS_AFTER).format(s=speaker) + ".")


def _wire_paragraph(rng: random.Random, writer: ArticleWriter, source: Source) -> None:
    """Wire copy reused nearly whole as the outlet's own prose."""
    words = len(source.words)
    first = 0 if rng.random() < 0.7 else rng.randint(1, max(1, words // 10))
    last = words if rng.random() < 0.7 else words - rng.randint(1, max(1, words // 10))
    writer.add_quote(rng, source, first, last, comma_at_end=False, capitalize=True)
    if writer.last_char() not in ".!?":
        writer.add(".")


def _fragment_sentence(rng: random.Random, writer: ArticleWriter, event: Event,
                       source: Source, vocabulary: Sequence[str]) -> None:
    """3-8 distinctive words of the statement in quotation marks inside the outlet's sentence."""
    sentence = rng.randrange(len(source.sentence_ends))
    start = source.sentence_ends[sentence - 1] if sentence else 0
    end = source.sentence_ends[sentence]
    size = min(end - start, rng.randint(3, 8))
    for _ in range(10):  # distinctive: at least two words that are not function words
        first = rng.randint(start, end - size)
        if sum(word.lower() not in FUNCTION_SET for word in source.words[first:first + size]) >= 2:
            break
    opening, closing = writer.quote_marks()
    speaker = _speaker(rng, source, event)
    filler = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 6)))
    frame = rng.choice(FRAGMENT_FRAMES)
    before, after = frame.split("{q}")
    fill = {"s": speaker, "S": _capital(speaker), "f": filler, "F": _capital(filler)}
    writer.add(before.format(**fill) + opening)
    writer.add_quote(rng, source, first, first + size, comma_at_end=False, capitalize=False)
    writer.add(closing + after.format(**fill))


def _quote_range(rng: random.Random, source: Source) -> tuple[int, int]:
    """40-100% of the statement's words, usually whole sentences."""
    words = len(source.words)
    size = max(3, round(words * rng.uniform(0.4, 1.0)))
    first = rng.randint(0, words - size)
    if rng.random() < 0.7:  # snap to sentence boundaries
        starts = [0, *source.sentence_ends[:-1]]
        first = max(s for s in starts if s <= first)
        last = min(e for e in source.sentence_ends if e >= first + size)
        return first, last
    return first, first + size


def write_article(rng: random.Random, vocabulary: Sequence[str], event: Event, document: str,
                   outlet: Outlet, carried: list[Source]) -> ArticleWriter:
    writer = ArticleWriter(document, outlet)
    headline = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(4, 8)))
    date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    writer.add(f"title: {_capital(headline)} {rng.choice(event.names)}\n"
               f"source: {outlet.name}\ndate: {date}\n\n")
    blocks: list[tuple[str, Source | None]] = [("filler", None)]
    for source in carried:
        if source.type == "wire":
            blocks.append(("wire", source))
            continue
        roll = rng.random()
        blocks.append(("quote" if roll < 0.6 else "split" if roll < 0.8 else "fragment", source))
        if roll < 0.6 and rng.random() < 0.2:
            blocks.append(("fragment", source))
    blocks += [("filler", None)] * rng.randint(3, 8)
    head, rest = blocks[0], blocks[1:]
    rng.shuffle(rest)
    if rng.random() < 0.4:
        rest.insert(rng.randint(len(rest) // 2, len(rest)), ("boilerplate", None))
    for number, (kind, quoted) in enumerate([head, *rest]):
        if number:
            writer.add("\n\n")
        if kind == "filler":
            _filler_paragraph(rng, vocabulary, event.names, writer)
        elif kind == "boilerplate":
            writer.add_boilerplate(rng.choice(BOILERPLATE_LINES))
        elif quoted is not None and kind == "wire":
            _wire_paragraph(rng, writer, quoted)
        elif quoted is not None and kind == "fragment":
            _fragment_sentence(rng, writer, event, quoted, vocabulary)
        elif quoted is not None and kind == "quote":
            _quote_paragraph(rng, writer, event, quoted, *_quote_range(rng, quoted))
        elif quoted is not None:
            _split_quote(rng, writer, event, quoted, vocabulary)
    writer.add("\n")
    return writer


def _split_quote(rng: random.Random, writer: ArticleWriter, event: Event, source: Source,
                 vocabulary: Sequence[str]) -> None:
    """40-100% of the statement as 2-3 pieces with the attribution or a paragraph between them,
    a quarter of the time in reverse order (the outlet leads with the statement's end)."""
    first, last = _quote_range(rng, source)
    count = min(rng.randint(2, 3), max(1, (last - first) // 4))
    length = (last - first) / count
    cuts = [first + round(length * k) + rng.randint(-1, 1) for k in range(1, count)]
    bounds = [first, *cuts, last]
    pieces = []
    for number in range(len(bounds) - 1):
        start, end = bounds[number], bounds[number + 1]
        if number and end - start >= 5 and rng.random() < 0.3:
            start += rng.randint(1, 2)  # words left out between pieces
        pieces.append((start, end))
    if rng.random() < 0.25:
        pieces.reverse()
    opening, closing = writer.quote_marks()
    speaker = _speaker(rng, source, event)
    for number, (start, end) in enumerate(pieces):
        if number == 0:
            writer.add(opening)
            writer.add_quote(rng, source, start, end, comma_at_end=True, capitalize=True)
            if writer.last_char() not in ",!?":
                writer.add(",")
            writer.add(closing + " " + rng.choice(ATTRIBUTIONS_AFTER).format(s=speaker) + ".")
            continue
        if rng.random() < 0.5:
            writer.add("\n\n")
            _filler_paragraph(rng, vocabulary, event.names, writer)
            writer.add("\n\n" + rng.choice(("It added: ", "The statement went on: ", "")))
        else:
            writer.add(" ")
        writer.add(opening)
        writer.add_quote(rng, source, start, end, comma_at_end=False, capitalize=True)
        if writer.last_char() not in ".!?":
            writer.add(".")
        writer.add(closing)
