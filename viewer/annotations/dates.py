"""Annotation dates written as numbers (seconds or milliseconds since 1970), read as dates.

The model wants an xsd:dateTime string, but tools that keep a JavaScript `Date.now()` or a Unix
time write a number: `1732871052331`. A number is read when it can mean one date only: from
10^8 up to 10^11 it is seconds (1973-03-03 to 5138-11-16), from 10^11 up to 10^14
milliseconds (the same years; as seconds it would be past the year 5138, and milliseconds
below 10^11 are the first three years of 1970). Anything else (negative, small, later) is no
date. Written back, such a date is the xsd:dateTime string the model requires (`reading`).
No Qt.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

SECONDS_FROM = 10**8
MILLISECONDS_FROM = 10**11
MILLISECONDS_UNTIL = 10**14
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def is_epoch_number(value: object) -> bool:
    """`value` is a number (not true/false) in the range read as seconds or milliseconds."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and SECONDS_FROM <= value < MILLISECONDS_UNTIL)


def epoch_date(value: int | float) -> str:
    """The ISO 8601 UTC time (`Z`; milliseconds when it has them) of an epoch number for which
    `is_epoch_number` holds."""
    milliseconds = round(value * 1000) if value < MILLISECONDS_FROM else round(value)
    moment = _EPOCH + timedelta(milliseconds=milliseconds)
    spec = "milliseconds" if moment.microsecond else "seconds"
    return moment.isoformat(timespec=spec).replace("+00:00", "Z")

