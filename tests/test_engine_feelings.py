"""A quoted fragment of words of feeling alone ("sad, shocked and heartbroken"): evidence between
outlets covering one story (they share a longer match), a condolence formula between two that
share nothing (`viewer.engine.evidence.FEELINGS_FOR_QUOTED_EVIDENCE`; small hand-made texts)."""

from __future__ import annotations

from viewer.engine import find_shared_passages
from viewer.passages import AlignmentResult

from .engine_texts import articles, filler

STATEMENT = ("I have today been informed of the tribunal's decision and believe that the verdict "
             "is incorrect. I am sad, shocked and heartbroken that everything I have built in "
             "my playing career has been taken away from me")
WIRE = ("was provisionally suspended by the national tribunal in september after testing "
        "positive for a banned substance following a league match")


def _passages_with(result: AlignmentResult, document: str) -> list[int]:
    return [p.spread for p in result.passages if document in p.document_ids]


def test_feelings_quoted_by_an_outlet_of_the_same_story_join_the_statement() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}. “{STATEMENT}.”\n\n{filler('b')}.\n\nThe player {WIRE}. {filler('h')}.",
        f"{filler('c')}. “{STATEMENT}.” {filler('d')}.",
        f"{filler('e')}. The player said he was “sad, shocked and heartbroken” on friday. "
        f"{filler('f')}. He {WIRE}. {filler('g')}."))
    statement = [p for p in result.passages if "d1" in p.document_ids]
    assert len(statement) == 1 and "d2" in statement[0].document_ids
    (fragment,) = [o for o in statement[0].occurrences if o.document == "d2"]
    assert fragment.text == "sad, shocked and heartbroken"


def test_feelings_quoted_by_an_outlet_sharing_nothing_else_link_nothing() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}. “{STATEMENT}.” {filler('b')}.",
        f"{filler('c')}. “{STATEMENT}.” {filler('d')}.",
        f"{filler('e')}. The mayor said she was “sad, shocked and heartbroken” on friday. "
        f"{filler('f')}."))
    assert _passages_with(result, "d2") == []


def test_a_long_condolence_formula_two_events_statements_share_in_their_middles_links_nothing(
        ) -> None:
    """Ten words the same, quoted on both sides, but a whole clause or quotation on neither and
    no content word beyond the vocabulary of sympathy: a formula, not a shared statement."""
    result = find_shared_passages(articles(
        f"{filler('a')}. “Our hearts go out to the families and loved ones of those who have "
        f"been so brutally killed in Orvan,” the king said. {filler('b')}.",
        f"{filler('c')}. “We extend our deepest sympathies to the families and loved ones of "
        f"those who have lost their lives on the Lisk line,” the company said. {filler('d')}."))
    assert result.passages == ()


def test_a_short_quoted_clause_of_common_words_is_still_shared() -> None:
    """The same ten words as a whole quotation on one side: the outlets' shared quote."""
    quote = "to the families and loved ones of those who have gone"
    result = find_shared_passages(articles(
        f"{filler('a')}. He dedicated it “{quote}” on friday. {filler('b')}.",
        f"{filler('c')}. The mayor dedicated the memorial “{quote} before us,” she said. "
        f"{filler('d')}."))
    assert len(result.passages) == 1


def test_pain_and_anguish_quoted_by_two_events_outlets_link_nothing() -> None:
    """"the pain and anguish" is how speakers of any event say what they heard or felt: words
    of feeling with stock words, between two groups of documents (a sentencing, an army's
    statement on a verdict) a formula that links nothing; within one story, two outlets quoting
    it alike where they share more are linked (the test above, with other feelings)."""
    sentencing = ("Judge Alison Korr handed down the sentence on Tuesday after two days of "
                  "testimony from the families of the victims in the Varrow case")
    verdict = ("The army said the special court's verdict against the former ruler had been "
               "received across its ranks with dismay in Ostra on Wednesday")
    result = find_shared_passages(articles(
        f"{filler('a')}. {sentencing}. She spoke of “the pain and anguish” of the families. "
        f"{filler('b')}.",
        f"{filler('c')}. {sentencing}. {filler('d')}.",
        f"{filler('e')}. {verdict}. The statement spoke of “pain and anguish” in the ranks. "
        f"{filler('f')}.",
        f"{filler('g')}. {verdict}. {filler('h')}."))
    assert sorted(p.spread for p in result.passages) == [2, 2]


def test_pain_in_french_is_bread_and_still_shared() -> None:
    """"pain" is a word of feeling in English only: French outlets quoting the same slogan about
    bread, « Plus de pain ! », are linked."""
    result = find_shared_passages(articles(
        f"{filler('a')}. Devant la mairie de Voiron, les manifestants scandaient "
        f"« Plus de pain ! » sous la pluie. {filler('b')}.",
        f"{filler('c')}. À Voiron mardi, des centaines de personnes criaient « Plus de pain ! » "
        f"devant l'hôtel de ville. {filler('d')}."))
    assert [p.spread for p in result.passages] == [2]
