"""The sentence under the timeline: who carried the selected passage first, and why the times
cannot always tell.

A day without a time, or a time without a zone, may be any instant of that day anywhere
(`viewer.published_time`), so two articles dated a day apart may still have appeared in either
order. Saying only "the times cannot tell" read as a fault to a newcomer, whose two articles were
dated the 9th and the 10th; the sentence now says why and which one is dated earlier. The
articles that may have been first are listed one a line (five titles with their dates in one
sentence read as one run-on title, tester session 58), and the articles the axis leaves out (it
spans the selected passage's carriers) are counted with the side they lie on. Pure text; the
timeline window shows it.
"""

from __future__ import annotations

from viewer.published_time import readable_published
from viewer.timeline import Timeline, TimelineBand, TimelineRow
from viewer.wording import count_of, one_line

SETS_A_TIME = "Article › Article details… sets one"
LISTED_FIRSTS = 6
"""The articles that may have been first named one a line, at most; the rest are counted (each
is ringed on the timeline)."""
LABEL_CHARS = 70
"""A name in the list is cut to this many characters: a title is not a paragraph."""


def timeline_summary(timeline: Timeline | None, band: TimelineBand | None,
                     undated_carriers: int) -> str:
    """What the timeline shows for the selected passage (`band`, None when none is selected);
    `undated_carriers` is how many of its carriers have no publication time."""
    if timeline is None:
        return "The timeline appears once the articles are aligned."
    undated = sum(row.span is None for row in timeline.rows)
    # Plain text files rarely give a time: say where one is set, or the timeline looks broken.
    note = (f" {undated} without a publication time are listed last ({SETS_A_TIME})."
            if undated else "")
    if band is not None and timeline.focus == band.passage_id:
        note = _outside_note(timeline.outside_rows()) + note
    if band is None:
        return ("Select a shared passage to see which outlet carried it first; every passage "
                "is drawn faintly." + note)
    firsts = [timeline.rows[r] for r in band.first_rows]
    if not firsts:
        return "No carrier of the selected passage has a publication time." + note
    if len(firsts) == 1 and undated_carriers:
        return (f"Of the articles with a time, {firsts[0].label} carried the selected passage "
                f"first; {undated_carriers} other carrier(s) have no time, so it may not be the "
                "first." + note)
    if len(firsts) == 1:
        return f"The selected passage appeared first in {firsts[0].label}." + note
    # (the first carriers are all dated: each row with its time, one a line)
    dated = [(row, row.published) for row in firsts if row.published is not None]
    named = [f"• {one_line(row.label, LABEL_CHARS)} ({readable_published(time.text)})"
             for row, time in dated[:LISTED_FIRSTS]]
    if len(dated) > LISTED_FIRSTS:
        named.append(f"• and {len(dated) - LISTED_FIRSTS} more, ringed on the timeline")
    listed = "The times cannot tell which came first:\n" + "\n".join(named)
    if all(time.exact for _row, time in dated):
        return listed + _below(note)
    first_start = min(time.earliest for _row, time in dated)
    earliest = [row for row, time in dated if time.earliest == first_start]
    lead = (f" {one_line(earliest[0].label, LABEL_CHARS)} is dated earliest; a full time "
            f"({SETS_A_TIME}) would decide." if len(earliest) == 1 else "")
    return (listed + "\nA date without a time and zone may be any hour of that day anywhere, so "
            "dates a day apart overlap." + lead + _below(note))


def _below(note: str) -> str:
    """`note` (which opens on a space) as a line of its own under a list."""
    return "\n" + note.lstrip() if note else ""


def _outside_note(rows: tuple[TimelineRow, ...]) -> str:
    """Where the articles the axis leaves out lie: " The axis spans ...; 3 others lie off it,
    1 earlier (2022-10-01) and 2 later (to 2023-01-12): arrows at its ends point to them." """
    if not rows:
        return ""
    before = [row for row in rows if row.outside < 0]
    after = [row for row in rows if row.outside > 0]
    sides = []
    if before:
        when = readable_published(before[0].published.text) if before[0].published else ""
        sides.append(f"{len(before)} earlier (from {when})" if len(before) > 1
                     else f"1 earlier ({when})")
    if after:
        when = readable_published(after[-1].published.text) if after[-1].published else ""
        sides.append(f"{len(after)} later (to {when})" if len(after) > 1
                     else f"1 later ({when})")
    lie = "lies" if len(rows) == 1 else "lie"
    return (f" The axis spans the selected passage's articles; {count_of(len(rows), 'other')} "
            f"{lie} off it, {' and '.join(sides)}: arrows at its ends point to them.")
