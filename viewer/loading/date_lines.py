"""A saved page's date: a date value as a header gives it (`normalize_date`), and the date line
a page opens with, above or under its headline (`opening_date`). No Qt here.

Pure functions of text, for `viewer.loading` (a file's date where its header gives none) and
the projects' stored dates. The forms are those pages print: ISO, digits day first or year first,
a month's name in the languages of `viewer.loading.month_names`, a page's time stamp
(`viewer.loading.time_stamps`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from viewer.loading.calendars import (
    buddhist_numeric_years,
    gregorian_years,
    in_western_digits,
    is_thai,
)
from viewer.loading.month_names import named_date, named_stamp
from viewer.loading.page_furniture import HEADLINE_MAX_CHARS, ORDINAL_ENDING, is_furniture
from viewer.loading.time_stamps import stamp_date

_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b %d %Y")


def normalize_date(value: str | None) -> str | None:
    """An ISO `YYYY-MM-DD` for a date given as ISO (date or timestamp) or "8 January 2020"
    ("December 16th, 2024" too)."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return _named_date(value)


OPENING_DATE_LINES = 4
"""A date line among this many opening lines of a text without a header dates it ..."""
OPENING_DATE_SEARCH_LINES = 8
"""... and a page's time stamp (a date with its time of day) or a byline's date field among
this many, above the first paragraph: the byline under a headline that a site's banner and menu
push down ("Monday 08 Dec 2025" / "Sarabangla | Breaking News | ..." / the headline / the
reporter / "১৭ নভেম্বর ২০২৫ ১৭:৩৩ | আপডেট: ..."). A bare date that far down is as often
something else's (a forum's "Joined" / "11 Mart 2023" under its poster's name)."""
OPENING_DATE_MAX_CHARS = 40
_DATE_FIELDS = re.compile(r"\s+[|｜]\s+")
_FIELD_LABEL = re.compile(r"^[^\d|｜:：]{1,20}[:：]\s*")
"""A date field's label, "Updated:", "আপডেট:", "Publié le :"."""
_TIME_OF_DAY = re.compile(r"\d{1,2}\s*(?:[:：]|時|시)\s*\d{2}")


def opening_date(body: str) -> str | None:
    """The ISO date of the page's own date line: a line that is a date alone ("December 16th,
    2024", "2024-12-03 22:59", "令和4年7月3日", "14 ส.ค. 2567") among the first
    OPENING_DATE_LINES lines of `body`, or a stamp or field further down
    (OPENING_DATE_SEARCH_LINES).

    The first date line is the page's; the earliest of its own dates (its fields, "Published:
    ... | Updated: ...", and the date lines right under it, "Updated ..." / "Published ...")
    dates it: the day it was updated falls on or after the day it was published. A date line
    with nothing but the page's furniture above it may be a site's banner with the day the page
    was saved: the next date line (the byline's under the headline) is read too, and the
    earlier wins. Any other date further down is someone else's (a list of other stories, a
    caption's), never compared."""
    lines = [line.strip() for line in body[:2_000].split("\n")]
    opening = [line for line in lines if line][:OPENING_DATE_SEARCH_LINES]
    thai = is_thai("".join(opening))
    blocks: list[list[str]] = []  # (the dates of each run of adjacent date lines)
    banner = False
    last_at = -2
    for at, line in enumerate(opening):
        if at >= OPENING_DATE_LINES and any(len(earlier) > HEADLINE_MAX_CHARS
                                            for earlier in opening[:at]):
            break  # (past the first paragraph: the story, or a list of other stories)
        dates, whole = _dates_of_line(line, further=at >= OPENING_DATE_LINES, thai=thai)
        if not dates:
            continue
        if blocks and at == last_at + 1 and whole:
            blocks[-1].extend(dates)
        elif not blocks:
            blocks.append(dates)
            banner = all(is_furniture(above, following)
                         for above, following in itertools.pairwise(opening[:at + 1]))
        elif banner and len(blocks) == 1:
            blocks.append(dates)
        else:
            break
        last_at = at
    return min((date for block in blocks for date in block), default=None)


