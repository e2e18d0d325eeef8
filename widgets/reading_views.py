"""The window's reading views and help: View › Collation and View › Timeline (separate windows
over the workspace, opened on first use), and Help › Keyboard shortcuts, Help › User guide and
Help › What the marks mean.

`install_reading_views(window)` adds the actions to the window's menus; the main window stays
free of their details.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QAction, QImageReader, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from viewer.resources import docs_path
from widgets.dock_places import RESTORED_PLACE, to_front

if TYPE_CHECKING:
    from widgets.window_frame import WindowFrame

COLLATION_SHORTCUT = "Ctrl+K"
TIMELINE_SHORTCUT = "Ctrl+J"
USER_GUIDE = "user-guide.md"


class ReadingViews:
    """The View and Help actions of one window and the views they open."""

    def __init__(self, window: WindowFrame) -> None:
        self.window = window
        self.collation_view: QDialog | None = None
        self.timeline_view: QDialog | None = None
        self.help_window: QDialog | None = None
        self.legend_dialog: QDialog | None = None
        view_menu = window.view_menu
        view_menu.addSeparator()
        self.collation_action = _add(view_menu, window, "&Collation of the passage…",
                                     self.show_collation, COLLATION_SHORTCUT,
                                     "Read the selected passage across every article, word by "
                                     "word (also: double-click a passage)")
        self.timeline_action = _add(view_menu, window, "&Timeline…", self.show_timeline,
                                    TIMELINE_SHORTCUT,
                                    "Who published each shared passage first")
        help_menu = window.menuBar().addMenu("&Help")
        self.shortcuts_action = _add(help_menu, window, "&Keyboard shortcuts",
                                     self.show_shortcuts, "Ctrl+/")
        self.guide_action = _add(help_menu, window, "&User guide", self.show_user_guide,
                                 "F1")
        self.legend_action = _add(help_menu, window, "&What the marks mean", self.show_legend,
                                  "", "Copies, quoted fragments, differing words, tags: each "
                                  "mark of the panes with what it says")
        window.passage_list.view.doubleClicked.connect(lambda _index: self.show_collation())
        self._dock_tabber = DockTabber(window)

    def show_collation(self) -> QDialog:
        from widgets.collation_view import CollationView

        if self.collation_view is None:
            self.collation_view = CollationView(self.window.workspace,
                                                list(self.window.corpus_paths), self.window)
            self.collation_view.finished.connect(self._collation_closed)
        _raise(self.collation_view)
        return self.collation_view

    def _collation_closed(self) -> None:
        self.collation_view = None

    def show_timeline(self) -> QDialog:
        from widgets.timeline_view import TimelineView

        if self.timeline_view is None:
            self.timeline_view = TimelineView(self.window.workspace, self.window)
            self.timeline_view.finished.connect(self._timeline_closed)
        _raise(self.timeline_view)
        return self.timeline_view

    def _timeline_closed(self) -> None:
        self.timeline_view = None

    def show_shortcuts(self) -> QDialog:
        dialog = ShortcutsDialog(self.window)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def show_legend(self) -> QDialog:
        from widgets.legend_dialog import LegendDialog

        if self.legend_dialog is None:
            self.legend_dialog = LegendDialog(self.window.theme, self.window)
        _raise(self.legend_dialog)
        return self.legend_dialog

    def show_user_guide(self) -> QDialog:
        if self.help_window is None:
            self.help_window = UserGuide(self.window)
        _raise(self.help_window)
        return self.help_window


class DockTabber(QObject):
    """A dock opened where another already is becomes a tab beside it (tabifyDockWidget), so
    two docks never split the room the article panes need."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._seen: set[int] = set()
        """Docks already placed (a dock the user later drags apart is left where they put it)."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildAdded:
            # The child is still being constructed (not yet a QDockWidget) and not yet in a
            # dock area: look once the caller's addDockWidget has run.
            QTimer.singleShot(0, self.tabify_new_docks)
        return False

    def tabify_new_docks(self) -> None:
        window = self.window
        if not _alive(window):
            return
        for dock in window.findChildren(QDockWidget):
            if id(dock) in self._seen or dock.isFloating() or not dock.isVisible():
                continue
            self._seen.add(id(dock))
            if dock.property(RESTORED_PLACE):
                continue  # put back where the user left it at the last run
            area = window.dockWidgetArea(dock)
            for other in window.findChildren(QDockWidget):
                if other is not dock and id(other) in self._seen and not other.isFloating() \
                        and other.isVisible() and window.dockWidgetArea(other) == area:
                    window.tabifyDockWidget(other, dock)
                    to_front(dock)
                    break


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


def _add(menu: QMenu, window: QWidget, text: str, slot: Callable[[], object], shortcut: str,
         tip: str = "") -> QAction:
    action = QAction(text, window)
    action.triggered.connect(slot)
    action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    menu.addAction(action)
    return action


def _raise(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action of the window that has a key, read from the
    actions themselves, so the list cannot drift from what the keys do."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for menu_name, action in _menu_actions(window.menuBar().actions(), ""):
        seen.add(id(action))
        keys = _keys(action)
        if keys:
            rows.append((menu_name, _plain(action.text()), keys))
    for action in window.findChildren(QAction):
        if id(action) not in seen and _keys(action) and action.text():
            rows.append(("Other", _plain(action.text()), _keys(action)))
            seen.add(id(action))
    return rows


def _menu_actions(actions: list[QAction], path: str) -> Iterator[tuple[str, QAction]]:
    for action in actions:
        menu = action.menu()
        if isinstance(menu, QMenu):
            name = _plain(action.text())
            yield from _menu_actions(menu.actions(), f"{path} › {name}" if path else name)
        elif not action.isSeparator():
            yield path, action


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                     for s in action.shortcuts() if not s.isEmpty())


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle("Keyboard shortcuts")
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(["Menu", "Command", "Keys"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]


GUIDE_IMAGE_WIDTH = 740
"""Pictures are drawn at most this wide, so the guide reads without scrolling sideways."""


def _images_on_one_line(markdown: str) -> str:
    """`markdown` with each picture's description (`![...]`) on one line. Qt's markdown reader
    inserts the picture once per line of its description: the guide's pictures, described
    over two or three lines, were each drawn three or five times, one under the other."""
    return re.sub(r"!\[([^\]]*)\]\(",
                  lambda match: "![" + " ".join(match.group(1).split()) + "](", markdown)


def _fit_images(document: QTextDocument, folder: Path, max_width: int) -> None:
    """Scale each picture down to `max_width` (keeping its proportions)."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image_format = fmt.toImageFormat()
                size = QImageReader(str(folder / image_format.name())).size()
                if size.isValid() and size.width() > max_width:
                    image_format.setWidth(max_width)
                    image_format.setHeight(size.height() * max_width / size.width())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image_format)
            iterator += 1
        block = block.next()


class UserGuide(QDialog):
    """docs/user-guide.md rendered from markdown, pictures included."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Parallax user guide")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = docs_path(USER_GUIDE)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            text = f"The user guide could not be read: {path}: {error.strerror or error}"
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.document().setMarkdown(_images_on_one_line(text))
        _fit_images(self.browser.document(), path.parent, GUIDE_IMAGE_WIDTH)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # open at the beginning
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.resize(820, 640)
