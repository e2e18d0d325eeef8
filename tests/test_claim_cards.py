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


def _words(quote: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [quote[s:e] for s, e in spans]


def test_the_longer_quote_is_marked_where_it_parts_from_a_shorter_one() -> None:
    """Against a consensus made from the longest quote, the longest never differed itself, and
    "80", past the shorter quote's end, was taken for a fragment's edge and left unmarked. The
    two quotes share "60"; before it both go on, so the words next to it are paired off ("aged"
    / "and", "died" / "80", "he" / "at"); what only one of them goes on with is not compared.
    (Until session 14 every unshared word was marked, "both men" included.)"""
    row = ClaimRow(ClaimGroup("Age"), (
        ClaimCell("a", "A", (_annotation("a", "he died aged 60 on Wednesday"),)),
        ClaimCell("b", "B", (_annotation("b", "both men, with health problems, wrote to each "
                                              "other at 80 and 60"),)),
    ))
    short, long = claim_cards(row, [])
    assert _words(short.quote, short.marks) == ["he", "died", "aged"]
    assert _words(short.quote, short.unquoted) == ["on", "Wednesday"]
    long_marks = _words(long.quote, long.marks)
    assert "80" in long_marks and "60" not in long_marks
    assert long_marks == ["at", "80", "and"]
    assert _words(long.quote, long.unquoted)[:2] == ["both", "men"]


def test_a_fragment_is_compared_only_over_the_stretch_it_quotes() -> None:
    """One outlet quotes four words of a long statement: the long quote's other words are not
    differences, only words the fragment does not quote (and "8" against "80" is marked in
    both). Before session 14 every other word of the long quote was marked."""
    statement = ("The minister said on Tuesday that 80 people were evacuated from the coastal "
                 "villages before the storm arrived")
    row = ClaimRow(ClaimGroup("Evacuated"), (
        ClaimCell("a", "A", (_annotation("a", statement),)),
        ClaimCell("b", "B", (_annotation("b", "8 people were evacuated"),)),
    ))
    long, fragment = claim_cards(row, [])
    assert _words(long.quote, long.marks) == ["80"]
    assert _words(fragment.quote, fragment.marks) == ["8"] and fragment.unquoted == ()
    unquoted = _words(long.quote, long.unquoted)
    assert unquoted[:3] == ["The", "minister", "said"] and unquoted[-1] == "arrived"
    assert "people" not in unquoted and "80" not in unquoted
    assert len(unquoted) + 4 == len(statement.split())


def test_a_word_another_long_quote_covers_is_neither_marked_nor_greyed() -> None:
    """Two outlets give the whole statement, a third a fragment of it: the long quotes cover
    each other, so nothing in them is marked or "not quoted"."""
    statement = "Iran fired 22 missiles at two bases housing US troops in Iraq on Wednesday"
    row = ClaimRow(ClaimGroup("Count"), (
        ClaimCell("a", "A", (_annotation("a", statement),)),
        ClaimCell("b", "B", (_annotation("b", statement),)),
        ClaimCell("c", "C", (_annotation("c", "two bases housing US troops"),)),
    ))
    for card in claim_cards(row, []):
        assert card.marks == () and card.unquoted == (), card.article_id


def test_words_two_quotes_share_are_never_marked_and_identical_quotes_have_no_marks() -> None:
    """(Until session 14 the long quote's "Iran fired" and "at two bases" were marked as
    differences from the fragments; they are words the fragments do not quote.)"""
    row = ClaimRow(ClaimGroup("Count"), (
        ClaimCell("a", "A", (_annotation("a", "Iran fired 22 missiles at two bases"),)),
        ClaimCell("b", "B", (_annotation("b", "22 missiles"),)),
        ClaimCell("c", "C", (_annotation("c", "22 missiles"),)),
    ))
    first, second, third = claim_cards(row, [])
    assert first.marks == ()
    assert _words(first.quote, first.unquoted) == ["Iran", "fired", "at", "two", "bases"]
    assert second.marks == () and third.marks == ()
    assert second.unquoted == () and third.unquoted == ()


def test_quotes_with_no_word_in_common_differ_whole_unless_another_links_them() -> None:
    """Two quotes sharing no word are marked whole ("22 missiles" / "more than a dozen"); two
    fragments of different parts of one statement are each compared with the statement only."""
    apart = ClaimRow(ClaimGroup("Count"), (
        ClaimCell("a", "A", (_annotation("a", "22 missiles"),)),
        ClaimCell("b", "B", (_annotation("b", "more than a dozen"),)),
    ))
    first, second = claim_cards(apart, [])
    assert _words(first.quote, first.marks) == ["22", "missiles"]
    assert len(second.marks) == 4
    linked = ClaimRow(ClaimGroup("Count"), (
        ClaimCell("a", "A", (_annotation("a", "Iran fired 22 missiles at two bases"),)),
        ClaimCell("b", "B", (_annotation("b", "fired 22 missiles"),)),
        ClaimCell("c", "C", (_annotation("c", "two bases"),)),
    ))
    whole, head, tail = claim_cards(linked, [])
    assert whole.marks == head.marks == tail.marks == ()
    assert _words(whole.quote, whole.unquoted) == ["Iran", "at"]  # neither fragment has "at"


def test_the_silent_articles_are_counted_in_one_line() -> None:
    """Counted as not tagged: "14 articles say nothing about this claim" listed articles that
    printed the claim's very words, untagged (tester s59)."""
    row = ClaimRow(ClaimGroup("x"), (
        ClaimCell("a", "A", (_annotation("a", "22 missiles"),)),
        ClaimCell("b", "B", ()), ClaimCell("c", "C", ()),
    ))
    cards = claim_cards(row, [])
    assert silent_line(cards) == "2 articles not tagged for this claim"
    assert silent_line(cards[:2]) == "1 article not tagged for this claim"
    assert silent_line(cards[:1]) == ""


def test_quotes_of_two_parts_of_a_statement_sharing_only_short_words_are_not_compared() -> None:
    """tester16: after Tag every copy, one outlet's first quote was the statement's first part and
    another's its second part; sharing "de la", "la que", "el" they were aligned on those, and
    every word of the long quote between them was bold, though a third outlet quoted the same
    first part word for word."""
    first_part = ("abrir una nueva etapa de esperanza en la que se combinen la experiencia "
                  "adquirida y el impulso de una nueva generación")
    second_part = ("mi hijo Felipe, heredero de la Corona, encarna la estabilidad, que es seña "
                   "de identidad de la institución, y a la que he dedicado mi vida entera")
    row = ClaimRow(ClaimGroup("Why"), (
        ClaimCell("a", "A", (_annotation("a", first_part + ", para lo cual contará con el "
                                              "apoyo de la princesa"),)),
        ClaimCell("b", "B", (_annotation("b", second_part),)),
        ClaimCell("c", "C", (_annotation("c", first_part),)),
    ))
    long, other_part, copy = claim_cards(row, [])
    assert long.marks == () and copy.marks == ()
    assert _words(long.quote, long.unquoted)[:3] == ["para", "lo", "cual"]
    assert len(other_part.marks) == len(second_part.split())  # it says something else


def test_cards_say_which_annotations_are_orphaned_or_fuzzy() -> None:
    """Tester s59: a deleted file's note and a note whose words changed showed on the claim's
    cards exactly like live evidence; only the Annotations dock said "orphaned" or "fuzzy (was
    ...)". A card now says so, with the reason and the words tagged."""
    from dataclasses import replace

    from viewer.annotations.model import AnchorStatus

    gone = replace(_annotation("gone", "largest layoffs in its history"),
                   status=AnchorStatus.ORPHANED, anchor_note="its file is gone")
    changed = replace(_annotation("b", "by at least 10% by the end"),
                      status=AnchorStatus.FUZZY, original_exact="by at least 15% by the end")
    live = _annotation("c", "by at least 15% by the end")
    row = ClaimRow(ClaimGroup("Ratio"), (
        ClaimCell("gone", "gone", (gone,), in_corpus=False),
        ClaimCell("b", "B", (changed, live)),
        ClaimCell("c", "C", (live,)),
    ))
    cards = {card.article_id: card for card in claim_cards(row, [])}
    assert [(line.text, line.orphaned) for line in cards["gone"].standing] == [
        ("orphaned: its file is gone", True)]
    assert cards["gone"].orphaned
    assert [(line.text, line.orphaned) for line in cards["b"].standing] == [
        ("\u201cby at least 10% by the end\u201d: fuzzy: the words tagged were "
         "\u201cby at least 15% by the end\u201d; the article now reads as quoted", False)]
    assert not cards["b"].orphaned
    assert cards["c"].standing == () and not cards["c"].orphaned
