"""Quotations attributed by a verb with no subject, as languages that drop their pronouns write
them ('«...», diz.', '“...”, notou.'): who the speaker is (`viewer.engine.speakers`,
`viewer.engine.quotation_attribution`, `viewer.engine.narration`). Small hand-made texts, no
sample or real-article text."""

from __future__ import annotations

from viewer.engine.speakers import UNKNOWN

from .engine_texts import speakers_of, word_hash

OKONTE = word_hash("Okonte")


def test_a_verb_and_a_comma_with_the_outlets_own_words_after_it_has_no_subject() -> None:
    """'“...”, defendeu, depois de dizer ter sido “surpreendido”': after the comma the words are
    the outlet's, no subject of the verb; the speaker is the one before. A subject in the
    verb's clause is someone else ('dijo ayer el ministro')."""
    assert speakers_of(
        "“Encerro esta etapa com a consciência tranquila”, afirmou Tunde Okonte. Okonte adiantou "
        "que não se recandidatará. “A dignidade das funções não é compatível com qualquer "
        "suspeição”, defendeu, depois de dizer ter sido “surpreendido” com o comunicado.")[:2] \
        == [OKONTE, OKONTE]
    assert speakers_of(
        "«Estamos de luto por esta tragedia», dijo Tunde Okonte. «No fui respetada», dijo, "
        "después de decir haber sido «sorprendida» con el comunicado.")[:2] == [OKONTE, OKONTE]
    assert speakers_of(
        "«Estamos de luto por esta tragedia», dijo Tunde Okonte. «No fui respetada», dijo ayer "
        "el ministro, tras la reunión.") == [OKONTE, UNKNOWN]


def test_a_quotation_after_one_a_verb_with_no_subject_attributes_is_that_ones() -> None:
    """'“...”, notou. “...”.': a quotation opening the sentence after another's attribution
    goes on with that one's speaker, as '"...," Zuma said. "..."' does; not where someone else
    speaks between ('“...”, notou. O presidente disse: “...”')."""
    assert speakers_of(
        "“Encerro esta etapa com a consciência tranquila”, afirmou Tunde Okonte. “A dignidade "
        "das funções não é compatível com a suspeita”, notou. “Obviamente, apresentei a minha "
        "demissão ao senhor presidente”.") == [OKONTE] * 3
    assert speakers_of(
        "“Encerro esta etapa com a consciência tranquila”, afirmou Tunde Okonte. “A dignidade "
        "das funções não é compatível com a suspeita”, notou. O presidente Ayo Mabena disse: "
        "“Aceitei a demissão”.") == [OKONTE, OKONTE, word_hash("Mabena")]


def test_a_verb_with_no_subject_in_the_first_quotation_is_the_opening_sentences_subject(
        ) -> None:
    """'Tunde Okonte apresentou a demissão. “...”, declarou.': the person the sentence before
    is about, named in full and one the document has speak; not one it never does, nor after a
    verb in the plural."""
    assert speakers_of(
        "Tunde Okonte apresentou a demissão do cargo. “Obviamente apresentei a minha demissão”, "
        "declarou. Questionado sobre o futuro, Tunde Okonte foi claro: “Não me vou "
        "recandidatar”.") == [OKONTE, OKONTE]
    assert speakers_of(
        "Tunde Okonte perdeu a eleição do distrito. “Foi uma noite longa”, declarou.") == [
        UNKNOWN]
    assert speakers_of(
        "Tunde Okonte apresentou a demissão do cargo. “Obviamente apresentámos a demissão”, "
        "declararam. Questionado sobre o futuro, Tunde Okonte foi claro: “Não me vou "
        "recandidatar”.") == [UNKNOWN, OKONTE]


def test_pronouns_back_to_the_first_quotation_are_the_person_its_narration_names() -> None:
    """'“...”, diz. O chefe do executivo disse estar “...”. “...”, notou.': the last verb goes
    on back over a quotation an office nobody is named with attributes, to the first, whose
    speaker the opening sentence names; not where someone is named speaking between."""
    opening = "Tunde Okonte acaba de apresentar a demissão do cargo.\n“Encerro esta etapa”, diz. "
    answer = " Questionado sobre o futuro, Tunde Okonte foi claro: “Não me vou recandidatar”."
    assert speakers_of(
        opening + "O chefe do executivo disse estar “totalmente disponível para colaborar”. "
        "“A dignidade das funções não é compatível com a suspeita”, notou." + answer) == [
        OKONTE, UNKNOWN, OKONTE, OKONTE]
    assert speakers_of(
        opening + "A ministra Ana Rovira disse estar “totalmente disponível para colaborar”. "
        "“A dignidade das funções não é compatível com a suspeita”, notou." + answer)[2] \
        != OKONTE


def test_an_office_and_name_opening_the_document_names_the_pronouns_speaker() -> None:
    """The document's first sentence opens a sentence though no break is written before it:
    'Canadian Prime Minister Justin Trudeau echoed that sentiment. "...," he said.'"""
    assert speakers_of("Canadian Prime Minister Justin Trudeau echoed that sentiment. “We stand "
                       "with our allies,” he said.") == [word_hash("Trudeau")]
