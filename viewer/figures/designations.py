"""Numbers that name a thing rather than count it: "Flight 752", "Article 51", "top 40", and a
number the article uses as a name elsewhere ("all Boeing 737 Max 8 planes", then "the entire
global fleet of 737 MAX aircraft"). The numbers themselves are found by `numbers`. No Qt.
"""

from __future__ import annotations

import re

from viewer.figures.numbers import Number
from viewer.figures.qualifiers import QUALIFIER_WORDS

_RANKED_LIST = re.compile(r"\btop[\s-]*$", re.IGNORECASE)
"""A number right after "top" names a chart or a list ("44 top 40 albums", "the Top 10
singles", "top-20"), not how many things there are."""


def is_identifier(paragraph: str, number: Number) -> bool:
    """"Article 51", "Flight 752", "Boeing 737": a capitalised word glued before a number;
    "top 40", a chart's name."""
    if number.zero_word:
        return False
    if _RANKED_LIST.search(paragraph, max(0, number.start - 8), number.start):
        return True
    before = paragraph[: number.start]
    match = re.search(r"([A-Z][\w-]*)\s+$", before)
    if match is None or match.group(1).lower() in QUALIFIER_WORDS:
        return False
    preceding = before[: match.start()].rstrip()
    return bool(preceding) and preceding[-1] not in ".!?:\"“‘'"


_DESIGNATION = re.compile(r"[\w,;)\]]\s+([A-Z][\w-]*)\s+(\d+)\s+([^\W\d_][\w-]*)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")


def designations(text: str) -> frozenset[tuple[str, str]]:
    """The numbers `text` uses as a name inside a sentence ("all Boeing 737 Max 8 planes"),
    each with the word after it, folded: ("737", "max")."""
    found = set()
    for match in _DESIGNATION.finditer(text):
        if match.group(1).lower() not in QUALIFIER_WORDS:
            found.add((match.group(2), match.group(3).casefold()))
    return frozenset(found)


def is_designation(paragraph: str, number: Number,
                   named: frozenset[tuple[str, str]]) -> bool:
    """Whether `number` is written as the article names something elsewhere (`designations`):
    "the entire global fleet of 737 MAX aircraft" after "all Boeing 737 Max 8 planes" is a
    model, not 737 aircraft."""
    if not named or number.zero_word:
        return False
    following = _NEXT_WORD.match(paragraph, number.end)
    return following is not None and (
        paragraph[number.start:number.end], following.group(1).casefold()) in named
