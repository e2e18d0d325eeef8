"""Array helpers the stages share: ranges flattened to positions, membership by binary search or
by a table on hash bits, overlapping ranges grouped into runs and the run each range overlaps
most, connected components."""

from __future__ import annotations

import numpy as np


def unique_values(values: np.ndarray) -> np.ndarray:
    """`np.unique(values)` of a 1-D array of integers, by sorting: numpy's own, hashing the
    values, is several times slower on many distinct values (0.6 s against 0.05 s for a
    million hashes). (Not for floats: every NaN would be kept.)"""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    return np.asarray(ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))])


def in_sorted(values: np.ndarray, members: np.ndarray) -> np.ndarray:
    """`np.isin(values, members)` for sorted `members` (repeats allowed): a binary search per value,
    without sorting `values` (which np.isin does, and which costs more when they are many)."""
    if not len(members):
        return np.zeros(len(values), dtype=bool)
    if len(members) <= FEW_MEMBERS and len(values) >= TABLE_MIN_VALUES:
        # (a short word list over many words, the corpus's: one comparison per member beats
        # both a binary search and a table's look-up per value, 3x)
        return np.isin(values, members)
    if (len(values) >= TABLE_MIN_VALUES and values.dtype == np.uint64
            and members.dtype == np.uint64):
        # Many hashes: one look-up each in a table on their low bits beats a binary search
        # each, whose cache misses grow with `members` (the stock vocabulary: 2x faster).
        return _hash_members(values, members)
    slot = np.minimum(np.searchsorted(members, values), len(members) - 1)
    return np.asarray(members[slot] == values)


FEW_MEMBERS = 32
"""`in_sorted` compares TABLE_MIN_VALUES values or more with this many members or fewer one
member at a time."""
TABLE_MIN_VALUES = 1024
"""`in_sorted` looks this many hash values or more up in a table (`hash_slots`): below, building
the table costs about what it saves."""


def hash_slots(values: np.ndarray, members: np.ndarray) -> np.ndarray:
    """For each of `values` (uint64 hashes), its index in the sorted hashes `members` (of a
    repeated one, the first), or -1. The same answer as a binary search per value, but one
    look-up in a table indexed by the low bits of the hash (the hashes are well mixed): the
    binary search's cost per value grows with `members` (more cache misses), and this one does
    not. Values whose bits a second member (or a repeat) shares fall back to the binary
    search."""
    found = np.full(len(values), -1, dtype=np.int64)
    if not len(members) or not len(values):
        return found
    at = _slot_table(members)[_low_bits(values, members)]
    single = at >= 0
    hit = single & (members[np.maximum(at, 0)] == values)
    found[hit] = at[hit]
    shared = np.flatnonzero(at == -2)
    if len(shared):
        slot = np.minimum(np.searchsorted(members, values[shared]), len(members) - 1)
        equal = members[slot] == values[shared]
        found[shared[equal]] = slot[equal]
    return found


def _hash_members(values: np.ndarray, members: np.ndarray) -> np.ndarray:
    """`hash_slots(values, members) >= 0`, without the indices: a value is a member where the
    member its low bits' slot holds equals it (a value in an empty slot, -1, is compared with
    the first member, which would have filled that slot: never equal), or, in a slot members
    share (-2), by the binary search."""
    if not len(members) or not len(values):
        return np.zeros(len(values), dtype=bool)
    at = _slot_table(members)[_low_bits(values, members)]
    found = np.asarray(members[np.maximum(at, 0)] == values)
    shared = np.flatnonzero(at == -2)
    if len(shared):
        slot = np.minimum(np.searchsorted(members, values[shared]), len(members) - 1)
        found[shared] = members[slot] == values[shared]
    return found


def _table_bits(members: np.ndarray) -> int:
    """The low bits a `_slot_table` of `members` is indexed by: at least 4 slots per member."""
    return min(22, max(10, (4 * len(members)).bit_length()))


def _low_bits(hashes: np.ndarray, members: np.ndarray) -> np.ndarray:
    """Each of `hashes`' (uint64) slot in the table of `members`: its low bits, as indices
    (read as int64 in place, which keeps the low bits, rather than converted after a mask)."""
    if hashes.dtype != np.uint64:  # (a view of another width would read other bits)
        hashes = hashes.astype(np.uint64)
    return np.asarray(hashes.view(np.int64) & ((1 << _table_bits(members)) - 1))


