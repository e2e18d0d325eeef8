"""A few words a document linked to no other shares with one event's outlets
(`viewer.engine.event_cores`, asked by `viewer.engine.event_bridges` and
`viewer.engine.evidence`): where the lone document names one at most of what most of the
group's documents name (the city two crimes share), it tells of another event and the words link
nothing; where it names the event's victim and places, it is one event's brief. Small hand-made
texts."""

from __future__ import annotations

import numpy as np

from viewer.engine.event_cores import core_names, names_little_of_core

from .engine_texts import filler, passage_documents

STORY = ("The body of Maelis Verlande was found in the Bois de Tornac in western Paris on "
         "Saturday, and the suspect was arrested in Kessau by the Veldrin police on Tuesday "
         "after a search across the Ardaine region")
TERM = "a judge of liberties and detention had validated his release from the holding centre"
OTHER = ("Odile Marchetti and Renaud Sabatier told the court in Paris that the accused, "
         "Quentin Lavaud, had followed Ilona Ferrat home from the Belcourt school in Nordan")
"""Another crime in the same city: of its names, only "Paris" is the group's."""


def _texts(lone: str) -> list[str]:
    """d0, d1 and d2 carry the story (one event's outlets), d1 also the term; d3, sharing
    nothing else with anyone, `lone` and the term."""
    return [f"{filler('a')}. {STORY}. {filler('b')}.",
            f"{filler('c')}. {STORY}. In September {TERM}. {filler('d')}.",
            f"{filler('e')}. {STORY}. {filler('f')}.",
            f"{filler('g')}. {lone}. Last year {TERM}. {filler('h')}."]


def test_a_lone_document_naming_one_of_the_groups_names_is_not_linked() -> None:
    assert sorted(passage_documents(*_texts(OTHER))) == [["d0", "d1", "d2"]]


def test_a_lone_brief_naming_the_events_victim_and_places_is_linked() -> None:
    brief = (OTHER.replace("Ilona Ferrat", "Maelis Verlande").replace("Nordan", "Kessau")
             .replace("Belcourt school", "Bois de Tornac"))
    assert any("d3" in documents for documents in passage_documents(*_texts(brief)))


def test_core_names_are_those_most_of_the_groups_documents_give() -> None:
    names = {0: {"philippine": 0, "paris": 3, "geneve": 5}, 1: {"philippine": 1, "paris": 2},
             2: {"philippine": 0, "metz": 4}}
    assert core_names(np.array([0, 1, 2]), lambda docs: names) == {"philippine", "paris"}
    # (two documents say no more than the test of the two does)
    assert core_names(np.array([0, 1]), lambda docs: {0: names[0], 1: names[1]}) == set()


def test_a_lone_document_is_judged_only_when_both_name_enough() -> None:
    core = {"philippine", "boulogne", "paris", "suisse", "geneve"}
    lone = {"lola": 0, "silva": 1, "alexandre": 2, "paris": 3, "france": 4}
    assert names_little_of_core(core, lone, stems=False)
    assert not names_little_of_core(core, {**lone, "philippine": 5}, stems=False)
    assert not names_little_of_core({"paris", "suisse", "geneve"}, lone, stems=False)
    assert not names_little_of_core(core, {"lola": 0, "paris": 1, "france": 2}, stems=False)
    # (a language that inflects a name: "Berlinu" is "Berlin" with another ending)
    assert not names_little_of_core({"philippine", "berlin", "paris", "suisse"},
                                    {"berlinu": 0, "paris": 1, "lola": 2, "silva": 3},
                                    stems=True)
