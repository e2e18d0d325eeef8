"""Where the window's docks go, and which of them open again at the next start.

The docks (Annotations, Figures, Claim comparison) are built on first use, after the window
restored its saved state (`QMainWindow.restoreState`, in `widgets.window_settings`). Qt keeps
the saved place of a dock not built yet under its objectName; `place_dock` puts a new dock
there (`restoreDockWidget`), or, with nothing saved, in its default area at its default size.
Which docks were open is saved by objectName too (`open_docks`); the window reopens them at
start through their View menu actions, so a reopened dock is built as when the user ticks it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

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


def open_docks(window: QMainWindow) -> list[str]:
    """The objectNames of the window's docks that are open (also one behind another's tab)."""
    return [dock.objectName() for dock in window.findChildren(QDockWidget)
            if dock.objectName() and not dock.isHidden()]
