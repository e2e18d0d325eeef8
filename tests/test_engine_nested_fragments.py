"""A statement's words that a wire story quotes, inside the story's passage: also an occurrence of
the statement's own passage, nested (`viewer.engine.nested_fragments`; small hand-made texts)."""

from __future__ import annotations

from itertools import pairwise

from viewer.engine import find_shared_passages
from viewer.engine.chance import CHANCE_FREE_WORDS
from viewer.passages import AlignmentResult

from .engine_texts import articles, filler

THANKS = ("We thank the outgoing chief for his service over his long career, including steering "
          "the company through the unprecedented challenges of the pandemic and the strike")
RESPECT = ("The new chief has the deep respect of the senior team and will set the direction for "
           "renewed growth over the coming two years")
STORY = ("Orvan Media named a new chief executive late on Sunday in a move that surprised the "
         "industry. The chair thanked the outgoing chief, including his time during “the "
         "unprecedented challenges of the pandemic.” She said the new chief would set “{}” at "
         "the firm")


def _corpus(story: str, *, second: str | None = None, more: tuple[str, ...] = (),
            other_statement: str = RESPECT) -> AlignmentResult:
    """Two outlets carrying each statement, two reprinting `story` (the second printed as
    `second` when given), and `more`."""
    return find_shared_passages(articles(
        f"{filler('a')}. “{THANKS},” the board said. {filler('b')}.",
        f"{filler('c')}. “{THANKS},” the chair said. {filler('d')}.",
        f"{filler('e')}. “{other_statement},” the board said. {filler('f')}.",
        f"{filler('g')}. “{other_statement},” the chair added. {filler('h')}.",
        f"{filler('i')}. {story}. {filler('j')}.",
        second if second is not None else f"{filler('k')}. {story}. {filler('l')}.",
        *more))


def _outlets(quoted: str, other_statement: str = RESPECT) -> AlignmentResult:
    return _corpus(STORY.format(quoted), other_statement=other_statement)


def test_words_a_story_quotes_of_a_second_statement_are_that_statements_too() -> None:
    """The story joined the first statement it quotes; the second's three quoted words are an
    occurrence of the second's passage in both reprints of the story, inside the story's."""
    result = _outlets("the direction for renewed growth")
    (respect,) = [p for p in result.passages if "d2" in p.document_ids]
    nested = [o for o in respect.occurrences if o.document in ("d4", "d5")]
    assert [o.text for o in nested] == ["the direction for renewed growth"] * 2
    (story,) = [p for p in result.passages if "d0" in p.document_ids]
    assert {"d4", "d5"} <= set(story.document_ids)


def test_words_the_statement_does_not_hold_nest_nowhere() -> None:
    """The story quotes words of its own ("the pace of the rebuilding"), no statement's."""
    result = _outlets("the pace of the rebuilding")
    (respect,) = [p for p in result.passages if "d2" in p.document_ids]
    assert set(respect.document_ids) == {"d2", "d3"}


def test_a_quotation_of_stock_words_nests_nowhere() -> None:
    """Function words and a number only ("one of the"): no evidence, though the statement holds
    them."""
    statement = ("The new chief has the deep respect of the senior team and one of the board "
                 "and will set the course over the coming two years")
    result = _outlets("one of the", statement)
    (respect,) = [p for p in result.passages if "d2" in p.document_ids]
    assert set(respect.document_ids) == {"d2", "d3"}


def test_between_long_texts_nothing_nests() -> None:
    """The same outlets padded to novels' length: a quoted phrase inside one long text's
    passage that another long text also says is the texts' habit (a novel's dialogue, "My dear
    Mr. Bennet"), no statement quoted: nothing nests."""
    pad = CHANCE_FREE_WORDS + 200
    story = STORY.format("the direction for renewed growth")
    result = find_shared_passages(articles(
        f"{filler('a', pad)}. “{THANKS},” the board said. {filler('b')}.",
        f"{filler('c', pad)}. “{THANKS},” the chair said. {filler('d')}.",
        f"{filler('e', pad)}. “{RESPECT},” the board said. {filler('f')}.",
        f"{filler('g', pad)}. “{RESPECT},” the chair added. {filler('h')}.",
        f"{filler('i', pad)}. {story}. {filler('j')}.",
        f"{filler('k', pad)}. {story}. {filler('l')}."))
    respect = [p for p in result.passages if "d2" in p.document_ids]
    assert all(set(p.document_ids) == {"d2", "d3"} for p in respect)


