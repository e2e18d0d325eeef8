"""Claim comparison cards, without Qt: outlet, date, quote, and the differing words marked."""

from __future__ import annotations

from viewer.annotations.claims import ClaimCell, ClaimRow
from viewer.annotations.model import Annotation, ClaimGroup
from viewer.claim_cards import claim_cards, silent_line
from viewer.corpus import Article


def _annotation(article_id: str, exact: str) -> Annotation:
    return Annotation(id=f"urn:{article_id}", article_id=article_id, start=0, end=len(exact),
                      exact=exact, source="")


def test_cards_mark_the_words_that_differ_by_offset_in_the_quote() -> None:
    articles = [Article("a", "x", "A title", source="Wire", published="2020-01-08"),
                Article("b", "x", "B title"), Article("c", "x", "C title")]
    row = ClaimRow(ClaimGroup("Launch count"), (
        ClaimCell("a", "A title", (_annotation("a", "22 missiles hit two bases"),)),
        ClaimCell("b", "B title", (_annotation("b", "22 missiles hit two bases"),)),
        ClaimCell("c", "C title", (_annotation("c", "16 missiles hit two bases"),)),
    ))
    cards = claim_cards(row, articles)
    assert [(c.outlet, c.when) for c in cards] == [("Wire", "2020-01-08"), ("B title", ""),
                                                  ("C title", "")]
    # The column where they disagree is marked in every quote; agreeing words never are.
    assert [[c.quote[s:e] for s, e in c.marks] for c in cards] == [["22"], ["22"], ["16"]]


def test_an_article_saying_nothing_gets_an_empty_card() -> None:
    row = ClaimRow(ClaimGroup("x"), (ClaimCell("a", "A", ()),))
    (card,) = claim_cards(row, [])
    assert card.says_nothing and card.marks == ()


def test_articles_quoting_the_claim_come_before_those_saying_nothing() -> None:
    """In the corpus's order the silent articles came first and pushed the quotes below the
    fold; the quotes are what the reader compares."""
    row = ClaimRow(ClaimGroup("Launch count"), (
        ClaimCell("a", "A", ()),
        ClaimCell("b", "B", (_annotation("b", "22 missiles"),)),
        ClaimCell("c", "C", ()),
        ClaimCell("d", "D", (_annotation("d", "16 missiles"),)),
    ))
    cards = claim_cards(row, [])
    assert [card.article_id for card in cards] == ["b", "d", "a", "c"]


def test_the_longer_quote_is_marked_where_it_parts_from_a_shorter_one() -> None:
    """Against a consensus made from the longest quote, the longest never differed itself: only
    its words in columns where the shorter quote had a word were marked, and "80", past the
    shorter quote's end, was taken for a fragment's edge and left unmarked."""
    row = ClaimRow(ClaimGroup("Age"), (
        ClaimCell("a", "A", (_annotation("a", "he died aged 60 on Wednesday"),)),
        ClaimCell("b", "B", (_annotation("b", "both men, with health problems, wrote to each "
                                              "other at 80 and 60"),)),
    ))
    short, long = claim_cards(row, [])
    assert [short.quote[s:e] for s, e in short.marks] == ["he", "died", "aged", "on",
                                                          "Wednesday"]
    long_marks = [long.quote[s:e] for s, e in long.marks]
    assert "80" in long_marks and "60" not in long_marks
    assert long_marks[:2] == ["both", "men"]


def test_words_two_quotes_share_are_never_marked_and_identical_quotes_have_no_marks() -> None:
    row = ClaimRow(ClaimGroup("Count"), (
        ClaimCell("a", "A", (_annotation("a", "Iran fired 22 missiles at two bases"),)),
        ClaimCell("b", "B", (_annotation("b", "22 missiles"),)),
        ClaimCell("c", "C", (_annotation("c", "22 missiles"),)),
    ))
    first, second, third = claim_cards(row, [])
    assert [first.quote[s:e] for s, e in first.marks] == ["Iran", "fired", "at", "two", "bases"]
    assert second.marks == () and third.marks == ()


def test_the_silent_articles_are_counted_in_one_line() -> None:
    row = ClaimRow(ClaimGroup("x"), (
        ClaimCell("a", "A", (_annotation("a", "22 missiles"),)),
        ClaimCell("b", "B", ()), ClaimCell("c", "C", ()),
    ))
    cards = claim_cards(row, [])
    assert silent_line(cards) == "2 articles say nothing about this claim"
    assert silent_line(cards[:2]) == "1 article says nothing about this claim"
    assert silent_line(cards[:1]) == ""
