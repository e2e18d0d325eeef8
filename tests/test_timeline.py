"""Who had it first and the timeline model, without Qt."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.provenance import Provenance
from viewer.timeline import _ticks, build_timeline, order_by_time, passage_spread

PROVENANCE = {
    "wire": Provenance(outlet="Wire", published="2020-01-08T02:10:00Z"),
    "paper": Provenance(outlet="Paper", published="2020-01-08T09:00:00+03:00"),  # 06:00 UTC
    "late": Provenance(outlet="Late Daily", published="2020-01-09T18:00:00Z"),
    "dayonly": Provenance(outlet="Weekly", published="2020-01-08"),
    "nodate": Provenance(outlet="Blog"),
}


def _passage(pid: str, *documents: str) -> Passage:
    return Passage(pid, tuple(Occurrence(d, 0, 5, "words") for d in documents))


def test_first_is_decided_only_when_the_times_allow() -> None:
    decided = passage_spread(_passage("p1", "paper", "late", "wire"), PROVENANCE)
    assert decided.first == ("wire",) and decided.decided
    assert decided.outlet_order == ("Wire", "Paper", "Late Daily")
    # An undated copy could have come first: the wire is the earliest dated, no more.
    with_undated = passage_spread(_passage("p1", "paper", "late", "wire", "nodate"), PROVENANCE)
    assert [c.document for c in with_undated.carriers] == ["wire", "paper", "late", "nodate"]
    assert with_undated.first == ("wire",) and not with_undated.decided
    assert with_undated.undated == ("nodate",)
    # A day-only date overlaps the wire's instant: either could have been first.
    open_question = passage_spread(_passage("p2", "dayonly", "wire", "late"), PROVENANCE)
    assert set(open_question.first) == {"wire", "dayonly"} and not open_question.decided
    nothing_known = passage_spread(_passage("p3", "nodate", "x"), PROVENANCE)
    assert nothing_known.first == () and nothing_known.undated == ("nodate", "x")


def test_articles_sort_by_time_with_undated_last_in_their_order() -> None:
    assert order_by_time(["nodate", "late", "x", "paper", "wire"], PROVENANCE) == [
        "wire", "paper", "late", "nodate", "x"]


def test_timeline_rows_marks_and_ticks() -> None:
    articles = [Article(doc, "text", doc.title()) for doc in ("late", "paper", "wire", "nodate")]
    provenance = {k: v for k, v in PROVENANCE.items() if k != "dayonly"}
    result = AlignmentResult(("late", "paper", "wire", "nodate"),
                             (_passage("p1", "paper", "wire", "nodate"),
                              _passage("p2", "late", "paper")))
    timeline = build_timeline(articles, provenance, result)
    assert [row.document for row in timeline.rows] == ["wire", "paper", "late", "nodate"]
    assert timeline.start == dt.datetime(2020, 1, 8, 2, 10, tzinfo=dt.timezone.utc)
    assert timeline.rows[0].span == (0.0, 0.0) and timeline.rows[2].span == (1.0, 1.0)
    assert timeline.rows[3].span is None and timeline.rows[3].label == "Blog"
    first, second = timeline.bands
    assert [m.row for m in first.marks] == [0, 1] and first.first_rows == (0,)
    assert [m.row for m in second.marks] == [1, 2]
    assert 0 < first.marks[1].fraction < 1
    assert 2 <= len(timeline.ticks) <= 9
    assert all(0 <= f <= 1 for f, _ in timeline.ticks)
    assert all(label.endswith("UTC") for _, label in timeline.ticks)


def test_a_carrier_known_only_to_the_day_is_marked_over_its_day() -> None:
    """A newcomer's report: an article dated 2025-04-22 (no time) got the passage's dot at the
    start of its grey bar, and looked published on the 21st at about 10:00 UTC. Its mark covers
    the day, the band joining it at the middle; an exact time is still a point."""
    articles = [Article(doc, "text", doc.title()) for doc in ("wire", "dayonly")]
    result = AlignmentResult(("wire", "dayonly"), (_passage("p1", "wire", "dayonly"),))
    timeline = build_timeline(articles, PROVENANCE, result)
    marks = {timeline.rows[m.row].document: m for m in timeline.bands[0].marks}
    assert marks["wire"].exact and marks["wire"].middle == marks["wire"].fraction
    day = marks["dayonly"]
    assert not day.exact and day.end_fraction is not None
    row = next(r for r in timeline.rows if r.document == "dayonly")
    assert (day.fraction, day.end_fraction) == row.span
    assert day.fraction < day.middle < day.end_fraction


def test_timeline_with_no_dates_or_one_instant() -> None:
    articles = [Article("a", "t", "A"), Article("b", "t", "B")]
    empty = build_timeline(articles, {}, AlignmentResult(("a", "b"), ()))
    assert empty.start is None and empty.ticks == () and all(r.span is None for r in empty.rows)
    one = build_timeline(articles, {"a": Provenance(published="2020-01-08T02:00:00Z")},
                         AlignmentResult(("a", "b"), ()))
    assert one.start is not None and one.end is not None and one.end > one.start
    assert one.rows[0].span == (0.5, 0.5)


_instants = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 1, 1),
                         timezones=st.just(dt.timezone.utc))


@given(st.lists(_instants, min_size=2, max_size=6))
def test_the_first_carrier_is_never_surely_after_another(moments: list[dt.datetime]) -> None:
    provenance = {f"d{i}": Provenance(published=m.isoformat()) for i, m in enumerate(moments)}
    spread = passage_spread(_passage("p", *provenance), provenance)
    earliest = min(moments)
    assert {moments[int(d[1:])] for d in spread.first} == {earliest}
    times = [c.published.earliest for c in spread.carriers if c.published is not None]
    assert times == sorted(times)


def test_the_list_s_date_agrees_with_the_utc_timeline_and_says_so() -> None:
    """A page published 2011-10-05T19:45-07:00 was listed as 2011-10-05 (its own day) while the
    timeline, in UTC without saying so, put it at 2011-10-06 02:45."""
    from viewer.corpus import Corpus
    from viewer.published_time import date_tooltip, list_date
    from viewer.rows import article_rows

    stated = "2011-10-05T19:45:00-07:00"
    assert list_date(stated, "2011-10-05") == "2011-10-06"
    assert "2011-10-06 02:45 UTC" in date_tooltip(stated) and stated in date_tooltip(stated)
    assert list_date("2011-10-05", "2011-10-05") == "2011-10-05"  # a day names no zone
    assert list_date("2011-10-05 19:45", None) == "2011-10-05 19:45"
    assert "without zone" in date_tooltip("2011-10-05 19:45") and date_tooltip(None) == ""
    (row,) = article_rows(Corpus([Article("a", "x", "A", date="2011-10-05",
                                          published=stated)]), None)
    assert row.date == "2011-10-06" and row.published == stated
    timeline = build_timeline([Article("a", "x", "A")], {"a": Provenance(published=stated)},
                              AlignmentResult(("a",), ()))
    assert all(label.endswith(" UTC") for _fraction, label in timeline.ticks)


def test_a_long_axis_is_ticked_at_months_starts() -> None:
    """A newcomer's report: an axis of ten months (21 Aug 2023 to 5 Jul 2024) had one tick,
    "2023-12-19", a multiple of 365 days from 1970 that no article carries. Axes longer than
    eight weeks are ticked on the first day of every Nth month, a step of a year or more in
    January."""
    utc = dt.timezone.utc
    ticks = _ticks(dt.datetime(2023, 8, 21, tzinfo=utc), dt.datetime(2024, 7, 5, tzinfo=utc))
    assert 3 <= len(ticks) <= 8
    assert all(label[8:10] == "01" for _fraction, label in ticks)
    assert [f for f, _ in ticks] == sorted(f for f, _ in ticks) and ticks[0][0] >= 0
    assert ticks[-1][0] <= 1
    decades = _ticks(dt.datetime(1990, 3, 2, tzinfo=utc), dt.datetime(2024, 7, 5, tzinfo=utc))
    assert all(label[5:10] == "01-01" for _fraction, label in decades) and len(decades) <= 8


@given(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 1, 1),
                    timezones=st.just(dt.timezone.utc)),
       st.timedeltas(min_value=dt.timedelta(hours=1), max_value=dt.timedelta(days=3_000_000)))
def test_ticks_lie_on_the_axis_in_order(start: dt.datetime, width: dt.timedelta) -> None:
    last = dt.datetime(9999, 12, 31, tzinfo=dt.timezone.utc)
    end = start + min(width, last - start)
    fractions = [f for f, _ in _ticks(start, end)]
    assert all(0 <= f <= 1 for f in fractions) and fractions == sorted(fractions)
