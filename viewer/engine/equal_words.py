"""How many words the two sides of each pairwise match have in common (for the clustering).

Pure function of the corpus and the matches, all matches at once in array operations.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import flat_ranges, in_sorted, unique_values
from viewer.engine.matches import PairMatches
from viewer.engine.tokens import TokenisedCorpus


def equal_words_of(corpus: TokenisedCorpus, matches: PairMatches) -> np.ndarray:
    """How many words of each match are the same on both sides: position by position when the
    sides are as long, else the shorter side's words found in the longer (an upper bound).
    Sides as long whose words differ somewhere may be shifted against each other (words one
    side adds early, as many the other adds later: "The harbour master of Varrow, who ...
    returned to the quay on 16 March after a month" / "The master, who ... returned to the old
    stone quay on 16 March after spending a month"), so they count as uneven ones do, but
    never as many as their length: only sides equal word for word are exact. In array
    operations, a batch of matches at a time."""
    hashes, offsets = corpus.hashes, corpus.offsets
    first_a, first_b = offsets[matches.doc_a] + matches.a0, offsets[matches.doc_b] + matches.b0
    length_a, length_b = matches.a1 - matches.a0, matches.b1 - matches.b0
    counts = np.zeros(len(matches), dtype=np.int64)
    # A batch of matches at a time: the temporaries stay small enough for the cache (arrays of
    # every match's words cost more per word the more there are, in page faults and cache
    # misses), and the binary searches stay within a sorted array that fits it.
    even = np.flatnonzero(length_a == length_b)
    for low, high in _batches(length_a[even]):
        part = even[low:high]
        owner, at_a = flat_ranges(first_a[part], first_a[part] + length_a[part])
        at_b = at_a + np.repeat(first_b[part] - first_a[part], length_a[part])
        counts[part] = np.bincount(owner[hashes[at_a] == hashes[at_b]], minlength=len(part))
    # (a side one word short of equal word for word already counts all it can: length - 1)
    shifted = even[counts[even] < length_a[even] - 1]
    uneven = np.flatnonzero(length_a != length_b)
    for low, high in _batches(length_a[shifted]):
        part = shifted[low:high]
        found = _found_in_longer(hashes, first_a[part], first_a[part] + length_a[part],
                                 first_b[part], first_b[part] + length_b[part])
        counts[part] = np.maximum(counts[part], np.minimum(found, length_a[part] - 1))
    if not len(uneven):
        return counts
    a_shorter = length_a[uneven] < length_b[uneven]
    short_first = np.where(a_shorter, first_a[uneven], first_b[uneven])
    short_end = short_first + np.minimum(length_a[uneven], length_b[uneven])
    long_first = np.where(a_shorter, first_b[uneven], first_a[uneven])
    long_end = long_first + np.maximum(length_a[uneven], length_b[uneven])
    for low, high in _batches(long_end - long_first):
        counts[uneven[low:high]] = _found_in_longer(
            hashes, short_first[low:high], short_end[low:high], long_first[low:high],
            long_end[low:high])
    return counts


def _batches(lengths: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive [low, high) ranges of the matches, about _EQUAL_BATCH words each."""
    if not len(lengths):
        return []
    words = np.cumsum(lengths)
    ends = np.searchsorted(words, np.arange(1, int(words[-1]) // _EQUAL_BATCH + 2)
                           * _EQUAL_BATCH)
    highs = unique_values(np.minimum(ends + 1, len(lengths))).tolist()
    return list(zip([0, *highs[:-1]], highs, strict=True))


_EQUAL_BATCH = 1 << 15
"""Words of the (longer) sides compared together (`equal_words_of`)."""


def _found_in_longer(hashes: np.ndarray, short_first: np.ndarray, short_end: np.ndarray,
                     long_first: np.ndarray, long_end: np.ndarray) -> np.ndarray:
    """For each match, how many words of its shorter side its longer side holds."""
    short_owner, short_at = flat_ranges(short_first, short_end)
    long_owner, long_at = flat_ranges(long_first, long_end)
    # One uint64 key per (match, word): the word hash mixed with the match number (an odd
    # multiplier makes distinct matches' keys collide no more often than two hashes do).
    mix = np.uint64(0x9E3779B97F4A7C15)
    short_key = hashes[short_at] ^ (short_owner.astype(np.uint64) * mix)
    long_key = np.sort(hashes[long_at] ^ (long_owner.astype(np.uint64) * mix))
    return np.bincount(short_owner[in_sorted(short_key, long_key)],
                       minlength=len(short_first))
