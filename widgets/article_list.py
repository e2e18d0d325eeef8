"""The article list: title, outlet, date, words, share found elsewhere; checkboxes choose panes."""

from __future__ import annotations

from PySide6.QtCore import (
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from viewer.column_fit import columns_giving_way, title_before_tag
from viewer.published_time import date_tooltip
from viewer.rows import ArticleRow
from viewer.workspace import Workspace
from widgets.article_text_view import plain_tooltip
from widgets.table_model import BidiDelegate, Index, RowListModel, make_list_table

COLUMNS = ("Title", "Outlet", "Date", "Words", "Shared")
OUTLET_COLUMN = 1
WORDS_COLUMN = 3
MIN_TITLE_WIDTH = 160
MIN_OUTLET_WIDTH = 50
GIVE_WAY_ORDER = (WORDS_COLUMN, 2, OUTLET_COLUMN)
"""In a narrow list Words, then Date, then the outlet (at its narrowest) are hidden: Shared
(how much of the article other articles carry) is what the list adds to the titles."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
VERSION_ROLE = Qt.ItemDataRole.UserRole + 3
"""The Title cell's version tag ("version 2 of 2, latest"), or "" (`ArticleRow.version`)."""
SHORT_VERSIONS_ROLE = Qt.ItemDataRole.UserRole + 4
"""Its shorter forms for a narrow Title column ("v2/2, latest", "v2/2")."""
TAG_JOINT = " \u00b7 "
"""Between a title and its version tag, as a pane's header joins a file's name and its tag."""


_CELL_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
               | Qt.ItemFlag.ItemNeverHasChildren)
_TITLE_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsUserCheckable


