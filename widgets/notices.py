"""A dismissible, non-blocking notice listing the files (and web addresses) that could not be
used, read or stored ("file: reason")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from viewer.wording import unopened

MAX_LINES = 5
"""Lines of the notice shown at once; more scroll."""


class NoticeArea(QFrame):
    """Hidden until a notice arrives; lines accumulate until the user dismisses them."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("noticeArea")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.lines: list[str] = []
        self.hide()

    def add(self, lines: list[str]) -> None:
        # (a line already shown is not listed again: opening a folder twice listed its one
        # bad file as "Problems with 2 files")
        self.lines += [line for line in dict.fromkeys(lines) if line not in self.lines]
        # (not "could not be opened": an article a full disk refused to store, a damaged
        # annotation file, are here too -- a week-of-work tester read a save failure so)
        self.heading.setText(f"Problems with {unopened(self.lines)}:")
        self.details.setPlainText("\n".join(self.lines))
        self._fit_height()
        self.show()

    def _fit_height(self) -> None:
        """As tall as its lines, up to MAX_LINES (then it scrolls): one bad file must not take
        the height of five from the panes, in a window a dock may already have made short."""
        shown = min(len(self.lines), MAX_LINES)
        margins = self.details.contentsMargins()
        document_margin = 2 * round(self.details.document().documentMargin())
        self.details.setFixedHeight(shown * self.details.fontMetrics().lineSpacing()
                                    + margins.top() + margins.bottom() + document_margin + 2)

    def dismiss(self) -> None:
        self.lines = []
        self.details.clear()
        self.hide()
