"""Sentence spans of a paragraph: `simplemma`'s splitter, with quotations kept whole; whether a
sentence is English (`viewer.english`); and an article read paragraph by paragraph, sentence by
sentence, with the source its sentences name before a figure (`ArticleReader`).

simplemma's rule-based splitter is fast (about 100 times pysbd's speed on news text, which
matters for a thousand articles) but cuts inside a quotation and after "p.m." before a
parenthesis, a day, a month or a time zone. These are mended here: a sentence whose quotation
is still open, a piece that starts in lower case or with a bracket, or one that goes on with
the time a clock before it began ("As of 6 p.m. | Tuesday, 12 people had died", "at 6 a.m. |
GMT"), is joined to the one before. A multi-sentence quote
then stays one unit with its attribution ("“... Iraq. It is clear ...,” the statement read").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from viewer.english import ENGLISH_SHARE as ENGLISH_SHARE
from viewer.english import is_english as is_english
from viewer.figures.attribution import sentence_source
from viewer.figures.moments import EN_MONTHS, WEEKDAYS, ZONE_WORDS
from viewer.figures.pronouns import meant_by

SENTENCES_BACK = 3
"""How far back "he said" / "the statement read" looks for the source it points to."""

_OPENING = "“«"
_CLOSING = "”»"
"""Double quotation marks only: single ones double as apostrophes ("Iraq’s")."""
_CLOCK_AT_END = re.compile(r"\b[ap]\.\s?m\.\s*$", re.IGNORECASE)
_TIME_GOES_ON = re.compile(rf"(?:{WEEKDAYS}|{EN_MONTHS}|{ZONE_WORDS})\b(?![’']s)",
                           re.IGNORECASE)
"""What goes on with a clock's time rather than opening a sentence: a day, a month or a time
zone ("6 p.m. Tuesday", "6 a.m. GMT"; not "Tuesday's", a sentence's subject)."""


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """`(start, end)` of each sentence of `paragraph`, in order, covering all its text."""
    from simplemma import split_sentences

    if not paragraph.strip():
        return []
    pieces: list[tuple[int, int]] = []
    position = 0
    for text in split_sentences(paragraph, lang="en"):
        text = text.strip()
        start = paragraph.find(text, position) if text else -1
        if start < 0:
            continue  # the splitter normalised something: the neighbours absorb this piece
        pieces.append((start, start + len(text)))
        position = start + len(text)
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged and _continues(paragraph, merged[-1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if not merged:
        return [(0, len(paragraph))]
    # Close the gaps so that every offset of the paragraph belongs to one sentence.
    return [(0 if index == 0 else start,
             merged[index + 1][0] if index + 1 < len(merged) else len(paragraph))
            for index, (start, _end) in enumerate(merged)]


def _continues(paragraph: str, previous: tuple[int, int], start: int) -> bool:
    """Whether the piece at `start` belongs to the sentence `previous`."""
    first = paragraph[start : start + 1]
    if first.islower() or first in "([":
        return True
    before = paragraph[previous[0] : previous[1]]
    if _CLOCK_AT_END.search(before) and _TIME_GOES_ON.match(paragraph, start):
        return True
    return _quote_open(before)


def _quote_open(sentence: str) -> bool:
    curly = sum(sentence.count(mark) for mark in _OPENING)
    curly -= sum(sentence.count(mark) for mark in _CLOSING)
    return curly > 0 or sentence.count('"') % 2 == 1


def _paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    position = start
    for line in text[start:].split("\n"):
        if line.strip():
            yield position, line
        position += len(line) + 1


def containing(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The span of `spans` (sentences) holding `offset` (the last one if none does)."""
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return spans[-1] if spans else (0, 0)


class ArticleReader:
    """An article's paragraphs and their sentence spans (split once, on first need), and the
    source its sentences name before a point (`attribution.sentence_source`)."""

    def __init__(self, text: str, body_start: int) -> None:
        self.paragraphs = list(_paragraphs(text, body_start))
        self._spans: dict[int, list[tuple[int, int]]] = {}
        self._text: str | None = None

    def sentences(self, index: int) -> list[tuple[int, int]]:
        if index not in self._spans:
            self._spans[index] = sentence_spans(self.paragraphs[index][1])
        return self._spans[index]

    def antecedent(self, index: int, sentence_start: int,
                   back: int = SENTENCES_BACK, pronoun: str = "") -> str | None:
        """The last source named in the few (`back`) sentences before the one at
        `sentence_start` of paragraph `index`; for a "he" or "she", the last one it can stand
        for (`pronouns.meant_by`: not a speaker the text gives the other gender, none where
        two people could be meant)."""
        earlier: list[str] = []
        for before in range(max(0, index - back), index + 1):
            paragraph = self.paragraphs[before][1]
            earlier += [paragraph[start:end] for start, end in self.sentences(before)
                        if before < index or start < sentence_start]
        speakers = [source for sentence in reversed(earlier[-back:])
                    if (source := sentence_source(sentence)) is not None]
        if not speakers:
            return None
        if len(speakers) == 1 and not pronoun:
            return speakers[0]
        return meant_by(pronoun, speakers, self.text())

    def text(self) -> str:
        """The article's paragraphs, for what the whole text says of a speaker."""
        if self._text is None:
            self._text = "\n".join(paragraph for _start, paragraph in self.paragraphs)
        return self._text
