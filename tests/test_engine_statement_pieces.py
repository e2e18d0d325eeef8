"""A document's occurrences of one statement that overlap or touch become one occurrence
(`statements._finish`), whatever order they come in, and however many overlap; so do pieces a
word or two apart in one sentence, but not across an attribution, a sentence end or a
quotation mark."""

from __future__ import annotations

import itertools

import numpy as np

from viewer.corpus import Article
from viewer.engine.statements import _finish
from viewer.engine.tokens import tokenise

FIRST = " ".join(f"alpha{chr(97 + k)}" for k in range(15))
SECOND = " ".join(f"beta{chr(97 + k)}" for k in range(15))


def _pieces(rows: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    # (two paragraphs of a story, each ending in a full stop: a paragraph ending without one is
    # a headline, which stays apart from the paragraph below it, `test_engine_headlines`)
    corpus = tokenise([Article("d0", f"{FIRST}.\n\n{SECOND}.", "d0"),
                       Article("d1", f"{FIRST}.\n\n{SECOND}.", "d1")])
    doc, first, end = (np.array(column, dtype=np.int64) for column in zip(*rows, strict=True))
    base = corpus.offsets[doc]
    found = _finish(corpus, np.zeros(len(rows), dtype=np.int64), doc, base + first, base + end)
    return list(zip(found.doc.tolist(), found.first.tolist(), found.end.tolist(), strict=True))


def test_a_paragraph_joins_a_long_piece_whose_last_occurrence_is_short() -> None:
    # [0, 15) and the short [12, 15) end a long piece; [15, 30) opens the next paragraph.
    assert _pieces([(0, 0, 15), (0, 12, 15), (0, 15, 30), (1, 0, 30)]) == [(0, 0, 30),
                                                                           (1, 0, 30)]


def test_a_short_piece_and_the_next_paragraph_stay_two() -> None:
    assert _pieces([(0, 12, 15), (0, 15, 30), (1, 0, 30)]) == [(0, 12, 15), (0, 15, 30),
                                                               (1, 0, 30)]


def test_occurrences_starting_at_one_word_give_the_same_pieces_in_any_order() -> None:
    rows = [(0, 0, 15), (0, 15, 18), (0, 15, 30), (1, 0, 30)]
    results = {tuple(_pieces(list(order))) for order in itertools.permutations(rows)}
    assert results == {((0, 0, 30), (1, 0, 30))}


def _pieces_of(text: str, rows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`_finish` on occurrences [first, end) of one statement in a document holding `text`
    (and in a second one, so that the statement is kept)."""
    corpus = tokenise([Article("d0", text, "d0"), Article("d1", text, "d1")])
    first = np.array([f for f, _ in rows] + [0], dtype=np.int64)
    end = np.array([e for _, e in rows] + [corpus.token_count(1)], dtype=np.int64)
    doc = np.array([0] * len(rows) + [1], dtype=np.int64)
    found = _finish(corpus, np.zeros(len(doc), dtype=np.int64), doc,
                    corpus.offsets[doc] + first, corpus.offsets[doc] + end)
    return [(f, e) for d, f, e in zip(found.doc.tolist(), found.first.tolist(),
                                      found.end.tolist(), strict=True) if d == 0]


def test_pieces_a_word_or_two_apart_in_one_sentence_are_one_occurrence() -> None:
    # "alphaa ... alphaj, but betaa ... betae": the pieces [0, 10) and [11, 16) leave out "but".
    text = f"{' '.join(FIRST.split()[:10])}, but {' '.join(SECOND.split()[:5])}."
    assert _pieces_of(text, [(0, 10), (11, 16)]) == [(0, 16)]
    two_words = f"{' '.join(FIRST.split()[:10])}, and yet {' '.join(SECOND.split()[:5])}."
    assert _pieces_of(two_words, [(0, 10), (12, 17)]) == [(0, 17)]


def test_pieces_an_attribution_a_sentence_end_or_a_quotation_mark_parts_stay_two() -> None:
    words, more = " ".join(FIRST.split()[:10]), " ".join(SECOND.split()[:5])
    for text in (f"“{words},” he said, “{more}.”", f"{words}, she said, {more}.",
                 f"{words}. But {more}.", f"{words}, “but {more}.”",
                 f"{words}, but\n\n{more}.", f"{words}, and so then {more}."):
        corpus = tokenise([Article("d0", text, "d0")])
        gap = int(np.searchsorted(corpus.starts, text.index(more)))
        assert _pieces_of(text, [(0, 10), (gap, gap + 5)]) == [(0, 10), (gap, gap + 5)], text
