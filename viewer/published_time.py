"""When an article was published: `PublishedTime` turns what a page or header gave -- a full
timestamp with zone, a local time without zone, or only a day -- into the interval of instants it
can mean, so "who published first" is answered only where the times really allow it.

Its own light module (no HTML or JSON parsing) because the article list sorts by it and is built
before the window's first paint; `viewer.provenance` re-exports it. Pure functions; no Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_UTC = dt.timezone.utc
_EARLIEST_ZONE = dt.timedelta(hours=14)
"""The furthest ahead of UTC any zone is (Kiribati, UTC+14)."""
_LATEST_ZONE = dt.timedelta(hours=12)
"""The furthest behind (UTC-12)."""


@dataclass(frozen=True)
class PublishedTime:
    """The instants a stated publication time can mean, as a closed UTC interval.

    A timestamp with a zone is one instant (`earliest == latest`); a local time without zone
    could be in any zone; a day alone is the whole day in any zone.
    """

    text: str
    """As given, for display."""
    earliest: dt.datetime
    latest: dt.datetime
    precision: str
    """"instant" (time and zone), "local" (time, no zone) or "day"."""

    @property
    def exact(self) -> bool:
        return self.precision == "instant"

    def surely_before(self, other: PublishedTime) -> bool:
        """True only when every instant this time can mean precedes every one `other` can."""
        return self.latest < other.earliest


EARLIEST_YEAR = 1000
LATEST_YEAR = 9000
"""Publication times outside these years are not read: "0001-01-01" is what some site
generators write for no date, and at the calendar's edges the intervals below (and the
timeline's axis) fall off it -- a fault tester's project with a publication time of 0001-01-01
could no longer be opened."""


def parse_published(value: str | None) -> PublishedTime | None:
    """A `PublishedTime` for ISO 8601 (date, local time or with zone), RFC 2822, or "8 January
    2020"-style dates between `EARLIEST_YEAR` and `LATEST_YEAR`; None for anything else (never
    a guess)."""
    if not value or not value.strip():
        return None
    try:
        time = _interval(value.strip())
    except OverflowError:  # (a time at the calendar's edge, shifted by a zone)
        return None
    if time is None or not (time.earliest.year >= EARLIEST_YEAR
                            and time.latest.year <= LATEST_YEAR):
        return None
    return time


def _interval(text: str) -> PublishedTime | None:
    moment = _parse_moment(text)
    if moment is not None:
        if moment.tzinfo is not None:
            instant = moment.astimezone(_UTC)
            return PublishedTime(text, instant, instant, "instant")
        local = moment.replace(tzinfo=_UTC)
        return PublishedTime(text, local - _EARLIEST_ZONE, local + _LATEST_ZONE, "local")
    day = _parse_day(text)
    if day is None:
        return None
    start = dt.datetime(day.year, day.month, day.day, tzinfo=_UTC)
    end = start + dt.timedelta(days=1) - dt.timedelta(microseconds=1)
    return PublishedTime(text, start - _EARLIEST_ZONE, end + _LATEST_ZONE, "day")


def readable_published(value: str | None) -> str:
    """A publication time as a reader writes it: "2020-01-08 07:15 UTC" for an instant,
    "2020-01-08 06:15" for a time without zone, "2020-01-08" for a day; anything Parallax cannot
    read is shown as given ("" for nothing). For labels; files keep the ISO text."""
    time = parse_published(value)
    if time is None:
        return (value or "").strip()
    if time.exact:
        return f"{time.earliest:%Y-%m-%d %H:%M} UTC"
    as_written = time.earliest + _EARLIEST_ZONE  # the local time or the day's first moment
    if time.precision == "local":
        return f"{as_written:%Y-%m-%d %H:%M}"
    return f"{as_written:%Y-%m-%d}"


def list_date(published: str | None, day: str | None) -> str:
    """The date the article list shows: the UTC day of an exact publication time, as on the
    timeline (whose axis is in UTC: articles from several zones share it), else the day as
    written (a day, or a time without zone, names no zone to convert from). A tester saw the
    list say 2011-10-05, the page's own date in UTC-7, and the timeline 2011-10-06 02:45."""
    time = parse_published(published)
    if time is not None and time.exact:
        return f"{time.earliest:%Y-%m-%d}"
    return (day or "").strip() or readable_published(published)


def date_tooltip(published: str | None) -> str:
    """What the list's date stands for, with the zone said ("" for no publication time)."""
    time = parse_published(published)
    if time is None:
        return ""
    if time.exact:
        return (f"Published {readable_published(published)} (the article gives "
                f"{time.text}); dates are in UTC, as on the timeline")
    if time.precision == "local":
        return f"Published {time.text}, a local time without zone"
    return f"Published {time.text}, a day without time or zone"


_HAS_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_DAY_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b %d %Y")


def _parse_moment(text: str) -> dt.datetime | None:
    if _HAS_TIME.match(text):
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return None
    if "," in text or ":" in text:
        import email.utils  # here: it costs the window's start-up ~20 ms, and few dates need it

        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        return moment
    return None


def _parse_day(text: str) -> dt.date | None:
    if len(text) == 10:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None
    for day_format in _DAY_FORMATS:
        try:
            return dt.datetime.strptime(text, day_format).date()
        except ValueError:
            continue
    return None
