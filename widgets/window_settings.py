"""What the window keeps between runs in QSettings: geometry, splitters, the docks (where they
are, which are open: `widgets.dock_places`), the toolbars (where they are, shown or hidden),
synchronised scrolling, the recently opened files, and the folder the file dialogs last chose.
Without a QSettings (tests, screenshots) nothing is kept past the window (the folder is kept for
its life)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from viewer.filesystem import resolved_path
from widgets.dock_places import bring_to_front, front_docks, open_docks

if TYPE_CHECKING:
    from widgets.window_frame import WindowFrame

MAX_RECENT = 10
DOCK_STATE_VERSION = 1
"""Of the saved dock layout (`QMainWindow.saveState`): a layout saved under another is not
restored."""


@dataclass(frozen=True)
class ReopenedDock:
    """A dock `reopen_docks` may open: its View menu action, and whether it has anything to
    show now (called only if the dock was open at the last quit)."""

    action: QAction
    has_something: Callable[[], bool] = lambda: True


class WindowSettings:
    def __init__(self, settings: QSettings | None) -> None:
        self.settings = settings
        self._last_folder: Path | None = None
        self._waiting: set[str] = set()
        """Docks open at the last quit that `reopen_docks` kept closed, having nothing yet."""

    def last_folder(self) -> Path | None:
        """The folder of what the user last chose in a file dialog (None: never, or gone)."""
        if self._last_folder is None and self.settings is not None:
            stored = self.settings.value("lastFolder", "")
            self._last_folder = Path(str(stored)) if stored else None
        return self._last_folder

    def remember_folder(self, folder: Path) -> None:
        self._last_folder = folder
        if self.settings is not None:
            self.settings.setValue("lastFolder", str(folder))

    def recent_paths(self) -> list[str]:
        return self._names("recent")

    def _names(self, key: str) -> list[str]:
        """The list of names stored under `key` (QSettings gives one value alone as itself, not
        as a list; empty ones left out)."""
        if self.settings is None:
            return []
        stored = self.settings.value(key, [])
        return [str(name) for name in (stored if isinstance(stored, list) else [stored])
                if name]

    def remember(self, paths: Sequence[Path]) -> None:
        """Put `paths` first in the recent files (once each, at most MAX_RECENT); a link
        leading in a circle, which opened nothing, is left out."""
        if self.settings is None:
            return
        recent = [str(resolved) for resolved in map(resolved_path, paths) if resolved]
        recent += [old for old in self.recent_paths() if old not in recent]
        self.settings.setValue("recent", recent[:MAX_RECENT])

    def restore(self, window: WindowFrame) -> None:
        if self.settings is None:
            return
        for key, restore in (("geometry", window.restoreGeometry),
                             ("mainSplitter", window.main_splitter.restoreState),
                             ("listsSplitter", window.lists_splitter.restoreState),
                             # No dock is built yet: Qt keeps their places for `place_dock`.
                             ("windowState", lambda state: window.restoreState(
                                 state, DOCK_STATE_VERSION))):
            value = self.settings.value(key)
            if isinstance(value, QByteArray | bytes):
                restore(QByteArray(value))
        window.sync_scroll_action.setChecked(bool(self.settings.value("syncScroll", False, bool)))

    def restore_tool_bars(self, window: WindowFrame) -> None:
        """Put the toolbars made since `restore` (the Annotate toolbar comes with the annotation
        GUI) where the user left them, shown or hidden: Qt's `restoreState` places only the
        toolbars that exist, so the saved state is applied again. A dock built meanwhile keeps
        whether it is shown (which docks open is `reopen_docks`'s business)."""
        if self.settings is None:
            return
        value = self.settings.value("windowState")
        if not isinstance(value, QByteArray | bytes):
            return
        hidden = {dock: dock.isHidden() for dock in window.findChildren(QDockWidget)}
        window.restoreState(QByteArray(value), DOCK_STATE_VERSION)
        for dock, was_hidden in hidden.items():
            dock.setHidden(was_hidden)

    def save(self, window: WindowFrame) -> None:
        if self.settings is None:
            return
        self.settings.setValue("geometry", window.saveGeometry())
        self.settings.setValue("mainSplitter", window.main_splitter.saveState())
        self.settings.setValue("listsSplitter", window.lists_splitter.saveState())
        self.settings.setValue("syncScroll", window.sync_scroll_action.isChecked())
        self.settings.setValue("windowState", window.saveState(DOCK_STATE_VERSION))
        self.settings.setValue("openDocks", self._open_docks(window))
        self.settings.setValue("frontDocks", front_docks(window))
        self.settings.sync()

    def raise_front_docks(self, window: WindowFrame) -> None:
        """Of docks tabbed together, bring to the front those that were in front at the last
        quit: a newcomer reopened the window to find the Figures tab in front of the one left
        there (the dock opened last takes the front)."""
        if self.settings is None:
            return
        names = self._names("frontDocks")
        # (once the window is laid out: before it shows, a tab group has no tab bar yet and
        # the dock shown first takes the front)
        QTimer.singleShot(0, window, lambda: bring_to_front(window, names))

    def reopen_docks(self, docks: Mapping[str, ReopenedDock]) -> None:
        """Open again the docks that were open when the window was last closed, each by its
        View menu action (by the dock's objectName), as if the user ticked it, and close those
        that were not (a corpus's annotations show their dock when they load).

        A dock that would open empty (the Annotations dock with no annotation) stays closed:
        beside the panes it pushed one out of a small window for nothing. The choice is kept:
        the next quit saves it as open unless the user opened or closed it meanwhile (the first
        tag opens the Annotations dock), and the next start opens it if it has something."""
        if self.settings is None or not self.settings.contains("openDocks"):
            return  # the first start: the docks are as their owners open them
        names = set(self._names("openDocks"))
        for name, dock in docks.items():
            action = dock.action
            if name not in names:
                if action.isChecked():
                    action.setChecked(False)
            elif dock.has_something():
                if not action.isChecked():
                    action.setChecked(True)
            elif not action.isChecked():
                self._waiting.add(name)
                action.toggled.connect(lambda _shown, name=name: self._waiting.discard(name))

    def _open_docks(self, window: WindowFrame) -> list[str]:
        """The docks open now, and those kept closed at start for want of content."""
        shown = open_docks(window)
        return shown + sorted(self._waiting - set(shown))
