"""Table cells and header labels laid out each in its own direction, in a table whose
columns run from the right.

Qt lays out every cell and header label in its view's direction: in a table set right to left
for an Arabic statement, "U.S." read ".U.S" (its final stop taken for the table's end) and the
publication time under an Arabic outlet's name "06:00 31-07-2024 UTC" (tester of the collation
window). A cell is given the direction of its own first letter of a strong direction
(`viewer.display_text.right_to_left`, left to right where it has none), as the collation export
gives each `<td>` its `dir`; a header label, which Qt draws as one paragraph, has each of its
lines isolated in its own direction (`viewer.display_text.isolated_lines`). The view's own
direction still orders the columns.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeaderV2,
    QStyleOptionViewItem,
    QTableView,
)

from viewer.display_text import isolated_lines, right_to_left


class OwnDirectionDelegate(QStyledItemDelegate):
    """Lays out each cell's text (and aligns it) in the cell's own direction."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.RightToLeft if right_to_left(option.text) \
            else Qt.LayoutDirection.LeftToRight


class OwnDirectionHeader(QHeaderView):
    """A header whose labels' lines are each laid out in their own direction (the label's
    text in the model stays as it is: only what is drawn is isolated)."""

    def __init__(self, orientation: Qt.Orientation, view: QTableView) -> None:
        super().__init__(orientation, view)
        # (as the header QTableView makes for itself)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def shown_label(self, logical_index: int) -> str:
        """The text drawn for section `logical_index`."""
        model = self.model()
        text = model.headerData(logical_index, self.orientation()) if model is not None else None
        return isolated_lines(str(text)) if text is not None else ""

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        # QHeaderView::paintSection with the label's lines isolated (its brush origin, moved
        # only for a section whose model gives it a background, is left: this one gives none).
        if not rect.isValid():
            return
        option = QStyleOptionHeaderV2()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        option.text = self.shown_label(logical_index)
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)


def lay_out_in_own_directions(table: QTableView) -> None:
    """Give `table` cells and headers laid out each in its own direction."""
    table.setItemDelegate(OwnDirectionDelegate(table))
    table.setHorizontalHeader(OwnDirectionHeader(Qt.Orientation.Horizontal, table))
    table.setVerticalHeader(OwnDirectionHeader(Qt.Orientation.Vertical, table))
