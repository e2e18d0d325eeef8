"""Words around a figure that say what kind of count it is: a capacity ("capacity for 68
people": no count of those there), a street address ("10 Downing Street": none), an increment
("12 more bodies"), what a verdict's counts are of ("seven counts of attempted murder", "seven
fraud and conspiracy counts"), a year ("the 2007 photo": none), a number an outcome's verb takes
("has killed about 4,400": those killed), a number of "those who" a partitive names ("Of those
who attended, 11 died": people killed). Pure functions on text, for
`viewer.figures.extraction`.
"""

from __future__ import annotations

import re

from viewer.figures.numbers import Number
from viewer.figures.outcomes import AUXILIARIES, Token, outcome_beside
from viewer.figures.things import LEGAL_LEMMAS, Thing, is_plural_noun, lemma_of, outcome_of

_ROUGHLY = (r"(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|roughly\s+|approximately\s+|"
            r"some\s+|over\s+|more\s+than\s+|almost\s+)?")
CAPACITY = re.compile(
    r"(?:\b(?:capacity|capacidade|capacidad|capacité|capacità|kapazität|seating)\s+(?:of\s+|"
    r"for\s+|para\s+|de\s+|di\s+|für\s+|pour\s+|per\s+)?(?:up\s+to\s+|até\s+|hasta\s+|"
    r"jusqu'à\s+|fino\s+a\s+|bis\s+zu\s+)?"
    # (what a place was made to hold: "built to house 5,000 refugees", "room for 300")
    r"|\b(?:(?:designed|built|meant|big\s+enough)\s+to)\s+(?:only\s+)?"
    r"(?:hold|accommodate|seat|house|fit)\s+(?:up\s+to\s+)?|\broom\s+for\s+(?:up\s+to\s+)?)"
    + _ROUGHLY + "$", re.IGNORECASE)
"""Words before a figure that make it a capacity ("capacity for 68 people", "has a capacity of
only 35,000 people", "built to house 5,000 refugees"): what a place holds, no count of those
there."""
_HOLDING = re.compile(
    r"\b(?P<subject>(?:[\w'’-]+\s+){0,4}?)(?:(?:can|could|cannot|can't)\s+(?:only\s+)?"
    r"(?:hold|accommodate|seat|house|fit)|seats|accommodates)\s+(?:up\s+to\s+)?"
    + _ROUGHLY + "$", re.IGNORECASE)
"""A verb of holding after a modal, or of seating, before a figure ("the stadium can hold
35,000 people", "seats 40,000 fans"): a capacity or a count, as `holds_as_capacity` tells."""
_VENUES = frozenset([
    "stadium", "arena", "hall", "venue", "ground", "auditorium", "theatre", "theater", "church",
    "temple", "mosque", "cathedral", "shrine", "shelter", "camp", "building", "room", "centre",
    "center", "park", "square", "field", "pavilion", "tent", "complex", "dome", "facility",
    "ferry", "boat", "ship", "vessel", "bus", "train", "coach", "plane", "aircraft", "jet",
    "lifeboat", "raft", "lift", "elevator", "bridge", "hospital", "clinic", "ward", "prison",
    "jail", "gaol", "school", "hotel", "hostel", "dormitory", "barracks"])
"""What a capacity is said of: a place or a vehicle ("The ferry can hold 300 passengers", "The
prison can hold 2,000 inmates"), whoever it holds."""
_ANYONE = frozenset(["people", "spectator", "fan", "seat", "visitor", "guest", "worshipper",
                     "devotee", "attendee", "onlooker", "audience"])
"""Who fills a capacity, anyone: "can hold 35,000 people" says how many fit, whoever holds."""
_HELD = frozenset(["detainee", "hostage", "refugee", "survivor", "patient", "prisoner",
                   "inmate", "victim", "migrant", "captive", "evacuee", "casualty"])
