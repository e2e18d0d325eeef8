"""Two particles inside a surname (`viewer.engine.surname_particles.SECOND_PARTICLES`): "von der
Leyen", "Van der Bellen", "de la Fuente" are one name, whose last word names the speaker wherever
the document writes it. Hand-made sentences, no sample or
real-article text."""

from __future__ import annotations

from .engine_texts import ENGLISH_LEAD, GERMAN_LEAD, speakers_of, word_hash


def test_two_particles_in_lower_case_hold_a_name_together() -> None:
    """Where the document also names the person by them alone after a verb ("said von der
    Ostenhof")."""
    text = ENGLISH_LEAD + ("“It is over,” said Ursula von der Ostenhof. “We start again,” said von "
                   "der Ostenhof.")
    assert speakers_of(text) == [word_hash("Ostenhof")] * 2


def test_a_particle_in_capitals_and_one_in_lower_case_hold_a_name_together() -> None:
    text = GERMAN_LEAD + ("Der Bundespräsident Alexander Van der Wellen sagte am Abend: „Das ist "
                          "ein wichtiger Schritt.“ „Wir brauchen Stabilität“, sagte Van der "
                          "Wellen.")
    assert speakers_of(text) == [word_hash("Wellen")] * 2


def test_spanish_de_la_holds_a_name_together() -> None:
    text = ("El Gobierno sigue en funciones tras la dimisión, según informó el partido el sábado, "
            "y la coalición seguirá con el nuevo líder. «Seguiremos adelante», dijo Ana de la "
            "Fuenmayor. «No habrá cambios», insistió de la Fuenmayor.")
    assert speakers_of(text) == [word_hash("Fuenmayor")] * 2



def test_a_body_after_a_preposition_and_an_article_is_no_surname() -> None:
    """'„...“, sagte Thomas Kerber von der Polizei': Kerber speaks, for the police; the
    document names no one "von der Polizei" after a verb (a reviewer, session 57)."""
    for text, speaker in (
            (GERMAN_LEAD + "„Die Lage ist ruhig“, sagte Thomas Kerber von der Polizei.", "Kerber"),
            (GERMAN_LEAD + "„Die Lage ist ruhig“, sagte Jens Weidmann von der Bundesbank.",
             "Weidmann"),
            ("El Gobierno sigue en funciones tras la dimisión, según informó el partido el "
             "sábado. «Todo sigue igual», dijo Ana Pérez de la Universidad.", "Pérez"),
            ("De regering blijft volgens de partij in functie en de coalitie werkt met de nieuwe "
             "premier verder. „Alles blijft gelijk”, zei Jan Smit van de Rabobank.", "Smit")):
        assert speakers_of(text) == [word_hash(speaker)], text
