"""Small dialogs of the main window: paste text as a new article."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class PasteArticleDialog(QDialog):
    """Asks for an optional title and the article text (kept as plain text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste text as article")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Optional: first line of the text otherwise")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText("Paste the article text here")
        # Tab goes on to the buttons, as in every other field: it typed tab characters into the
        # article of a user reaching OK by keyboard (a pasted text keeps its own tabs).
        self.text_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Title:", self.title_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 480)

    def article_title(self) -> str:
        return self.title_edit.text().strip()

    def article_text(self) -> str:
        return self.text_edit.toPlainText()
