"""A document's occurrences of one statement that overlap or touch become one occurrence
(`statements._finish`), whatever order they come in, and however many overlap."""

from __future__ import annotations

import itertools

import numpy as np

from viewer.corpus import Article
from viewer.engine.statements import _finish
from viewer.engine.tokens import tokenise

FIRST = " ".join(f"alpha{chr(97 + k)}" for k in range(15))
SECOND = " ".join(f"beta{chr(97 + k)}" for k in range(15))


def _pieces(rows: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    corpus = tokenise([Article("d0", f"{FIRST}\n\n{SECOND}", "d0"),
                       Article("d1", f"{FIRST}\n\n{SECOND}", "d1")])
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
