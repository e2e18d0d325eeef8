"""The claim comparison as cards: per claim group, one card per article -- outlet, date, the
quote with the words that differ from the other articles' quotes marked, tags and notes.
Articles that quote the claim come first, in the corpus's order, then those that say nothing
about it.

A quote's marked words are those some other quote does not have: each first quote is aligned
word by word (the engine's normal forms, difflib's matching blocks) with every other first
quote in turn, and its words outside the matched runs are marked, by their offsets inside the
quote. Each quote is compared with the others directly, not with a consensus: against a
consensus (the longest quote) the longest quote never differed itself, its words were marked
only where a shorter quote had a word in that column, and its words past the shorter quote's
end were taken for a fragment's edges and left unmarked ("60" against "80" went unmarked).
Pure functions; no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from viewer.annotations.claims import ClaimRow
from viewer.corpus import Article
from viewer.normalize import tokenize
from viewer.provenance import Provenance, provenance_of
from viewer.published_time import readable_published
from viewer.wording import count_of


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
    first_quotes = {cell.article_id: cell.quotes[0] for cell in row.cells if cell.quotes}
    marks = differing_words(first_quotes)
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


def differing_words(quotes: Mapping[str, str]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Per quote (key -> text), the spans of its words that some other quote does not have,
    found by aligning it with each other quote in turn (see the module docstring). With two
    quotes there is no majority to say which one "differs": both are marked where they part."""
    words = {key: tokenize(text) for key, text in quotes.items()}
    marks: dict[str, tuple[tuple[int, int], ...]] = {}
    for key, own in words.items():
        unmatched: set[int] = set()
        for other_key, other in words.items():
            if other_key != key:
                unmatched |= _unmatched(own.words, other.words)
        marks[key] = tuple((own.starts[i], own.ends[i]) for i in sorted(unmatched))
    return marks


def _unmatched(own: Sequence[str], other: Sequence[str]) -> set[int]:
    """Indexes of `own`'s words outside the runs it shares with `other`."""
    matched: set[int] = set()
    for block in SequenceMatcher(None, own, other, autojunk=False).get_matching_blocks():
        matched.update(range(block.a, block.a + block.size))
    return set(range(len(own))) - matched


def silent_line(cards: Sequence[QuoteCard]) -> str:
    """The one line the cards of articles saying nothing fold into ("" when there are none):
    a corpus of several events would otherwise show a card per article of the other events."""
    silent = sum(card.says_nothing for card in cards)
    if not silent:
        return ""
    verb = "says" if silent == 1 else "say"
    return f"{count_of(silent, 'article')} {verb} nothing about this claim"
