"""Where (or on which day, or over which period) a figure applies, when the sentence says so:
"912 people were killed in Turkey", "In Syria, at least 560 people died" -> "Turkey", "Syria";
"four boys rescued on Sunday" -> "on Sunday"; "16 people had been killed in school shootings
this year" -> "this year".

A total and a country's share are different quantities; this lets grouping keep them apart.
Only a capitalised name after "in"/"across" right after the figure (and its verb), an
opening "In <Name>," of the sentence, or a country (or a count of places) that tallies the
figure ("The UK has recorded 456 cases", "57 countries have reported 10 or fewer") counts:
"in the strikes" or "in January" do not. A crowd or a toll is placed by the site it stood at,
too: "in front of", "outside", "at", "near" a name ("One lakh people gathered in front of
Vidhana Soudha", "Outside Chinnaswamy Stadium, 2 lakh people had gathered").
"""

from __future__ import annotations

import re

from viewer.figures.numbers import NUMBER_WORDS
from viewer.figures.territories import is_territory
from viewer.figures.things import NOT_COUNTED, group_of

_NAME = r"(?P<place>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
_AFTER = re.compile(
    r"(?:\s+(?:were|was|are|is|have|has|had|been|being|reportedly|alone|so\s+far))*"
    rf"\s+(?:in|across|inside|throughout)\s+(?:the\s+)?{_NAME}")
_OPENING = re.compile(rf"^\W*(?:In|Across|Inside)\s+(?:the\s+)?{_NAME}\s*,")
_SITE = r"(?:in\s+front\s+of|outside|at|near)"
"""A site a crowd stood at or a toll befell: said of a building, a square, a stadium by name,
which "in" rarely precedes. Read for crowds and tolls only (`SITED_OUTCOMES`): "200 workers at
Google" or "fired 22 missiles at Ain al-Asad" name an employer or a target, no place the
count is a part of."""
_SITE_AFTER = re.compile(
    r"(?:\s+(?:were|was|are|is|have|has|had|been|being|reportedly|so\s+far))*"
    rf"\s+{_SITE}\s+(?:the\s+)?{_NAME}")
_SITE_OPENING = re.compile(
    rf"^\W*(?:In\s+front\s+of|Outside|At|Near)\s+(?:the\s+)?{_NAME}\s*,")
SITED_OUTCOMES = frozenset(["gathered", "killed", "injured", "harmed"])
"""The outcomes a site places (`_SITE`): a crowd's and a toll's; "injured (seriously)" by its
first word."""


_TALLY_VERB = (r"(?:has\s+|have\s+|had\s+)?(?:now\s+|so\s+far\s+|already\s+|also\s+|"
               r"officially\s+)*(?:recorded|reported|confirmed|registered|counted|logged|"
               r"announced|declared)\s+(?:a\s+total\s+of\s+)?$")
_SUBJECT = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|while|whereas|as|after|where|that|said|says)\s+)[\W_]*"
    r"(?:[Tt]he\s+)?"
    rf"(?P<place>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){{0,3}})\s+{_TALLY_VERB}")
_PLACES_SUBJECT = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|while|whereas)\s+)[\W_]*"
    r"(?P<count>\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)\s+(?:other\s+)?"
    r"(?P<places>countries|nations|states|provinces|regions|territories|cities|counties)\s+"
    + _TALLY_VERB, re.IGNORECASE)
_TALLY_WINDOW = 120


def place_subject(sentence: str, start: int) -> str | None:
    """The place that tallies the figure at `start`: a country as the clause's subject ("The UK
    has recorded 456 cases" -> "UK": the place, not a source), or a count of places ("57
    countries have reported 10 or fewer cases" -> "each of 57 countries": a figure for each of
    them, not the total)."""
    before = sentence[max(0, start - _TALLY_WINDOW) : start]
    match = _SUBJECT.search(before)
    if match is not None and is_territory(match.group("place")):
        return _tidy(match.group("place"))
    counted = _PLACES_SUBJECT.search(before)
    if counted is not None and _is_number(counted.group("count")):
        return f"each of {counted.group('count')} {counted.group('places').lower()}"
    return None


def _is_number(word: str) -> bool:
    return word[0].isdigit() or word.lower().split("-")[0] in NUMBER_WORDS


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_AFTER = re.compile(
    rf"(?P<gap>(?:\s+[\w'’-]+){{0,5}}?)\s+on\s+(?P<day>{_WEEKDAY}(?:\s+and\s+{_WEEKDAY})?)\b")
_SPEECH_IN_GAP = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|that)\b",
                            re.IGNORECASE)


