"""Repeats between long texts do not depend on which document, or which match, comes first."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.engine.matches import PairMatches

from .engine_texts import filler

CHAPTER_TEXT = ("the ferry left the harbour an hour late because the pilot refused to cross "
                "the bar before the tide had turned and the passengers waited on the quay with "
                "their bags nobody complained for the pilot had never lost a boat in thirty "
                "years of crossings and the captain said so to anyone who would listen")
CHAPTER = CHAPTER_TEXT.split()

SIDE = st.tuples(st.integers(0, 2), st.integers(0, 30), st.integers(1, 12))
"""A match's side: its document, first token and length (small: sides overlap and touch)."""


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(SIDE, SIDE, st.integers(1, 4)), min_size=1, max_size=12),
       st.randoms(use_true_random=False))
def test_repeats_do_not_depend_on_document_or_match_order(
        drawn: list[tuple[tuple[int, int, int], tuple[int, int, int], int]],
        rng: random.Random) -> None:
    rows = [(da, a0, a0 + na, db, b0, b0 + nb)
            for (da, a0, na), (db, b0, nb) in (sorted(sides) for *sides, _ in drawn)
            if da != db]
    weight = [w for (one, other, w) in drawn if one[0] != other[0]]
    expected = PairMatches.from_rows(rows).repeats(np.array(weight, dtype=np.int64))
    # The documents numbered the other way round (each match's sides swap), matches shuffled.
    mirrored = [(2 - db, b0, b1, 2 - da, a0, a1) for da, a0, a1, db, b0, b1 in rows]
    order = list(range(len(rows)))
    rng.shuffle(order)
    again = PairMatches.from_rows([mirrored[k] for k in order]).repeats(
        np.array([weight[k] for k in order], dtype=np.int64))
    assert again.tolist() == expected[order].tolist()


def test_matches_tied_for_the_heaviest_are_all_the_heaviest() -> None:
    """Two seven-word matches of one pair: whichever came first, a six-word match inside their
    sides in one document and outside in the other is a repeat."""
    rows = [(0, 15, 22, 1, 15, 22), (0, 14, 21, 1, 14, 21), (0, 100, 106, 1, 14, 20)]
    for order in ([0, 1, 2], [1, 0, 2]):
        matches = PairMatches.from_rows([rows[k] for k in order])
        assert matches.repeats(np.array([7, 7, 6])).tolist() == [False, False, True]


def test_sides_touching_or_two_words_apart_cover_one_stretch() -> None:
    """A copy cut into matches at a quotation mark or a line break is one stretch of text; three
    words apart, two."""
    longer = PairMatches.from_rows([(0, 0, 10, 1, 0, 10), (0, 12, 20, 1, 12, 20),
                                    (0, 33, 40, 1, 33, 40)])
    inside_a, inside_b = PairMatches.from_rows([(0, 5, 15, 1, 5, 15), (0, 15, 35, 1, 60, 70),
                                                (0, 0, 20, 2, 0, 20), (0, 12, 20, 1, 0, 20),
                                                (0, 33, 41, 1, 32, 40)]).sides_inside(longer)
    assert inside_a.tolist() == [True, False, False, True, False]
    assert inside_b.tolist() == [True, False, False, True, False]


def _long_text(tag: str, words: int) -> str:
    return " ".join(f"{filler(tag + chr(97 + k % 26) + chr(97 + k // 26), 12)}."
                    for k in range(words // 12))


def _text(tag: str, pieces: list[tuple[int, int, str]]) -> str:
    """2,100 words nothing else shares, then pieces of CHAPTER, each followed by filler."""
    parts = [_long_text(tag, 2100)]
    for k, (start, length, before) in enumerate(pieces):
        parts.append(f"{before}{' '.join(CHAPTER[start:start + length])}. "
                     f"{filler(f'{tag}{k}q', 30)}.")
    return "\n\n".join(parts)


def _occurrences(texts: list[str], order: list[int]) -> list[list[tuple[int, int, int]]]:
    """Passages' occurrences (text number, start, end) with text k given the id d<order[k]>:
    ids decide which document is first."""
    result = find_shared_passages([Article(f"d{order[k]}", text, f"d{order[k]}")
                                   for k, text in enumerate(texts)])
    number = {f"d{order[k]}": k for k in range(len(texts))}
    return sorted(sorted((number[o.document], o.start, o.end) for o in passage.occurrences)
                  for passage in result.passages)


PIECE = st.tuples(st.integers(0, len(CHAPTER) - 4), st.sampled_from([4, 7, 11, 20, 60]),
                  st.sampled_from(["", "“"]))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(PIECE, min_size=1, max_size=5), min_size=2, max_size=3),
       st.permutations([0, 1, 2]))
# (a seven-word piece found alike in two statements' occurrences of the other texts, 11 and
# 20 words long: it joins the one found in the shorter, whichever text is called what)
@example(pieces=[[(0, 7, "")], [(0, 11, ""), (0, 4, ""), (0, 20, "")], [(0, 20, ""), (0, 11, "")]],
         order=[0, 2, 1])
def test_long_texts_sharing_pieces_of_a_chapter_give_the_same_passages_in_any_order(
        pieces: list[list[tuple[int, int, str]]], order: list[int]) -> None:
    texts = [_text("abc"[k], chosen) for k, chosen in enumerate(pieces)]
    assert (_occurrences(texts, order[:len(texts)])
            == _occurrences(texts, list(range(len(texts)))))


def test_a_long_text_saying_overlapping_phrases_of_another_gives_the_same_in_either_order() -> None:
    """Three overlapping phrases in one text, an eleven-word piece holding them in the other
    (two seven-word matches tied for the heaviest)."""
    texts = [_text("a", [(13, 7, ""), (15, 7, ""), (14, 7, "")]), _text("b", [(14, 11, "")])]
    assert _occurrences(texts, [1, 0]) == _occurrences(texts, [0, 1])


def test_pieces_one_text_prints_twice_give_the_same_passages_whichever_text_comes_first() -> None:
    """The other text prints a piece of the chapter, then the chapter's start and what follows
    it with a paragraph of its own between: whether its two later pieces are neighbours must
    not depend on which text is first (CI's property run found it: the stretches stage took
    neighbours in the first document's order only)."""
    texts = [_text("a", [(0, 60, "“")]), _text("b", [(1, 11, ""), (0, 11, ""), (11, 11, "")])]
    assert _occurrences(texts, [1, 0]) == _occurrences(texts, [0, 1])
