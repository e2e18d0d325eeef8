"""How a pane draws a highlight: the character format of each segment style (passage colour,
selection, difference, fragment, annotation, find hit). The panes and Help › What the marks
mean draw with this one function, so the legend cannot drift from the panes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from viewer.highlights import SegmentStyle
from viewer.palette import Theme


def segment_format(theme: Theme, style: SegmentStyle, *, upright: bool = False) -> QTextCharFormat:
    """How a pane draws a run of `style`; with `upright`, a fragment in letters that have no
    italics (`viewer.fonts.italics_lack`) is underlined with dashes instead."""
    fmt = QTextCharFormat()
    if style.colour_index is not None:
        entry = theme.passage(style.colour_index)
        background = entry.selected if style.selected else (
            entry.difference if style.difference else entry.background)
        fmt.setBackground(QColor(background))
        fmt.setForeground(QColor(theme.text))
        if style.difference:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(entry.underline))
        if style.fragment and upright and not style.difference:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(QColor(entry.underline))
        fmt.setFontItalic(style.fragment and not upright)
    if style.annotation:
        # A wavy line below, on a differing word too (its colour still says it differs): a
        # line above read as the underline of the line before (a tester's report), and a
        # dotted line below was too faint on a passage's colour.
        if style.colour_index is None:
            fmt.setBackground(QColor(theme.annotation_background))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(theme.annotation))
    if style.find_hit or style.find_current:
        fmt.setBackground(QColor(theme.find_current if style.find_current
                                 else theme.find_hit))
        fmt.setForeground(QColor(theme.text))
        # (a line above, which no passage has: a yellow or orange passage looked like a find
        # hit, a tester's report; bold would widen the words and rewrap the pane, and the
        # line below is a difference's or a fragment's)
        fmt.setFontOverline(True)
    return fmt
