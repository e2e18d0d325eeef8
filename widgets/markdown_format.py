"""Markdown in a text pane shown as readable text: heading lines larger and bold, emphasis in
italics or bold, and the markers themselves (`#`, `*`, `_`, `>`) dimmed -- never removed, so
every offset of the article still indexes the same character (`viewer.display_text`).

The formats are merged over the pane's highlight formats after each change, so a highlight
keeps its colours and a heading keeps its size.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument

from viewer.display_text import MarkdownMark
from viewer.offsets import Utf16Map


class MarkdownStyler:
    def __init__(self, document: QTextDocument, positions: Utf16Map,
                 marks: Iterable[MarkdownMark], dim_colour: str) -> None:
        """`marks`: offsets in the shown slice (they are moved by `positions.base`)."""
        self.document = document
        self.positions = positions
        self.marks = [MarkdownMark(m.start + positions.base, m.end + positions.base, m.kind)
                      for m in marks]
        self._formats = _formats(document.defaultFont(), dim_colour)

    def apply(self, changed: Iterable[tuple[int, int]] | None = None) -> None:
        """Merge the markdown formats over the marks overlapping `changed` (None: all)."""
        if not self.marks:
            return
        ranges = None if changed is None else list(changed)
        cursor = QTextCursor(self.document)
        for mark in self.marks:
            if ranges is not None and not any(s < mark.end and mark.start < e
                                              for s, e in ranges):
                continue
            start, end = self.positions.range_to_utf16(mark.start, mark.end)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self._formats[mark.kind])


def _formats(font: QFont, dim_colour: str) -> dict[str, QTextCharFormat]:
    syntax = QTextCharFormat()
    syntax.setForeground(QColor(dim_colour))
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    size = font.pointSizeF()
    if size > 0:
        heading.setFontPointSize(size * 1.25)
    strong = QTextCharFormat()
    strong.setFontWeight(QFont.Weight.Bold)
    emphasis = QTextCharFormat()
    emphasis.setFontItalic(True)
    return {"syntax": syntax, "heading": heading, "strong": strong, "emphasis": emphasis}
