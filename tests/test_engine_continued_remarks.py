"""One speaker's remarks quoted in consecutive paragraphs ('"...," he said.' opening the
paragraph after the named speaker's quotation) are one statement, so outlets that quote one
part each are linked; a quotation another speaker is named for stays apart (small hand-made
corpora, no sample or real-article text)."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

FIRST = "The water rose faster than anything I have seen in thirty years on this river"
SECOND = "It is the oldest bridge in the valley"


def _remarks(attribution: str) -> str:
    return (f"{filler('a')}.\n“We were not ready,” the mayor said. “{FIRST}.”\n"
            f"“{SECOND},” {attribution} of the stone bridge. {filler('b')}.")


def test_a_pronoun_attributed_quotation_in_the_next_paragraph_continues_the_remarks() -> None:
    result = find_shared_passages(articles(
        _remarks("he said"),
        f"{filler('c')}. Later the mayor said: “{FIRST}.” {filler('d')}.",
        f"{filler('e')}. He called it “the oldest bridge in the valley” on Friday. "
        f"{filler('f')}."))
    (passage,) = result.passages
    assert passage.spread == 3


def test_a_quotation_another_speaker_is_named_for_stays_apart() -> None:
    result = find_shared_passages(articles(
        _remarks("the engineer Ilse Maren said"),
        f"{filler('c')}. Later the mayor said: “{FIRST}.” {filler('d')}.",
        f"{filler('e')}. She called it “the oldest bridge in the valley” on Friday. "
        f"{filler('f')}."))
    assert len(result.passages) == 2