"""People counted for what befell them: where no place holds them, "Security forces can hold
40 detainees for 14 days", "could only seat 40 survivors in the boats" count those people, the
verb what is done with them -- not anyone's capacity."""


def holds_as_capacity(paragraph: str, number_start: int, head_end: int, thing: Thing) -> bool:
    """Whether a verb of holding before the figure at `number_start` (`_HOLDING`) makes it a
    capacity: what a place or a vehicle (`_VENUES`) holds, whoever it is ("The ferry can hold
    300 passengers", "The camp can house 10,000 refugees"), or a capacity of anyone
    (`_ANYONE`) -- not of people counted for what befell them (`_HELD`: "Security forces can
    hold 40 detainees"). Never of the injured or the dead, nor of people a toll is told of
    after their noun, which ends at `head_end` ("The hospital can accommodate 11 patients who
    died overnight"); otherwise the figure counts what is held."""
    holding = _HOLDING.search(paragraph, max(0, number_start - 80), number_start)
    if holding is None or thing.implied_outcome is not None:
        return False  # (the injured, the dead: counted for what befell them too)
    told = outcome_beside(paragraph, number_start, head_end, thing)[0] or ""
    if told.startswith(("killed", "injured", "harmed")):
        return False
    subject = [lemma_of(word) for word in holding.group("subject").split()]
    if any(word in _VENUES for word in subject):
        return True
    return thing.lemma not in _HELD and (thing.kind == "people" or thing.lemma in _ANYONE)


ADDRESS = re.compile(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Square|Lane|"
    r"Place|Drive|Way)\b")
"""A figure that opens an address ("10 Downing Street", "1600 Pennsylvania Avenue"), matched
right after the number."""
MORE = "more"
"""What an increment says after its number ("12 more bodies"); its rows are named so."""
COMPLEMENT_WORDS = 3
"""The most words read of what a verdict's counts are of ("of attempted child murder")."""


_PREPOSITIONS = frozenset([
    "in", "at", "on", "during", "after", "before", "while", "when", "since", "against"])
"""Words that end what counts are of: what follows tells where, when or against whom ("in the
April shooting"); not "with", "to" or "of", which say what the offence is ("possession with
intent", "conspiracy to defraud")."""


def counted_of(tokens: list[Token], at: int) -> str | None:
    """What the counts before `tokens[at]` are of: "of" and up to COMPLEMENT_WORDS words in
    lower case, to the first sign, number or "and" ("seven counts of attempted murder and ...":
    "of attempted murder"); None if no "of" follows."""
    if at >= len(tokens) or tokens[at].text.lower() != "of":
        return None
    words = []
    for token in tokens[at + 1 : at + 1 + COMPLEMENT_WORDS]:
        lower = token.text.lower()
        if not token.text[0].isalpha() or lower in ("and", "or", "the", "a", "an") \
                or lower in _PREPOSITIONS:
            break  # ("two counts of manslaughter in the April shooting": of manslaughter)
        words.append(lower)
    while words and words[-1] == "of":
        words.pop()  # (cut off at COMPLEMENT_WORDS: "criminal possession of [a weapon]")
    return f"of {' '.join(words)}" if words else None


GENERIC_COUNT_WORDS = frozenset([
    "criminal", "federal", "state", "additional", "separate", "other", "remaining", "related",
    "new", "further", "lesser", "more", "felony", "misdemeanor", "misdemeanour", "serious"])
"""Words before a verdict's counts that say no offence ("seven criminal counts", "11 federal
charges"): counts of one offence or of all of them."""


def counted_before(modifiers: list[Token]) -> str | None:
    """What the counts are of when the words before them say it ("two weapon charges",
    "three wire fraud counts"): "of weapon", "of wire fraud", written as `counted_of` writes
    "two counts of murder"; None for words that name no offence ("seven criminal counts") and
    for offences joined ("seven fraud and conspiracy counts": of either or of both)."""
    words = []
    for at, token in enumerate(modifiers[:COMPLEMENT_WORDS]):
        lower = token.text.lower()
        if at and token.start > modifiers[at - 1].end + 1:
            # (offences joined, "fraud and conspiracy", the "and" passed over: counts of either
            # or both)
            return None
        if not token.text[0].isalpha():
            break
        if lower not in GENERIC_COUNT_WORDS:
            words.append(lower)
    return f"of {' '.join(words)}" if words else None


