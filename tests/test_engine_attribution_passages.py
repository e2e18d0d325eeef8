"""Attribution alone (`viewer.engine.attribution_passages`): a statement that is only the
attribution after different quotations in every document carrying it is dropped; one that says
something of the outlets' own, or that one document carries with more around it, is kept."""

from __future__ import annotations

import pytest

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

SPOKESWOMAN = "a précisé Erika Landry, porte-parole du Service de police de la ville de Laval"


def _passages(*texts: str) -> list[str]:
    return [passage.consensus for passage in find_shared_passages(articles(*texts)).passages]


@pytest.mark.parametrize("tail_a, tail_b", [
    (SPOKESWOMAN, SPOKESWOMAN.replace("a précisé", "a mentionné")),
    ("sagte Franz Ruf, Generaldirektor für die öffentliche Sicherheit im österreichischen "
     "Innenministerium",) * 2,
    ("agregó el ente investigador de la Fiscalía General de la Nación en un comunicado",) * 2,
])
def test_one_speakers_name_and_title_after_different_quotations_links_nothing(
        tail_a: str, tail_b: str) -> None:
    """Two outlets quote different sentences of one spokesperson and name her alike after
    each: what they share is who spoke, nobody's words."""
    a = (f"{filler('a')}. « Les enfants conduits vers les hôpitaux sont tous hors de danger "
         f"ce soir », {tail_a}. {filler('b')}.")
    b = (f"{filler('c')}. « Le chauffeur sera rencontré par les enquêteurs dans la soirée », "
         f"{tail_b}. {filler('d')}.")
    assert _passages(a, b) == []


def test_what_follows_a_verb_final_attribution_after_a_comma_is_the_story() -> None:
    """A language that names the speaker before the quotation ends the attribution with its
    verb: what follows the comma is the outlets' shared story, and it links them."""
    shared = "İmamoğlu'nun evinde ise sabahtan beri kapsamlı bir arama yapılıyor"
    a = (f"{filler('a')}. Murat Ongun sosyal medya hesabından \"Gözaltına alınıyorum\" dedi, "
         f"{shared}. {filler('b')}.")
    b = (f"{filler('c')}. Ongun sabah saatlerinde \"Evimdeyim, beni almaya geldiler\" dedi, "
         f"{shared}. {filler('d')}.")
    (passage,) = _passages(a, b)
    assert shared in passage


def test_an_attribution_one_outlet_prints_inside_a_longer_shared_story_is_kept() -> None:
    """Where one document carries the words with more of the outlets' shared text around them,
    the statement is that text, and stays."""
    story = ("Le chauffeur de l'autobus a été arrêté sur place et conduit au quartier général "
             "de la police, où il sera interrogé par les enquêteurs")
    a = (f"{filler('a')}. « Il n'y a plus de danger pour la population », {SPOKESWOMAN}. "
         f"{story}. {filler('b')}.")
    b = (f"{filler('c')}. « Le secteur restera fermé toute la journée », {SPOKESWOMAN}. "
         f"{story}. {filler('d')}.")
    (passage,) = _passages(a, b)
    assert story in passage


def test_a_lead_saying_what_was_said_in_the_outlets_words_is_kept() -> None:
    """A lead that goes on past its verb with what was said is the outlets' shared text."""
    lead = ("The couple said they will work to become financially independent while "
            "continuing to")
    a = f"{filler('a')}. {lead} \"fully support the Queen\" in every duty. {filler('b')}."
    b = f"{filler('c')}. {lead} \"support Her Majesty\" as before. {filler('d')}."
    (passage,) = _passages(a, b)
    assert "financially independent" in passage


def test_a_lead_reporting_what_was_said_from_its_subject_on_is_kept() -> None:
    """'said it was too early to ...': what was said, opened by its subject, the outlets' own
    shared words before their different quotations."""
    clause = "The commissioner said it was too early to determine a motive and that it was"
    a = f'{filler("a")}. {clause}, "in his words", too soon. {filler("b")}.'
    b = f"{filler('c')}. {clause}, “as he put it”, early. {filler('d')}."
    assert _passages(a, b) == [clause]


@pytest.mark.parametrize("tail", [
    "police said on Wednesday as rescuers recovered twelve more bodies from the rubble",
    "the ministry said while the death toll climbed to forty seven in the northern province",
    "a déclaré la police alors que douze corps ont été retirés des décombres du bâtiment",
    "dijo la policía mientras doce cuerpos eran sacados de los escombros del edificio",
    "but said the toll of twelve dead would rise further by the evening",
    "sagte ein Polizeisprecher am Mittwoch während zwölf Leichen geborgen wurden",
])
def test_a_tail_going_on_with_a_clause_of_the_story_is_kept(tail: str) -> None:
    """A review: after the speaker, a clause of the outlets' own story ('as rescuers
    recovered ...', 'alors que douze corps ...'), not only a comma, makes the words shared
    text: the passage stays."""
    a = f"{filler('a')}. \"We are still searching for survivors\", {tail}. {filler('b')}."
    b = f"{filler('c')}. \"The building collapsed within seconds\", {tail}. {filler('d')}."
    (passage,) = _passages(a, b)
    assert tail.split()[-1] in passage
