"""Synthetic benchmark corpus: filler articles that share nothing, with planted shared passages.

Deterministic for a given seed. Each article is 2-10 KB of filler drawn from a large made-up
vocabulary (so two fillers practically never share a 5-word sequence), split into sentences and
paragraphs. Shared passages are planted into 2-8 articles each, every copy edited the way outlets
edit quotes: a word swapped, a word dropped, punctuation changed, "U.S." written "US", curly or
straight quotation marks, a trimmed start or end. Articles carry their passages in random order.
A few boilerplate lines ("- Advertisement -", "Sign up for our newsletter ...") appear in many
articles and are NOT part of the truth: the engine should ignore them in a large corpus.

`Planted` records, per article, the exact span of each planted copy: the truth for recall and
precision in `bench_engine.py` and the tests.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.corpus import Article
from viewer.passages import Passage

BOILERPLATE_LINES = (
    "- Advertisement -",
    "Related articles",
    "Sign up for our newsletter to get the latest news delivered to your inbox",
    "Follow us on social media for more updates from our newsroom",
    "Share this article with your friends and family",
)
BOILERPLATE_SHARE = 0.4
_CONSONANTS = "bcdfghjklmnprstvwz"
_VOWELS = "aeiou"


@dataclass(frozen=True)
class Planted:
    """One planted copy: which passage, in which article, at which offsets of its text."""

    passage: int
    document: str
    start: int
    end: int


@dataclass(frozen=True)
class SyntheticCorpus:
    articles: tuple[Article, ...]
    planted: tuple[Planted, ...]

    @property
    def total_chars(self) -> int:
        return sum(len(article.text) for article in self.articles)


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    """Distinct pronounceable made-up words of 2-4 syllables."""
    words: set[str] = set()
    while len(words) < size:
        syllables = rng.randint(2, 4)
        words.add("".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS)
                          for _ in range(syllables)))
    return sorted(words)


def generate(count: int, *, seed: int = 1, passages_per_article: float = 2.5,
             min_kb: float = 2.0, max_kb: float = 10.0) -> SyntheticCorpus:
    """A corpus of `count` articles with about `passages_per_article` planted copies each."""
    rng = random.Random(seed)
    vocabulary = make_vocabulary(rng, 60_000)
    passage_count = max(1, round(count * passages_per_article / 4))
    passages = [_passage_words(rng, vocabulary) for _ in range(passage_count)]
    carriers: list[list[int]] = [[] for _ in range(count)]
    copies: dict[tuple[int, int], _Copy] = {}
    if count >= 2:
        for index in range(passage_count):
            spread = min(count, rng.choice((2, 2, 2, 3, 3, 4, 5, 6, 8)))
            holders = rng.sample(range(count), spread)
            made = [_edited_copy(rng, vocabulary, passages[index]) for _ in holders]
            for holder, copy in zip(holders, made, strict=True):
                carriers[holder].append(index)
                others = [other for other in made if other is not copy]
                # Only words some other copy also carries are shared (trimmed starts and ends).
                copy.shared = (max(copy.first, min(o.first for o in others)),
                               min(copy.last, max(o.last for o in others)))
                copies[(index, holder)] = copy
    articles: list[Article] = []
    planted: list[Planted] = []
    for number in range(count):
        article_id = f"syn{number:05d}"
        target = rng.uniform(min_kb, max_kb) * 1024
        chunks = _filler_paragraphs(rng, vocabulary, target)
        inserts = list(carriers[number])
        rng.shuffle(inserts)
        if count >= 2 and rng.random() < BOILERPLATE_SHARE:
            inserts.append(-1 - rng.randrange(len(BOILERPLATE_LINES)))
        slots = sorted(rng.randrange(len(chunks) + 1) for _ in inserts)
        pieces: list[str | _Copy] = list(chunks)
        for offset, (slot, passage) in enumerate(zip(slots, inserts, strict=True)):
            if passage < 0:
                pieces.insert(slot + offset, BOILERPLATE_LINES[-1 - passage])
            else:
                pieces.insert(slot + offset, copies[(passage, number)])
        title = " ".join(rng.choice(vocabulary) for _ in range(6)).capitalize()
        text = title + "\n"
        for piece in pieces:
            if isinstance(piece, str):
                text += piece + "\n"
                continue
            text += piece.lead
            base = len(text)
            inside = [(start, end) for (start, end), original in
                      zip(piece.spans, piece.originals, strict=True)
                      if piece.shared[0] <= original < piece.shared[1]]
            if inside:
                planted.append(Planted(passage=-1, document=article_id,
                                       start=base + inside[0][0], end=base + inside[-1][1]))
            text += piece.quote + piece.tail + "\n"
        articles.append(Article(article_id, text, title, body_start=len(title) + 1))
    return SyntheticCorpus(tuple(articles), tuple(planted))


@dataclass
class _Copy:
    """One outlet's edited copy of a passage and where its words come from."""

    lead: str
    quote: str
    tail: str
    spans: list[tuple[int, int]]
    """Each word's offsets inside `quote`."""
    originals: list[int]
    """Each word's index in the original passage (a swapped word keeps its index)."""
    shared: tuple[int, int] = (0, 0)

    @property
    def first(self) -> int:
        return self.originals[0]

    @property
    def last(self) -> int:
        return self.originals[-1] + 1