def _slot_table(members: np.ndarray) -> np.ndarray:
    """By slot (`_low_bits`), the index of the one member in it, -1 for none, -2 for several
    (or a repeated member)."""
    member_slot = _low_bits(members, members)
    alone = np.bincount(member_slot, minlength=1 << _table_bits(members))[member_slot] == 1
    table = np.full(1 << _table_bits(members), -1, dtype=np.int32)
    table[member_slot[~alone]] = -2
    table[member_slot[alone]] = np.flatnonzero(alone)
    return table


def low_bits_table(values: np.ndarray) -> np.ndarray:
    """How many of `values` (uint64 hashes) have each pattern of their low _COUNTED_BITS bits:
    one count over `values`, no search, kept where the same values are asked again (the hashes
    are well mixed, so a member rarely shares its bits with a frequent other hash)."""
    mask = np.uint64((1 << _COUNTED_BITS) - 1)
    return np.bincount((values & mask).astype(np.intp), minlength=1 << _COUNTED_BITS)


def counts_of_low_bits(table: np.ndarray, members: np.ndarray) -> np.ndarray:
    """For each of `members` (uint64 hashes), a bound on how often it is found in the values a
    `low_bits_table` counted: how often values with its low bits are."""
    mask = np.uint64((1 << _COUNTED_BITS) - 1)
    return np.asarray(table[(members & mask).astype(np.intp)])


_COUNTED_BITS = 18
"""Low bits `low_bits_table` counts by: a table that stays in the cache."""


