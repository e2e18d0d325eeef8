"""A text printed whole (`viewer.engine.transcripts`): one outlet prints a speaker's statement
unquoted, others quote pieces of it that lie far apart there; the pieces are one statement when
nothing between is the outlet's or another speaker's and the quoting outlets name one speaker.
Small hand-made texts."""

from __future__ import annotations

import numpy as np
import pytest

from viewer.engine.statements import Statements
from viewer.engine.transcripts import _in_order_elsewhere

from .engine_texts import filler, passage_documents

ONE = ("We deeply regret the harm this product has caused to so many of our customers and "
       "their families")
TWO = "we pray for the swift recovery of everyone still in hospital and we will look after them"
SPEECH = "Our teams {0}. We {1} and {2}"
"""Sentences of the speaker's own that nobody quotes (filler words: nothing links them)."""


def _speech(tag: str) -> str:
    return SPEECH.format(filler(f"{tag}p", 20), filler(f"{tag}q", 20), filler(f"{tag}r", 20))


def _documents(between: str, *, one_by: str = "Okonte", two_by: str = "Okonte",
               more: tuple[str, ...] = (), two_quoted: str = f"“{TWO}”"
               ) -> list[list[str]]:
    """Passages' documents when d0 prints ONE and TWO whole with `between` them under the
    speaker's name, d1 quotes ONE (attributed to `one_by`) and d2 TWO (to `two_by`, as
    `two_quoted`)."""
    texts = [
        f"{filler('a')}.\n\nStatement by Tunde Okonte, chief executive\n\n{ONE}.{between}{TWO}."
        f"\n\n{filler('b')}.",
        f"{filler('c')}. “{ONE},” {one_by} told reporters. {filler('d')}.",
        f"{filler('e')}. {two_by} said: {two_quoted}. {filler('f')}.",
        *more,
    ]
    return passage_documents(*texts)


def test_pieces_a_transcript_prints_paragraphs_apart_are_one_statement() -> None:
    between = f" {_speech('x')}.\n\n{_speech('y')}.\n\n"
    assert _documents(between) == [["d0", "d1", "d2"]]


def test_a_time_of_day_is_no_label() -> None:
    """"At 10:30 on Monday ...": a colon inside a number labels nothing."""
    between = f" {_speech('x')}.\n\nAt 10:30 on Monday {filler('z', 8)}.\n\n"
    assert _documents(between) == [["d0", "d1", "d2"]]


def test_dutch_dit_in_a_dutch_transcript_is_no_reporting_verb() -> None:
    """"Dit besluit ...": Dutch "this", not French "said"."""
    one = ("Het is geen geheim dat de partners heel verschillend denken over het beleid voor "
           "de komende jaren")
    two = "alle partijen zijn tot het uiterste gegaan om een oplossing te vinden voor het land"
    speech = f"Dit besluit valt ons allemaal zwaar en {filler('nl', 20)}"
    texts = [f"{filler('a')}.\n\nVerklaring van de premier\n\n{one}. {speech}. {two}.\n\n"
             f"{filler('b')}.",
             f"{filler('c')}. „{one}”, zei Rutte tegen verslaggevers. {filler('d')}.",
             f"{filler('e')}. Rutte zei: „{two}”. {filler('f')}."]
    assert passage_documents(*texts) == [
        ["d0", "d1", "d2"]]


def test_the_speaker_saying_what_they_say_is_still_the_speakers_text() -> None:
    """"I can say that ...": a reporting verb with the speaker as its subject, no attribution."""
    between = f" {_speech('x')}. I can say that {filler('z', 8)}.\n\n"
    assert _documents(between) == [["d0", "d1", "d2"]]


def test_a_piece_quoted_elsewhere_in_part_only_is_someones_words_too() -> None:
    """d2 quotes only the end of TWO ('... and “we will look after them,” Okonte added'): the
    words are still given as the speaker's."""
    head, tail = TWO.split(" and ")
    between = f" {_speech('x')}.\n\n"
    assert _documents(between, two_quoted=f"{head} and “{tail},” Okonte added") == [
        ["d0", "d1", "d2"]]


@pytest.mark.parametrize("between", [
    # (the outlet's own sentence attributing what follows)
    f" {_speech('x')}.\n\nThe company said on Friday that {filler('z', 10)}.\n\n",
    # (a quotation between: the outlet's words around someone's)
    f" {_speech('x')}.\n\nIts lawyer called it “{filler('z', 6)}”.\n\n",
    # (a speaker's label, a heading introducing another text)
    f" {_speech('x')}.\n\nQuestion: {filler('z', 10)}?\n\nOkonte: ",
    f" {_speech('x')}.\n\nThe union's reply:\n\n",
    # (a name or a word of another language that is also a pronoun, no speaker's own verb)
    f" {_speech('x')}.\n\nThe EU said on Friday that {filler('z', 10)}.\n\n",
    f" {_speech('x')}.\n\nBen Okafor said on Friday that {filler('z', 10)}.\n\n",
    # (French "dit" is a reporting verb, however Dutch its spelling)
    f" {_speech('x')}.\n\nLe porte-parole a dit ensuite que {filler('z', 10)}.\n\n",
    # (Polish "i" is "and", "ich" "them": no English or German speaker's own words)
    f" {_speech('x')}.\n\nRzecznik skomentował sprawę i dodał, że {filler('z', 10)}.\n\n",
    f" {_speech('x')}.\n\nJak ich poinformował rzecznik, {filler('z', 10)}.\n\n",
])
def test_an_outlets_words_or_another_turn_between_keep_the_pieces_apart(between: str) -> None:
    assert _documents(between) == [["d0", "d1"], ["d0", "d2"]]


