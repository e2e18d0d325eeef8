"""English contractions and Italian and French elisions (`viewer.engine.contractions`): outlets
transcribing one person's words with and without contractions ("we're" / "we are", "dell’" /
"delle") carry one statement; two translations of one quotation, a run of other words, stay a
rewording."""

from __future__ import annotations

import pytest

from viewer.engine.contractions import spelled_out
from viewer.engine.evidence import reworded
from viewer.engine.fragments import quoted_token_ranges
from viewer.engine.tokens import tokenise
from viewer.normalize import normalize_words

from .engine_texts import articles, filler, passage_documents

CONTRACTED = ("We do not believe that we're going to find any of these individuals still "
              "alive")
SPELLED_OUT = ("We do not believe that we are going to find any of these individuals still "
               "alive")
REWORDED = "We have no hope left of finding any of these people still alive"


def _documents(one: str, other: str) -> list[list[str]]:
    """Passages' documents when d0 and d2 quote `one`, d1 and d3 `other`, each pair a long
    statement of its own, the two versions linked only by each other."""
    texts = [f"{filler('a')}. “{one},” Gilreath said. {filler('b')}.",
             f"{filler('c')}. “{other},” Gilreath said. {filler('d')}.",
             f"{filler('e')}. “{one},” the admiral said. {filler('f')}.",
             f"{filler('g')}. “{other},” he said. {filler('h')}."]
    return passage_documents(*texts)


def test_a_quotation_with_and_without_a_contraction_is_one_statement() -> None:
    assert _documents(CONTRACTED, SPELLED_OUT) == [["d0", "d1", "d2", "d3"]]


def test_a_quotation_reworded_stays_two_statements() -> None:
    """Other words for the same thought, no contraction between them: two translations (too
    unlike for two transcriptions of one remark, `viewer.engine.reworded_quotations`)."""
    assert _documents(REWORDED, SPELLED_OUT) == [["d0", "d2"], ["d1", "d3"]]


ELIDED = ("Questo è un dramma che certamente ha dell’imprevedibilità, ma certamente dipende "
          "dalla situazione del ghiacciaio e del clima")
WHOLE = ("Questo è un dramma che certamente ha delle imprevedibilità, ma certamente dipende "
         "dalla situazione del ghiacciaio e del clima")


def test_a_quotation_with_and_without_an_elision_is_one_statement() -> None:
    """Two Italian outlets' transcriptions of one sentence, one eliding the article ("dell’")
    where the other writes it whole ("delle"): one statement."""
    assert _documents(ELIDED, WHOLE) == [["d0", "d1", "d2", "d3"]]


@pytest.mark.parametrize(("contracted", "written", "same"), [
    (["were"], ["we", "are"], True),
    (["dont", "know"], ["do", "not", "know"], True),
    (["wont"], ["will", "not"], True),
    (["theyve", "gone"], ["they", "have", "gone"], True),
    (["well"], ["we", "will"], True),
    (["were"], ["we", "were"], False),
    (["dont"], ["did", "not"], False),
    (["we", "are"], ["we", "are"], False),
    (["were", "going"], ["we", "are"], False),
])
def test_spelled_out(contracted: list[str], written: list[str], same: bool) -> None:
    assert spelled_out(contracted, written) is same


@pytest.mark.parametrize(("raw", "written", "same"), [
    (["dell’imprevedibilità"], ["delle", "imprevedibilita"], True),
    (["qu’il", "faut"], ["que", "il", "faut"], True),
    (["l'anno"], ["la", "anno"], True),
    (["cos’è"], ["cosa", "e"], True),
    (["dell’anno"], ["dalla", "anno"], False),
    (["l’anno"], ["il", "anno"], False),
    (["many"], ["me", "any"], False),
    (["danni"], ["da", "anni"], False),
    (["sera"], ["si", "era"], False),
    (["d’sera"], ["de", "sera"], False),
])
def test_elided(raw: list[str], written: list[str], same: bool) -> None:
    """An elision is read where the word as written shows its apostrophe and the next word
    opens with a vowel: "many" is no "me any", "danni" no "da anni"."""
    assert spelled_out(normalize_words(raw), written, raw) is same


def test_a_word_that_is_no_elision_leaves_the_quotations_reworded() -> None:
    """"They did not give me any answers" / "They did not give many answers": one word against
    two, but no apostrophe: no elision, so the two read as reworded, not as one text lightly
    edited (whether they are one remark transcribed twice is the reworded quotations' stage's
    to say, by their likeness and speaker)."""
    one = "They did not give me any answers about the fire in the old town hall last night"
    other = "They did not give many answers about the fire in the old town hall last night"
    corpus = tokenise(articles(f"“{one}”", f"“{other}”"))
    first, end = quoted_token_ranges(corpus)
    assert reworded(corpus, first[:1], end[:1], first[1:], end[1:]).tolist() == [True]
    spelled = one.replace("me any", "many")
    corpus = tokenise(articles(f"“{spelled}”", f"“{other}”"))
    first, end = quoted_token_ranges(corpus)
    assert reworded(corpus, first[:1], end[:1], first[1:], end[1:]).tolist() == [False]
