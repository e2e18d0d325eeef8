"""A page's time stamp: a date written year first and a clock time, with a few words of label
around them ("입력 2024-01-02 16:22", "2023-08-24 20:47:43来源:中国新闻网", "유설희 기자 2024. 1. 2.
20:30", "• 2023-08-24 15:49:41", "海关总署   2023-08-24 15:42", "2024年05月01日 15:22 来源：新华网",
"입력 2024.01.02. 오후 4:22 수정 2024.01.03. 12:50").

Pure functions of one line, for `viewer.loading.headers` (the stamp dates the file:
`stamp_date`) and `viewer.loading.page_furniture` (a line that is a stamp and its label only is
no title: `stamp_alone`; a headline the page ran its stamp into keeps its words, the stamp cut
from the title). A date with its clock time is the page's stamp, not a headline's words: a
headline may open with a date ("2024-12-03 Live: what we know"), never with the minute. Year
first only, so that the date reads one way (a day first or a month first is read by `headers`
where it cannot be the other).
"""

from __future__ import annotations

import datetime as dt
import re

from viewer.loading.page_controls import LETTER_WORD
from viewer.unspaced_scripts import EAST_ASIAN_CHARACTER

STAMP_MAX_CHARS = 90
"""A longer line is a paragraph, whatever date it gives."""
STAMP_LABEL_WORDS = 6
"""The most words of label or headline a stamp's line holds besides its dates and times (a
site's or an agency's name, "입력", "来源:中国新闻网 责任编辑:刘天霖", a reporter's name and
"기자")."""
STAMP_LABEL_CHARACTERS = 30
"""... and the most characters of Chinese, Japanese or Korean, whose words are not counted."""
LEADING_LABEL_WORDS = 2
LEADING_LABEL_CHARACTERS = 6
"""A line is a stamp alone where what stands before its date is a label: this many words or
characters at most, or ending on a label's mark or word ("입력", "유설희 기자", "海关总署",
"新华社新闻_新华网 ( ) •"); more is the headline the page ran its stamp into ("Quake hits
Taiwan 2024-04-03 07:58")."""

_TIME = (r"(?:(?:오전|오후|上午|下午|午前|午後)\s*)?\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2})?"
         r"|時\d{1,2}分|시\s?\d{1,2}분)")
_STAMP = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s?(?:(?P<separator>[-./])\s?(?P<month>\d{1,2})\s?"
    r"(?P=separator)\s?(?P<day>\d{1,2})\.?|年\s?(?P<cjk_month>\d{1,2})\s?月\s?(?P<cjk_day>\d{1,2})"
    rf"\s?日|년\s?(?P<ko_month>\d{{1,2}})\s?월\s?(?P<ko_day>\d{{1,2}})\s?일),?\s*"
    rf"(?:\([^)]{{1,3}}\)\s*|[월화수목금토일]요일\s*|at\s+)?(?P<time>{_TIME})(?!\d)")
_LABEL_END = re.compile(r"(?:[:：|•·\-–—/]|기자|입력|수정|来源|來源|发布|發布|Published|Updated|"
                        r"Posted|Aktualisiert|Publié|Publicado|Pubblicato)\s*$", re.I)


def stamp_date(line: str) -> str | None:
    """The ISO date of the first stamp of a line that is a page's time stamp, a few words of
    label or headline around it (module docstring), else None."""
    found = _stamp(line)
    if found is None:
        return None
    try:
        return dt.date(int(found["year"]), int(found["month"] or found["cjk_month"]
                                               or found["ko_month"]),
                       int(found["day"] or found["cjk_day"] or found["ko_day"])).isoformat()
    except ValueError:
        return None


def stamp_alone(line: str) -> bool:
    """Whether `line` is a time stamp and its label only, no headline before it (module
    docstring): no title."""
    found = _stamp(line)
    if found is None or stamp_date(line) is None:
        return False
    before = line[:found.start()].strip()
    return (not before or _LABEL_END.search(before) is not None
            or (len(EAST_ASIAN_CHARACTER.findall(before)) <= LEADING_LABEL_CHARACTERS
                and len(LETTER_WORD.findall(EAST_ASIAN_CHARACTER.sub("", before)))
                <= LEADING_LABEL_WORDS))


def _stamp(line: str) -> re.Match[str] | None:
    """The first stamp of a line short enough and holding few enough other words."""
    if len(line) > STAMP_MAX_CHARS:
        return None
    found = _STAMP.search(line)
    if found is None:
        return None
    rest = _STAMP.sub(" ", line)
    if len(EAST_ASIAN_CHARACTER.findall(rest)) > STAMP_LABEL_CHARACTERS:
        return None
    if len(LETTER_WORD.findall(EAST_ASIAN_CHARACTER.sub("", rest))) > STAMP_LABEL_WORDS:
        return None
    return found
