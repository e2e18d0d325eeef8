"""Where the window's docks go, and which of them open again at the next start.

The docks (Annotations, Figures, Claim comparison) are built on first use, after the window
restored its saved state (`QMainWindow.restoreState`, in `widgets.window_settings`). Qt keeps
the saved place of a dock not built yet under its objectName; `place_dock` puts a new dock
there (`restoreDockWidget`), or, with nothing saved, in its default area at its default size.
Which docks were open is saved by objectName too (`open_docks`); the window reopens them at
start through their View menu actions, so a reopened dock is built as when the user ticks it.
A dock below the panes (`place_bottom_dock`) shown lower than a few lines -- a saved height from
a run where it had nothing to show, a tab group shrunk to the Figures dock's one-line message --
is given its opening height again, unless the user dragged it that low in this run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenuBar, QStatusBar, QStyle, QToolBar

RESTORED_PLACE = "parallaxRestoredPlace"
"""Dynamic property of a dock put where the user left it (no tabbing it beside another)."""


def place_dock(window: QMainWindow, dock: QDockWidget, area: Qt.DockWidgetArea,
               size: int, orientation: Qt.Orientation) -> None:
    """Add `dock` (a child of `window` with an objectName) where the user left it at the last
    run, else in `area`, `size` pixels wide or tall (per `orientation`)."""
    if window.restoreDockWidget(dock):
        dock.setProperty(RESTORED_PLACE, True)
        return
    window.addDockWidget(area, dock)
    window.resizeDocks([dock], [size], orientation)


def raise_when_chosen(action: QAction, dock: Callable[[], QDockWidget | None]) -> None:
    """The user opening a dock with its View menu `action` (or its key, or a toolbar button)
    brings `dock()` to the front of its tab group: Qt shows a dock opened again as a tab behind
    the one in front, so the user saw nothing open but a tab at the window's foot. On
    `triggered` (the user's act) only, not `toggled`: the docks reopened at start keep in front
    the tab the user left there."""
    def bring_to_front(checked: bool) -> None:
        shown = dock()
        if checked and shown is not None:
            to_front(shown)
            # Again once the window has laid it out: a dock built now and put back in its saved
            # tab group may have no tab yet.
            QTimer.singleShot(0, shown, lambda: to_front(shown))

    action.triggered.connect(bring_to_front)


def to_front(dock: QDockWidget) -> None:
    """Bring `dock` to the front of the tabs it is in. Qt chooses a dock's tab when the dock
    becomes the window's last child, and `raise_()` leaves the last child where it is, so the
    dock built last (the Claim comparison, put back beside Figures) stayed behind (tester,
    session 58: View › Claim comparison left the empty Figures tab in front; the tab in front at
    quit was not in front at the next start). Lowered first, it is raised for certain."""
    if not dock.isFloating():
        dock.lower()  # (docked widgets never overlap: only the order of their tabs changes)
    dock.raise_()


USABLE_LINES = 7
"""A dock below the panes shown lower than this many lines of its text (and lower than its
opening height) gets its opening height back: the Claim comparison opened on its legend line
alone, the Figures table on one row (tester, session 58)."""

Height = Callable[[], int]
"""A height in pixels, worked out when it is needed (from the window's height as it is then)."""


def place_bottom_dock(window: QMainWindow, dock: QDockWidget, opening: Height,
                      usable: Height | None = None) -> None:
    """`place_dock` below the panes, `opening()` tall unless the user left it elsewhere; and
    whenever it comes into view (opened, reopened at start, its tab chosen) lower than
    `usable()` (default: `USABLE_LINES` lines) and than its opening height, it is given that
    height again -- unless the user dragged it that low in this run. The panes keep their minimum
    height whatever it asks (the window's layout honours the central widget's minimum)."""
    place_dock(window, dock, Qt.DockWidgetArea.BottomDockWidgetArea, opening(),
               Qt.Orientation.Vertical)
    _KeepsUsableHeight(window, dock, opening, usable or (lambda: usable_lines_height(dock)))


LOW_BY_CHOICE = "parallaxLowByChoice"
"""Dynamic property of a dock below the panes that the user dragged lower than it keeps, in
this run: it comes into view that low again."""


def shares_its_place(dock: QDockWidget) -> bool:
    """Another open dock is a tab beside `dock` (they have one height between them)."""
    window = dock.parentWidget()
    return isinstance(window, QMainWindow) and any(
        not other.isHidden() for other in window.tabifiedDockWidgets(dock))


def usable_lines_height(dock: QDockWidget) -> int:
    """`USABLE_LINES` lines of `dock`'s text, and its title bar."""
    title_bar = dock.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, dock)
    return title_bar + USABLE_LINES * dock.fontMetrics().lineSpacing()


class _KeepsUsableHeight(QObject):
    """Raises a dock below the panes that comes into view too low, unless the user lowered it.

    A height is the user's only when they set it by dragging the separator above the dock
    (`_drag_sets`). Every other change of its height is the window's doing: the height restored
    from the last run, the one its place had while it was closed or behind another tab, a tab
    bar appearing above it, the Figures dock fitting itself to its message -- and the window
    made smaller, which squeezes the dock while the panes keep their minimum height (taken for
    a choice, that left the Figures dock 84 px tall for the rest of the run: reviewer). A low
    height the user chose holds for the docks tabbed with it too (one height between them):
    the Figures table dragged down to a row grew back at each tab switch or View toggle."""

    def __init__(self, window: QMainWindow, dock: QDockWidget, opening: Height,
                 usable: Height) -> None:
        super().__init__(dock)
        self.window, self.dock, self.opening, self.usable = window, dock, opening, usable
        self._dragging_a_separator = False
        dock.visibilityChanged.connect(self._shown)
        dock.installEventFilter(self)
        window.installEventFilter(self)

    def _shown(self, visible: bool) -> None:
        if visible:
            # (once the window has laid it out: its height is the one its place gives it)
            QTimer.singleShot(0, self, self.give_room)

    def _below_the_panes(self) -> bool:
        dock = self.dock
        return not dock.isFloating() and not dock.visibleRegion().isEmpty() and \
            self.window.dockWidgetArea(dock) in (Qt.DockWidgetArea.BottomDockWidgetArea,
                                                 Qt.DockWidgetArea.TopDockWidgetArea)

    def _too_low(self) -> bool:
        return self.dock.height() < min(self.usable(), self.opening())

    def give_room(self) -> None:
        if not self._below_the_panes() or self.dock.property(LOW_BY_CHOICE):
            return  # (behind another tab, put beside the panes by the user, or made low by them)
        if self._too_low():
            self.window.resizeDocks([self.dock], [self.opening()], Qt.Orientation.Vertical)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and isinstance(event, QMouseEvent):
            if event.type() == QEvent.Type.MouseButtonPress:
                self._dragging_a_separator = event.button() == Qt.MouseButton.LeftButton and \
                    on_a_separator(self.window, event.position().toPoint())
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._dragging_a_separator = False
        elif watched is self.dock and isinstance(event, QResizeEvent) and self._drag_sets(event):
            chosen = self._too_low()
            for dock in (self.dock, *self.window.tabifiedDockWidgets(self.dock)):
                dock.setProperty(LOW_BY_CHOICE, chosen)
        return False

    def _drag_sets(self, event: QResizeEvent) -> bool:
        """The dock's new height is one the user gives it: they are dragging a separator (Qt
        moves it only while the button is held: a move still pending at the release is
        dropped) and the height changed (a side dock's separator changes only its width)."""
        return self._dragging_a_separator and self._below_the_panes() and \
            event.size().height() != event.oldSize().height()


def on_a_separator(window: QMainWindow, point: QPoint) -> bool:
    """`point` (in `window`) lies on one of the separators between its docks and its central
    widget: on no child of the window, or on a child that is none of its docks, bars and
    central widget (where Qt makes the separators widgets of their own)."""
    child = window.childAt(point)
    while child is not None and child.parentWidget() is not window:
        child = child.parentWidget()
    return child is None or (child is not window.centralWidget() and not isinstance(
        child, (QDockWidget, QToolBar, QMenuBar, QStatusBar)))


WidthFor = Callable[[int], int]
"""The width a side dock should have, given the width it shares with the central widget."""


def place_side_dock(window: QMainWindow, dock: QDockWidget, width_for: WidthFor) -> None:
    """`place_dock` on the right, as wide as `width_for` says; and when the window is made
    narrower, the dock gives way down to that width (which leaves the panes their room),
    rather than the panes giving way to it."""
    place_dock(window, dock, Qt.DockWidgetArea.RightDockWidgetArea,
               width_for(_shared_width(window, dock)), Qt.Orientation.Horizontal)
    _GivesWay(window, dock, width_for)


def _shared_width(window: QMainWindow, dock: QDockWidget) -> int:
    """The width `dock` and the central widget have between them (as laid out now)."""
    central = window.centralWidget()
    if dock.isVisible() and not dock.isFloating() and central is not None:
        return central.width() + dock.width()
    separator = window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
    if not window.isVisible() or central is None:  # not laid out yet
        return window.width() - separator
    return central.width() - separator


class _GivesWay(QObject):
    def __init__(self, window: QMainWindow, dock: QDockWidget, width_for: WidthFor) -> None:
        super().__init__(dock)
        self.window, self.dock, self.width_for = window, dock, width_for
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            # Once the window's layout has shared out the new width.
            QTimer.singleShot(0, self, self._give_way)
        return False

    def _give_way(self) -> None:
        if self.dock.isVisible() and not self.dock.isFloating():
            width = self.width_for(_shared_width(self.window, self.dock))
            if self.dock.width() > width:  # it only shrinks: a wider window leaves it be
                self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)


def open_docks(window: QMainWindow) -> list[str]:
    """The objectNames of the window's docks that are open (also one behind another's tab)."""
    return [dock.objectName() for dock in _named_open_docks(window)]


def front_docks(window: QMainWindow) -> list[str]:
    """The objectNames of the window's open docks that show on screen: of docks tabbed
    together, the one whose tab is chosen (the others are open but behind it)."""
    return [dock.objectName() for dock in _named_open_docks(window)
            if not dock.visibleRegion().isEmpty()]


def bring_to_front(window: QMainWindow, names: Sequence[str]) -> None:
    """Raise the open docks named `names` (objectNames): each to the front of its tabs."""
    for dock in _named_open_docks(window):
        if dock.objectName() in names:
            to_front(dock)


def _named_open_docks(window: QMainWindow) -> list[QDockWidget]:
    return [dock for dock in window.findChildren(QDockWidget)
            if dock.objectName() and not dock.isHidden()]
