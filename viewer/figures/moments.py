"""The moment a count's time words name, and which of two moments comes first.

`viewer.figures.as_of` finds the words a count is given as of ("截至2024年5月2日15时30分",
"as of 3 p.m. on May 2", "as of 15:00", "as of 0600 GMT", "Stand: 14 Uhr"); this module reads
the year, month, day, hour, minute and time zone they give in digits (`read_moment`) and puts
two such moments in order where the words allow it (`moment_order`). Where they do not (one
names a day or an hour the other does not, or their hours are of different time zones), the
answer is "cannot tell": `viewer.figures.updates` then takes the two counts as outlets
disagreeing, never as one count updated. Pure functions on text, no Qt.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import NamedTuple


class Moment(NamedTuple):
    """A time as its words give it, each part None where they do not say it; `zone` is the
    time zone its hour is given in ("UTC", "ET"), None where the words name none; `weekday`
    the day of the week they name, 0 for Monday ("6 p.m. Tuesday": 1)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    zone: str | None = None
    weekday: int | None = None


_MONTHS_BY_NUMBER = (
    (1, ("january", "jan", "januar", "jänner")),
    (2, ("february", "feb", "februar")),
    (3, ("march", "mar", "märz")),
    (4, ("april", "apr")),
    (5, ("may", "mai")),
    (6, ("june", "jun", "juni")),
    (7, ("july", "jul", "juli")),
    (8, ("august", "aug")),
    (9, ("september", "sept", "sep")),
    (10, ("october", "oct", "oktober")),
    (11, ("november", "nov")),
    (12, ("december", "dec", "dezember")),
)
"""Each month's number with its English and German names and abbreviations. Given as pairs,
not counted through a list per language: the languages share names ("April", "August"), and
counting through them once each numbered the shared ones twice."""
_MONTH_NUMBER = {name: number for number, names in _MONTHS_BY_NUMBER for name in names}
EN_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
             "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
DE_MONTHS = "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|" \
            "november|dezember"
ZONES = {"gmt": "UTC", "utc": "UTC", "z": "UTC", "et": "ET", "est": "ET", "edt": "ET",
         "pt": "PT", "pst": "PT", "pdt": "PT", "cet": "CET", "cest": "CET", "mez": "CET",
         "mesz": "CET", "bst": "BST"}
"""Time zones a count's hour is given in, by the words that name them (summer and winter
time as one: the season is the same for two counts of one story)."""
ZONE_WORDS = "|".join(sorted(ZONES, key=len, reverse=True))

_MILITARY = re.compile(
    rf"(?<![\d:.])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:(?P<zone>{ZONE_WORDS})\b|"
    r"hrs\b|hours\b|local\b)", re.IGNORECASE)
"""A 24-hour clock in four digits, as wire copy writes it: "0600 GMT", "1530Z", "1800 hrs",
"1930 local" (never a year: a zone, "hrs" or "local" follows)."""
_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?:\s?(?:[:.](?P<minute>\d\d))?\s*(?P<half>[ap])\.?m\b|"
    r"(?:[:.](?P<minute2>\d\d))?\s*(?:uhr|h)\b|:(?P<minute3>\d\d)\b)", re.IGNORECASE)
"""An hour: "6 p.m.", "6:30 am", "14 Uhr", "14.30 Uhr", "15h", "15:00" (a 24-hour clock)."""
_ZONE = re.compile(rf"\b(?P<zone>{ZONE_WORDS})\b", re.IGNORECASE)
_CJK_CLOCK = re.compile(r"(?P<hour>\d{1,2})\s?(?:时|時|点|點|시)"
                        r"(?:\s?(?P<minute>\d{1,2})\s?(?:分|분)|(?P<half>半))?")
_AFTERNOON = re.compile(r"下午|晚上|傍晚|夜间|午後|夕方|夜|오후|밤")
_CJK_YEAR = re.compile(r"(\d{4})\s?[年년]")
_CJK_MONTH = re.compile(r"(\d{1,2})\s?[月월]")
_CJK_DAY = re.compile(r"(\d{1,2})\s?[日일]")
_DAY_MONTH = re.compile(rf"(?P<day>\d{{1,2}})\.?\s+(?P<month>{EN_MONTHS}|{DE_MONTHS})\b"
                        rf"|(?P<month2>{EN_MONTHS})\.?\s+(?P<day2>\d{{1,2}})\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d:.])(?:19|20)\d\d(?![\d:])")
WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
            "donnerstag|freitag|samstag|sonnabend|sonntag")
_WEEKDAY = re.compile(rf"\b(?P<name>{WEEKDAYS})", re.IGNORECASE)
"""A day of the week, in English or German ("Tuesday", "Montagabend")."""
_WEEKDAY_NUMBER = {name: number % 7 for number, name in enumerate(WEEKDAYS.split("|"))}
_WEEKDAY_NUMBER.update({"samstag": 5, "sonnabend": 5, "sonntag": 6})
WEEKDAYS_APART_MAX = 2
"""Two days of the week are put in order only this many days apart or fewer, the later the one
after ("Tuesday" before "Wednesday", "Saturday" before "Monday"): a story's counts fall
within a few days, and three days or more apart either could be the later one."""


