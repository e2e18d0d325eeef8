"""The main window's chrome: the theme read from the platform, titled sections, the status bar
(its message cut short before the counts) and its counts / progress / Cancel, menu actions and
the Recent files menu.

Small builders with no knowledge of the comparison itself; `widgets.main_window` wires them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizeGrip,
    QStatusBar,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from viewer.palette import Theme, theme_for
from viewer.printable import printable

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def detect_theme() -> Theme:
    """Light or dark, as the platform's palette is."""
    palette = QGuiApplication.palette()
    return theme_for(palette.color(QPalette.ColorRole.Base).lightness() < 128)


def shrinkable(body: QWidget) -> QScrollArea:
    """`body` in a frameless scroll area, for a dock at the window's bottom: the dock can then
    be shorter than its buttons and table (it scrolls) instead of making the window taller
    than a laptop screen with a large font (Figures and Claim comparison, tabbed together, held
    the window 150 px taller at 18 pt). At its full height it looks as before."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # A frame, not a control: with a Tab stop of its own, a keyboard user tabbing into the
    # Figures dock landed on it, and the arrow keys scrolled the dock (tester, session 54).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(body)
    return area


def titled(title: str, widget: QWidget) -> QWidget:
    """`widget` under a plain-text section title."""
    box = QWidget()
    label = QLabel(title)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("sectionTitle")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 2, 4, 0)
    layout.setSpacing(2)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class ElidingStatusBar(QStatusBar):
    """The window's status bar: a message longer than the room before the counts ends in "…",
    a gap before them. Qt cut it where the counts begin, mid-word, and it read on into them
    ("…1 annotation has a comm14 annotations", a tester's screenshot). The whole message is
    the bar's tooltip (`StatusWidgets`); what is too long to read in one line belongs in the
    notice above the panes, as an export's list of what it left out is."""

    GAP = 12
    """Pixels between the message's end and the first permanent widget."""

    def _permanent(self) -> list[QWidget]:
        """The widgets shown beside the message (the counts, the annotations' state...: all
        the window adds are permanent ones), not the size grip."""
        return [child for child in self.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if child.isVisible() and not isinstance(child, QSizeGrip)]

    def message_room(self) -> QRect:
        """Where the message is drawn, as Qt lays it out, but ending GAP before the first
        widget shown beside it (beginning after the last, right to left)."""
        left, right = 6, self.width() - 12
        shown = self._permanent()
        if shown and self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left = max(left, *(w.x() + w.width() + self.GAP for w in shown))
        elif shown:
            right = min(right, *(w.x() - self.GAP for w in shown))
        return QRect(left, 0, max(0, right - left), self.height())

    def shown_message(self) -> str:
        """The message as drawn: whole when it fits its room, else cut short with "…"."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideRight,
                                             self.message_room().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        # As QStatusBar paints (the panel, then each permanent widget's frame), but the
        # message elided in its room.
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        style = self.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent():
            frame = widget.geometry().adjusted(-2, -1, 2, 1)
            if event.rect().intersects(frame):
                item = QStyleOption()
                item.rect = frame
                item.palette = self.palette()
                item.state = QStyle.StateFlag.State_None
                style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, item,
                                    painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_room(), int(Qt.AlignmentFlag.AlignLeading
                                                   | Qt.AlignmentFlag.AlignVCenter
                                                   | Qt.TextFlag.TextSingleLine),
                         self.shown_message())
        painter.end()


class StatusWidgets:
    """The status bar's permanent widgets: the counts, while busy a progress bar and Cancel, and
    after a cancelled alignment left articles unaligned, Align again.

    Cancel is the window's one way to stop background work, whatever runs: each kind says when
    it starts and ends (`running`), Cancel shows while any runs and stops all that runs."""

    def __init__(self, status: QStatusBar, align_again: Callable[[], object]) -> None:
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.setFormat("Aligning… %p%")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel_all)
        self._running: dict[str, Callable[[], object]] = {}
        """What runs in the background (as Cancel's tooltip names it) -> how to stop it."""
        self.align_again_button = QPushButton("Align again")
        self.align_again_button.setToolTip(
            "The highlights are from before the last change to the articles: align them all now")
        self.align_again_button.clicked.connect(align_again)
        # (a message longer than the bar is cut where the counts begin: its tooltip holds it
        # whole, a newcomer found messages cut mid-word)
        # (through a Python callable: connected to the slot itself, PySide wrote a warning to
        # stderr, breaking the one line a bad file gets there)
        status.messageChanged.connect(lambda message: status.setToolTip(message))
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.progress_bar)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.align_again_button)
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.align_again_button.hide()

    def running(self, what: str, cancel: Callable[[], object] | None) -> None:
        """`what` ("the background alignment") runs in the background now and `cancel` stops
        it; None: it has ended."""
        if cancel is None:
            self._running.pop(what, None)
        else:
            self._running[what] = cancel
        self.cancel_button.setToolTip(f"Stop {' and '.join(self._running)}")
        self.cancel_button.setVisible(bool(self._running))

    def cancel_all(self) -> None:
        for cancel in list(self._running.values()):
            cancel()


def add_action(owner: QObject, menu: QMenu, text: str, slot: Callable[[], object],
               shortcuts: Sequence[Shortcut] = (), tip: str = "") -> QAction:
    """A new action of `owner` at the end of `menu`."""
    action = QAction(text, owner)
    action.triggered.connect(slot)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if tip:
        action.setStatusTip(tip)
    menu.addAction(action)
    return action


def fill_recent_menu(menu: QMenu, recent: Sequence[str],
                     open_paths: Callable[[Sequence[str]], object]) -> None:
    """One entry per recent path, each opening it; the menu is disabled when there is none."""
    menu.clear()
    for path in recent:
        action = menu.addAction(printable(path))  # (a file name not UTF-8 shown escaped)
        action.triggered.connect(lambda _checked=False, p=path: open_paths([p]))
    menu.setEnabled(bool(recent))
