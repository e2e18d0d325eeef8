"""The claim comparison cards as the reader sees them: a fragment's differences in bold and
underlined, the long quote's words the fragment does not quote in grey, and a line saying so."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from viewer.annotations.claims import ClaimCell, ClaimRow
from viewer.annotations.model import Annotation, ClaimGroup
from widgets.claim_cards_view import LEGEND, ClaimCards


def _annotation(article_id: str, exact: str) -> Annotation:
    return Annotation(id=f"urn:{article_id}", article_id=article_id, start=0, end=len(exact),
                      exact=exact, source="")


def test_a_long_quote_shows_what_a_fragment_leaves_out_in_grey_not_marked(qtbot) -> None:
    cards = ClaimCards(lambda _group: None)
    qtbot.addWidget(cards)
    statement = ("The minister said on Tuesday that 80 people were evacuated from the coastal "
                 "villages before the storm arrived")
    cards.show_rows([ClaimRow(ClaimGroup("Evacuated"), (
        ClaimCell("a", "A", (_annotation("a", statement),)),
        ClaimCell("b", "B", (_annotation("b", "8 people were evacuated"),)),
    ))], [])
    cards.resize(900, 400)
    cards.show()
    qtbot.waitExposed(cards)
    frames = {card.article_id: frame for _name, card, frame in cards.cards}
    long_text = frames["a"].findChildren(QLabel)[1].text()
    fragment_text = frames["b"].findChildren(QLabel)[1].text()
    # Only the number is a difference; the rest of the statement is one grey stretch.
    assert long_text.count("<b><u>") == 1 and "<b><u>80</u></b>" in long_text
    assert "The minister said on Tuesday that</span>" in long_text
    assert "from the coastal villages before the storm arrived</span>" in long_text
    assert fragment_text == "“<b><u>8</u></b> people were evacuated”"
    legend = cards.findChild(QLabel, "cardsLegend")
    assert legend is not None and legend.text() == LEGEND
    qtbot.waitUntil(legend.isVisible)


def test_a_card_says_its_annotation_is_orphaned_or_fuzzy(qtbot) -> None:
    """Tester s59: the cards of a deleted file's note and of a note whose words changed read
    as live evidence; they now say so above the quote, red for orphaned and in italics for
    fuzzy, as the Annotations dock marks its rows; the table's cells say it too."""
    from dataclasses import replace

    from viewer.annotations.model import AnchorStatus
    from widgets.claim_view import cell_text

    gone = replace(_annotation("gone", "largest layoffs"), status=AnchorStatus.ORPHANED,
                   anchor_note="its file is gone")
    changed = replace(_annotation("b", "at least 10%"), status=AnchorStatus.FUZZY,
                      original_exact="at least 15%")
    cells = (ClaimCell("gone", "gone", (gone,), in_corpus=False),
             ClaimCell("b", "B", (changed,)), ClaimCell("c", "C", (_annotation("c", "15%"),)))
    cards = ClaimCards(lambda _group: None)
    qtbot.addWidget(cards)
    cards.show_rows([ClaimRow(ClaimGroup("Ratio"), cells)], [])
    cards.show()
    qtbot.waitExposed(cards)
    frames = {card.article_id: frame for _name, card, frame in cards.cards}
    said = {article_id: [(label.text(), label.styleSheet())
                         for label in frame.findChildren(QLabel, "cardStanding")]
            for article_id, frame in frames.items()}
    assert said == {
        "gone": [("orphaned: its file is gone", "color: #b03a2e;")],
        "b": [("fuzzy: the words tagged were \u201cat least 15%\u201d; the article now reads "
               "as quoted", "font-style: italic;")],
        "c": []}
    assert cell_text(cells[0]).splitlines()[1] == "orphaned: its file is gone"
