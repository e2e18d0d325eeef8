"""The Figures dock's table: a `viewer.figures.table.FiguresTable` painted (`show_table`: a grid
of one column per article, or with many articles a list of one line per figure; a disagreeing row
tinted and its clashing figures bold; an earlier version's figures, not counted, in italics), and
used from the mouse or the keyboard alike.

A click, Enter or Space on a figure chooses it (`figure_chosen`: the dock shows its wording in
the article's pane); the arrow, Home, End and page keys moving onto one say so
(`figure_reached`: the dock follows along where that changes no pane); the Menu key or a right
click opens a menu of what can be done with the figure. Only the mouse could show a figure's
sentence: a keyboard user moved along the rows and nothing happened (tester, session 54).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QContextMenuEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from viewer.figures.extraction import Mention
from viewer.figures.table import FigureRow, FiguresTable, describe_mention
from widgets.table_model import leave_on_tab

MENTION_ROLE = Qt.ItemDataRole.UserRole + 1
DISAGREE_BACKGROUND = QColor("#fbe3e1")
DISAGREE_FOREGROUND = QColor("#7a1712")
LIST_COLUMNS = ("Quantity", "Article", "Figure", "Source", "Wording")
LIST_WIDEST = (320, 240, None, 240)
"""The list's first columns take the width of their longest entry up to these (pixels; None: no
limit), the wording takes the rest. Left at Qt's default of 100, a quantity wrapped onto four
lines and was cut ("⚠ disagree people killed in Pederna…"), and each figure took a row three
lines tall. The figure is never cut: it is short by nature ("! more than 121,500", a few words
at most) and a cut number misleads ("! 2,000,000-999,00…" was a range of millions, in bold)."""
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

    # --- painting -------------------------------------------------------------------------

    def show_table(self, table: FiguresTable) -> None:
        """Paint `table`: a grid, or the list of its figures (`FiguresTable.list_view`)."""
        self.clear()
        if table.list_view:
            self._fill_list(table)
        else:
            self._fill_grid(table)
        self.resizeRowsToContents()

    def mention_at(self, row: int, column: int) -> Mention | None:
        """The figure a cell shows (a grid cell's first clashing one), or None."""
        item = self.item(row, column)
        mention = item.data(MENTION_ROLE) if item is not None else None
        return mention if isinstance(mention, Mention) else None

    def _fill_grid(self, table: FiguresTable) -> None:
        titles = [_short(title) for title in table.titles]
        self.setColumnCount(1 + len(table.documents))
        self.setRowCount(len(table.rows))
        self.setHorizontalHeaderLabels(["Quantity", *titles])
        for column, title in enumerate(table.titles, start=1):
            header_item = self.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(title)
        for row_index, row in enumerate(table.rows):
            self.setItem(row_index, 0, self._quantity_item(row))
            for column, cell in enumerate(row.cells, start=1):
                if cell is None:
                    continue
                # (an earlier version's figures are not counted: not tinted, in italics)
                item = self._item(cell.text, row.disagree and not cell.earlier, cell.clashes,
                                  cell.earlier)
                item.setData(MENTION_ROLE, cell.target)
                item.setToolTip("\n".join([*(f"“{m.text}” — {describe_mention(m)}"
                                            for m in cell.mentions), cell.note]).strip())
                self.setItem(row_index, column, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(0, 200)
        for column in range(1, self.columnCount()):
            self.setColumnWidth(column, 170)

    def _fill_list(self, table: FiguresTable) -> None:
        entries = table.entries()
        titles = dict(zip(table.documents, table.titles, strict=True))
        self.setColumnCount(len(LIST_COLUMNS))
        self.setRowCount(len(entries))
        self.setHorizontalHeaderLabels(list(LIST_COLUMNS))
        for line, entry in enumerate(entries):
            row = table.rows[entry.row]
            mention = entry.mention
            quantity = self._quantity_item(row)
            quantity.setData(MENTION_ROLE, mention)  # (a line is one figure: all of it shows it)
            self.setItem(line, 0, quantity)
            texts = (_short(titles.get(mention.document, mention.document)), entry.figure,
                     mention.source or "", mention.text)
            for column, text in enumerate(texts, start=1):
                item = self._item(text, row.disagree and not entry.earlier,
                                  entry.clashes and column == 2, entry.earlier)
                item.setData(MENTION_ROLE, mention)
                self.setItem(line, column, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        for column, widest in enumerate(LIST_WIDEST):
            self.resizeColumnToContents(column)
            if widest is not None:
                self.setColumnWidth(column, min(self.columnWidth(column), widest))

    def _quantity_item(self, row: FigureRow) -> QTableWidgetItem:
        item = self._item(row.label, row.disagree, row.disagree)
        if row.disagree:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        elif row.quantity.updated:  # (one count at several times: no warning, but a sign)
            item.setIcon(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxInformation))
        item.setToolTip(row.tooltip)  # why it is red or updated; which articles its event is
        return item

    @staticmethod
    def _item(text: str, disagree: bool, strong: bool, earlier: bool = False
              ) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if disagree:
            item.setBackground(QBrush(DISAGREE_BACKGROUND))
            item.setForeground(QBrush(DISAGREE_FOREGROUND))
        if strong or earlier:
            font = QFont(item.font())
            font.setBold(strong)
            font.setItalic(earlier)
            item.setFont(font)
        return item


def _short(title: str, limit: int = 28) -> str:
    flat = " ".join(title.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
