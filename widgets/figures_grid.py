"""The Figures dock's table, used from the mouse or the keyboard alike.

A click, Enter or Space on a figure chooses it (`figure_chosen`: the dock shows its wording in
the article's pane); the arrow, Home, End and page keys moving onto one say so
(`figure_reached`: the dock follows along where that changes no pane); the Menu key or a right
click opens a menu of what can be done with the figure. Only the mouse could show a figure's
sentence: a keyboard user moved along the rows and nothing happened (tester, session 54).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QMenu, QTableWidget, QWidget

from widgets.table_model import leave_on_tab

CHOOSING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
SHOW_WORDING = "&Show the wording in its article"


class FiguresGrid(QTableWidget):
    figure_chosen = Signal(int, int)
    """(row, column): the user chose this cell (click, Enter, Space, or the menu's Show)."""
    figure_reached = Signal(int, int)
    """(row, column): the keyboard moved the current cell onto this one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.menu_actions: list[QAction] = []
        """Offered after Show in the cell's menu (the dock's Make claim group)."""
        leave_on_tab(self)
        self.cellClicked.connect(self.figure_chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in CHOOSING_KEYS and self.currentRow() >= 0:
            self.figure_chosen.emit(self.currentRow(), self.currentColumn())
            return
        before = (self.currentRow(), self.currentColumn())
        super().keyPressEvent(event)
        after = (self.currentRow(), self.currentColumn())
        if after != before and after[0] >= 0:
            self.figure_reached.emit(*after)

    def context_menu(self) -> QMenu:
        """The current cell's menu: Show the wording, then `menu_actions`."""
        menu = QMenu(self)
        show = menu.addAction(SHOW_WORDING)
        row, column = self.currentRow(), self.currentColumn()
        show.setEnabled(row >= 0)
        show.triggered.connect(lambda: self.figure_chosen.emit(row, column))
        for action in self.menu_actions:
            menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid():
                self.setCurrentIndex(index)
            where = event.globalPos()
        else:  # the Menu key: at the current cell, not wherever the pointer is
            rect = self.visualRect(self.currentIndex())
            where = self.viewport().mapToGlobal(rect.center() if rect.isValid() else QPoint())
        menu = self.context_menu()
        menu.exec(where)
        menu.deleteLater()