def _dates_of_line(line: str, *, further: bool, thai: bool) -> tuple[list[str], bool]:
    """The dates one opening line gives (several where it has fields), and whether it is a date
    whole (a date line under another joins its block; a stamp with a caption's words does
    not). `thai`: the page is Thai, its years in digits the Buddhist era's ("14/08/2567")."""
    if len(line) > HEADLINE_MAX_CHARS:
        return [], False
    line = gregorian_years(in_western_digits(line))
    if thai:
        line = buddhist_numeric_years(line)
    dates, whole = _dates_of_western_line(line, further)
    return [date for date in dates if _plausible(date)], whole


FIRST_YEAR = 1900
"""The earliest year a news page's own date is read in: a year before it, or after the next
year, is another calendar's read as Gregorian (the Hijri "١٤٤٧-٠٥-٢٦", Nepal's Bikram Sambat
"२०८२-०८-०१", a Thai "2567" outside a Thai page), no date."""


def _plausible(date: str) -> bool:
    return FIRST_YEAR <= int(date[:4]) <= dt.date.today().year + 1


def _dates_of_western_line(line: str, further: bool) -> tuple[list[str], bool]:
    """`_dates_of_line` of a line in Western digits and Gregorian years."""
    fields = _DATE_FIELDS.split(line)
    if further and len(fields) == 1 and not _TIME_OF_DAY.search(line):
        return [], False
    if len(fields) > 1:  # ("17 নভেম্বর 2025 17:33 | আপডেট: ...", "By Jo Doe | May 2, 2024")
        dates = [date for date, _whole in map(_date_of_field, map(_without_label, fields))
                 if date is not None]
        if dates:
            return dates, False
    found, whole = _date_of_field(line)
    return ([found], whole) if found is not None else ([], False)


def _without_label(field: str) -> str:
    return _FIELD_LABEL.sub("", field)


def _date_of_field(line: str) -> tuple[str | None, bool]:
    """The ISO date of a line (or a field of one) that is a date, or a time stamp with its
    label; and whether the line is a date whole (no stamp's label)."""
    found = None
    # (a date the page broke over lines after its weekday keeps the comma before the break:
    # "সোমবার," / "১৭ নভেম্বর ২০২৫,")
    line = line.rstrip(" ,;")
    if len(line) <= OPENING_DATE_MAX_CHARS:
        # (the whole line a date: "2024-12-03 Live: what we know" is a headline)
        found = _date_of_line(line)
        if found is None:
            # ("04.03.2025, 20:45 Uhr Artikel anhören", "04.03.2025 / MANNHEIM -")
            bare = _AFTER_DATE.sub("", line)
            found = _date_of_line(bare) if bare != line else None
    if found is not None:
        return found, True
    # (a stamp: "입력 2024-01-02 16:22", "2023-08-24 20:47:43来源:…",
    # "Desk 17 নভেম্বর 2025, 6:27 PM")
    return stamp_date(line) or named_stamp(line) or _time_then_date(line), False


_LABEL_THEN_TIME = re.compile(
    r"(?:[-•·]\s*)?(?:[^\d|｜:：]{1,20}[:：]\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:\s*[^\W\d_][^\s\d,]{0,11})?\s*,\s*")
"""A date field's label ("প্রকাশিত:", "- আপডেট সময় :", "Updated:"), maybe after a list's mark,
and the clock time the page gives before its date, with its word ("PM", "অপরাহ্ন") and a
comma."""


def _time_then_date(line: str) -> str | None:
    """The ISO date of a field giving its time of day first, then a date whole ("প্রকাশিত: ৬:৫১
    অপরাহ্ন, ১৭ নভেম্বর ২০২৫", "Updated: 6:51 PM, 17 November 2025", the weekday between them
    allowed). A sentence going on after the date is the story's, no date line."""
    found = _LABEL_THEN_TIME.match(line)
    return None if found is None else _date_of_line(line[found.end():])


def _date_of_line(line: str) -> str | None:
    """The ISO date of a line that is a date whole (ISO, digits, or a month's name in any
    language of `viewer.loading.month_names`)."""
    if _ISO_DATE_LINE.fullmatch(line):
        return normalize_date(line)
    return _named_date(_WEEKDAY.sub("", line)) or _numeric_date(line) or named_date(line)


