"""An outlet's attribution stays out of a statement where only that outlet quotes it and another
reports the same words in its own sentence ('the council said: "The old bridge ...' / 'The city
council said the old bridge ...': `viewer.engine.quotes.trim_one_sided_attribution`). Small
hand-made texts."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

STATEMENT = ("the old bridge over the canal will close for repairs from Monday for at least six "
             "weeks while engineers replace its rusted cables")


def _texts(documents: list, result: object) -> list[list[str]]:
    texts = {d.id: d.text for d in documents}
    return [[texts[o.document][o.start:o.end] for o in p.occurrences]
            for p in result.passages]  # type: ignore[attr-defined]


def test_a_lead_in_only_one_outlet_quotes_after_is_not_the_statement() -> None:
    documents = articles(
        f"{filler('a')}. In a statement, the council said: “{STATEMENT.capitalize()}.”\n\n"
        f"{filler('b')}.",
        f"{filler('c')}. The city council said {STATEMENT}, a decision drivers criticised.\n\n"
        f"{filler('d')}.")
    (occurrences,) = _texts(documents, find_shared_passages(documents))
    assert [o.lower() for o in occurrences] == [STATEMENT.lower()] * 2


def test_an_attribution_after_a_quotation_only_one_outlet_closes_is_not_the_statement() -> None:
    documents = articles(
        f"{filler('a')}.\n\n“{STATEMENT.capitalize()},” the council said on Friday.\n\n"
        f"{filler('b')}.",
        f"{filler('c')}. Residents learnt that {STATEMENT} the council said on Friday, and "
        f"{filler('d')}.")
    (occurrences,) = _texts(documents, find_shared_passages(documents))
    assert [o.lower() for o in occurrences] == [STATEMENT.lower()] * 2


def test_story_text_with_a_quotation_both_outlets_print_stays_whole() -> None:
    """Two outlets reprint one story word for word, attribution and quotation alike: the
    shared text is the story, whole."""
    story = (f"The mayor said in a statement: “{STATEMENT.capitalize()}.” Traffic will be sent "
             "through the market square and the harbour road until the work is done")
    documents = articles(f"{filler('a')}. {story}.\n\n{filler('b')}.",
                         f"{filler('c')}. {story}.\n\n{filler('d')}.")
    assert _texts(documents, find_shared_passages(documents)) == [[story, story]]



def test_story_text_that_quotes_a_word_after_its_reporting_verb_stays_whole() -> None:
    """'Officials said the closure was "regrettable" ...' against the same words unquoted: the
    reporting word stands four words before the quotation mark, so it is story text."""
    shared = ("Officials said the closure was {}regrettable{} but would let engineers "
              "replace the rusted cables before winter")
    documents = articles(f"{filler('a')}. {shared.format('“', '”')}.\n\n{filler('b')}.",
                         f"{filler('c')}. {shared.format('', '')}.\n\n{filler('d')}.")
    (occurrences,) = _texts(documents, find_shared_passages(documents))
    assert occurrences == [shared.format("“", "”"), shared.format("", "")]
