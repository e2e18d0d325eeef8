"""A quotation that closes a text (`viewer.engine.going_on.continues_previous`): '"...",
concluiu', '"...," the statement concluded' go on from the quotation before, one text, as 'It
added' does; "the report concluded", "concluiu o relatório" report a finding, no one's words
going on. Small hand-made corpora, no sample or real-article text."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

OPENING = ("The club mourns the greatest player who ever wore its shirt, the man who carried "
           "the name of this small harbour town to every stadium in the world.")
CLOSING = ("Our thoughts are with his mother, his wife, his children and grandchildren, and "
           "with everyone who loved the game as he did, forever.")


def _outlet(tag: str, opening: str, closing: str) -> str:
    return (f"{filler(tag)}.\n\n“{OPENING}” {opening}.\n\n{filler(tag + 'm', 8)}.\n\n"
            f"“{CLOSING}” {closing}.\n\n{filler(tag + 'z')}.")


def _passages(first: tuple[str, str], second: tuple[str, str]) -> int:
    return len(find_shared_passages(articles(_outlet("a", *first),
                                             _outlet("b", *second))).passages)


def test_a_quotation_the_statement_concludes_goes_on_from_the_one_before() -> None:
    """One outlet names the author of the opening and lets the statement conclude; the other
    names a spokesman for the closing: one text where the verb says it closes, two where it
    only says something was said."""
    assert _passages(("Varrow Mabena wrote", "the statement concluded"),
                     ("Mabena wrote", "a spokesman said")) == 1
    assert _passages(("Varrow Mabena wrote", "the statement said"),
                     ("Mabena wrote", "a spokesman said")) == 2


def test_a_closing_verb_with_no_subject_goes_on_in_portuguese_and_french() -> None:
    assert _passages(("escreveu Varrow Mabena", "concluiu"),
                     ("escreveu Mabena", "disse um porta-voz")) == 1
    assert _passages(("a écrit Varrow Mabena", "conclut le communiqué"),
                     ("écrit Mabena", "a dit un porte-parole")) == 1


def test_a_report_that_concludes_after_a_ministers_words_is_another_text() -> None:
    """"The report concluded" gives a report's finding after the minister's words, in English
    and in Portuguese: two texts."""
    assert _passages(("Health Minister Jane Dube said", "the report concluded"),
                     ("Dube said", "the inquiry concluded")) == 2
    assert _passages(("disse o ministro Carlos Duarte", "concluiu o relatório"),
                     ("disse Duarte", "concluiu a comissão")) == 2


def test_a_closing_verb_goes_on_though_a_clause_after_it_names_someone() -> None:
    """'"...", finalizó su discurso, en el que agradeció a Luis Varela ...': the clause after
    the verb names whom the speaker thanked, not who closed (a Spanish-speaking set's owner's
    video statement was two passages for it); "finalizó" closes in Spanish and Portuguese as
    "concluyó" does. A person named right beside the verb still says another spoke."""
    assert _passages(("escribió Varrow Mabena", "finalizó su discurso, en el que también "
                      "agradeció a Luis Varela su visita"),
                     ("escribió Mabena", "dijo un portavoz")) == 1
    assert _passages(("escreveu Varrow Mabena", "finalizou"),
                     ("escreveu Mabena", "disse um porta-voz")) == 1
    assert _passages(("escribió Varrow Mabena", "finalizó Luis Varela"),
                     ("escribió Mabena", "dijo un portavoz")) == 2
    # (a reviewer's case: the speaker named a few words after the verb, no relative clause)
    assert _passages(("escribió Varrow Mabena", "concluyó en su discurso el ministro Luis "
                      "Varela"), ("escribió Mabena", "dijo un portavoz")) == 2
