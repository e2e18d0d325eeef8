"""Quotations attributed by an office alone ('"...," the president said', '«...», a souligné le
procureur') are the person the document names with that office (`viewer.engine.office_holders`),
and a pronoun no quotation before it names is the person the outlet's own words name speaking
just before (`viewer.engine.speakers._narrated`). Small hand-made texts, no sample or real-article
text."""

from __future__ import annotations

from viewer.engine.speakers import UNKNOWN

from .engine_texts import speakers_of, word_hash


def test_an_office_alone_is_the_person_the_document_names_with_it() -> None:
    """'Le procureur de la République de Lyon, Marc Tavel, ...' then '«...», a souligné le
    procureur': Tavel's; and in English, "President Ana Rovira" then "the president said"."""
    tavel = word_hash("tavel")
    assert speakers_of(
        "Le procureur de la République de Lyon, Marc Tavel, a précisé que l'enquête commençait. "
        "« Les investigations ne font que commencer », a souligné le procureur.") == [tavel]
    assert speakers_of(
        "Marc Tavel, procureur de Lyon, était sur place. Marc Tavel a précisé que l'enquête "
        "commençait. « Les investigations ne font que commencer », a souligné le "
        "procureur.") == [tavel]
    rovira = word_hash("rovira")
    assert speakers_of(
        "President Ana Rovira said the bridge would be rebuilt. "
        "“We will not leave anyone behind,” the president said.") == [rovira]


def test_an_office_that_fits_several_people_or_none_names_nobody() -> None:
    """"the minister" where the document names a foreign minister and a defence minister, an
    office the document gives nobody, a vice president for "the president", and an office
    after an indefinite article ("a spokesman") are no one in particular."""
    assert speakers_of(
        "Foreign Minister Ana Rovira said talks would go on. Defence Minister Tom Berg said "
        "troops were ready. “We stand together,” the minister said.") == [UNKNOWN]
    assert speakers_of("“We stand together,” the minister said.") == [UNKNOWN]
    assert speakers_of(
        "Vice President Ana Rovira said talks would go on. "
        "“We stand together,” the president said.") == [UNKNOWN]
    assert speakers_of(
        "Spokesman Tom Berg said talks would go on. "
        "“We stand together,” a spokesman said.") == [UNKNOWN]


def test_an_office_is_told_apart_by_its_other_words() -> None:
    """"the prime minister" is the Prime Minister, not the Police Minister the document also
    names; "le président américain" is not "le président" of the country."""
    assert speakers_of(
        "Prime Minister Ana Rovira said the country was in mourning. Police Minister Tom Berg "
        "said two men were held. “This is one of our darkest days,” the prime minister "
        "said.") == [word_hash("rovira")]
    assert speakers_of(
        "Le président Marc Tavel a annoncé une souscription. Le président américain Tom Berg a "
        "dit sa tristesse. « Nous rebâtirons », a déclaré le président.") == [word_hash("tavel")]


def test_an_office_beside_a_place_names_nobody() -> None:
    """"the president of the United States": the run of capitals after the office is a place
    that never speaks in the document, no holder of the office."""
    assert speakers_of(
        "The president of the United States is expected on Monday. "
        "“We will rebuild,” the president said.") == [UNKNOWN]


def test_a_pronoun_no_quotation_names_is_the_person_speaking_just_before() -> None:
    """'Mr Ana Rovira said the inquiry should go on. "...," she said': the outlet's own
    sentence names her beside a reporting verb; two people named there, or an outlet named
    alone beside the verb ("reports the Daily Courier"), name nobody."""
    assert speakers_of(
        "Ana Rovira said the inquiry should be allowed to proceed. "
        "“Any speculation at this point would be unhelpful,” she said.") == [word_hash("rovira")]
    assert speakers_of(
        "Ana Rovira and Tom Berg said the inquiry should be allowed to proceed. "
        "“Any speculation at this point would be unhelpful,” she said.") == [UNKNOWN]
    assert speakers_of(
        "The mayor wrote about it later, reports the Courier. "
        "“Any speculation at this point would be unhelpful,” she wrote.") == [UNKNOWN]


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
