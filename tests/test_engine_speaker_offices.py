"""Quotations attributed by an office alone ('"...," the president said', '«...», a souligné le
procureur') are the person the document names with that office (`viewer.engine.office_holders`),
and a pronoun no quotation before it names is the person the outlet's own sentence right before
names speaking (`viewer.engine.narration`). Small hand-made texts, no sample or
real-article text."""

from __future__ import annotations

import numpy as np

from viewer.engine import full_names
from viewer.engine.speakers import UNKNOWN, quotation_speakers
from viewer.engine.tokens import tokenise

from .engine_texts import ENGLISH_LEAD, articles, speakers_of, word_hash

ROVIRA_SPEAKS = "President Ana Rovira said the bridge would be rebuilt. "


def test_an_office_alone_is_the_person_the_document_names_with_it() -> None:
    """'Le procureur de la République de Lyon, Marc Tavel, ...' then '«...», a souligné le
    procureur': Tavel's; "Marc Tavel, procureur de Lyon," too; in English, "President Ana
    Rovira" then "the president said" or "said the president"; and a Portuguese article read as
    a pronoun before the office ("afirmou o presidente")."""
    tavel, rovira = word_hash("tavel"), word_hash("rovira")
    assert speakers_of(
        "Le procureur de la République de Lyon, Marc Tavel, a précisé que l'enquête commençait. "
        "« Les investigations ne font que commencer », a souligné le procureur.") == [tavel]
    assert speakers_of(
        "Marc Tavel, procureur de Lyon, était sur place. Marc Tavel a précisé que l'enquête "
        "commençait. « Les investigations ne font que commencer », a souligné le "
        "procureur.") == [tavel]
    assert speakers_of(ROVIRA_SPEAKS + "“We will not leave anyone behind,” the president "
                       "said.") == [rovira]
    assert speakers_of(ROVIRA_SPEAKS + "“We will not leave anyone behind,” said the "
                       "president.") == [rovira]
    assert speakers_of(
        "O presidente Jair Tavel disse que a ponte seria reconstruída. “Não vamos deixar "
        "ninguém para trás”, afirmou o presidente.") == [tavel]


def test_a_german_article_before_the_office_is_no_part_of_it() -> None:
    """"Die Bundeskanzlerin sagte" is the chancellor's office: "die", an English word too and
    no function word of the lists, is an article here, no word of the office."""
    tavel = word_hash("tavel")
    named = ("Nach den Worten von Bundeskanzlerin Marta Tavel ist die Lage ernst. „Wir helfen“, "
             "sagte Tavel am Donnerstag.\n\n")
    assert speakers_of(named + "Die Bundeskanzlerin sagte: „Für eine Bewertung ist es zu "
                               "früh.“") == [tavel, tavel]


def test_a_party_in_parentheses_after_a_name_is_no_name() -> None:
    """"Olaf Scholz (SPD) sagte" and '„...“, sagte Nancy Faeser (SPD)' are Scholz and Faeser, not
    "SPD" both (which would make two ministers one speaker)."""
    assert speakers_of("Olaf Scholz (SPD) sagte: „Wir helfen.“ „Wir trauern“, sagte Nancy Faeser "
                       "(SPD).") == [word_hash("scholz"), word_hash("faeser")]
    assert speakers_of("« Nous aiderons », a déclaré Marine Tavel (RN) lundi.") == [
        word_hash("tavel")]


def test_an_office_that_fits_several_people_or_none_names_nobody() -> None:
    """"the minister" where the document names a foreign minister and a defence minister, an
    office the document gives nobody, a vice president or a former president for "the
    president", and an office after an indefinite article ("a spokesman") are no one in
    particular."""
    assert speakers_of(
        "Foreign Minister Ana Rovira said talks would go on. Defence Minister Tom Berg said "
        "troops were ready. “We stand together,” the minister said.") == [UNKNOWN]
    assert speakers_of("“We stand together,” the minister said.") == [UNKNOWN]
    assert speakers_of(
        "Vice President Ana Rovira said talks would go on. "
        "“We stand together,” the president said.") == [UNKNOWN]
    assert speakers_of(
        "Former President Ana Rovira said talks would go on. "
        "“We stand together,” the president said.") == [UNKNOWN]
    assert speakers_of(
        "L'ancien président Marc Tavel a déclaré que la ville se relèverait. "
        "« Nous sommes ensemble », a déclaré le président.") == [UNKNOWN]
    assert speakers_of(
        "Spokesman Tom Berg said talks would go on. "
        "“We stand together,” a spokesman said.") == [UNKNOWN]


