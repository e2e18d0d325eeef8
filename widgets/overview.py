"""The slim map beside a pane: where the article's shared passages are; a click jumps there."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from viewer.palette import Theme
    from viewer.workspace import Workspace

OVERVIEW_WIDTH = 12


class OverviewedPane(Protocol):
    """What the bar reads of its pane (`widgets.text_pane.TextPane`, which imports this module)."""

    workspace: Workspace
    article_id: str
    theme: Theme

    def visible_fractions(self) -> tuple[float, float]: ...

    def scroll_to_fraction(self, fraction: float) -> None: ...


class OverviewBar(QWidget):
    """Draws the pane's passage markers over the whole article height and the visible region."""

    def __init__(self, pane: OverviewedPane, parent: QWidget) -> None:
        """`parent`: the pane as a widget."""
        super().__init__(parent)
        self.pane = pane
        self.setFixedWidth(OVERVIEW_WIDTH)
        # paintEvent fills every pixel: Qt need not repaint the pane underneath first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Where this article's shared passages are; click to jump")

    def sizeHint(self) -> QSize:
        return QSize(OVERVIEW_WIDTH, 100)

    def marker_rects(self) -> list[tuple[str, int, QRectF]]:
        """(passage id, colour index, rectangle) for every marker, in widget coordinates."""
        height = self.height()
        rects = []
        highlights = self.pane.workspace.highlights(self.pane.article_id)
        for marker in highlights.overview_markers():
            top = marker.start_fraction * height
            bottom = max(marker.end_fraction * height, top + 2)
            rects.append((marker.passage_id, marker.colour_index,
                          QRectF(1, top, self.width() - 2, bottom - top)))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        theme = self.pane.theme
        painter.fillRect(self.rect(), QColor(theme.base).darker(104))
        selected = self.pane.workspace.selected
        for passage_id, colour, rect in self.marker_rects():
            entry = theme.passage(colour)
            painter.fillRect(rect, QColor(entry.underline if passage_id == selected
                                          else entry.selected))
        first, last = self.pane.visible_fractions()
        painter.setPen(QColor(theme.text))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, first * self.height(), self.width() - 1,
                                max((last - first) * self.height(), 3)))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._jump(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event)

    def _jump(self, event: QMouseEvent) -> None:
        fraction = min(max(event.position().y() / max(self.height(), 1), 0.0), 1.0)
        self.pane.scroll_to_fraction(fraction)
