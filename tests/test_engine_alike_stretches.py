"""Stretches several outlets print alike that the consensus lacks are no differences
(`viewer.engine.alike_stretches`): two outlets quoting one long piece of an address alike were
underlined from end to end; a short variant two outlets share stays marked. Hand-made hashes."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from viewer.engine.alike_stretches import ALIKE_MIN_WORDS, unmarked_alike
from viewer.engine.consensus import Window


def _window(index: int, words: list[int]) -> Window:
    view = SimpleNamespace(index=index, hashes=np.array(words, dtype=np.uint64))
    return Window(view, 0, len(words))  # type: ignore[arg-type]


def test_a_long_piece_two_outlets_print_alike_is_unmarked_in_both() -> None:
    piece = list(range(100, 100 + ALIKE_MIN_WORDS + 3))
    first = _window(0, [1, 2, *piece])
    second = _window(1, [*piece, 7])
    marks = [list(range(2, 2 + len(piece))), list(range(len(piece)))]
    assert unmarked_alike([first, second], marks) == [[], []]


def test_one_outlet_s_own_piece_and_a_short_shared_variant_stay_marked() -> None:
    own = list(range(200, 200 + ALIKE_MIN_WORDS + 2))
    short = [300, 301, 302]
    first = _window(0, [*own, *short])
    second = _window(1, [5, 6, *short])
    marks = [list(range(len(own) + len(short))), [2, 3, 4]]
    assert unmarked_alike([first, second], marks) == marks


def test_a_piece_one_outlet_runs_on_further_is_unmarked_where_both_print_it() -> None:
    piece = list(range(400, 400 + ALIKE_MIN_WORDS))
    tail = [500, 501, 502, 503]
    first = _window(0, [*piece, *tail])
    second = _window(1, piece)
    marks = [list(range(len(piece) + len(tail))), list(range(len(piece)))]
    assert unmarked_alike([first, second], marks) == [
        list(range(len(piece), len(piece) + len(tail))), []]


def test_the_same_piece_twice_in_one_document_is_not_two_outlets() -> None:
    piece = list(range(600, 600 + ALIKE_MIN_WORDS))
    first, again = _window(0, piece), _window(0, piece)
    marks = [list(range(len(piece)))] * 2
    assert unmarked_alike([first, again], marks) == marks
