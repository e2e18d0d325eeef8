"""Widths in narrow places: how many article panes fit side by side, how wide a side dock opens
beside them, and which columns of a table there (the article list beside a dock, the Annotations
dock) give way, the width fitted around the column read most. A tester at 1000x700 found the
article list's Shared column cut off and the dock's Note, Claim and Status columns reachable only
by scrolling sideways; squeezing them all in then left the dock's quote as narrow as its
heading; and how a title and the tag after it share a narrow cell. Pure functions; no Qt."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

MIN_TITLE_CHARS = 3
"""The characters of a title a cell keeps before its tag, with "…": the tag alone (" · version 2
of 2, la…") said which version, but not of what."""


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


def fit_around_text(room: int, text_column: int, text_minimum: int,
                    wanted: Mapping[int, int], minimums: Mapping[int, int],
                    order: Sequence[int]) -> tuple[dict[int, int], set[int]]:
    """(width per shown column, columns hidden) for a table whose `text_column` is what it is
    read for (the Annotations dock's Quote). The other columns get their `wanted` widths (their
    contents, within a cap); if `room` then leaves the text column less than `text_minimum`,
    columns of `order` give way first ones first (hidden: the row's tooltip says them), then
    the ones left shrink toward their `minimums` (their headings). The text column takes the
    rest, never less than `text_minimum` (the table then scrolls). Sharing the width out by
    weights left the quote as narrow as its heading in a dock of default width."""
    hidden = columns_giving_way(room, text_minimum, wanted, order)
    shown = {c: w for c, w in wanted.items() if c not in hidden}
    excess = sum(shown.values()) + text_minimum - room
    if excess > 0:  # still too narrow: take it from each column's room above its minimum
        slack = {c: max(0, w - minimums.get(c, 0)) for c, w in shown.items()}
        total = sum(slack.values())
        if total:
            cut = min(excess, total)
            shown = {c: w - (slack[c] * cut + total - 1) // total for c, w in shown.items()}
    shown[text_column] = max(text_minimum, room - sum(shown.values()))
    return shown, hidden


def grown_into_spare_room(widths: Mapping[int, int], text_column: int, text_needs: int,
                          whole: Mapping[int, int], order: Sequence[int]) -> dict[int, int]:
    """`widths` (from `fit_around_text`) with the text column's room beyond what its longest
    text needs (`text_needs`) given to the shown columns of `order` that their cap cut short
    (`whole`: each one's contents at full width), first ones first. A wide Annotations dock
    left its quotes a blank margin while every article's title was cut at 18 characters."""
    grown = dict(widths)
    spare = grown.get(text_column, 0) - text_needs
    for column in order:
        if spare <= 0:
            break
        if column == text_column or column not in grown:
            continue
        more = min(spare, max(0, whole.get(column, 0) - grown[column]))
        grown[column] += more
        grown[text_column] -= more
        spare -= more
    return grown


def default_dock_width(columns: Mapping[int, int], chrome: int, window_width: int,
                       kept_for_panes: int, floor: int) -> int:
    """The width a dock opens at so that `columns` (the widest each shows whole, in pixels)
    are in view without scrolling, plus its `chrome` (frame, margins, scroll bar); but never
    so wide that less than `kept_for_panes` of `window_width` is left (the article panes at a
    readable width), and at least `floor`. The Annotations dock opened at a fixed 330 px:
    only Article and Quote showed, and a first-time user never saw the Tags and Note they
    wrote."""
    wanted = sum(columns.values()) + chrome
    return max(floor, min(wanted, window_width - kept_for_panes))


def panes_fitting(width: int, pane_width: int, link_width: int) -> int:
    """How many panes fit side by side in `width` (at least 1): each `pane_width` wide at its
    narrowest, that width counting the link map (`link_width`) drawn before the next pane --
    and the last pane has none. Counting one for it too showed a pane fewer than fits: three
    readable panes at 1366 px beside the Annotations dock were two."""
    return max(1, (width + link_width) // pane_width)


def width_for_panes(count: int, pane_width: int, link_width: int) -> int:
    """The narrowest width `count` panes fit in side by side (`panes_fitting`'s inverse)."""
    return count * pane_width - link_width


def kept_for_panes(shared: int, pane_width: int, link_width: int, dock_floor: int,
                   fewest: int, most: int) -> int:
    """The width the panes keep beside a side dock when the two share `shared` pixels: room for
    as many panes as still leave the dock `dock_floor`, never fewer than `fewest` and no more
    than `most` (the panes there are to show: room for a pane nobody ticked would only narrow
    the dock). At 1366 px the Annotations dock kept room for two panes only, at its full width;
    at 330 px or more it leaves three their 40 characters a line."""
    count = max(fewest, min(most, panes_fitting(shared - dock_floor, pane_width, link_width)))
    return width_for_panes(count, pane_width, link_width)


def title_before_tag(title: str, tags: Sequence[str], room: int, *, joint: str,
                     width: Callable[[str], int], elide: Callable[[str, int], str]) -> str:
    """A list cell's `title` followed by the tag that tells it apart from another row of that
    title (a version's "version 2 of 2, latest"), fitted to `room`: the first of `tags` (the
    tag, then shorter forms of it) that fits after the title's first `MIN_TITLE_CHARS` and "…",
    the title cut (`elide`, to a width) to what that tag leaves. Where none fits, the shortest,
    which the cell then cuts at its end: the title's start stays, and a short tag's number,
    which comes first. `width` measures a text; whether a text fits is asked of `elide`, the
    cell's own cut, whose measure may round otherwise (Qt's cut a text `width` put at 124 of
    124 pixels)."""
    if not tags:
        return elide(title, room)
    kept = title if len(title) <= MIN_TITLE_CHARS else title[:MIN_TITLE_CHARS] + "\u2026"

    def fits(text: str) -> bool:
        return elide(text, room) == text

    suffix = joint + next((tag for tag in tags if fits(kept + joint + tag)), tags[-1])
    title_room = room - width(suffix)
    while True:  # (a pixel or two less where the cell's measure finds the sum too wide)
        cut = elide(title, title_room)
        text = (cut if len(cut) >= len(kept) else kept) + suffix
        if fits(text) or title_room <= width(kept):
            return text
        title_room -= 1
