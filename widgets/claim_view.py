"""The claim comparison view: one row per claim group, one column per article, side by side.

Each cell shows what that article says about the claim (its quotes, tags and note) or "not
tagged", so "22 missiles" vs "more than a dozen" is seen at a glance. The table comes from the
Qt-free `viewer.annotations.claims.claim_table`. A claim group's verdict (shown after its name)
is set with "Verdict…" and exported, for fact-checkers, with "Export ClaimReview…".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.claims import NOTHING, ClaimCell, ClaimRow, claim_table
from viewer.annotations.model import ClaimGroup, Verdict
from viewer.corpus import Article
from viewer.wording import titles_told_apart
from widgets.table_model import leave_on_tab
from widgets.window_chrome import shrinkable

AskVerdict = Callable[[ClaimGroup], "tuple[bool, Verdict | None]"]
"""(claim group) -> (accepted, verdict or None to clear it)."""


def cell_text(cell: ClaimCell) -> str:
    """The cell as plain text: quotes, then its orphaned or fuzzy annotations' lines, then tags,
    then notes (or "not tagged")."""
    if cell.says_nothing:
        return NOTHING
    lines = [f"\u201c{quote}\u201d" for quote in cell.quotes]
    lines.extend(line.text for line in cell.standing)  # (orphaned, fuzzy: as on the cards)
    if cell.tags:
        lines.append("tags: " + ", ".join(cell.tags))
    lines.extend(f"note: {note}" for note in cell.notes)
    return "\n".join(lines)


def row_label(group: ClaimGroup) -> str:
    """A claim group's row header: its name, and its verdict when it has one."""
    return f"{group.name}\n[{group.verdict.rating}]" if group.verdict else group.name


