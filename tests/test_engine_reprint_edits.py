"""A wire story stays one passage across what its reprints do to it beyond a few words: a
paragraph one reprint dropped that another reprint carries, and a paragraph's opening rewritten
in other words (small hand-made corpora, no sample or real-article text)."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.equal_words import equal_words_of
from viewer.engine.fragments import quoted_token_ranges
from viewer.engine.matches import PairMatches
from viewer.engine.statements import STATEMENT_WORDS
from viewer.engine.stretches import next_paragraphs
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, one_stretch

LEAD = ("Rescue teams from four neighbouring provinces reached the flooded valley town of "
        "Morrowby late on Thursday after the only bridge into it was swept away by the river.")
MIDDLE = ("The regional water authority opened the sluice gates of the upper reservoir on "
          "Wednesday evening to protect the dam, a decision that farmers downstream have "
          "criticised for weeks and that the authority's board will now have to explain before "
          "the assembly in the capital.")
NEXT = ("Officials in the regional capital said more than three hundred homes had been "
        "evacuated and that the water level was expected to peak again on Saturday night.")


def test_a_paragraph_one_reprint_dropped_and_another_carries_splits_nothing() -> None:
    """d1 drops MIDDLE (40 words, more than an outlet's own insertion may be), d2 carries it
    with NEXT: MIDDLE is the story's text, so LEAD and NEXT are one stretch in d0 and d1, and
    the story is one passage."""
    texts = (f"{filler('a')}.\n\n{LEAD}\n\n{MIDDLE}\n\n{NEXT}\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{LEAD}\n\n{NEXT}\n\n{filler('d')}.",
             f"{filler('e')}.\n\n{MIDDLE}\n\n{NEXT}\n\n{filler('f')}.")
    assert one_stretch(*texts)
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 3


def test_an_outlets_own_paragraph_as_long_is_no_stretch_but_one_story() -> None:
    """The same 40 words, but no other document carries them: an outlet's own paragraph that
    long is no part of a stretch of the story (INSERTED_WORDS). LEAD and NEXT are story text
    near each other in both outlets, so still one story (`viewer.engine.stories`), the own
    paragraph not in it."""
    own = MIDDLE.replace("regional water authority", "paper's own reporter").replace(
        "reservoir", "village")
    first = f"{filler('a')}.\n\n{LEAD}\n\n{own}\n\n{NEXT}\n\n{filler('b')}."
    second = f"{filler('c')}.\n\n{LEAD}\n\n{NEXT}\n\n{filler('d')}."
    assert not one_stretch(first, second)
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert "reporter" not in " ".join(o.text for o in passage.occurrences)


TAIL = (", a police officer told reporters, with pictures showing mud on the church floor, "
        "broken pews and the roof torn away by the flood water.")


def test_a_paragraph_opening_rewritten_in_other_words_splits_nothing() -> None:
    """One reprint opens the story's second paragraph "In the old church alone, ... more than
    forty people were trapped", the other "More than forty people were trapped in the old
    church ...": the same words reordered, so one passage."""
    one = "In the old church alone, on the hill above Morrowby, more than forty people were trapped"
    two = ("More than forty people were trapped in the old stone church of Saint Ivo on the hill "
           "above Morrowby")
    texts = (f"{filler('a')}.\n\n{LEAD}\n\n{one}{TAIL}\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{LEAD}\n\n{two}{TAIL}\n\n{filler('d')}.")
    assert one_stretch(*texts)
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_an_opening_in_other_words_about_something_else_is_no_stretch() -> None:
    """The openings share names and stock words only: no one stretch of text (the story
    stage may still join LEAD and TAIL as pieces of one story, as the test above it)."""
    one = "The Morrowby mayor, Ilse Maren, told the council on Friday"
    two = "Hospitals across the valley said on Friday that beds were running out"
    assert not one_stretch(f"{filler('a')}.\n\n{LEAD}\n\n{one}{TAIL}\n\n{filler('b')}.",
                           f"{filler('c')}.\n\n{LEAD}\n\n{two}{TAIL}\n\n{filler('d')}.")


def test_a_word_added_to_an_attribution_inside_a_paragraph_keeps_the_story_whole() -> None:
    """'"...," Vark said in a radio address' / '"...," Ms Vark said in a radio address', the
    quote paragraph after a sentence one outlet added: the attribution edited by a word inside
    the paragraph is the same text, so the story goes on past the quotation and is one
    passage."""
    quote = ("“We have not slept since the water came and we will not stop until every house "
             "is dry,”")
    said = "said in a radio address to the whole town on Friday evening."
    first = f"{filler('a')}.\n\n{LEAD}\n\n{quote} Vark {said}\n\n{NEXT}\n\n{filler('b')}."
    second = (f"{filler('c')}.\n\n{LEAD} She feared the river would rise again.\n\n{quote} Ms "
              f"Vark {said}\n\n{NEXT}\n\n{filler('d')}.")
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert passage.spread == 2


def test_an_outlets_own_paragraphs_inside_a_longer_story_split_nothing() -> None:
    """Three paragraphs of a story both reprint, one outlet with two long paragraphs of its
    own (an eyewitness, 60 words) before the third: the story has run on for two paragraphs
    already, so the third is still its text, and the story is one passage (rule 4); the same
    insertion between two paragraphs alone splits them (the test above)."""
    own = (f"“We lost everything,” said {filler('w', 12)}, who ran a bakery near the bridge "
           "until the water took it.\n\nShe said her sister was still missing and that nobody "
           f"had come to the street since the morning {filler('v', 14)}.")
    third = ("The army said it would fly drinking water, tents and generators into the town "
             "from the coast on Sunday if the weather allowed the helicopters to land there.")
    first = f"{filler('a')}.\n\n{LEAD}\n\n{MIDDLE}\n\n{own}\n\n{third}\n\n{filler('b')}."
    second = f"{filler('c')}.\n\n{LEAD}\n\n{MIDDLE}\n\n{third}\n\n{filler('d')}."
    assert one_stretch(first, second)
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert "bakery" not in " ".join(o.text for o in passage.occurrences)


def test_two_quotations_with_attributions_alike_between_stay_two() -> None:
    """'"...," the river command wrote in its daily flood report. "..."' / '"...," according
    to the daily flood report of the river command. "..."': the words between share plenty,
    but a quotation ends and another begins there, two statements reported side by side."""
    roads = ("“All roads into Morrowby remain closed until the engineers have inspected every "
             "bridge on the river")
    water = ("“The army will bring drinking water and generators to the town hall before dark "
             "today and again tomorrow")
    result = find_shared_passages(articles(
        f"{filler('a')}. {roads},” the river command wrote in its daily flood report. "
        f"{water}.” {filler('b')}.",
        f"{filler('c')}. {roads},” according to the daily flood report of the river command. "
        f"{water}.” {filler('d')}."))
    assert len(result.passages) == 2


def test_an_outlets_sentence_ending_a_paragraph_inside_a_longer_story_splits_nothing() -> None:
    """The story runs on from LEAD into MIDDLE in both reprints; one outlet ends MIDDLE's
    paragraph with a sentence of its own longer than rule 3 allows (STORY_TAIL_WORDS) before
    NEXT: inside a story that has already run on, that is local detail added to a wire story,
    so the story is one stretch of text without the sentence (rule 4). Between a story's
    first two paragraphs the same sentence is no stretch (test_engine_wire_stories; the
    stories stage may still join the paragraphs, so that alone would make one passage)."""
    added = ("Three more bodies were recovered near the old mill on Friday morning by divers "
             "from the coast guard, the town's radio station reported.")
    first = f"{filler('a')}.\n\n{LEAD}\n\n{MIDDLE} {added}\n\n{NEXT}\n\n{filler('b')}."
    second = f"{filler('c')}.\n\n{LEAD}\n\n{MIDDLE}\n\n{NEXT}\n\n{filler('d')}."
    assert one_stretch(first, second)
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert passage.spread == 2
    assert "divers" not in " ".join(o.text for o in passage.occurrences)


DROPPED = ("Farmers downstream called the night release a betrayal of every family below the "
           "dam and asked for compensation.")


def test_a_phrase_quoted_from_a_paragraph_one_reprint_dropped_joins_the_story() -> None:
    """d1 drops a short paragraph of the story that d0 carries; d2 quotes eight words of that
    paragraph: they are the story's words, so d2 joins the story's passage (not a passage of
    its own with d0)."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{LEAD}\n\n{DROPPED}\n\n{NEXT}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{LEAD}\n\n{NEXT}\n\n{filler('d')}.",
        f"{filler('e')}. The union called it “a betrayal of every family below the dam” on "
        f"Friday. {filler('f')}."))
    (passage,) = result.passages
    assert passage.spread == 3


def test_edits_that_leave_both_sides_as_long_still_count_their_equal_words() -> None:
    """One reprint adds words early in a sentence ("harbour", "of Varrow"), the other as many
    later ("old stone", "spending"): a match over the whole sentence has sides as long,
    shifted against each other, and nearly all its words equal; counted position by position
    it would have a handful and fall below a statement's length. Never exact, though."""
    one = ("The harbour master of Varrow, who was the longest-serving officer in the port's "
           "history, had returned to the quay on 16 March after a month in hospital.")
    two = ("The master, who was the longest-serving officer in the port's history, had returned "
           "to the old stone quay on 16 March after spending a month in hospital.")
    corpus = tokenise(articles(one, two))
    length = int(corpus.offsets[1])
    assert int(corpus.offsets[2]) - length == length
    matches = PairMatches.from_rows([(0, 0, length, 1, 0, length)])
    (equal,) = equal_words_of(corpus, matches).tolist()
    assert STATEMENT_WORDS <= equal < length


def test_a_paragraph_opening_cut_from_the_match_by_quotes_is_still_one_both_start() -> None:
    """One reprint ends a paragraph with a sentence of its own; the next paragraph opens "The
    damage was rated as “heavy” to “severe”" in one and "Overall damage was rated as "heavy"
    to "severe"" in the other: the quotation marks cut those words from the match that
    follows, but the paragraph is one both start (a word edited), so the outlet's sentence is
    an insertion before it and the story is one passage."""
    first = ("The storm reached the northern coast of Varrow shortly after midnight on Sunday and "
             "flattened the harbour wall along most of its length.")
    own = "A town official said the wind was felt far inland."
    last = ("on the national damage map, and the coast guard is reporting that roads are closed "
            "and several villages have no power tonight.")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{first} {own}\n\nThe damage was rated as “heavy” to “severe” "
        f"{last}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{first}\nOverall damage was rated as \"heavy\" to \"severe\" {last}\n\n"
        f"{filler('d')}."))
    (passage,) = result.passages
    assert passage.spread == 2


