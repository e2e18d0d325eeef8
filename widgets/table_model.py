"""Base of Parallax's read-only table models and list views: fixed column titles, rows held by a
core model, and subscriptions to that model's signals that `detach` undoes; the views' set-up
(`make_list_table`), with the cell delegate that lays out right-to-left text from the right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from viewer.display_text import right_to_left
from viewer.events import Signal

Index = QModelIndex | QPersistentModelIndex


class ColumnTableModel(QAbstractTableModel):
    """Subclasses give `row_count` and `data`; headers and counts come from `columns`."""

    def __init__(self, columns: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._subscriptions: list[tuple[Signal, Callable[..., Any]]] = []

    def subscribe(self, signal: Signal, callback: Callable[..., Any]) -> None:
        signal.connect(callback)
        self._subscriptions.append((signal, callback))

    def detach(self) -> None:
        """Stop following the core model (the view is going away; the model lives on)."""
        for signal, callback in self._subscriptions:
            signal.disconnect(callback)
        self._subscriptions.clear()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None


class RowListModel(ColumnTableModel):
    """A table over a list of rows that a core model computes; `reload` asks for them again."""

    def __init__(self, columns: Sequence[str], rows_from: Callable[[], list[Any]],
                 parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._rows_from = rows_from
        self.rows: list[Any] = rows_from()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._rows_from()
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)


def make_list_table(view: QTableView) -> None:
    """Set up a table view as a flat list of rows (selected whole, one at a time).

    A table, not a tree view: a tree view lays out every row whenever its model resets, asking
    the Python model for each row's flags and children (0.4 s on the GUI thread for 20,000
    articles, at every reset); a table asks only about the rows it paints."""
    view.verticalHeader().hide()
    # A fixed row height from the font: sizing rows to their contents would measure every row.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    leave_on_tab(view)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.horizontalHeader().setHighlightSections(False)
    view.setItemDelegate(BidiDelegate(view))
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                | Qt.AlignmentFlag.AlignVCenter)


class BidiDelegate(QStyledItemDelegate):
    """Draws a cell whose text reads from right to left (an Arabic or Hebrew title) from the
    right of its text area, elided at its end with the "…" on its left; the check box and the
    colour swatch stay where every row has them. Qt lays every cell's text out in the view's
    direction, so such a title lost its end with no mark and showed "…" beside its first
    word."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        # (the text the cell shows: a subclass may put another in the model's place, an id)
        if not right_to_left(cell.text):
            super().paint(painter, option, index)  # (every other cell, as Qt draws it)
            return
        text, cell.text = cell.text, ""
        widget = cell.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, widget)
        area = area.adjusted(margin, 0, -margin, 0)
        selected = bool(cell.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(cell.font)
        painter.setPen(cell.palette.color(QPalette.ColorRole.HighlightedText if selected
                                          else QPalette.ColorRole.Text))
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         cell.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                     area.width()))
        painter.restore()


def leave_on_tab(view: QAbstractItemView) -> None:
    """Tab moves the focus on to the next control, as in any list; the arrow keys move between
    rows. Qt's tables default to stepping cell by cell on Tab and wrap from the last cell to
    the first, so a keyboard user who tabbed into the article list could never leave it (and
    every Tab changed the selected row)."""
    view.setTabKeyNavigation(False)


class ToldApartAtTheEnd(BidiDelegate):
    """A column of names (the articles' in the Annotations dock), each too long for it cut at
    its end, as every list cuts a title, so that its start reads (a right-to-left one from the
    right: `BidiDelegate`); where two names read the same once cut to the column's width, their
    keys (article ids) are shown instead (`viewer.wording.told_apart_when_cut`). Cut in the
    middle, one event's titles read as fragments ("Mannhe…rletzt", tester58); cut at the end,
    those opening alike ("Humza Yousaf …", session 53) show their ids. `names()` gives every
    key and name the column shows; it is asked again when the model changes, the answer kept
    per width."""

    SAFETY_PX = 12
    """Taken off the column's width before cutting: the cell's margins, so that names the
    painter would cut alike are never taken for different."""

    def __init__(self, view: QAbstractItemView, names: Callable[[], dict[str, str]]) -> None:
        super().__init__(view)
        self._names = names
        self._shown: dict[int, dict[str, str]] = {}
        """Per width: each name as the column shows it."""
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged,
                       model.rowsInserted, model.rowsRemoved):
            signal.connect(self._shown.clear)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight
        width = option.rect.width() - self.SAFETY_PX
        shown = self._shown.get(width)
        if shown is None:
            from viewer.wording import told_apart_when_cut

            names = self._names()
            metrics = option.fontMetrics
            told = told_apart_when_cut(names, lambda name: metrics.elidedText(
                name, Qt.TextElideMode.ElideRight, width))
            shown = self._shown[width] = {names[key]: told[key] for key in names}
        option.text = shown.get(option.text, option.text)
