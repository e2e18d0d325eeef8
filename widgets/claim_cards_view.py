"""The claim comparison as cards (issue 15): per claim group a heading (name, verdict, a Verdict…
button) and one card per article -- outlet, date, the quote with the words that differ from
another quote of the same stretch in bold and underlined and the words no other quote covers
in grey ("not quoted here": a long quote's words past a fragment), tags and notes. The articles
with no annotation in the claim fold into one line ("32 articles not tagged for this claim")
that opens to list them: in a corpus of several events most articles are about
another one. A card whose annotations are orphaned or fuzzy says so above its quote, as the
Annotations dock does. The cards are `viewer.claim_cards.claim_cards`; all article text is
escaped (shown as plain text).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer.annotations.claims import ClaimRow
from viewer.annotations.model import ClaimGroup
from viewer.claim_cards import QuoteCard, claim_cards, silent_line
from viewer.corpus import Article
from viewer.wording import one_line

CARD_COLUMNS = 3
CARD_NAME_CHARS = 70
ORPHANED_COLOUR = "#b03a2e"
"""The Annotations dock's colour of an orphaned row (`widgets.annotation_table`)."""
CARD_MIN_CHARS = 32
"""A card is at least this many characters wide (its quote wraps inside)."""


LEGEND = ("Bold and underlined: words that differ from another article's quote of the same "
          "words. Grey: words no other article quotes.")


def marked_quote_html(card: QuoteCard, quiet: str = "#808080") -> str:
    """The quote as escaped HTML, differing spans in bold and underlined, the spans no other
    quote covers in the `quiet` colour; the spaces and punctuation between two spans of a kind
    take that kind too, so a run of grey words is one grey stretch."""
    runs: list[tuple[int, int, bool]] = []  # (start, end, differs)
    for start, end, differs in sorted([(s, e, True) for s, e in card.marks]
                                      + [(s, e, False) for s, e in card.unquoted]):
        if runs and runs[-1][2] == differs and _no_words(card.quote[runs[-1][1]:start]):
            runs[-1] = (runs[-1][0], end, differs)
        else:
            runs.append((start, end, differs))
    if runs and not runs[-1][2] and _no_words(card.quote[runs[-1][1]:]):
        runs[-1] = (runs[-1][0], len(card.quote), False)  # the grey ends with its full stop
    parts: list[str] = []
    cursor = 0
    for start, end, differs in runs:
        parts.append(html.escape(card.quote[cursor:start]))
        text = html.escape(card.quote[start:end])
        parts.append(f"<b><u>{text}</u></b>" if differs
                     else f'<span style="color:{quiet}">{text}</span>')
        cursor = end
    parts.append(html.escape(card.quote[cursor:]))
    return "“" + "".join(parts) + "”"


def _no_words(text: str) -> bool:
    return not any(character.isalnum() for character in text)


