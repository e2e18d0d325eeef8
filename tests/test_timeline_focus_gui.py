"""The timeline window scales its axis to the selected passage's carriers and points to the
articles off it (tester, session 58: a distractor two months away squeezed the carriers into the
axis's left edge)."""

from __future__ import annotations

from dataclasses import replace

from tests.test_timeline_focus import ARTICLES, PROVENANCE, RESULT
from tests.viewfixtures import by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.timeline import build_timeline
from widgets.timeline_view import TimelineCanvas, off_axis_label


def test_the_selected_passage_s_carriers_fill_the_axis_and_the_others_are_pointed_to(
        qtbot) -> None:
    articles = sample_articles()
    docs = by_prefix(articles)
    times = {"000": "2020-01-08T02:00:00Z", "002": "2020-01-08T06:00:00Z",
             "003": "2020-01-08T09:00:00Z", "001": "2020-03-20T10:00:00Z"}  # 001: off the tweet
    dated = [replace(a, source=f"Outlet {key}", published=times[key]) if key in times else a
             for key, a in ((a.id[:3], a) for a in articles)]
    window = make_window(qtbot, dated, ground_truth_result(dated))
    tweet = window.workspace.result.passage("p1")
    assert docs["001"].id not in tweet.document_ids
    window.workspace.select_passage("p1")
    view = window.reading_views.show_timeline()
    qtbot.waitUntil(lambda: view.isVisible() and view.canvas.timeline is not None
                    and view.canvas.timeline.focus == "p1")
    canvas = view.canvas
    timeline = canvas.timeline
    left, right = canvas.x_of(0), canvas.x_of(1)
    xs = [canvas.x_of(mark.middle) for mark in canvas.selected_band().marks]
    assert max(xs) - min(xs) > 0.8 * (right - left)  # not squeezed into the left edge
    off = [row for row in timeline.rows if row.outside]
    assert [row.document for row in off] == [docs["001"].id]
    assert off_axis_label(off[0]) == "2020-03-20 10:00 UTC ▸"
    assert "1 other lies off it, 1 later (2020-03-20 10:00 UTC)" in view.summary.text()
    window.workspace.select_passage(None)  # no passage: the axis spans every article again
    qtbot.waitUntil(lambda: canvas.timeline is not None and canvas.timeline.focus is None)
    assert not canvas.timeline.outside_rows()


def test_a_passage_carried_only_off_the_axis_draws_nothing_on_it(qtbot) -> None:
    """Carried before the axis and after it, another passage was a faint line across the axis
    between rows, joined to no mark (reviewer): the canvas is painted as without it."""
    result = AlignmentResult(RESULT.document_ids, (*RESULT.passages, Passage("p4", tuple(
        Occurrence(d, 0, 5, "words") for d in ("older", "distractor")))))
    timeline = build_timeline(ARTICLES, PROVENANCE, result, focus="p1")
    assert any(band.passage_id == "p4" for band in timeline.bands)
    without = replace(timeline, bands=tuple(b for b in timeline.bands if b.passage_id != "p4"))
    images = []
    for shown in (timeline, without):
        canvas = TimelineCanvas()
        qtbot.addWidget(canvas)
        canvas.set_timeline(shown, "p1")
        canvas.resize(900, canvas.minimumHeight())
        images.append(canvas.grab().toImage())
    assert images[0] == images[1]
