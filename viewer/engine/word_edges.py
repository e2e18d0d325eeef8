"""Matches start and end at whole words: never inside a hyphenated compound or a Korean word,
and never start inside a Japanese word spelt with kana.

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

Korean is tokenised syllable by syllable too, but its words are written apart: a match's
first (last) syllable written right onto the one before (after) it in either document is left
out the same way, until the match starts (ends) at a space or punctuation; and so is a first
or last word the two documents write differently. A word's ending or particle says what the
word does ("책임을 지겠습니다", will take responsibility / "책임을 지지 않았습니다", took none):
the syllables two such words share ("습니다") are no shared text.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from viewer.engine import breaks
from viewer.engine.arrays import flat_ranges
from viewer.engine.extend import Spans
from viewer.engine.tokens import (
    INITIAL_HANGUL,
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
    _trim_while_joined(corpus, spans, _joined, MAX_PARTS - 1, keep=0)


def _trim_while_joined(corpus: TokenisedCorpus, spans: Spans,
                       joined: Callable[[TokenisedCorpus, np.ndarray, np.ndarray, np.ndarray],
                                        np.ndarray],
                       rounds: int, *, keep: int) -> None:
    """Move each match's edges (in place) a token inwards while the token at the edge and the
    one outside it are `joined` in either document, at most `rounds` times, the match keeping
    more than `keep` tokens."""
    for _ in range(rounds):
        head = (joined(corpus, spans.doc_a, spans.a0 - 1, spans.a0)
                | joined(corpus, spans.doc_b, spans.b0 - 1, spans.b0)) & (spans.size > keep)
        tail = (joined(corpus, spans.doc_a, spans.a1 - 1, spans.a1)
                | joined(corpus, spans.doc_b, spans.b1 - 1, spans.b1))
        tail &= spans.size - head > keep
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


MAX_WORD_TOKENS = 64
"""The most tokens of one Korean word (with the digits or letters written onto it) that an
edge is moved over: an official body's name runs to a dozen syllables ("중앙재난안전대책본부는")."""


def trim_korean_word_parts(corpus: TokenisedCorpus, spans: Spans) -> None:
    """Move each match's edges (in place) off the syllables of a Korean word it holds only part
    of in either document, and off a first or last Korean word the two documents write
    differently, by as many tokens on both sides, to where a word starts (ends) in both (module
    docstring); a match keeps at least one token."""
    _trim_partial_words(corpus, spans)
    # (a last or first word whose syllables differ: "지겠습니다" / "않았습니다" share "습니다")
    head_a, head_b = _word_ends(corpus, spans.doc_a, spans.a0, 1), _word_ends(
        corpus, spans.doc_b, spans.b0, 1)
    tail_a, tail_b = _word_ends(corpus, spans.doc_a, spans.a1 - 1, -1), _word_ends(
        corpus, spans.doc_b, spans.b1 - 1, -1)
    head = ~_same_words(corpus, spans, spans.a0, head_a + 1, spans.b0, head_b + 1)
    tail = ~_same_words(corpus, spans, tail_a, spans.a1, tail_b, spans.b1)
    head &= _hangul(corpus, spans.doc_a, spans.a0) | _hangul(corpus, spans.doc_b, spans.b0)
    tail &= _hangul(corpus, spans.doc_a, spans.a1 - 1) | _hangul(corpus, spans.doc_b, spans.b1 - 1)
    # (the same count on both sides, past the longer of the two first words and on to where
    # a word starts in both: "최고경영자로서" / "최고 경영자로서" are one word and two)
    skip = np.maximum(head_a + 1 - spans.a0, head_b + 1 - spans.b0)
    drop = np.maximum(spans.a1 - tail_a, spans.b1 - tail_b)
    for _ in range(MAX_WORD_TOKENS):
        inside = head & (_syllables_touch(corpus, spans.doc_a, spans.a0 + skip - 1,
                                          spans.a0 + skip)
                         | _syllables_touch(corpus, spans.doc_b, spans.b0 + skip - 1,
                                            spans.b0 + skip))
        outside = tail & (_syllables_touch(corpus, spans.doc_a, spans.a1 - drop - 1,
                                           spans.a1 - drop)
                          | _syllables_touch(corpus, spans.doc_b, spans.b1 - drop - 1,
                                             spans.b1 - drop))
        if not (inside.any() or outside.any()):
            break
        skip, drop = skip + inside, drop + outside
    head &= skip < spans.size
    tail &= drop < spans.size - np.where(head, skip, 0)
    spans.a0, spans.b0 = spans.a0 + head * skip, spans.b0 + head * skip
    spans.a1, spans.b1 = spans.a1 - tail * drop, spans.b1 - tail * drop