def test_an_office_spoken_to_or_of_is_not_the_speaker() -> None:
    """The office after the verb may be who was spoken to ("he told the president", "a-t-il
    dit au président") or complete another noun ("a spokesman for the president", "the wife of
    the president", "l'entourage du président"): not the speaker."""
    rovira_berg = ROVIRA_SPEAKS + "“We will not leave anyone behind,” Tom Berg said. "
    assert speakers_of(rovira_berg + "“Nothing changes,” he told the president.") == [
        word_hash("berg"), word_hash("berg")]
    for attribution in ("a spokesman for the president said", "an aide to the president said",
                        "the wife of the president said", "critics of the president said",
                        "a source close to the president said"):
        assert speakers_of(ROVIRA_SPEAKS + f"“We will not leave anyone behind,” {attribution}."
                           ) == [UNKNOWN], attribution
    assert speakers_of(
        "Le président Marc Tavel a annoncé une souscription. « Nous sommes ensemble », a "
        "déclaré l'entourage du président.") == [UNKNOWN]


def test_an_office_is_told_apart_by_its_other_words() -> None:
    """"the prime minister" is the Prime Minister, not the Police Minister the document also
    names; "le président" is not "le président américain"; "the minister told the president"
    is the minister's."""
    assert speakers_of(
        "Prime Minister Ana Rovira said the country was in mourning. Police Minister Tom Berg "
        "said two men were held. “This is one of our darkest days,” the prime minister "
        "said.") == [word_hash("rovira")]
    assert speakers_of(
        "Le président Marc Tavel a annoncé une souscription. Le président américain Tom Berg a "
        "dit sa tristesse. « Nous rebâtirons », a déclaré le président.") == [word_hash("tavel")]
    assert speakers_of(
        "Minister Tom Berg said talks would go on. " + ROVIRA_SPEAKS
        + "“Nothing changes,” the minister told the president.") == [word_hash("berg")]


def test_an_adverb_after_an_office_in_english_leaves_the_office_to_its_holder() -> None:
    """English puts an office's modifiers before it: in '"...," the president reportedly said'
    "reportedly" is no part of the office (it was read as one, as "américain" is in "le
    président américain", and the office then fitted nobody); French keeps its adjective
    after."""
    rovira = word_hash("rovira")
    for adverb in ("reportedly", "angrily", "simply"):
        assert speakers_of(ENGLISH_LEAD + ROVIRA_SPEAKS + "“We will not leave anyone behind,” "
                           f"the president {adverb} said.") == [rovira], adverb


def test_an_office_beside_a_place_names_nobody() -> None:
    """"the president of South Korea": the run of capitals after the office's complement is a
    place (which the document even has speak: "South Korea said"), no holder of the office."""
    assert speakers_of(
        "The president of South Korea is expected on Monday. South Korea said it would send "
        "aid. “We will rebuild,” the president said.") == [UNKNOWN]
    assert speakers_of(
        "The prime minister of New Zealand is expected on Monday. New Zealand said it would "
        "send aid. “We will rebuild,” the prime minister said.") == [UNKNOWN]


def test_a_pronoun_no_quotation_names_is_the_person_speaking_just_before() -> None:
    """'Mayor Ana Rovira said the inquiry should go on. "...," she said': the outlet's own
    sentence right before names her beside a reporting verb, a person the article introduces
    with an office."""
    assert speakers_of(
        "Mayor Ana Rovira said the inquiry should be allowed to proceed. "
        "“Any speculation at this point would be unhelpful,” she said.") == [word_hash("rovira")]


