"""Chance: how many more words two documents' shared phrase needs the longer the documents are.

Pure functions of document lengths. Two news articles of up to CHANCE_FREE_WORDS words each
rarely share a six-word phrase, or a three-word quotation, by chance; two chapters of a novel
do ("I do not know what to", "Upon my word"). Each doubling of the product of the two lengths
past that of two such articles doubles the expected number of chance matches of a given length,
and one more word in a row divides it by about as much, so a match needs a word more per
doubling. Between such long texts a phrase one of them says again is its habit, too
(`in_long_texts`). In scripts written without spaces each character is a token, and a
character is less than a word: `as_words` counts them as the words they make (and a Korean
word written as one run of syllables as HANGUL_RUN_WORDS words at most).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import numpy as np

from viewer.engine.arrays import flat_ranges
from viewer.engine.tokens import (
    INITIAL_DIGIT,
    INITIAL_HANGUL,
    INITIAL_IDEOGRAPH,
    INITIAL_KATAKANA,
    INITIAL_SYLLABIC,
    TokenisedCorpus,
)

CHANCE_FREE_WORDS = 2000
"""Two documents of up to this many words each share a short phrase rarely by chance."""
IDEOGRAPHS_PER_WORD = 2
"""Characters of Chinese or Japanese per word, about (a word of Chinese is one to three
characters, most often two)."""
HANGUL_RUN_WORDS = 3
"""The most words a run of Hangul syllables with no space between counts as: Korean is written
with spaces, a word taking its particles and endings ("배치함으로써"), but a compound noun written
as one word is one name, an institution's ("중앙재난안전대책본부", thirteen syllables), not the
six words a shared sentence needs."""
HANGUL_COMPOUND_SYLLABLES = 14
"""The longest run of Hangul syllables read as one word, a compound: a longer run is a sentence
written without its spaces (pasted from social media, or a page that lost them), counted two
syllables a word as before."""
KATAKANA_PER_WORD = 4
"""Katakana per word, about: a loanword or foreign name spells each of its syllables
("ドラゴンボール", Dragon Ball; "コーポレーション", corporation), so a word of it is as long as
one of Thai, not a word of ideographs."""
SYLLABIC_LETTERS_PER_WORD = 4
"""Letters of Thai, Lao, Khmer or Myanmar per word, about (the tokeniser keeps each letter
with its marks)."""


def as_words(corpus: TokenisedCorpus, doc: np.ndarray, first: np.ndarray, end: np.ndarray,
             tokens: np.ndarray) -> np.ndarray:
    """`tokens` (a count of tokens of each range [first, end) of document `doc`, such as the
    words a match's two sides have in common) as words: the same where the range holds no
    character of a script without spaces; there each character counts as the share of a word
    it is (IDEOGRAPHS_PER_WORD, KATAKANA_PER_WORD, SYLLABIC_LETTERS_PER_WORD), in proportion.
    Six characters of Chinese ("外交部发言人", a foreign ministry's spokesman) are three words,
    not six."""
    counts = tokens.astype(np.float64)
    total = _words_before(corpus)
    if total is None:  # (text in scripts with spaces only: nothing to count again)
        return counts
    low, high = corpus.offsets[doc] + first, corpus.offsets[doc] + end
    length = np.maximum(high - low, 1)
    return np.asarray(counts * (total[high] - total[low]) / length, dtype=np.float64)


_WORDS_BEFORE: WeakKeyDictionary[TokenisedCorpus, np.ndarray | None] = WeakKeyDictionary()
"""Each corpus's `_words_before`, made once: the clustering and the fragments both ask."""


def _words_before(corpus: TokenisedCorpus) -> np.ndarray | None:
    """Words before each global token position (len(tokens) + 1 floats), a character of a
    script without spaces counting as its share of a word; None when the corpus has none."""
    if corpus in _WORDS_BEFORE:
        return _WORDS_BEFORE[corpus]
    unspaced = corpus.initials & (INITIAL_IDEOGRAPH | INITIAL_SYLLABIC)
    total = None
    if unspaced.any():
        share = np.ones(len(unspaced), dtype=np.float64)
        share[(unspaced & INITIAL_IDEOGRAPH) != 0] = 1 / IDEOGRAPHS_PER_WORD
        share[(unspaced & INITIAL_SYLLABIC) != 0] = 1 / SYLLABIC_LETTERS_PER_WORD
        share[(corpus.initials & INITIAL_KATAKANA) != 0] = 1 / KATAKANA_PER_WORD
        # (a number written against the ideograph after it is one word with its counter,
        # "5点", "17人", "12日": "「5点の衣類」", the five pieces of clothing a Japanese court
        # named, made three words with the number counted whole, and was a fragment)
        counted = np.zeros(len(unspaced), dtype=bool)
        counted[:-1] = (((corpus.initials[:-1] & INITIAL_DIGIT) != 0)
                        & ((corpus.initials[1:] & INITIAL_IDEOGRAPH) != 0)
                        & (corpus.ends[:-1] == corpus.starts[1:]))
        last = corpus.offsets[1:] - 1  # (no document's last token is counted with the next's)
        counted[last[(last >= 0) & (last < len(counted))]] = False
        share[counted] = 1 / IDEOGRAPHS_PER_WORD
        hangul = (corpus.initials & INITIAL_HANGUL) != 0
        if hangul.any():
            # (Korean is written with spaces: a run of syllables with nothing between them is
            # one word, its particles and endings included)
            glued = np.zeros(len(hangul), dtype=bool)
            glued[1:] = hangul[1:] & hangul[:-1] & (corpus.starts[1:] == corpus.ends[:-1])
            # (no run goes on into the next document; an empty one starts where the next does,
            # or at the very end)
            starts = corpus.offsets[:-1]
            glued[starts[starts < len(glued)]] = False
            run = np.cumsum(~glued) - 1
            length = np.bincount(run)[run[hangul]]
            # (a compound's length; a longer run is a sentence that lost its spaces)
            compound = length <= HANGUL_COMPOUND_SYLLABLES
            share[hangul] = np.where(compound, np.minimum(1 / IDEOGRAPHS_PER_WORD,
                                                          HANGUL_RUN_WORDS / length),
                                     1 / IDEOGRAPHS_PER_WORD)
        total = np.concatenate(([0.0], np.cumsum(share)))
    _WORDS_BEFORE[corpus] = total
    return total


def written_with_spaces(corpus: TokenisedCorpus, firsts: np.ndarray,
                        ends: np.ndarray) -> np.ndarray:
    """Whether each global token range [first, end) holds no character of a script without
    spaces: there its tokens are words (a character of such a script is no word)."""
    owner, positions = flat_ranges(firsts, ends)
    unspaced = (corpus.initials[positions] & (INITIAL_IDEOGRAPH | INITIAL_SYLLABIC)) != 0
    return np.asarray(np.bincount(owner[unspaced], minlength=len(firsts)) == 0, dtype=bool)


def chance_words(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray) -> np.ndarray:
    """For each pair of documents, how many words more than between two short articles a
    phrase they share needs: one per doubling of the product of their lengths (in words) past
    CHANCE_FREE_WORDS squared, none below it."""
    lengths = np.diff(corpus.offsets).astype(np.float64)
    doublings = np.log2(np.maximum(lengths[doc_a] * lengths[doc_b], 1.0) / CHANCE_FREE_WORDS**2)
    return np.asarray(np.floor(np.maximum(doublings, 0.0)), dtype=np.int64)


def in_long_texts(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray) -> np.ndarray:
    """Whether each pair of documents is longer than two long news articles (CHANCE_FREE_WORDS
    each, their lengths' product): there a phrase said again is the text's habit (a novel's
    names, idioms, chapter titles listed and then given); in an article it is the outlet
    quoting again a statement it gives whole (its lead quotes a phrase of it)."""
    lengths = np.diff(corpus.offsets).astype(np.float64)
    return np.asarray(lengths[doc_a] * lengths[doc_b] > CHANCE_FREE_WORDS ** 2)
