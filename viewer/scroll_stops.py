"""Where a text pane stops when the program scrolls it: at the top of a line, so the line at the
top of the view is shown whole, never its lower half.

The panes scroll by pixels; a line's top is a stop, and so is 0 (the start of the text, with the
document's margin above its first line). Qt-free: the view measures the tops of the two lines
around a height (`LineTops`), and these functions choose among them.
"""

from __future__ import annotations

from dataclasses import dataclass

START = 0.0
"""The view at the very start of the text: a stop whatever lies there."""


@dataclass(frozen=True)
class LineTops:
    """The tops, in document pixels, of the lines around a height y of the text."""

    at_or_above: float | None
    """The top of the line holding y, or of the line above the gap (a paragraph's bottom
    margin) y is in; None when y is above the first line."""
    below: float | None
    """The top of the first line below y; None when y is on the last line or below it."""


def nearest_stop(y: float, tops: LineTops) -> float:
    """The stop nearest to height `y` (the upper one of two as near)."""
    stops = [START if tops.at_or_above is None else tops.at_or_above]
    if tops.below is not None:
        stops.append(tops.below)
    return min(stops, key=lambda stop: (abs(stop - y), stop))


def stop_showing(line_top: float, level: float, tops: LineTops) -> float:
    """Where the view starts to show the line at `line_top` about `level` pixels down the
    view: the stop nearest `line_top - level` (`tops` measured there), never below that line's
    top (so it stays in view) nor above the start."""
    return max(START, min(nearest_stop(line_top - level, tops), line_top))


def scroll_limit(end: float, tops: LineTops) -> float:
    """The furthest the view may scroll. `end` is where the text's end meets the view's
    bottom (the document's height less the view's); when that is inside a line (or a gap
    between two) the limit is the next line's top: the view then goes a little past the end,
    less than a line and a paragraph's gap of blank below the text, and its top line is whole.
    `tops` is measured at `end`."""
    if end <= START or tops.at_or_above == end or tops.below is None:
        return max(end, START)
    return tops.below
