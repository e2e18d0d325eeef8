"""Stage 5e, datelines left out: an occurrence that opens a paragraph with a wire story's
dateline starts after it.

Pure function of the corpus and the statements. Agencies open a story with where (and when, and
whose) it is: "FRANKFURT - ", "LONDON, Sept 8 (Reuters) - ", "Frankfurt/Main (dpa) | ", "PARIS
(AFP) — ". Outlets reprinting the story keep it, so the match between two reprints starts there,
and the highlight holds a place name that is nobody's text. A dateline is DATELINE_WORDS words
or fewer at the start of a paragraph, each capitalised, a number or inside parentheses (the
agency), followed by a dash or a bar between spaces and a capital letter: the story's first
word. Before a dash, more than one word needs a word only datelines have (a place in capitals,
a date's number, the agency in parentheses). "Boris Johnson – the prime minister – said" is no
dateline (no capital after the dash), nor "Keir Starmer – Prime Minister since July – said"
(a name), nor "If this were to happen, we – UEFA ..." (words in lower case before it).
The German press writes the place alone, then a full stop: "Karlsruhe. Die Bundesanwaltschaft
hat ..." (a word of four letters or more, no title's abbreviation: "Prof. Tamm said" is none; in
one of the document's first lines, where its story opens: "Absolutely. We will ..." further down
is someone's words).
The stories stage asks the same of a statement near another (`rarer_dated`): one that opens
with its own dateline there is another agency's story.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine.statements import Statements, with_extents
from viewer.engine.tokens import TokenisedCorpus

DATELINE_WORDS = 5
"""The most words a dateline holds: "LONDON, Sept 8 (Reuters)" is four."""
_SEPARATOR = re.compile(r"^[\s,.()]*\s[-–—|]\s+$|^\)?\s*[-–—|]\s+$")
"""The text between a dateline's last word and the story's first: a dash or bar between spaces,
maybe after the agency's closing parenthesis ("(dpa) - ")."""
_OPEN_PARENTHESIS = re.compile(r"\(\s*$")


def without_datelines(corpus: TokenisedCorpus, statements: Statements) -> Statements:
    """`statements` with each occurrence that opens a paragraph with a dateline (module
    docstring) starting after it; sorted as before (a start moves by a few words at most, past
    no other occurrence's start of the same statement and document)."""
    if not len(statements):
        return statements
    moved = statements.first.copy()
    moved += _datelines(corpus, statements.doc, corpus.offsets[statements.doc] + statements.first,
                        statements.end - statements.first)
    if np.array_equal(moved, statements.first):
        return statements
    return with_extents(statements, moved, statements.end)


def _datelines(corpus: TokenisedCorpus, doc: np.ndarray, first: np.ndarray,
               length: np.ndarray) -> np.ndarray:
    """For occurrences in documents `doc` starting at global tokens `first`, `length` words
    long, how many words of a dateline each opens a paragraph with (0: none)."""
    words = np.zeros(len(first), dtype=np.int64)
    for k in np.flatnonzero(corpus.line_start[first] & (length > DATELINE_WORDS + 1)).tolist():
        words[k] = _dateline_words(corpus, int(doc[k]), int(first[k]), int(length[k]))
    return words


def _dateline_words(corpus: TokenisedCorpus, doc: int, first: int, length: int) -> int:
    """How many words of a dateline the occurrence starting at global token `first` opens
    with (0: none)."""
    text = corpus.texts[doc]
    inside = False
    # (whether a word so far is one a dateline has and a name or a title does not: a place in
    # capitals, a date's number, the agency in parentheses)
    marked = False
    for words in range(1, min(DATELINE_WORDS, length - 1) + 1):
        token = first + words - 1
        start, end = int(corpus.starts[token]), int(corpus.ends[token])
        before = text[int(corpus.ends[token - 1]):start] if words > 1 else ""
        inside = inside or bool(_OPEN_PARENTHESIS.search(before))
        word = text[start:end]
        if not (inside or word[:1].isupper() or word[:1].isdigit()):
            return 0
        marked = marked or inside or word.isupper() or word[:1].isdigit()
        following = int(corpus.starts[token + 1])
        between = text[end:following]
        if "\n" in between:
            return 0
        if ")" in between:
            inside = False
        if (_SEPARATOR.match(between) and text[following:following + 1].isupper()
                and (marked or words == 1 or "|" in between)):
            return words
        if (words == 1 and text[start - 1:start] in ("", "\n")
                and _place_and_full_stop(word, between, text[following:following + 1])
                and _story_opening(corpus, doc, first)):
            return 1
    return 0


OPENING_LINES = 3
"""A place and a full stop is a dateline only in one of a document's first lines (a headline, a
teaser, the story's first paragraph): further down, "Absolutely. We will ..." opens someone's
words."""


def _story_opening(corpus: TokenisedCorpus, doc: int, first: int) -> bool:
    """Whether global token `first` stands in one of `doc`'s first OPENING_LINES lines."""
    low = int(corpus.offsets[doc])
    return int(np.count_nonzero(corpus.line_start[low + 1:first + 1])) < OPENING_LINES


_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "st", "prof", "gov", "sen", "rep", "gen", "capt", "sgt", "lt",
    "col", "maj", "adm", "supt", "insp", "cmdr", "rev", "hon", "sept", "dept", "corp", "inc",
    "jr", "sr", "no", "nr"))
"""Words a full stop abbreviates before a name ("Prof. Tamm", "Gov. Moore"): no place."""


def _place_and_full_stop(word: str, between: str, following: str) -> bool:
    """Whether a paragraph's first word, a full stop and a capital after it are the German
    press's dateline ("Karlsruhe. Die Bundesanwaltschaft hat ..."): a capitalised word of
    four letters or more, no abbreviation of a title (and no quotation mark before it: '“Nein.
    Wir ...' is someone's words)."""
    return (between.startswith(". ") and not between[1:].strip() and following.isupper()
            and len(word) >= 4 and word[:1].isupper() and word.isalpha()
            and word.lower() not in _ABBREVIATIONS)


def rarer_dated(corpus: TokenisedCorpus, statements: Statements, keys: np.ndarray,
                spread: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """For statement pair `keys` (low * count + high), whether the rarer of the two (by
    `spread`) opens with a dateline in a document printing it near the other (`left`,
    `right`): another agency's story, not a paragraph of the other
    (`viewer.engine.stories`)."""
    count = statements.count
    rarer = np.where(spread[keys // count] <= spread[keys % count], keys // count, keys % count)
    rows = np.concatenate((left, right))
    pair = np.tile(np.minimum(statements.statement[left], statements.statement[right]) * count
                   + np.maximum(statements.statement[left], statements.statement[right]), 2)
    at = np.searchsorted(keys, pair)
    at[at == len(keys)] = 0
    # (the occurrences of each pair's rarer statement near an occurrence of the other)
    asked = np.flatnonzero((keys[at] == pair) & (statements.statement[rows] == rarer[at]))
    found = np.zeros(len(keys), dtype=bool)
    if not len(asked):
        return found
    occurrences = rows[asked]
    doc = statements.doc[occurrences]
    dated = _datelines(corpus, doc, corpus.offsets[doc] + statements.first[occurrences],
                       statements.end[occurrences] - statements.first[occurrences]) > 0
    found[at[asked[dated]]] = True
    return found
