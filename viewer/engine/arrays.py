"""Array helpers the stages share: ranges flattened to positions, membership by binary search."""

from __future__ import annotations

import numpy as np


def in_sorted(values: np.ndarray, members: np.ndarray) -> np.ndarray:
    """`np.isin(values, members)` for sorted `members` (repeats allowed): a binary search per value,
    without sorting `values` (which np.isin does, and which costs more when they are many)."""
    if not len(members):
        return np.zeros(len(values), dtype=bool)
    slot = np.minimum(np.searchsorted(members, values), len(members) - 1)
    return np.asarray(members[slot] == values)


def flat_ranges(firsts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every position of the ranges [first, end) in one array, and the range each belongs to."""
    lengths = np.maximum(ends - firsts, 0)
    total = int(lengths.sum()) if len(lengths) else 0
    owner = np.repeat(np.arange(len(firsts), dtype=np.int64), lengths)
    positions = (np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
                 + np.repeat(firsts, lengths))
    return owner, positions


def count_between(marked: np.ndarray, lows: np.ndarray, highs: np.ndarray) -> np.ndarray:
    """For each [low, high), how many of the sorted positions `marked` it holds (as a running
    sum would tell, without an array of the corpus's size)."""
    return np.asarray(np.searchsorted(marked, highs, side="left")
                      - np.searchsorted(marked, lows, side="left"))


def within(firsts: np.ndarray, ends: np.ndarray, run_first: np.ndarray,
           run_end: np.ndarray) -> np.ndarray:
    """Whether each range [first, end) lies inside one of the sorted disjoint runs."""
    if not len(run_first):
        return np.zeros(len(firsts), dtype=bool)
    at = np.searchsorted(run_first, firsts, side="right") - 1
    return np.asarray((at >= 0) & (run_end[np.maximum(at, 0)] >= ends))
