"""Which documents carry each statement, for the stages that weigh how widely two statements are
carried together (`viewer.engine.stories`, `viewer.engine.remarks`).

Pure data over a `Statements`: one sorted key per (statement, document), found by array
searches rather than per-statement sets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.engine.arrays import flat_ranges, in_sorted
from viewer.engine.statements import Statements


@dataclass(frozen=True, eq=False)
class Carriers:
    """Which documents carry each statement: one sorted key per (statement, document)."""

    keys: np.ndarray
    """statement * documents + document, sorted (Statements are sorted by statement, doc)."""
    documents: int
    bounds: np.ndarray
    """Statement s's keys are keys[bounds[s]:bounds[s + 1]]."""

    @classmethod
    def of(cls, statements: Statements, rows: np.ndarray | None = None) -> Carriers:
        """The carriers of `statements`; with `rows` (a mask), only those occurrences carry."""
        documents = int(statements.doc.max()) + 1 if len(statements) else 1
        keys = statements.statement * documents + statements.doc
        if rows is not None:
            keys = keys[rows]
        distinct = np.ones(len(keys), dtype=bool)
        distinct[1:] = keys[1:] != keys[:-1]
        keys = keys[distinct]
        bounds = np.searchsorted(keys // documents, np.arange(statements.count + 1))
        return cls(keys, documents, bounds)

    def documents_of(self, statement: int) -> set[int]:
        """The documents that carry `statement`."""
        keys = self.keys[self.bounds[statement]:self.bounds[statement + 1]]
        return set((keys % self.documents).tolist())

    def both(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """For statement pairs, how many documents carry both of the two."""
        # (each document of the left statement looked up for the right)
        pair, at = flat_ranges(self.bounds[left], self.bounds[left + 1])
        return np.bincount(pair[in_sorted(self.keys[at] % self.documents
                                          + right[pair] * self.documents, self.keys)],
                           minlength=len(left))

    def either(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """For statement pairs, how many documents carry one or both of the two."""
        spread = np.diff(self.bounds)
        return np.asarray(spread[left] + spread[right] - self.both(left, right))
