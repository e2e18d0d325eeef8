"""Figures that are not totals for their quantity: parts of a set, rates, an indefinite "one"
(`viewer.figures.scope`). Sentences invented for these tests, about floods, mines and fires."""

from __future__ import annotations

import pytest

from viewer.figures.extraction import extract_mentions


def texts(sentence: str) -> list[str]:
    return [mention.text for mention in extract_mentions("doc", sentence)]


@pytest.mark.parametrize("sentence", [
    "Crews winched the remaining six miners to the surface at dawn.",
    "The first nine miners reached the hospital by noon.",
    "The last three climbers were flown down on Friday.",
    "Another five fishermen were pulled from the river.",
    "A further 40 soldiers were sent to the valley.",
    "The final two passengers left the stranded train at midnight.",
])
def test_a_part_of_a_set_in_stages_is_not_a_total(sentence: str) -> None:
    """A rescue told in stages counts 9, then 6, then 3 miners: parts of one set, not three
    claims about its size."""
    assert texts(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Two medics escorting each of the miners climbed the shaft.",
    "The prison holds three inmates per cell.",
    "Four guards for each gate were posted overnight.",
])
def test_a_count_for_each_item_is_not_a_total(sentence: str) -> None:
    assert texts(sentence) == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("Forty firefighters, each carrying oxygen, entered the tunnel.", "Forty firefighters"),
    ("Forty firefighters each carrying oxygen entered the tunnel.", "Forty firefighters"),
    ("Forty firefighters, each of them a volunteer, entered the tunnel.", "Forty firefighters"),
])
def test_a_total_described_item_by_item_is_still_a_total(sentence: str, text: str) -> None:
    assert texts(sentence) == [text]


@pytest.mark.parametrize("sentence", [
    "“The water came so fast,” said one villager, still wet to the knees.",
    "One resident told reporters the levee had cracked at night.",
    "One firefighter, exhausted after the night, said the wind had turned.",
    "She was the one person who knew the mine's old tunnels.",
    "This was one special firefighter, his chief wrote.",
])
def test_an_indefinite_one_is_not_a_count(sentence: str) -> None:
    assert texts(sentence) == []


def test_one_as_a_count_is_still_read() -> None:
    assert texts("One firefighter was killed when the roof fell.") == ["One firefighter"]


@pytest.mark.parametrize("text", [
    "26 thoughts on “Storm floods the valley”",
    "12 replies to \"Council approves the new bridge\"",
    "4 responses to ‘Ferry services resume’",
])
def test_a_blogs_comment_counter_is_not_a_count(text: str) -> None:
    assert texts("The river rose overnight.\n" + text + "\nReaders wrote in.") == []


def test_responses_counted_in_a_story_are_still_counted() -> None:
    assert texts("The council received 300 responses to “the survey”.") == ["300 responses"]
