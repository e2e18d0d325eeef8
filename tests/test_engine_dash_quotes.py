"""Speech opened with a dash ('– ... – powiedział rzecznik'): a quotation as quotation marks make
one, so a few words of it link to another outlet's quotation of them; a list's items and a dash
inside a sentence quote nothing (small hand-made texts)."""

from __future__ import annotations

from viewer.engine import find_shared_passages
from viewer.engine.dash_quotes import dash_quotations

from .engine_texts import articles, filler


def test_a_paragraph_a_dash_opens_and_a_dash_before_a_reporting_verb_closes_is_quoted() -> None:
    text = ("Wstęp.\n\n– Apeluję o spokój i cierpliwość – powiedział dziennikarzom rzecznik.\n\n"
            "— Мы работаем, — сказал он.\n\n- the bridge was closed - and more\n\n"
            "The toll – 22 – rose on Monday.\n\n– Bez czasownika – tu nic.")
    quoted = [text[start:end] for start, end in dash_quotations(text, 0)]
    assert quoted == ["Apeluję o spokój i cierpliwość", "Мы работаем"]


def test_dash_speech_may_open_a_sentence_inside_a_paragraph() -> None:
    """After a full stop, not after a word: the dash there closes the outlet's own words."""
    text = ("Zwołano je w trybie pilnym - powiedział rzecznik. - Apeluję o spokój - powiedział "
            "dziennikarzom rzecznik rządu.")
    quoted = [text[start:end] for start, end in dash_quotations(text, 0)]
    assert quoted == ["Apeluję o spokój"]


def test_dash_speech_after_a_dash_that_opened_nothing_is_still_found() -> None:
    """A dash after a full stop that closes no speech (no reporting verb after the next dash)
    does not hide the speech that opens after it."""
    text = "Wstęp. - Alarm trwał krótko. – Sprawdzamy przesłanki – dodał szef biura."
    quoted = [text[start:end] for start, end in dash_quotations(text, 0)]
    assert quoted == ["Sprawdzamy przesłanki"]


def test_a_few_words_of_dash_speech_link_to_another_outlets_quotation_of_them() -> None:
    """Three words the spokesman said, in quotation marks in one outlet and in dash speech in
    the other: a quoted fragment on both sides, one passage."""
    texts = [f"{filler('a')}. Rzecznik zaapelował „o spokój obywateli” w poniedziałek. "
             f"{filler('b')}.",
             f"{filler('c')}.\n\n– Apeluję o spokój obywateli – powiedział rzecznik rządu.\n\n"
             f"{filler('d')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_a_paragraph_of_speech_printed_without_its_opening_dash_is_quoted() -> None:
    """Some pages drop the opening dash: the paragraph, a dash, a reporting verb and only the
    speaker's name after it is speech; a verb after a dash with a clause of the outlet's own
    after it, a paragraph that quotes with marks, or one with two attributions, is not; nor an
    English sentence and its source after a dash, nor an aside between dashes before a verb."""
    text = ("Wstęp.\n\nNaszym zadaniem jest walka z dezinformacją. Część jest intencjonalna - "
            "powiedział Adam Szłapka.\n\nRuch wstrzymano na godzinę - powiedział policjant, "
            "który dodał, że droga zostanie otwarta wieczorem.\n\nRzecznik mówił o „spokoju” - "
            "powiedział poseł.\n\nRuch wstrzymano - powiedział policjant. Droga będzie otwarta "
            "- dodał.\n\nTwo men were arrested at the scene - said the police.\n\nMurray – who "
            "has won three Grand Slam titles – said he was delighted.\n\nМинистр — вопреки "
            "ожиданиям — заявил о победе.")
    quoted = [text[start:end] for start, end in dash_quotations(text, 0)]
    assert quoted == ["Naszym zadaniem jest walka z dezinformacją. Część jest intencjonalna"]


def test_nordic_speech_a_dash_opens_and_a_comma_before_the_verb_ends_is_quoted() -> None:
    """Swedish, Norwegian and Finnish pages attribute dash speech after a comma ("– ..., säger
    X"): the speech up to the comma the verb follows, not an earlier one ('på plats, det är');
    a dash inside a paragraph, a word or two ('– Ja, säger hon'), an English list item with a
    comma do not quote."""
    text = ("Inledning.\n\n– Vi har extremt mycket resurser på plats, det är en allvarlig "
            "händelse, säger presstalespersonen Sophia Jiglind.\n\n– Tilanne on vakava, sanoo "
            "poliisi.\n\n– Vi vet ikke hva som skjedde, sier politiet.\n\n– Ja, säger hon.\n\n"
            "- the bridge was closed, said nothing more\n\nText – Vi vet inte mer, säger hon.")
    quoted = [text[start:end] for start, end in dash_quotations(text, 0)]
    assert quoted == ["Vi har extremt mycket resurser på plats, det är en allvarlig händelse",
                      "Tilanne on vakava", "Vi vet ikke hva som skjedde"]
    # ("sa", said, before a name or a pronoun attributes; a French programme's items, "sa
    # femme", and Finnish "lisää", more, are no attribution)
    said = ("x\n\n– Det här är en mörk dag för Sverige, sa Ulf Kristersson.\n\n"
            "– Vi vet ikke mer, sa hun.")
    assert [said[a:b] for a, b in dash_quotations(said, 0)] == [
        "Det här är en mörk dag för Sverige", "Vi vet ikke mer"]
    for item in ("Programme :\n\n– Arrivée du président au palais, sa femme Brigitte et le roi "
                 "l’accueillent.", "– Hallitus esitti uusia toimia, lisää rahaa poliisille."):
        assert dash_quotations(item, 0) == [], item


def test_a_few_words_of_nordic_dash_speech_link_to_another_outlets_quotation_of_them() -> None:
    """Five words the spokeswoman said, in quotation marks in one outlet and in dash speech
    attributed after a comma in the other: one passage."""
    texts = [f"{filler('a')}. Polisen skriver att ”vi har extremt mycket resurser” i staden. "
             f"{filler('b')}.",
             f"{filler('c')}.\n\n– Vi har extremt mycket resurser, säger Sophia Jiglind.\n\n"
             f"{filler('d')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2
