"""The word diff of the align stage: a patience-style front end to diff-match-patch, answering
with the matching (runs of equal words) rather than chunks of text.

Texts are words encoded one character each (see `viewer.engine.align`). The characters found
once in each text, in the same order in both (longest increasing subsequence), are kept equal,
and diff-match-patch (never degraded: `Diff_Timeout = 0`) runs only on the stretches between
them, anchored again on what is unique within each stretch. With `Diff_Timeout = 0`
diff-match-patch skips its half-match shortcut, so a long window otherwise costs it time
quadratic in the stretch it cannot match; anchored, that cost is only paid inside the gaps.

Diff-match-patch's work on a stretch is bounded (`viewer.engine.bounded_diff`): a stretch
over the bound, which only text made of a few words repeated at length has, is matched
coarsely instead (`_coarse`: common start and end, then runs anchored on the word n-grams
found once in each, the gaps diffed within a smaller bound and left unmatched past it), so the
time stays linear in the texts' length.

`AnchoredDiffer` remembers the stretches it has matched until `forget`: a statement's
occurrences are aligned twice when its reference grows, and most stretches between anchors
come back unchanged. Its shortcuts all give the plain recursion's matching (the tests hold a
plain copy to compare with); a caller diffing many texts against one passes them `Coded`, so
what anchoring counts of each text is counted once.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

import numpy as np

from viewer.engine.bounded_diff import BoundedDiffer

Run = tuple[int, int, int]
"""Equal words: position in the old text, position in the new text, length."""

MEMO_MIN_CHARS = 24
"""Stretches shorter than this (both texts together) are matched again rather than looked up:
diff-match-patch is as quick as the look-up there."""
ARRAY_MIN_CHARS = 1000
"""Texts at least this long (both together) find their anchors with array operations."""
CODED_ARRAY_MIN_CHARS = 160
"""Coded texts at least this long (both together) find their anchors with array operations
on the codes (below, the dictionaries of characters found once are quicker)."""
GRAM_SIZES = (2, 4, 8, 16, 32)
"""The n-gram sizes a coarse matching anchors on (the one matching most words is kept)."""


class AnchoredDiffer:
    """Anchored matchings, remembered until `forget`."""

    def __init__(self) -> None:
        self._differ = BoundedDiffer()
        self._memo: dict[tuple[str, str], tuple[list[Run], int, int, int, int]] = {}

    def forget(self) -> None:
        self._memo.clear()

    def matching(self, old: str, new: str, coded: tuple[Coded, Coded] | None = None
                 ) -> list[Run]:
        """The equal runs of the anchored diff of `old` into `new`, in order, adjacent runs
        merged: what is not in a run is deleted (old) or inserted (new). `coded` may give
        both texts as `Coded` (a caller aligning many texts against one keeps what it
        counted of each)."""
        runs: list[Run] = []
        if old and new:
            self._into(old, new, 0, 0, runs, coded)
        merged: list[Run] = []
        for a, b, size in runs:
            if merged:
                last_a, last_b, last_size = merged[-1]
                if last_a + last_size == a and last_b + last_size == b:
                    merged[-1] = (last_a, last_b, last_size + size)
                    continue
            merged.append((a, b, size))
        return merged

    def _into(self, old: str, new: str, i: int, j: int, runs: list[Run],
              coded: tuple[Coded, Coded] | None = None, coarse: bool = False) -> None:
        """Append the runs of `old` (at `i` in the whole old text) against `new` (at `j`);
        neither is empty. In a `coarse` matching's gaps, a diff has a smaller bound, and over
        it leaves the stretch unmatched but for its common start and end.

        The shortcuts give what the plain recursion gives: equal texts are equal throughout
        (every level anchors on the same characters in both); a single character is matched
        where diff-match-patch puts it (after its common prefix, then suffix, then the first
        place it is found; where it is unique, that is where it is anchored)."""
        if old == new:
            runs.append((i, j, len(old)))
            return
        if len(old) == 1:
            at = 0 if new[0] == old else len(new) - 1 if new[-1] == old else new.find(old)
            if at >= 0:
                runs.append((i, j + at, 1))
            return
        if len(new) == 1:
            at = 0 if old[0] == new else len(old) - 1 if old[-1] == new else old.find(new)
            if at >= 0:
                runs.append((i + at, j, 1))
            return
        common: set[str] | None = None
        if coded is None:
            common = set(old).intersection(new)
            if not common:
                # Diff-match-patch would find nothing equal, after a walk over the whole
                # graph.
                return
        # What a stretch matches does not depend on where it is found, but in a coarse
        # matching's gaps it may be less: those are not remembered.
        remember = not coarse and len(old) + len(new) >= MEMO_MIN_CHARS
        if remember:
            key = (old, new)
            known = self._memo.get(key)
            if known is not None:
                source, start, stop, si, sj = known
                runs.extend((a - si + i, b - sj + j, size)
                            for a, b, size in source[start:stop])
                return
        start = len(runs)
        if coded is not None:
            anchors = coded_anchor_runs(*coded)
            if not anchors and set(old).isdisjoint(new):
                return
        elif common is not None and len(old) + len(new) < ARRAY_MIN_CHARS:
            anchors = _anchor_runs(old, new, common)
        else:
            anchors = _array_anchor_runs(old, new)
        if not anchors:
            diffs = self._differ.bounded(old, new, coarse)
            if diffs is not None:
                _dmp_runs(diffs, i, j, runs)
            else:
                self._coarse(old, new, i, j, runs, not coarse)
        else:
            self._between(old, new, i, j, anchors, runs, coarse)
        if remember:
            self._memo[key] = (runs, start, len(runs), i, j)


    def _between(self, old: str, new: str, i: int, j: int, anchors: list[Run],
                 runs: list[Run], coarse: bool) -> None:
        """Append the `anchors` (runs, in order) and the runs of the stretches between."""
        at_old = at_new = 0
        for a, b, size in anchors:
            if a > at_old and b > at_new:
                self._into(old[at_old:a], new[at_new:b], i + at_old, j + at_new, runs,
                           coarse=coarse)
            runs.append((i + a, j + b, size))
            at_old, at_new = a + size, b + size
        if at_old < len(old) and at_new < len(new):
            self._into(old[at_old:], new[at_new:], i + at_old, j + at_new, runs,
                       coarse=coarse)

    def _coarse(self, old: str, new: str, i: int, j: int, runs: list[Run],
                grams: bool) -> None:
        """Append the runs of a stretch whose diff is over its bound: the common start and
        end and, with `grams`, between them the runs anchored on n-grams found once in each
        (`gram_anchor_runs`) and the coarse runs of the gaps between those."""
        start = self._differ.diff_commonPrefix(old, new)
        end = self._differ.diff_commonSuffix(old[start:], new[start:])
        if start:
            runs.append((i, j, start))
        middle_old, middle_new = old[start : len(old) - end], new[start : len(new) - end]
        if grams and middle_old and middle_new:
            self._between(middle_old, middle_new, i + start, j + start,
                          gram_anchor_runs(middle_old, middle_new), runs, True)
        if end:
            runs.append((i + len(old) - end, j + len(new) - end, end))


def _dmp_runs(diffs: list[tuple[int, str]], i: int, j: int, runs: list[Run]) -> None:
    for op, chunk in diffs:
        size = len(chunk)
        if op == 0:
            runs.append((i, j, size))
            i += size
            j += size
        elif op == -1:
            i += size
        else:
            j += size


def unique_common_anchors(old: str, new: str) -> list[tuple[int, int]]:
    """Positions (in old, in new) of the characters found exactly once in each, the longest
    run of them in the same order in both."""
    if not old or not new:
        return []
    if len(old) + len(new) >= ARRAY_MIN_CHARS:
        runs = _array_anchor_runs(old, new)
    else:
        runs = _anchor_runs(old, new, set(old).intersection(new))
    return [(a + k, b + k) for a, b, size in runs for k in range(size)]


def _anchor_runs(old: str, new: str, common: set[str]) -> list[Run]:
    """`unique_common_anchors` as runs of consecutive anchors, given the characters the two
    texts share."""
    pairs = []
    for c in common:
        # Searches in C: found once when not found again after the first place.
        a = old.find(c)
        if old.find(c, a + 1) < 0:
            b = new.find(c)
            if new.find(c, b + 1) < 0:
                pairs.append((a, b))
    return _runs_of_pairs(pairs)


def found_once(text: str) -> dict[str, int]:
    """The characters found once in `text`, and where."""
    last = dict(zip(text, range(len(text)), strict=True))
    if len(last) == len(text):
        return last
    first = dict(zip(reversed(text), range(len(text) - 1, -1, -1), strict=True))
    return {c: at for c, at in last.items() if first[c] == at}


class Coded:
    """A text whose characters are also given as codes below `size` (the caller's own), with
    what anchoring needs of it counted once, however many texts it is diffed against."""

    def __init__(self, text: str, codes: np.ndarray, size: int) -> None:
        self.text = text
        self.codes = codes
        self.size = size
        self._counts: np.ndarray | None = None
        self._where: np.ndarray | None = None
        self._once: dict[str, int] | None = None

    @property
    def counts(self) -> np.ndarray:
        """Per code, how often the text has it."""
        if self._counts is None:
            self._counts = np.bincount(self.codes, minlength=self.size)
        return self._counts

    @property
    def where(self) -> np.ndarray:
        """Per code found once, its place."""
        if self._where is None:
            self._where = np.zeros(self.size, dtype=np.int64)
            self._where[self.codes] = np.arange(len(self.codes))
        return self._where

    @property
    def once(self) -> dict[str, int]:
        if self._once is None:
            self._once = found_once(self.text)
        return self._once


def coded_anchor_runs(old: Coded, new: Coded) -> list[Run]:
    """`unique_common_anchors` of two coded texts as runs of consecutive anchors: with arrays
    for long texts, from the characters found once in each for short ones."""
    if len(old.codes) + len(new.codes) < CODED_ARRAY_MIN_CHARS:
        old_once, new_once = old.once, new.once
        return _runs_of_pairs([(old_once[c], new_once[c])
                               for c in old_once.keys() & new_once.keys()])
    codes = new.codes
    at_new = np.flatnonzero((new.counts[codes] == 1) & (old.counts[codes] == 1))
    if not len(at_new):
        return []
    at_old = old.where[codes[at_new]]
    if len(at_old) > 1 and not bool(np.all(at_old[1:] > at_old[:-1])):
        # Not in the same order in both: the longest run that is, as `_runs_of_pairs` finds.
        return _runs_of_pairs(list(zip(at_old.tolist(), at_new.tolist(), strict=True)))
    breaks = np.flatnonzero((np.diff(at_old) != 1) | (np.diff(at_new) != 1)) + 1
    starts = np.concatenate(([0], breaks)).tolist()
    ends = [*starts[1:], len(at_old)]
    olds, news = at_old.tolist(), at_new.tolist()
    return [(olds[start], news[start], end - start)
            for start, end in zip(starts, ends, strict=True)]


def _runs_of_pairs(pairs: list[tuple[int, int]]) -> list[Run]:
    """The longest run of the pairs of unique common characters' places in the same order in
    both texts, as runs of consecutive pairs."""
    if not pairs:
        return []
    pairs.sort()
    olds = [a for a, _ in pairs]
    news = [b for _, b in pairs]
    if any(later < earlier for earlier, later in pairwise(news)):
        olds, news = _longest_increasing(olds, news)
    runs: list[Run] = []
    last_a = last_b = -2
    for a, b in zip(olds, news, strict=True):
        if a == last_a + 1 and b == last_b + 1:
            start_a, start_b, size = runs[-1]
            runs[-1] = (start_a, start_b, size + 1)
        else:
            runs.append((a, b, 1))
        last_a, last_b = a, b
    return runs


def gram_anchor_runs(old: str, new: str) -> list[Run]:
    """Runs of words matched by the n-grams found once in each text, in the same order in
    both (the longest such order, as for single words), for the n of GRAM_SIZES matching the
    most words (the smaller n of equals); the runs do not overlap."""
    best: list[Run] = []
    best_words = 0
    for size in GRAM_SIZES:
        if size > min(len(old), len(new)):
            break
        runs = _gram_runs(old, new, size)
        words = sum(length for _, _, length in runs)
        if words > best_words:
            best, best_words = runs, words
    return best


def _gram_runs(old: str, new: str, size: int) -> list[Run]:
    old_once = _grams_once(old, size)
    new_once = _grams_once(new, size)
    pairs = [(old_once[gram], new_once[gram]) for gram in old_once.keys() & new_once.keys()]
    runs: list[Run] = []
    end_a = end_b = 0
    for a, b, count in _runs_of_pairs(pairs):
        # `count` consecutive n-grams hold count + size - 1 words. A run overlapping the one
        # before (on another diagonal) starts after it.
        length = count + size - 1
        skip = max(0, end_a - a, end_b - b)
        if skip < length:
            runs.append((a + skip, b + skip, length - skip))
            end_a, end_b = a + length, b + length
    return runs


def _grams_once(text: str, size: int) -> dict[str, int]:
    """The n-grams of `size` words found once in `text`, and where."""
    grams = [text[k : k + size] for k in range(len(text) - size + 1)]
    last = dict(zip(grams, range(len(grams)), strict=True))
    first = dict(zip(reversed(grams), range(len(grams) - 1, -1, -1), strict=True))
    return {gram: at for gram, at in last.items() if first[gram] == at}


def _array_anchor_runs(old: str, new: str) -> list[Run]:
    """`_anchor_runs` with array operations, for long texts."""
    old_codes = np.frombuffer(old.encode("utf-32-le"), dtype=np.uint32)
    new_codes = np.frombuffer(new.encode("utf-32-le"), dtype=np.uint32)
    # (np.min, np.max: numpy 2.5's type stubs reject the methods called without arguments)
    low = int(min(np.min(old_codes), np.min(new_codes)))
    size = int(max(np.max(old_codes), np.max(new_codes))) + 1 - low
    old_codes = old_codes - low
    new_codes = new_codes - low
    once = (np.bincount(old_codes, minlength=size) == 1) \
        & (np.bincount(new_codes, minlength=size) == 1)
    at_old = np.flatnonzero(once[old_codes])
    where_new = np.zeros(size, dtype=np.int64)
    where_new[new_codes] = np.arange(len(new_codes))
    at_new = where_new[old_codes[at_old]]
    return _runs_of_pairs(list(zip(at_old.tolist(), at_new.tolist(), strict=True)))


def _longest_increasing(olds: list[int], news: list[int]) -> tuple[list[int], list[int]]:
    """Of the pairs (`olds` ascending), the longest run whose `news` ascend too; of several,
    the one patience sorting ends on."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(news)
    for index, b in enumerate(news):
        at = bisect_left(tails, b)
        if at:
            previous[index] = tail_index[at - 1]
        if at == len(tails):
            tails.append(b)
            tail_index.append(index)
        else:
            tails[at] = b
            tail_index[at] = index
    chain: list[int] = []
    index = tail_index[-1]
    while index >= 0:
        chain.append(index)
        index = previous[index]
    chain.reverse()
    return [olds[k] for k in chain], [news[k] for k in chain]
