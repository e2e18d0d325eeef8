"""Pairwise matches: two token ranges, one in each of two documents, that carry the same text.

The value passed from chaining (and the fragment finder) to clustering: flat int64 arrays, one
entry per match, document-local token indices, end exclusive, doc_a < doc_b.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class PairMatches:
    doc_a: np.ndarray
    a0: np.ndarray
    a1: np.ndarray
    doc_b: np.ndarray
    b0: np.ndarray
    b1: np.ndarray
    quoted: np.ndarray
    """bool: both sides lie inside quotation marks (evidence for a short match)."""
    documents: np.ndarray
    """int64: how many documents the match's shared n-grams are found in (their median; 0 when
    unknown): a short match whose n-grams are mostly in many documents is a common phrase."""
    most_documents: np.ndarray
    """int64: the most documents any shared n-gram of the match is found in (0 when unknown):
    a short phrase is rare only when every part of it is."""

    @staticmethod
    def from_rows(rows: list[tuple[int, int, int, int, int, int]],
                  quoted: list[bool] | None = None,
                  documents: list[int] | None = None,
                  most_documents: list[int] | None = None) -> PairMatches:
        table = np.array(rows, dtype=np.int64).reshape(-1, 6)
        flags = np.array(quoted if quoted is not None else [False] * len(rows), dtype=bool)
        counts = np.array(documents if documents is not None else [0] * len(rows),
                          dtype=np.int64)
        most = np.array(most_documents if most_documents is not None else [0] * len(rows),
                        dtype=np.int64)
        return PairMatches(table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy(),
                           table[:, 3].copy(), table[:, 4].copy(), table[:, 5].copy(), flags,
                           counts, most)

    @staticmethod
    def empty() -> PairMatches:
        return PairMatches.from_rows([])

    def __len__(self) -> int:
        return len(self.a0)

    @property
    def size(self) -> np.ndarray:
        """Tokens of the shorter side of each match."""
        return np.asarray(np.minimum(self.a1 - self.a0, self.b1 - self.b0))

    def subset(self, chosen: np.ndarray) -> PairMatches:
        """The matches where `chosen` (a boolean mask or indices)."""
        return PairMatches(*(getattr(self, f)[chosen] for f in _FIELDS))

    def concatenated(self, other: PairMatches) -> PairMatches:
        return PairMatches(*(np.concatenate((getattr(self, f), getattr(other, f)))
                             for f in _FIELDS))


_FIELDS = ("doc_a", "a0", "a1", "doc_b", "b0", "b1", "quoted", "documents", "most_documents")