def test_a_sentence_of_the_speakers_with_a_colon_inside_is_still_the_speakers_text() -> None:
    """'..., and I add: not least me' is a colon inside the speaker's sentence, no label."""
    between = f" {_speech('x')}, and I add this: {filler('z', 8)}.\n\n"
    assert _documents(between) == [["d0", "d1", "d2"]]


@pytest.mark.parametrize("between", [f" {_speech('x')}.\n\n", f" {filler('z', 12)}; "])
def test_the_quoting_outlets_naming_two_speakers_keep_the_pieces_apart(between: str) -> None:
    """However near: a page of reactions prints one speaker's words, then another's."""
    assert _documents(between, two_by="Mayor Tom Reyes") == [["d0", "d1"], ["d0", "d2"]]


def test_far_apart_and_nobody_named_the_pieces_stay_apart() -> None:
    """Unnamed quotations ("a spokesman") and a paragraph break between: the outlet's next
    paragraph may be its own, another text; a few words apart in one paragraph, one text."""
    far = f" {_speech('x')}.\n\n"
    assert _documents(far, one_by="a spokesman", two_by="A spokesman") == [
        ["d0", "d1"], ["d0", "d2"]]
    near = f" {filler('z', 12)}; "
    assert _documents(near, one_by="a spokesman", two_by="A spokesman") == [
        ["d0", "d1", "d2"]]


def test_an_outlet_quoting_them_only_the_other_way_round_keeps_them_apart() -> None:
    """Two things the speaker said, in no order: an outlet puts the later first."""
    other_way = (f"{filler('g')}. Okonte said “{TWO}”. {filler('h', 60)}. “{ONE},” Okonte "
                 f"added. {filler('i')}.")
    between = f" {_speech('x')}.\n\n"
    assert _documents(between, more=(other_way,)) == [["d0", "d1", "d3"], ["d0", "d2", "d3"]]
    # (but a few words apart in one paragraph of the transcript, one text in any order)
    assert _documents(f" {filler('z', 12)}; ", more=(other_way,)) == [
        ["d0", "d1", "d2", "d3"]]
    in_order = (f"{filler('g')}. Okonte said “{ONE}”. {filler('h', 60)}. “{TWO},” Okonte "
                f"added. {filler('i')}.")
    assert _documents(between, more=(in_order,)) == [["d0", "d1", "d2", "d3"]]


@pytest.mark.parametrize(("orders", "one_text"), [
    (["other way"], False), (["in order", "other way"], False),
    (["in order", "in order", "other way"], True), (["in order"], True), ([], True)])
def test_the_order_the_other_outlets_quote_them_in_decides(orders: list[str],
                                                           one_text: bool) -> None:
    """Statement 0 before statement 1 in the transcript (document 0): one outlet leading with
    the later sentence is its choice where more quote them in order; as many the other way
    round, two things said in no order. (Outlets quoting both in order join them by their
    matches anyway: this is asked of the documents directly.)"""
    rows = [(0, 0, 10, 20), (1, 0, 40, 50)]
    for document, order in enumerate(orders, start=1):
        earlier, later = (5, 30) if order == "in order" else (30, 5)
        rows += [(0, document, earlier, earlier + 10), (1, document, later, later + 10)]
    rows.sort()
    statement, doc, first, end = (np.array(column, dtype=np.int64) for column in zip(*rows,
                                                                                     strict=True))
    statements = Statements(statement, doc, first, end)
    assert _in_order_elsewhere(statements, 0, 1, 0) is one_text


def test_pieces_further_apart_than_a_transcripts_reach_stay_apart() -> None:
    between = " " + ".\n\n".join(_speech(tag) for tag in "uvwxy") + ".\n\n"
    assert _documents(between) == [["d0", "d1"], ["d0", "d2"]]


def test_a_polish_transcripts_pieces_stay_apart_over_an_outlets_sentence() -> None:
    """A Polish page: the minister's statement, then the outlet's own 'Rzecznik rządu skomentował
    sprawę i dodał, że ...' ("and added"), then more of the statement: "i" is no "I" there."""
    one = ("Nie mamy żadnych dowodów na to, że rosyjskie drony celowo wleciały w przestrzeń "
           "powietrzną naszego kraju")
    two = ("wszystkie służby pracują bez przerwy, aby wyjaśnić okoliczności tego zdarzenia jak "
           "najszybciej")
    texts = [f"{filler('a')}.\n\nOświadczenie ministra\n\n{one}. {filler('p', 20)}.\n\n"
             f"Rzecznik rządu skomentował sprawę i dodał, że {filler('q', 12)}.\n\n{two}.\n\n"
             f"{filler('b')}.",
             f"{filler('c')}. „{one}” – powiedział minister Kowalski dziennikarzom. "
             f"{filler('d')}.",
             f"{filler('e')}. Minister Kowalski powiedział: „{two}”. {filler('f')}."]
    assert passage_documents(*texts) == [
        ["d0", "d1"], ["d0", "d2"]]