def read_moment(time: str) -> Moment | None:
    """The moment a time's words give in digits ("截至2024年5月2日15时30分", "3 p.m. on May 2",
    "15:00", "0600 GMT"); None if they give no year, month, day or hour, or an impossible one
("25:99", "Feb 30": `_possible`)."""
    time = "".join(str(unicodedata.digit(char)) if char.isdigit() else char for char in time)
    year = month = day = hour = minute = None
    zone = None
    if (military := _MILITARY.search(time)) is not None:
        hour, minute = int(military.group("hour")), int(military.group("minute"))
        zone = ZONES[military.group("zone").lower()] if military.group("zone") else None
        time = time[:military.start()] + time[military.end():]  # (not read as a year too)
    if (found := _CJK_YEAR.search(time)) is not None:
        year = int(found.group(1))
    elif (found := _YEAR.search(time)) is not None:
        year = int(found.group(0))
    if (found := _CJK_MONTH.search(time)) is not None:
        month = int(found.group(1))
    if (found := _CJK_DAY.search(time)) is not None:
        day = int(found.group(1))
    if (dated := _DAY_MONTH.search(time)) is not None:
        day = int(dated.group("day") or dated.group("day2"))
        month = _MONTH_NUMBER[(dated.group("month") or dated.group("month2")).lower()]
    if hour is None and (clock := _hour_and_minute(time)) is not None:
        hour, minute = clock
    if hour is not None and zone is None and (named := _ZONE.search(time)) is not None:
        zone = ZONES[named.group("zone").lower()]
    weekday = None
    if (named := _WEEKDAY.search(time)) is not None:
        weekday = _WEEKDAY_NUMBER[named.group("name").lower()]
    if year is None and month is None and day is None and hour is None and weekday is None:
        return None
    moment = Moment(year, month, day, hour, minute, zone, weekday)
    return moment if _possible(moment) else None


LEAP_YEAR = 2024
"""The year a day is checked in where its words name none: a leap year, so "Feb 29" is one."""


def _possible(moment: Moment) -> bool:
    """Whether a moment is one a calendar and a clock have: not "25:99" or "Feb 30", read from
    a typo or from digits that were no time. An impossible moment is read as none, its count
    as of no moment (so it disagrees, as before counts had times), never put in order with
    others. "24:00" is one too: it is the next day's 00:00, which would be ordered as the
    day's own midnight, before its 23:00."""
    if moment.hour is not None and not 0 <= moment.hour <= 23:
        return False
    if moment.minute is not None and not 0 <= moment.minute <= 59:
        return False
    if moment.month is not None and not 1 <= moment.month <= 12:
        return False
    if moment.day is None:
        return True
    if moment.month is None:
        return 1 <= moment.day <= 31
    try:
        datetime.date(moment.year or LEAP_YEAR, moment.month, moment.day)
    except ValueError:
        return False
    return True


def _hour_and_minute(time: str) -> tuple[int, int] | None:
    """The hour (0-23) and minute of a time's clock ("下午6时", "6:30 p.m.", "14 Uhr", "15:00")."""
    if (clock := _CJK_CLOCK.search(time)) is not None:
        hour = int(clock.group("hour"))
        minute = 30 if clock.group("half") else int(clock.group("minute") or 0)
        return (hour + 12 if _AFTERNOON.search(time) and hour < 12 else hour), minute
    if (clock := _CLOCK.search(time)) is not None:
        hour = int(clock.group("hour"))
        minute = int(clock.group("minute") or clock.group("minute2") or clock.group("minute3")
                     or 0)
        if clock.group("half"):
            hour = hour % 12 + (12 if clock.group("half").lower() == "p" else 0)
        return hour, minute
    return None


def moment_order(first: Moment, second: Moment) -> int | None:
    """-1, 0 or 1 as `first` comes before, with or after `second`; None where they cannot be
    put in order: one names a day or an hour the other does not ("18时" and "2日6时", "10 a.m.
    Tuesday" and "6 a.m."), their days of the week are far apart (`WEEKDAYS_APART_MAX`), or
    their hours are given in different time zones, or in a zone and in none ("6 a.m. GMT" and
    "6 a.m."). A year or a month only one of them names is taken to be the other's too: one
    story's counts fall within a few days."""
    # (zones first: "11 p.m. ET on March 31" is after "2 a.m. GMT on April 1", so hours of two
    # zones, or of a zone and none, order nothing, not even by their months)
    if (first.hour is not None or second.hour is not None) and first.zone != second.zone:
        return None
    for mine, theirs in ((first.year, second.year), (first.month, second.month)):
        if mine is not None and theirs is not None and mine != theirs:
            return -1 if mine < theirs else 1
    if first.day is None and second.day is None:
        # (a day of the week stands for the day of the month: "10 a.m. Tuesday" is before
        # "6 a.m. Wednesday", and "6 p.m. Tuesday" and "6 p.m. Wednesday" are not one moment)
        days = _weekday_order(first.weekday, second.weekday)
        if days != 0:
            return days
    for mine, theirs in ((first.day, second.day), (first.hour, second.hour),
                         (first.minute, second.minute)):
        if mine is None and theirs is None:
            continue
        if mine is None or theirs is None:
            return None
        if mine != theirs:
            return -1 if mine < theirs else 1
    return 0


def _weekday_order(first: int | None, second: int | None) -> int | None:
    """-1, 0 or 1 as the day of the week `first` comes before, on or after `second`, within
    WEEKDAYS_APART_MAX days; None where only one is named or they are further apart."""
    if first is None and second is None:
        return 0
    if first is None or second is None:
        return None
    ahead = (second - first) % 7
    if ahead == 0:
        return 0
    if ahead <= WEEKDAYS_APART_MAX:
        return -1
    if 7 - ahead <= WEEKDAYS_APART_MAX:
        return 1
    return None
