"""The read-only text widget inside a pane, and the pane's elided title label.

`ArticleTextView` reports clicks on characters and asks its pane for tooltips; it knows nothing
of passages. `plain_tooltip` makes Qt show a tooltip's text literally; `space_paragraphs` puts
space under every line of a text whose paragraphs are one line break apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QTextEdit, QToolTip, QWidget


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
