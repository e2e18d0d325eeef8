"""Who had it first: per passage, which articles carried it when, and a timeline model to draw.

Publication times are intervals (`viewer.provenance.PublishedTime`): a day without a time
could be any instant of that day in any zone. So "first" is the set of articles that may have
been first -- those whose earliest possible time is not after the latest possible time of the
surely-earliest one -- and the question is `decided` only when that is a single article and no
carrier is undated. Articles without a publication time are listed apart, never guessed into
the order.

`build_timeline` lays out plain data for a view: a UTC time axis, one row per article sorted
by time, and for each passage the marks where its carriers stand. With a passage in focus (the
one selected) the axis spans that passage's carriers, with a margin: an unrelated article a year
away squeezed them into the axis's first few percent (tester, session 58); the rows off the axis
say on which side they lie (`TimelineRow.outside`). Pure functions; no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from viewer.corpus import Article
from viewer.passages import AlignmentResult, Passage
from viewer.provenance import Provenance, PublishedTime
from viewer.wording import titles_told_apart

AXIS_ZONE = "UTC"
"""The axis's zone: one zone for articles from several; the article list's dates agree."""
_MAX_TICKS = 8
_TICK_STEPS = tuple(dt.timedelta(minutes=m) for m in (
    1, 5, 15, 30, 60, 180, 360, 720, 1440, 2880, 10080))
"""Steps of fixed length, up to a week; longer axes are ticked at months' starts
(`_month_ticks`): a step of 30 or 365 days from 1970 fell on no date anyone reads, and an
axis of ten months had one tick, mid-way ("2023-12-19", a newcomer's report)."""
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)
FOCUS_MARGIN = 0.05
"""Room on each side of the focused passage's carriers, as a share of their span: its first and
last marks are not drawn on the axis's very ends, where the articles off it are pointed to."""


@dataclass(frozen=True)
class Carrier:
    """One article carrying a passage, and when it was published (None: unknown)."""

    document: str
    outlet: str
    """The outlet's name, else the article's title."""
    published: PublishedTime | None


@dataclass(frozen=True)
class PassageSpread:
    """How one passage spread across outlets over time."""

    passage_id: str
    carriers: tuple[Carrier, ...]
    """Dated carriers by earliest possible time, then the undated ones in corpus order."""
    first: tuple[str, ...]
    """Dated documents that may have carried it first (no undated one is ever listed here)."""
    outlet_order: tuple[str, ...]
    """Outlets in the order they first carried it (dated outlets only)."""
    undated: tuple[str, ...]
    """Documents carrying it with no known publication time."""

    @property
    def decided(self) -> bool:
        """One article surely first: the times rule out every other, and none is undated (an
        undated copy could have come before)."""
        return len(self.first) == 1 and not self.undated


def _time_key(time: PublishedTime) -> tuple[dt.datetime, dt.datetime]:
    return time.earliest, time.latest


def order_by_time(document_ids: Sequence[str], provenance: Mapping[str, Provenance]
                  ) -> list[str]:
    """Document ids sorted by publication time (earliest possible first); undated last, in
    their given order. Stable: equal times keep the given order."""
    times = {doc: provenance[doc].published_time if doc in provenance else None
             for doc in document_ids}
    dated = [doc for doc in document_ids if times[doc] is not None]
    dated.sort(key=lambda doc: _time_key(times[doc]))  # type: ignore[arg-type]
    return dated + [doc for doc in document_ids if times[doc] is None]


def passage_spread(passage: Passage, provenance: Mapping[str, Provenance],
                   titles: Mapping[str, str] | None = None) -> PassageSpread:
    """Who carried `passage` when (see the module docstring for what "first" means)."""
    titles = titles or {}
    carriers: list[Carrier] = []
    for document in order_by_time(passage.document_ids, provenance):
        known = provenance.get(document, Provenance())
        outlet = known.outlet or titles.get(document) or document
        carriers.append(Carrier(document, outlet, known.published_time))
    dated = [c for c in carriers if c.published is not None]
    first: tuple[str, ...] = ()
    if dated:
        latest_first = min(c.published.latest for c in dated if c.published is not None)
        first = tuple(c.document for c in dated
                      if c.published is not None and c.published.earliest <= latest_first)
    outlets: dict[str, None] = {}
    for carrier in dated:
        outlets.setdefault(carrier.outlet, None)
    return PassageSpread(passage.id, tuple(carriers), first, tuple(outlets),
                         tuple(c.document for c in carriers if c.published is None))


