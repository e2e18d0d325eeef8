"""Text two documents share word for word is one passage, however often quotation marks, line
breaks and short attributions cut it (a novel's dialogue; reused text in a text-reuse benchmark),
while an outlet's lead-in stays out and two statements with different words between stay two."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.engine import find_shared_passages
from viewer.engine.bridges import bridge_identical_gaps
from viewer.engine.extend import Spans
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

DIALOGUE = """The carriage stopped at the gate before the rain had quite begun, and the whole
household came out to look at the visitors standing in the muddy lane.

“Oh,” cried her brother, “you cannot mean to walk to the mill in this weather.”

“Indeed I do,” she replied. “The miller promised me his ledger before noon.”

“Then take the grey umbrella,” said he, laughing, “and the dog.”

She took neither, and set off down the lane while the first heavy drops fell on the hedges."""


def only_passage_spans(texts: list[str]) -> list[tuple[str, int, int]]:
    result = find_shared_passages(articles(*texts))
    assert len(result.passages) == 1, [p.consensus for p in result.passages]
    return sorted((o.document, o.start, o.end) for o in result.passages[0].occurrences)


def test_a_dialogue_copied_verbatim_is_one_passage_covering_all_of_it() -> None:
    first = f"{filler('a', 60)}.\n\n{DIALOGUE}\n\n{filler('b', 60)}."
    second = f"{filler('c', 60)}.\n\n{DIALOGUE}\n\n{filler('d', 60)}."
    spans = only_passage_spans([first, second])
    start_1, start_2 = first.index(DIALOGUE), second.index(DIALOGUE)
    assert spans == [("d0", start_1, start_1 + len(DIALOGUE) - 1),
                     ("d1", start_2, start_2 + len(DIALOGUE) - 1)]  # the final full stop aside


def test_a_copy_whose_paragraphs_and_line_breaks_were_joined_is_still_one_passage() -> None:
    joined = re.sub(r"\s+", " ", DIALOGUE)
    first = f"{filler('a', 60)}.\n\n{DIALOGUE}\n\n{filler('b', 60)}."
    second = f"{filler('c', 60)}. {joined} {filler('d', 60)}."
    spans = only_passage_spans([first, second])
    assert spans[1][1] == second.index(joined)
    assert second[spans[1][1]:spans[1][2]].startswith("The carriage stopped")
    assert second[spans[1][1]:spans[1][2]].endswith("fell on the hedges")


def test_a_lead_in_both_outlets_word_alike_stays_out_of_the_joined_stretch() -> None:
    quote = ("we will open the bridge to lorries again once the engineers have checked every "
             "pillar")
    lead = "The mayor of Tarvel wrote on Twitter"
    texts = [f"{filler(tag, 60)}. {lead}: “{quote}.” {filler(tag + 'z', 60)}."
             for tag in ("a", "c")]
    spans = only_passage_spans(texts)
    assert [texts[int(d[1:])][s:e] for d, s, e in spans] == [quote, quote]


def _spans(*rows: tuple[int, int, int, int, int, int]) -> Spans:
    columns = [np.array(column, dtype=np.int64) for column in zip(*rows, strict=True)]
    return Spans(*columns)


def test_matches_join_only_across_the_same_words() -> None:
    corpus = tokenise(articles("one two three four five six seven eight nine ten",
                               "one two three four five six seven eight nine ten",
                               "one two three four FIVE SIX seven eight nine ten".replace(
                                   "FIVE SIX", "other words")))
    # d0-d1: "five six" between the two matches on both sides -> one match.
    joined = bridge_identical_gaps(corpus, _spans((0, 0, 4, 1, 0, 4), (0, 6, 10, 1, 6, 10)))
    assert (joined.a0.tolist(), joined.a1.tolist(), joined.b1.tolist()) == ([0], [10], [10])
    # d0-d2: "five six" against "other words" -> two matches, as given.
    apart = bridge_identical_gaps(corpus, _spans((0, 6, 10, 2, 6, 10), (0, 0, 4, 2, 0, 4)))
    assert apart.a0.tolist() == [6, 0]
    # Gaps of different length, or matches out of order, never join.
    assert len(bridge_identical_gaps(corpus, _spans((0, 0, 4, 1, 0, 4),
                                                    (0, 6, 10, 1, 7, 10)))) == 2
    assert len(bridge_identical_gaps(corpus, _spans((0, 0, 4, 1, 6, 10),
                                                    (0, 6, 10, 1, 0, 4)))) == 2


def test_a_lead_in_is_kept_apart_whichever_document_comes_first() -> None:
    """One outlet runs the lead-in into the quotation, the other ends it with a full stop and
    a paragraph break: which document is the first of the pair must not change the result."""
    quote = "we will rebuild every home the river took from this valley and we will not rest"
    lead = "Governor Alma Reyes wrote on Twitter on Friday"
    texts = [f'{lead}: "{quote}."', f'{lead}.\n\n"{quote}."']
    lead_end, quote_end = len(lead.split()), len(lead.split()) + len(quote.split())
    for ordered in (texts, texts[::-1]):
        out = bridge_identical_gaps(tokenise(articles(*ordered)),
                                    _spans((0, 0, lead_end, 1, 0, lead_end),
                                           (0, lead_end, quote_end, 1, lead_end, quote_end)))
        assert out.a0.tolist() == [0, lead_end]


def test_a_short_tail_left_after_another_is_unlinked_too() -> None:
    """Two short pieces after a quotation's close, each after a closing mark in one sentence:
    unlinking the last leaves the other as the run's tail, which is unlinked in turn."""
    quote = "we will open the bridge to lorries again once the engineers have checked it"
    text = f"“{quote}” said the mayor” of Tarvel today."
    corpus = tokenise(articles(text, text))
    end = len(quote.split())
    out = bridge_identical_gaps(corpus, _spans((0, 0, end, 1, 0, end),
                                               (0, end, end + 3, 1, end, end + 3),
                                               (0, end + 3, end + 6, 1, end + 3, end + 6)))
    assert out.a0.tolist() == [0, end, end + 3]


