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
    size_of = np.repeat(group_size, group_size)
    rank = _ranks(group_size)
    left_parts: list[np.ndarray] = []
    right_parts: list[np.ndarray] = []
    candidates = np.flatnonzero((size_of >= 2) & ((size_of <= STAR_ABOVE) | (rank < STAR_HUBS)))
    step = 1
    while len(candidates):
        candidates = candidates[rank[candidates] + step < size_of[candidates]]
        if not len(candidates):
            break
        different = posting_doc[candidates] != posting_doc[candidates + step]
        left_parts.append(candidates[different])
        right_parts.append(candidates[different] + step)
        step += 1
    if not left_parts:
        return SeedRuns.empty()
    left_place = np.concatenate(left_parts)
    right_place = np.concatenate(right_parts)
    left, right = posting[left_place], posting[right_place]
    left_doc, right_doc = posting_doc[left_place], posting_doc[right_place]
    swap = left > right
    left, right = np.where(swap, right, left), np.where(swap, left, right)
    doc_a, doc_b = np.where(swap, right_doc, left_doc), np.where(swap, left_doc, right_doc)
    offsets = corpus.offsets
    a_local = left - offsets[doc_a]
    doc_a, doc_b, a_index, diagonal = _sorted_seed_pairs(
        doc_a, doc_b, a_local, right - offsets[doc_b] - a_local, int(np.diff(offsets).max()))
    breaks = np.ones(len(a_index), dtype=bool)
    breaks[1:] = ((doc_a[1:] != doc_a[:-1]) | (doc_b[1:] != doc_b[:-1])
                  | (diagonal[1:] != diagonal[:-1]) | (a_index[1:] != a_index[:-1] + 1))
    first = np.flatnonzero(breaks)
    run = np.diff(np.append(first, len(a_index)))
    seg_a, seg_b = doc_a[first], doc_b[first]
    a0 = a_index[first]
    b0 = a0 + diagonal[first]
    order = np.lexsort((b0, a0, seg_b, seg_a))
    return SeedRuns(seg_a[order], seg_b[order], a0[order], b0[order], (run + n - 1)[order])


def _sorted_seed_pairs(doc_a: np.ndarray, doc_b: np.ndarray, a_index: np.ndarray,
                       diagonal: np.ndarray,
                       longest: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Seed pairs sorted by (doc_a, doc_b, diagonal, a_index), duplicates kept; `longest`
    bounds any document's token count. The four fields usually fit one 64-bit key, and one
    plain sort of the keys is several times faster than a four-key lexsort."""
    doc_bits = max(1, int(doc_b.max()).bit_length()) if len(doc_b) else 1
    index_bits = max(1, longest.bit_length())
    diagonal_bits = index_bits + 1  # diagonal + longest lies in [0, 2 * longest)
    if 2 * doc_bits + diagonal_bits + index_bits > 63:
        order = np.lexsort((a_index, diagonal, doc_b, doc_a))
        return doc_a[order], doc_b[order], a_index[order], diagonal[order]
    keys = doc_a << (doc_bits + diagonal_bits + index_bits)
    keys |= doc_b << (diagonal_bits + index_bits)
    keys |= (diagonal + longest) << index_bits
    keys |= a_index
    keys.sort()
    a_index = keys & ((1 << index_bits) - 1)
    keys >>= index_bits
    diagonal = (keys & ((1 << diagonal_bits) - 1)) - longest
    keys >>= diagonal_bits
    doc_b = keys & ((1 << doc_bits) - 1)
    doc_a = keys >> doc_bits
    return doc_a, doc_b, a_index, diagonal


def _ranks(sizes: np.ndarray) -> np.ndarray:
    """0..size-1 for each group, concatenated."""
    total = int(sizes.sum())
    starts = np.repeat(np.cumsum(sizes) - sizes, sizes)
    ranks: np.ndarray = np.arange(total, dtype=np.int64) - starts
    return ranks
