"""The read-only text widget inside a pane, and the pane's elided title label.

`ArticleTextView` reports clicks on characters, asks its pane for tooltips and measures its lines
(their tops: where the program may stop scrolling, `viewer.scroll_stops`); it knows nothing of
passages. Its scroll range ends at a line's top. `plain_tooltip` makes Qt show a tooltip's text
literally; `space_paragraphs` puts space under every line of a text whose paragraphs are one
line break apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QTextEdit, QToolTip, QWidget

from viewer.scroll_stops import LineTops, scroll_limit


def space_paragraphs(document: QTextDocument, gap: float) -> None:
    """`gap` pixels under every block of `document`, in one step (no per-block loop in Python):
    a page's paragraphs, one line break apart, then read as paragraphs. Offsets do not change;
    layout-based positions (link bands, overview, scrolling) follow the taller blocks."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    spaced = QTextBlockFormat()
    spaced.setBottomMargin(gap)
    cursor.mergeBlockFormat(spaced)


def plain_tooltip(text: str) -> str:
    """Qt tooltips interpret rich text; this shows `text` literally."""
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)


class ElidedLabel(QLabel):
    """A one-line plain-text label that elides what does not fit and shows it all as a tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tooltip(text) if text else "")
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 2, 10)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class ArticleTextView(QTextEdit):
    """The read-only text widget; reports clicks on characters and hover for tooltips."""

    character_clicked = Signal(int)
    """Qt position of the character under a plain left click (no text selected)."""
    viewport_resized = Signal()
    shown = Signal()
    """The widget has just been shown (after QTextEdit's own scrolling on show)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.showing = False
        """True while QTextEdit handles a show event, in which it scrolls on its own."""
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.context_menu_actions: list = []
        self.tooltip_for: Callable[[QPoint], str] | None = None
        """Gives the plain tooltip text for a viewport point ('' for none)."""
        self._press: QPoint | None = None
        # Connected before anyone else's slot: whoever hears of a new range sees it reach a
        # line's top already (and a value at that end is never clamped back inside a line).
        self.verticalScrollBar().rangeChanged.connect(self._end_at_a_line_top)

    def viewportEvent(self, event: QEvent) -> bool:
        # Handled here rather than by an event filter on the viewport: a filter owned by another
        # Python object can be called while the widgets are being destroyed.
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            help_event = cast(QHelpEvent, event)
            text = self.tooltip_for(help_event.pos())
            if text:
                QToolTip.showText(help_event.globalPos(), plain_tooltip(text), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Resize:
            self.viewport_resized.emit()
        return super().viewportEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # On its first show QTextEdit scrolls its cursor into view: not a scroll by the user.
        self.showing = True
        try:
            super().showEvent(event)
        finally:
            self.showing = False
        self.shown.emit()

    def character_at(self, point: QPoint) -> int | None:
        """Qt position of the character drawn under viewport `point`, or None off the text."""
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        layout = self.document().documentLayout()
        if layout.hitTest(point + offset, Qt.HitTestAccuracy.ExactHit) < 0:
            return None
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        if point.x() < self.cursorRect(cursor).x() and position > 0:
            position -= 1  # the boundary is right of the pointer: we are over the character before
        return position

    # --- lines, for scrolling to a line's top ---------------------------------------------

    def line_box(self, position: int) -> tuple[float, float]:
        """Top and bottom, in document pixels, of the line holding Qt position `position`."""
        document = self.document()
        block = document.findBlock(position)
        if not block.isValid():
            block = document.lastBlock()
        rect = document.documentLayout().blockBoundingRect(block)  # lays the block out
        line = block.layout().lineForTextPosition(
            min(position - block.position(), max(block.length() - 1, 0)))
        if not line.isValid():
            return rect.top(), rect.bottom()
        top = rect.top() + line.y()  # line.y() is relative to the block's layout
        return top, top + line.height()

    def line_tops_around(self, y: float) -> LineTops:
        """The tops of the line at document height `y` (or above the gap it is in) and of the
        line after it."""
        document = self.document()
        position = document.documentLayout().hitTest(QPointF(0, y),
                                                     Qt.HitTestAccuracy.FuzzyHit)
        if position < 0:
            return LineTops(None, None)
        block = document.findBlock(position)
        document.documentLayout().blockBoundingRect(block)  # lays the block out
        hit = block.layout().lineForTextPosition(position - block.position())
        line: tuple[QTextBlock, int] | None = (block, hit.lineNumber() if hit.isValid() else 0)
        above: tuple[QTextBlock, int] | None = None
        # The hit is the line nearest y: step to the lines on either side of y (one step,
        # unless y lies in a gap and the hit was the line after it).
        while line is not None and self._line_top(*line) <= y:
            above, line = line, self._next_line(*line)
        if above is None and line is not None:
            above = self._previous_line(*line)
            while above is not None and self._line_top(*above) > y:
                above = self._previous_line(*above)
        return LineTops(None if above is None else self._line_top(*above),
                        None if line is None else self._line_top(*line))

    def _line_top(self, block: QTextBlock, number: int) -> float:
        rect = self.document().documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if not 0 <= number < layout.lineCount():
            return rect.top()  # a block with no lines (not laid out: a pane never shown)
        return rect.top() + layout.lineAt(number).y()

    def _next_line(self, block: QTextBlock, number: int) -> tuple[QTextBlock, int] | None:
        if number + 1 < block.layout().lineCount():
            return block, number + 1
        block = block.next()
        while block.isValid():
            self.document().documentLayout().blockBoundingRect(block)  # lays it out
            if block.layout().lineCount():
                return block, 0
            block = block.next()
        return None

    def _previous_line(self, block: QTextBlock, number: int) -> tuple[QTextBlock, int] | None:
        if number > 0:
            return block, number - 1
        block = block.previous()
        while block.isValid():
            self.document().documentLayout().blockBoundingRect(block)
            if block.layout().lineCount():
                return block, block.layout().lineCount() - 1
            block = block.previous()
        return None

    def _end_at_a_line_top(self, _minimum: int, maximum: int) -> None:
        """QTextEdit ends the scroll range where the text's end meets the view's bottom, most
        often inside a line: a view scrolled to the end showed its top line cut in half.
        Reach on to the next line's top (a little past the end) instead."""
        limit = math.ceil(scroll_limit(maximum, self.line_tops_around(maximum)))
        if limit > maximum:
            self.verticalScrollBar().setMaximum(limit)  # heard again: then at a line's top

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        moved = self._press is None or (point - self._press).manhattanLength() > 3
        if event.button() == Qt.MouseButton.LeftButton and not moved \
                and not self.textCursor().hasSelection():
            position = self.character_at(point)
            if position is not None:
                self.character_clicked.emit(position)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.context_menu_actions:
            menu.addSeparator()
            for action in self.context_menu_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()
