"""Which figures of a row are one count at two moments rather than outlets disagreeing, and
which figures a reader is shown as the odd ones out or as the later counts.

A figure its sentence gives as of a time (`viewer.figures.as_of`: "截至2日15时30分", "as of
6 p.m. Tuesday") is the count of that moment. Two figures of different articles that cannot
both be true (`compatibility`) are:

- an *update* where both name moments that can be put in order, one before the other (a
  county's 36 dead "as of 6 a.m. on the 2nd" and Xinhua's 48 "as of 15:30" that day): one
  count at two moments. The count of the later moment is marked as the later one, whether it
  is larger or not (the missing fall as they are found; a toll is revised down);
- a *disagreement* otherwise, as when counts had no times: neither names a moment, or one
  does not, or they name one moment, or moments that cannot be put in order ("18时" and "2日
  6时"). Words that give a count as a running tally ("so far", "rose to", "已致") are shown
  with it but order nothing: a denial against "at least 80 killed so far", a toll "revised
  down to 42" against one that "rose to 50" are outlets that cannot all be right, and a
  wrong "updated" would hide that from a fact-checker.

Among a row's disagreements the odd ones out are marked (`compatibility.odd_ones_out`), as
they were before counts had times: a toll's higher count given as of no time is marked like
any other, since without a time nothing tells a later count from a wrong one (another tally,
another incident: "16 people" of another count, "dozens" of another attack, were such).
Pure functions, no Qt.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from viewer.figures.as_of import AsOf
from viewer.figures.compatibility import compatible, conflicting, odd_ones_out
from viewer.figures.moments import Moment, moment_order
from viewer.figures.values import Value

UPDATE_PAIRS_MAX = 40_000
"""A row whose distinct clashing figures (value and moment), squared, pass this marks no
update, as before counts had times: telling which is later compares each with each."""


@dataclass(frozen=True)
class RowMarks:
    """A row's figures (by index): `conflicts`, those in a disagreement; `marked`, the odd ones
    out of it; `later`, the later counts of an update; `updated`, whether some two figures are
    one count at two moments; `differing`, those that cannot be true together with another
    article's figure, at one moment or not (the disagreement before counts had times)."""

    conflicts: frozenset[int]
    marked: frozenset[int]
    later: frozenset[int]
    updated: bool
    differing: frozenset[int] = frozenset()


def row_marks(values: Sequence[Value], owners: Sequence[Hashable],
              times: Sequence[AsOf | None]) -> RowMarks:
    """The marks of a row whose figures are `values`, given by the articles `owners`, as of
    `times` (module docstring)."""
    differing = conflicting(values, owners)
    moments = [time.moment if time is not None else None for time in times]
    later: set[int] = set()
    conflicts, updated = differing, False
    # (an update needs two moments: a row whose clashing figures name fewer is as before)
    if len({moments[index] for index in differing} - {None}) > 1:
        conflicts, later, updated = _told_apart_by_time(values, owners, moments, differing)
    marked = odd_ones_out(values, owners, conflicts)
    return RowMarks(frozenset(conflicts), frozenset(marked), frozenset(later), updated,
                    frozenset(differing))


def _told_apart_by_time(values: Sequence[Value], owners: Sequence[Hashable],
                        moments: Sequence[Moment | None], differing: set[int]
                        ) -> tuple[set[int], set[int], bool]:
    """Of the `differing` figures (each clashes with another article's), those in a
    disagreement, the latest counts (later than a count they differ from, earlier than none:
    of 19, 24, 36 and 48 dead as of four times, the 48) and whether some two are an update
    (module docstring)."""
    # (on distinct figures: a row of a thousand reprints holds a handful)
    keys: dict[tuple[Value, Moment | None], list[int]] = {}
    for index in sorted(differing):
        keys.setdefault((values[index], moments[index]), []).append(index)
    if len(keys) ** 2 > UPDATE_PAIRS_MAX:
        return differing, set(), False
    owners_of = {key: {owners[index] for index in members} for key, members in keys.items()}
    conflicts: set[int] = set()
    later: set[tuple[Value, Moment | None]] = set()
    earlier: set[tuple[Value, Moment | None]] = set()
    listed = list(keys)
    for position, one in enumerate(listed):
        for other in listed[position + 1:]:
            if _one_article(owners_of[one], owners_of[other]) or compatible(one[0], other[0]):
                continue  # (an article does not contradict or update itself)
            order = _order(one[1], other[1])
            if order:
                later.add(one if order > 0 else other)
                earlier.add(other if order > 0 else one)
                continue
            for mine, theirs in ((one, other), (other, one)):
                conflicts.update(index for index in keys[mine]
                                 if len(owners_of[theirs]) > 1
                                 or owners[index] not in owners_of[theirs])
    # (the latest counts: each count the ones after it update is no later count itself)
    latest = {index for key in later - earlier for index in keys[key]}
    return conflicts, latest, bool(later)


def _one_article(first: set[Hashable], second: set[Hashable]) -> bool:
    """Whether two sets of articles are one and the same article (without building their
    union: a row of a thousand reprints compares its distinct figures each with each)."""
    return len(first) == len(second) == 1 and first == second


def _order(first: Moment | None, second: Moment | None) -> int:
    """1 or -1 as `first` comes after or before `second`; 0 where they are one moment, or
    either is missing or they cannot be put in order."""
    if first is None or second is None:
        return 0
    return moment_order(first, second) or 0
