"""Lives counted ("claimed 11 lives", "11 lives have been lost", "saved 40 lives") are people,
killed or saved as their verb says; "33 others" after them are people too; and a place named
after a figure stops at a sentence's end the splitter missed. Sentences invented for these
tests, about a stampede and a flood (an Indian outlet's "Eleven lives have been lost and 33
others are seriously injured" made a row of "lives" whose 11 and 33 disagreed)."""

from __future__ import annotations

import pytest

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.extraction import extract_mentions


def counted(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(mention.text, mention.thing.kind, mention.outcome)
            for mention in extract_mentions("doc", sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The stampede claimed 11 lives, police said.", [("11 lives", "people", "killed")]),
    ("Eleven lives have been lost in the crush.", [("Eleven lives", "people", "killed")]),
    ("The floods took 40 lives in two days.", [("40 lives", "people", "killed")]),
    ("Rescuers saved 40 lives on Sunday.", [("40 lives", "people", "rescued")]),
])
def test_lives_are_people_killed_or_saved_as_their_verb_says(sentence, expected) -> None:
    assert counted(sentence) == expected


def test_others_after_lives_are_people_with_their_own_outcome() -> None:
    assert counted("Eleven lives have been lost and 33 others are seriously injured.") == [
        ("Eleven lives", "people", "killed"), ("33 others", "people", "injured (seriously)")]


def test_eleven_lives_lost_and_eleven_people_killed_are_one_row_that_agrees() -> None:
    """Two outlets' tolls, one in lives: one row, no disagreement (they were two rows, and the
    33 injured disagreed with the 11 killed in the row of lives)."""
    text = ("It is a major tragedy. Eleven lives have been lost and 33 others are seriously "
            "injured, the chief minister said.")
    other = "At least 11 people were killed and 33 injured in the stampede, officials said."
    rows = find_figures([Article(id="a", text=text, title="a"),
                         Article(id="b", text=other, title="b")])
    assert all(not row.disagree for row in rows), [(r.name, r.disagree) for r in rows]
    killed = [row for row in rows if row.name == "people killed"]
    assert len(killed) == 1 and len(killed[0].documents) == 2


def test_a_place_after_a_figure_ends_with_its_sentence() -> None:
    """"50-60 people died in Kumbh Mela. I did not criticise" named its row "people killed in
    Kumbh Mela. I"."""
    [mention] = extract_mentions("doc", "50-60 people died in Kumbh Mela. I did not criticise.")
    assert mention.place == "Kumbh Mela"
    [louis] = extract_mentions("doc", "Four people were killed in St. Louis on Monday.")
    assert louis.place == "St. Louis"
