"""Meld-style link map between two adjacent panes: one band per shared passage, left to right.

Which occurrence pairs with which comes from `viewer.highlights.link_pairs`; this widget only turns
the two panes' line geometry into bands, and draws only those that cross the visible area.
Crossing bands show that the two articles carry the passages in a different order.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from viewer.highlights import LinkPair, link_pairs
from viewer.workspace import Workspace
from widgets.text_pane import TextPane

LINK_MAP_WIDTH = 44


@dataclass(frozen=True)
class Band:
    """A band's four corners in link-map coordinates: y on the left edge and on the right edge."""

    passage_id: str
    colour_index: int
    left_top: float
    left_bottom: float
    right_top: float
    right_bottom: float


class LinkMap(QWidget):
    """Bands joining each passage's occurrence in the left pane to the one in the right pane."""

    def __init__(self, workspace: Workspace, left: TextPane, right: TextPane,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.left = left
        self.right = right
        self._pairs: list[LinkPair] | None = None
        self.setFixedWidth(LINK_MAP_WIDTH)
        left.view_changed.connect(self.update)
        right.view_changed.connect(self.update)
        workspace.result_changed.connect(self._invalidate)

    def sizeHint(self) -> QSize:
        return QSize(LINK_MAP_WIDTH, 100)

    def detach(self) -> None:
        self.workspace.result_changed.disconnect(self._invalidate)

    def _invalidate(self) -> None:
        self._pairs = None
        self.update()

    def pairs(self) -> list[LinkPair]:
        if self._pairs is None:
            self._pairs = link_pairs(self.workspace.result, self.left.article_id,
                                     self.right.article_id, self.workspace.colours)
        return self._pairs

    def bands(self) -> list[Band]:
        """The bands that cross the visible height, in this widget's coordinates."""
        left_rect = self.left.viewport_rect_in(self)
        right_rect = self.right.viewport_rect_in(self)
        top, bottom = max(left_rect.top(), right_rect.top()), min(left_rect.bottom(),
                                                                  right_rect.bottom())
        bands = []
        for pair in self.pairs():
            lt, lb = self.left.viewport_y_range(*pair.left)
            rt, rb = self.right.viewport_y_range(*pair.right)
            lt, lb = lt + left_rect.top(), lb + left_rect.top()
            rt, rb = rt + right_rect.top(), rb + right_rect.top()
            if (lb < top and rb < top) or (lt > bottom and rt > bottom):
                continue  # wholly above or below on both sides: not visible
            bands.append(Band(pair.passage_id, pair.colour_index, lt, lb, rt, rb))
        return bands

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        theme = self.left.theme
        painter.fillRect(self.rect(), QColor(theme.base))
        width = float(self.width())
        selected = self.workspace.selected
        bands = sorted(self.bands(), key=lambda b: b.passage_id == selected)  # selected on top
        for band in bands:
            entry = theme.passage(band.colour_index)
            fill = QColor(entry.selected if band.passage_id == selected else entry.band)
            fill.setAlpha(235 if band.passage_id == selected else 170)
            path = _band_path(band, width)
            # Antialiasing only the outline: an antialiased fill of tall bands costs milliseconds.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillPath(path, fill)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen = QPen(QColor(entry.underline), 1.6 if band.passage_id == selected else 0.8)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.end()


def _band_path(band: Band, width: float) -> QPainterPath:
    """Two cubic curves (top and bottom edges) joined by the straight pane edges."""
    mid = width / 2
    path = QPainterPath(QPointF(0, band.left_top))
    path.cubicTo(QPointF(mid, band.left_top), QPointF(mid, band.right_top),
                 QPointF(width, band.right_top))
    path.lineTo(QPointF(width, band.right_bottom))
    path.cubicTo(QPointF(mid, band.right_bottom), QPointF(mid, band.left_bottom),
                 QPointF(0, band.left_bottom))
    path.closeSubpath()
    return path
