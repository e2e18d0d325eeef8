"""Readings one edit apart are one family (`viewer.engine.reading_families`): the family with the
most occurrences behind it wins a contested region, each occurrence counted once; tied families
leave the plain plurality to decide."""

from __future__ import annotations

import numpy as np
import pytest
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


def test_a_chain_of_edits_is_no_family() -> None:
    """"her manager" ~ "her agent" ~ "his agent": the ends share no word; the three are no
    family outvoting "the police" (a reviewer's case, session 57)."""
    police, manager, agent, his_agent = (10, 11), (1, 2), (1, 3), (4, 3)
    tally, backers = _tally({police: [0, 1, 2], manager: [3, 4], agent: [5], his_agent: [6]})
    assert family_winner(tally, backers, np.ones(7, dtype=np.int64), police) == police


def test_a_reading_a_majority_backs_wins_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Families are not looked for where one reading has most of the votes: a thousand other
    readings of one vote each are never compared pairwise."""
    import viewer.engine.reading_families as families

    def no_comparing(*_: object) -> bool:
        raise AssertionError("readings compared")

    monkeypatch.setattr(families, "_edited", no_comparing)
    votes = {(0,): list(range(2000))} | {(k, k + 1): [2000 + k] for k in range(1000)}
    tally, backers = _tally(votes)
    assert family_winner(tally, backers, np.ones(3000, dtype=np.int64), (0,)) == (0,)


def test_families_are_made_of_the_most_voted_readings_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A region written a thousand ways, none by a majority: families among the first
    FAMILY_READINGS readings only (a thousand readings compared pairwise took seconds)."""
    import viewer.engine.reading_families as families

    compared = 0
    edited = families._edited

    def counting(one: tuple[int, ...], other: tuple[int, ...]) -> bool:
        nonlocal compared
        compared += 1
        return edited(one, other)

    votes = {(k, k + 1, k + 2): [k] for k in range(1000)}
    tally, backers = _tally(votes)
    monkeypatch.setattr(families, "_edited", counting)
    family_winner(tally, backers, np.ones(1000, dtype=np.int64), (0, 1, 2))
    assert compared <= families.FAMILY_READINGS ** 3


@given(st.dictionaries(st.tuples(st.integers(1, 4), st.integers(1, 4)),
                       st.lists(st.integers(0, 9), min_size=1, max_size=5, unique=True),
                       min_size=1, max_size=5))
def test_the_winner_is_a_reading_someone_backs(votes: dict[tuple[int, ...], list[int]]) -> None:
    tally, backers = _tally(votes)
    reference = next(iter(votes))
    assert family_winner(tally, backers, np.ones(10, dtype=np.int64), reference) in votes
