"""A crowd and a venue's capacity are no toll: "200,000 people turned up" at a stadium that "can
hold 30,000 people", where nine people died, are three quantities, and the first two were read
as one catch-all row "people" with the toll, red as a disagreement (a stampede's coverage)."""

from __future__ import annotations

import pytest

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.extraction import extract_mentions
from viewer.figures.things import GATHERED

STAMPEDE = [
    Article("a", "Nine people died in the crush outside the arena. The arena can hold 30,000 "
                 "people, but about 200,000 people turned up, the governor said.", "A"),
    Article("b", "The governor said the arena has a capacity of only 30,000 people, yet two "
                 "lakh people gathered. Compensation was announced for the families of the nine "
                 "people who died.", "B"),
    Article("c", "A crowd of 200,000 people came to the arena, where the stampede left nine "
                 "people dead.", "C"),
]


def test_a_crowd_a_capacity_and_a_toll_are_no_disagreement() -> None:
    rows = {row.name: row for row in find_figures(STAMPEDE)}
    assert not any(row.disagree for row in rows.values()), rows
    assert {m.value.number for m in rows["people killed"].mentions} == {9}
    assert set(rows["people killed"].documents) == {"a", "b", "c"}
    crowd = rows["people gathered"]
    assert set(crowd.documents) == {"a", "b", "c"}
    # (the capacity is no count of those there, as "capacity for 68 people" was not)
    assert all(m.value.number != 30_000 for row in rows.values() for m in row.mentions)


@pytest.mark.parametrize("sentence", [
    "The stadium can accommodate 35,000 people.",
    "The hall could only hold 300 people.",
    "The ground seats 40,000 fans.",
    "The venue has a seating capacity of about 12,000 spectators.",
    "A shelter built to house 5,000 refugees opened.",
])
def test_a_capacity_is_no_count(sentence: str) -> None:
    assert extract_mentions("d", sentence) == []


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Some 5,000 people attended the vigil.", GATHERED),
    ("Nearly 3,000 people had congregated outside the gates.", GATHERED),
    ("More than 10,000 people showed up.", GATHERED),
    ("Thousands of people came to the square.", GATHERED),
    ("the 5,000 people who attended the concert", GATHERED),
    ("the families of the 11 people who died", "killed"),
    # (not crowds: a verb with another sense, things that are not people, the killers)
    ("Five people came forward with claims.", None),
    ("Rebels gathered 500 signatures.", None),
    ("Three men who killed a guard fled.", None),
    ("Hamas holds 100 hostages.", None),
])
def test_what_makes_people_a_crowd(sentence: str, outcome: str | None) -> None:
    [mention] = extract_mentions("d", sentence)
    assert mention.outcome == outcome


@pytest.mark.parametrize("sentence", [
    "At least 11 people who gathered outside the stadium were crushed to death on Wednesday.",
    "Eleven people who had gathered outside the stadium died in the crush.",
    "11 people who came to the temple died.",
    "11 people who turned up for the celebration were killed.",
    "Eleven people were trampled to death.",
])
def test_a_toll_later_in_the_crowds_clause_wins(sentence: str) -> None:
    # (who they were -- a crowd -- is no count of a crowd: the verb after the relative clause
    # says what befell them)
    [mention] = extract_mentions("d", sentence)
    assert mention.outcome == "killed"


def test_a_crowd_and_its_dead_told_two_ways_share_the_toll_row() -> None:
    articles = [
        Article("a", "Eleven people who had gathered outside the stadium died in the crush.", "A"),
        Article("b", "Eleven people died in the stampede outside the stadium.", "B"),
    ]
    rows = [row for row in find_figures(articles) if row.mentions]
    assert [row.name for row in rows] == ["people killed"]
    assert set(rows[0].documents) == {"a", "b"}


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Of those who attended, 11 died.", "killed"),
    ("About 200 people were hurt, of whom 11 died.", "killed"),
    # (a partitive of people with no toll after it is no figure, as before)
    ("Of those who attended, 11 said they were happy.", None),
])
def test_a_toll_among_those_who_came(sentence: str, outcome: str | None) -> None:
    found = [m.outcome for m in extract_mentions("d", sentence) if m.value.number == 11]
    assert found == ([outcome] if outcome else [])