def test_a_paragraph_opening_in_other_words_cut_from_the_match_is_no_stretch() -> None:
    """The same, but the two openings share too little to be one edited ("The damage was rated
    as" / "Inspectors in the valley called it"): not a paragraph both start, so no one stretch
    of text (the stories stage may still join the two as pieces of one story)."""
    first = ("The storm reached the northern coast of Varrow shortly after midnight on Sunday and "
             "flattened the harbour wall along most of its length.")
    own = "A town official said the wind was felt far inland."
    last = ("on the national damage map, and the coast guard is reporting that roads are closed "
            "and several villages have no power tonight.")
    assert not one_stretch(
        f"{filler('a')}.\n\n{first} {own}\n\nThe damage was rated as “heavy” to “severe” "
        f"{last}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{first}\nInspectors in the valley called it \"heavy\" to "
        f"\"severe\" {last}\n\n{filler('d')}.")



def test_an_attribution_both_word_alike_before_a_quotation_is_no_paragraph_opening() -> None:
    """Both open the next paragraph "The army said in a statement: “...": words alike before
    the quotation l starts, but they introduce it with a colon, a statement of its own that
    outlets report after the story in the same order; with one outlet's sentence ending the
    paragraph before, the story and the quotation are not one stretch."""
    first = ("The storm reached the northern coast of Varrow shortly after midnight on Sunday and "
             "flattened the harbour wall along most of its length.")
    own = "A town official said the wind was felt far inland."
    quote = ("Our engineers will stay in the villages until every road is open again and every "
             "family has power.")
    more = ("We ask everyone in the valley to stay off the coast road and to keep clear of the "
            "harbour until the wall is repaired.")
    texts = (f"{filler('a')}.\n\n{first} {own}\n\nThe army said in a statement: “{quote}\n\n"
             f"“{more}”",
             f"{filler('c')}.\n\n{first}\n\nThe army said in a statement: “{quote}\n\n“{more}”")
    corpus = tokenise(articles(*texts))
    rows = []
    for words in (first, quote, more):
        at = [corpus.texts[d].index(words) for d in (0, 1)]
        begin = [int(np.searchsorted(corpus.starts[corpus.offsets[d]:corpus.offsets[d + 1]],
                                     at[d])) for d in (0, 1)]
        count = len(words.split())
        rows.append((0, begin[0], begin[0] + count, 1, begin[1], begin[1] + count))
    before, after, _, _ = next_paragraphs(corpus, PairMatches.from_rows(rows),
                                          quoted_token_ranges(corpus))
    # (the quotation's two paragraphs are one stretch; the story and the quotation are not)
    assert sorted(zip(before.tolist(), after.tolist(), strict=True)) == [(1, 2)]
