"""When two figures can both be true: the compatibility rule (a pure function, no state).

Every value stands for the set of counts it allows, an interval on the number line:

- exact x        -> [x, x]; a round count of thousands is rounded: [x - r, x + r] with r
                    half its last non-zero place, at most 10% of x ("118,000" allows
                    117,500-118,500, "5,000" 4,500-5,500, "1,000" 900-1,100)
- approx x       -> [x - t, x + t] with t = max(10% of x, 1): "some 5,000" allows 4,500-5,500,
                    "a dozen" 10.8-13.2, "about 3" 2-4
- more_than x    -> (x, +inf)       at_least x -> [x, +inf)
- less_than x    -> [0, x)          at_most x  -> [0, x]     (counts are never negative)
- range [a, b]   -> [a, b]

An amount of money (a value with its written `precision`) is compared by its digits instead
(`rounding`): "$787 million" and "$790 million" agree with "$787.5 million", which "$850
million" does not, nor does "£30 million" agree with "£25m" (a round figure's zeros absorb no
large gap); against a qualified amount it is the interval it may be a rounding or truncation
of (`rounding.amount_interval`).

Two values are compatible when their intervals share a point (open ends excluded): 22 and
"more than a dozen" agree, 22 and "a dozen" do not, "at least 80" and 0 do not. A row of a
figures table disagrees when any two of its values are incompatible (for intervals on a line
that is the same as all of them having no common point).

A vague magnitude ("dozens", "thousands", "millions": a range with its `magnitude` words) names
an order of magnitude, not a count, and the same noun often counts two groups at once ("his four
children" and "millions of children" who use his devices). So it clashes only with a figure of
about its size: one whose interval misses the magnitude's but meets its *reach*, the magnitude's
range widened MAGNITUDE_REACH times either way. "Hundreds of protesters" (200-999) and "5,000
protesters" disagree, as do "dozens" and "12"; "millions of children" and "four children" are
taken to count different children, and so are "thousands" and "12" (`apart_by_size`: such
figures are not even one row's).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass

from viewer.figures.rounding import amount_interval, precise_amounts_agree
from viewer.figures.values import Value

APPROX_SHARE = 0.10
"""An approximate figure allows this share of its size either side ..."""
APPROX_MINIMUM = 1.0
"""... and at least this much, so "about 3" allows 2 to 4."""
ROUNDED_FROM = 1000
"""A count given as a whole number of thousands (or more) is rounded by its writer ..."""
MAGNITUDE_REACH = 10.0
"""A vague magnitude is compared with figures within this factor of its range (one order of
magnitude): beyond it, the two are taken to count different groups."""


@dataclass(frozen=True)
class Interval:
    """The counts a value allows; an open end excludes its bound."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False


def interval_of(value: Value) -> Interval:
    """The interval of counts `value` allows (see the module docstring)."""
    number = value.number
    if value.kind == "exact" and value.precision is not None:
        low, high = amount_interval(value)  # an amount of money: by its written digits
        return Interval(low, high, high_open=True)
    if value.kind == "exact":
        slack = rounding_of(number)
        return Interval(number - slack, number + slack)
    if value.kind == "approx":
        slack = max(abs(number) * APPROX_SHARE, APPROX_MINIMUM)
        return Interval(max(number - slack, 0.0), number + slack)
    if value.kind == "more_than":
        return Interval(number, math.inf, low_open=True, high_open=True)
    if value.kind == "at_least":
        return Interval(number, math.inf, high_open=True)
    if value.kind == "less_than":
        return Interval(0.0, number, high_open=True)
    if value.kind == "at_most":
        return Interval(0.0, number)
    assert value.high is not None
    return Interval(min(number, value.high), max(number, value.high))


def rounding_of(number: float) -> float:
    """How far a round count ("118,000", "5,000") may be from the true one: half its last
    non-zero place, at most APPROX_SHARE of it; 0 below ROUNDED_FROM or for any other count.
    One outlet's "118,000 cases" and another's "more than 118,000" are the same tally."""
    if number < ROUNDED_FROM or not float(number).is_integer() or number % ROUNDED_FROM:
        return 0.0
    place = ROUNDED_FROM
    while number % (place * 10) == 0:
        place *= 10
    return min(place / 2, number * APPROX_SHARE)