def test_a_quotation_inside_a_quotation_nests_once() -> None:
    """The story quotes the chair quoting the statement (‘... “the direction for renewed
    growth” ...’): the statement's words are one occurrence there, not two one inside the
    other."""
    story = ("Orvan Media named a new chief executive late on Sunday in a move that surprised "
             "the industry. The chair thanked the outgoing chief, including his time during “the "
             "unprecedented challenges of the pandemic.” She said the new chief ‘will set “the "
             "direction for renewed growth” over the coming’ at the firm")
    result = _corpus(story)
    assert any({"d2", "d4"} <= set(p.document_ids) for p in result.passages)
    for passage in result.passages:
        for document in passage.document_ids:
            spans = sorted((o.start, o.end) for o in passage.occurrences
                           if o.document == document)
            assert all(end <= start for (_, end), (start, _) in pairwise(spans))


def test_a_document_carrying_the_statement_already_gets_no_second_occurrence() -> None:
    """The second reprint of the story also prints the statement whole below it: its words in
    the story nest nowhere there, the statement's occurrence is the whole copy."""
    story = STORY.format("the direction for renewed growth")
    result = _corpus(story, second=f"{filler('k')}. {story}.\n\n{filler('m')}.\n\nThe "
                                  f"statement: “{RESPECT}.” {filler('l')}.")
    (respect,) = [p for p in result.passages if "d2" in p.document_ids]
    assert [o.text for o in respect.occurrences if o.document == "d5"] == [RESPECT]


def test_a_quoting_outlets_fragment_stays_in_one_passage() -> None:
    """An outlet quoting just the three words, its occurrence nothing but the quotation: no
    story quoting them, so the words are not put into a second passage."""
    story = STORY.format("the direction for renewed growth")
    result = _corpus(story, more=(f"{filler('m')}. The chief will set “the direction for "
                                  f"renewed growth”, she said. {filler('n')}.",))
    spans = [(o.document, o.start, o.end) for p in result.passages for o in p.occurrences]
    assert len(spans) == len(set(spans))


def test_of_one_statements_rows_in_a_document_the_outer_one_stays() -> None:
    """‘will set “the direction for renewed growth” over the coming’: both quotations found in
    the statement, the inner row goes; rows of another document or statement stay."""
    import numpy as np

    from viewer.engine.nested_fragments import outermost

    rows = np.array([[0, 4, 10, 30], [0, 4, 12, 18], [0, 4, 31, 35], [0, 5, 12, 18],
                     [1, 4, 12, 18]], dtype=np.int64)
    assert outermost(rows).tolist() == [[0, 4, 10, 30], [0, 4, 31, 35], [0, 5, 12, 18],
                                        [1, 4, 12, 18]]


def test_a_quoted_sentence_nests_between_documents_naming_one_thing_alike() -> None:
    """Every document names the company and four names of its own (the board's people and
    cities, the story's markets): the story's six-word quotation "the unprecedented challenges
    of the pandemic" is a quoted sentence, not a phrase any speaker says, and nests in the
    thanks statement's passage though the documents name one thing alike only."""
    def names(tag: str, *named: str) -> str:
        return " ".join(f"{filler(tag + str(k), 3)} {name}" for k, name in enumerate(named))

    board = ("Orvan Media", "Tamsin Hale", "Lisbon", "Porto", "Braga")
    press = ("Orvan Media", "Nasdaq", "Frankfurt", "Zurich", "Vienna")
    story = STORY.format(RESPECT[RESPECT.index("will set"):])
    texts = [f"{filler('a')}. “{THANKS},” the board said. {names('a', *board)}. {filler('b')}.",
             f"{filler('c')}. “{THANKS},” the chair said. {names('c', *board)}. {filler('d')}.",
             f"{filler('e')}. “{RESPECT},” the board said. {names('e', *board)}. {filler('f')}.",
             f"{filler('g')}. “{RESPECT},” the chair added. {names('g', *board)}. "
             f"{filler('h')}.",
             f"{filler('i')}. {story}. {names('i', *press)}. {filler('j')}.",
             f"{filler('k')}. {story}. {names('k', *press)}. {filler('l')}."]
    thanks = [p for p in find_shared_passages(articles(*texts)).passages
              if "d0" in p.document_ids]
    assert len(thanks) == 1
    assert {o.document for o in thanks[0].occurrences
            if o.text == "the unprecedented challenges of the pandemic"} == {"d4", "d5"}