def who_had_it_first(result: AlignmentResult, provenance: Mapping[str, Provenance],
                     titles: Mapping[str, str] | None = None) -> tuple[PassageSpread, ...]:
    """`passage_spread` for every passage, in the result's order."""
    return tuple(passage_spread(p, provenance, titles) for p in result.passages)


# -- the timeline model ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRow:
    """One article on the time axis; `span` is where its publication time may lie, as
    fractions of the axis (equal ends: an exact time), None when undated."""

    document: str
    label: str
    published: PublishedTime | None
    span: tuple[float, float] | None
    outside: int = 0
    """-1: wholly before the axis, 1: wholly after it (the axis spans the carriers of the
    passage in focus, not this article), 0: on it (or undated)."""


@dataclass(frozen=True)
class TimelineMark:
    row: int
    fraction: float
    """Where on the axis (the row's earliest possible time)."""
    end_fraction: float | None = None
    """The row's latest possible time, for a time known only to the day (or another range):
    the mark covers the range, a dot at its start read as that instant (a newcomer's report:
    an article dated the 22nd looked published on the 21st at 10:00)."""

    @property
    def exact(self) -> bool:
        return self.end_fraction is None or self.end_fraction <= self.fraction

    @property
    def middle(self) -> float:
        """Where the band's line meets the mark: the exact time, or the middle of the range's
        part on the axis (the range clamped to it, as it is drawn). A day-only bar reaching
        over an axis a few hours wide had its middle far off it: the line to it crossed the
        axis between rows, joined to no mark drawn (reviewer). A range wholly off the axis
        is met at its middle, toward its side."""
        if self.exact or self.end_fraction is None:
            return self.fraction
        start, end = max(self.fraction, 0.0), min(self.end_fraction, 1.0)
        if start > end:  # (off the axis)
            start, end = self.fraction, self.end_fraction
        return (start + end) / 2

    @property
    def off_axis(self) -> bool:
        """Wholly before or after the axis, as its row's `TimelineRow.outside` says."""
        latest = self.fraction if self.end_fraction is None else self.end_fraction
        return latest < 0 or self.fraction > 1


@dataclass(frozen=True)
class TimelineBand:
    """One passage drawn across the rows that carry it, marks in time order."""

    passage_id: str
    marks: tuple[TimelineMark, ...]
    first_rows: tuple[int, ...]

    def joins(self) -> tuple[tuple[TimelineMark, TimelineMark], ...]:
        """The successive marks (in time order) the band's line joins: not two that both lie off
        the axis. Cut at the axis's ends, a line from a carrier before the axis to one after it
        crossed the axis between rows, joined to no mark drawn (reviewer); one from a mark on
        the axis to one off it leaves the axis toward that side."""
        return tuple((a, b) for a, b in pairwise(self.marks)
                     if not (a.off_axis and b.off_axis))


@dataclass(frozen=True)
class Timeline:
    start: dt.datetime | None
    end: dt.datetime | None
    """The axis, in UTC (None when no article is dated)."""
    rows: tuple[TimelineRow, ...]
    bands: tuple[TimelineBand, ...]
    ticks: tuple[tuple[float, str], ...]
    """(fraction, label) for the axis."""
    focus: str | None = None
    """The passage whose carriers the axis spans (None: it spans every dated article)."""

    def outside_rows(self) -> tuple[TimelineRow, ...]:
        """The dated rows the axis leaves out (before it, then after it)."""
        return tuple(row for side in (-1, 1) for row in self.rows if row.outside == side)


