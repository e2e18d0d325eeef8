"""Column widths for tables in narrow places (the article list beside a dock, the Annotations
dock): which columns give way, and how a width is shared. A tester at 1000x700 found the
article list's Shared column cut off and the dock's Note, Claim and Status columns reachable
only by scrolling sideways. Pure functions; no Qt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def columns_giving_way(room: int, needed: int, widths: Mapping[int, int],
                       order: Sequence[int]) -> set[int]:
    """The columns of `order` to hide, first ones first, until the others' `widths` leave
    `needed` pixels of `room` (for the column that takes what is left); none when they fit."""
    hidden: set[int] = set()
    for column in order:
        if room - sum(w for c, w in widths.items() if c not in hidden) >= needed:
            break
        hidden.add(column)
    return hidden


def shared_widths(room: int, minimums: Sequence[int], weights: Sequence[float]) -> list[int]:
    """Widths filling `room`: each column its minimum, and what is left shared by `weights`
    (the minimums alone when `room` is smaller: the table then scrolls)."""
    spare = max(0, room - sum(minimums))
    total = sum(weights) or 1.0
    widths = [minimum + int(spare * weight / total)
              for minimum, weight in zip(minimums, weights, strict=True)]
    if spare and widths:
        widths[-1] += room - sum(widths)  # rounding: the last column takes the odd pixels
    return widths
