"""Stage 3, candidate pairs: runs of shared n-grams for each pair of documents that shares any.

Pure function of the index. Only document pairs that share an n-gram appear (sparse); an
n-gram found at many places pairs its places hub-to-all (its first few places are the hubs), so
the pair count grows linearly with its documents, and the passage still clusters through the
hubs. Seed pairs on one diagonal of a document pair are runs of exact match.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.engine.index import NgramIndex
from viewer.engine.tokens import TokenisedCorpus

STAR_ABOVE = 32
"""An n-gram found at more places than this is paired hub-to-all instead of all-to-all..."""
STAR_HUBS = 2
"""... with its first few places as the hubs."""


@dataclass(frozen=True, eq=False)
class SeedRuns:
    """Runs of exact n-gram matches between two documents (doc_a < doc_b), document-local
    token indices, sorted by (doc_a, doc_b, a0, b0); `length` counts tokens covered."""

    doc_a: np.ndarray
    doc_b: np.ndarray
    a0: np.ndarray
    b0: np.ndarray
    length: np.ndarray

    @staticmethod
    def empty() -> SeedRuns:
        none = np.zeros(0, dtype=np.int64)
        return SeedRuns(none, none, none, none, none)

    def __len__(self) -> int:
        return len(self.a0)


def candidate_seeds(corpus: TokenisedCorpus, index: NgramIndex) -> SeedRuns:
    """Seed runs of every document pair that shares an n-gram (module docstring)."""
    n = index.ngram_size
    posting, posting_doc, group_size = index.posting, index.posting_doc, index.group_size
    if not len(group_size):
        return SeedRuns.empty()
    offsets = corpus.offsets
    layout = _KeyLayout(len(offsets) - 2, int(np.diff(offsets).max()))
    size_of = np.repeat(group_size, group_size)
    rank = _ranks(group_size)
    # Place i pairs with place i + step of its group. Within a group places are in increasing
    # position, so the left place's document comes first (doc_a < doc_b when they differ).
    keys: list[np.ndarray] = []
    candidates = np.flatnonzero((size_of >= 2) & ((size_of <= STAR_ABOVE) | (rank < STAR_HUBS)))
    local = posting - offsets[posting_doc]
    step = 1
    while len(candidates):
        candidates = candidates[rank[candidates] + step < size_of[candidates]]
        if not len(candidates):
            break
        left, right = candidates, candidates + step
        different = posting_doc[left] != posting_doc[right]
        left, right = left[different], right[different]
        # Each step's pairs become sort keys at once: no array of all pairs' fields is held.
        keys.append(layout.keys(posting_doc[left], posting_doc[right], local[left],
                                local[right] - local[left]))
        step += 1
    if not keys:
        return SeedRuns.empty()
    joined = np.concatenate(keys, axis=-1)
    del keys
    return _seed_runs(layout, joined, n)


class _KeyLayout:
    """A seed pair's (doc_a, doc_b, diagonal, a_index) packed into one int64 sort key, most
    significant first, when the corpus is small enough for the four to fit in 63 bits (one
    plain sort of the keys is several times faster than a four-key lexsort, and runs of exact
    match are then keys that follow each other: key + 1 is the next window on the diagonal).
    Larger corpora keep the four fields as rows and sort them with lexsort."""

    def __init__(self, last_doc: int, longest: int) -> None:
        self.longest = longest
        """Bounds any document's token count: a diagonal lies in (-longest, longest)."""
        self.doc_bits = max(1, last_doc.bit_length())
        self.index_bits = max(1, longest.bit_length())
        self.diagonal_bits = self.index_bits + 1
        self.packed = 2 * self.doc_bits + self.diagonal_bits + self.index_bits <= 63

    def keys(self, doc_a: np.ndarray, doc_b: np.ndarray, a_index: np.ndarray,
             diagonal: np.ndarray) -> np.ndarray:
        """Packed keys, or the four fields as rows (see the class docstring)."""
        if not self.packed:
            return np.stack((doc_a, doc_b, diagonal, a_index))
        keys = doc_a << (self.doc_bits + self.diagonal_bits + self.index_bits)
        keys |= doc_b << (self.diagonal_bits + self.index_bits)
        keys |= (diagonal + self.longest) << self.index_bits
        keys |= a_index
        return keys

    def fields(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(doc_a, doc_b, diagonal, a_index) of packed keys."""
        a_index = keys & ((1 << self.index_bits) - 1)
        keys = keys >> self.index_bits
        diagonal = (keys & ((1 << self.diagonal_bits) - 1)) - self.longest
        keys >>= self.diagonal_bits
        return keys >> self.doc_bits, keys & ((1 << self.doc_bits) - 1), diagonal, a_index


def _seed_runs(layout: _KeyLayout, keys: np.ndarray, n: int) -> SeedRuns:
    """Runs of consecutive windows on one diagonal of one document pair, from the seed pairs'
    keys (duplicates never join a run)."""
    if layout.packed:
        keys.sort()
        breaks = np.ones(len(keys), dtype=bool)
        breaks[1:] = keys[1:] != keys[:-1] + 1
        first = np.flatnonzero(breaks)
        seg_a, seg_b, diagonal, a0 = layout.fields(keys[first])
        count = len(keys)
    else:
        doc_a, doc_b, diagonals, a_index = keys[:, np.lexsort(keys[::-1])]
        breaks = np.ones(len(a_index), dtype=bool)
        breaks[1:] = ((doc_a[1:] != doc_a[:-1]) | (doc_b[1:] != doc_b[:-1])
                      | (diagonals[1:] != diagonals[:-1]) | (a_index[1:] != a_index[:-1] + 1))
        first = np.flatnonzero(breaks)
        seg_a, seg_b, diagonal, a0 = doc_a[first], doc_b[first], diagonals[first], a_index[first]
        count = len(a_index)
    run = np.diff(np.append(first, count))
    b0 = a0 + diagonal
    order = _pair_order(layout, seg_a, seg_b, a0, b0)
    return SeedRuns(seg_a[order], seg_b[order], a0[order], b0[order], (run + n - 1)[order])


def _pair_order(layout: _KeyLayout, seg_a: np.ndarray, seg_b: np.ndarray, a0: np.ndarray,
                b0: np.ndarray) -> np.ndarray:
    """The stable order of the runs by (doc_a, doc_b, a0, b0), given runs already in document
    pair order: the pair's rank and the two starts packed into one int64 key when they fit
    (one sort of one key: some twenty times faster than the four-key lexsort it replaces)."""
    new_pair = np.ones(len(seg_a), dtype=bool)
    new_pair[1:] = (seg_a[1:] != seg_a[:-1]) | (seg_b[1:] != seg_b[:-1])
    bits = layout.index_bits  # a0 and b0 are below any document's token count
    if len(seg_a).bit_length() + 2 * bits > 63:
        return np.lexsort((b0, a0, seg_b, seg_a))
    keys = (np.cumsum(new_pair) - 1) << (2 * bits)
    keys |= a0 << bits
    keys |= b0
    order: np.ndarray = np.argsort(keys, kind="stable")
    return order


def _ranks(sizes: np.ndarray) -> np.ndarray:
    """0..size-1 for each group, concatenated."""
    total = int(sizes.sum())
    starts = np.repeat(np.cumsum(sizes) - sizes, sizes)
    ranks: np.ndarray = np.arange(total, dtype=np.int64) - starts
    return ranks
