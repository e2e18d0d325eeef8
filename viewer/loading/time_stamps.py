"""A page's time stamp: a date written year first and a clock time, with a few words of label
around them ("입력 2024-01-02 16:22", "2023-08-24 20:47:43来源:中国新闻网", "유설희 기자 2024. 1. 2.
20:30", "• 2023-08-24 15:49:41", "海关总署   2023-08-24 15:42").

Pure functions of one line, for `viewer.loading.headers` (the line dates the file) and
`viewer.loading.page_furniture` (the line is no title). A date with its clock time is the page's
stamp, not a headline's words: a headline may open with a date ("2024-12-03 Live: what we
know"), never with the minute. Year first only, so that the date reads one way (a day first or a
month first is read by `headers` where it cannot be the other).
"""

from __future__ import annotations

import datetime as dt
import re

STAMP_LABEL_WORDS = 6
"""The most words of label a stamp's line holds besides its date and time (a site's or an
agency's name, "입력", "来源:中国新闻网 责任编辑:刘天霖", a reporter's name and "기자")."""
STAMP_LABEL_CHARACTERS = 30
"""... and the most characters of a script without spaces, whose words are not counted."""
LEADING_LABEL_WORDS = 3
LEADING_LABEL_CHARACTERS = 10
"""Before the date, a label is shorter (a site's name, "입력", a reporter's name and "기자"):
more words before it are the headline the page ran its stamp into ("习近平作出重要指示
新华社2024-05-02 16:48", the title up to the stamp)."""

_STAMP = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s?(?P<separator>[-./])\s?(?P<month>\d{1,2})\s?(?P=separator)"
    r"\s?(?P<day>\d{1,2})\.?,?\s+(?:at\s+)?(?P<time>\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)(?!\d)")
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def stamp_date(line: str) -> str | None:
    """The ISO date of a line that is a page's time stamp (module docstring), else None."""
    found = _STAMP.search(line)
    if found is None:
        return None
    before = line[:found.start()]
    if (len(_UNSPACED.findall(before)) > LEADING_LABEL_CHARACTERS
            or len(_LABEL_WORD.findall(_UNSPACED.sub("", before))) > LEADING_LABEL_WORDS):
        return None
    rest = before + " " + line[found.end():]
    if len(_UNSPACED.findall(rest)) > STAMP_LABEL_CHARACTERS:
        return None
    spaced = _UNSPACED.sub("", rest)
    if len(_LABEL_WORD.findall(spaced)) > STAMP_LABEL_WORDS or _STAMP.search(rest):
        return None
    try:
        return dt.date(int(found["year"]), int(found["month"]), int(found["day"])).isoformat()
    except ValueError:
        return None
