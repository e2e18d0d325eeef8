"""The patience-style front end of the alignment diff (`viewer.engine.anchored_diff`): its
shortcuts (equal texts, single characters, texts with nothing in common, array anchors,
remembered stretches) give exactly the matching of the plain recursion they replace."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import numpy as np
from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine.anchored_diff import (
    AnchoredDiffer,
    Coded,
    Run,
    _anchor_runs,
    _array_anchor_runs,
    coded_anchor_runs,
    found_once,
    unique_common_anchors,
)

# A small alphabet makes repeated words (no anchor) as likely as unique ones.
_TEXTS = st.text(alphabet="abcdefgh", max_size=60)
# Longer texts over a larger alphabet (the array path is for longer ones still, and is
# checked against the plain one directly).
_LONG_TEXTS = st.text(alphabet=st.characters(min_codepoint=0x100, max_codepoint=0x140),
                      min_size=40, max_size=160)


def _plain_anchors(old: str, new: str) -> list[tuple[int, int]]:
    """The unique common characters' longest common order, written plainly (the engine's
    first version)."""
    in_old, in_new = Counter(old), Counter(new)
    where_new = {c: k for k, c in enumerate(new) if in_new[c] == 1 and in_old[c] == 1}
    pairs = [(k, where_new[c]) for k, c in enumerate(old) if c in where_new]
    if not pairs:
        return []
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for index, (_, b) in enumerate(pairs):
        at = bisect_left(tails, b)
        if at:
            previous[index] = tail_index[at - 1]
        if at == len(tails):
            tails.append(b)
            tail_index.append(index)
        else:
            tails[at] = b
            tail_index[at] = index
    chain: list[tuple[int, int]] = []
    index = tail_index[-1]
    while index >= 0:
        chain.append(pairs[index])
        index = previous[index]
    return chain[::-1]


def _plain_diff(old: str, new: str) -> list[tuple[int, str]]:
    """The plain recursion: anchor, then diff-match-patch where no anchor is left."""
    differ = diff_match_patch()
    differ.Diff_Timeout = 0
    diffs: list[tuple[int, str]] = []

    def into(old: str, new: str) -> None:
        anchors = _plain_anchors(old, new) if old and new else []
        if not anchors:
            diffs.extend(differ.diff_main(old, new, False))
            return
        i = j = 0
        for a, b in anchors:
            if a > i or b > j:
                into(old[i:a], new[j:b])
            diffs.append((0, old[a]))
            i, j = a + 1, b + 1
        if i < len(old) or j < len(new):
            into(old[i:], new[j:])

    into(old, new)
    return diffs


def _runs_of(diffs: list[tuple[int, str]]) -> list[Run]:
    runs: list[Run] = []
    i = j = 0
    for op, chunk in diffs:
        if op == 0:
            if runs and runs[-1][0] + runs[-1][2] == i and runs[-1][1] + runs[-1][2] == j:
                runs[-1] = (runs[-1][0], runs[-1][1], runs[-1][2] + len(chunk))
            else:
                runs.append((i, j, len(chunk)))
        i += len(chunk) if op <= 0 else 0
        j += len(chunk) if op >= 0 else 0
    return runs


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _TEXTS)
def test_the_matching_is_the_plain_recursions(old: str, new: str) -> None:
    assert AnchoredDiffer().matching(old, new) == _runs_of(_plain_diff(old, new))


@settings(max_examples=200, deadline=None)
@given(_LONG_TEXTS, _LONG_TEXTS, st.integers(0, 3))
def test_long_texts_and_edited_copies_match_as_the_plain_recursion(
        old: str, new: str, cut: int) -> None:
    # An edited copy (a stretch dropped, another added) anchors on most of its words.
    edited = old[: len(old) // 4] + new[:cut * 5] + old[len(old) // 4 + cut * 3 :]
    for other in (new, edited):
        assert AnchoredDiffer().matching(old, other) == _runs_of(_plain_diff(old, other))


@settings(max_examples=100, deadline=None)
@given(_TEXTS, _TEXTS, _TEXTS)
def test_remembered_stretches_give_the_same_matching(old: str, new: str, lead: str) -> None:
    # The second alignment of a statement: the reference grown by a lead, the window the same.
    differ = AnchoredDiffer()
    differ.matching(old, new)
    grown = lead + old
    assert differ.matching(grown, new) == _runs_of(_plain_diff(grown, new))
    assert differ.matching(old, new) == _runs_of(_plain_diff(old, new))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXTS, _LONG_TEXTS), st.one_of(_TEXTS, _LONG_TEXTS))
def test_anchors_are_unique_in_both_in_order_and_as_plain(old: str, new: str) -> None:
    anchors = unique_common_anchors(old, new)
    for a, b in anchors:
        assert old[a] == new[b]
        assert old.count(old[a]) == 1 and new.count(new[b]) == 1
    assert [b for _, b in anchors] == sorted(b for _, b in anchors)
    assert [a for a, _ in anchors] == sorted(a for a, _ in anchors)
    assert anchors == _plain_anchors(old, new)


def test_anchors_keep_the_longest_common_order() -> None:
    # Every letter is unique in both; a or x and z moved, so the longest run in the same
    # order in both has four letters (a or x, then b, y, c), never z.
    anchors = unique_common_anchors("axbycz", "xazbyc")
    assert len(anchors) == 4
    assert anchors[1:] == [(2, 3), (3, 4), (4, 5)]
    assert unique_common_anchors("xyz", "xyz") == [(0, 0), (1, 1), (2, 2)]


def test_identical_texts_are_one_equal_run() -> None:
    assert AnchoredDiffer().matching("abcabcxyz", "abcabcxyz") == [(0, 0, 9)]


def test_unrelated_texts_match_nothing() -> None:
    assert AnchoredDiffer().matching("aaaa", "bbbb") == []


def test_a_repeated_single_word_is_matched_where_diff_match_patch_puts_it() -> None:
    # After the common prefix, then the common suffix, then the first place it is found.
    assert AnchoredDiffer().matching("a", "xaya") == [(0, 3, 1)]
    assert AnchoredDiffer().matching("a", "axya") == [(0, 0, 1)]
    assert AnchoredDiffer().matching("a", "xayaz") == [(0, 1, 1)]
    assert AnchoredDiffer().matching("xayaz", "a") == [(1, 0, 1)]


@settings(max_examples=150, deadline=None)
@given(_LONG_TEXTS, _LONG_TEXTS)
def test_anchoring_on_the_callers_codes_gives_the_same_matching(old: str, new: str) -> None:
    # The align stage passes the reference and each window with its own word codes.
    assert AnchoredDiffer().matching(old, new, (_coded(old), _coded(new))) \
        == _runs_of(_plain_diff(old, new))


@settings(max_examples=200, deadline=None)
@given(st.one_of(_TEXTS, _LONG_TEXTS), st.one_of(_TEXTS, _LONG_TEXTS))
def test_coded_anchors_short_and_long_are_the_searched_ones(old: str, new: str) -> None:
    if old and new:
        assert coded_anchor_runs(_coded(old), _coded(new)) \
            == _anchor_runs(old, new, set(old).intersection(new))


def _coded(text: str) -> Coded:
    return Coded(text, np.array([ord(c) for c in text], dtype=np.int64), 0x221)


@given(_TEXTS)
def test_found_once_is_each_unique_character_and_its_place(text: str) -> None:
    assert found_once(text) == {c: text.index(c) for c in text if text.count(c) == 1}


@settings(max_examples=200, deadline=None)
@given(st.one_of(_TEXTS, _LONG_TEXTS), st.one_of(_TEXTS, _LONG_TEXTS))
def test_array_anchors_are_the_searched_ones(old: str, new: str) -> None:
    if not old or not new:
        return
    assert _array_anchor_runs(old, new) == _anchor_runs(old, new, set(old).intersection(new))


def test_diff_match_patch_slides_an_edit_so_the_common_prefix_is_not_always_kept() -> None:
    # "d" and "a" are repeated in the old text, so no anchor: diff-match-patch keeps "da" at
    # the end (its merge slides the deletion of "bad" left); no shortcut may assume otherwise.
    assert AnchoredDiffer().matching("dbada", "da") == [(3, 0, 2)]


@st.composite
def _distinct_and_edited(draw: st.DrawFn) -> tuple[str, str]:
    """A text of distinct words (every one an anchor) and a copy with words dropped, added and
    a stretch moved: long runs of anchors with breaks on either side."""
    size = draw(st.integers(60, 150))
    words = [chr(0x100 + k) for k in range(size)]
    copy = list(words)
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(copy) - 1))
        if draw(st.booleans()):
            del copy[at]
        else:
            copy.insert(at, chr(0x200 + draw(st.integers(0, 30))))
    if draw(st.booleans()):
        start = draw(st.integers(0, len(copy) - 10))
        block = copy[start : start + 5]
        del copy[start : start + 5]
        at = draw(st.integers(0, len(copy)))
        copy[at:at] = block
    return "".join(words), "".join(copy)


@settings(max_examples=150, deadline=None)
@given(_distinct_and_edited())
def test_edited_copies_of_distinct_words_anchor_and_match_as_plain(case: tuple[str, str]) -> None:
    old, new = case
    expected = _anchor_runs(old, new, set(old).intersection(new))
    assert coded_anchor_runs(_coded(old), _coded(new)) == expected
    assert coded_anchor_runs(_coded(new), _coded(old)) \
        == _anchor_runs(new, old, set(old).intersection(new))
    assert AnchoredDiffer().matching(old, new, (_coded(old), _coded(new))) \
        == _runs_of(_plain_diff(old, new))
