"""A wire story two outlets reprint is one passage across the cuts a reprint makes: a short
quote paragraph between two paragraphs, an attribution edited by a word, a caption or sign-up
line one outlet inserted, a sentence one outlet added; and two statements reported one after the
other stay two (small hand-made corpora, no sample or real-article text)."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.fragments import quoted_token_ranges
from viewer.engine.matches import PairMatches
from viewer.engine.stretches import next_paragraphs
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, one_stretch

LEAD = ("Rescue teams from four neighbouring provinces reached the flooded valley town of "
        "Morrowby late on Thursday after the only bridge into it was swept away by the river.")
QUOTE = "“We have not slept since the water came,” "
SAID = ("said Edda Vark, a volunteer who ferried families to the school gym in her fishing "
        "boat until the current grew too strong to row against.")
NEXT = ("Officials in the regional capital said more than three hundred homes had been "
        "evacuated and that the water level was expected to peak again on Saturday night.")


def test_a_short_quote_paragraph_and_the_attribution_after_it_stay_in_the_story() -> None:
    """LEAD, then a quote paragraph too short to be a statement alone, then the attribution
    running on: both outlets print it alike, so it is one passage over all of it."""
    story = f"{LEAD}\n\n{QUOTE}{SAID}\n\n{NEXT}"
    result = find_shared_passages(articles(f"Flood\n\n{filler('a')}.\n\n{story}\n\n{filler('b')}.",
                                           f"Water\n\n{filler('c')}.\n\n{story}\n\n{filler('d')}."))
    (passage,) = result.passages
    assert [o.text for o in passage.occurrences] == [story.rstrip(".")] * 2


def test_a_caption_one_outlet_inserted_splits_nothing_and_is_left_out() -> None:
    caption = "Volunteers carry sandbags in Morrowby. Picture: Staff Photographer"
    first = f"Flood\n\n{filler('a')}.\n\n{LEAD}\n\n{caption}\n\n{NEXT}\n\n{filler('b')}."
    second = f"Water\n\n{filler('c')}.\n\n{LEAD}\n\n{NEXT}\n\n{filler('d')}."
    assert one_stretch(first, second)
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert "Picture" not in " ".join(o.text for o in passage.occurrences)
    in_first = [o.text for o in passage.occurrences if o.document == "d0"]
    assert in_first == [LEAD.rstrip("."), NEXT.rstrip(".")]


def test_a_sentence_one_outlet_added_to_a_paragraph_splits_nothing() -> None:
    added = "The town has flooded twice in ten years."
    first = f"Flood\n\n{filler('a')}.\n\n{LEAD} {added}\n\n{NEXT}\n\n{filler('b')}."
    second = f"Water\n\n{filler('c')}.\n\n{LEAD}\n\n{NEXT}\n\n{filler('d')}."
    assert one_stretch(first, second)
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert added not in " ".join(o.text for o in passage.occurrences)


def test_a_long_passage_one_outlet_added_to_a_paragraph_is_no_stretch_but_one_story() -> None:
    """More than a few words of its own ending a paragraph (STORY_TAIL_WORDS) are as often the
    outlet's own story between two things it reports: the paragraphs are no one stretch of
    text. Both are story text near each other in both outlets, and neither prints either
    alone, so they are still one story (`viewer.engine.stories`), the sentence not in it."""
    added = ("The town has flooded twice in ten years, and each time the council promised a "
             "new levee that was never built.")
    first = f"Flood\n\n{filler('a')}.\n\n{LEAD} {added}\n\n{NEXT}\n\n{filler('b')}."
    second = f"Water\n\n{filler('c')}.\n\n{LEAD}\n\n{NEXT}\n\n{filler('d')}."
    assert not one_stretch(first, second)
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert [o.text for o in passage.occurrences if o.document == "d0"] == [
        LEAD.rstrip("."), NEXT.rstrip(".")]


def test_an_attribution_edited_by_a_word_keeps_the_quote_in_the_story() -> None:
    quote = ("“There is still hope for the families on the east bank and that is where the "
             "boats will go first,”")
    first = f"{filler('a')}.\n\n{quote} Vark said at the school gym.\n\n{NEXT}\n\n{filler('b')}."
    second = (f"{filler('c')}.\n\n{quote} Ms Vark said at the school gym.\n\n{NEXT}\n\n"
              f"{filler('d')}.")
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert passage.spread == 2


def test_a_paragraph_introduced_with_a_colon_is_a_statement_of_its_own() -> None:
    """One outlet's own line ending with a colon leads into the next paragraph: what follows
    is what someone said, not the story's next paragraph."""
    tweet = ("Our crews will stay in Morrowby until every last family is safe and dry, "
             "whatever the river does next")
    first = f"{filler('a')}.\n\n{LEAD}\n\nThe governor later wrote on social media:\n\n{tweet}"
    second = f"{filler('c')}.\n\n{LEAD}\n\n{tweet}\n\n{filler('d')}."
    result = find_shared_passages(articles(first, second))
    assert len(result.passages) == 2


