"""The annotations dock: every annotation with article, quote, tags, note, claim and status.

Filter by tag, article, claim and text; double-click jumps to the span; Edit and Delete call back
into the controller (which pushes undo commands). The rows are `widgets.annotation_table`'s
models; the columns are fitted into the dock's width around the quote here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.listing import COLUMNS, UNKNOWN_ARTICLE, AnnotationFilter
from viewer.annotations.model import Annotation
from viewer.column_fit import default_dock_width, fit_around_text, grown_into_spare_room
from viewer.wording import count_of
from widgets.annotation_table import ANNOTATION_ROLE, AnnotationFilterModel, AnnotationTableModel
from widgets.table_model import ToldApartAtTheEnd, leave_on_tab

QUOTE_COLUMN = COLUMNS.index("Quote")
ARTICLE_COLUMN = COLUMNS.index("Article")
QUOTE_MIN_CHARS = 24
"""The Quote column (what the dock is read for) is at least this many characters wide and takes
whatever width the other columns leave."""
COLUMN_CAP_CHARS = {0: 18, 2: 14, 3: 18, 4: 14, 5: 10}
"""Article, Tags, Note, Claim, Status: as wide as their contents, up to this many characters
(longer texts are elided; the tooltip has them whole). Status's is for the dock's opening width
only: its three words are shown whole ("anchored" read "ancho…" in a proportional font)."""
STATUS_COLUMN = COLUMNS.index("Status")
GIVE_WAY_ORDER = tuple(COLUMNS.index(name) for name in ("Status", "Claim", "Note", "Tags"))
"""In a narrow dock these columns are hidden, first ones first, so that the quote stays readable
(a row's tooltip then says them; orphaned and fuzzy rows keep their colour and italics)."""
GROWING_ORDER = tuple(COLUMNS.index(name) for name in ("Article", "Claim", "Note", "Tags"))
"""Columns cut at their cap that take the Quote column's room beyond its longest quote."""
FIRST_SEEN = tuple(COLUMNS.index(name) for name in ("Article", "Quote", "Tags", "Note"))
"""The columns the dock opens wide enough to show whole: what a user tagging a claim wrote."""
COLUMN_PADDING = 16
DOCK_FRAME = 4
"""The dock's own border and the separator beside it, each side (about: styles differ)."""
MEASURED_ROWS = 300
"""Column contents are measured over the first rows shown only: a dock of 10,000 annotations
would otherwise measure them all on every resize."""

ALL = "(all)"


class AnnotationDock(QDockWidget):
    """The dock. `name_of(article_id)`: the article as the Article column and the article
    filter name it (its outlet, else its title: `Workspace.name_of`); `title_of(article_id)`:
    its title, in the cell's tooltip and found by the text filter; `on_reveal(annotation)`,
    `on_edit(annotation)`, `on_delete(annotations)`."""

    def __init__(self, annotation_set: AnnotationSet, name_of: Callable[[str], str],
                 title_of: Callable[[str], str], article_ids: Callable[[], list[str]],
                 on_reveal: Callable[[Annotation], None],
                 on_edit: Callable[[Annotation], None],
                 on_delete: Callable[[list[Annotation]], None],
                 parent: QWidget | None = None) -> None:
        super().__init__("Annotations", parent)
        self.setObjectName("annotationDock")
        self.annotation_set = annotation_set
        self.name_of = name_of
        self.article_ids = article_ids
        self.on_reveal, self.on_edit, self.on_delete = on_reveal, on_edit, on_delete
        self.model = AnnotationTableModel(annotation_set, name_of, title_of)
        self.proxy = AnnotationFilterModel(self.model)

        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText("Filter text…")
        self.text_filter.setClearButtonEnabled(True)
        self.tag_filter = QComboBox()
        self.article_filter = QComboBox()
        self.claim_filter = QComboBox()
        for box, tip in ((self.tag_filter, "Only this tag"),
                         (self.article_filter, "Only this article"),
                         (self.claim_filter, "Only this claim group")):
            box.setToolTip(tip)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        leave_on_tab(self.table)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # (one event's titles open alike: cut at their end, those that then read alike show
        # their ids)
        self._names = ToldApartAtTheEnd(self.table, lambda: {
            a.article_id: self.name_of(a.article_id) for a in self.annotation_set})
        self.table.setItemDelegateForColumn(ARTICLE_COLUMN, self._names)
        # The dock is narrow: the columns are fitted into its width around the quote (see
        # fit_columns) rather than the last ones scrolled out of sight; every cell has its full
        # text as a tooltip, and a wider dock shows every column.
        self._content_widths: dict[int, int] | None = None
        self.proxy.modelReset.connect(self._contents_changed)
        self.proxy.layoutChanged.connect(self._contents_changed)
        self.proxy.rowsInserted.connect(self._contents_changed)
        self.proxy.rowsRemoved.connect(self._contents_changed)
        self.proxy.dataChanged.connect(self._contents_changed)
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)  # Enter and Delete: see eventFilter
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete")
        self.location_label = QLabel()
        self.location_label.setTextFormat(Qt.TextFormat.PlainText)
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.article_filter, 1)
        filters.addWidget(self.claim_filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text_filter)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.location_label)
        self.setWidget(body)

        self.text_filter.textChanged.connect(self._apply_filter)
        for box in (self.tag_filter, self.article_filter, self.claim_filter):
            box.currentIndexChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(self._double_clicked)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        for signal in (annotation_set.added, annotation_set.removed, annotation_set.reset,
                       annotation_set.changed, annotation_set.claims_changed):
            signal.connect(self.refresh_choices)
        self.refresh_choices()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        if watched is self.table and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier):
            # The keyboard's double-click and Delete button: without them a keyboard user
            # could select a row but never jump to its span.
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._double_clicked(self.table.currentIndex())
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._delete_selected()
                return True
        return False

    def _contents_changed(self, *_args: object) -> None:
        self._content_widths = None
        self.fit_columns()

    def _measured(self) -> dict[int, int]:
        """Each column's widest cell among the first MEASURED_ROWS rows shown."""
        if self._content_widths is None:
            metrics = self.table.fontMetrics()
            widths = dict.fromkeys(range(len(COLUMNS)), 0)
            for row in range(min(self.proxy.rowCount(), MEASURED_ROWS)):
                for column in widths:
                    text = self.proxy.index(row, column).data()
                    if text:
                        widths[column] = max(widths[column],
                                             metrics.horizontalAdvance(str(text)))
            self._content_widths = widths
        return self._content_widths

    def default_width(self, window_width: int, kept_for_panes: int, floor: int) -> int:
        """The width to open at: FIRST_SEEN at their widest (the quote at its minimum), unless
        that leaves the window less than `kept_for_panes` (`viewer.column_fit`)."""
        char = self.table.fontMetrics().averageCharWidth()
        columns = {c: (QUOTE_MIN_CHARS if c == QUOTE_COLUMN else COLUMN_CAP_CHARS[c]) * char
                   for c in FIRST_SEEN}
        layout = self.widget().layout()
        margins = layout.contentsMargins().left() + layout.contentsMargins().right() \
            if layout is not None else 0
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        chrome = 2 * self.table.frameWidth() + scroll_bar + 2 * DOCK_FRAME + margins
        return default_dock_width(columns, chrome, window_width, kept_for_panes, floor)

    def fit_columns(self) -> None:
        """Fit the columns into the table's width around the quote
        (`viewer.column_fit.fit_around_text`)."""
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        minimums = {c: header.fontMetrics().horizontalAdvance(name) + COLUMN_PADDING
                    for c, name in enumerate(COLUMNS) if c != QUOTE_COLUMN}
        measured = self._measured()
        if self._unknown_article_shown():
            # (the marker is read whole: "(unknow…rticle)" said nothing, tester58)
            minimums[ARTICLE_COLUMN] = max(minimums[ARTICLE_COLUMN], self.table.fontMetrics(
                ).horizontalAdvance(UNKNOWN_ARTICLE) + COLUMN_PADDING)
        wanted = {c: max(minimum, min(measured[c] + COLUMN_PADDING,
                                      COLUMN_CAP_CHARS[c] * char if c != STATUS_COLUMN
                                      else measured[c] + COLUMN_PADDING))
                  for c, minimum in minimums.items()}
        wanted[ARTICLE_COLUMN] = max(wanted[ARTICLE_COLUMN], minimums[ARTICLE_COLUMN])
        widths, hidden = fit_around_text(self.table.viewport().width(), QUOTE_COLUMN,
                                         QUOTE_MIN_CHARS * char, wanted, minimums,
                                         GIVE_WAY_ORDER)
        widths = grown_into_spare_room(
            widths, QUOTE_COLUMN, max(QUOTE_MIN_CHARS * char, measured[QUOTE_COLUMN]
                                      + COLUMN_PADDING),
            {c: width + COLUMN_PADDING for c, width in measured.items()}, GROWING_ORDER)
        for column in range(len(COLUMNS)):
            self.table.setColumnHidden(column, column in hidden)
            if column in widths:
                self.table.setColumnWidth(column, widths[column])
        self.model.hidden_columns = frozenset(hidden)
        names = ", ".join(COLUMNS[c] for c in sorted(hidden))
        header.setToolTip(f"Widen the dock to see {names}; a row's tooltip says them"
                          if hidden else "")

    def _unknown_article_shown(self) -> bool:
        """Whether a row among those measured shows the unknown-article marker."""
        return any(self.proxy.index(row, ARTICLE_COLUMN).data() == UNKNOWN_ARTICLE
                   for row in range(min(self.proxy.rowCount(), MEASURED_ROWS)))

    def names_changed(self) -> None:
        """The articles' names may have changed (an outlet or title set in Article details,
        articles added or removed): the column and the article filter show them again."""
        self.model.names_changed()
        self.refresh_choices()

    # --- filters ----------------------------------------------------------------------------

    def refresh_choices(self, *_args: object) -> None:
        tags = sorted(set(self.annotation_set.tags_in_use()), key=str.casefold)
        self._fill(self.tag_filter, [(t, t) for t in tags])
        articles = list(dict.fromkeys([*self.article_ids(),
                                       *(a.article_id for a in self.annotation_set)]))
        self._fill(self.article_filter, [(self.name_of(i), i) for i in articles])
        self._fill(self.claim_filter, [(c, c) for c in self.annotation_set.claim_names])
        self._update_count()

    def _fill(self, box: QComboBox, entries: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(ALL, None)
        for label, value in entries:
            box.addItem(label, value)
        index = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        if current is not None and index < 0:
            self._apply_filter()

    def _apply_filter(self, *_args: object) -> None:
        self.proxy.set_rule(AnnotationFilter(
            tag=self.tag_filter.currentData(), article=self.article_filter.currentData(),
            claim=self.claim_filter.currentData(), text=self.text_filter.text()))
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.annotation_set)
        shown = self.proxy.rowCount()
        orphans = len(self.annotation_set.orphans())
        text = f"{shown} of {total} shown" if shown != total else count_of(total, "annotation")
        if orphans:
            text += f"; {orphans} orphaned"
        self.count_label.setText(text)

    def set_location(self, text: str) -> None:
        self.location_label.setText(text)

    # --- rows -------------------------------------------------------------------------------

    def visible_annotations(self) -> list[Annotation]:
        return [self.annotation_set.get(self.proxy.index(row, 0).data(ANNOTATION_ROLE))
                for row in range(self.proxy.rowCount())]

    def selected_annotations(self) -> list[Annotation]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.annotation_set.get(self.proxy.index(row, 0).data(ANNOTATION_ROLE))
                for row in sorted(rows)]

    def select_annotation(self, annotation_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ANNOTATION_ROLE) == annotation_id:
                self.table.selectRow(row)
                return

    def _double_clicked(self, index: QModelIndex) -> None:
        annotation_id = index.siblingAtColumn(0).data(ANNOTATION_ROLE)
        if annotation_id in self.annotation_set:
            self.on_reveal(self.annotation_set.get(annotation_id))

    def _edit_selected(self) -> None:
        chosen = self.selected_annotations()
        if chosen:
            self.on_edit(chosen[0])

    def _delete_selected(self) -> None:
        chosen = self.selected_annotations()
        if chosen:
            first = min(index.row() for index in self.table.selectionModel().selectedRows())
            self.on_delete(chosen)
            # The row now in the first deleted one's place (else the last): Delete pressed
            # again goes on, instead of finding no selection (tester15).
            row = min(first, self.proxy.rowCount() - 1)
            if row >= 0 and not self.table.selectionModel().hasSelection():
                self.table.selectRow(row)
