"""The collation window: one passage read across every outlet at once.

One row per article (outlet and publication time in the row header), one column per word of
the consensus (the consensus itself is the column header) plus columns for added words;
differences are coloured and styled (bold, underline, italic) so they show without colour too.
A statement written right to left (Arabic, Hebrew, Persian, Urdu) runs its columns from the
right, each word, name and time still laid out in its own direction (`widgets.own_direction`),
and a word spelled differently in a script without italics is underlined rather than slanted
(the italic face has no such letters: Qt drew empty boxes).
It follows the passage selected in the window, and exports the table through the core's HTML
and CSV writers. The table itself is `viewer.passage_reports.collation_report`.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.fonts import italics_lack
from viewer.passage_reports import (
    CollationReport,
    ProvenanceSource,
    collation_report,
)
from viewer.provenance import provenance_of
from viewer.wording import count_of
from viewer.workspace import Workspace
from widgets.article_text_view import plain_tooltip
from widgets.own_direction import lay_out_in_own_directions
from widgets.table_model import leave_on_tab

STATUS_COLOURS = {
    "different": "#ffe08a",
    "added": "#c9e7ff",
    "missing": "#ffd1d1",
    "absent": "#eeeeee",
}
STATUS_TIPS = {
    "same": "as the consensus", "spelling": "spelled differently", "different": "a different word",
    "added": "words the consensus does not have", "missing": "a consensus word left out",
    "absent": "outside the part this article quotes",
}
MISSING_MARK = "—"
ROW_LABEL_CHARS = 34
ADDED_LINE_CHARS = 40
"""An added cell's lines are wrapped at this many characters: an outlet's own sentence (or
another piece of the statement) would otherwise make its column as wide as the window."""


class CollationView(QDialog):
    """A non-modal window over the workspace's selected passage."""

    def __init__(self, workspace: Workspace, corpus_paths: list[Path] | None = None,
                 parent: QWidget | None = None, *,
                 provenance: ProvenanceSource = provenance_of) -> None:
        """`provenance`: how to know an article's outlet and time (default: what its file
        said; a project passes its own, with the user's corrections)."""
        super().__init__(parent)
        self.workspace = workspace
        self.provenance = provenance
        self.corpus_paths = corpus_paths or []
        self.report: CollationReport | None = None
        self.setWindowTitle("Collation")
        self.setObjectName("collationView")
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.legend = QLabel("Yellow, bold: a different word · blue, underlined: added words · "
                             "red —: left out · italic (underlined in scripts without italics): "
                             "spelled differently · grey: not quoted")
        self.legend.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # (each word and label in its own direction: the table's, right to left for an Arabic
        # statement, turned "U.S." into ".U.S")
        lay_out_in_own_directions(self.table)
        leave_on_tab(self.table)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.html_button = QPushButton("Export &HTML…")
        self.csv_button = QPushButton("Export &CSV…")
        self.html_button.clicked.connect(lambda: self.choose_export("html"))
        self.csv_button.clicked.connect(lambda: self.choose_export("csv"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.html_button)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 420)
        workspace.selection_changed.connect(self.reload)
        workspace.result_changed.connect(self.reload)
        self.reload()

    def detach(self) -> None:
        self.workspace.selection_changed.disconnect(self.reload)
        self.workspace.result_changed.disconnect(self.reload)

    def done(self, result: int) -> None:
        self.detach()
        super().done(result)

    def reload(self, *_args: object) -> None:
        passage = self.workspace.selected_passage()
        self.report = collation_report(self.workspace.corpus, passage, self.provenance) \
            if passage else None
        self.html_button.setEnabled(self.report is not None)
        self.csv_button.setEnabled(self.report is not None)
        self.table.clear()
        if self.report is None:
            self.heading.setText("Select a shared passage to read it across every article.")
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        collation = self.report.collation
        articles = len({row.document for row in collation.rows})
        copies = "" if articles == len(collation.rows) else \
            f" ({count_of(len(collation.rows), 'occurrence')})"
        self.heading.setText(f"{count_of(articles, 'article')}{copies} carry "
                             f"{self.report.heading()}")
        # Columns in reading order: from the right for a statement written right to left (the
        # row names then stand on the right too, where such a reader starts).
        self.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                      if collation.reads_right_to_left
                                      else Qt.LayoutDirection.LeftToRight)
        self.table.setColumnCount(len(collation.columns))
        self.table.setRowCount(len(collation.rows))
        self.table.setHorizontalHeaderLabels(
            ["+" if column.added else column.consensus for column in collation.columns])
        labels = self.report.row_labels(ROW_LABEL_CHARS)
        for r, row in enumerate(collation.rows):
            short, when, full = labels[r]
            # The table is for the words, not titles: the full name is the tooltip.
            header = QTableWidgetItem(f"{short}\n{when}" if when else short)
            header.setToolTip(plain_tooltip(full))
            self.table.setVerticalHeaderItem(r, header)
            for c, cell in enumerate(row.cells):
                self.table.setItem(r, c, _cell_item(cell.text, cell.status))

    def choose_export(self, kind: str) -> None:
        if self.report is None:
            return
        from widgets.file_dialogs import save_file_name

        file_filter = "HTML page (*.html)" if kind == "html" else "CSV spreadsheet (*.csv)"
        path = save_file_name(self, "Export collation", f"collation.{kind}", file_filter)
        if path:
            self.export(Path(path), kind)

    def export(self, path: Path, kind: str) -> str | None:
        """Write the table; returns the one-line problem shown to the user, or None."""
        if self.report is None:
            return "no passage selected"
        from viewer.export_target import work_at
        from viewer.printable import printable
        from viewer.safe_files import atomic_write_bytes
        from widgets.window_work import annotation_file_of

        work = work_at(path, annotation_file=annotation_file_of(self.parentWidget()),
                       articles=[*self.corpus_paths, *(
                           a.path for a in self.workspace.corpus.articles if a.path is not None)])
        if work is not None:
            # (a project or an article replaced by a table was the investigation lost)
            problem = f"Choose another file: that is {work}"
            self.heading.setText(problem)
            return problem
        text = self.report.as_html() if kind == "html" else self.report.as_csv()
        encoding = "utf-8" if kind == "html" else "utf-8-sig"
        try:
            # In one step, as every export: a failed write never leaves half a file (and a FIFO
            # or device is refused rather than written into).
            atomic_write_bytes(path, text.encode(encoding))
        except OSError as error:
            problem = f"{printable(str(path))}: could not write ({error.strerror or error})"
            self.heading.setText(problem)
            return problem
        return None


def _cell_item(text: str, status: str) -> QTableWidgetItem:
    shown = MISSING_MARK if status == "missing" else (
        textwrap.fill(text, ADDED_LINE_CHARS) if status == "added" else text)
    item = QTableWidgetItem(shown)
    item.setToolTip(STATUS_TIPS.get(status, status))
    colour = STATUS_COLOURS.get(status)
    if colour is not None:
        item.setBackground(QColor(colour))
        item.setForeground(QColor("#1a1a1a"))
    font = QFont(item.font())
    font.setBold(status == "different")
    # (the panes' rule for a fragment: letters with no italic face are marked otherwise, as
    # the legend says, since Qt draws them as boxes rather than fall back to the upright face)
    upright = italics_lack(text)
    font.setItalic(status == "spelling" and not upright)
    font.setUnderline(status == "added" or (status == "spelling" and upright))
    item.setFont(font)
    item.setData(Qt.ItemDataRole.UserRole, status)
    return item
