"""The verdict on a claim group (for the ClaimReview export): a small dialog and its undo command.

The rating is picked from the scale (`claimreview.RATING_SCALE`: False ... True) or typed
("Misleading"); who reviewed it, when, and where the review is published are optional.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.claimreview import (
    RATING_SCALE,
    is_web_address,
    make_verdict,
    with_web_scheme,
)
from viewer.annotations.model import ClaimGroup, Verdict
from viewer.wording import one_line

NO_WEB_ADDRESS = ("Not a web address (http or https): the ClaimReview export will leave it "
                  "out")


class VerdictDialog(QDialog):
    def __init__(self, group: ClaimGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Verdict: {group.name}")
        current = group.verdict
        self.rating = QComboBox()
        self.rating.setEditable(True)
        self.rating.addItems(RATING_SCALE)
        self.rating.setCurrentText(current.rating if current else "")
        self.rating.setToolTip("Pick a rating on the scale, or type your own (e.g. Misleading)")
        self.author = QLineEdit(current.author if current else "")
        self.author.setPlaceholderText("Your organisation or name")
        self.published = QLineEdit(current.date if current else date.today().isoformat())
        self.published.setPlaceholderText("YYYY-MM-DD")
        self.url = QLineEdit(current.url if current else "")
        self.url.setPlaceholderText("https://… (where the fact check is published)")
        # A host typed without its scheme gets https:// when the field is left, in sight (the
        # ClaimReview export writes web addresses only); anything else that is none is said
        # under it, as the export would leave it out.
        self.url.editingFinished.connect(self._complete_url)
        self.url_note = QLabel(NO_WEB_ADDRESS)
        self.url_note.setWordWrap(True)
        self.url.textChanged.connect(self._check_url)
        # The window title ("Verdict: NAME") is cut short on a dialog this small, and the
        # fields were narrower than their hints ("https://… (wher…"): name the claim inside,
        # and give each field the width of its hint.
        self.claim = QLabel(f"Claim: {one_line(group.name, 200)}")
        self.claim.setWordWrap(True)
        for field in (self.author, self.published, self.url):
            hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
            field.setMinimumWidth(hint + 4 * field.fontMetrics().averageCharWidth())
        form = QFormLayout()
        form.addRow(self.claim)
        form.addRow("Rating:", self.rating)
        form.addRow("Reviewed by:", self.author)
        form.addRow("Published:", self.published)
        form.addRow("Review URL:", self.url)
        form.addRow(self.url_note)
        self._check_url()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def verdict(self) -> Verdict | None:
        """The verdict entered; None when the rating is empty (clears the verdict)."""
        rating = self.rating.currentText().strip()
        if not rating:
            return None
        return make_verdict(rating, author=self.author.text(), date=self.published.text(),
                            url=with_web_scheme(self.url.text()))

    def _complete_url(self) -> None:
        completed = with_web_scheme(self.url.text())
        if completed != self.url.text().strip():
            self.url.setText(completed)

    def _check_url(self) -> None:
        url = with_web_scheme(self.url.text())
        self.url_note.setVisible(bool(url) and not is_web_address(url))


class SetVerdict(QUndoCommand):
    def __init__(self, annotation_set: AnnotationSet, name: str, verdict: Verdict | None
                 ) -> None:
        super().__init__(f"Set the verdict on {name}")
        self.annotation_set = annotation_set
        self.name = name
        self.new = verdict
        self.old: Verdict | None = None

    def redo(self) -> None:
        self.old = self.annotation_set.set_verdict(self.name, self.new)

    def undo(self) -> None:
        self.annotation_set.set_verdict(self.name, self.old)
