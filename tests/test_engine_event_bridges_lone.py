"""A stock sentence between a group of one event's outlets and a document linked to no one
(`viewer.engine.event_bridges`, LONE_MANY_NAMES): where both documents name many things and
only a few of them alike (a country, a maker's name), the lone document tells of another event
and the sentence links nothing; where a good share of its names are the other's, it is one
event's outlet printing a sentence of the wire story. Small hand-made texts."""

from __future__ import annotations

from viewer.engine.event_bridges import LONE_MANY_NAMES, LONE_SHARED_SHARE

from .engine_texts import filler, passage_documents

STOCK = "The singer died in the crash of a small twin engine plane on its approach"
"""A sentence news agencies print for every such crash."""
CRASH = ("Vanda Rulimo, Ferro Tabuca and Ilse Morvan were aboard the Kestrel Aircraft plane "
         "that came down near Dorvali in the state of Nesquara, Brasil, Tovira Energia said, "
         "and the Nesquara Fire Brigade reached the wreck within the hour; Governor Aldo Freixo "
         "and Paulo Venzi of Caratu Hospital spoke to Mirela Sande of Rede Uirapuru")
OTHER = ("Rescuers of the Marivas Coast Guard and Jelica Rescue found Jonas Pelavo, Duarte "
         "Simmel and Rena Okafu by night off Praia Lunda, Marivas, Brasil; their Kestrel "
         "Aircraft turboprop had left Santo Mireu, the Civil Aviation Authority told Radio Fenda; "
         "Iolanda Reis and Tasso Bremmer of the Lunda Port Authority met Olavo Quint")
"""Another crash: of its many names, two are the first crash's too ("Kestrel Aircraft" as one
name of two words, "Brasil")."""


def _texts(lone: str) -> list[str]:
    """d0 and d1 carry the first crash's story, d1 also the stock sentence; d2, sharing
    nothing else with anyone, `lone` and the stock sentence."""
    return [f"{filler('a')}. {CRASH}. {filler('b')}.",
            f"{filler('c')}. {CRASH}.\n\n{STOCK}.\n\n{filler('d')}.",
            f"{filler('e')}. {lone}.\n\n{STOCK}.\n\n{filler('f')}."]


def test_a_lone_outlet_naming_many_other_things_and_two_alike_is_not_linked() -> None:
    """(What the rule asks: many names each, a few alike.)"""
    assert LONE_MANY_NAMES <= 12
    assert LONE_SHARED_SHARE * 13 > 2
    assert sorted(passage_documents(*_texts(OTHER))) == [["d0", "d1"]]


def test_a_lone_outlet_naming_a_good_share_of_the_same_things_is_linked() -> None:
    """The lone document's own story names the singer, the town and the state of the first
    crash among its other names: one event's outlet, linked by the sentence."""
    same = OTHER.replace("Jonas Pelavo", "Vanda Rulimo").replace("Praia Lunda", "Dorvali") \
        .replace("Marivas", "Nesquara").replace("Duarte Simmel", "Ferro Tabuca")
    assert ["d1", "d2"] in passage_documents(*_texts(same))
