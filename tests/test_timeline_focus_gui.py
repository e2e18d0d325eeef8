"""The timeline window scales its axis to the selected passage's carriers and points to the
articles off it (tester, session 58: a distractor two months away squeezed the carriers into the
axis's left edge)."""

from __future__ import annotations

from dataclasses import replace

from tests.viewfixtures import by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import make_window
from widgets.timeline_view import off_axis_label


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
