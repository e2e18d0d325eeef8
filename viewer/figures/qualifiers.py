"""The qualifier around a number: "more than", "at least", "some", "up to", "or more" ...

`qualifier_before` reads the words just before a number, `qualifier_after` those just after
("80 or more"); both return the value kind they give and where the qualifier starts or ends.
Before a number, the five other languages' qualifiers are read too (`abroad`: "au moins 26").
"""

from __future__ import annotations

import re

from viewer.figures.abroad import QUALIFIERS_ABROAD
from viewer.figures.values import Kind

_BEFORE: tuple[tuple[str, Kind], ...] = (
    (r"more\s+than|over|above|upwards\s+of|upward\s+of|in\s+excess\s+of|greater\s+than|"
     r"well\s+over|beyond", "more_than"),
    (r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|a\s+minimum\s+of|"
     r"at\s+a\s+minimum", "at_least"),
    (r"less\s+than|fewer\s+than|under|below|short\s+of", "less_than"),
    (r"at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|as\s+many\s+as|a\s+maximum\s+of",
     "at_most"),
    (r"about|around|some|approximately|roughly|nearly|almost|close\s+to|an\s+estimated|"
     r"estimated|circa|approx\.|or\s+so|just\s+under|just\s+over|more\s+or\s+less|"
     r"an\s+approximate", "approx"),
)
_BEFORE_PATTERN = re.compile(
    r"(?:\b(?:" + "|".join(f"(?P<{kind}>{words}|{QUALIFIERS_ABROAD[kind]})"
                           for words, kind in _BEFORE) + r"))\s+$",
    re.IGNORECASE,
)
_AFTER_PATTERN = re.compile(
    r"^(?:\s+or\s+(?P<at_least>more)\b|\s+or\s+(?P<at_most>fewer|less)\b|\s+or\s+(?P<approx>so)\b"
    r"|(?P<plus>-?plus)\b)",
    re.IGNORECASE,
)
QUALIFIER_WORDS = frozenset(
    [
    "more", "than", "over", "above", "upwards", "upward", "in", "excess", "of", "greater",
    "well", "beyond", "at", "least", "no", "fewer", "less", "not", "a", "minimum", "under",
    "below", "short", "most", "up", "to", "as", "many", "maximum", "about", "around", "some",
    "approximately", "roughly", "nearly", "almost", "close", "an", "estimated", "circa",
    "approx", "just"
])


def qualifier_before(text: str, number_start: int) -> tuple[Kind, int] | None:
    """The kind the words before `number_start` give, and where they start; None if none."""
    window_start = max(0, number_start - 40)
    match = _BEFORE_PATTERN.search(text, window_start, number_start)
    if match is None:
        return None
    kind = next(name for name, value in match.groupdict().items() if value is not None)
    # "just under" and "just over" sit in the approx group but must not read as under/over.
    return kind, match.start()  # type: ignore[return-value]


def qualifier_after(text: str, number_end: int) -> tuple[Kind, int] | None:
    """The kind given by "or more", "or fewer", "or so", "-plus" after a number, and its end."""
    match = _AFTER_PATTERN.match(text[number_end : number_end + 20])
    if match is None:
        return None
    groups = match.groupdict()
    if groups["plus"]:
        return "at_least", number_end + match.end()
    kind = next(name for name, value in groups.items() if value is not None)
    return kind, number_end + match.end()  # type: ignore[return-value]
