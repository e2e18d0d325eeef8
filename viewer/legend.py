"""What the marks in the article panes mean, as Help › What the marks mean lists them: per mark
a sample, the style the panes draw it in, and what it says. The widget draws each sample with
the panes' own format function, so the legend cannot drift from the panes. No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.highlights import SegmentStyle


@dataclass(frozen=True)
class LegendEntry:
    sample: str
    style: SegmentStyle
    meaning: str


LEGEND: tuple[LegendEntry, ...] = (
    LegendEntry("Missiles were launched at two bases", SegmentStyle("p", 0),
                "a copy: the article carries the shared statement, or most of it (upright)"),
    LegendEntry("all is well", SegmentStyle("p", 0, fragment=True),
                "a quoted fragment: a few words of the statement inside the outlet's own "
                "sentence (italics; underlined with dashes in scripts without italics, such "
                "as Arabic or Korean)"),
    LegendEntry("struck", SegmentStyle("p", 0, difference=True),
                "a word that differs from the statement's majority reading (underlined)"),
    LegendEntry("Missiles were launched at two bases", SegmentStyle("p", 0, selected=True),
                "the passage selected in the list or by a click (stronger colour); the bands "
                "between the panes join its copies"),
    LegendEntry("22 missiles", SegmentStyle(annotation=True),
                "text you tagged (a wavy line below)"),
    LegendEntry("missiles", SegmentStyle(find_hit=True), "a match of Find (Ctrl+F)"),
)
"""Each passage has its own colour; the samples use the first."""
