"""Known wrong results of session 8's joining rules and vocabulary, found in review (small
hand-made corpora, no real-article text): each test says what should happen and fails today
(strict xfail), so that a fix shows up as an unexpected pass."""

from __future__ import annotations

import pytest

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

FLOOD = ("Floodwaters swept through the lower districts of Kavu on Sunday night, destroying more "
         "than forty homes along the river and forcing hundreds of residents onto rooftops.")
FIRE = ("A fire at a textile warehouse in the port city of Merino burned for eleven hours before "
        "crews brought it under control, the harbour authority reported on Monday.")


def test_a_page_ending_in_another_events_teaser_links_no_two_events() -> None:
    """d0 carries a flood story (wire copy d1 also prints) and, right after it with nothing
    between, the opening paragraph of a warehouse fire story (a 'related' teaser a scraped
    page keeps), which d2 carries. Two events: two passages, no link between them."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{FLOOD}\n\n{FIRE}",
        f"{filler('b')}.\n\n{FLOOD}\n\n{filler('c')}.",
        f"{filler('d')}.\n\n{FIRE}\n\n{filler('e')}."))
    assert sorted(passage.spread for passage in result.passages) == [2, 2]


@pytest.mark.parametrize("phrase", ["a man of the people", "home for the children"])
def test_a_quoted_phrase_of_common_nouns_is_still_a_fragment(phrase: str) -> None:
    """Three articles quote the same short phrase in their own sentences: the quotation marks
    are the evidence (as for "All is well!"), so one passage in three documents."""
    result = find_shared_passages(articles(
        f"{filler('a')}. Admirers called him ‘{phrase}’ at the service. {filler('b')}.",
        f"{filler('c')}. To the crowd outside he was “{phrase},” one mourner said. {filler('d')}.",
        f"{filler('e')}. The banner read “{phrase}” in red letters. {filler('f')}."))
    assert [passage.spread for passage in result.passages] == [3]