@pytest.mark.parametrize("sentence", [
    "200,000 people came in huge numbers.",
    "200,000 people came from across the state.",
    "Thousands of people came together in the square.",
])
def test_coming_in_numbers_or_from_afar_is_a_crowd(sentence: str) -> None:
    [mention] = extract_mentions("d", sentence)
    assert mention.outcome == GATHERED


def test_mourners_are_no_toll() -> None:
    # (an infinitive ends the crowd's clause: those killed are not the ones counted)
    [mention] = extract_mentions("d", "5,000 people who gathered to mourn those killed wept.")
    assert mention.outcome == GATHERED


@pytest.mark.parametrize(("sentence", "lemma"), [
    ("Security forces can hold 40 detainees for up to 14 days.", "detainee"),
    ("The army said it could accommodate 500 refugees, who arrived on Sunday.", "refugee"),
    ("The rescuers could only seat 40 survivors in the boats.", "survivor"),
    ("The hospital can accommodate 11 patients who died overnight.", "patient"),
])
def test_holding_people_counted_for_what_befell_them_is_a_count(sentence: str,
                                                               lemma: str) -> None:
    # (a capacity is what a place or a vehicle holds, of anyone: not those held, rescued or
    # treated, whom the verb says something about)
    [mention] = extract_mentions("d", sentence)
    assert mention.thing.lemma == lemma


@pytest.mark.parametrize("sentence", [
    "The ferry can hold 300 passengers.",
    "The new hall could seat about 2,000 guests.",
    # (a place's capacity whoever it holds: the refugees, inmates and patients who may fill it
    # are not counted there)
    "The camp can house 10,000 refugees.",
    "The prison can hold 2,000 inmates.",
    "The hospital can accommodate 500 patients.",
    "The shelter can accommodate 300 evacuees.",
])
def test_what_a_place_or_a_vehicle_can_hold_is_a_capacity(sentence: str) -> None:
    assert extract_mentions("d", sentence) == []


@pytest.mark.parametrize("sentence", [
    "Plus de 200 000 personnes se sont rassemblées devant le stade.",
    "Más de 200.000 personas se congregaron en la plaza de la ciudad.",
    "Mais de 200 mil pessoas reuniram-se no estádio.",
    "Oltre 200.000 persone si sono radunate davanti allo stadio.",
    "Mehr als 200.000 Menschen versammelten sich vor dem Stadion.",
    "Ayer se reunieron 200.000 personas en la plaza de la ciudad.",
])
def test_a_crowd_abroad_is_a_crowd(sentence: str) -> None:
    [mention] = extract_mentions("d", sentence)
    assert mention.outcome == GATHERED


def test_a_crowd_and_a_toll_abroad_are_two_rows() -> None:
    articles = [Article("a", "Plus de 200 000 personnes se sont rassemblées; 11 personnes sont "
                             "mortes.", "A"),
                Article("b", "Onze personnes sont mortes dans la bousculade; 200 000 personnes "
                             "s'étaient réunies devant le stade.", "B")]
    rows = {row.name: row for row in find_figures(articles)}
    assert not any(row.disagree for row in rows.values()), rows
    assert {m.value.number for m in rows["people gathered"].mentions} == {200_000}


@pytest.mark.parametrize("sentence", [
    "Undici persone che avevano partecipato al concerto sono morte.",
    "Onze pessoas que participaram do show morreram.",
    "Les 11 personnes réunies dans la salle ont été tuées.",
    "Elf Menschen, die sich versammelt hatten, kamen ums Leben.",
])
def test_a_toll_later_in_a_crowds_clause_wins_abroad(sentence: str) -> None:
    # (as in English: the crowd's verb says who the dead were, the verb after it what befell
    # them; a German relative clause in commas goes on to its main verb)
    [mention] = extract_mentions("d", sentence)
    assert mention.outcome == "killed"


@pytest.mark.parametrize("sentence", [
    "Elf Menschen, die sich versammelt hatten, wurden verletzt.",
    "Onze pessoas que participaram do show ficaram feridas.",
])
def test_an_injury_later_in_a_crowds_clause_wins_abroad(sentence: str) -> None:
    [mention] = extract_mentions("d", sentence)
    assert mention.outcome == "injured"