def test_two_quotations_side_by_side_are_not_joined_through_the_words_between() -> None:
    """A gives two quotations back to back ('...” “...'), B the same words run on: the words
    between the two matches are alike, but a closed and a reopened quotation right before the
    second match is where one statement ends and the next begins."""
    one = "The pumps at the north dam failed at midnight and nobody answered the alarm"
    two = "Bring the army engineers in before the second dam gives way as well"
    between = "Call them now."
    texts = (f"{filler('a')}. “{one}, {between}” “{two},” the mayor said.",
             f"{filler('c')}. “{one}, {between} {two},” she said.")
    corpus = tokenise(articles(*texts))
    rows = []
    for words in (one, two):
        at = [corpus.texts[d].index(words) for d in (0, 1)]
        first = [int(np.searchsorted(corpus.starts[corpus.offsets[d]:corpus.offsets[d + 1]],
                                     at[d])) for d in (0, 1)]
        count = len(words.split())
        rows.append((0, first[0], first[0] + count, 1, first[1], first[1] + count))
    matches = PairMatches.from_rows(rows)
    before, _, _, _ = next_paragraphs(corpus, matches, quoted_token_ranges(corpus))
    assert len(before) == 0
    # the same words run on in both documents are one stretch
    plain = tokenise(articles(texts[1], texts[1].replace(filler("c"), filler("a"))))
    before, _, _, _ = next_paragraphs(plain, PairMatches.from_rows(
        [(0, r[4], r[5], 1, r[4] + 0, r[5]) for r in rows]), quoted_token_ranges(plain))
    assert len(before) == 1


def test_a_quotation_its_attribution_splits_is_one_statement() -> None:
    """A: '"first sentence," she wrote. "Stay safe tonight."'; B quotes both sentences apart:
    the short second sentence joins the first, one passage, not two."""
    one = "My heart goes out to every family in Morrowby who lost a home to the river"
    two = "Stay safe tonight, everyone"
    result = find_shared_passages(articles(
        f"{filler('a')}. “{one},” she wrote. “{two}.” {filler('b')}.",
        f"{filler('c')}. The governor said her “{one}.”\n\nLater she added: “{two}.” "
        f"{filler('d')}.",
    ))
    (passage,) = result.passages
    assert passage.spread == 2


def test_two_quotations_with_another_quoted_between_are_two_statements() -> None:
    """'"...," she called it "vital". "..."': a third quotation between the two is
    no attribution splitting one quotation; B quotes both apart, the second as a sign's
    words, so they stay two passages. (Were the second "she added" in B, the two would be one
    speaker's remarks quoted in order, as `test_engine_remarks` has them.)"""
    one = "My heart goes out to every family in Morrowby who lost a home to the river"
    two = "Stay safe tonight, everyone"
    result = find_shared_passages(articles(
        f"{filler('a')}. “{one},” she called it “vital”. “{two}.” {filler('b')}.",
        f"{filler('c')}. The governor said her “{one}.”\n\nLater a sign at the bridge read: "
        f"“{two}.” {filler('d')}.",
    ))
    assert len(result.passages) == 2


def test_a_quoted_phrase_ending_a_paragraph_stays_apart_from_the_statement_after_it() -> None:
    """A ends a paragraph with three words of a tweet in quotation marks and opens the next
    with the tweet: two highlights, and the passage reads as the tweet, not the phrase first."""
    tweet = ("Bring every pump you have to the Morrowby dam before midnight, the river is not "
             "waiting for anyone")
    result = find_shared_passages(articles(
        f"{filler('a')} his answer, “every pump you have.”\n\n“{tweet},” he wrote. {filler('b')}.",
        f"{filler('c')}. He posted: “{tweet}.” {filler('d')}.",
        f"{filler('e')}. The mayor asked for “every pump you have” again. {filler('f')}.",
    ))
    (passage,) = result.passages
    in_first = [o.text for o in passage.occurrences if o.document == "d0"]
    assert in_first == ["every pump you have", tweet]
    assert passage.consensus.startswith("Bring every pump")


def test_two_quoted_statements_with_an_outlets_paragraph_between_stay_two() -> None:
    """Both outlets give the ministry's quotation as a paragraph, then (one after a short
    paragraph of its own) the governor's: two statements reported in the same order, not one
    story."""
    ministry = ("“All roads into Morrowby remain closed until the engineers have inspected every "
                "bridge on the river,” the ministry said.")
    governor = ("“The army will bring drinking water and generators to the town hall before "
                "dark today,” Governor Ilsa Marr said.")
    first = (f"{filler('a')}.\n\n{ministry}\n\nThe town has had no power since Friday.\n\n"
             f"{governor}\n\n{filler('b')}.")
    second = f"{filler('c')}.\n\n{ministry}\n\n{governor}\n\n{filler('d')}."
    result = find_shared_passages(articles(first, second))
    assert len(result.passages) == 2


def test_a_quotation_inside_a_reprinted_story_stays_in_it_across_an_added_sentence() -> None:
    """One outlet adds a sentence before the story's quote paragraph; the story goes on past
    the quote in both (its attribution edited by a word): one passage, the quote in it."""
    quote = ("“We have not slept since the water came and we will not stop until every house "
             "is dry,”")
    first = (f"{filler('a')}.\n\n{LEAD} The town has flooded twice in ten years.\n\n"
             f"{quote} Vark said.\n\n{NEXT}\n\n{filler('b')}.")
    second = f"{filler('c')}.\n\n{LEAD}\n\n{quote} Ms Vark said.\n\n{NEXT}\n\n{filler('d')}."
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert "flooded twice" not in " ".join(o.text for o in passage.occurrences)