def day_after(sentence: str, position: int) -> str | None:
    """The day a figure is scoped to, named in its clause right after it ("four boys rescued on
    Sunday", "the eight boys brought out by divers on Sunday and Monday" -> "on Sunday", "on
    Sunday and Monday"): in a story told over several days, one day's count is a part of the
    whole, a quantity beside the total (in a one-day story, the only day named: the total)."""
    match = _DAY_AFTER.match(sentence, position)
    if match is None or _SPEECH_IN_GAP.search(match.group("gap")):
        return None
    return "on " + " ".join(match.group("day").split())


_PERIOD_AFTER = re.compile(
    r"(?P<gap>(?:\s+[\w'’-]+){0,5}?)\s+(?P<period>(?:so\s+far\s+)?this\s+(?:year|month)"
    r"|last\s+(?:year|month)|(?:so\s+far\s+)?in\s+(?:19|20)\d{2})\b", re.IGNORECASE)


_RUNNING_TOTAL_GAP = re.compile(r"\b(?:in|from|across|during)\s+(?:\w+\s+){0,2}?[a-z]+s\b",
                                re.IGNORECASE)
"""Events in the plural between a figure and its period: "killed in shootings at schools this
year", "across attacks last year": the period's total of many events."""
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?\w+", re.IGNORECASE)


def period_after(sentence: str, position: int, figure_start: int = 0) -> str | None:
    """The period a figure is a running total of, named in its clause right after it: "so far
    this year", "so far in 2024", or a period after events in the plural or a pluperfect
    ("16 people had been killed in shootings at schools this year" -> "this year"): a total of
    many events, told to measure this one by, is a quantity of its own, never this event's
    toll. A bare "in 2023", "last year" or "this month" says when it happened: no scope (a
    review: "laid off 200 workers in 2023" against another outlet's 250 no longer disagreed)."""
    match = _PERIOD_AFTER.match(sentence, position)
    if match is None or _SPEECH_IN_GAP.search(match.group("gap")):
        return None
    period = " ".join(match.group("period").lower().split())
    if not (period.startswith("so far") or _RUNNING_TOTAL_GAP.search(match.group("gap"))
            or _PLUPERFECT.search(sentence, figure_start, position)):
        return None
    return period


def place_after(sentence: str, position: int, outcome: str | None = None) -> str | None:
    """The place named right after `position` ("... were killed in Turkey"); for a crowd or a
    toll (`outcome`), the site too ("... gathered in front of Vidhana Soudha")."""
    match = _AFTER.match(sentence, position)
    if match is None and _sited(outcome):
        return _site(_SITE_AFTER.match(sentence, position))
    return _tidy(match.group("place")) if match else None


_INNER_END = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[\"“‘]?[A-Z])")
"""A sentence's end inside what the splitter left one sentence (a quotation is kept whole:
'"The turnout was far beyond what we anticipated. In front of Vidhana Soudha, nearly ...')."""


def place_opening(sentence: str, outcome: str | None = None, start: int = 0) -> str | None:
    """The place an opening "In <Name>," gives the whole sentence, or the sentence a
    quotation holds before the figure at `start`; for a crowd or a toll (`outcome`), an
    opening "Outside <Name>," too."""
    for opening in (sentence, _INNER_END.split(sentence[:start])[-1]):
        match = _OPENING.match(opening)
        if match is None and _sited(outcome):
            match = _SITE_OPENING.match(opening)
            if match is not None:
                return _site(match)
        if match is not None:
            return _tidy(match.group("place"))
    return None


def _sited(outcome: str | None) -> bool:
    return outcome is not None and outcome.split()[0] in SITED_OUTCOMES


def _site(match: re.Match[str] | None) -> str | None:
    """The site's name, but for a possessive's owner ("at Trump's rally", "outside Meta's
    offices": a person's or a company's, no place the count is a part of)."""
    if match is None or match.group("place").endswith(("'s", "’s")):
        return None
    return _tidy(match.group("place"))


_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s")
"""A full stop after two lower-case letters and a space ends the sentence inside a run of
capitalised words the splitter left whole ("Kumbh Mela. I did not ..."); "St. Louis", "U.S.
Army" and an initial go on."""


def _tidy(place: str) -> str | None:
    place = _SENTENCE_END.split(place, maxsplit=1)[0]
    place = re.sub(r"['’]s$", "", place.rstrip("."))
    first = place.split()[0].lower()
    if first in NOT_COUNTED:
        return None  # "in January", "in Monday's attack"
    return group_of([place]) or place
