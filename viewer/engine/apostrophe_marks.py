"""Pairs of apostrophes as double quotation marks: some outlets open and close a quotation with
two apostrophes (Italian agencies, ''...''), some wire feeds close one so ('"... was
elected.'' Just'), and after a digit they are inches.

Pure function of one paragraph-flowed text, for `viewer.engine.quotations.quoted_spans`, which
reads the marks it returns as it reads any double quotation mark.
"""

from __future__ import annotations

import re


def with_apostrophe_marks(flowed: str) -> str:
    """`flowed` with each pair of apostrophes read as a double quotation mark where it stands as
    one, the text keeping its length: an opening mark after a space, a line's start, a colon or
    a bracket and before a letter ("ha detto: ''Faremo piena luce''", as Italian agencies
    print); a closing one after a letter or the quotation's punctuation ('"... was
    elected.'' Just a day earlier', some wire feeds). After a digit it is left alone (65'' is
    inches), and so is every pair where Dutch ,,...'' may stand."""
    if ("''" not in flowed and "’’" not in flowed) or ",," in flowed:
        return flowed

    def mark(pair: re.Match[str]) -> str:
        before = flowed[pair.start() - 1] if pair.start() else "\n"
        after = flowed[pair.end()] if pair.end() < len(flowed) else "\n"
        if before.isdigit():
            return pair.group()
        if (before.isspace() or before in "([:–—-") and after.isalnum():
            return " “"
        if before.isalnum() or before in ".,!?;…)":
            return "” "
        return pair.group()

    return _APOSTROPHE_PAIR.sub(mark, flowed)


_APOSTROPHE_PAIR = re.compile("''|’’")
