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
    for attribution in (" Governor Ilsa Marr said.", " countered opposition leader Tom Reyes.",
                        " according to Mayor Tom Reyes."):
        assert len(find_shared_passages(articles(outlet("", attribution),
                                                 unquoted)).passages) == 2, attribution
    assert len(find_shared_passages(articles(outlet("Flags flew at half mast in the capital.\n\n",
                                                    ""), unquoted)).passages) == 2
    # (a pull quote: the second quotation printed again further on, with its speaker)
    pulled = outlet("", "") + f" {filler('p', 30)}.\n\n“{SORROW}” Governor Ilsa Marr said."
    assert len(find_shared_passages(articles(pulled, unquoted)).passages) == 2


QUESTION = "Will the county rebuild the old stone bridge before the winter floods come again?"


def test_a_quotation_after_a_question_is_no_text_going_on() -> None:
    """A question quoted, then a quotation opening the next paragraph with no attribution: the
    answer maybe, another voice (an interview, a call's transcript); two passages."""
    texts = [f"{filler('a')}.\n\nThe caller asked: “{QUESTION}”\n\n“{SORROW}”\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{SORROW} {filler('cm', 60)}. {QUESTION}\n\n{filler('d')}."]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


FLOOD_SORROW = "이번 홍수로 집을 잃은 모든 주민들께 깊은 위로의 말씀을 드린다"
FLOOD_REPAIR = "정부는 하천 제방을 모두 다시 점검하고 복구에 모든 힘을 다하겠다"


def test_two_quotations_said_in_one_breath_are_one_passage() -> None:
    """Korean quotes a speaker on in one sentence with an ending that goes on ('"..."라며
    "..."고 말했다': saying ..., and ...): one speaker's words, one text. Another outlet quotes
    the two apart, a sentence of its own between: one statement, one passage (each outlet's
    pieces a few words away from where the quotations meet, so no stretch of text side by side).
    With the sentence ended and another speaker named between, or the second quotation the name
    of another's remark, two."""
    apart = (f"{filler('c')}.\n\n그는 \"{FLOOD_SORROW}\"고 밝혔다. 현장은 아직 조용했다. 이어 "
             f"\"{FLOOD_REPAIR}\"고 강조했다.\n\n{filler('d')}.")
    korean = [f"{filler('a')}.\n\n김 장관은 \"{FLOOD_SORROW}. 정말 죄송하다\"라며 \"지금부터 "
              f"{FLOOD_REPAIR}\"고 말했다.\n\n{filler('b')}.", apart]
    (passage,) = find_shared_passages(articles(*korean)).passages
    assert passage.spread == 2
    korean[0] = korean[0].replace("라며", "이라면서")
    (passage,) = find_shared_passages(articles(*korean)).passages
    assert passage.spread == 2
    # (one utterance, in any order elsewhere: the other outlet quoting the second part first;
    # the first outlet's piece of it starts inside its quotation, after "지금부터")
    reordered = (f"{filler('c')}.\n\n그는 \"{FLOOD_REPAIR}\"고 밝혔다. 현장은 아직 조용했다. "
                 f"이어 \"{FLOOD_SORROW}\"고 강조했다.\n\n{filler('d')}.")
    (passage,) = find_shared_passages(articles(korean[0], reordered)).passages
    assert passage.spread == 2
    korean[0] = (f"{filler('a')}.\n\n김 장관은 \"{FLOOD_SORROW}. 정말 죄송하다\"고 말했다. 이 "
                 f"시장은 \"지금부터 {FLOOD_REPAIR}\"고 말했다.\n\n{filler('b')}.")
    assert len(find_shared_passages(articles(*korean)).passages) == 2
    # (the second quotation the name of another's remark: '"..."라는 이 시장의 발언을 비판했다')
    korean[0] = (f"{filler('a')}.\n\n김 장관은 \"{FLOOD_SORROW}. 정말 죄송하다\"라며 \"지금부터 "
                 f"{FLOOD_REPAIR}\"라는 이 시장의 발언을 비판했다.\n\n{filler('b')}.")
    assert len(find_shared_passages(articles(*korean)).passages) == 2



FLOOD_HELP = "피해 주민들에게 긴급 생활비를 이번 주 안에 모두 지급할 것"
FLOOD_BEGIN = "지금부터 복구를 시작하겠다"


def test_a_piece_running_over_two_quotations_of_one_breath_meets_the_next_in_the_second() -> None:
    """One outlet quotes '"A"며 "B. ... C"': the statement both outlets carry, A and the short
    B, runs over the first quotation into the second, where C, another statement both carry,
    follows it, a sentence of the speaker's own between. What counts is that piece's part in
    its last quotation (its middle lies in the first): the two are one utterance, one
    passage."""
    said = f"김 장관은 \"{FLOOD_SORROW}. {FLOOD_REPAIR}\""
    texts = [f"{filler('a')}.\n\n{said}며 \"{FLOOD_BEGIN}. 모두가 힘을 모아야 한다. "
             f"{FLOOD_HELP}\"이라고 말했다.\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{said}며 \"{FLOOD_BEGIN}\"고 했다. 현장은 아직 조용했다. 주민들은 "
             "대피소에 머물렀다. 구조대는 밤새 일했다.\n\n"
             f"이어 \"{FLOOD_HELP}\"이라고 우려했다.\n\n{filler('d')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2
