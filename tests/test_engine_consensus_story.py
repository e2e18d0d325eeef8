"""The consensus of a statement is the statement's words: an attribution splitting a quotation
stays out of it, and a story's other paragraphs (its other occurrences) do not vote its words
away (small hand-made corpora)."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler


def test_an_attribution_two_outlets_put_inside_a_quotation_is_not_in_the_consensus() -> None:
    """Two outlets split the mayor's message with their own attribution ("wrote" in both), a
    third quotes it whole: the consensus is the message."""
    one = "The levee on the east bank will not hold another night of this rain"
    two = "Move your families to the school on the hill now"
    result = find_shared_passages(articles(
        f"{filler('a')}. “{one},” the mayor wrote. “{two}.” {filler('b')}.",
        f"{filler('c')}. “{one},” she wrote. “{two}!” {filler('d')}.",
        f"{filler('e')}. Her message: “{one}. {two}.” {filler('f')}.",
    ))
    (passage,) = result.passages
    assert passage.consensus == f"{one}. {two}"


def test_a_storys_first_paragraph_does_not_vote_away_the_words_of_its_second() -> None:
    """Two outlets reprint two paragraphs with a short one of their own between, a third the
    first paragraph alone: the passage reads as both paragraphs whole (what several outlets
    carry), not with the words the first paragraph's three copies lack voted away, and no
    copy is marked."""
    first = ("The valley road reopened on Sunday after crews cleared the last of the mud, and "
             "buses to Morrowby ran again.")
    second = ("In Morrowby itself, a town of nine thousand on the river bend, the water knocked "
              "down the walls of the old mill, flooded the school gym where families had slept, "
              "and left the main square under a foot of silt that volunteers were still "
              "shovelling by hand late on Monday evening.")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{first}\n\nOur reporter saw the damage from a rescue boat.\n\n"
        f"{second}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{first}\n\nThe regional governor has asked the army for help.\n\n"
        f"{second}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{first}\n\n{filler('f')}.",
    ))
    (passage,) = result.passages
    assert passage.consensus == f"{first} {second}".rstrip(".")
    assert all(not occurrence.differences for occurrence in passage.occurrences)
