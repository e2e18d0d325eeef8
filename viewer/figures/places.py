"""Where a figure applies, when the sentence says so: "912 people were killed in Turkey",
"In Syria, at least 560 people died" -> "Turkey", "Syria".

A total and a country's share are different quantities; this lets grouping keep them apart.
Only a capitalised name after "in"/"across" right after the figure (and its verb), or an
opening "In <Name>," of the sentence, counts: "in the strikes" or "in January" do not.
"""

from __future__ import annotations

import re

from viewer.figures.things import NOT_COUNTED, group_of

_NAME = r"(?P<place>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
_AFTER = re.compile(
    r"(?:\s+(?:were|was|are|is|have|has|had|been|being|reportedly|alone|so\s+far))*"
    rf"\s+(?:in|across|inside|throughout)\s+(?:the\s+)?{_NAME}")
_OPENING = re.compile(rf"^\W*(?:In|Across|Inside)\s+(?:the\s+)?{_NAME}\s*,")


def place_after(sentence: str, position: int) -> str | None:
    """The place named right after `position` ("... were killed in Turkey")."""
    match = _AFTER.match(sentence, position)
    return _tidy(match.group("place")) if match else None


def place_opening(sentence: str) -> str | None:
    """The place an opening "In <Name>," gives the whole sentence."""
    match = _OPENING.match(sentence)
    return _tidy(match.group("place")) if match else None


def _tidy(place: str) -> str | None:
    place = re.sub(r"['’]s$", "", place.rstrip("."))
    first = place.split()[0].lower()
    if first in NOT_COUNTED:
        return None  # "in January", "in Monday's attack"
    return group_of([place]) or place
