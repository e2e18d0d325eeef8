"""Passages start and end at whole words, never inside a hyphenated compound
(`viewer.engine.word_edges`); small hand-made texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

LEAD_A = "Neighbours who had known him for decades gathered outside after word spread that the"
LEAD_B = "Reporters who had flown in from three continents stood outside, hearing how an"
SHARED = ("actor Robin Vale was found dead in his home near the bay on Monday morning, the "
          "county sheriff's office said in a statement")


def test_a_passage_does_not_start_inside_a_compound_the_outlets_word_differently() -> None:
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. {LEAD_A} Oscar-winning {SHARED}. {filler('b')}.",
        f"{filler('c')}. {LEAD_B} award-winning {SHARED}. {filler('d')}.")).passages
    assert [o.text for o in passage.occurrences] == [SHARED, SHARED]


def test_a_passage_does_not_end_inside_a_compound() -> None:
    before = "On Tuesday the grand departures hall of the international airport was evacuated by"
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. {before} Varrow-Zaventem police officers and soldiers who then "
        f"searched every bag left behind. {filler('b')}.",
        f"{filler('c')}. {before} Varrow-North guards with their dogs sniffing at every case "
        f"left on the floor. {filler('d')}.")).passages
    # (and not on "by", the function word its sentence goes on from: `dangling_ends`)
    kept = before.removesuffix(" by")
    assert [o.text for o in passage.occurrences] == [kept, kept]


def test_a_compound_both_outlets_write_alike_is_matched_whole() -> None:
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. {LEAD_A} Oscar-winning {SHARED}. {filler('b')}.",
        f"{filler('c')}. {LEAD_B} Oscar-winning {SHARED}. {filler('d')}.")).passages
    assert all(o.text.startswith("Oscar-winning actor") for o in passage.occurrences)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Oscar", "award", "prize", "Emmy", "state-of-the"]),
       st.sampled_from(["Oscar", "award", "prize", "Emmy", "state-of-the"]))
def test_no_occurrence_starts_or_ends_next_to_a_hyphen(left: str, right: str) -> None:
    texts = [f"{filler('a')}. {LEAD_A} {left}-winning {SHARED}. {filler('b')}.",
             f"{filler('c')}. {LEAD_B} {right}-winning {SHARED}. {filler('d')}."]
    for passage in find_shared_passages(articles(*texts)).passages:
        for occurrence in passage.occurrences:
            text = texts[int(occurrence.document[1:])]
            assert text[occurrence.start - 1] != "-" and text[occurrence.end] != "-"
