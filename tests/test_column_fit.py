"""Narrow tables, without Qt: which columns give way, how the width is shared."""

from __future__ import annotations

from viewer.column_fit import columns_giving_way, shared_widths


def test_columns_give_way_in_order_until_the_title_has_its_minimum() -> None:
    widths = {2: 90, 3: 60, 4: 60}  # date, words, shared
    assert columns_giving_way(400, 160, widths, (3, 2)) == set()
    assert columns_giving_way(330, 160, widths, (3, 2)) == {3}
    assert columns_giving_way(200, 160, widths, (3, 2)) == {3, 2}
    assert columns_giving_way(100, 160, widths, (3, 2)) == {3, 2}  # never the last one


def test_the_width_is_shared_by_weight_above_the_minimums() -> None:
    assert shared_widths(300, [50, 50, 50], [1, 2, 1]) == [87, 125, 88]
    assert sum(shared_widths(301, [50, 50, 50], [1, 2, 1])) == 301
    assert shared_widths(100, [50, 50, 50], [1, 2, 1]) == [50, 50, 50]
