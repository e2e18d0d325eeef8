"""A quotation found without its first or last word inside another outlet's quotation
(`viewer.engine.fragments`, EDGE_WORDS): an outlet's quotation often takes in a word of its own
sentence ('vowed to "use every tactic at our disposal"'). Only inside another quotation, only
in words written with spaces. Small hand-made corpora, no sample or real-article text."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

FULL = ("“As a force we are fully committed to finding out what happened, and we will consider "
        "every tactic at our disposal in this investigation,” Superintendent Tunde Okonte said.")


def _texts(other: str) -> list[str]:
    return [f"{filler('a')}.\n\n{FULL}\n\n{filler('b')}.",
            f"{filler('c')}. The mayor was furious and {other} to find whoever did it.\n\n"
            f"{filler('d')}."]


def test_a_quotation_with_a_word_of_the_outlets_own_is_found_inside_another() -> None:
    (passage,) = find_shared_passages(articles(*_texts(
        "the force vowed to “use every tactic at our disposal”"))).passages
    assert {occurrence.text for occurrence in passage.occurrences} == {
        "every tactic at our disposal"}


def test_the_shorter_words_are_no_evidence_outside_a_quotation() -> None:
    """Two outlets print the words unquoted, one story's sentence: a quotation shorter by a word
    than what the third outlet quoted needs the other side's quotation marks too."""
    story = ("The force said it would consider every tactic at our disposal in this "
             "investigation, officers at the scene confirmed on Friday evening.")
    texts = [f"{filler('a')}.\n\n{story}\n\n{filler('b')}.",
             _texts("the force vowed to “use every tactic at our disposal”")[1],
             f"{filler('e')}.\n\n{story}\n\n{filler('f')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert {occurrence.document for occurrence in passage.occurrences} == {"d0", "d2"}


def test_a_japanese_quotation_is_not_cut_by_a_character() -> None:
    """「誠に残念で言葉もない」 against 「本当に残念で言葉もない」: without its first
    character the first is "に残念で言葉もない", half a word; the two outlets quote two
    sentences."""
    texts = ["岸田首相は記者団に対し「誠に残念で言葉もない」と述べた。" + "今日は晴れです。" * 5,
             "別の政治家は「本当に残念で言葉もない」と語った。" + "明日は雨です。" * 5]
    assert not find_shared_passages(articles(*texts)).passages
