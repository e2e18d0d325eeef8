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
    """'Tunde Okonte acaba de apresentar a demissão. “...”, diz. O caso segue ... “...”,
    notou.': the last verb goes on back to the first quotation, whose speaker the opening
    sentence names. Not where someone is named speaking between, nor over a quotation an
    unnamed office attributes (maybe someone else: 'La presidenta del partido dijo estar
    «...»'), nor where a pronoun is written ("he said": English writes who)."""
    opening = "Tunde Okonte acaba de apresentar a demissão do cargo.\n“Encerro esta etapa”, diz. "
    answer = " Questionado sobre o futuro, Tunde Okonte foi claro: “Não me vou recandidatar”."
    going_on = "“A dignidade das funções não é compatível com a suspeita”, notou."
    assert speakers_of(opening + "O caso segue agora para o tribunal. " + going_on + answer) == [
        OKONTE] * 3
    assert speakers_of(opening + "A ministra Ana Rovira disse que aceitava a decisão. O caso "
                       "segue agora para o tribunal. " + going_on + answer)[1] != OKONTE
    assert speakers_of(opening + "A presidenta do partido disse estar “surpreendida”. " + going_on
                       + answer)[2] != OKONTE
    assert speakers_of(
        "Tunde Okonte resigned on Monday. “It was time,” he said. Party leader Ana Rovira "
        "welcomed the move. “It is a relief,” she said. Tunde Okonte said later: “I am "
        "innocent.”")[1] != OKONTE


def test_a_verb_after_an_aside_names_its_subject() -> None:
    """'«...», dijo, por su parte, el ministro': a clause set off by commas or dashes stands
    between the verb and its subject; the speaker is not the one before."""
    before = "«Estamos de luto», dijo Tunde Okonte. "
    for after in ("«No fui respetada», dijo, por su parte, el ministro.",
                  "«No fui respetada», añadió, por su parte, Ana Rovira.",
                  "«No fui respetada», dijo —por su parte— el ministro Rui Lopes.",
                  "«No fui respetada», dijo, emocionada, Ana Rovira."):
        assert speakers_of(before + after)[1] != OKONTE, after
    assert speakers_of("“We mourn,” Tunde Okonte said. “It was unfair,” said, however, Ana "
                       "Rovira.")[1] != OKONTE


def test_a_quotation_with_words_of_its_own_after_it_is_not_the_one_befores() -> None:
    """'“...”, notou. “...”, lê-se no comunicado.': the words after the quotation attribute it,
    whatever they are; it does not go on with the speaker before."""
    assert speakers_of(
        "“Encerro esta etapa”, disse Tunde Okonte. “A dignidade das funções não é compatível com "
        "a suspeita”, notou. “Vamos avançar”, lê-se no comunicado.") == [OKONTE, OKONTE, UNKNOWN]


def test_the_opening_sentence_names_no_speaker_it_cannot_be() -> None:
    """The first sentence's subject is not the speaker where a pronoun is written ('John Smith
    resigned. "...," she said'), where the line is a headline, where the subject died, where it
    is two people ("Tunde Okonte y su esposa"), or where the sentence names someone else too."""
    smith = word_hash("Smith")
    assert speakers_of("John Smith resigned on Monday. “It is a sad day,” she said. “I am "
                       "innocent,” John Smith said later.") == [UNKNOWN, smith]
    assert speakers_of("Tunde Okonte morre aos 80 anos\n“Era um homem bom”, disse. Em 2010, "
                       "Tunde Okonte disse: “Nunca desisti”.") == [UNKNOWN, OKONTE]
    assert speakers_of("Tunde Okonte murió ayer a los 80 años. «Era un buen hombre», dijo. En "
                       "2010, Tunde Okonte dijo: «Nunca me rendí».") == [UNKNOWN, OKONTE]
    assert speakers_of("Tunde Okonte y su esposa salieron del tribunal. «Fue duro», dijo. "
                       "Después, Tunde Okonte dijo: «Soy inocente».") == [UNKNOWN, OKONTE]
    assert speakers_of("Tunde Okonte visitou Ana Rovira no hospital. “Ela está bem”, disse. "
                       "Depois, Tunde Okonte disse: “Estou aliviado”.") == [UNKNOWN, OKONTE]


def test_an_office_and_name_opening_the_document_names_the_pronouns_speaker() -> None:
    """The document's first sentence opens a sentence though no break is written before it:
    'Canadian Prime Minister Justin Trudeau echoed that sentiment. "...," he said.'"""
    assert speakers_of("Canadian Prime Minister Justin Trudeau echoed that sentiment. “We stand "
                       "with our allies,” he said.") == [word_hash("Trudeau")]