def flat_ranges(firsts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every position of the ranges [first, end) in one array, and the range each belongs to."""
    lengths = np.maximum(ends - firsts, 0)
    total = int(lengths.sum()) if len(lengths) else 0
    owner = np.repeat(np.arange(len(firsts), dtype=np.int64), lengths)
    positions = (np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
                 + np.repeat(firsts, lengths))
    return owner, positions


def distinct_groups(keys: np.ndarray, groups: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sorted unique `keys`, and in how many distinct `groups` each occurs (a statement
    pair's key and the documents it is found in)."""
    order = np.lexsort((groups, keys))
    keys, groups = keys[order], groups[order]
    new = np.ones(len(keys), dtype=bool)
    new[1:] = (keys[1:] != keys[:-1]) | (groups[1:] != groups[:-1])
    unique, counts = np.unique(keys[new], return_counts=True)
    return unique, counts


def count_between(marked: np.ndarray, lows: np.ndarray, highs: np.ndarray) -> np.ndarray:
    """For each [low, high), how many of the sorted positions `marked` it holds (as a running
    sum would tell, without an array of the corpus's size)."""
    return np.asarray(np.searchsorted(marked, highs, side="left")
                      - np.searchsorted(marked, lows, side="left"))


def covered(firsts: np.ndarray, ends: np.ndarray, run_first: np.ndarray,
            run_end: np.ndarray) -> np.ndarray:
    """For each range [first, end), how many of its positions the sorted, disjoint runs cover
    (from a running sum of the runs' lengths, without an array of the corpus's size)."""
    if not len(run_first):
        return np.zeros(len(firsts), dtype=np.int64)
    run_before = np.concatenate(([0], np.cumsum(run_end - run_first)))

    def covered_before(at: np.ndarray) -> np.ndarray:
        started = np.searchsorted(run_first, at, side="right")
        last = np.maximum(started - 1, 0)
        beyond = np.where(started > 0, np.maximum(run_end[last] - at, 0), 0)
        return np.asarray(run_before[started] - beyond)

    return np.asarray(covered_before(ends) - covered_before(firsts))


def holding_run(firsts: np.ndarray, ends: np.ndarray, run_first: np.ndarray,
                run_end: np.ndarray, asked: int = 1) -> np.ndarray:
    """For each range [first, end), the last of the runs (sorted by their starts) starting at or
    before it, where that run holds it whole, else -1; with `asked` above one, the latest of
    that many last runs that holds it (runs that overlap or nest: two statements'
    occurrences)."""
    found = np.full(len(firsts), -1, dtype=np.int64)
    if not len(run_first):
        return found
    at = np.searchsorted(run_first, firsts, side="right") - 1
    for back in range(asked):
        candidate = at - back
        safe = np.maximum(candidate, 0)
        holds = ((candidate >= 0) & (found < 0) & (run_first[safe] <= firsts)
                 & (run_end[safe] >= ends))
        found[holds] = candidate[holds]
    return found


def within(firsts: np.ndarray, ends: np.ndarray, run_first: np.ndarray,
           run_end: np.ndarray, reach: np.ndarray | None = None) -> np.ndarray:
    """Whether each range [first, end) lies inside one of the runs, sorted by their starts;
    runs may nest or cross (the corpus's quotations do: a double-quoted word inside a
    single-quoted sentence), so a range is read against the furthest end of the runs starting
    at or before it (`reach`, `np.maximum.accumulate(run_end)`, given where a caller keeps it),
    not only the last one's."""
    if not len(run_first):
        return np.zeros(len(firsts), dtype=bool)
    at = np.searchsorted(run_first, firsts, side="right") - 1
    if reach is None:
        reach = np.maximum.accumulate(run_end)
    return np.asarray((at >= 0) & (reach[np.maximum(at, 0)] >= ends))


def overlap_runs(firsts: np.ndarray,
                  ends: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Group global token ranges that overlap (transitively) into runs: the run of each range,
    and each run's first and end. Documents occupy disjoint global ranges, so runs never cross
    documents."""
    if not len(firsts):
        none = np.zeros(0, dtype=np.int64)
        return none, none.copy(), none.copy()
    order = np.lexsort((-ends, firsts))
    sorted_first, sorted_end = firsts[order], ends[order]
    reach = np.maximum.accumulate(sorted_end)
    new_run = np.ones(len(order), dtype=bool)
    new_run[1:] = sorted_first[1:] >= reach[:-1]
    run_sorted = np.cumsum(new_run) - 1
    run_of = np.empty(len(order), dtype=np.int64)
    run_of[order] = run_sorted
    run_starts = np.flatnonzero(new_run)
    return run_of, sorted_first[run_starts], np.maximum.reduceat(sorted_end, run_starts)


def connected_components(count: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Component label (0..k-1, in order of first node) of each of `count` nodes linked by the
    edges left[i] -- right[i]: label propagation with pointer jumping, all in array operations
    (a few passes even for long chains)."""
    label = np.arange(count, dtype=np.int64)
    if len(left):
        while True:
            low = np.minimum(label[left], label[right])
            np.minimum.at(label, label[left], low)
            np.minimum.at(label, label[right], low)
            while True:
                jumped = label[label]
                if np.array_equal(jumped, label):
                    break
                label = jumped
            if np.array_equal(label[left], label[right]):
                break
    _, compact = np.unique(label, return_inverse=True)
    return np.asarray(compact, dtype=np.int64)


def owning_run(firsts: np.ndarray, ends: np.ndarray, run_first: np.ndarray,
                run_end: np.ndarray) -> np.ndarray:
    """For each range, the run (sorted, disjoint) it overlaps most, or -1."""
    if not len(run_first):
        return np.full(len(firsts), -1, dtype=np.int64)
    before = np.searchsorted(run_first, firsts, side="right") - 1
    owner = np.full(len(firsts), -1, dtype=np.int64)
    best = np.zeros(len(firsts), dtype=np.int64)
    for candidate in (before, before + 1):
        valid = (candidate >= 0) & (candidate < len(run_first))
        safe = np.clip(candidate, 0, len(run_first) - 1)
        overlap = np.minimum(ends, run_end[safe]) - np.maximum(firsts, run_first[safe])
        better = valid & (overlap > best)
        owner[better] = safe[better]
        best[better] = overlap[better]
    return owner


def windows_inside(firsts: np.ndarray, ends: np.ndarray, n: int) -> np.ndarray:
    """Every global position p with [p, p + n) inside one of the sorted disjoint ranges."""
    counts = np.maximum(ends - firsts - n + 1, 0)
    if not counts.sum():
        return np.zeros(0, dtype=np.int64)
    starts = np.repeat(firsts, counts)
    steps = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(counts) - counts, counts)
    return np.asarray(starts + steps)
