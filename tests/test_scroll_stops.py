"""Where a pane stops when the program scrolls it (viewer.scroll_stops): a line's top or the start,
so that the line at the view's top is never cut in half. No Qt."""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from viewer.scroll_stops import START, LineTops, nearest_stop, scroll_limit, stop_showing

LINES = [4.0, 20.0, 36.0, 62.0, 78.0]
"""Line tops of a small text: a 4-pixel margin, 16-pixel lines, a 10-pixel paragraph gap after
the third line."""


def tops_around(y: float, lines: list[float] = LINES) -> LineTops:
    """What the view measures at y: the top of the line at or above y and of the next one."""
    at = bisect.bisect_right(lines, y)
    return LineTops(lines[at - 1] if at else None, lines[at] if at < len(lines) else None)


def test_a_height_inside_a_line_stops_at_the_nearer_of_its_top_and_the_next_lines() -> None:
    assert nearest_stop(25.0, tops_around(25.0)) == 20.0
    assert nearest_stop(31.0, tops_around(31.0)) == 36.0
    assert nearest_stop(28.0, tops_around(28.0)) == 20.0  # as near: the upper one
    assert nearest_stop(36.0, tops_around(36.0)) == 36.0


def test_a_height_in_a_paragraph_gap_stops_at_a_line_top_not_in_the_gap() -> None:
    assert nearest_stop(54.0, tops_around(54.0)) == 62.0
    assert nearest_stop(40.0, tops_around(40.0)) == 36.0


def test_above_the_first_line_the_start_is_a_stop() -> None:
    assert nearest_stop(1.0, tops_around(1.0)) == START
    assert nearest_stop(3.0, tops_around(3.0)) == 4.0


def test_a_line_shown_at_a_level_starts_the_view_at_a_line_top_and_stays_in_view() -> None:
    # line 62 about 30 pixels down: 32 is nearest 36 (the line before it starts the view)
    assert stop_showing(62.0, 30.0, tops_around(32.0)) == 36.0
    # a level of a few pixels never puts the line above the view
    assert stop_showing(62.0, 2.0, tops_around(60.0)) == 62.0
    assert stop_showing(20.0, 100.0, tops_around(0.0)) == START


def test_the_scroll_limit_reaches_on_to_the_next_lines_top() -> None:
    assert scroll_limit(25.0, tops_around(25.0)) == 36.0  # a little past the end
    assert scroll_limit(36.0, tops_around(36.0)) == 36.0  # the end at a line's top already
    assert scroll_limit(50.0, tops_around(50.0)) == 62.0  # in a paragraph's gap
    assert scroll_limit(0.0, tops_around(0.0)) == 0.0  # the text fits the view
    assert scroll_limit(85.0, tops_around(85.0)) == 85.0  # a view shorter than a line


line_tops = st.lists(st.integers(1, 40), min_size=1, max_size=30).map(
    lambda steps: [float(sum(steps[:i + 1])) for i in range(len(steps))])


@given(line_tops, st.floats(0, 1000))
def test_every_stop_is_a_line_top_or_the_start_and_the_nearest_one(lines: list[float],
                                                                     y: float) -> None:
    stops = [START, *lines]
    stop = nearest_stop(y, tops_around(y, lines))
    assert stop in stops
    assert abs(stop - y) == min(abs(s - y) for s in stops)


@given(line_tops, st.floats(0, 1000))
def test_the_scroll_limit_is_a_stop_at_or_past_the_end_within_a_line(lines: list[float],
                                                                      end: float) -> None:
    stops = [START, *lines]
    limit = scroll_limit(end, tops_around(end, lines))
    assert limit >= end
    if end < lines[-1]:  # the end is above the last line's top: a stop is reachable
        assert limit in stops
        widest = max(b - a for a, b in zip(stops, lines, strict=False))
        assert limit - end <= widest  # a line and its gap at most
    else:
        assert limit == end
