"""A frame in the highlight colour around a widget while the keyboard focus is inside it.

A text pane with the focus showed nothing but its caret, often scrolled out of view (tester,
session 54): a keyboard user could not tell where the keys went. The ring is drawn over the
widget's edge, in a margin kept free for it, so showing it moves nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

RING_WIDTH = 2
"""Pixels: as wide as Qt's own focus frames on line edits, seen at a glance."""


class FocusRing(QWidget):
    """The ring around `around` (made after its layout, whose margins make room for it),
    shown while the focus is in `focused` (or a child of it)."""

    def __init__(self, around: QWidget, focused: QWidget) -> None:
        super().__init__(around)
        self._focused = focused
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = around.layout()
        if layout is not None:  # (the layout's margins: a QFrame resets its widget's own)
            margins = layout.contentsMargins()
            layout.setContentsMargins(margins.left() + RING_WIDTH, margins.top() + RING_WIDTH,
                                      margins.right() + RING_WIDTH,
                                      margins.bottom() + RING_WIDTH)
        around.installEventFilter(self)  # its size, which the ring follows
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.setGeometry(around.rect())
        self.setVisible(self._holds_focus(QApplication.focusWidget()))

    def _holds_focus(self, widget: QWidget | None) -> bool:
        return widget is not None and (widget is self._focused
                                       or self._focused.isAncestorOf(widget))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        shown = self._holds_focus(new)
        if shown:
            self.raise_()  # above the children made after it
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
