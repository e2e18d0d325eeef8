"""The Tag claim dialog: pick tags (defaults plus the user's own), write a note, choose a claim.

A thin form: it shows the quote as plain text, returns the chosen values, and decides nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.tags import TagDefinition, colour_for
from viewer.annotations.text_limits import MAX_NOTE_CHARS, long_note_line
from viewer.tag_scope import TagScope
from viewer.wording import shown_start

NO_CLAIM = "(no claim group)"
SHOWN_TAGS = 12
"""Tags the list shows without scrolling (the nine default ones and a few of the user's)."""
NOTE_LINES = 4


@dataclass(frozen=True)
class TagAnswer:
    tags: tuple[str, ...]
    note: str
    claim: str | None


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TagDialog(QDialog):
    def __init__(self, quote: str, tags: Sequence[TagDefinition], claims: Sequence[str], *,
                 chosen: Sequence[str] = (), note: str = "", claim: str | None = None,
                 scope: TagScope | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scope = scope or TagScope()
        count = scope.annotations
        self.setWindowTitle("Tag claim" if count == 1 else f"Tag {count} copies")
        self.scope_label = QLabel(scope.line())
        """What OK will make (several annotations), said before the user confirms."""
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_label.setWordWrap(True)
        self.scope_label.setVisible(bool(scope.line()))
        font = self.scope_label.font()
        font.setBold(True)
        self.scope_label.setFont(font)
        self.quote_label = QLabel(TagScope.quote_line(quote))
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label.setWordWrap(True)
        where, title = scope.article_lines()
        self.article_label = QLabel(where)
        """Which article the quote is from (the user may have selected in several panes): its
        outlet or file name here, its title on a line of its own below
        (`TagScope.article_lines`)."""
        self.article_title_label = QLabel(title)
        for label in (self.article_label, self.article_title_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setVisible(bool(label.text()))
        self.tag_list = QListWidget()
        for tag in tags:
            self._add_tag_item(tag.name, tag.colour, tag.description, tag.name in chosen)
        for name in chosen:
            if not self._item(name):
                self._add_tag_item(name, colour_for(name), "", True)
        self.new_tag_edit = QLineEdit()
        self.new_tag_edit.setPlaceholderText("Your own tag")
        self.add_tag_button = QPushButton("Add tag")
        self.add_tag_button.clicked.connect(self.add_own_tag)
        self.new_tag_edit.returnPressed.connect(self.add_own_tag)
        self.long_note = note if len(note) > MAX_NOTE_CHARS else None
        """A note longer than Parallax edits (from a file written by hand): its start is shown,
        read only, and OK keeps it whole (laid out whole, a 100 MB one froze the window)."""
        self.note_edit = QPlainTextEdit(shown_start(note, MAX_NOTE_CHARS))
        self.note_edit.setPlaceholderText("Note (optional)")
        if self.long_note is not None:
            self.note_edit.setReadOnly(True)
            self.note_edit.setToolTip(long_note_line(len(note)))
        self.note_edit.setTabChangesFocus(True)
        self.claim_box = QComboBox()
        self.claim_box.setEditable(True)
        self.claim_box.addItem(NO_CLAIM)
        self.claim_box.addItems(list(claims))
        # (no claim is an empty field with the words as its placeholder: as text, a name typed
        # after clicking in went after them, "(no claim group)Hommage de Merkel" -- a French-
        # speaking newcomer's claim group)
        self.claim_box.setCurrentText(claim or "")
        line_edit = self.claim_box.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(NO_CLAIM)
        self.claim_box.setToolTip("Pick a claim group, or type a new name to create one")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        own = QHBoxLayout()
        own.addWidget(self.new_tag_edit, 1)
        own.addWidget(self.add_tag_button)
        form = QFormLayout()
        form.addRow("Claim group", self.claim_box)
        form.addRow("Note", self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.article_label)
        layout.addWidget(self.article_title_label)
        layout.addWidget(QLabel("Tags"))
        layout.addWidget(self.tag_list, 1)
        layout.addLayout(own)
        layout.addLayout(form)
        layout.addWidget(self.scope_label)
        layout.addWidget(buttons)
        # Every tag in view: the list gave way to the note box and showed 3-7 of the nine
        # default tags, "unverified" and "context" behind a scroll bar (tester15).
        self.note_edit.setMinimumHeight(
            NOTE_LINES * self.note_edit.fontMetrics().lineSpacing()
            + 2 * self.note_edit.frameWidth())
        self._fit_tag_list()
        height = max(520, self.sizeHint().height())
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(460, height)

    def _fit_tag_list(self) -> None:
        """At least as tall as its tags (up to SHOWN_TAGS of them)."""
        tags = self.tag_list
        rows = min(tags.count(), SHOWN_TAGS)
        row = tags.sizeHintForRow(0) if rows else 0
        tags.setMinimumHeight(rows * row + 2 * tags.frameWidth())

    def _add_tag_item(self, name: str, colour: str, description: str, checked: bool) -> None:
        item = QListWidgetItem(_swatch(colour), name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if description:
            item.setToolTip(description)
        self.tag_list.addItem(item)

    def _item(self, name: str) -> QListWidgetItem | None:
        for row in range(self.tag_list.count()):
            item = self.tag_list.item(row)
            if item.text() == name:
                return item
        return None

    def add_own_tag(self) -> None:
        name = self.new_tag_edit.text().strip()
        if not name:
            return
        existing = self._item(name)
        if existing is not None:
            existing.setCheckState(Qt.CheckState.Checked)
        else:
            self._add_tag_item(name, colour_for(name), "", True)
            self._fit_tag_list()
            self.tag_list.scrollToBottom()
        self.new_tag_edit.clear()

    def set_tag_checked(self, name: str, checked: bool = True) -> None:
        item = self._item(name)
        if item is None:
            self.new_tag_edit.setText(name)
            self.add_own_tag()
            item = self._item(name)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def answer(self) -> TagAnswer:
        tags = tuple(self.tag_list.item(row).text() for row in range(self.tag_list.count())
                     if self.tag_list.item(row).checkState() == Qt.CheckState.Checked)
        claim = self.claim_box.currentText().strip()
        if claim.startswith(NO_CLAIM):  # (the item picked, then a name typed after it)
            claim = claim[len(NO_CLAIM):].strip()
        note = self.long_note if self.long_note is not None else self.note_edit.toPlainText()
        return TagAnswer(tags, note, claim or None)
