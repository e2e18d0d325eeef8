"""A quoted fragment and a longer quotation that holds its words: the quotation joins the
fragment's statement when its other words are the statement's (an outlet's quote with a word
edited), and not when it goes on in words the statement never uses (another event's quote that
opens with the same few words). Hand-made corpora, no sample or generated data."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.passages import AlignmentResult

from .engine_texts import filler

STATEMENT = ("The commission found that the old reservoir walls near Talvera had cracked after "
             "the winter storms and must be rebuilt before the spring floods arrive")


def corpus(longer_quotation: str) -> list[Article]:
    """Two outlets carry the statement, a third quotes three words of it, a fourth gives
    `longer_quotation` in quotation marks."""
    texts = [
        f"{filler('ka', 30)}.\n\n{STATEMENT}, the report said.\n\n{filler('kb', 30)}.",
        f"{filler('la', 30)}.\n\nAccording to the report, {STATEMENT.lower()[0]}{STATEMENT[1:]}."
        f"\n\n{filler('lb', 30)}.",
        f"{filler('ma', 30)}.\n\nEngineers described the \"old reservoir walls\" as unsafe."
        f"\n\n{filler('mb', 30)}.",
        f"{filler('na', 30)}.\n\nThe mayor told reporters: \"{longer_quotation}\""
        f"\n\n{filler('nb', 30)}.",
    ]
    return [Article(f"d{i}", text, f"d{i}") for i, text in enumerate(texts)]


def documents_linked_to_statement(result: AlignmentResult) -> set[str]:
    carrying = [p for p in result.passages
                if {"d0", "d1"} <= {o.document for o in p.occurrences}]
    assert len(carrying) == 1
    return {o.document for o in carrying[0].occurrences}


def test_fragment_links_its_quote_to_the_statement() -> None:
    linked = documents_linked_to_statement(find_shared_passages(corpus(
        "Tourists love our old harbour and its painted boats every summer.")))
    assert {"d0", "d1", "d2"} <= linked


def test_quotation_going_on_in_other_words_is_not_the_statement() -> None:
    """The fourth outlet's quotation opens with the three words the third quoted, then speaks
    of something else entirely: no link to the statement, none to the third outlet."""
    result = find_shared_passages(corpus(
        "Old reservoir walls are a charming sight for tourists every summer, and we love them."))
    assert "d3" not in documents_linked_to_statement(result)
    assert all("d3" not in {o.document for o in p.occurrences} for p in result.passages)


def test_edited_quotation_of_the_statement_joins_it() -> None:
    """The fourth outlet quotes the statement with words changed every few words (no run of
    exact words long enough for a match): its other words are the statement's, so the three
    words it shares with the third outlet's fragment bring it into the statement."""
    linked = documents_linked_to_statement(find_shared_passages(corpus(
        "Old reservoir walls by Talvera have cracked following winter storms.")))
    assert "d3" in linked


RELEASE = ("He told us that he wishes first to confront the articles and focus on the court case, "
           "and that carrying on with his work alongside the trial would burden the many people "
           "he works with")
POST = "The story is baseless so I will fight it, and I will be on the show this Sunday too"


def test_a_fragment_a_headline_prints_beside_another_statement_stays_its_own() -> None:
    """The agency's release, quoted whole by two outlets; the comedian's post, by two others; a
    third headline prints three words of the release right beside the post ('"focus on the
    court case" on X: "..."'). The words are the release's, found in its quotations: the
    headline's fragment is among the release's occurrences, not the post's."""
    texts = [
        f"{filler('ka', 30)}.\n\nThe agency said: \"{RELEASE}.\"\n\n{filler('kb', 30)}.",
        f"{filler('la', 30)}.\n\nIn its release the agency wrote: \"{RELEASE}.\"\n\n"
        f"{filler('lb', 30)}.",
        f"{filler('ma', 30)}.\n\nThe comedian wrote on X: \"{POST}.\"\n\n{filler('mb', 30)}.",
        f"{filler('na', 30)}.\n\nHe posted: \"{POST}.\"\n\n{filler('nb', 30)}.",
        f"Comedian to pause work \"focus on the court case\" on X \"I will be on the show this "
        f"Sunday too\"\n\n{filler('oa', 30)}.",
    ]
    result = find_shared_passages([Article(f"d{i}", text, f"d{i}")
                                   for i, text in enumerate(texts)])
    passages = {frozenset(o.document for o in p.occurrences):
                {o.text for o in p.occurrences if o.document == "d4"} for p in result.passages}
    assert passages[frozenset({"d0", "d1", "d4"})] == {"focus on the court case"}
    assert passages[frozenset({"d2", "d3", "d4"})] == {"I will be on the show this Sunday too"}


def test_a_headline_fragment_beside_a_statement_brings_in_no_other_events_quotation() -> None:
    """The same headline, but the release is nowhere: the three words are found only in a
    coach's quotation of another event. The headline puts them beside the post; the coach's
    quotation goes on in words the post never uses, so it stays out of the post's passage."""
    other = ("We will focus on the court case after the season, but today the whole team must "
             "win the cup final against the visitors from the north")
    texts = [
        f"{filler('ma', 30)}.\n\nThe comedian wrote on X: \"{POST}.\"\n\n{filler('mb', 30)}.",
        f"{filler('na', 30)}.\n\nHe posted: \"{POST}.\"\n\n{filler('nb', 30)}.",
        f"Comedian to pause work \"focus on the court case\" on X \"I will be on the show this "
        f"Sunday too\"\n\n{filler('oa', 30)}.",
        f"{filler('pa', 30)}.\n\nThe coach told reporters: \"{other}.\"\n\n{filler('pb', 30)}.",
    ]
    result = find_shared_passages([Article(f"d{i}", text, f"d{i}")
                                   for i, text in enumerate(texts)])
    assert all("d3" not in {o.document for o in p.occurrences} for p in result.passages)