def test_a_pronoun_after_a_sentence_opening_with_an_office_and_a_name_is_theirs() -> None:
    """'Canadian Prime Minister Ana Rovira echoed that sentiment. "...," she said', no
    quotation before: the sentence turns to her, whatever its verb."""
    assert speakers_of(
        "Leaders react\n\nCanadian Prime Minister Ana Rovira echoed that sentiment. “We stand "
        "with our friends,” she said.") == [word_hash("rovira")]


def test_an_outlet_after_an_article_is_no_person_for_a_pronoun() -> None:
    """'..., the Daily Courier reported. "...," she wrote': even where the article names the
    outlet as a quotation's speaker elsewhere, "the" before it says it is no person."""
    assert speakers_of(
        "The mayor wrote about it later, the Daily Courier reported. “Any speculation would be "
        "unhelpful,” she wrote. Later, “We publish everything,” said Daily Courier.") == [
        UNKNOWN, word_hash("courier")]


def test_a_pronoun_after_someone_else_or_something_else_names_nobody() -> None:
    """Two people in that sentence ("and", someone told, someone spoken of), an outlet or a
    body beside the verb ("the Daily Courier reported", "Acme Holdings said"), a sentence
    between, a scare quote's sentence, and a plural pronoun name nobody."""
    rest = "“Any speculation at this point would be unhelpful,” she said."
    for before in ("Mayor Ana Rovira and Mayor Tom Berg said the inquiry should go on.",
                   "Mayor Ana Rovira told Tom Berg the inquiry should go on.",
                   "Mayor Ana Rovira said Tom Berg had asked for the inquiry.",
                   "The mayor wrote about it later, the Daily Courier reported.",
                   "Acme Holdings said the inquiry should go on.",
                   "Mayor Ana Rovira said the inquiry should go on. Tom Berg left."):
        assert speakers_of(f"{before} {rest}") == [UNKNOWN], before
    assert speakers_of(
        "Mayor Ana Rovira said the inquiry should go on. The report spoke of “chaos” and "
        "“neglect”. “Nothing changes,” he said.") == [UNKNOWN, UNKNOWN, UNKNOWN]
    assert speakers_of("Mayor Ana Rovira said the inquiry should go on. “Nothing changes,” "
                       "they said.") == [UNKNOWN]


def test_a_pronoun_after_a_named_quotation_keeps_its_speaker() -> None:
    """The rule above asks only where no quotation before names the speaker: '"...," Tom Berg
    said. Ana Rovira said the talks go on. "...," he said' stays as it was read before (a
    speaker named between makes the pronoun nobody's)."""
    berg = word_hash("berg")
    assert speakers_of(
        "“We are ready,” Tom Berg said. The talks went on all night. "
        "“Nothing changes,” he said.") == [berg, berg]
    assert speakers_of(
        "“We are ready,” Tom Berg said. Ana Rovira said the talks would go on. "
        "“Nothing changes,” he said.") == [berg, UNKNOWN]


def test_reading_pronouns_after_the_outlets_words_stays_linear(monkeypatch) -> None:
    """Each pronoun's reading of the sentence before asks whether a name is written in full
    once a document, not once a quotation (a document of 400 such quotations read the
    document's every place of the name 400 times)."""
    count = 200
    corpus = tokenise(articles(
        ("Tom Berg went to the meeting with a “fraud” in mind, the weather was cold.\n"
         "Mayor Ana Rovira said the inquiry should go on. “Nothing changes,” she said.\n")
        * count))
    calls = []
    runs = full_names._runs
    monkeypatch.setattr(full_names, "_runs", lambda *args: calls.append(1) or runs(*args))
    found = quotation_speakers(corpus, np.arange(len(corpus.quote_first)))
    assert len(corpus.quote_first) == 2 * count
    assert (found == word_hash("rovira")).sum() == count
    assert len(calls) < count