WORD = st.sampled_from(["river", "lantern", "quietly", "mill", "ledger", "grey", "morning",
                        "promised", "umbrella", "hedge", "walked", "before", "the", "and"])
TURN = st.lists(WORD, min_size=1, max_size=9).map(" ".join)
ATTRIBUTION = st.sampled_from(["said he", "cried her brother", "she replied", "he added"])
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "easter")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(TURN, ATTRIBUTION, TURN), min_size=3, max_size=8),
       st.booleans())
def test_any_dialogue_copied_verbatim_is_one_passage(turns: list[tuple[str, str, str]],
                                                     reflowed: bool) -> None:
    opening = "Nobody in the village had expected the letter to arrive before the harvest fair."
    # Each turn names its own day, so no turn repeats another (repeats are another test's).
    lines = [opening] + [f"“{a.capitalize()} on {day},” {who}, “{b}.”"
                         for (a, who, b), day in zip(turns, DAYS, strict=False)]
    dialogue = "\n\n".join(lines)
    copy = " ".join(lines) if reflowed else dialogue
    first = f"{filler('a', 60)}.\n\n{dialogue}\n\n{filler('b', 60)}."
    second = f"{filler('c', 60)}.\n\n{copy}\n\n{filler('d', 60)}."
    result = find_shared_passages(articles(first, second))
    covering = [p for p in result.passages
                if any(o.start <= first.index(opening) < o.end for o in p.occurrences)]
    assert len(covering) == 1
    (occurrence,) = covering[0].occurrences_in("d0")
    # The whole dialogue, up to the closing punctuation of its last turn.
    assert occurrence.start == first.index(opening)
    assert occurrence.end >= first.index(dialogue) + len(dialogue) - 3


def _long_text(tag: str, words: int) -> str:
    sentences = [f"{filler(tag + chr(97 + k % 26) + chr(97 + k // 26), 12)}." for k in
                 range(words // 12)]
    return " ".join(sentences)


def test_a_few_quoted_words_link_short_articles_but_not_two_long_texts() -> None:
    """Two news articles quoting the same three words share them; two chapters of a novel
    that each have a character say "Upon my word" do not (chance grows with length)."""
    quote = "“Upon my word,” she said."
    short = [f"{filler(tag, 150)}. {quote} {filler(tag + 'z', 150)}." for tag in ("a", "c")]
    linked = find_shared_passages(articles(*short)).passages
    assert [p.consensus for p in linked] == ["Upon my word"]
    long = [f"{_long_text(tag, 6000)} {quote} {_long_text(tag + 'z', 6000)}" for tag in ("a", "c")]
    assert find_shared_passages(articles(*long)).passages == ()


def test_a_short_quoted_sentence_set_in_a_paragraph_of_its_own_stays_in_the_statement() -> None:
    """One outlet prints the statement's first sentence, then its short second one in a
    paragraph of its own (reopening the quotation), then skips the third; another prints it
    whole. The short sentence lies between two pieces of the statement: it is part of the
    occurrence, not a gap in the highlight."""
    first = ("This evening I lost my brother and my closest friend, while the town lost one of "
             "its kindest doctors and gentlest neighbours.")
    second = "We are utterly heartbroken."
    third = "On behalf of the family, we ask for quiet during this time of grief."
    fourth = ("As he is remembered, we hope the focus will be on the many patients he cared for "
              "and the laughter he shared with them.")
    whole = (f"{filler('a')}. His sister said: \u201c{first} {second} {third} {fourth}\u201d "
             f"{filler('b')}.")
    cut = (f"{filler('c')}. She said she had \u201c{first}\n\n\u201c{second} {fourth}\u201d\n\n"
           f"{filler('d')}.")
    (passage,) = find_shared_passages(articles(whole, cut)).passages
    in_cut = [o for o in passage.occurrences if o.document == "d1"]
    assert len(in_cut) == 1
    assert second in in_cut[0].text and in_cut[0].text.endswith("with them")


def test_a_quotation_with_a_quoted_word_inside_is_grown_over_whole() -> None:
    """British pages quote in single marks and a word inside in double ones: two outlets print
    '‘We told the club “no” and we meant ...,’' alike. The match starts after “no” (matches
    stop at quotation marks); the words before it lie in the same single-quoted quotation in
    both, so the occurrence is the quotation from its first word, as with the marks the other
    way round. (The searches read the nested quotations as disjoint: the words after “no” read
    as in no quotation and those before it as in another, and the highlight began at "and".)"""
    for outer, inner in (("‘’", "“”"), ("“”", "‘’")):
        quotation = (f"{outer[0]}We told the club {inner[0]}no{inner[1]} and we meant every "
                     f"word of it, because the team belongs to this city,{outer[1]} ")
        (passage,) = find_shared_passages(articles(
            f"{filler('a')}.\n\n{quotation}she said. {filler('b')}.",
            f"{filler('c')}.\n\n{quotation}the mayor said on Monday. {filler('d')}.")).passages
        assert {o.text for o in passage.occurrences} == {quotation[1:-3]}, outer
