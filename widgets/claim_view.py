"""The claim comparison view: one row per claim group, one column per article, side by side.

Each cell shows what that article says about the claim (its quotes, tags and note) or "nothing",
so "22 missiles" vs "more than a dozen" is seen at a glance. The table comes from the Qt-free
`viewer.annotations.claims.claim_table`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.claims import NOTHING, ClaimCell, ClaimRow, claim_table
from viewer.annotations.model import AnnotationSet
from viewer.corpus import Article


def cell_text(cell: ClaimCell) -> str:
    """The cell as plain text: quotes, then tags, then notes (or "nothing")."""
    if cell.says_nothing:
        return NOTHING
    lines = [f"\u201c{quote}\u201d" for quote in cell.quotes]
    if cell.tags:
        lines.append("tags: " + ", ".join(cell.tags))
    lines.extend(f"note: {note}" for note in cell.notes)
    return "\n".join(lines)


class ClaimComparisonView(QDockWidget):
    def __init__(self, annotation_set: AnnotationSet, articles: Callable[[], Sequence[Article]],
                 parent: QWidget | None = None) -> None:
        super().__init__("Claim comparison", parent)
        self.setObjectName("claimComparisonDock")
        self.annotation_set = annotation_set
        self.articles = articles
        self.rows: tuple[ClaimRow, ...] = ()
        self.columns: list[str] = []
        """Article ids, one per table column."""
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Long headlines: show their beginning, not a centred middle cut at both ends.
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel("No claim groups yet: tag a claim and give it a claim group "
                                  "to compare what each article says.")
        self.empty_label.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        for signal in (annotation_set.added, annotation_set.removed, annotation_set.reset,
                       annotation_set.changed, annotation_set.claims_changed):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        articles = list(self.articles())
        self.rows = claim_table(self.annotation_set, self.annotation_set.claims, articles)
        columns: list[str] = []
        for row in self.rows:
            for each in row.cells:
                if each.article_id not in columns:
                    columns.append(each.article_id)
        if not columns:
            columns = [a.id for a in articles]
        self.columns = columns
        titles = {a.id: a.title or a.id for a in articles}
        self.table.clear()
        self.table.setRowCount(len(self.rows))
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([titles.get(c, c) for c in columns])
        self.table.setVerticalHeaderLabels([row.claim.name for row in self.rows])
        grey, italic = QBrush(QColor("#777777")), QFont()
        italic.setItalic(True)
        for r, row in enumerate(self.rows):
            by_article = {cell.article_id: cell for cell in row.cells}
            for c, article_id in enumerate(columns):
                found = by_article.get(article_id)
                item = QTableWidgetItem(cell_text(found) if found else NOTHING)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if found is None or found.says_nothing:
                    item.setForeground(grey)
                    item.setFont(italic)
                self.table.setItem(r, c, item)
        self.empty_label.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))

    def text_at(self, claim: str, article_id: str) -> str:
        """What the view shows for `claim` in `article_id`'s column."""
        row = [r.claim.name for r in self.rows].index(claim)
        item = self.table.item(row, self.columns.index(article_id))
        return item.text() if item is not None else ""
