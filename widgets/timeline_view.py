"""The timeline window: who had each shared passage first.

A UTC time axis across the top (it says "Times in UTC"; the article list's dates are in UTC
too), one row per article (earliest first, undated ones last and
apart); each article's publication time is a dot, or a bar when only the day is known. The
selected passage's carriers are joined in time order (a carrier known only to the day marked
over its bar, joined at its middle) and the earliest carrier(s) get a ring and "first" in the
row label; other passages are drawn faintly. The axis spans the selected passage's carriers; an
article off it is an arrow at the axis's end with its date. The layout is
`viewer.timeline.build_timeline` (via `viewer.passage_reports.timeline_of`); this only paints.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from viewer.display_text import right_to_left
from viewer.passage_reports import ProvenanceSource, timeline_of
from viewer.provenance import provenance_of
from viewer.published_time import readable_published
from viewer.timeline import AXIS_ZONE, Timeline, TimelineBand, TimelineMark, TimelineRow
from viewer.timeline_summary import timeline_summary
from viewer.workspace import Workspace

ROW_HEIGHT = 26
AXIS_HEIGHT = 46
LABEL_CHARS = 28
"""Room for the row labels, in average character widths."""
FIRST_LABEL = "  ◉ first"


class TimelineCanvas(QWidget):
    """Paints one `Timeline`; `selected` is the passage drawn strongly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.selected: str | None = None
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * (LABEL_CHARS + 40))

    def set_timeline(self, timeline: Timeline | None, selected: str | None) -> None:
        self.timeline, self.selected = timeline, selected
        rows = len(timeline.rows) if timeline else 0
        self.setMinimumHeight(AXIS_HEIGHT + ROW_HEIGHT * (rows + 1))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), self.minimumHeight())

    def selected_band(self) -> TimelineBand | None:
        if self.timeline is None:
            return None
        return next((b for b in self.timeline.bands if b.passage_id == self.selected), None)

    def row_label(self, row: int) -> str:
        assert self.timeline is not None
        entry = self.timeline.rows[row]
        band = self.selected_band()
        first = FIRST_LABEL if band is not None and row in band.first_rows else ""
        return entry.label + first

    def axis_caption(self) -> str:
        """Said at the axis's start: the tick labels leave the zone out to fit."""
        return f"Times in {AXIS_ZONE}" if self.timeline is not None and self.timeline.ticks \
            else ""

    def _axis_x(self) -> tuple[float, float]:
        left = self.fontMetrics().averageCharWidth() * LABEL_CHARS + 12
        return left, max(left + 10, self.width() - 16)

    def x_of(self, fraction: float) -> float:
        left, right = self._axis_x()
        return left + fraction * (right - left)

    def y_of(self, row: int) -> float:
        return AXIS_HEIGHT + ROW_HEIGHT * row + ROW_HEIGHT / 2

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.windowText().color()
        painter.fillRect(self.rect(), palette.base())
        timeline = self.timeline
        if timeline is None or not timeline.rows:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No articles")
            return
        left, right = self._axis_x()
        grid = QColor(text)
        grid.setAlpha(50)
        if not timeline.ticks:
            painter.setPen(text)
            painter.drawText(QRectF(left, 4, right - left, AXIS_HEIGHT - 8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             "No article has a publication time")
        if self.axis_caption():
            painter.setPen(text)
            painter.drawText(QRectF(6, 2, left - 12, AXIS_HEIGHT - 8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             self.axis_caption())
        zone = f" {AXIS_ZONE}"
        for fraction, label in timeline.ticks:
            x = self.x_of(fraction)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 4), QPointF(x, self.height()))
            painter.setPen(text)
            painter.drawText(QRectF(x - 80, 2, 160, AXIS_HEIGHT - 8),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             label.replace(zone, "").replace(" ", "\n", 1))
        metrics = self.fontMetrics()
        for index, row in enumerate(timeline.rows):
            y = self.y_of(index)
            painter.setPen(text)
            full = self.row_label(index)
            label = metrics.elidedText(full, Qt.TextElideMode.ElideRight, int(left - 16))
            # (a title that reads from right to left is laid out from the right: its "…" at
            # its end, on the left)
            painter.save()
            if right_to_left(full):
                painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            painter.drawText(QRectF(6, y - ROW_HEIGHT / 2, left - 12, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            painter.restore()
            if row.span is None:
                painter.drawText(QRectF(left, y - ROW_HEIGHT / 2, right - left, ROW_HEIGHT),
                                 Qt.AlignmentFlag.AlignVCenter, "no publication time")
                continue
            if row.outside:
                painter.drawText(QRectF(left, y - ROW_HEIGHT / 2, right - left, ROW_HEIGHT),
                                 Qt.AlignmentFlag.AlignVCenter | (
                                     Qt.AlignmentFlag.AlignLeft if row.outside < 0
                                     else Qt.AlignmentFlag.AlignRight), off_axis_label(row))
                continue
            start, end = self.x_of(row.span[0]), self.x_of(row.span[1])
            painter.save()
            painter.setClipRect(self._axis_area())  # (a bar running off the axis stops there)
            painter.setPen(QPen(grid, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(start, y), QPointF(max(end, start + 0.1), y))
            painter.restore()
        faint = QColor("#4a90d9")
        faint.setAlpha(45)
        strong = QColor("#d9534f")
        painter.setClipRect(self._axis_area())  # (other passages' marks off the axis are not)
        for band in timeline.bands:
            chosen = band.passage_id == self.selected
            if chosen:
                continue
            self._draw_band(painter, band, QPen(faint, 1.5), faint, rings=False)
        selected = self.selected_band()
        if selected is not None:
            self._draw_band(painter, selected, QPen(strong, 2.5), strong, rings=True)
        painter.end()

    def _axis_area(self) -> QRectF:
        """Where the axis's marks are drawn: its width and a ring's room on each side."""
        left, right = self._axis_x()
        return QRectF(left - 10, 0, right - left + 20, self.height())

    def _point_of(self, mark: TimelineMark) -> QPointF:
        """Where the band's line meets `mark`."""
        return QPointF(self.x_of(mark.middle), self.y_of(mark.row))

    def _draw_band(self, painter: QPainter, band: TimelineBand, pen: QPen, fill: QColor, *,
                   rings: bool) -> None:
        painter.setPen(pen)
        for a, b in band.joins():
            painter.drawLine(self._point_of(a), self._point_of(b))
        painter.setBrush(fill)
        # An exact time is a dot; a time known only to the day covers its grey bar (a dot at
        # the bar's start read as that instant).
        wide = QPen(fill, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        for mark in band.marks:
            point = self._point_of(mark)
            if mark.exact or mark.end_fraction is None:
                painter.setPen(pen)
                painter.drawEllipse(point, 4, 4)
            else:
                painter.setPen(wide)
                painter.drawLine(QPointF(self.x_of(mark.fraction), point.y()),
                                 QPointF(self.x_of(mark.end_fraction), point.y()))
        if rings:
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for mark in band.marks:
                if mark.row not in band.first_rows:
                    continue
                y = self.y_of(mark.row)
                if mark.exact or mark.end_fraction is None:
                    painter.drawEllipse(QPointF(self.x_of(mark.fraction), y), 9, 9)
                else:
                    start, end = self.x_of(mark.fraction), self.x_of(mark.end_fraction)
                    painter.drawRoundedRect(QRectF(start - 9, y - 9, end - start + 18, 18),
                                            9, 9)


def off_axis_label(row: TimelineRow) -> str:
    """An article the axis leaves out, at the end it lies beyond: "◂ 2022-10-01" at the start,
    "2023-01-12 ▸" at the end."""
    when = readable_published(row.published.text) if row.published is not None else ""
    return f"◂ {when}" if row.outside < 0 else f"{when} ▸"


class TimelineView(QDialog):
    """A non-modal window over the workspace: the whole corpus, the selected passage strong."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 provenance: ProvenanceSource = provenance_of) -> None:
        """`provenance`: as for `CollationView`."""
        super().__init__(parent)
        self.workspace = workspace
        self.provenance = provenance
        self.setWindowTitle("Timeline — who had it first")
        self.setObjectName("timelineView")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.canvas = TimelineCanvas()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.resize(900, 460)
        for signal in (workspace.selection_changed, workspace.result_changed,
                       workspace.corpus_changed):
            signal.connect(self.reload)
        self.reload()

    def done(self, result: int) -> None:
        for signal in (self.workspace.selection_changed, self.workspace.result_changed,
                       self.workspace.corpus_changed):
            signal.disconnect(self.reload)
        super().done(result)

    def reload(self, *_args: object) -> None:
        result = self.workspace.result
        selected = self.workspace.selected
        # (the axis spans the selected passage's carriers: an unrelated article a year away
        # squeezed them into its first few percent)
        timeline = timeline_of(self.workspace.corpus, result, self.provenance, selected) \
            if result is not None else None
        self.canvas.set_timeline(timeline, selected)
        passage = result.passage(selected) if result is not None and selected else None
        carriers = set(passage.document_ids) if passage is not None else set()
        undated = sum(1 for row in (timeline.rows if timeline else ())
                      if row.span is None and row.document in carriers)
        self.summary.setText(timeline_summary(timeline, self.canvas.selected_band(),
                                               undated))
