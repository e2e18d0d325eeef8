"""Help › What the marks mean: each mark of the article panes drawn as the panes draw it
(`widgets.segment_formats.segment_format`), with what it says (`viewer.legend.LEGEND`).

A Help entry rather than a legend line under the panes: the panes' height is what a small
window runs short of, and the tooltip over a passage already names its kind.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextEdit, QVBoxLayout, QWidget

from viewer.legend import LEGEND
from viewer.palette import Theme
from widgets.segment_formats import segment_format


class LegendDialog(QDialog):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What the marks mean")
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.samples: list[tuple[int, int]] = []
        """Where each entry's sample stands in the text (tests read its format there)."""
        cursor = QTextCursor(self.text.document())
        plain = QTextCharFormat()
        spaced = QTextBlockFormat()
        spaced.setBottomMargin(6)
        cursor.setBlockFormat(spaced)
        for number, entry in enumerate(LEGEND):
            if number:
                cursor.insertBlock(spaced)
            start = cursor.position()
            cursor.insertText(entry.sample, segment_format(theme, entry.style))
            self.samples.append((start, cursor.position()))
            cursor.insertText(f"  — {entry.meaning}", plain)
        cursor.insertBlock(spaced)
        cursor.insertText("Each shared passage has its own colour. Hover over one to read "
                          "whether it is a copy or a fragment and which articles carry it.",
                          plain)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 300)

    def sample_format(self, index: int) -> QTextCharFormat:
        """The format entry `index`'s sample is drawn with."""
        start, _end = self.samples[index]
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start + 1)  # the format of the character before the position
        return cursor.charFormat()