def _hangul(corpus: TokenisedCorpus, docs: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Whether document-local token `at` of each match is a Hangul syllable."""
    inside = (at >= 0) & (corpus.offsets[docs] + at < corpus.offsets[docs + 1])
    token = np.where(inside, corpus.offsets[docs] + at, 0)
    return np.asarray(inside & ((corpus.initials[token] & np.uint8(INITIAL_HANGUL)) != 0))


def _word_ends(corpus: TokenisedCorpus, docs: np.ndarray, at: np.ndarray,
               step: int) -> np.ndarray:
    """From document-local token `at` of each match, the last token of its Korean word going
    `step` (+1: forward, -1: back): `at` itself where it is no syllable of a longer word."""
    found = at.copy()
    for _ in range(MAX_WORD_TOKENS):
        left, right = (found, found + 1) if step > 0 else (found - 1, found)
        more = _syllables_touch(corpus, docs, left, right)
        if not more.any():
            break
        found = found + step * more
    return found


def _same_words(corpus: TokenisedCorpus, spans: Spans, first_a: np.ndarray,
                end_a: np.ndarray, first_b: np.ndarray, end_b: np.ndarray) -> np.ndarray:
    """Whether the local token ranges [first_a, end_a) of each match's first document and
    [first_b, end_b) of its second hold the same tokens."""
    same = (end_a - first_a) == (end_b - first_b)
    ask = np.flatnonzero(same & (end_a > first_a))
    base_a, base_b = corpus.offsets[spans.doc_a[ask]], corpus.offsets[spans.doc_b[ask]]
    owner, at_a = flat_ranges(base_a + first_a[ask], base_a + end_a[ask])
    at_b = at_a + np.repeat(base_b + first_b[ask] - base_a - first_a[ask],
                            end_a[ask] - first_a[ask])
    differ = np.bincount(owner[corpus.hashes[at_a] != corpus.hashes[at_b]], minlength=len(ask))
    same[ask] = differ == 0
    return np.asarray(same, dtype=bool)


def _trim_partial_words(corpus: TokenisedCorpus, spans: Spans) -> None:
    """Move each match's edges off the syllables of a Korean word it holds only part of."""
    _trim_while_joined(corpus, spans, _syllables_touch, MAX_WORD_TOKENS, keep=1)


def _syllables_touch(corpus: TokenisedCorpus, docs: np.ndarray, left: np.ndarray,
                     right: np.ndarray) -> np.ndarray:
    """Whether document-local tokens `left` and `right` (= left + 1) of each match are parts of
    one Korean word: both in the document, nothing between them, one a Hangul syllable at
    least (a digit or letters written onto syllables are the word's too: "3명이")."""
    base = corpus.offsets[docs]
    inside = (left >= 0) & (base + right < corpus.offsets[docs + 1])
    at_left = np.where(inside, base + left, 0)
    at_right = np.where(inside, base + right, 0)
    hangul = np.uint8(INITIAL_HANGUL)
    return np.asarray(inside & (corpus.ends[at_left] == corpus.starts[at_right])
                      & (((corpus.initials[at_left] & hangul) != 0)
                         | ((corpus.initials[at_right] & hangul) != 0)), dtype=bool)


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
