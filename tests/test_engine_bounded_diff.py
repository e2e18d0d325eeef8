"""The align stage's word diff on long text made of a few repeated words: its work stays
linear in the texts' length (it was quadratic: three articles of 200,000 words drawn from
twenty took hours), and what it matches past the bound is still equal text, in order.

The work is counted, never timed: the steps of diff-match-patch's bisection (it reads the
clock once per step, so the clock is replaced by a counter) weighted by the step's number
(step d of a bisection visits about d diagonals each way)."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import bounded_diff
from viewer.engine.anchored_diff import AnchoredDiffer, Run

_DMP_MODULE = sys.modules[diff_match_patch.__module__]
# Twenty "words" (one character each, as the align stage encodes them), none unique.
_WORDS = "abcdefghijklmnopqrst"


class _Clock:
    """diff-match-patch's clock, counting the bisection's work instead of telling time."""

    def __init__(self) -> None:
        self.work = 0
        self.step = 0

    def time(self) -> float:
        self.step += 1
        self.work += self.step
        return 0.0


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Clock]:
    counter = _Clock()
    monkeypatch.setattr(_DMP_MODULE, "time", counter)
    bisect = diff_match_patch.diff_bisect

    def counted_bisect(self: Any, text1: str, text2: str, deadline: Any) -> Any:
        counter.step = 0
        return bisect(self, text1, text2, deadline)

    monkeypatch.setattr(diff_match_patch, "diff_bisect", counted_bisect)
    yield counter


def _repetitive(size: int, seed: int) -> str:
    draw = random.Random(seed)
    return "".join(draw.choice(_WORDS) for _ in range(size))


def _work(clock: _Clock, old: str, new: str) -> int:
    clock.work = 0
    AnchoredDiffer().matching(old, new)
    return clock.work


def test_the_work_on_unrelated_repetitive_text_grows_linearly(clock: _Clock) -> None:
    # Two different stretches of the same twenty words (nothing unique to anchor on, half
    # the words to edit): the plain diff's work grows as the square of the length.
    small = _work(clock, _repetitive(2_000, 1), _repetitive(2_000, 2))
    large = _work(clock, _repetitive(8_000, 3), _repetitive(8_000, 4))
    assert small > 0
    assert large < 6 * small


def test_the_matching_past_the_bound_is_equal_text_in_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # With no budget at all every stretch without anchors is matched coarsely.
    monkeypatch.setattr(bounded_diff, "WORK_BASE", 0)
    monkeypatch.setattr(bounded_diff, "COARSE_WORK_BASE", 0)
    monkeypatch.setattr(bounded_diff, "WORK_PER_WORD", 0)
    old = _repetitive(5_000, 5)
    draw = random.Random(6)
    edited = list(old)
    for _ in range(40):
        at = draw.randrange(len(edited))
        edited[at : at + draw.randrange(3)] = draw.choice(["", "x", "yz"])
    new = "".join(edited)
    runs = AnchoredDiffer().matching(old, new)
    _check_runs(old, new, runs)
    # An edited copy still matches nearly all its words.
    assert sum(size for _, _, size in runs) > 0.95 * len(old)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcd", max_size=200), st.text(alphabet="abcd", max_size=200))
def test_coarse_matchings_of_any_texts_are_equal_text_in_order(old: str, new: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(bounded_diff, "WORK_BASE", 0)
        monkeypatch.setattr(bounded_diff, "COARSE_WORK_BASE", 0)
        monkeypatch.setattr(bounded_diff, "WORK_PER_WORD", 0)
        runs = AnchoredDiffer().matching(old, new)
    _check_runs(old, new, runs)


def test_articles_never_reach_the_bound(clock: _Clock) -> None:
    # An edited copy of a long repetitive text (few edits) is still diffed exactly: the
    # bound only stops diffs with many edits in long stretches.
    old = _repetitive(20_000, 7)
    new = old[:5_000] + "xyz" + old[5_000:12_000] + old[12_010:]
    runs = AnchoredDiffer().matching(old, new)
    differ = diff_match_patch()
    differ.Diff_Timeout = 0
    assert runs == _runs_of(differ.diff_main(old, new, False))


def _check_runs(old: str, new: str, runs: list[Run]) -> None:
    end_a = end_b = 0
    for a, b, size in runs:
        assert size > 0
        assert a >= end_a and b >= end_b
        assert old[a : a + size] == new[b : b + size]
        end_a, end_b = a + size, b + size
    assert end_a <= len(old) and end_b <= len(new)


def _runs_of(diffs: list[tuple[int, str]]) -> list[Run]:
    runs: list[Run] = []
    i = j = 0
    for op, chunk in diffs:
        if op == 0:
            runs.append((i, j, len(chunk)))
        i += len(chunk) if op <= 0 else 0
        j += len(chunk) if op >= 0 else 0
    return runs
