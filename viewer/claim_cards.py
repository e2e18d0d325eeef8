"""The claim comparison as cards: per claim group, one card per article -- outlet, date, the
quote with the words that differ from the other articles' quotes marked, tags and notes, and
whether its annotations are orphaned or fuzzy.
Articles that quote the claim come first, in the corpus's order, then those that say nothing
about it.

A quote's words are marked by `viewer.quote_overlap.compare_first_quotes`, comparing each first
quote with the quote of each other article that shares most words with it, over the stretch they
share: the words that differ there, and (quietly) those
no other quote covers. Each quote is compared with the others directly, not with a consensus:
against a consensus (the longest quote) the longest quote never differed itself, and a number
past a shorter quote's end ("60" against "80") went unmarked.
Pure functions; no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from viewer.annotations.claims import ClaimRow, StandingLine, says_nothing_line
from viewer.annotations.model import AnchorStatus
from viewer.corpus import Article
from viewer.provenance import Provenance, provenance_of
from viewer.published_time import readable_published
from viewer.quote_overlap import QuoteMarks, compare_first_quotes


@dataclass(frozen=True)
class QuoteCard:
    article_id: str
    outlet: str
    """The outlet, else the article's title."""
    when: str
    """The publication time as a reader writes it ("" when not known)."""
    quote: str
    """The first quote ("" when the article says nothing about the claim)."""
    marks: tuple[tuple[int, int], ...]
    """Spans of `quote` that differ from another quote of the same stretch."""
    more_quotes: tuple[str, ...]
    tags: tuple[str, ...]
    notes: tuple[str, ...]
    unquoted: tuple[tuple[int, int], ...] = ()
    """Spans of `quote` that no other quote covers (a longer quote's words past a fragment)."""
    standing: tuple[StandingLine, ...] = ()
    """Its annotations no longer on the words they tagged, one line each (`ClaimCell.standing`):
    orphaned, with the reason, or fuzzy, with the words tagged."""
    orphaned: bool = False
    """Every one of its annotations is orphaned: the card is no evidence in an article open."""

    @property
    def says_nothing(self) -> bool:
        return not self.quote


def claim_cards(row: ClaimRow, articles: Iterable[Article],
                provenance: Mapping[str, Provenance] | None = None) -> tuple[QuoteCard, ...]:
    by_id = {a.id: a for a in articles}
    known = dict(provenance or {})
    marks = compare_first_quotes({cell.article_id: cell.quotes for cell in row.cells
                                  if cell.quotes})
    cards = []
    for cell in row.cells:
        article = by_id.get(cell.article_id)
        found = marks.get(cell.article_id, QuoteMarks())
        facts = known.get(cell.article_id) or (provenance_of(article) if article else Provenance())
        cards.append(QuoteCard(
            cell.article_id, facts.outlet or cell.title or cell.article_id,
            readable_published(facts.published),
            cell.quotes[0] if cell.quotes else "", found.differ, cell.quotes[1:], cell.tags,
            cell.notes, found.unquoted, cell.standing,
            bool(cell.annotations) and all(a.status is AnchorStatus.ORPHANED
                                           for a in cell.annotations)))
    # The articles that quote the claim come first (in the corpus's order), those that say
    # nothing about it after them: the quotes are what the reader came to compare.
    return tuple(sorted(cards, key=lambda card: card.says_nothing))


def silent_line(cards: Sequence[QuoteCard], other_events: int = 0) -> str:
    """The one line the cards of articles saying nothing fold into ("" when there are none):
    a corpus of several events would otherwise show a card per article of the other events.
    `other_events`: articles of other events, left out of the cards (`ClaimRow.other_events`)."""
    return says_nothing_line(sum(card.says_nothing for card in cards), other_events)