def build_timeline(articles: Iterable[Article], provenance: Mapping[str, Provenance],
                   result: AlignmentResult, focus: str | None = None) -> Timeline:
    """The timeline of `articles` (rows by time) with each passage's spread across it; the
    axis spans the dated carriers of passage `focus`, if it has any, else every dated
    article."""
    article_list = list(articles)
    titles = {a.id: a.title for a in article_list}
    order = order_by_time([a.id for a in article_list], provenance)
    times = {doc: provenance[doc].published_time if doc in provenance else None for doc in order}
    known = [t for t in times.values() if t is not None]
    carriers = _carriers(result, focus)
    focused = [t for doc, t in times.items() if t is not None and doc in carriers]
    start, end = _axis(focused, FOCUS_MARGIN) if focused else _axis(known)

    def fraction(moment: dt.datetime) -> float:
        if start is None or end is None:
            return 0.0
        return (moment - start) / (end - start)

    # (two articles of one outlet, or titles that open alike, are led by their ids: the
    # row labels are cut at their right end)
    labels = titles_told_apart({doc: (provenance[doc].outlet if doc in provenance else None)
                                or titles.get(doc) or doc for doc in order})
    rows: list[TimelineRow] = []
    for doc in order:
        time = times[doc]
        label = labels[doc]
        span = (fraction(time.earliest), fraction(time.latest)) if time is not None else None
        outside = 0 if span is None else -1 if span[1] < 0 else 1 if span[0] > 1 else 0
        rows.append(TimelineRow(doc, label, time, span, outside))
    row_of = {row.document: index for index, row in enumerate(rows)}
    bands: list[TimelineBand] = []
    for spread in who_had_it_first(result, provenance, titles):
        marks = tuple(TimelineMark(row_of[c.document], fraction(c.published.earliest),
                                   None if c.published.exact else fraction(c.published.latest))
                      for c in spread.carriers
                      if c.published is not None and c.document in row_of)
        first_rows = tuple(row_of[doc] for doc in spread.first if doc in row_of)
        bands.append(TimelineBand(spread.passage_id, marks, first_rows))
    ticks = _ticks(start, end) if start is not None and end is not None else ()
    return Timeline(start, end, tuple(rows), tuple(bands), ticks, focus if focused else None)


def _carriers(result: AlignmentResult, passage_id: str | None) -> set[str]:
    if passage_id is None:
        return set()
    try:
        return set(result.passage(passage_id).document_ids)
    except KeyError:  # (a selection from before the result changed)
        return set()


def _axis(times: Sequence[PublishedTime], margin: float = 0.0
          ) -> tuple[dt.datetime | None, dt.datetime | None]:
    """From the earliest to the latest of `times`, widened by `margin` of that on each side."""
    if not times:
        return None, None
    start = min(t.earliest for t in times)
    end = max(t.latest for t in times)
    if end - start < dt.timedelta(hours=1):  # one instant (or close): give the axis width
        start, end = start - dt.timedelta(minutes=30), end + dt.timedelta(minutes=30)
    room = (end - start) * margin
    return start - room, end + room


def _ticks(start: dt.datetime, end: dt.datetime) -> tuple[tuple[float, str], ...]:
    width = end - start
    if width / _TICK_STEPS[-1] > _MAX_TICKS:
        return _month_ticks(start, end)
    step = next((s for s in _TICK_STEPS if width / s <= _MAX_TICKS), _TICK_STEPS[-1])
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    first = epoch + step * -(-(start - epoch) // step)  # the first multiple of step >= start
    ticks: list[tuple[float, str]] = []
    moment = first
    label_format = "%Y-%m-%d" if step >= dt.timedelta(days=1) else "%Y-%m-%d %H:%M"
    while moment <= end:
        ticks.append(((moment - start) / width, moment.strftime(label_format) + f" {AXIS_ZONE}"))
        moment += step
    return tuple(ticks)


def _month_ticks(start: dt.datetime, end: dt.datetime) -> tuple[tuple[float, str], ...]:
    """Ticks on the first day of every Nth month from `start` to `end` (N the fewest of
    _MONTH_STEPS giving _MAX_TICKS ticks at most; a year or more, in January)."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = next((s for s in _MONTH_STEPS if months / s <= _MAX_TICKS), _MONTH_STEPS[-1])
    index = start.year * 12 + start.month - 1  # months since year 0, January 0
    index += -index % step  # the first month of the step's grid (a year step: January)
    if index < 12 or dt.datetime(index // 12, index % 12 + 1, 1, tzinfo=start.tzinfo) < start:
        index += step  # (year 0 is no year of `datetime`)
    width = end - start
    ticks: list[tuple[float, str]] = []
    while index // 12 <= dt.MAXYEAR:
        moment = dt.datetime(index // 12, index % 12 + 1, 1, tzinfo=start.tzinfo)
        if moment > end:
            break
        ticks.append(((moment - start) / width, moment.strftime("%Y-%m-%d") + f" {AXIS_ZONE}"))
        index += step
    return tuple(ticks)
