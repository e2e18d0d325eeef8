"""Where two transcriptions of one quotation agree and what they may not differ in: for
`viewer.engine.reworded_quotations`.

Pure functions of the corpus and pairs of token ranges, all pairs at once in array operations.
Two outlets' transcriptions of one remark may differ in a word's ending, a particle, a word or
two, never in what they claim: as many negations on each side ("la digue tiendra" / "la digue
ne tiendra pas": two claims), the same numbers where both give any ("40 muertos" / "42
muertos": a toll updated) (`same_claims`). Where one holds the other and a few words more, the
match is the stretch the two have in common (`common_stretch`), from the first to the last word
that stands beside the same word on the other side too.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import flat_ranges, in_sorted, unique_values
from viewer.engine.chance import written_with_spaces
from viewer.engine.tokens import INITIAL_DIGIT, TokenisedCorpus

_MIXER = np.uint64(0x9E3779B97F4A7C15)


def _keyed(corpus: TokenisedCorpus, pair: np.ndarray, position: np.ndarray) -> np.ndarray:
    """Each token's word hash mixed with its pair's index: one key per (pair, word)."""
    return np.asarray(corpus.hashes[position] ^ (pair.astype(np.uint64) * _MIXER))


def same_claims(corpus: TokenisedCorpus, first_a: np.ndarray, end_a: np.ndarray,
                 first_b: np.ndarray, end_b: np.ndarray) -> np.ndarray:
    """Whether each pair of quotations holds as many negations on each side, and gives the same
    numbers where both give any."""
    pairs = len(first_a)
    pair_a, at_a = flat_ranges(first_a, end_a)
    pair_b, at_b = flat_ranges(first_b, end_b)
    # (as many negations on each side: "is no longer a threat" / "will not be a threat")
    negation_a = in_sorted(corpus.hashes[at_a], reporting.NEGATIONS)
    negation_b = in_sorted(corpus.hashes[at_b], reporting.NEGATIONS)
    negations = (np.bincount(pair_a[negation_a], minlength=pairs)
                 == np.bincount(pair_b[negation_b], minlength=pairs))
    return np.asarray(negations & _same_numbers(corpus, pair_a, at_a, pair_b, at_b, pairs),
                      dtype=bool)


def _same_numbers(corpus: TokenisedCorpus, pair_a: np.ndarray, at_a: np.ndarray,
                  pair_b: np.ndarray, at_b: np.ndarray, pairs: int) -> np.ndarray:
    """Whether each pair's two sides give the same numbers (words opening with a digit), where
    both give any."""
    def numbers(pair: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        digit = (corpus.initials[at] & INITIAL_DIGIT) != 0
        keys, first = np.unique(_keyed(corpus, pair[digit], at[digit]), return_index=True)
        return keys, pair[digit][first]

    keys_a, owner_a = numbers(pair_a, at_a)
    keys_b, owner_b = numbers(pair_b, at_b)
    count_a = np.bincount(owner_a, minlength=pairs)
    count_b = np.bincount(owner_b, minlength=pairs)
    shared = np.bincount(owner_a[in_sorted(keys_a, keys_b)], minlength=pairs)
    return np.asarray((count_a == 0) | (count_b == 0)
                      | ((count_a == shared) & (count_b == shared)), dtype=bool)


def common_stretch(corpus: TokenisedCorpus, first_a: np.ndarray, end_a: np.ndarray,
                    first_b: np.ndarray, end_b: np.ndarray) -> tuple[np.ndarray, ...]:
    """Each pair's global token ranges from the first to the last word of each side that
    stands beside the same word on the other side too (two words in a row alike: the longer
    quotation's part that the shorter transcribes, not a "de" it happens to hold earlier). A
    side holding no such words, or written without spaces (whose tokens are characters, and
    a range cut at one may split a word), keeps its range."""
    pair_a, at_a = flat_ranges(first_a, end_a)
    pair_b, at_b = flat_ranges(first_b, end_b)
    starts_a, starts_b = _bigram_keys(corpus, pair_a, at_a), _bigram_keys(corpus, pair_b, at_b)
    shared_a = _beside_shared(pair_a, in_sorted(starts_a, unique_values(starts_b)))
    shared_b = _beside_shared(pair_b, in_sorted(starts_b, unique_values(starts_a)))
    spaced = written_with_spaces(corpus, first_a, end_a) & written_with_spaces(corpus, first_b,
                                                                                end_b)
    shared_a &= spaced[pair_a]
    shared_b &= spaced[pair_b]
    return (*_stretch(pair_a, at_a, shared_a, first_a, end_a),
            *_stretch(pair_b, at_b, shared_b, first_b, end_b))


def _bigram_keys(corpus: TokenisedCorpus, pair: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Per token of the pairs' ranges (`flat_ranges` order), a key of its pair, its word and
    the next word of the range (the range's last token: a key no other has)."""
    following = np.zeros(len(at), dtype=np.uint64)
    inside = np.concatenate((pair[1:] == pair[:-1], [False])) if len(pair) else pair.astype(bool)
    following[np.flatnonzero(inside)] = corpus.hashes[at[inside] + 1] * _MIXER
    following[~inside] = np.uint64(0x5BD1E995) * (at[~inside].astype(np.uint64) + np.uint64(1))
    return np.asarray(_keyed(corpus, pair, at) ^ (following << np.uint64(1)))


def _beside_shared(pair: np.ndarray, starts_shared: np.ndarray) -> np.ndarray:
    """Whether each token opens or closes a pair of words in a row that the other side holds
    (`starts_shared`: whether the pair of words each token opens is held there)."""
    closes = np.concatenate(([False], starts_shared[:-1] & (pair[1:] == pair[:-1]))) \
        if len(pair) else starts_shared
    return np.asarray(starts_shared | closes, dtype=bool)


def _stretch(pair: np.ndarray, at: np.ndarray, shared: np.ndarray, first: np.ndarray,
             end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pair, the first and one past the last position of its `shared` tokens; the range
    [first, end) where none is."""
    low, high = first.copy(), end.copy()
    found = np.bincount(pair[shared], minlength=len(first)) > 0
    lowest = np.full(len(first), np.iinfo(np.int64).max, dtype=np.int64)
    highest = np.full(len(first), -1, dtype=np.int64)
    np.minimum.at(lowest, pair[shared], at[shared])
    np.maximum.at(highest, pair[shared], at[shared])
    low[found], high[found] = lowest[found], highest[found] + 1
    return low, high
