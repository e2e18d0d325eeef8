"""One text printed whole by one outlet, unquoted, of which the others quote parts
(`viewer.engine.run_on`, used by `viewer.engine.stories`): a transcript under the speaker's
name joins the pieces, across a paragraph break and the tail of a sentence the outlets end
differently; a reporting verb, the outlet's own sentence, or a wire story printed on into what
it quotes keep them apart. Small hand-made texts."""

from __future__ import annotations

import pytest

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler, passage_documents

ONE = ("We deeply regret the harm this product has caused to so many of our customers and "
       "their families")
TWO = "we pray for the swift recovery of everyone still in hospital and we will look after them"


def _documents(between: str) -> list[list[str]]:
    """Passages' documents when d0 prints ONE and TWO as a transcript with `between` them, d1
    and d2 quote one each, and d3 quotes both far apart, in the other order."""
    texts = [
        f"{filler('a')}.\n\nTunde Okonte, chief executive:\n\n{ONE}{between}{TWO}.\n\n"
        f"{filler('b')}.",
        f"{filler('c')}. “{ONE},” Okonte told reporters. {filler('d')}.",
        f"{filler('e')}. He said “{TWO}”. {filler('f')}.",
        f"{filler('g')}. Okonte said “{TWO}”. {filler('h', 150)}. “{ONE},” he said. "
        f"{filler('i')}.",
    ]
    return [sorted({o.document for o in passage.occurrences})
            for passage in find_shared_passages(articles(*texts)).passages]


@pytest.mark.parametrize("between", [".\n\n", ".\n\nAbove all, ", ", truly.\n\nAbove all, "])
def test_a_transcript_printing_two_quoted_pieces_on_makes_them_one_statement(
        between: str) -> None:
    assert _documents(between) == [["d0", "d1", "d2", "d3"]]


@pytest.mark.parametrize("between", [", he said.\n\nAbove all, ",
                                     ".\n\nThe company, which sold it, said ",
                                     ", truly. It was hard.\n\nAbove all, ",
                                     # (the next turn of a transcript, another speaker's)
                                     ".\n\n(RUIZ) ", ".\n\nRUIZ - ", ".\n\n[Ruiz] ", ".\n\nRuiz — ",
                                     ".\n\nRuiz ", ", Tamsin.\n\nAbove all, ",
                                     ", “truly”.\n\nAbove all, "])
def test_an_attribution_or_a_sentence_of_the_outlets_between_keeps_them_apart(
        between: str) -> None:
    """A reporting verb, a sentence of the outlet's own, a speaker's label or name (in brackets,
    before a dash, or a capitalised word), a quotation mark: not one text printed on."""
    assert _documents(between) == [["d0", "d1", "d3"], ["d0", "d2", "d3"]]


def test_a_wire_story_printed_on_into_the_statement_it_quotes_stays_apart() -> None:
    """Two reprints of a wire story (nobody quotes it); one prints the statement right after
    it, unquoted; two outlets quote the statement (one of them shares another sentence with
    the story's other reprint: one event): the story and the statement stay two passages."""
    story = ("Rescue teams reached the last of the flooded villages on Friday after three days "
             "in which the river cut every road into the valley")
    closed = ("The plant at Varrow will stay closed until the inspectors have finished their "
              "work at the end of next month")
    texts = [
        f"{filler('a')}.\n\n{story}.\n\n{ONE}.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{story}.\n\n{filler('d')}. {closed}. {filler('x')}.",
        f"{filler('e')}. “{ONE},” Okonte told reporters. {filler('f')}. {closed}. "
        f"{filler('y')}.",
        f"{filler('g')}. Okonte said “{ONE}”. {filler('h')}.",
    ]
    assert passage_documents(*texts) == [
        ["d0", "d1"], ["d0", "d2", "d3"], ["d1", "d2"]]


def test_a_japanese_transcripts_next_speakers_label_keeps_the_turns_apart() -> None:
    """「...深くおわびします。」 and the vice-president's turn under his label in brackets: two
    speakers; with the sentence's ending alone between, one text."""
    one = "社会問題にまで発展していることを深くおわび"
    two = "入院中の方々の一刻も早いご回復を心からお祈りしております"

    def documents(between: str) -> list[list[str]]:
        texts = [f"小林社長\n\n{one}{between}{two}。\n\n" + "今日は晴れです。" * 8,
                 "社長は「" + one + "します」と述べた。" + "明日は雨です。" * 8,
                 "副社長は「" + two + "」と話した。" + "昨日は曇りでした。" * 8,
                 "社長は「" + two + "」と語った。" + "風が強いです。" * 40 + "社長は「" + one
                 + "します」と謝罪した。"]
        return [sorted({o.document for o in p.occurrences})
                for p in find_shared_passages(articles(*texts)).passages]

    assert documents("します。") == [["d0", "d1", "d2", "d3"]]
    assert len(documents("します。\n\n（副社長）")) == 2


def test_two_events_texts_a_page_prints_on_stay_apart() -> None:
    """A page prints, as one transcript, a text of one event and, right after, one of another
    (its teaser of the next story): the outlets quoting each share nothing else, so the two are
    not one text (`run_on.one_event_elsewhere`)."""
    texts = [f"{filler('a')}.\n\nTunde Okonte, chief executive:\n\n{ONE}.\n\nAbove all, {TWO}.\n\n"
             f"{filler('b')}.",
             f"{filler('c')}. “{ONE},” Okonte told reporters. {filler('d')}.",
             f"{filler('e')}. He said “{TWO}”. {filler('f')}."]
    assert passage_documents(*texts) == [
        ["d0", "d1"], ["d0", "d2"]]
