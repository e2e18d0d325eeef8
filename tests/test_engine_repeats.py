"""A document repeating words it shares with another, and copies of text in very short lines.

In long texts (novels, the documents of a text-reuse benchmark) a phrase of a shared chapter said
again elsewhere is the text's habit, not more that the two share; in a news article it is the
outlet quoting again a statement it gives whole, and stays an occurrence. A list of short lines
(captions, a table of contents) copied whole is one passage however long it runs.
"""

from __future__ import annotations

import random

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.bridges import bridge_identical_gaps
from viewer.engine.extend import Spans
from viewer.engine.matches import PairMatches
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

CHAPTER = ("The ferry left the harbour an hour late because the pilot refused to cross the bar "
           "before the tide had turned, and the passengers waited on the quay with their bags. "
           "Nobody complained, for the pilot had never lost a boat in thirty years of crossings, "
           "and the captain said so to anyone who would listen.")
PHRASE = "the pilot had never lost a boat in thirty years of crossings"


def _long_text(tag: str, words: int) -> str:
    sentences = [f"{filler(tag + chr(97 + k % 26) + chr(97 + k // 26), 12)}." for k in
                 range(words // 12)]
    return " ".join(sentences)


def _occurrence_texts(texts: list[str]) -> list[list[str]]:
    result = find_shared_passages(articles(*texts))
    return [sorted(f"{o.document}:{texts[int(o.document[1:])][o.start:o.end]}"
                   for o in passage.occurrences) for passage in result.passages]


def test_a_long_text_saying_again_a_phrase_of_a_chapter_it_shares_links_the_chapter_only() -> None:
    """A quotes the phrase again 1,500 words after the chapter; B only has the chapter."""
    a = (f"{_long_text('a', 1500)}\n\n{CHAPTER}\n\n{_long_text('b', 1500)}\n\n"
         f"“Remember,” she said, “{PHRASE}.”\n\n{_long_text('c', 1500)}")
    b = f"{_long_text('d', 1500)}\n\n{CHAPTER}\n\n{_long_text('e', 1500)}"
    passages = _occurrence_texts([a, b])
    assert len(passages) == 1
    assert [text.split(":", 1)[0] for text in passages[0]] == ["d0", "d1"]
    # and the other way round: the repeat is in the text given second
    passages = _occurrence_texts([b, a])
    assert [[text.split(":", 1)[0] for text in p] for p in passages] == [["d0", "d1"]]


def test_a_short_quoted_phrase_repeated_in_a_long_text_is_no_second_sharing() -> None:
    """The same with a fragment of four words, found by the fragment finder."""
    a = (f"{_long_text('a', 1500)}\n\n{CHAPTER}\n\n{_long_text('b', 1500)}\n\n"
         f"He only said “thirty years of crossings” and left.\n\n{_long_text('c', 1500)}")
    b = f"{_long_text('d', 1500)}\n\n{CHAPTER}\n\n{_long_text('e', 1500)}"
    passages = _occurrence_texts([a, b])
    assert [[text.split(":", 1)[0] for text in p] for p in passages] == [["d0", "d1"]]


def test_a_news_article_quoting_in_its_lead_what_it_gives_whole_keeps_both() -> None:
    lead = f"The harbour master said “{PHRASE}” on Friday."
    a = f"{lead}\n\n{filler('a', 80)}.\n\n{CHAPTER}\n\n{filler('b', 80)}."
    b = f"{filler('c', 80)}.\n\n{CHAPTER}\n\n{filler('d', 80)}."
    (passage,) = _occurrence_texts([a, b])
    assert passage == sorted([f"d0:{PHRASE}", f"d0:{CHAPTER[:-1]}", f"d1:{CHAPTER[:-1]}"])


def test_a_phrase_two_long_texts_both_say_twice_is_one_passage() -> None:
    """Each says "the ferry left the harbour an" and, elsewhere, the same with "hour": each
    phrase matched across to the other place is a repeat of the heavier match, but both places
    are already evidenced (the six-word phrase matches itself), so they are one passage."""
    texts = [f"{_long_text(tag, 2100)}\n\n{' '.join(CHAPTER.split()[:6])}. "
             f"{filler(tag + 'p', 30)}.\n\n{' '.join(CHAPTER.split()[:7])}. "
             f"{filler(tag + 'q', 30)}." for tag in "ab"]
    passages = _occurrence_texts(texts)
    assert passages == [sorted(f"d{k}:{' '.join(CHAPTER.split()[:n])}"
                               for k in (0, 1) for n in (6, 7))]


def test_repeats_are_matches_inside_the_pairs_heaviest_match_on_one_side_only() -> None:
    matches = PairMatches.from_rows([(0, 100, 200, 1, 300, 400),   # the copy
                                     (0, 120, 130, 1, 900, 910),   # d1 says it again
                                     (0, 500, 510, 1, 320, 330),   # d0 says it again
                                     (0, 600, 610, 1, 700, 710),   # elsewhere in both
                                     (0, 150, 160, 2, 10, 20)])    # another pair's copy
    weight = np.array([100, 10, 10, 10, 10])
    assert matches.repeats(weight).tolist() == [False, True, True, False, False]


def test_a_match_inside_another_does_not_cut_a_stretch_of_identical_text() -> None:
    """A phrase matched again on its own inside a long match, then identical text, then the
    next match: the phrase's end is not where the stretch ends."""
    words = " ".join(f"w{k}" for k in range(140))
    corpus = tokenise(articles(words, words))
    rows = ((0, 0, 100, 1, 0, 100), (0, 10, 20, 1, 10, 20), (0, 102, 130, 1, 102, 130))
    spans = Spans(*(np.array(column, dtype=np.int64) for column in zip(*rows, strict=True)))
    joined = bridge_identical_gaps(corpus, spans)
    assert list(zip(joined.a0.tolist(), joined.a1.tolist(), strict=True)) == [(0, 130)]



def test_a_match_reaching_past_another_on_one_side_is_not_inside_it() -> None:
    """Three words inserted in the second document: the match over the insertion starts on the
    long match's diagonal and ends inside it in the first document only; it still joins the
    long match to the next one."""
    words = [f"w{k}" for k in range(140)]
    corpus = tokenise(articles(" ".join(words), " ".join([*words[:100], "x", "y", "z",
                                                          *words[100:]])))
    rows = ((0, 0, 100, 1, 0, 100), (0, 95, 100, 1, 95, 103), (0, 100, 130, 1, 103, 133))
    spans = Spans(*(np.array(column, dtype=np.int64) for column in zip(*rows, strict=True)))
    joined = bridge_identical_gaps(corpus, spans)
    assert list(zip(joined.a0.tolist(), joined.a1.tolist(), joined.b0.tolist(),
                    joined.b1.tolist(), strict=True)) == [(0, 130, 0, 133)]

CAPTION_WORDS = ["the", "a", "he", "she", "going", "for", "him", "her", "out", "of", "in", "to",
                 "bag", "money", "doctor", "duke", "king", "river", "raft", "rat", "room", "was",
                 "you", "my", "who", "it", "is", "trouble", "home"]


def test_a_long_list_of_short_lines_copied_whole_is_one_passage() -> None:
    """A list of illustrations: 300 captions of one to four common words (chaining, which
    stops at every line, matches almost none of them), copied with its line breaks joined."""
    rng = random.Random(4)
    lines = [" ".join(rng.choice(CAPTION_WORDS) for _ in range(rng.randint(1, 4))).capitalize()
             + "." for _ in range(300)]
    listing = ("List of illustrations, with the pages on which each of them is found in the "
               "book:\n" + "\n".join(f"    {line}" for line in lines))
    a = f"{filler('a', 60)}.\n\n{listing}\n\n{filler('b', 60)}."
    b = f"{filler('c', 60)}. {' '.join(listing.split())} {filler('d', 60)}."
    result = find_shared_passages(articles(a, b))
    assert len(result.passages) == 1
    (occurrence,) = result.passages[0].occurrences_in("d0")
    assert a[occurrence.start:occurrence.end].startswith("List of illustrations")
    assert occurrence.end >= a.index(listing) + len(listing) - 1


TITLES = ["The Ferry", "A Letter", "Low Tide", "The Pilot's Son", "Fog", "The Lamp",
          "Crossing Over", "Harbour Lights", "The Storm", "Home Again", "A Wedding", "The Bar"]


def test_a_books_contents_copied_alone_is_found_in_long_texts() -> None:
    """Every line of a table of contents is shorter than an n-gram; in two long texts the
    lines together are text that can match, and nothing else shared is near."""
    contents = "\n\n".join(f"CHAPTER {k + 1}. {title}." for k, title in enumerate(TITLES))
    a = f"{_long_text('a', 1500)}\n\n{contents}\n\n{_long_text('b', 1500)}"
    b = f"{_long_text('c', 1500)}\n\n{contents}\n\n{_long_text('d', 1500)}"
    (passage,) = find_shared_passages(articles(a, b)).passages
    (occurrence,) = passage.occurrences_in("d0")
    assert a[occurrence.start:occurrence.end].startswith("CHAPTER 1. The Ferry")
    assert a[occurrence.start:occurrence.end].endswith("The Bar")


def test_short_lines_two_articles_both_carry_link_nothing() -> None:
    """In news articles short lines are sharing buttons and captions."""
    buttons = "Share this article\nFacebook\nTwitter\nEmail\nPrint this page\nCopy the link"
    texts = [f"{filler(tag, 120)}.\n{buttons}\n{filler(tag + 'z', 120)}." for tag in "ac"]
    assert find_shared_passages(articles(*texts)).passages == ()



def test_a_heading_and_the_opening_words_of_the_next_paragraph_link_nothing() -> None:
    """Windows run on only among short lines: a short heading and the four words opening the
    next (long) paragraph alike in two long texts are two coincidences, as in articles; so are
    a (long) paragraph's last four words and a short heading after it."""
    texts = [f"{_long_text(tag, 2100)}\n\nA storm at sea\n\nthe pilot was late "
             f"{filler(tag + 'q', 40)}.\n\n{_long_text(tag + 'z', 100)}" for tag in "ac"]
    assert find_shared_passages(articles(*texts)).passages == ()
    texts = [f"{_long_text(tag, 2100)}\n\n{filler(tag + 'q', 40)} the pilot was late\n\n"
             f"A storm at sea\n\n{_long_text(tag + 'z', 100)}" for tag in "ac"]
    assert find_shared_passages(articles(*texts)).passages == ()


def test_a_long_features_few_sharing_buttons_link_nothing() -> None:
    """Two long features (over 2,000 words) with the same handful of short widget lines: not
    a list long enough to be a book's contents."""
    buttons = "Share this article\nFacebook\nTwitter\nEmail\nPrint this page\nCopy the link"
    texts = [f"{_long_text(tag, 1500)}\n{buttons}\n{_long_text(tag + 'z', 1500)}"
             for tag in "ac"]
    assert find_shared_passages(articles(*texts)).passages == ()
