"""The n-gram index's array helpers against plain definitions: every window's hash equals the
hash of that window alone (across the blocks `every_ngram_hash` works in), and a place lies in
a long run of flagged places exactly when a walk along the positions says so."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import index
from viewer.engine.index import _in_long_runs, every_ngram_hash, ngram_hashes_at


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=90), st.integers(min_value=1, max_value=9),
       st.integers(min_value=1, max_value=16))
def test_every_window_hashed_as_alone(length: int, n: int, block: int) -> None:
    hashes = np.random.default_rng(length).integers(0, 2**64, length + n - 1, dtype=np.uint64)
    saved = index.NGRAM_BLOCK_WINDOWS
    index.NGRAM_BLOCK_WINDOWS = block
    try:
        every = every_ngram_hash(hashes, n)
    finally:
        index.NGRAM_BLOCK_WINDOWS = saved
    assert every.tolist() == ngram_hashes_at(hashes, np.arange(length), n).tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=60), st.booleans()),
                unique_by=lambda place: place[0], max_size=40),
       st.integers(min_value=1, max_value=6))
def test_a_place_in_a_long_run_of_flagged_places(places: list[tuple[int, bool]],
                                                  min_run: int) -> None:
    flagged_at = {place for place, flagged in places if flagged}
    expected = []
    for place, flagged in places:
        low = high = place
        while low - 1 in flagged_at:
            low -= 1
        while high + 1 in flagged_at:
            high += 1
        expected.append(flagged and high - low + 1 >= min_run)
    found = _in_long_runs(np.array([p for p, _ in places], dtype=np.int64),
                          np.array([f for _, f in places], dtype=bool), 61, min_run)
    assert found.tolist() == expected
