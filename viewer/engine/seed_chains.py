"""Chaining for stage 4: the seed runs of each document pair joined into chains across small gaps.

Pure function of the corpus's gap bits, the seed runs and the settings. The rule, run by run
in a pair's seed order (by a0, then b0): a run joins the cheapest open chain it continues
(both gaps more than -n and at most `max_gap_words` words, the diagonals drifting apart by at
most as many, no quotation mark or line break in the text between), or opens a chain of its
own; a chain closes once a run starts more than `max_gap_words` words past its end. Chains are
listed pair after pair, in the order they close (those still open at the end last, oldest
first).

A run that starts more than `max_gap_words` past the end of every earlier run of its pair
closes every open chain, so a pair's runs fall into independent groups. Most groups are one
run (its own chain); the small ones are run through the rule together, step by step as arrays
(all groups' first runs, then all second runs, ...); only the few large groups (repeated text)
take a Python loop.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from viewer.engine import breaks
from viewer.engine.candidates import SeedRuns
from viewer.engine.extend import Spans
from viewer.engine.tokens import TokenisedCorpus

GROUP_WIDTHS = (1, 2, 4, 8, 16, 32)
"""Groups are simulated as arrays in buckets of at most these many runs; larger ones loop."""

_NO_COST = np.iinfo(np.int64).max


class _Chains:
    """Chains found so far, with what orders them: group, the step their group closed them at
    (the group's run count when still open at its end), and their opening order."""

    def __init__(self) -> None:
        self.columns: list[tuple[np.ndarray, ...]] = []

    def add(self, *columns: np.ndarray) -> None:
        self.columns.append(columns)

    def in_order(self) -> Spans:
        if not self.columns:
            none = np.zeros(0, dtype=np.int64)
            return Spans(none, none, none, none, none, none)
        doc_a, a0, a1, doc_b, b0, b1, group, closed, slot = (
            np.concatenate([part[k] for part in self.columns]) for k in range(9))
        order = np.lexsort((slot, closed, group))
        return Spans(doc_a[order], a0[order], a1[order], doc_b[order], b0[order], b1[order])


def chain_seed_runs(corpus: TokenisedCorpus, seeds: SeedRuns, ngram_size: int, max_gap: int,
                    check: Callable[[], None] = lambda: None) -> Spans:
    """The chains of every document pair's seed runs (module docstring)."""
    count = len(seeds)
    chains = _Chains()
    if not count:
        return chains.in_order()
    new_pair = np.ones(count, dtype=bool)
    new_pair[1:] = (seeds.doc_a[1:] != seeds.doc_a[:-1]) | (seeds.doc_b[1:] != seeds.doc_b[:-1])
    run_end = seeds.a0 + seeds.length
    # The furthest end of the pair's runs so far (a running maximum restarted at each pair).
    lift = (np.cumsum(new_pair) - 1) * (int(run_end.max()) + 1)
    furthest = np.maximum.accumulate(run_end + lift) - lift
    new_group = new_pair.copy()
    new_group[1:] |= seeds.a0[1:] - furthest[:-1] > max_gap
    group_first = np.flatnonzero(new_group)
    group_runs = np.diff(np.append(group_first, count))
    barrier = (corpus.gaps & breaks.BARRIER) != 0
    barriers_before = np.zeros(len(barrier) + 1, dtype=np.int32)
    np.cumsum(barrier, out=barriers_before[1:])
    low = 0
    for width in GROUP_WIDTHS:
        groups = np.flatnonzero((group_runs > low) & (group_runs <= width))
        if len(groups):
            _simulate(corpus, seeds, barriers_before, groups, group_first[groups],
                      group_runs[groups], width, ngram_size, max_gap, chains)
        low = width
        check()
    for group in np.flatnonzero(group_runs > low).tolist():
        _loop(corpus, seeds, barriers_before, group, int(group_first[group]),
              int(group_runs[group]), ngram_size, max_gap, chains)
    check()
    return chains.in_order()


def _simulate(corpus: TokenisedCorpus, seeds: SeedRuns, barriers_before: np.ndarray,
              groups: np.ndarray, first: np.ndarray, runs: np.ndarray, width: int, n: int,
              max_gap: int, chains: _Chains) -> None:
    """Run the rule over groups of at most `width` runs, all groups at once: slot s of a group
    holds the s-th chain it opened."""
    count = len(groups)
    doc_a, doc_b = seeds.doc_a[first], seeds.doc_b[first]
    gap_base_a = corpus.offsets[doc_a] + doc_a
    gap_base_b = corpus.offsets[doc_b] + doc_b
    shape = (count, width)
    a0, a1 = np.zeros(shape, dtype=np.int64), np.zeros(shape, dtype=np.int64)
    b0, b1 = np.zeros(shape, dtype=np.int64), np.zeros(shape, dtype=np.int64)
    open_ = np.zeros(shape, dtype=bool)
    closed_at = np.full(shape, width, dtype=np.int64)
    opened = np.zeros(count, dtype=np.int64)
    rows = np.arange(count)
    for step in range(width):
        has = step < runs
        run = first + np.minimum(step, runs - 1)
        ra0, rb0, length = seeds.a0[run], seeds.b0[run], seeds.length[run]
        gap_a = ra0[:, None] - a1
        gap_b = rb0[:, None] - b1
        closing = open_ & has[:, None] & (gap_a > max_gap)
        closed_at[closing] = step
        open_ &= ~closing
        drift = np.abs(gap_b - gap_a)
        fits = (open_ & has[:, None] & (gap_a > -n) & (gap_a <= max_gap) & (gap_b > -n)
                & (gap_b <= max_gap) & (ra0[:, None] + length[:, None] > a1)
                & (rb0[:, None] + length[:, None] > b1) & (drift <= max_gap))
        # A quotation mark or line break in the text between: never bridged.
        fits &= (gap_a < 0) | (barriers_before[(gap_base_a + ra0 + 1)[:, None]]
                               == barriers_before[gap_base_a[:, None] + a1])
        fits &= (gap_b < 0) | (barriers_before[(gap_base_b + rb0 + 1)[:, None]]
                               == barriers_before[gap_base_b[:, None] + b1])
        cost = np.where(fits, np.maximum(gap_a, 0) + np.maximum(gap_b, 0) + drift, _NO_COST)
        best = np.argmin(cost, axis=1)  # the first of the cheapest, as the loop over chains
        joined = has & (cost[rows, best] != _NO_COST)
        j, slot = rows[joined], best[joined]
        a1[j, slot] = np.maximum(a1[j, slot], ra0[joined] + length[joined])
        b1[j, slot] = np.maximum(b1[j, slot], rb0[joined] + length[joined])
        new = has & ~joined
        j, slot = rows[new], opened[new]
        a0[j, slot], a1[j, slot] = ra0[new], ra0[new] + length[new]
        b0[j, slot], b1[j, slot] = rb0[new], rb0[new] + length[new]
        open_[j, slot] = True
        opened[new] += 1
    used = np.arange(width)[None, :] < opened[:, None]
    group, slot = np.nonzero(used)
    chains.add(doc_a[group], a0[used], a1[used], doc_b[group], b0[used], b1[used],
               groups[group], closed_at[used], slot)


def _loop(corpus: TokenisedCorpus, seeds: SeedRuns, barriers_before: np.ndarray, group: int,
          first: int, runs: int, n: int, max_gap: int, chains: _Chains) -> None:
    """Run the rule over one (large) group, run by run."""
    doc_a, doc_b = int(seeds.doc_a[first]), int(seeds.doc_b[first])
    a0s = seeds.a0[first : first + runs].tolist()
    b0s = seeds.b0[first : first + runs].tolist()
    lengths = seeds.length[first : first + runs].tolist()
    # Barrier counts of the gaps the group's runs and chains reach, gap g at g - low (the
    # document's whole list, made for each of its groups, was quadratic on long repetitive
    # text: hundreds of groups in one document pair).
    low_a, high_a = min(a0s), max(a + k for a, k in zip(a0s, lengths, strict=True)) + 2
    low_b, high_b = min(b0s), max(b + k for b, k in zip(b0s, lengths, strict=True)) + 2
    base_a = int(corpus.offsets[doc_a]) + doc_a
    base_b = int(corpus.offsets[doc_b]) + doc_b
    barriers_a = barriers_before[base_a + low_a : base_a + high_a].tolist()
    barriers_b = barriers_before[base_b + low_b : base_b + high_b].tolist()
    active: list[list[int]] = []  # [a0, a1, b0, b1]
    found: list[list[int]] = []
    for a0, b0, length in zip(a0s, b0s, lengths, strict=True):
        best: list[int] | None = None
        best_cost = 0
        still_open: list[list[int]] = []
        for chain in active:
            gap_a, gap_b = a0 - chain[1], b0 - chain[3]
            if gap_a > max_gap:
                found.append(chain)
                continue
            still_open.append(chain)
            if not (-n < gap_a <= max_gap and -n < gap_b <= max_gap):
                continue
            if a0 + length <= chain[1] or b0 + length <= chain[3]:
                continue
            drift = abs(gap_b - gap_a)
            if drift > max_gap:
                continue
            if (gap_a >= 0 and barriers_a[a0 + 1 - low_a] != barriers_a[chain[1] - low_a]) or (
                    gap_b >= 0 and barriers_b[b0 + 1 - low_b] != barriers_b[chain[3] - low_b]):
                continue
            cost = max(gap_a, 0) + max(gap_b, 0) + drift
            if best is None or cost < best_cost:
                best, best_cost = chain, cost
        active = still_open
        if best is None:
            active.append([a0, a0 + length, b0, b0 + length])
        else:
            best[1] = max(best[1], a0 + length)
            best[3] = max(best[3], b0 + length)
    found.extend(active)
    table = np.array(found, dtype=np.int64).reshape(-1, 4)
    size = len(table)
    chains.add(np.full(size, doc_a), table[:, 0], table[:, 1], np.full(size, doc_b),
               table[:, 2], table[:, 3], np.full(size, group), np.arange(size),
               np.zeros(size, dtype=np.int64))
