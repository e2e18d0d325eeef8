"""Meld-style link map between two adjacent panes: one band per shared passage, left to right.

Which occurrence pairs with which comes from `viewer.highlights.link_pairs`; this widget only turns
the two panes' line geometry into bands, and draws only those that cross the visible area.
Crossing bands show that the two articles carry the passages in a different order.
"""

from __future__ import annotations

import math
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
        # paintEvent fills every pixel: Qt need not repaint the widgets underneath first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
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
        base = QColor(theme.base)
        painter.fillRect(self.rect(), base)
        width, height = float(self.width()), float(self.height())
        selected = self.workspace.selected
        bands = sorted(self.bands(), key=lambda b: b.passage_id == selected)  # selected on top
        for band in bands:
            entry = theme.passage(band.colour_index)
            # The band's tint over the background, mixed here: Qt's raster engine blends a
            # translucent fill at ~0.4 ms per band, an opaque one at ~15 µs. Where bands cross,
            # the later one covers the earlier; both outlines stay visible.
            fill = _over(QColor(entry.selected if band.passage_id == selected else entry.band),
                         0.92 if band.passage_id == selected else 0.67, base)
            path = _band_path(band, width, height)
            # Antialiasing only the outline: an antialiased fill of tall bands costs milliseconds.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillPath(path, fill)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen = QPen(QColor(entry.underline), 1.6 if band.passage_id == selected else 0.8)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.end()


def _over(colour: QColor, opacity: float, base: QColor) -> QColor:
    """`colour` laid over `base` with `opacity`, as one opaque colour."""
    return QColor(round(colour.red() * opacity + base.red() * (1 - opacity)),
                  round(colour.green() * opacity + base.green() * (1 - opacity)),
                  round(colour.blue() * opacity + base.blue() * (1 - opacity)))


CLIP_MARGIN = 4.0
"""How far outside the widget a clipped band edge runs (more than the outline pen's width)."""


def _band_path(band: Band, width: float, height: float) -> QPainterPath:
    """Two cubic curves (top and bottom edges) joined by the straight pane edges.

    Each edge is cut to the part that crosses the widget's height (plus a margin), and what lies
    beyond runs along the margin: inside the widget the shape is exactly the full band, but the
    rasteriser no longer walks the thousands of off-screen scanlines a band between distant
    occurrences spans (that made each fill cost about half a millisecond)."""
    low, high = -CLIP_MARGIN, height + CLIP_MARGIN
    path = QPainterPath(QPointF(0, _clamp(band.left_top, low, high)))
    _add_edge(path, band.left_top, band.right_top, width, low, high)
    path.lineTo(QPointF(width, _clamp(band.right_bottom, low, high)))
    _add_edge(path, band.right_bottom, band.left_bottom, width, low, high, reverse=True)
    path.closeSubpath()
    return path


def _add_edge(path: QPainterPath, start_y: float, end_y: float, width: float, low: float,
              high: float, *, reverse: bool = False) -> None:
    """Append the edge curve from `start_y` to `end_y` (left to right, or right to left with
    `reverse`), keeping only the stretch between `low` and `high`; the path is at its start."""
    # The edge is the cubic (0, y0) (w/2, y0) (w/2, y1) (w, y1): y runs along smoothstep(t)
    # while x goes from 0 to w, so the stretch inside [low, high] is one range of t.
    y0, y1 = (end_y, start_y) if reverse else (start_y, end_y)
    t_low, t_high = _t_at(y0, y1, low), _t_at(y0, y1, high)
    t_from, t_to = sorted((t_low, t_high))
    if reverse:
        t_from, t_to = t_to, t_from
    end = QPointF(0 if reverse else width, _clamp(end_y, low, high))
    if t_from != t_to:  # else wholly beyond one side: it runs along the margin
        first, c1, c2, last = _sub_curve(y0, y1, width, t_from, t_to)
        path.lineTo(QPointF(first[0], _clamp(first[1], low, high)))
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*last))
    path.lineTo(end)


def _clamp(y: float, low: float, high: float) -> float:
    return min(max(y, low), high)


def _t_at(y0: float, y1: float, y: float) -> float:
    """The curve parameter where the edge from y0 to y1 reaches height `y` (clamped to 0..1)."""
    if y1 == y0:
        return 0.0 if (y < y0) == (y0 <= y1) else 1.0
    share = min(max((y - y0) / (y1 - y0), 0.0), 1.0)
    # Inverse of smoothstep s(t) = 3t² - 2t³ on [0, 1].
    return 0.5 - math.sin(math.asin(1.0 - 2.0 * share) / 3.0)


def _point(y0: float, y1: float, width: float, t: float) -> tuple[float, float]:
    """The edge at parameter t: x(t) = (w/2)·3t(1-t) + w·t³, y(t) = y0 + (y1-y0)·(3t² - 2t³)."""
    return (width / 2 * 3 * t * (1 - t) + width * t ** 3,
            y0 + (y1 - y0) * (3 * t * t - 2 * t ** 3))


def _tangent(y0: float, y1: float, width: float, t: float) -> tuple[float, float]:
    """The derivative of `_point` with respect to t."""
    return width / 2 * (3 - 6 * t) + 3 * width * t * t, (y1 - y0) * (6 * t - 6 * t * t)


Point = tuple[float, float]


def _sub_curve(y0: float, y1: float, width: float, t0: float, t1: float
               ) -> tuple[Point, Point, Point, Point]:
    """Start, control points and end of the edge's cubic restricted to [t0, t1] (t1 may be
    < t0): a cubic's stretch is the cubic whose inner control points lie a third of the stretch
    along the tangents at its ends."""
    span = (t1 - t0) / 3
    start, end = _point(y0, y1, width, t0), _point(y0, y1, width, t1)
    d0, d1 = _tangent(y0, y1, width, t0), _tangent(y0, y1, width, t1)
    c1 = (start[0] + d0[0] * span, start[1] + d0[1] * span)
    c2 = (end[0] - d1[0] * span, end[1] - d1[1] * span)
    return start, c1, c2, end
