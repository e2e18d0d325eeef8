"""The annotation set as the dock's table: one row per annotation (article, quote, tags, note,
claim, status), orphaned rows in red and fuzzy ones in italics, each cell's whole text as its
tooltip, and the filter proxy that shows the rows a tag, article, claim and text let through.
Row texts and the filter rule come from the Qt-free `viewer.annotations.listing`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.listing import COLUMNS, AnnotationFilter, full_texts, row_texts
from viewer.annotations.model import AnchorStatus, Annotation
from widgets.article_text_view import plain_tooltip
from widgets.table_model import ColumnTableModel, Index

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role whose data is the row's annotation id."""


class AnnotationTableModel(ColumnTableModel):
    """The annotation set as table rows (one per annotation, in the set's order)."""

    def __init__(self, annotation_set: AnnotationSet, name_of: Callable[[str], str],
                 title_of: Callable[[str], str]) -> None:
        """`name_of(article_id)`: the article as the Article column names it (its outlet, else
        its title: `viewer.workspace.Workspace.name_of`); `title_of(article_id)`: its title,
        which the cell's tooltip adds and the text filter finds (`Workspace.title_of`)."""
        super().__init__(COLUMNS)
        self.annotation_set = annotation_set
        self.name_of = name_of
        self.title_of = title_of
        self.hidden_columns: frozenset[int] = frozenset()
        """Columns the dock hid for want of room: every cell's tooltip says them."""
        self.subscribe(annotation_set.added, self._reset)
        self.subscribe(annotation_set.removed, self._reset)
        self.subscribe(annotation_set.reset, self._reset)
        self.subscribe(annotation_set.changed, self._changed)

    def _reset(self, *_args: object) -> None:
        # The model signals after the fact; a reset is always consistent and cheap enough.
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, row: int, _old: Annotation, _new: Annotation) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def names_changed(self) -> None:
        """The articles' names may have changed (an outlet or title set in Article details):
        the Article column is read again, the selection kept (a reset would clear it)."""
        if self.row_count():
            self.dataChanged.emit(self.index(0, 0), self.index(self.row_count() - 1, 0))

    def row_count(self) -> int:
        return len(self.annotation_set)

    def annotation_at(self, row: int) -> Annotation:
        return self.annotation_set[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.annotation_set):
            return None
        annotation = self.annotation_set[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row_texts(annotation, self.name_of(annotation.article_id))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(annotation, index.column())
        if role == ANNOTATION_ROLE:
            return annotation.id
        if role == Qt.ItemDataRole.ForegroundRole and annotation.status is AnchorStatus.ORPHANED:
            return QBrush(QColor("#b03a2e"))
        if role == Qt.ItemDataRole.FontRole and annotation.status is AnchorStatus.FUZZY:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, annotation: Annotation, column: int) -> str | None:
        """The whole text of the cell (the list shortens quotes), then what the hidden columns
        say ("Status: anchored"); never read as rich text."""
        name = self.name_of(annotation.article_id)
        texts = row_texts(annotation, name)
        full = full_texts(annotation, name, self.title_of(annotation.article_id))
        lines = [full.get(column) or texts[column]]
        lines.extend(f"{COLUMNS[c]}: {full.get(c) or texts[c]}"
                     for c in sorted(self.hidden_columns) if c != column and texts[c])
        text = "\n".join(line for line in lines if line)
        return plain_tooltip(text) if text else None


class AnnotationFilterModel(QSortFilterProxyModel):
    def __init__(self, source: AnnotationTableModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.table = source
        self.rule = AnnotationFilter()

    def set_rule(self, rule: AnnotationFilter) -> None:
        self.beginFilterChange()
        self.rule = rule
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if source_row >= len(self.table.annotation_set):
            return False
        annotation = self.table.annotation_at(source_row)
        return self.rule.matches(annotation, self.table.name_of(annotation.article_id),
                                 self.table.title_of(annotation.article_id))