_AFTER_DATE = re.compile(
    r"\s*(?:/\s*[A-ZÄÖÜÀ-Þ][A-ZÄÖÜÀ-Þ .'-]*[-–—]?"
    r"|(?i:artikel anhören|artikel vorlesen|listen to (?:this )?article|écouter (?:cet|l')article"
    r"|escuchar (?:la )?noticia|ascolta (?:l')?articolo)"
    r"|\s(?i:发布者|發布者|来源|來源|作者|编辑|編輯|责任编辑|責任編輯|author|autor|auteur|autore"
    r"|source|quelle|fuente|fonte|editor|redaktion|rédaction|redacción)"
    r"\s*[:：]\s*[^\s:：]{1,24}(?:\s+[^\s:：]{1,24}){0,2})\s*$")
"""What a page prints after its date on the date's line: the story's dateline ("/ MANNHEIM -"),
its audio player's label ("Artikel anhören"), or the page's next field, its author's, source's or
editor's label and a name ("时间:2024/5/2 发布者:杜海全", "Date: 12.3.2024 Author: Ana Ruiz"; not a
headline's words after a colon, "2024-12-03 Live: what we know")."""


_ISO_DATE_LINE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_WEEKDAY = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
    r"\.?,?\s+", re.I)
"""A weekday before a date ("Wednesday, Nov 09, 2022"): the date is what follows."""
_DATE_LABEL = r"(?:[^\W\d_]{1,12}\s*[:：]\s*)?"
_TIME = r"(?:,?\s*\d{1,2}[:.：]\d{2}(?:[:：]\d{2})?(?:\s*(?:Uhr|h))?)?"
_DAY_FIRST = re.compile(
    rf"{_DATE_LABEL}(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}}){_TIME}")
_DAY_FIRST_SLASHED = re.compile(
    rf"(?:[^\W\d_]+\s+){{0,4}}(?P<day>1[3-9]|2\d|3[01])/(?P<month>\d{{1,2}})/(?P<year>\d{{4}})"
    rf"{_TIME}")
"""A date in digits with slashes whose day cannot be a month ("Publié le 19/12/2024 14:03"; a
label of up to four words before it: "Mis à jour le")."""
_YEAR_FIRST = re.compile(
    rf"(?:{_DATE_LABEL}|[^\W\d_]{{1,8}}\s+(?=\d{{4}}\s*[年년]))(?P<year>\d{{4}})\s*[年년/]\s*(?P<month>\d{{1,2}})\s*[月월/]\s*"
    rf"(?P<day>\d{{1,2}})\s*[日일]?(?:\s*[(（][월화수목금토일月火水木金土日][)）]"
    rf"|\s*[월화수목금토일]요일|\s*星期[一二三四五六日天])?{_TIME}")
"""A date in digits as a page's date line writes it, with its label and time ("16.01.2023,
16:50 Uhr", "时间:2024/5/2", "2024年05月03日 08:15"; a paper's name before 年月日, "人民日报
2024年05月03日 星期五"): day first with full stops, year first with
slashes or 年月日, 년월일 with the weekday's sign ("2025년 07월 14일(월)"; never month first:
"05/02/2024" may be either)."""


def _numeric_date(line: str) -> str | None:
    """The ISO date of a line that is a date in digits whole (`_DAY_FIRST`, `_YEAR_FIRST`)."""
    for form in (_DAY_FIRST, _DAY_FIRST_SLASHED, _YEAR_FIRST):
        found = form.fullmatch(line)
        if found is not None:
            try:
                return dt.date(int(found["year"]), int(found["month"]),
                               int(found["day"])).isoformat()
            except ValueError:
                return None
    return None


def _named_date(line: str) -> str | None:
    """The ISO date of a line that is one of _DATE_FORMATS whole ("December 16th, 2024")."""
    value = ORDINAL_ENDING.sub("", line)
    for date_format in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, date_format).date().isoformat()
        except ValueError:
            continue
    return None


YEAR_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
