"""Counts in status texts read as English: one article, two articles."""

from viewer.wording import count_of


def test_singular_plural_and_zero() -> None:
    assert count_of(1, "annotation") == "1 annotation"
    assert count_of(2, "annotation") == "2 annotations"
    assert count_of(0, "file") == "0 files"
    assert count_of(3, "shared passage") == "3 shared passages"
    assert count_of(2, "child", "children") == "2 children"
