"""The panes a wider window adds (`viewer.default_panes.widened_panes`, Qt-free): the panes shown
stay first, then the selected passage's other articles, then the wider room's default choice;
where that choice is another group, it replaces the panes, never stands beside them."""

from __future__ import annotations

from viewer.default_panes import widened_panes

IDS = {"a", "b", "c", "d", "e", "x", "y", "z"}


def test_the_panes_shown_stay_first_then_the_passages_carriers_then_the_choice() -> None:
    assert widened_panes(["a", "b"], ["d"], ["a", "b", "c", "d", "e"], 4, IDS) == [
        "a", "b", "d", "c"]


def test_a_wider_rooms_choice_of_another_group_replaces_the_panes() -> None:
    assert widened_panes(["a", "b"], ["b", "y"], ["x", "y", "z"], 4, IDS) == ["y", "x", "z"]


def test_articles_no_longer_open_are_never_panes() -> None:
    assert widened_panes(["a"], [], ["a", "gone", "c"], 3, IDS) == ["a", "c"]