class ClaimCards(QScrollArea):
    def __init__(self, ask_verdict: Callable[[ClaimGroup], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask_verdict = ask_verdict
        self.setWidgetResizable(True)
        self.setObjectName("claimCards")
        self.cards: list[tuple[str, QuoteCard, QFrame]] = []
        """(claim group name, card, its frame) of the articles quoting a claim, in display order
        (tests read them)."""
        self.silent: dict[str, tuple[QPushButton, QLabel]] = {}
        """Claim group name -> the folded line about the articles saying nothing (a button
        that shows or hides the label listing them)."""
        self.setWidget(QWidget())

    def show_rows(self, rows: Sequence[ClaimRow], articles: Sequence[Article]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        if rows:
            legend = QLabel(LEGEND)
            legend.setObjectName("cardsLegend")
            legend.setTextFormat(Qt.TextFormat.PlainText)
            legend.setWordWrap(True)
            legend.setStyleSheet(f"color: {self._quiet()};")
            layout.addWidget(legend)
        self.cards = []
        self.silent = {}
        for row in rows:
            heading = QHBoxLayout()
            title = QLabel(row.claim.name + (f"  [{row.claim.verdict.rating}]"
                                             if row.claim.verdict else ""))
            title.setTextFormat(Qt.TextFormat.PlainText)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            verdict = QPushButton("Verdict…")
            verdict.clicked.connect(lambda _checked=False, group=row.claim:
                                    self.ask_verdict(group))
            heading.addWidget(title, 1)
            heading.addWidget(verdict)
            layout.addLayout(heading)
            grid = QGridLayout()
            cards = claim_cards(row, articles)
            quoting = [card for card in cards if not card.says_nothing]
            for index, card in enumerate(quoting):
                frame = _card_frame(card, self.fontMetrics().averageCharWidth(),
                                    self._quiet())
                self.cards.append((row.claim.name, card, frame))
                grid.addWidget(frame, index // CARD_COLUMNS, index % CARD_COLUMNS)
            layout.addLayout(grid)
            line = silent_line(cards, row.other_events)
            if line:
                names = [one_line(card.outlet, CARD_NAME_CHARS) + (f" ({card.when})"
                                                                    if card.when else "")
                         for card in cards if card.says_nothing]
                layout.addWidget(self._folded(row.claim.name, line, names))
        layout.addStretch(1)
        self.setWidget(body)

    def _quiet(self) -> str:
        """The colour of words no other quote covers: halfway between the text and its
        background, so it reads as quieter on light and dark themes alike."""
        text = self.palette().color(QPalette.ColorRole.WindowText)
        back = self.palette().color(QPalette.ColorRole.Window)
        return QColor((text.red() + back.red()) // 2, (text.green() + back.green()) // 2,
                      (text.blue() + back.blue()) // 2).name()

    def _folded(self, claim: str, line: str, names: Sequence[str]) -> QWidget:
        """`line` as a flat button that opens (and closes) the list of `names` below it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        button = QPushButton()
        button.setObjectName("silentArticles")
        button.setFlat(True)
        button.setCheckable(True)
        button.setStyleSheet("text-align: left; color: #666666; font-style: italic;")
        listing = QLabel("\n".join(f"• {name}" for name in names))
        listing.setTextFormat(Qt.TextFormat.PlainText)
        listing.setWordWrap(True)
        listing.setContentsMargins(16, 0, 0, 0)
        listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        listing.hide()

        def show_names(shown: bool) -> None:
            listing.setVisible(shown)
            button.setText(("▾ " if shown else "▸ ") + line)

        button.toggled.connect(show_names)
        show_names(False)
        column.addWidget(button)
        column.addWidget(listing)
        self.silent[claim] = (button, listing)
        return box


def _card_frame(card: QuoteCard, char_width: int, quiet: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName("claimCard")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setMinimumWidth(char_width * CARD_MIN_CHARS)
    layout = QVBoxLayout(frame)
    outlet = QLabel(one_line(card.outlet, CARD_NAME_CHARS) + (f"\n{card.when}" if card.when
                                                                 else ""))
    outlet.setTextFormat(Qt.TextFormat.PlainText)
    outlet.setWordWrap(True)
    font = outlet.font()
    font.setBold(True)
    outlet.setFont(font)
    layout.addWidget(outlet)
    for line in card.standing:
        # (above the quote, in the Annotations dock's marks -- orphaned in red, fuzzy in
        # italics: the card read as live evidence for a deleted file's note, tester s59)
        standing = QLabel(line.text)
        standing.setObjectName("cardStanding")
        standing.setTextFormat(Qt.TextFormat.PlainText)
        standing.setWordWrap(True)
        standing.setStyleSheet(f"color: {ORPHANED_COLOUR};" if line.orphaned
                               else "font-style: italic;")
        layout.addWidget(standing)
    quote = QLabel(marked_quote_html(card, quiet))
    quote.setTextFormat(Qt.TextFormat.RichText)  # escaped: only our <b><u>, <span> marks
    quote.setWordWrap(True)
    quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(quote)
    extra = [f"also: “{q}”" for q in card.more_quotes]
    if card.tags:
        extra.append("tags: " + ", ".join(card.tags))
    extra.extend(f"note: {note}" for note in card.notes)
    if extra:
        details = QLabel("\n".join(extra))
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setWordWrap(True)
        layout.addWidget(details)
    layout.addStretch(1)
    return frame
