"""The sentence under the timeline: who carried the selected passage first, and why the times
cannot always tell.

A day without a time, or a time without a zone, may be any instant of that day anywhere
(`viewer.published_time`), so two articles dated a day apart may still have appeared in either
order. Saying only "the times cannot tell" read as a fault to a newcomer, whose two articles were
dated the 9th and the 10th; the sentence now says why and which one is dated earlier. Pure text;
the timeline window shows it.
"""

from __future__ import annotations

from viewer.published_time import readable_published
from viewer.timeline import Timeline, TimelineBand

SETS_A_TIME = "Article › Article details… sets one"


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
    # (the first carriers are all dated: each row with its time)
    dated = [(row, row.published) for row in firsts if row.published is not None]
    named = ", ".join(f"{row.label} ({readable_published(time.text)})" for row, time in dated)
    if all(time.exact for _row, time in dated):
        return f"The times cannot tell which came first: {named}." + note
    first_start = min(time.earliest for _row, time in dated)
    earliest = [row for row, time in dated if time.earliest == first_start]
    lead = (f" {earliest[0].label} is dated earliest; a full time ({SETS_A_TIME}) would "
            "decide." if len(earliest) == 1 else "")
    return (f"The times cannot tell which came first: {named}. A date without a time and zone "
            "may be any hour of that day anywhere, so dates a day apart overlap." + lead + note)
