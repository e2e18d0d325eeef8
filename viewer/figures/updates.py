"""Which figures of a row are one count at two moments rather than outlets disagreeing, and
which figures a reader is shown as the odd ones out or as the later counts.

A figure given as of a time or as a tally still running (`viewer.figures.as_of`:
"截至2日15时30分", "as of this minute", "so far", "rose to", "已致") is the count of its moment.
Two figures of different articles that cannot both be true (`compatibility`) are:

- a *disagreement* where neither is so given, or both are given as of one moment (the same hour
  of the same day): outlets that cannot all be right;
- an *update* otherwise: one count at two moments (a county's 36 dead "as of 6 a.m. on the
  2nd" and Xinhua's 48 "as of 15:30"). The later of the two is marked: by their moments where
  both name ones that can be put in order, else the larger (a tally runs up).

Among a row's disagreements the odd ones out are marked (`compatibility.odd_ones_out`), as
they were before counts had times: a toll's higher count given as of no time is marked like
any other, since without a time nothing tells a later count from a wrong one (another tally,
another incident: "16 people" of another count, "dozens" of another attack, were such).
Pure functions, no Qt.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from viewer.figures.as_of import AsOf, Moment, moment_order
from viewer.figures.compatibility import compatible, conflicting, interval_of, odd_ones_out
from viewer.figures.values import Value

UPDATE_PAIRS_MAX = 40_000
"""A row whose distinct counts given as of a moment, times all its distinct figures, pass this
marks no update: telling which is later compares each with each."""


@dataclass(frozen=True)
class RowMarks:
    """A row's figures (by index): `conflicts`, those in a disagreement; `marked`, the odd ones
    out of it; `later`, the later counts of an update; `updated`,
    whether some two figures are one count at two moments."""

    conflicts: frozenset[int]
    marked: frozenset[int]
    later: frozenset[int]
    updated: bool


def row_marks(values: Sequence[Value], owners: Sequence[Hashable],
              times: Sequence[AsOf | None]) -> RowMarks:
    """The marks of a row whose figures are `values`, given by the articles `owners`, as of
    `times` (module docstring)."""
    # (figures given as of no time are one group, as of one moment another; a tally given as
    # running, with no time, is a moment of its own: it disagrees with none)
    groups: dict[Hashable, list[int]] = {}
    for index, time in enumerate(times):
        key: Hashable = None if time is None else (
            ("at", time.moment) if time.moment is not None else ("running", index))
        groups.setdefault(key, []).append(index)
    conflicts: set[int] = set()
    for members in groups.values():
        if len(members) > 1:
            found = conflicting([values[i] for i in members], [owners[i] for i in members])
            conflicts.update(members[k] for k in found)
    marked = odd_ones_out(values, owners, conflicts)
    updated, later = _updates(values, owners, times)
    return RowMarks(frozenset(conflicts), frozenset(marked), frozenset(later), updated)


def _updates(values: Sequence[Value], owners: Sequence[Hashable],
             times: Sequence[AsOf | None]) -> tuple[bool, set[int]]:
    """Whether some two figures of different articles are one count at two moments (module
    docstring), and the indexes of the latest: later than a count they differ from, earlier
    than none (of 19, 24, 36 and 48 dead as of four times, the 48)."""
    # (on distinct figures: a row of a thousand reprints holds a handful)
    indexes: dict[tuple[Value, Moment | None, bool], list[int]] = {}
    for index, (value, time) in enumerate(zip(values, times, strict=True)):
        key = (value, time.moment if time is not None else None, time is not None)
        indexes.setdefault(key, []).append(index)
    timed = [key for key in indexes if key[2]]
    if not timed or len(timed) * len(indexes) > UPDATE_PAIRS_MAX:
        return False, set()
    owners_of = {key: {owners[index] for index in members} for key, members in indexes.items()}
    place = {key: position for position, key in enumerate(timed)}
    updated = False
    later, earlier = set(), set()
    for position, one in enumerate(timed):
        for other in indexes:
            if place.get(other, len(timed)) <= position:
                continue  # (itself, and each pair of timed figures once)
            if len(owners_of[one] | owners_of[other]) < 2 or compatible(one[0], other[0]):
                continue
            if one[1] is not None and other[1] is not None \
                    and moment_order(one[1], other[1]) == 0:
                continue  # given as of one moment: a disagreement
            updated = True
            last = _later_of(one, other)
            if last is not None:
                later.add(last)
                earlier.add(other if last == one else one)
    # (the latest counts: each count the ones after it update is no later count itself)
    return updated, {index for key in later - earlier for index in indexes[key]}


def _later_of(one: tuple[Value, Moment | None, bool],
              other: tuple[Value, Moment | None, bool]
              ) -> tuple[Value, Moment | None, bool] | None:
    """Of two counts at two moments, the later: by their moments where they can be put in
    order, else the larger (a tally runs up); None where neither tells."""
    if one[1] is not None and other[1] is not None:
        order = moment_order(one[1], other[1])
        if order:
            return one if order > 0 else other
    first, second = interval_of(one[0]), interval_of(other[0])
    if first.low > second.high:
        return one
    if second.low > first.high:
        return other
    return None
