"""Narrow tables, without Qt: which columns give way, how the width is shared."""

from __future__ import annotations

from viewer.column_fit import (
    columns_giving_way,
    default_dock_width,
    fit_around_text,
    grown_into_spare_room,
    kept_for_panes,
    panes_fitting,
    title_before_tag,
    width_for_panes,
)


def test_columns_give_way_in_order_until_the_title_has_its_minimum() -> None:
    widths = {2: 90, 3: 60, 4: 60}  # date, words, shared
    assert columns_giving_way(400, 160, widths, (3, 2)) == set()
    assert columns_giving_way(330, 160, widths, (3, 2)) == {3}
    assert columns_giving_way(200, 160, widths, (3, 2)) == {3, 2}
    assert columns_giving_way(100, 160, widths, (3, 2)) == {3, 2}  # never the last one


def test_the_text_column_takes_the_room_the_others_leave_and_they_give_way_for_it() -> None:
    """Shared out by weights, a dock 310 px wide left the quote 50 px (its heading): the quote
    is what the dock is read for, so the others keep their contents' width or give way."""
    wanted = {0: 100, 2: 60, 3: 90, 4: 70, 5: 60}
    minimums = {0: 60, 2: 45, 3: 45, 4: 50, 5: 55}
    order = (5, 3, 4, 2)
    widths, hidden = fit_around_text(1000, 1, 170, wanted, minimums, order)
    assert hidden == set() and widths[1] == 1000 - 380 and sum(widths.values()) == 1000
    assert fit_around_text(400, 1, 170, wanted, minimums, order) == (
        {0: 100, 2: 60, 4: 70, 1: 170}, {5, 3})
    assert fit_around_text(310, 1, 170, wanted, minimums, order) == ({0: 100, 1: 210},
                                                                     {5, 3, 4, 2})
    # Narrower still: the column left shrinks toward its heading, the text keeps its minimum.
    assert fit_around_text(250, 1, 170, wanted, minimums, order) == ({0: 80, 1: 170},
                                                                     {5, 3, 4, 2})
    assert fit_around_text(200, 1, 170, wanted, minimums, order)[0] == {0: 60, 1: 170}


def test_a_dock_opens_wide_enough_for_its_columns_unless_the_panes_need_the_room() -> None:
    columns = {0: 126, 1: 168, 2: 98, 3: 126}  # article, quote, tags, note
    # A wide window: every column whole.
    assert default_dock_width(columns, 30, 1920, 650, 330) == 548
    # A 1366-px laptop: still whole, two readable panes (650 px) left beside it.
    assert default_dock_width(columns, 30, 1366, 650, 330) == 548
    # A narrow window: the panes keep their room; the dock takes what is left...
    assert default_dock_width(columns, 30, 1100, 650, 330) == 450
    # ...but never less than its floor (the panes then show fewer, never narrower).
    assert default_dock_width(columns, 30, 900, 650, 330) == 330


def test_the_last_pane_needs_no_link_map() -> None:
    """A pane's narrowest width (342 px at a 9 pt font) counts the 44-px link map drawn before
    the next pane: three panes fit in 3 x 342 - 44 = 982 px, not 1026."""
    assert panes_fitting(982, 342, 44) == 3
    assert panes_fitting(981, 342, 44) == 2
    assert panes_fitting(100, 342, 44) == 1
    assert width_for_panes(3, 342, 44) == 982
    assert panes_fitting(width_for_panes(4, 342, 44), 342, 44) == 4


def test_a_side_dock_leaves_room_for_as_many_panes_as_keep_it_at_its_floor() -> None:
    """At 1366 px (1360 shared with the dock) the Annotations dock kept room for two panes,
    opening 476 px wide beside them; three fit with the dock at 378 px, above its 330 floor."""
    assert kept_for_panes(1360, 342, 44, 330, 2, 4) == 982
    assert default_dock_width({0: 113, 1: 150, 2: 88, 3: 113}, 12, 1360,
                              kept_for_panes(1360, 342, 44, 330, 2, 4), 330) == 378
    # Only two articles ticked: no room kept for a third, the dock as wide as its columns.
    assert kept_for_panes(1360, 342, 44, 330, 2, 2) == 640
    # A narrow window keeps the fewest, the dock then at its floor (default_dock_width).
    assert kept_for_panes(900, 342, 44, 330, 2, 5) == 640
    # A wide one keeps room for the panes there are to show, no more.
    assert kept_for_panes(3000, 342, 44, 330, 2, 5) == width_for_panes(5, 342, 44)


def test_columns_cut_at_their_cap_grow_into_the_room_the_quotes_do_not_need() -> None:
    """A wide dock: the quotes need 300 px of the 620 they got; the titles cut at their cap
    (100 px, 260 whole) take 160 of the rest, the claim (80, 150 whole) the last 70 it wants;
    the quote keeps what its longest text needs plus what nobody wanted."""
    widths = {0: 100, 4: 80, 2: 60, 1: 620}
    whole = {0: 260, 4: 150, 2: 40, 1: 300}
    grown = grown_into_spare_room(widths, 1, 300, whole, (0, 4, 2))
    assert grown == {0: 260, 4: 150, 2: 60, 1: 390}
    assert sum(grown.values()) == sum(widths.values())
    # No room to spare: nothing moves; a hidden column (not in widths) is not shown again.
    assert grown_into_spare_room(widths, 1, 620, whole, (0, 4)) == widths
    assert 3 not in grown_into_spare_room(widths, 1, 100, {**whole, 3: 500}, (3, 0))
    # Only so much as there is: the first column of the order first.
    assert grown_into_spare_room(widths, 1, 560, whole, (0, 4)) == {0: 160, 4: 80, 2: 60,
                                                                  1: 560}


def _elide(text: str, room: int) -> str:
    """A cell's cut with one pixel a character: the text, or its start and "…" in `room`."""
    return text if len(text) <= room else text[:max(room - 1, 0)] + "\u2026"


def _fitted(room: int, tags: tuple[str, ...] = ("version 2 of 2, latest", "v2/2, latest",
                                                "v2/2")) -> str:
    return title_before_tag("Iraq's military said", tags, room, joint=" \u00b7 ", width=len,
                            elide=_elide)


def test_a_title_gives_way_to_its_tag_then_the_tag_to_the_title_s_start() -> None:
    assert _fitted(60) == "Iraq's military said \u00b7 version 2 of 2, latest"
    assert _fitted(35) == "Iraq's mi\u2026 \u00b7 version 2 of 2, latest"  # (the title cut)
    assert _fitted(25) == "Iraq's mi\u2026 \u00b7 v2/2, latest"  # (the tag shortened)
    assert _fitted(11) == "Ira\u2026 \u00b7 v2/2"  # (the title's first characters kept)
    assert _fitted(8) == "Ira\u2026 \u00b7 v2/2"  # (none fits: the cell cuts its end)
    assert _fitted(60, ()) == "Iraq's military said"


def test_the_cell_s_own_cut_decides_what_fits() -> None:
    """Qt's cut measures otherwise than a text's width (a text 124 pixels wide cut at 124):
    the title gives a little more where the cell would cut the tag."""
    def strict(text: str, room: int) -> str:  # (cuts a text as wide as the room too)
        return _elide(text, room - 1)
    fitted = title_before_tag("Iraq's military said", ("v2/2, latest", "v2/2"), 25,
                              joint=" \u00b7 ", width=len, elide=strict)
    assert strict(fitted, 25) == fitted and fitted.endswith("\u2026 \u00b7 v2/2, latest")
