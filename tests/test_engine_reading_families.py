"""Readings one edit apart are one family (`viewer.engine.reading_families`): the family with the
most occurrences behind it wins a contested region, each occurrence counted once; tied families
leave the plain plurality to decide."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from viewer.engine.reading_families import family_winner

SHORT, SHORTER, LONG = (1, 2), (2,), (7, 8, 9, 10, 2)


def _tally(votes: dict[tuple[int, ...], list[int]]
           ) -> tuple[dict[tuple[int, ...], list[int]], dict[tuple[int, ...], set[int]]]:
    tally = {key: [len(rows), rows[0] if rows else -1] for key, rows in votes.items()}
    return tally, {key: set(rows) for key, rows in votes.items()}


def test_two_spellings_of_one_reading_outvote_a_larger_minority() -> None:
    tally, backers = _tally({SHORT: [0, 1, 2], SHORTER: [3, 4], LONG: [5, 6, 7, 8]})
    assert family_winner(tally, backers, np.ones(9, dtype=np.int64), LONG) == SHORT


def test_an_occurrence_backing_two_readings_of_a_family_counts_once() -> None:
    """Rows 0-2 back both spellings (occurrences starting inside the region fit both): three
    occurrences, not six, against four."""
    tally, backers = _tally({SHORT: [0, 1, 2], SHORTER: [0, 1, 2], LONG: [5, 6, 7, 8]})
    assert family_winner(tally, backers, np.ones(9, dtype=np.int64), SHORT) == LONG


def test_tied_families_leave_the_plurality_to_decide() -> None:
    tally, backers = _tally({SHORT: [0], SHORTER: [1], LONG: [2, 3]})
    assert family_winner(tally, backers, np.ones(4, dtype=np.int64), SHORT) == LONG


@given(st.dictionaries(st.tuples(st.integers(1, 4), st.integers(1, 4)),
                       st.lists(st.integers(0, 9), min_size=1, max_size=5, unique=True),
                       min_size=1, max_size=5))
def test_the_winner_is_a_reading_someone_backs(votes: dict[tuple[int, ...], list[int]]) -> None:
    tally, backers = _tally(votes)
    reference = next(iter(votes))
    assert family_winner(tally, backers, np.ones(10, dtype=np.int64), reference) in votes
