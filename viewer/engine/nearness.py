"""Near each other: pairs of occurrences of different statements that one document prints within
a story's reach of each other, for the stories and remarks stages.

Pure functions of the corpus and the statements, all pairs found with one sort and searches.
A story's pieces are near as its own words count the distance: the statements it quotes between
them (text other documents share) are not counted (`near_others(..., over_others=True)`).
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import flat_ranges, overlap_runs
from viewer.engine.statements import Statements
from viewer.engine.tokens import TokenisedCorpus

STORY_GAP_WORDS = 100
"""Two pieces of story text at most this many words apart in a document are near each other
(about two paragraphs of a news story)."""


def near_others(corpus: TokenisedCorpus, statements: Statements, *, over_others: bool
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The occurrences' global token ranges (first, end), and the pairs `_near` finds of them
    whose two occurrences are of different statements (left, right); with `over_others`, the
    distance between two counted in the words no occurrence holds (a story's paragraphs apart
    around the statements it quotes are as near as its own words between them make them)."""
    first = corpus.offsets[statements.doc] + statements.first
    end = corpus.offsets[statements.doc] + statements.end
    near_first, near_end = first, end
    if over_others:
        _, union_first, union_end = overlap_runs(first, end)
        near_first = first - _held_before(first, union_first, union_end)
        near_end = end - _held_before(end, union_first, union_end)
    left, right = _near(statements.doc, first, end, near_first, near_end)
    other = statements.statement[left] != statements.statement[right]
    return first, end, left[other], right[other]


def _held_before(positions: np.ndarray, run_first: np.ndarray, run_end: np.ndarray) -> np.ndarray:
    """For global token positions, how many tokens before each the sorted disjoint runs
    [run_first, run_end) hold."""
    lengths = np.concatenate(([0], np.cumsum(run_end - run_first)))
    run = np.searchsorted(run_first, positions, side="right") - 1
    inside = np.where(run >= 0, np.minimum(positions, run_end[np.maximum(run, 0)])
                      - run_first[np.maximum(run, 0)], 0)
    return np.asarray(lengths[np.maximum(run, 0)] * (run >= 0) + inside, dtype=np.int64)


def _near(doc: np.ndarray, first: np.ndarray, end: np.ndarray, near_first: np.ndarray,
          near_end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j) of occurrences (global token ranges) in one document, j starting at or
    after i starts and at most STORY_GAP_WORDS words after i ends as `near_first`, `near_end`
    count them (positions that skip words every occurrence holds): every such pair, however
    many other occurrences start between them."""
    order = np.lexsort((first, doc))
    doc, near_first, near_end = doc[order], near_first[order], near_end[order]
    # (first is global, so sorted as a whole too, and near_first with it; the search stops at
    # the document's last)
    last = np.searchsorted(doc, doc, side="right")
    reach = np.minimum(np.searchsorted(near_first, near_end + STORY_GAP_WORDS, side="right"),
                       last)
    left, right = flat_ranges(np.arange(1, len(order) + 1), reach)
    return order[left], order[right]
