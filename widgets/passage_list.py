"""The passage list: one row per shared passage, filterable; selecting a row selects the passage.

A row the user clicks or moves to is announced as `passage_chosen`, so the window can bring the
articles that carry it into view (a selection made elsewhere is not: it only scrolls the list).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.palette import Theme
from viewer.rows import PassageRow
from viewer.wording import one_line
from viewer.workspace import Workspace
from widgets.article_text_view import plain_tooltip
from widgets.table_model import Index, RowListModel, make_list_table

COLUMNS = ("Passage", "Articles", "In")
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PassageListModel(RowListModel):
    """The workspace's filtered passage rows, widest spread first, then longest."""

    def __init__(self, workspace: Workspace, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, workspace.visible_passage_rows, parent)
        self.workspace = workspace
        self.theme = theme
        self.rows: list[PassageRow]
        self.subscribe(workspace.result_changed, self.reload)
        self.subscribe(workspace.corpus_changed, self.reload)
        self.subscribe(workspace.passage_filter_changed, self.reload)

    def row_of(self, passage_id: str | None) -> int | None:
        for number, row in enumerate(self.rows):
            if row.passage_id == passage_id:
                return number
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.snippet, str(row.spread), row.articles_text)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{row.snippet}\n\nIn: " + "\n    ".join(row.article_titles))
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            colour = self.workspace.colours.get(row.passage_id, 0)
            return QColor(self.theme.passage(colour).selected)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.passage_id
        return None


class ArticleChoices(QAbstractListModel):
    """The article filter's entries, (article id or None, title): one model reset per corpus
    change rather than an `addItem` call per article on the GUI thread."""

    def __init__(self, first: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[str | None, str]] = [(None, first)]

    def set_entries(self, entries: list[tuple[str | None, str]]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        article_id, title = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            # (the popup is as wide as its widest entry: a 300-character headline ran it off
            # the screen)
            return one_line(title, CHOICE_CHARS)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(title)
        if role == Qt.ItemDataRole.UserRole:  # QComboBox.currentData's role
            return article_id
        return None


CHOICE_CHARS = 80
"""An article filter entry shows at most this many characters of the title (all in its
tooltip)."""
IN_COLUMN_WIDTH = 220
"""The "In" column's width when the list has room (pixels)."""
MIN_IN_COLUMN_WIDTH = 60


class PassageList(QWidget):
    """Filter box, article filter and the passage table."""

    ALL_ARTICLES = "All articles"

    passage_chosen = Signal(str)
    """emit(passage id): the user chose this passage in the list (a click, even on the row
    already selected, or the keyboard)."""

    def __init__(self, workspace: Workspace, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter passages…")
        self.filter_edit.setClearButtonEnabled(True)
        self.article_filter = QComboBox()
        self.article_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.article_filter.setMinimumContentsLength(16)
        self.article_choices = ArticleChoices(self.ALL_ARTICLES, self)
        self.article_filter.setModel(self.article_choices)
        popup = self.article_filter.view()
        if isinstance(popup, QListView):  # one row height for all: no pass over 20,000 titles
            popup.setUniformItemSizes(True)
        self.view = QTableView()
        self.model = PassageListModel(workspace, theme, self)
        self.view.setModel(self.model)
        make_list_table(self.view)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A width from the font, not ResizeToContents: that measures every row on each reset,
        # which grows with the corpus (150 ms on the GUI thread with 600 passages).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        metrics = self.view.fontMetrics()
        header.resizeSection(1, max(metrics.horizontalAdvance("9,999"),
                                    metrics.horizontalAdvance(COLUMNS[1])) + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, IN_COLUMN_WIDTH)
        self.view.viewport().installEventFilter(self)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.article_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self._syncing = False
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.article_filter.currentIndexChanged.connect(self._apply_filter)
        self.view.selectionModel().selectionChanged.connect(self._row_selected)
        self.view.clicked.connect(self._row_clicked)
        self.model.modelReset.connect(self._show_selection)
        workspace.selection_changed.connect(self._on_selection_changed)
        workspace.corpus_changed.connect(self._fill_article_filter)
        self._fill_article_filter()

    def tab_stops(self) -> list[QWidget]:
        """What Tab steps through in the list, left to right and down."""
        return [self.filter_edit, self.article_filter, self.view]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The passage's words are what the list is for: in a narrow list the "In" column gives
        up width first (down to a third of the room), so the passage keeps two thirds."""
        header = self.view.horizontalHeader()
        room = self.view.viewport().width() - header.sectionSize(1)
        header.resizeSection(2, max(MIN_IN_COLUMN_WIDTH, min(IN_COLUMN_WIDTH, room // 3)))

    def detach(self) -> None:
        self.model.detach()
        self.workspace.selection_changed.disconnect(self._on_selection_changed)
        self.workspace.corpus_changed.disconnect(self._fill_article_filter)

    def _fill_article_filter(self) -> None:
        current = self.article_filter.currentData()
        # The article list's rows, already made: their titles are the ones shown there.
        entries: list[tuple[str | None, str]] = [(None, self.ALL_ARTICLES)]
        entries += [(row.article_id, row.title) for row in self.workspace.article_rows()]
        found = next((number for number, (article_id, _title) in enumerate(entries)
                      if current is not None and article_id == current), 0)
        self.article_filter.blockSignals(True)
        self.article_choices.set_entries(entries)
        self.article_filter.setCurrentIndex(found)
        self.article_filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.workspace.set_passage_filter(self.filter_edit.text(),
                                          self.article_filter.currentData())

    def _row_selected(self) -> None:
        if self._syncing:
            return
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._choose(rows[0].data(ID_ROLE))

    def _row_clicked(self, index: QModelIndex) -> None:
        passage_id = index.data(ID_ROLE)
        if isinstance(passage_id, str) and passage_id == self.workspace.selected:
            self.passage_chosen.emit(passage_id)  # no selection change: chosen again

    def _choose(self, passage_id: str) -> None:
        self.workspace.select_passage(passage_id)
        if self.workspace.selected == passage_id:
            self.passage_chosen.emit(passage_id)

    def _on_selection_changed(self, _passage_id: str | None) -> None:
        self._show_selection()

    def _show_selection(self) -> None:
        self._syncing = True
        try:
            row = self.model.row_of(self.workspace.selected)
            selection = self.view.selectionModel()
            if row is None:
                selection.clearSelection()
            else:
                index = self.model.index(row, 0)
                # Current as well as selected: Up and Down go on from it, also after a new
                # result has rebuilt the rows.
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect
                                          | selection.SelectionFlag.Rows)
                self.view.scrollTo(index)
        finally:
            self._syncing = False
