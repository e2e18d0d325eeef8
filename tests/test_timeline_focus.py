"""The timeline's axis spans the selected passage's carriers, and the line above it reads (tester,
session 58: an unrelated article dated two months later squeezed the Meta layoffs' carriers into
the axis's first few percent, and five titles with their dates ran on as one sentence). No Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from viewer.corpus import Article
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.provenance import Provenance
from viewer.timeline import FOCUS_MARGIN, build_timeline
from viewer.timeline_summary import LISTED_FIRSTS, timeline_summary

PROVENANCE = {
    "wire": Provenance(outlet="Wire", published="2022-11-09T08:00:00Z"),
    "paper": Provenance(outlet="Paper", published="2022-11-09T14:00:00Z"),
    "daily": Provenance(outlet="Daily", published="2022-11-10T08:00:00Z"),
    "older": Provenance(outlet="Older story", published="2022-10-01T09:00:00Z"),
    "distractor": Provenance(outlet="Another story", published="2023-01-12"),
    "blog": Provenance(outlet="Blog"),
}
RESULT = AlignmentResult(tuple(PROVENANCE), (
    Passage("p1", tuple(Occurrence(d, 0, 5, "words") for d in ("wire", "paper", "daily"))),
    Passage("p2", tuple(Occurrence(d, 0, 5, "words") for d in ("daily", "distractor"))),
    Passage("p3", tuple(Occurrence(d, 0, 5, "words") for d in ("blog", "paper")))))
ARTICLES = [Article(doc, "words", doc.title()) for doc in PROVENANCE]


def test_the_axis_spans_the_focused_passage_s_carriers_with_a_margin() -> None:
    whole = build_timeline(ARTICLES, PROVENANCE, RESULT)
    assert whole.focus is None and not whole.outside_rows()
    squeezed = [row.span for row in whole.rows if row.document in ("wire", "daily")]
    assert all(span is not None and span[1] < 0.5 for span in squeezed)  # (the report)

    timeline = build_timeline(ARTICLES, PROVENANCE, RESULT, focus="p1")
    assert timeline.focus == "p1"
    first, last = (dt.datetime(2022, 11, 9, 8, tzinfo=dt.timezone.utc),
                   dt.datetime(2022, 11, 10, 8, tzinfo=dt.timezone.utc))
    assert timeline.start == first - (last - first) * FOCUS_MARGIN
    assert timeline.end == last + (last - first) * FOCUS_MARGIN
    spans = {row.document: row.span for row in timeline.rows}
    assert spans["wire"] == pytest.approx((FOCUS_MARGIN / (1 + 2 * FOCUS_MARGIN),) * 2)
    assert spans["daily"] is not None and 0.9 < spans["daily"][0] < 1
    sides = {row.document: row.outside for row in timeline.rows}
    assert sides == {"older": -1, "wire": 0, "paper": 0, "daily": 0, "distractor": 1,
                     "blog": 0}
    assert [row.document for row in timeline.outside_rows()] == ["older", "distractor"]
    assert all(0 <= fraction <= 1 for fraction, _label in timeline.ticks)


def test_a_passage_with_no_dated_carrier_leaves_the_axis_over_every_article() -> None:
    result = AlignmentResult(("blog", "x"), (
        Passage("p9", (Occurrence("blog", 0, 5, "words"), Occurrence("x", 0, 5, "words"))),))
    timeline = build_timeline(ARTICLES, PROVENANCE, result, focus="p9")
    assert timeline.focus is None and timeline == build_timeline(ARTICLES, PROVENANCE, result)
    gone = build_timeline(ARTICLES, PROVENANCE, RESULT, focus="no-such-passage")
    assert gone.focus is None  # (a selection from before the result changed)


def test_the_line_above_says_where_the_articles_off_the_axis_lie() -> None:
    timeline = build_timeline(ARTICLES, PROVENANCE, RESULT, focus="p1")
    text = timeline_summary(timeline, timeline.bands[0], 0)
    assert text.startswith("The selected passage appeared first in Wire.")
    assert ("2 others lie off it, 1 earlier (2022-10-01 09:00 UTC) and 1 later (2023-01-12)"
            in text)
    assert "1 without a publication time are listed last" in text
    unfocused = build_timeline(ARTICLES, PROVENANCE, RESULT)
    assert "off it" not in timeline_summary(unfocused, unfocused.bands[0], 0)


def test_the_articles_that_may_have_been_first_are_listed_one_a_line() -> None:
    """Five long titles dated the same day ran on as one sentence; each is a line of its own,
    cut to a readable length, and past `LISTED_FIRSTS` the rest are counted."""
    count = LISTED_FIRSTS + 2
    documents = [f"d{i}" for i in range(count)]
    title = "Facebook owner Meta to lay off 11,000 staff in the first mass layoffs in its history"
    provenance = {d: Provenance(outlet=f"{title} ({d})", published="2022-11-09")
                  for d in documents}
    articles = [Article(d, "words", d) for d in documents]
    result = AlignmentResult(tuple(documents), (
        Passage("p1", tuple(Occurrence(d, 0, 5, "words") for d in documents)),))
    timeline = build_timeline(articles, provenance, result, focus="p1")
    lines = timeline_summary(timeline, timeline.bands[0], 0).split("\n")
    assert lines[0] == "The times cannot tell which came first:"
    listed = [line for line in lines if line.startswith("• ")]
    assert len(listed) == LISTED_FIRSTS + 1 and listed[-1] == "• and 2 more, ringed on the timeline"
    assert all(line.endswith("… (2022-11-09)") and len(line) < 90 for line in listed[:-1])
    assert lines[-1].startswith("A date without a time and zone may be any hour")


def test_no_line_joins_two_carriers_that_both_lie_off_the_axis() -> None:
    """Another passage carried before the axis and after it was a faint line across the axis
    between rows, joined to no mark (reviewer); from a mark on the axis it still leaves it."""
    result = AlignmentResult(RESULT.document_ids, (*RESULT.passages, Passage("p4", tuple(
        Occurrence(d, 0, 5, "words") for d in ("older", "distractor")))))
    timeline = build_timeline(ARTICLES, PROVENANCE, result, focus="p1")
    bands = {band.passage_id: band for band in timeline.bands}
    rows = [row.document for row in timeline.rows]
    assert [(rows[a.row], rows[b.row]) for a, b in bands["p2"].joins()] == [
        ("daily", "distractor")]
    assert [rows[mark.row] for mark in bands["p4"].marks] == ["older", "distractor"]
    assert all(mark.off_axis for mark in bands["p4"].marks) and bands["p4"].joins() == ()
    assert [(rows[a.row], rows[b.row]) for a, b in bands["p1"].joins()] == [
        ("wire", "paper"), ("paper", "daily")]
    sides = {row.document: row.outside != 0 for row in timeline.rows if row.span is not None}
    assert sides == {rows[mark.row]: mark.off_axis for band in timeline.bands
                     for mark in band.marks}  # (a mark is off the axis as its row is)


def test_a_line_meets_a_day_only_mark_on_the_part_of_its_bar_on_the_axis() -> None:
    """The axis a few hours wide, an article known only to the day reaches over it: the line to
    another passage's carrier after the axis met the bar's middle far off the axis, and crossed
    it between rows joined to no mark (reviewer). It meets the bar where the bar is drawn."""
    provenance = {"first": Provenance(outlet="A", published="2024-07-31T20:00Z"),
                  "second": Provenance(outlet="B", published="2024-07-31T21:00Z"),
                  "third": Provenance(outlet="C", published="2024-07-31T22:00Z"),
                  "dayonly": Provenance(outlet="D", published="2024-07-31"),
                  "morning": Provenance(outlet="E", published="2024-08-01T06:00Z")}
    result = AlignmentResult(tuple(provenance), (
        Passage("p1", tuple(Occurrence(d, 0, 5, "words") for d in ("first", "second", "third"))),
        Passage("p5", tuple(Occurrence(d, 0, 5, "words") for d in ("dayonly", "morning")))))
    articles = [Article(doc, "words", doc.title()) for doc in provenance]
    timeline = build_timeline(articles, provenance, result, focus="p1")
    rows = [row.document for row in timeline.rows]
    band = next(band for band in timeline.bands if band.passage_id == "p5")
    day, morning = band.marks
    assert rows[day.row] == "dayonly" and day.end_fraction is not None
    assert day.fraction < 0 and day.end_fraction > 1 and not day.off_axis  # (over the axis)
    assert morning.off_axis and band.joins() == ((day, morning),)
    assert day.middle == pytest.approx(0.5)  # (the middle of its part on the axis)
    for mark in (m for band in timeline.bands for m in band.marks if not m.off_axis):
        assert 0 <= mark.middle <= 1  # (every line meets a mark where it is drawn)
    off = replace(day, fraction=-3.0, end_fraction=-2.0)
    assert off.off_axis and off.middle == -2.5  # (wholly off the axis: toward its side)