class ArticleListModel(RowListModel):
    """Rows from `Workspace.article_rows()`; the Title column's checkbox shows it as a pane."""

    refused = Signal(str)
    """A checkbox change the workspace refused, with its reason."""
    ticked = Signal(str)
    """The user ticked this article: it is shown (the window brings it into view)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, workspace.article_rows, parent)
        self.workspace = workspace
        self.rows: list[ArticleRow]
        self.subscribe(workspace.corpus_changed, self.reload)
        self.subscribe(workspace.result_changed, self.reload)
        self.subscribe(workspace.shown_changed, self._shown_changed)

    def _shown_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and COLUMNS[section] == "Shared":
            return "Share of the article's text found in other articles"
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and COLUMNS[section] == "Date":
            return ("Publication date, in UTC when the article gives its time and zone (as on "
                    "the timeline); else the day it gives")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            title = row.title + TAG_JOINT + row.version if row.version else row.title
            return (title, row.outlet, row.date, f"{row.words:,}", row.shared_text)[column]
        if role == SORT_ROLE:
            # Date sorts by publication time (undated last), not by the text shown.
            time_key = row.published_key if row.published_key is not None else float("inf")
            return (row.title.casefold(), row.outlet.casefold(), time_key, row.words,
                    -1.0 if row.shared is None else row.shared)[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            shown = row.article_id in self.workspace.shown
            return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            # Date and words too: a narrow list hides their columns.
            facts = " · ".join(f for f in (row.version, row.date, f"{row.words:,} words") if f)
            return plain_tooltip(f"{row.title}\n{facts}\n{row.article_id}")
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column] == "Date" and row.published:
            return plain_tooltip(date_tooltip(row.published)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.article_id
        if role == VERSION_ROLE:
            return row.version
        if role == SHORT_VERSIONS_ROLE:
            return row.short_versions
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # A tree view asks every row for its flags whenever it lays the rows out (and, without
        # ItemNeverHasChildren, for its children too): constants, not enum arithmetic per call.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _TITLE_FLAGS if index.column() == 0 else _CELL_FLAGS

    def setData(self, index: Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        reason = self.workspace.set_article_shown(self.rows[index.row()].article_id, checked)
        if reason:
            self.refused.emit(reason)
            return False
        if checked:
            self.ticked.emit(self.rows[index.row()].article_id)
        return True


class ArticleList(QTableView):
    """The sortable article table."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.source_model = ArticleListModel(workspace, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.source_model.modelReset.connect(self._hide_empty_outlet)
        make_list_table(self)
        self.setItemDelegateForColumn(0, TitleBeforeItsTag(self))
        # (Shift- or Ctrl-click, Ctrl+A: several articles taken out at once, a folder added
        # by mistake among them)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # corpus order until a header click
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        # Fixed widths from the font, not ResizeToContents: that measures every row, which
        # grows with the corpus.
        metrics = self.fontMetrics()
        for column, sample in enumerate(("", "Outlet name here", "2020-01-08", "99,999", "100%"),
                                        start=0):
            if column:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                                 metrics.horizontalAdvance(COLUMNS[column])) + 24)
        self._outlet_width = header.sectionSize(OUTLET_COLUMN)
        self._fixed_widths = {c: header.sectionSize(c) for c in range(len(COLUMNS))}
        self.hidden_for_room: set[int] = set()
        """Columns hidden because the list is too narrow for them (tests read it)."""
        self._outlet_known = False
        self._hide_empty_outlet()

    def _hide_empty_outlet(self) -> None:
        """No outlet nor file name known for any article (pasted texts): the column would only
        take room.
        And Words as wide as the longest article's count (a 19 MB text's "3,382,967" read
        "3,382,9…" in a column made for "99,999")."""
        rows = self.source_model.rows
        self._outlet_known = any(r.outlet for r in rows)
        self.setColumnHidden(OUTLET_COLUMN, not self._outlet_known)
        most = max((r.words for r in rows), default=0)
        if most > 99_999:
            width = self.fontMetrics().horizontalAdvance(f"{most:,}") + 24
            self._fixed_widths[WORDS_COLUMN] = max(width, self._fixed_widths[WORDS_COLUMN])
            self.horizontalHeader().resizeSection(WORDS_COLUMN,
                                                  self._fixed_widths[WORDS_COLUMN])
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Titles are what the list is for. The title takes the room the fixed columns leave;
        in a narrow list the outlet column gives up width first (down to a few letters), then
        Words and Date give way (hidden; the title's tooltip still says them) so that Shared
        stays in view, and the title never gets narrower than MIN_TITLE_WIDTH (the list
        scrolls sideways instead)."""
        header = self.horizontalHeader()
        widths = {c: self._fixed_widths[c] for c in range(OUTLET_COLUMN + 1, len(COLUMNS))}
        if self._outlet_known:
            widths[OUTLET_COLUMN] = MIN_OUTLET_WIDTH
        giving_way = columns_giving_way(self.viewport().width(), MIN_TITLE_WIDTH, widths,
                                        GIVE_WAY_ORDER)
        for column in widths:
            self.setColumnHidden(column, column in giving_way)
        self.hidden_for_room = giving_way
        outlet_shown = self._outlet_known and OUTLET_COLUMN not in giving_way
        fixed = sum(header.sectionSize(c) for c in widths
                    if c not in giving_way and c != OUTLET_COLUMN)
        room = self.viewport().width() - fixed
        if outlet_shown:
            outlet = min(self._outlet_width, room - max(room * 2 // 3, MIN_TITLE_WIDTH))
            header.resizeSection(OUTLET_COLUMN, max(MIN_OUTLET_WIDTH, outlet))
            room -= header.sectionSize(OUTLET_COLUMN)
        header.resizeSection(0, max(MIN_TITLE_WIDTH, room))

    def selected_article_id(self) -> str | None:
        """The current row's article where it is selected, else the first selected one."""
        current = self.currentIndex()
        selected = self.selectionModel().selectedRows()
        if current.isValid() and self.selectionModel().isRowSelected(current.row(),
                                                                     current.parent()):
            return str(current.siblingAtColumn(0).data(ID_ROLE))
        return selected[0].data(ID_ROLE) if selected else None

    def framed_article_id(self) -> str | None:
        """The article of the row the list's focus frame is on, selected or not (a reopened
        project's list shows its first row so: Article details refused it as no choice); the
        last resort after a selection and a focused pane."""
        current = self.currentIndex()
        return str(current.siblingAtColumn(0).data(ID_ROLE)) if current.isValid() else None

    def selected_article_ids(self) -> list[str]:
        """The selected articles, in the list's order."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in rows]

    def article_ids_in_view_order(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]


class TitleBeforeItsTag(BidiDelegate):
    """The Title column's cells: a title followed by its version tag is cut in the title, so
    that the tag stays whole. Two versions of one file have one title, and the tag is what
    tells them apart: cut at its end as Qt cuts a cell, "Iraq's military in a statement on
    January 8 report…" read the same in both rows (session 60). In a narrow column the title
    keeps its first characters and the tag takes a shorter form (`title_before_tag`)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        tag = index.data(VERSION_ROLE)
        suffix = TAG_JOINT + tag if tag else ""
        if not suffix or not option.text.endswith(suffix) or option.rect.width() <= 0:
            return  # (no tag, or a size asked for, not a cell drawn)
        metrics = option.fontMetrics
        option.text = title_before_tag(
            option.text.removesuffix(suffix), (tag, *index.data(SHORT_VERSIONS_ROLE)),
            text_room(option), joint=TAG_JOINT, width=metrics.horizontalAdvance,
            elide=lambda text, room: metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                        max(room, 0)))


def text_room(option: QStyleOptionViewItem) -> int:
    """The width a cell's text is drawn in: its text area, less the margins Qt leaves inside it
    (past it, Qt cuts the text itself)."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    return area.width() - 2 * margin