@pytest.mark.parametrize("sentence", [
    "Plus de 5000 personnes se sont rassemblées pour pleurer les victimes tuées.",
    "Mehr als 5000 Menschen versammelten sich, die Polizei nahm drei Männer fest.",
    "Oltre 5000 persone si sono radunate per il concerto.",
])
def test_mourners_and_a_second_clause_abroad_stay_a_crowd(sentence: str) -> None:
    found = [m.outcome for m in extract_mentions("d", sentence) if m.value.number == 5000]
    assert found == [GATHERED]


@pytest.mark.parametrize("sentence", [
    "The 20 people who came in with injuries were treated.",
    "20 people came in with serious injuries overnight.",
])
def test_people_who_came_in_with_injuries_are_injured(sentence: str) -> None:
    # (the arrival is how they reached the hospital; the injury is what the figure tells)
    [mention] = extract_mentions("d", sentence)
    assert mention.outcome == "injured"


@pytest.mark.parametrize("sentence", [
    "Three people came in second place.",
    "Three people came in a distant 3rd.",
    "Five runners came in last.",
])
def test_coming_in_a_rank_is_no_crowd(sentence: str) -> None:
    [mention] = extract_mentions("d", sentence)
    assert mention.outcome is None


def test_two_crowds_at_two_sites_are_two_rows() -> None:
    # (tester s60b: a crowd "in front of Vidhana Soudha" and the crowd at the stadium were one
    # row "people gathered", red, the smaller crowd marked as clashing with the larger)
    articles = [
        Article("a", "One lakh people gathered in front of City Hall. The stadium holds 35,000, "
                     "but about 3 lakh people gathered outside Riverside Stadium.", "A"),
        Article("b", "In front of City Hall, nearly one lakh people had gathered. At Riverside "
                     "Stadium, almost 3 lakh people gathered.", "B"),
        Article("c", "Nearly one lakh people assembled near City Hall, the mayor said.", "C"),
    ]
    rows = {row.name: row for row in find_figures(articles)}
    assert not any(row.disagree for row in rows.values()), rows
    assert set(rows["people gathered in City Hall"].documents) == {"a", "b", "c"}
    assert {m.value.number for m in rows["people gathered in City Hall"].mentions} == {100_000}
    assert {m.value.number for m in rows["people gathered in Riverside Stadium"].mentions} \
        == {300_000}


@pytest.mark.parametrize(("sentence", "place"), [
    ("Eleven people were killed outside Riverside Stadium.", "Riverside Stadium"),
    ("Five people died at Mercy Hospital.", "Mercy Hospital"),
    ("Outside the Riverside Stadium, 3,000 fans gathered.", "Riverside Stadium"),
    # (a sentence inside a quotation, which is read whole: MV3 05's "In front of Vidhana
    # Soudha, nearly one lakh people had gathered")
    ('"The turnout was huge. In front of City Hall, nearly 5,000 people had gathered."',
     "City Hall"),
    ('"We were surprised. In Kyiv, five people died," he said.', "Kyiv"),
    # (no name, a possessive's owner, or a count that is neither a crowd nor a toll: no site)
    ("Eleven people were killed outside the stadium.", None),
    ("Five people were hurt at Trump's rally.", None),
    ("The army fired 22 missiles at Ain Al-Asad.", None),
    ("The firm employs 200 workers at Google.", None),
])
def test_a_crowd_or_a_toll_is_placed_by_its_named_site(sentence: str,
                                                       place: str | None) -> None:
    [mention] = extract_mentions("d", sentence)
    assert mention.place == place


def test_a_crowd_at_an_unnamed_site_is_not_the_named_sites() -> None:
    # (MV3 13: "More than one lakh people gathered in front of Vidhan Soudha ... in the
    # stadium, around two to three lakh people turned up": the silent crowd joined the only
    # place named, and another outlet's stadium crowd then clashed with the smaller one)
    articles = [
        Article("a", "Nearly one lakh people gathered in front of City Hall. In the stadium, "
                     "around three lakh people turned up.", "A"),
        Article("b", "Three lakh people turned up at the stadium.", "B"),
    ]
    rows = {row.name: row for row in find_figures(articles)}
    assert not any(row.disagree for row in rows.values()), rows
    assert {m.value.number for m in rows["people gathered in City Hall"].mentions} == {100_000}
    assert set(rows["people gathered"].documents) == {"a", "b"}