def joins_what_counts_are_of(tokens: list[Token], at: int) -> bool:
    """Whether the "and" or "or" at `tokens[at]` joins the words before a verdict's counts
    ("seven fraud and conspiracy counts", "two murder or manslaughter charges"): the counts
    follow within COMPLEMENT_WORDS words, with only words between."""
    if tokens[at].text.lower() not in ("and", "or"):
        return False
    for token in tokens[at + 1 : at + 1 + COMPLEMENT_WORDS]:
        if not token.text[0].isalpha():
            return False
        if is_plural_noun(token.text) and lemma_of(token.text) in LEGAL_LEMMAS:
            return True
    return False


_VERB_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|"
    r"over|at\s+least|fewer\s+than|less\s+than|up\s+to|an\s+estimated)\s+)?$")


def after_outcome_verb(paragraph: str, start: int, previous: Thing) -> bool:
    """Whether the noun-less number at `start` is the object of an outcome verb, and ends its
    clause: "infected 121,000 people and has killed about 4,400, according to ..." counts
    people killed."""
    match = _VERB_BEFORE.search(paragraph, max(0, start - 40), start)
    return match is not None and outcome_of(match.group(1), previous) is not None


_THOSE_WHO = re.compile(
    r"\b(?:of|among)\s+(?:all\s+)?(?:those|the\s+ones)\s+who\b[^.;:!?\d]{0,80},\s*$"
    r"|\b(?:of|among)\s+whom\s+$", re.IGNORECASE)
_TOLLS = frozenset(["killed", "injured", "harmed", "missing", "rescued", "hospitalised"])


def of_those_who(paragraph: str, start: int, tokens: list[Token]) -> bool:
    """Whether the noun-less number at `start` counts some of the people a partitive before
    it names, "those who" or "whom", and a toll's verb follows it: "Of those who attended, 11
    died", "..., of whom 11 were injured" -- people, whatever they did before (a crowd
    is who they were, the toll is the figure)."""
    if not _THOSE_WHO.search(paragraph, max(0, start - 120), start):
        return False
    people = Thing("people", "people")
    for token in tokens[:4]:
        if token.text.lower() in AUXILIARIES:
            continue  # "11 had died", "11 were killed"
        return outcome_of(token.text, people) in _TOLLS
    return False


YEARS = (1000, 2099)
"""Four digits in this range, written without a separator, may be a year."""


def is_year(paragraph: str, number: Number) -> bool:
    """Four plain digits that may be a year ("1989", "2007"; "2,007" is a count)."""
    return number.kind == "exact" and number.end - number.start == 4 \
        and paragraph[number.start:number.end].isdigit() \
        and YEARS[0] <= number.value <= YEARS[1]


_PARTICIPLE = re.compile(r"(?:ad|id)[oa]s$|ée?s$", re.IGNORECASE)
"""Plural past participles of Spanish and Portuguese ("citadas", "mencionados", "referidos")
and French ("cités", "mentionnées"): they end like plural nouns, so the English rules would
take one for the counted thing."""


def noun_before_participle(run: list[Token]) -> Token | None:
    """The noun a past participle ending `run` qualifies, if a plural noun comes before it in
    `run`: "dos Fundaciones anteriormente citadas" counts foundations, the ones cited before,
    not a thing called "citadas" (in these languages the participle follows its noun). The
    noun was passed over for its capital, as a name is ("two United States officials")."""
    if not run or _PARTICIPLE.search(run[-1].text) is None:
        return None
    return next((token for token in reversed(run[:-1]) if is_plural_noun(token.text)), None)