def _passage_words(rng: random.Random, vocabulary: list[str]) -> list[str]:
    length = rng.choice((8, 10, 12, 15, 20, 25, 30, 40, 60, 80))
    words = [rng.choice(vocabulary) for _ in range(length)]
    for _ in range(rng.randint(0, 2)):
        words[rng.randrange(length)] = "U.S."
    words[0] = words[0][:1].upper() + words[0][1:]
    for position in range(rng.randint(6, 14), length - 3, rng.randint(8, 16)):
        words[position] += rng.choice((",", ".", ";"))
    return words


def _edited_copy(rng: random.Random, vocabulary: list[str], original: list[str]) -> _Copy:
    """One outlet's copy: a lead-in of its own, the edited passage, an attribution of its own."""
    words = list(enumerate(original))
    if rng.random() < 0.3 and len(words) > 12:
        words = words[rng.randint(1, 3):]  # trimmed start
    if rng.random() < 0.3 and len(words) > 12:
        words = words[: len(words) - rng.randint(1, 3)]  # trimmed end
    if rng.random() < 0.4 and len(words) > 10:
        position = rng.randrange(3, len(words) - 3)
        words[position] = (words[position][0], rng.choice(("struck", "hit", "fired", "hurled")))
    if rng.random() < 0.2 and len(words) > 10:
        del words[rng.randrange(3, len(words) - 3)]  # dropped word
    if rng.random() < 0.5:
        words = [(i, "US" if word == "U.S." else word) for i, word in words]
    if rng.random() < 0.3:
        words = [(i, word.rstrip(",")) for i, word in words]  # punctuation edited
    words[0] = (words[0][0], words[0][1][:1].upper() + words[0][1][1:])
    spans: list[tuple[int, int]] = []
    quote = ""
    for _, word in words:
        if quote:
            quote += " "
        bare = word.rstrip(",.;")
        spans.append((len(quote), len(quote) + len(bare)))
        quote += word
    quote = quote.rstrip(",.;")
    marks = rng.choice((("“", "”"), ('"', '"'), ("", "")))
    speaker = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 3))).capitalize()
    verb = rng.choice(("said", "wrote", "stated", "told reporters"))
    lead = rng.choice((f"{speaker} {verb}: {marks[0]}", f"{marks[0]}"))
    tail = marks[1] + rng.choice((f", {speaker.lower()} {verb}.", "."))
    return _Copy(lead, quote, tail, spans, [i for i, _ in words])


def _filler_paragraphs(rng: random.Random, vocabulary: list[str], target: float) -> list[str]:
    paragraphs: list[str] = []
    size = 0
    while size < target:
        sentences = []
        for _ in range(rng.randint(2, 6)):
            words = [rng.choice(vocabulary) for _ in range(rng.randint(8, 25))]
            sentences.append(" ".join(words).capitalize() + rng.choice((".", ".", ".", "?", "!")))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return paragraphs


@dataclass(frozen=True)
class Score:
    """Agreement of an engine result with the planted truth.

    Character level: `recall` is the share of planted characters inside some reported occurrence,
    `precision` the share of reported characters inside some planted copy. Occurrence level:
    `copies_found` is the share of planted copies that one reported occurrence covers to at least
    90% with at least 90% of its own characters inside the copy.
    """

    recall: float
    precision: float
    copies_found: float


def score(corpus: SyntheticCorpus, passages: Sequence[Passage]) -> Score:
    truth: dict[str, list[tuple[int, int]]] = {}
    for copy in corpus.planted:
        truth.setdefault(copy.document, []).append((copy.start, copy.end))
    found: dict[str, list[tuple[int, int]]] = {}
    for passage in passages:
        for occurrence in passage.occurrences:
            found.setdefault(occurrence.document, []).append((occurrence.start, occurrence.end))
    planted_chars = reported_chars = common_chars = 0
    for document in set(truth) | set(found):
        planted = _union(truth.get(document, []))
        reported = _union(found.get(document, []))
        planted_chars += sum(end - start for start, end in planted)
        reported_chars += sum(end - start for start, end in reported)
        common_chars += _intersection(planted, reported)
    hits = 0
    for copy in corpus.planted:
        for start, end in found.get(copy.document, []):
            overlap = min(end, copy.end) - max(start, copy.start)
            if (overlap >= 0.9 * (copy.end - copy.start) and overlap >= 0.9 * (end - start)):
                hits += 1
                break
    return Score(
        recall=common_chars / planted_chars if planted_chars else 1.0,
        precision=common_chars / reported_chars if reported_chars else 1.0,
        copies_found=hits / len(corpus.planted) if corpus.planted else 1.0,
    )


def _union(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _intersection(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> int:
    total = i = j = 0
    while i < len(first) and j < len(second):
        overlap = min(first[i][1], second[j][1]) - max(first[i][0], second[j][0])
        total += max(0, overlap)
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return total
