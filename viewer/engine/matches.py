"""Pairwise matches: two token ranges, one in each of two documents, that carry the same text.

The value passed from chaining (and the fragment finder) to clustering: flat int64 arrays, one
entry per match, document-local token indices, end exclusive, doc_a < doc_b.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.engine.arrays import within

TOUCHING_TOKENS = 2
"""Matches of one document pair at most this many words apart cover one stretch of shared
text (`PairMatches.sides_inside`)."""


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

    def global_ranges(self, offsets: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Each match's sides as global token ranges (`offsets`: each document's first token
        in the corpus): first and end in doc_a, first and end in doc_b."""
        start_a, start_b = offsets[self.doc_a], offsets[self.doc_b]
        return (start_a + self.a0, start_a + self.a1, start_b + self.b0, start_b + self.b1)

    def global_sides(self, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Every side as a global token range, the doc_a sides first, then the doc_b sides:
        firsts and ends."""
        first_a, end_a, first_b, end_b = self.global_ranges(offsets)
        return np.concatenate((first_a, first_b)), np.concatenate((end_a, end_b))

    def subset(self, chosen: np.ndarray) -> PairMatches:
        """The matches where `chosen` (a boolean mask or indices)."""
        return PairMatches(*(getattr(self, f)[chosen] for f in _FIELDS))

    def sides_inside(self, longer: PairMatches) -> tuple[np.ndarray, np.ndarray]:
        """For each match, whether its side in doc_a, and its side in doc_b, lies inside the
        text the same document's sides of the `longer` matches of the same document pair cover
        (sides that overlap or lie TOUCHING_TOKENS words apart or less covering the words
        between them too)."""
        return (_inside_sides(self.doc_a, self.doc_b, self.a0, self.a1,
                              longer.doc_a, longer.doc_b, longer.a0, longer.a1),
                _inside_sides(self.doc_a, self.doc_b, self.b0, self.b1,
                              longer.doc_a, longer.doc_b, longer.b0, longer.b1))

    def repeats(self, weight: np.ndarray) -> np.ndarray:
        """Which matches are a document repeating itself: one side inside the pair's heaviest
        match (by `weight`, such as equal words), the other side outside it. Where two
        documents share a chapter, a phrase the chapter holds that one of them says again
        elsewhere is not more text they share. Matches tied for the heaviest are all the
        heaviest: which of them came first depends on which document is first."""
        if len(self) < 2:
            return np.zeros(len(self), dtype=bool)
        order = np.lexsort((-weight, self.doc_b, self.doc_a))
        new_pair = np.ones(len(order), dtype=bool)
        new_pair[1:] = ((self.doc_a[order][1:] != self.doc_a[order][:-1])
                        | (self.doc_b[order][1:] != self.doc_b[order][:-1]))
        pair_weight = weight[order][new_pair][np.cumsum(new_pair) - 1]
        heaviest = self.subset(order[weight[order] == pair_weight])
        inside_a, inside_b = self.sides_inside(heaviest)
        return np.asarray(inside_a != inside_b)

    def concatenated(self, other: PairMatches) -> PairMatches:
        return PairMatches(*(np.concatenate((getattr(self, f), getattr(other, f)))
                             for f in _FIELDS))


_FIELDS = ("doc_a", "a0", "a1", "doc_b", "b0", "b1", "quoted", "documents", "most_documents")


def _inside_sides(doc_a: np.ndarray, doc_b: np.ndarray, firsts: np.ndarray, ends: np.ndarray,
                  by_a: np.ndarray, by_b: np.ndarray, by_first: np.ndarray,
                  by_end: np.ndarray) -> np.ndarray:
    """Whether each range [first, end) of a pair (doc_a, doc_b) lies inside the text the same
    pair's ranges `by_*` cover, ranges that touch or lie TOUCHING_TOKENS apart counting as one
    (a copy is cut into matches at quotation marks and line breaks): every pair's ranges laid
    end to end on one axis."""
    if not len(firsts) or not len(by_first):
        return np.zeros(len(firsts), dtype=bool)
    room = np.int64(max(int(ends.max()), int(by_end.max())) + TOUCHING_TOKENS + 1)
    documents = np.int64(max(int(doc_b.max()), int(by_b.max())) + 1)
    axis = (by_a * documents + by_b) * room
    order = np.argsort(axis + by_first, kind="stable")
    starts, reach = (axis + by_first)[order], np.maximum.accumulate((axis + by_end)[order])
    new_run = np.ones(len(starts), dtype=bool)
    new_run[1:] = starts[1:] > reach[:-1] + TOUCHING_TOKENS
    run_first = starts[new_run]
    run_end = reach[np.append(np.flatnonzero(new_run)[1:] - 1, len(starts) - 1)]
    key = (doc_a * documents + doc_b) * room
    return within(key + firsts, key + ends, run_first, run_end)
