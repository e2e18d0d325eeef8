"""One speaker's remarks quoted in consecutive paragraphs ('"...," he said.' opening the
paragraph after the named speaker's quotation) are one statement, so outlets that quote one
part each are linked; a quotation another speaker is named for stays apart; one quotation over
two paragraphs joins a piece that opens with the outlet's words (small hand-made corpora, no
sample or real-article text)."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

FIRST = "The water rose faster than anything I have seen in thirty years on this river"
SECOND = "It is the oldest bridge in the valley"
SORROW = "This is our moment of deepest sorrow, the whole nation has lost its greatest son."
LEGACY = ("His patient struggle for land and schooling earned him the respect of farmers and "
          "teachers everywhere.")


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


def test_a_quotation_over_two_paragraphs_joins_a_piece_opening_with_the_outlets_words() -> None:
    """One outlet quotes the company's statement over two paragraphs (the first left open, the
    second opening with the mark again), its first piece opening with words of its own that
    another outlet quotes ('it had hoped to meet ... to explain "the steps ...' / 'it "hoped
    to meet ...'); a third carries the second paragraph alone. The quotation holds the end of
    the one and the start of the other: one text, one passage."""
    first = ("hoped to meet residents at the school hall to explain the steps we are taking to "
             "clean up the site safely and to share the latest results of the water testing")
    cut = first.index("the steps")
    texts = [f"{filler('a')}.\n\nThe railroad said it had {first[:cut]}“{first[cut:]}.\n\n"
             f"“{SORROW} {LEGACY}”\n\n{filler('b')}.",
             f"{filler('c')}.\n\nAcme said in a statement that it “{first}.”\n\n{filler('d')}.",
             f"{filler('e')}.\n\n“{SORROW} {LEGACY}” the company said.\n\n{filler('f')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 3


OPENING = ("Fellow citizens, our beloved Varrow Okonte, the founding president of this young "
           "republic, has departed this morning at his farm.")


def test_a_quotation_quoted_on_in_the_next_paragraph_without_attribution_is_one_passage() -> None:
    """One outlet quotes the county's statement, then opens the next paragraph with another
    quotation, nothing between and no verb of its own: the way news goes on quoting one text.
    Another prints the two sentences unquoted, the second first and far from the first: one
    statement. The second quotation attributed to another speaker named, or the outlet's own
    sentence between, and they are two."""
    unquoted = f"{filler('c')}.\n\n{SORROW} {filler('cm', 60)}. {OPENING}\n\n{filler('d')}."

    def outlet(between: str, attribution: str) -> str:
        return (f"{filler('a')}.\n\nA county statement said: “{OPENING}”\n\n{between}"
                f"“{SORROW}”{attribution}\n\n{filler('b')}.")

    (passage,) = find_shared_passages(articles(outlet("", ""), unquoted)).passages
    assert passage.spread == 2
    assert len(find_shared_passages(articles(outlet("", " Governor Ilsa Marr said."),
                                             unquoted)).passages) == 2
    assert len(find_shared_passages(articles(outlet("Flags flew at half mast in the capital.\n\n",
                                                    ""), unquoted)).passages) == 2
