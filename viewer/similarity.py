"""How much pairs of documents share, stored sparsely: only the pairs that share something.

A corpus of 20,000 articles has 200 million pairs and almost all share nothing; a dense matrix
(let alone tuples of Python floats) would not fit. `SparseSimilarity` keeps three flat numpy
arrays (first index, second index, value) for the pairs with a positive value, first < second,
sorted; the diagonal is implicitly 1. It pickles as three arrays, compares by value, and answers
the questions the window asks (one pair's value, a document's neighbours, the best pair).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class SparseSimilarity:
    """A symmetric similarity in [0, 1] over `size` documents, 1 on the diagonal."""

    size: int
    first: np.ndarray
    """int64, first < second, sorted by (first, second), no pair twice."""
    second: np.ndarray
    values: np.ndarray
    """float64 in (0, 1]."""

    @staticmethod
    def empty(size: int = 0) -> SparseSimilarity:
        none = np.zeros(0, dtype=np.int64)
        return SparseSimilarity(size, none, none.copy(), np.zeros(0, dtype=np.float64))

    @staticmethod
    def from_pairs(size: int, first: np.ndarray, second: np.ndarray,
                   values: np.ndarray) -> SparseSimilarity:
        """From unordered pairs (either order, i != j, each pair once, values > 0)."""
        low = np.minimum(first, second).astype(np.int64)
        high = np.maximum(first, second).astype(np.int64)
        order = np.lexsort((high, low))
        return SparseSimilarity(size, low[order], high[order],
                                np.asarray(values, dtype=np.float64)[order])

    def __len__(self) -> int:
        return self.size

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SparseSimilarity):
            return NotImplemented
        return (self.size == other.size and np.array_equal(self.first, other.first)
                and np.array_equal(self.second, other.second)
                and np.array_equal(self.values, other.values))

    def __hash__(self) -> int:
        return hash((self.size, self.first.tobytes(), self.values.tobytes()))

    @property
    def pair_count(self) -> int:
        return len(self.values)

    def value(self, i: int, j: int) -> float:
        """The similarity of documents `i` and `j` (1.0 when i == j, 0.0 when they share
        nothing)."""
        if i == j:
            return 1.0
        low, high = (i, j) if i < j else (j, i)
        start, stop = np.searchsorted(self.first, [low, low + 1])
        at = start + int(np.searchsorted(self.second[start:stop], high))
        if at < stop and self.second[at] == high:
            return float(self.values[at])
        return 0.0

    def neighbours(self, i: int) -> dict[int, float]:
        """Every document that shares something with `i`, and how much."""
        found: dict[int, float] = {}
        start, stop = np.searchsorted(self.first, [i, i + 1])
        for j, v in zip(self.second[start:stop].tolist(), self.values[start:stop].tolist(),
                        strict=True):
            found[j] = v
        for k in np.flatnonzero(self.second == i).tolist():
            found[int(self.first[k])] = float(self.values[k])
        return found

    def restricted(self, keep: Sequence[int]) -> SparseSimilarity:
        """The similarity among the documents at positions `keep` (renumbered 0.. in that
        order)."""
        position = np.full(self.size, -1, dtype=np.int64)
        position[np.asarray(keep, dtype=np.int64)] = np.arange(len(keep))
        first, second = position[self.first], position[self.second]
        kept = (first >= 0) & (second >= 0)
        return SparseSimilarity.from_pairs(len(keep), first[kept], second[kept],
                                           self.values[kept])

    def as_dense(self) -> list[list[float]]:
        """The full matrix (for tests and tiny corpora only: it is N x N)."""
        matrix = [[0.0] * self.size for _ in range(self.size)]
        for i in range(self.size):
            matrix[i][i] = 1.0
        for i, j, v in zip(self.first.tolist(), self.second.tolist(), self.values.tolist(),
                           strict=True):
            matrix[i][j] = matrix[j][i] = v
        return matrix
