"""Verb-second order (`viewer.engine.verb_second`): in German, Dutch and the Scandinavian
languages a sentence that opens with an adverb puts the speaker after the verb; the opening
word, capitalised as every first word is, is no speaker. Hand-made sentences, no sample or
real-article text."""

from __future__ import annotations

from .engine_texts import DUTCH_LEAD, ENGLISH_LEAD, GERMAN_LEAD, speakers_of, word_hash


def test_an_adverb_opening_a_german_sentence_is_not_the_speaker_after_the_verb() -> None:
    text = GERMAN_LEAD + ("Kürzlich erklärte Tobias Wendrik vor Journalisten: „Ich mache "
                          "Platz, um Chaos zu verhindern.“")
    assert speakers_of(text) == [word_hash("Wendrik")]


def test_a_pronoun_after_the_verb_goes_back_to_the_speaker_before() -> None:
    text = GERMAN_LEAD + ("Gestern betonte Werner Hartmann: „Die Regierung bleibt "
                          "handlungsfähig.“ Danach sagte er: „Wir arbeiten weiter.“")
    assert speakers_of(text) == [word_hash("Hartmann")] * 2


def test_a_dutch_office_and_name_after_the_verb_speak() -> None:
    text = DUTCH_LEAD + "Later zei premier Jan Okkerse: „Wij werken gewoon door voor het land.”"
    assert speakers_of(text) == [word_hash("Okkerse")]


def test_a_name_opening_a_german_sentence_before_a_noun_still_speaks() -> None:
    """"Hartmann sagte Journalisten": one capitalised word after the verb may be a noun."""
    text = GERMAN_LEAD + "Hartmann sagte Journalisten: „Die Regierung bleibt handlungsfähig.“"
    assert speakers_of(text) == [word_hash("Hartmann")]


def test_in_english_the_name_before_the_verb_speaks() -> None:
    """English puts the subject first: 'Okonte said Ayo Mabena "..."' is Okonte's."""
    text = ENGLISH_LEAD + "Okonte told Ayo Mabena: “We will work on for the country.”"
    assert speakers_of(text) == [word_hash("Okonte")]



def test_a_name_opening_a_sentence_before_a_verb_and_its_object_still_speaks() -> None:
    """Verbs of warning and reminding take an object after them: 'Selenskyj warnte
    Bundeskanzler Olaf Scholz' is Selenskyj's (a name is never written in lower case, as an
    adverb opening a sentence is elsewhere); "den Kanzler", "sie" and "ze" are objects (a
    reviewer, session 57)."""
    for line in ("Selenskyj warnte Bundeskanzler Olaf Scholz: „Die Lage ist ernst.“",
                 "Selenskyj warnte Olaf Scholz: „Die Lage ist ernst.“",
                 "Selenskyj erinnerte den Kanzler: „Die Lage ist ernst.“",
                 "Selenskyj warnte sie: „Die Lage ist ernst.“"):
        assert speakers_of(GERMAN_LEAD + line) == [word_hash("Selenskyj")], line
    for line in ("Okkerse waarschuwde premier Jan Rutte: „De situatie is ernstig.”",
                 "Okkerse waarschuwde ze: „De situatie is ernstig.”"):
        assert speakers_of(DUTCH_LEAD + line) == [word_hash("Okkerse")], line


def test_an_adverb_the_document_writes_in_lower_case_is_no_speaker() -> None:
    """"Überraschend" is no listed adverb; the document writes it in lower case elsewhere."""
    text = GERMAN_LEAD + ("Der Rücktritt kam überraschend. Überraschend erklärte Tobias "
                          "Wendrik: „Wir bleiben.“")
    assert speakers_of(text) == [word_hash("Wendrik")]



def test_an_adverb_after_an_office_leaves_the_office_to_its_holder() -> None:
    """'Am Montag sagte der Kanzler zudem: "..."': "zudem" (also) is no part of the office, as
    an adjective after it is in French ("le président américain"); the chancellor the document
    names speaks."""
    text = GERMAN_LEAD + ("Kanzler Tobias Wendrik trat am Samstag vor die Presse. „Wir bleiben "
                          "im Amt“, sagte Wendrik. Am Montag sagte der Kanzler zudem: „Es ist "
                          "nicht die Zeit für Spiele.“")
    assert speakers_of(text) == [word_hash("Wendrik")] * 2
