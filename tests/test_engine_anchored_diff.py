"""The patience-style front end of the alignment diff: always a valid, complete diff."""

from __future__ import annotations

from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine.align import _anchored_diff, _unique_common_anchors

# A small alphabet makes repeated words (no anchor) as likely as unique ones.
_TEXTS = st.text(alphabet="abcdefgh", max_size=60)


def _differ() -> diff_match_patch:
    differ = diff_match_patch()
    differ.Diff_Timeout = 0
    return differ


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _TEXTS)
def test_the_anchored_diff_rebuilds_both_texts(old: str, new: str) -> None:
    diffs = _anchored_diff(_differ(), old, new)
    assert "".join(chunk for op, chunk in diffs if op <= 0) == old
    assert "".join(chunk for op, chunk in diffs if op >= 0) == new


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _TEXTS)
def test_anchors_are_unique_in_both_and_in_order(old: str, new: str) -> None:
    anchors = _unique_common_anchors(old, new)
    for a, b in anchors:
        assert old[a] == new[b]
        assert old.count(old[a]) == 1 and new.count(new[b]) == 1
    assert [b for _, b in anchors] == sorted(b for _, b in anchors)
    assert [a for a, _ in anchors] == sorted(a for a, _ in anchors)


def test_anchors_keep_the_longest_common_order() -> None:
    # Every letter is unique in both; a or x and z moved, so the longest run in the same
    # order in both has four letters (a or x, then b, y, c), never z.
    anchors = _unique_common_anchors("axbycz", "xazbyc")
    assert len(anchors) == 4
    assert anchors[1:] == [(2, 3), (3, 4), (4, 5)]
    assert _unique_common_anchors("xyz", "xyz") == [(0, 0), (1, 1), (2, 2)]


def test_identical_texts_are_one_equal_run() -> None:
    text = "abcabcxyz"
    diffs = _anchored_diff(_differ(), text, text)
    assert all(op == 0 for op, _ in diffs)
    assert "".join(chunk for _, chunk in diffs) == text


def test_unrelated_texts_are_deleted_and_inserted() -> None:
    diffs = _anchored_diff(_differ(), "aaaa", "bbbb")
    assert ("".join(c for op, c in diffs if op == -1), "".join(c for op, c in diffs if op == 1)) \
        == ("aaaa", "bbbb")