class ClaimComparisonView(QDockWidget):
    def __init__(self, annotation_set: AnnotationSet, articles: Callable[[], Sequence[Article]],
                 parent: QWidget | None = None,
                 events: Callable[[], Mapping[str, int] | None] = lambda: None) -> None:
        super().__init__("Claim comparison", parent)
        self.setObjectName("claimComparisonDock")
        self.annotation_set = annotation_set
        self.articles = articles
        self.events = events
        """Each article's event (`viewer.figures.events`), None before an alignment: articles
        of other events than a claim's are not listed as saying nothing about it."""
        self.rows: tuple[ClaimRow, ...] = ()
        self.columns: list[str] = []
        """Article ids, one per table column."""
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        leave_on_tab(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Long headlines: show their beginning, not a centred middle cut at both ends.
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel("No claim groups yet: tag a claim and give it a claim group "
                                  "to compare what each article says.")
        self.empty_label.setWordWrap(True)
        self.undo_stack: QUndoStack | None = None
        """Set by the annotation GUI so that verdicts are undoable like every other change."""
        self.ask_verdict: AskVerdict = self._ask_with_dialog
        self.verdict_button = QPushButton("Verdict…")
        self.verdict_button.setToolTip("Set the verdict on the selected claim group (for the "
                                       "ClaimReview export)")
        self.verdict_button.clicked.connect(lambda _checked=False: self.choose_verdict())
        self.export_button = QPushButton("Export ClaimReview…")
        self.export_button.setToolTip("Save the claim groups with a verdict as schema.org "
                                      "ClaimReview JSON-LD")
        self.export_button.clicked.connect(lambda _checked=False: self.choose_export())
        # Cards (outlet, date, quote with differences marked) by default; the table on demand.
        from widgets.claim_cards_view import ClaimCards

        self.cards = ClaimCards(lambda group: self.choose_verdict(group))
        self.table_button = QPushButton("Show as table")
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(lambda _on: self._show_table_or_cards())
        buttons = QHBoxLayout()
        buttons.addWidget(self.verdict_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.table_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cards, 1)
        self.setWidget(shrinkable(body))  # see window_chrome.shrinkable
        self._stale = False
        """A change came while the dock was hidden: the cards are rebuilt when it is shown."""
        for signal in (annotation_set.added, annotation_set.removed, annotation_set.reset,
                       annotation_set.changed, annotation_set.claims_changed):
            signal.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        parent = self.parentWidget()
        if self.isHidden() and parent is not None and parent.isVisible():
            # (hidden in a shown window: the cards of a claim group across hundreds of articles
            # take seconds, rebuilt for every edit while nobody looked -- a reviewer's report)
            self._stale = True
            return
        self._stale = False
        articles = list(self.articles())
        self.rows = claim_table(self.annotation_set, self.annotation_set.claims, articles,
                                self.events())
        columns: list[str] = []
        for row in self.rows:
            for each in row.cells:
                if each.article_id not in columns:
                    columns.append(each.article_id)
        if not columns:
            columns = [a.id for a in articles]
        self.columns = columns
        titles = titles_told_apart({a.id: a.title or a.id for a in articles})
        self.table.clear()
        self.table.setRowCount(len(self.rows))
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([titles.get(c, c) for c in columns])
        self.table.setVerticalHeaderLabels([row_label(row.claim) for row in self.rows])
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
        self.cards.show_rows(self.rows, articles)
        self._show_table_or_cards()
        self.verdict_button.setEnabled(bool(self.rows))
        self.export_button.setEnabled(any(row.claim.verdict for row in self.rows))

    def _show_table_or_cards(self) -> None:
        table = self.table_button.isChecked()
        self.table.setVisible(bool(self.rows) and table)
        self.cards.setVisible(bool(self.rows) and not table)
        self.table_button.setText("Show as cards" if table else "Show as table")

    def selected_claim(self) -> ClaimGroup | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            return self.rows[row].claim
        return self.rows[0].claim if len(self.rows) == 1 else None

    def choose_verdict(self, group: ClaimGroup | None = None) -> None:
        group = group or self.selected_claim()
        if group is None:
            return
        accepted, verdict = self.ask_verdict(group)
        if accepted:
            self.apply_verdict(group.name, verdict)

    def apply_verdict(self, name: str, verdict: Verdict | None) -> None:
        if self.undo_stack is not None:
            from widgets.verdict_dialog import SetVerdict

            self.undo_stack.push(SetVerdict(self.annotation_set, name, verdict))
        else:
            self.annotation_set.set_verdict(name, verdict)

    def choose_export(self) -> None:
        from widgets.file_dialogs import save_file_name

        path = save_file_name(self, "Export ClaimReview", "claimreview.json",
                              "ClaimReview JSON-LD (*.json *.jsonld)")
        if path:
            said = self.export_to(Path(path))
            window = self.window()
            if said is not None and isinstance(window, QMainWindow):
                window.statusBar().showMessage(said, 15000)  # (it went unsaid)

    def export_to(self, path: Path) -> str | None:
        """Write the ClaimReview export; returns the problem, or what the file left out (a
        verdict's URL that is no web address), or None when written whole."""
        from viewer.annotations.export import export_file
        from viewer.annotations.store import atomic_write_bytes
        from viewer.export_target import work_at
        from viewer.printable import printable
        from widgets.window_frame import WindowFrame
        from widgets.window_work import annotation_file_of

        work = work_at(path, annotation_file=annotation_file_of(self.parentWidget()),
                       articles=[a.path for a in self.articles() if a.path is not None])
        if work is not None:
            return f"Choose another file: that is {work}"
        made = export_file("claimreview", self.annotation_set.annotations,
                           self.annotation_set.claims, list(self.articles()),
                           collection_id=self.annotation_set.collection_id, title="")
        try:
            atomic_write_bytes(path, made.data)
        except OSError as error:
            return f"{printable(path)}: could not be written ({error.strerror or error})"
        lines = [loss.line() for loss in made.dropped]
        window = self.window()
        notices = window.notices if isinstance(window, WindowFrame) else None
        if notices is not None:
            # (the last export's list goes: this file left out nothing, or its own)
            notices.show_left_out(f"What the ClaimReview export {printable(path.name)} could "
                                  "not hold:", lines)
        if not lines:
            return None
        if notices is None:
            return f"Exported to {printable(path)}; " + "; ".join(lines)
        return (f"Exported to {printable(path.name)}; what it could not hold is in the notice "
                "above the panes")

    def _ask_with_dialog(self, group: ClaimGroup) -> tuple[bool, Verdict | None]:
        from widgets.verdict_dialog import VerdictDialog

        dialog = VerdictDialog(group, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return accepted, dialog.verdict() if accepted else None
        finally:
            dialog.deleteLater()

    def text_at(self, claim: str, article_id: str) -> str:
        """What the view shows for `claim` in `article_id`'s column."""
        row = [r.claim.name for r in self.rows].index(claim)  # by name, whatever the label
        item = self.table.item(row, self.columns.index(article_id))
        return item.text() if item is not None else ""
