"""Two agencies' translations of one quote do not make their stories one passage, while an
outlet's light edit of a quote (a word changed, dropped or added) is still the same text
(small hand-made corpora, no sample or real-article text; property tests of `reworded`)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import find_shared_passages
from viewer.engine.evidence import reworded
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

LEAD_A = ("A landslide buried part of the hill town of Varrow on Tuesday night after three days "
          "of rain, and rescuers worked through the morning with shovels and their bare hands.")
NEXT_A = ("Soldiers from the northern garrison arrived by helicopter at noon and set up a field "
          "kitchen in the car park of the town's only supermarket for the displaced families.")
LEAD_B = ("Governor Ilse Maren has warned that the number of dead from the landslide in Varrow "
          "is likely to rise as the rain goes on falling over the whole of the valley.")
NEXT_B = ("Engineers fear that a second slope above the old quarry could give way, and the "
          "regional police have closed both roads leading up into the mountains until Friday.")
QUOTE_A = ("“There are still people alive under the collapsed market hall and reaching them is "
           "the priority,” the governor said in a radio address.")
QUOTE_B = ("“There are still people alive under the market hall, and reaching them is being "
           "prioritised,” the governor said in a radio address.")


def _story(tag: str, lead: str, quote: str, after: str) -> str:
    return f"{filler(tag)}.\n\n{lead}\n\n{quote}\n\n{after}\n\n{filler(tag + 'z')}."


def test_two_translations_of_one_quote_keep_two_agencies_stories_apart() -> None:
    """Two outlets reprint agency A's story, two agency B's; each story quotes the governor,
    translated differently (13 words alike, "the priority" / "being prioritised"). The stories
    are two passages, each over its own reprints only."""
    result = find_shared_passages(articles(
        _story("a", LEAD_A, QUOTE_A, NEXT_A), _story("b", LEAD_A, QUOTE_A, NEXT_A),
        _story("c", LEAD_B, QUOTE_B, NEXT_B), _story("d", LEAD_B, QUOTE_B, NEXT_B)))
    groups = sorted(sorted({o.document for o in p.occurrences}) for p in result.passages)
    assert groups == [["d0", "d1"], ["d2", "d3"]]


def test_a_quote_edited_by_a_word_still_joins_the_stories() -> None:
    """The same quote with one word dropped ("collapsed") is one text lightly edited: the
    stories that carry it are linked through it, as before."""
    edited = QUOTE_A.replace("collapsed ", "")
    result = find_shared_passages(articles(
        _story("a", LEAD_A, QUOTE_A, NEXT_A), _story("b", LEAD_A, QUOTE_A, NEXT_A),
        _story("c", LEAD_B, edited, NEXT_B), _story("d", LEAD_B, edited, NEXT_B)))
    assert any({o.document for o in p.occurrences} == {"d0", "d1", "d2", "d3"}
               for p in result.passages)


def test_reworded_asks_for_a_run_of_two_words_on_either_side() -> None:
    corpus = tokenise(articles("one two three four five six", "one two three four five six",
                               "one two seven four five six", "one two seven eight five six",
                               "one two five six"))
    first = corpus.offsets[:-1]
    ends = corpus.offsets[1:]
    against_first = np.zeros(4, dtype=np.int64) + first[0]
    found = reworded(corpus, against_first, against_first + 6, first[1:], ends[1:])
    assert found.tolist() == [False, False, True, True]


_WORDS = st.lists(st.sampled_from(["ash", "birch", "cedar", "dune", "elm", "fern", "gorse",
                                   "heath", "ivy", "juniper"]), min_size=4, max_size=14)


@settings(max_examples=80, deadline=None)
@given(_WORDS, st.integers(min_value=0), st.sampled_from(("change", "drop", "add")))
def test_one_word_changed_dropped_or_added_is_no_rewording(words: list[str], at: int,
                                                           edit: str) -> None:
    at %= len(words)
    edited = list(words)
    if edit == "change":
        edited[at] = "quince"
    elif edit == "drop":
        del edited[at]
    else:
        edited.insert(at, "quince")
    corpus = tokenise(articles(" ".join(words), " ".join(edited)))
    first, ends = corpus.offsets[:-1], corpus.offsets[1:]
    assert reworded(corpus, first[:1], ends[:1], first[1:], ends[1:]).tolist() == [False]


@settings(max_examples=80, deadline=None)
@given(_WORDS, st.integers(min_value=0), st.booleans())
def test_two_words_in_a_row_replaced_are_a_rewording(words: list[str], at: int,
                                                     longer: bool) -> None:
    at %= len(words) - 1
    new = ["quince", "rowan", "sloe"] if longer else ["quince", "rowan"]
    edited = words[:at] + new + words[at + 2:]
    corpus = tokenise(articles(" ".join(words), " ".join(edited)))
    first, ends = corpus.offsets[:-1], corpus.offsets[1:]
    assert reworded(corpus, first[:1], ends[:1], first[1:], ends[1:]).tolist() == [True]
