"""Two particles inside a surname (`viewer.engine.surname_particles.SECOND_PARTICLES`): "von der
Leyen", "Van der Bellen", "de la Fuente" are one name, whose last word names the speaker wherever
the document writes it. Hand-made sentences, no sample or
real-article text."""

from __future__ import annotations

from .engine_texts import speakers_of, word_hash

LEAD = ("The government stays in office after the resignation, the party said on Saturday, and "
        "the coalition will work on with the new leader. ")
GERMAN_LEAD = ("Die Regierung in Wien bleibt nach dem Rücktritt des Kanzlers im Amt, wie die "
               "Partei am Samstag mitteilte, und die Koalition wird mit dem neuen Kanzler "
               "weiterarbeiten. ")


def test_two_particles_in_lower_case_hold_a_name_together() -> None:
    text = LEAD + ("“It is over,” said Ursula von der Ostenhof. Ursula von der Ostenhof "
                   "added: “We start again.”")
    assert speakers_of(text) == [word_hash("Ostenhof")] * 2


def test_a_particle_in_capitals_and_one_in_lower_case_hold_a_name_together() -> None:
    text = GERMAN_LEAD + ("Der Bundespräsident Alexander Van der Wellen sagte am Abend: „Das ist "
                          "ein wichtiger Schritt.“ „Wir brauchen Stabilität“, sagte Van der "
                          "Wellen.")
    assert speakers_of(text) == [word_hash("Wellen")] * 2


def test_spanish_de_la_holds_a_name_together() -> None:
    text = ("El Gobierno sigue en funciones tras la dimisión, según informó el partido el sábado, "
            "y la coalición seguirá con el nuevo líder. «Seguiremos adelante», dijo Ana de la "
            "Fuenmayor.")
    assert speakers_of(text) == [word_hash("Fuenmayor")]