def intervals_meet(first: Interval, second: Interval) -> bool:
    """Whether two intervals share at least one point."""
    if first.low > second.low or (first.low == second.low and first.low_open):
        first, second = second, first
    # `first` now starts no later than `second` (and is closed there if they start together).
    if second.low < first.high:
        return True
    if second.low == first.high:
        return not (second.low_open or first.high_open)
    return False


def reach_of(value: Value) -> Interval | None:
    """The counts a vague magnitude is compared with (its range widened MAGNITUDE_REACH times
    either way); None for a value that is not a magnitude (it is compared with every count)."""
    if value.magnitude is None:
        return None
    interval = interval_of(value)
    return Interval(interval.low / MAGNITUDE_REACH, interval.high * MAGNITUDE_REACH)


def compatible(first: Value, second: Value) -> bool:
    """Whether both figures can be true at once (a magnitude and a figure far beyond its reach
    count different groups: they are not compared, so they are compatible)."""
    if _precise(first) and _precise(second):
        return precise_amounts_agree(first, second)  # two written amounts: `rounding`
    one, other = interval_of(first), interval_of(second)
    if intervals_meet(one, other):
        return True
    return not _within_reach(reach_of(first), other) or not _within_reach(reach_of(second), one)


def _precise(value: Value) -> bool:
    """An exact amount of money, compared by its written digits (`rounding`)."""
    return value.kind == "exact" and value.precision is not None


def _agree(first: Value, second: Value) -> bool:
    """Whether two figures can be true together, magnitudes' reach aside."""
    if _precise(first) and _precise(second):
        return precise_amounts_agree(first, second)
    return intervals_meet(interval_of(first), interval_of(second))


def _within_reach(reach: Interval | None, interval: Interval) -> bool:
    return reach is None or intervals_meet(reach, interval)


def comparable(first: Value, second: Value) -> bool:
    """Whether two figures may count one group, as far as their sizes tell: a vague magnitude
    and a figure beyond its reach do not ("millions of children" and "his four children")."""
    return _within_reach(reach_of(first), interval_of(second)) \
        and _within_reach(reach_of(second), interval_of(first))


def apart_by_size(values: Sequence[Value]) -> list[list[int]]:
    """`values`' indexes in groups that may count one group of things, as far as sizes tell
    (figures joined by `comparable`, directly or through others), in the order of their first
    index; one group where none is a magnitude beyond another's reach."""
    distinct = list(dict.fromkeys(values))
    parent = list(range(len(distinct)))

    def root(at: int) -> int:
        while parent[at] != at:
            parent[at] = parent[parent[at]]
            at = parent[at]
        return at

    counts = [at for at, value in enumerate(distinct) if value.magnitude is None]
    for at in counts[1:]:
        parent[root(at)] = root(counts[0])  # (counts that are no magnitude are all comparable)
    for at, value in enumerate(distinct):
        if value.magnitude is None:
            continue
        for other in range(len(distinct)):
            if other != at and comparable(value, distinct[other]):
                parent[root(other)] = root(at)
    place = {value: root(at) for at, value in enumerate(distinct)}
    groups: dict[int, list[int]] = {}
    for index, value in enumerate(values):
        groups.setdefault(place[value], []).append(index)
    return list(groups.values())


def any_disagreement(values: Iterable[Value]) -> bool:
    """Whether some two of `values` cannot both be true."""
    return bool(conflicting(list(values)))


