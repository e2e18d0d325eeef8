"""The care the people counted got, or the state they are in, as the words after their noun
state it: taken to or kept in hospital ("eight people rushed to hospital", "12 remained in
hospital"), treated for injuries, treated as outpatients, discharged, or in a critical, serious
or stable condition. Each is a quantity of its own, never a toll's: a stampede's 47 injured,
its 14 treated as outpatients and its one in critical condition were one row "people", red
(a tester's, s60b), though all three were true together.

Works on a figure's following words in lower case, as `viewer.figures.crowds` does, so that
it needs nothing of the tokens but their text. Pure functions, no Qt.
"""

from __future__ import annotations

from viewer.figures.things import Thing, outcome_of

HOSPITALISED = "hospitalised"
OUTPATIENTS = "treated as outpatients"
"""Treated and sent home the same day ("treated as outpatients", "received treatment at the
outpatient facility"): some of the injured, not all."""
DISCHARGED = "discharged"
"""Sent home from hospital ("treated and discharged", "have been discharged"): some of those
treated, at some time, not all."""

_HOSPITAL_VERBS = frozenset([
    "taken", "rushed", "admitted", "airlifted", "transported", "flown", "sent", "brought",
    "treated", "hospitalised", "hospitalized"])
_STAYING = frozenset(["remain", "remained", "remains", "remaining", "stay", "stayed", "still"])
_HOSPITAL = frozenset(["hospital", "hospitals"])
"""A verb of taking a few words before "hospital" ("rushed to hospital", "admitted to a local
hospital"), or "in hospital" after a verb of staying ("remain in hospital"), states that those
counted were taken to hospital: an outcome of its own, not a toll's. Not "discharged from",
"visited" or "the doctors at the hospital"."""
_TREATING = frozenset(["treated", "received", "receiving", "taken", "took", "got", "given",
                       "sought", "seeking"])
"""Verbs that, a few words before "outpatient", say those counted were treated as
outpatients ("have taken treatment at the outpatient facility")."""
_OUTPATIENT = frozenset(["outpatient", "outpatients", "out-patient", "out-patients"])
_CLAUSE_ENDS = frozenset([",", ";", ":", ".", "!", "?", "and", "but", "while", "who"])
_CONDITIONS = frozenset(["critical", "serious", "stable", "grave", "fair", "good", "poor",
                         "satisfactory"])
"""How a hospital grades its patients ("in critical condition", "in a stable condition"):
each grade counts some of the injured, a quantity of its own ("people in critical
condition")."""


def care_stated(words: list[str], position: int, thing: Thing) -> tuple[str, int] | None:
    """The care or the state the words from `position` on state for the people counted
    (`HOSPITALISED`, "injured" for those treated for injuries, `OUTPATIENTS`, `DISCHARGED`,
    "in critical condition" ...), and the position of its last word; None where they state
    none."""
    if not thing.is_person:
        return None
    word = words[position]
    if (condition := _condition(words, position)) is not None:
        return condition
    if word in _OUTPATIENT or (word in _TREATING and _outpatient_later(words, position)):
        return OUTPATIENTS, position
    if word == "discharged":
        return DISCHARGED, position
    if word == "treated" and words[position + 1 : position + 3] == ["and", "discharged"]:
        return DISCHARGED, position + 2
    if _to_hospital(words, position):
        return HOSPITALISED, position
    if (injury := _treated_for_injuries(words, position, thing)) is not None:
        return "injured", injury  # "Two people were treated for minor injuries"
    return None


def _outpatient_later(words: list[str], position: int) -> bool:
    """Whether "outpatient" comes a few words after `position`, in the same clause."""
    for word in words[position + 1 : position + 6]:
        if word in _OUTPATIENT:
            return True
        if word in _CLAUSE_ENDS:
            return False
    return False


def _condition(words: list[str], position: int) -> tuple[str, int] | None:
    """"in (a) critical condition" from `position`: the grade's quantity and the position of
    "condition"."""
    if words[position] != "in":
        return None
    at = position + (2 if words[position + 1 : position + 2] == ["a"] else 1)
    grade = words[at] if at < len(words) else ""
    if grade in _CONDITIONS and words[at + 1 : at + 2] == ["condition"]:
        return f"in {grade} condition", at + 1
    return None


def _to_hospital(words: list[str], position: int) -> bool:
    """Whether the word at `position` takes people to hospital or keeps them there
    (`_HOSPITAL`)."""
    later = words[position + 1 : position + 4]
    if words[position] in _HOSPITAL_VERBS:
        return any(word in _HOSPITAL for word in later)
    staying = position > 0 and words[position - 1] in _STAYING
    return staying and words[position] == "in" and any(word in _HOSPITAL for word in later[:2])


def _treated_for_injuries(words: list[str], position: int, thing: Thing) -> int | None:
    """The position where "treated for" an injury ends ("treated for minor injuries",
    "treated for burns and cuts" is not read: an injury noun within three words of "for"), if
    the word at `position` opens it; else None. Those treated were injured, whatever the
    hospital."""
    if words[position : position + 2] != ["treated", "for"]:
        return None
    for at in range(position + 2, min(position + 5, len(words))):
        if outcome_of(words[at], thing) == "injured":
            return at
    return None
