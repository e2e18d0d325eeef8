"""The article details dialog: title, outlet, URL, author and publication time, editable.

A thin form over `viewer.provenance`: it shows what the file or page said beside each field
(so the user can always see, and go back to, the value that was read), says how the typed
publication time is understood, and returns the `Provenance` the user wants. The project stores
the difference as edits (`Project.set_provenance`); this dialog decides nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.provenance import PROVENANCE_FIELDS, Provenance, describe_published
from viewer.wording import one_line

LABELS = {"title": "&Title", "outlet": "&Outlet", "url": "&URL", "author": "&Author",
          "published": "&Published"}
PLACEHOLDERS = {
    "title": "The headline (left blank: the title the article was read with)",
    "outlet": "The outlet or site",
    "url": "https://…",
    "author": "Who wrote it",
    "published": "2020-01-08T06:15:00+03:00, 2020-01-08 06:15 or 2020-01-08",
}


class ProvenanceDialog(QDialog):
    """Edit one article's provenance; `wanted()` is the result after `exec()` accepts."""

    def __init__(self, title: str, read: Provenance, current: Provenance, *,
                 parent: QWidget | None = None, origin: str = "") -> None:
        super().__init__(parent)
        self.read = read
        self.setWindowTitle("Article details")
        heading = QLabel(one_line(title, 200))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in PROVENANCE_FIELDS:
            edit = QLineEdit(getattr(current, name) or "")
            edit.setCursorPosition(0)  # a long title shows its beginning
            edit.setPlaceholderText(PLACEHOLDERS[name])
            was = getattr(read, name)
            edit.setToolTip(f"From the file or page: {was}" if was else
                            "The file or page did not say")
            form.addRow(LABELS[name], edit)
            self.edits[name] = edit
        self.time_note = QLabel()
        self.time_note.setTextFormat(Qt.TextFormat.PlainText)
        self.time_note.setWordWrap(True)
        form.addRow("", self.time_note)
        self.edits["published"].textChanged.connect(self._describe_time)
        self._describe_time(self.edits["published"].text())
        self.reset_button = QPushButton("&Use what the page said")
        self.reset_button.setToolTip("Put back every value read from the file or page")
        self.reset_button.clicked.connect(self.use_read_values)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        # (where the article came from and when it joined the project: the project stores it,
        # and a tester found it shown nowhere)
        self.origin_label = QLabel(origin)
        self.origin_label.setTextFormat(Qt.TextFormat.PlainText)
        self.origin_label.setWordWrap(True)
        self.origin_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin_label.setVisible(bool(origin))
        layout.addWidget(self.origin_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _describe_time(self, text: str) -> None:
        self.time_note.setText(describe_published(text))

    def use_read_values(self) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(self.read, name) or "")

    def wanted(self) -> Provenance:
        """What the fields say now (blank: unknown)."""
        return Provenance.from_dict({name: edit.text() for name, edit in self.edits.items()})


def ask_provenance(parent: QWidget, title: str, read: Provenance, current: Provenance,
                   origin: str = "") -> Provenance | None:
    """Show the dialog; what the user wants, or None (cancelled)."""
    dialog = ProvenanceDialog(title, read, current, parent=parent, origin=origin)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.wanted()
    finally:
        dialog.deleteLater()