def conflicting(values: Sequence[Value], owners: Sequence[Hashable] | None = None) -> set[int]:
    """Indexes of the values that are incompatible with at least one value of another owner.

    `owners` names who gives each value (the article); None: each value its own. One article
    giving two figures of one noun ("11 harbour tugs", "two seagoing tugs") counts two groups:
    an article does not contradict itself, so only values of different owners are compared.

    Linear, not pairwise: among figures that are not magnitudes, a value clashes with some value
    of another owner exactly when it misses the interval that starts last or the one that ends
    first among the other owners' (anything it misses lies beyond one of those). Magnitudes
    ("dozens" ... "millions") are a handful of distinct ranges, each compared with every value.
    """
    who: Sequence[Hashable] = range(len(values)) if owners is None else owners
    intervals = [interval_of(value) for value in values]
    if len(set(who)) < 2:
        return set()
    if any(value.precision is not None for value in values):
        return _conflicting_pairwise(values, who)
    counts = [index for index, value in enumerate(values) if value.magnitude is None]
    starts_last = _two_best(counts, who, lambda i: (intervals[i].low, intervals[i].low_open))
    ends_first = _two_best(counts, who,
                           lambda i: (-intervals[i].high, intervals[i].high_open))
    clashing: set[int] = set()
    for index in counts:
        for best in (starts_last, ends_first):
            other = next((i for i in best if who[i] != who[index]), None)
            if other is not None and not intervals_meet(intervals[index], intervals[other]):
                clashing.add(index)
    magnitudes: dict[Value, list[int]] = {}
    for index, value in enumerate(values):
        if value.magnitude is not None:
            magnitudes.setdefault(value, []).append(index)
    for magnitude, indexes in magnitudes.items():
        against = [index for index, value in enumerate(values)
                   if not compatible(magnitude, value)]
        magnitude_owners = {who[index] for index in indexes}
        against_owners = {who[index] for index in against}
        clashing.update(index for index in against if magnitude_owners - {who[index]})
        clashing.update(index for index in indexes if against_owners - {who[index]})
    return clashing


def _conflicting_pairwise(values: Sequence[Value], owners: Sequence[Hashable]) -> set[int]:
    """`conflicting` for a row of amounts of money, whose agreement by written digits is no
    meeting of intervals: each distinct value with each (a row holds a handful)."""
    owners_of: dict[Value, set[Hashable]] = {}
    for value, owner in zip(values, owners, strict=True):
        owners_of.setdefault(value, set()).add(owner)
    against = {value: [other for other in owners_of if not compatible(value, other)]
               for value in owners_of}
    return {index for index, value in enumerate(values)
            if any(owners_of[other] - {owners[index]} for other in against[value])}


MARKED_DISTINCT_MAX = 200
"""A row with more distinct figures than this marks every clashing one: telling the odd ones
out compares each distinct figure with each, which grows as their square."""


def odd_ones_out(values: Sequence[Value], owners: Sequence[Hashable],
                 clashing: Iterable[int]) -> set[int]:
    """The clashing figures to mark: those that clash with a figure as many articles agree with
    or more.

    Five articles giving 12 and one giving 15 disagree, but only the 15 is the odd one out;
    marking the five as well read as if every outlet were wrong (a newcomer's report). An
    article agrees with a figure when one of its own figures can be true with it (their
    intervals meet): so one
    article's 12 and 3 (of another toll) and another's "a dozen" mark the 3 alone, both articles
    agreeing with the dozen (a tester's report: the dozen was marked too). Where a clash splits
    the articles evenly (12 and 12 against 15 and 15), both sides are marked, as is every
    clashing figure in a row of more than MARKED_DISTINCT_MAX distinct figures.
    """
    clashing = set(clashing)
    owners_of: dict[Value, set[Hashable]] = {}
    for value, owner in zip(values, owners, strict=True):
        owners_of.setdefault(value, set()).add(owner)
    if not clashing or len(owners_of) > MARKED_DISTINCT_MAX:
        return clashing
    clashing_values = {values[index] for index in clashing}
    # (an article agrees with a figure its own can be true with: a magnitude far beyond it
    # counts another group and agrees with nothing, so it is no support)
    support = {value: len(set().union(*(
        who for other, who in owners_of.items()
        if _agree(value, other)))) for value in clashing_values}
    odd_values = {value for value in clashing_values
                  if any(support[other] >= support[value] for other in clashing_values
                         if not compatible(value, other))}
    return {index for index in clashing if values[index] in odd_values}


def _two_best(indexes: Sequence[int], owners: Sequence[Hashable],
              rank: Callable[[int], tuple[float, bool]]) -> list[int]:
    """The highest-ranked index, then the highest-ranked one of another owner (if any)."""
    ordered = sorted(indexes, key=rank, reverse=True)
    if not ordered:
        return []
    runner_up = next((i for i in ordered if owners[i] != owners[ordered[0]]), None)
    return [ordered[0]] if runner_up is None else [ordered[0], runner_up]
