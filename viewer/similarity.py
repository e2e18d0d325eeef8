"""How much pairs of documents share, stored sparsely: only the pairs that share something.

A corpus of 20,000 articles has 200 million pairs and almost all share nothing; a dense matrix
(let alone tuples of Python floats) would not fit. `SparseSimilarity` keeps three flat arrays
(first index, second index, value) for the pairs with a positive value, first < second, sorted;
the diagonal is implicitly 1. It compares by value and answers the questions the window asks
(one pair's value, a document's neighbours, the best pair).

The arrays are the standard library's `array.array` (8 bytes a number, no Python object per
number), not numpy's: a result pickled by the window's head start then unpickles without
importing numpy, which cost the window's start-up ~90 ms. The engine builds them with numpy
(`from_pairs`), and the methods that compute over them view the same bytes as numpy arrays.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def _stored(kind: str, values: np.ndarray) -> array:  # type: ignore[type-arg]
    """`values` as a standard-library array of `kind` ("q": int64, "d": float64)."""
    import numpy as np

    stored = array(kind)
    stored.frombytes(np.ascontiguousarray(values, dtype=np.int64 if kind == "q" else
                                          np.float64).tobytes())
    return stored


@dataclass(frozen=True, eq=False)
class SparseSimilarity:
    """A symmetric similarity in [0, 1] over `size` documents, 1 on the diagonal."""

    size: int
    first: array[int]
    """int64, first < second, sorted by (first, second), no pair twice."""
    second: array[int]
    values: array[float]
    """float64 in (0, 1]."""

    @staticmethod
    def empty(size: int = 0) -> SparseSimilarity:
        return SparseSimilarity(size, array("q"), array("q"), array("d"))

    @staticmethod
    def from_pairs(size: int, first: np.ndarray, second: np.ndarray,
                   values: np.ndarray) -> SparseSimilarity:
        """From unordered pairs (either order, i != j, each pair once, values > 0)."""
        import numpy as np

        low = np.minimum(first, second).astype(np.int64)
        high = np.maximum(first, second).astype(np.int64)
        order = np.lexsort((high, low))
        return SparseSimilarity(size, _stored("q", low[order]), _stored("q", high[order]),
                                _stored("d", np.asarray(values)[order]))

    def __len__(self) -> int:
        return self.size

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SparseSimilarity):
            return NotImplemented
        return (self.size == other.size and self.first == other.first
                and self.second == other.second and self.values == other.values)

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
        start, stop = bisect_left(self.first, low), bisect_left(self.first, low + 1)
        at = bisect_left(self.second, high, start, stop)
        if at < stop and self.second[at] == high:
            return float(self.values[at])
        return 0.0

    def neighbours(self, i: int) -> dict[int, float]:
        """Every document that shares something with `i`, and how much. Pure Python over the
        arrays (the pairs after `i` are one sorted run; those before it are found by the array's
        own C-level search), so the window's process need not import numpy for it."""
        found: dict[int, float] = {}
        start, stop = bisect_left(self.first, i), bisect_left(self.first, i + 1)
        for j, v in zip(self.second[start:stop], self.values[start:stop], strict=True):
            found[j] = v
        # Pairs (j, i) have j < i: all lie before `start`.
        at = -1
        while True:
            try:
                at = self.second.index(i, at + 1, start)
            except ValueError:
                break
            found[self.first[at]] = self.values[at]
        return found

    def restricted(self, keep: Sequence[int]) -> SparseSimilarity:
        """The similarity among the documents at positions `keep` (renumbered 0.. in that
        order)."""
        import numpy as np

        position = np.full(self.size, -1, dtype=np.int64)
        position[np.asarray(keep, dtype=np.int64)] = np.arange(len(keep))
        first = position[np.frombuffer(self.first, dtype=np.int64)]
        second = position[np.frombuffer(self.second, dtype=np.int64)]
        kept = (first >= 0) & (second >= 0)
        return SparseSimilarity.from_pairs(len(keep), first[kept], second[kept],
                                           np.frombuffer(self.values, dtype=np.float64)[kept])

    def as_dense(self) -> list[list[float]]:
        """The full matrix (for tests and tiny corpora only: it is N x N)."""
        matrix = [[0.0] * self.size for _ in range(self.size)]
        for i in range(self.size):
            matrix[i][i] = 1.0
        for i, j, v in zip(self.first.tolist(), self.second.tolist(), self.values.tolist(),
                           strict=True):
            matrix[i][j] = matrix[j][i] = v
        return matrix
