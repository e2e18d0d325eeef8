"""Matches start and end at whole words: never inside a hyphenated compound, and never start
inside a Japanese word spelt with kana.

Pure function used by the chaining stage on all of its matches at once. The tokeniser splits
words at hyphens ("well-equipped" and "well equipped" give the same tokens), so two outlets'
"Oscar-winning actor Robin Williams" and "award-winning actor Robin Williams" match from
"winning": a passage that starts in the middle of a word on the page. Here a match's first
(last) token that is the second (first) part of a hyphenated word in either document is left
out, until the match starts (ends) at a whole word. What both documents write alike, the whole
compound, is matched whole already.

Japanese is tokenised character by character, so "新しい元号" and "あたらしい元号" match from
"しい": a highlight that starts inside a word. A match's first token that is kana written right
onto the character before it in either document (hiragana after kanji or hiragana: okurigana or
a particle; katakana after katakana) is left out the same way, until the match starts at a
kanji, after punctuation or a space, or at the start of a text. Ends are left as they are:
without a dictionary a particle after a noun (a word's end) and okurigana (inside a word) look
alike there.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.extend import Spans
from viewer.engine.tokens import (
    INITIAL_HIRAGANA,
    INITIAL_IDEOGRAPH,
    INITIAL_KATAKANA,
    TokenisedCorpus,
)

MAX_PARTS = 4
"""The most parts of one compound left out at an edge ("state-of-the-art" has four)."""
MAX_KANA = 6
"""The most kana left out at a match's start (okurigana and a particle after them)."""


def trim_split_words(corpus: TokenisedCorpus, spans: Spans) -> None:
    """Move each match's edges (in place) off the parts of hyphenated words (module
    docstring); a match left with nothing keeps no words (a0 == a1)."""
    for _ in range(MAX_PARTS - 1):
        head = _joined(corpus, spans.doc_a, spans.a0 - 1, spans.a0) | _joined(
            corpus, spans.doc_b, spans.b0 - 1, spans.b0)
        tail = _joined(corpus, spans.doc_a, spans.a1 - 1, spans.a1) | _joined(
            corpus, spans.doc_b, spans.b1 - 1, spans.b1)
        head &= spans.size > 0
        tail &= spans.size - head > 0
        if not (head.any() or tail.any()):
            return
        spans.a0 = spans.a0 + head
        spans.b0 = spans.b0 + head
        spans.a1 = spans.a1 - tail
        spans.b1 = spans.b1 - tail


def trim_kana_continuations(corpus: TokenisedCorpus, spans: Spans) -> None:
    """Move each match's start (in place) off kana that continue the word written before it in
    either document (module docstring); a match keeps at least one token."""
    for _ in range(MAX_KANA):
        head = (_continues_word(corpus, spans.doc_a, spans.a0)
                | _continues_word(corpus, spans.doc_b, spans.b0)) & (spans.size > 1)
        if not head.any():
            return
        spans.a0 = spans.a0 + head
        spans.b0 = spans.b0 + head


def _continues_word(corpus: TokenisedCorpus, docs: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Whether document-local token `first` of each match is kana written with nothing between
    it and the token before it, of the same word (hiragana after kanji or kana, katakana after
    katakana)."""
    base = corpus.offsets[docs]
    at = base + first
    inside = (first > 0) & (at < corpus.offsets[docs + 1])
    at = np.where(inside, at, base)
    before = np.maximum(at - 1, 0)
    touching = inside & (corpus.ends[before] == corpus.starts[at])
    kind, previous = corpus.initials[at], corpus.initials[before]
    hiragana = ((kind & INITIAL_HIRAGANA) != 0) & ((previous & INITIAL_IDEOGRAPH) != 0)
    katakana = ((kind & INITIAL_KATAKANA) != 0) & ((previous & INITIAL_KATAKANA) != 0)
    return np.asarray(touching & (hiragana | katakana), dtype=bool)


def _joined(corpus: TokenisedCorpus, docs: np.ndarray, left: np.ndarray,
            right: np.ndarray) -> np.ndarray:
    """Whether document-local tokens `left` and `right` (= left + 1) of each match are parts of
    one word: both in the document, one hyphen and nothing else between them (the gap's
    `breaks.HYPHEN_JOIN`, marked by the tokeniser)."""
    count = corpus.offsets[docs + 1] - corpus.offsets[docs]
    inside = (left >= 0) & (right < count)
    # (gap k of document d, between its tokens k - 1 and k, is at offsets[d] + d + k)
    gap = corpus.offsets[docs] + docs + np.clip(right, 0, count)
    return np.asarray(inside & ((corpus.gaps[gap] & breaks.HYPHEN_JOIN) != 0), dtype=bool)
