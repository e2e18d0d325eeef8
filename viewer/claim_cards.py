"""The claim comparison as cards: per claim group, one card per article -- outlet, date, the
quote with the words that differ from the other articles' quotes marked, tags and notes.
Articles that quote the claim come first, in the corpus's order, then those that say nothing
about it.

The differences come from the collation (`viewer.collation`): the articles' first quotes are
aligned word by word, and every quote's words in a column where the quotes disagree are
marked, by their offsets inside the quote. Pure functions; no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from viewer.annotations.claims import ClaimRow
from viewer.collation import collate
from viewer.corpus import Article
from viewer.passages import Occurrence, Passage
from viewer.provenance import Provenance, provenance_of
from viewer.published_time import readable_published


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
    """Spans of `quote` that differ from the other quotes."""
    more_quotes: tuple[str, ...]
    tags: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def says_nothing(self) -> bool:
        return not self.quote


def claim_cards(row: ClaimRow, articles: Iterable[Article],
                provenance: Mapping[str, Provenance] | None = None) -> tuple[QuoteCard, ...]:
    by_id = {a.id: a for a in articles}
    known = dict(provenance or {})
    quoted = [cell for cell in row.cells if cell.quotes]
    marks: dict[str, tuple[tuple[int, int], ...]] = {}
    if len(quoted) > 1:
        passage = Passage(row.claim.name, tuple(
            Occurrence(cell.article_id, 0, len(cell.quotes[0]), cell.quotes[0])
            for cell in quoted))
        collation = collate(passage, {})
        # A column where the quotes disagree is marked in every quote: with two outlets there
        # is no majority to say which one "differs".
        varying = {index for collation_row in collation.rows
                   for index, cell in enumerate(collation_row.cells)
                   if cell.status in ("different", "added", "missing")}
        for collation_row in collation.rows:
            marks[collation_row.document] = tuple(
                (cell.start, cell.end) for index, cell in enumerate(collation_row.cells)
                if index in varying and cell.start is not None and cell.end is not None)
    cards = []
    for cell in row.cells:
        article = by_id.get(cell.article_id)
        facts = known.get(cell.article_id) or (provenance_of(article) if article else Provenance())
        cards.append(QuoteCard(
            cell.article_id, facts.outlet or cell.title or cell.article_id,
            readable_published(facts.published),
            cell.quotes[0] if cell.quotes else "", marks.get(cell.article_id, ()),
            cell.quotes[1:], cell.tags, cell.notes))
    # The articles that quote the claim come first (in the corpus's order), those that say
    # nothing about it after them: the quotes are what the reader came to compare.
    return tuple(sorted(cards, key=lambda card: card.says_nothing))
