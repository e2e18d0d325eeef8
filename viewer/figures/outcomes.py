"""The outcome a sentence states for a figure: "22 missiles [were fired]", "[killed] 80", "two
guards [were not injured]"; and the word tokens the figures code reads.

After the figure's noun: auxiliaries ("will" only before a layoff), adverbs, a relative "who"
before an auxiliary, "on board" and asides between commas or spaced dashes ("Three people,
including a child, were killed", "five people who have been killed") are skipped to the first
verb, read by lemma (`things.outcome_of`), or to the care they got or the state they are in
(`care`: "eight people rushed to hospital", "14 treated as outpatients", "one in critical
condition": no toll); a negation makes the figure a quantity of its own ("not injured"). Else
the word just before the figure ("killed 12 people", "the death of 35 people"), a quantity of
its own where a verb of trying comes before it ("trying to kill six more": "killed
(attempted)"). Pure functions on text, no Qt.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from viewer.figures.care import care_stated
from viewer.figures.crowds import arrived, crowd_verb_follows, crushed, harm_with, toll_later
from viewer.figures.things import (
    GATHERED,
    LAID_OFF,
    VERDICTS,
    WORKER_LEMMAS,
    Thing,
    outcome_of,
)

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’.-][^\W\d_]+)*|\d[\d,.]*|[^\w\s]")
QUOTES = frozenset("\"'“”‘’«»„‹›")
"""Quotation marks, German and Swiss ones too ("„schwer verletzt“", "‹Wir›")."""
AUXILIARIES = frozenset([
    "were", "was", "had", "have", "has", "been", "be", "being", "are", "is", "reportedly",
    "also", "all", "later", "already", "now", "believed", "feared", "thought", "said",
    "reported", "confirmed", "to", "initially", "either", "both", "allegedly", "just", "did",
    "do", "does", "so", "far", "yet",
    "then", "subsequently", "eventually", "remain", "remained", "remains", "still",
    "declared", "deemed",
])
_FUTURE = frozenset(["will"])
"""Read past like an auxiliary only where a layoff follows ("thousands of people will lose
their jobs", "11,000 jobs will be cut": a company's announcement is news); what else will be
("50,000 people will be evacuated by Sunday", "300 soldiers will be killed if the plan fails")
is no count of what was, and never clashes with one ("12,000 have been evacuated")."""
_AUXILIARY_OR_FUTURE = AUXILIARIES | _FUTURE
_RELATIVE = frozenset(["who", "which", "that"])
"""A relative pronoun skipped only before an auxiliary ("five people who have been killed"):
"three men who killed a guard" counts the killers, no victims; or before a verb whose subject
is the one counted (`crowds.crowd_verb_follows`: "the 11 people who died", "5,000 people who
attended", "who came to the temple")."""
_AFTER_NOT = frozenset(["be", "been", "being", "yet", "so", "far", "also", "even", "to"])
_BEFORE_SKIP = frozenset([
    "has", "have", "had", "was", "were", "been", "also", "reportedly", "a", "total", "of",
    "with", "on", "all", "him", "her", "them", "the", "verdict", "verdicts", "today",
    "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
])
"""Words passed over back from a figure to the verb or noun before it ("has launched",
"attacked with", "the death of 35 people", "convicted him on all seven counts", "a guilty
verdict on all three charges", "found guilty on Tuesday on all three charges", "guilty of the
three criminal counts")."""
_ASIDES = frozenset(
    ["including", "among", "mostly", "mainly", "most", "many", "all", "some", "both"])
_ASIDE_MARKS = frozenset([",", "-", "–", "—"])
"""What opens and closes an aside: commas or dashes."""


class Token(NamedTuple):
    """A word, number or sign, with its offsets."""

    text: str
    start: int
    end: int


def read_tokens(text: str, start: int, limit: int) -> list[Token]:
    """The first `limit` words and signs of `text` from `start` (a bounded window: the words
    right after a number are all that is read)."""
    window = text[start : start + 24 * limit]
    found = []
    for match in TOKEN.finditer(window):
        found.append(Token(match.group(), start + match.start(), start + match.end()))
        if len(found) >= limit:
            break
    return found


def bare_outcome(tokens: list[Token], previous: Thing) -> bool:
    """Whether a number without a noun is followed by "were" and an outcome ("12 were
    injured", "two had been killed"): it counts the thing the figure before it counted."""
    if not tokens or tokens[0].text.lower() not in ("were", "was", "are", "had", "have"):
        return False
    for token in tokens[1:4]:
        if token.text.lower() not in AUXILIARIES:
            return outcome_of(token.text, previous) is not None
    return False


def _spaced(tokens: list[Token], position: int) -> bool:
    """Whether the sign at `position` stands apart from the words beside it (a comma, or a
    dash between spaces: not the hyphen of "10-year-old")."""
    if tokens[position].text == ",":
        return True
    before = position == 0 or tokens[position - 1].end < tokens[position].start
    after = position + 1 >= len(tokens) or tokens[position + 1].start > tokens[position].end
    return before and after


def _emptied(tokens: list[Token], position: int) -> bool:
    """Whether the word at `position` says the things counted were emptied, in the passive
    ("homes had been emptied", "villages were emptied"): evacuated. Not the active verb, whose
    subject empties something else ("500 residents emptied the shelves", "looters emptied 30
    shops")."""
    return (tokens[position].text.lower() == "emptied" and position > 0
            and tokens[position - 1].text.lower() in _PASSIVE)


_PASSIVE = frozenset(["been", "were", "was", "are", "is", "being", "be"])


def _on_board(tokens: list[Token], position: int) -> bool:
    """"On board" or "aboard" between people and their verb ("5 people on board died")."""
    lower = tokens[position].text.lower()
    if lower == "on":
        return position + 1 < len(tokens) and tokens[position + 1].text.lower() == "board"
    if lower == "board":
        return position > 0 and tokens[position - 1].text.lower() == "on"
    return lower == "aboard"


def outcome_beside(sentence: str, start: int, head_end: int,
                   thing: Thing) -> tuple[str | None, int | None]:
    """The outcome stated beside the figure at `start` whose noun ends at `head_end` (offsets
    into `sentence`), and (if it follows the noun) where it ends."""
    # (room for a chain of auxiliaries and what it leads to: "one person is reported to be in
    # critical condition"; the words are read only as far as the first that is none)
    after = read_tokens(sentence, head_end, 8)
    if any(token.text in _ASIDE_MARKS for token in after) \
            or (after and after[0].text.lower() in _RELATIVE):
        # room for an aside, or for a relative clause and the verb after it ("11 people who
        # had gathered outside the stadium died"; rare: read more only then)
        after = read_tokens(sentence, head_end, 16)
    elif after and (owner := _owner_named(after, 0)):
        after = read_tokens(sentence, head_end, 8 + owner)  # and room for the verb after whose
    stated = _stated_after(after, thing)
    if stated is not None:
        said, end, future = stated
        if not future or said.removeprefix("not ") == LAID_OFF:
            return said, end
    if thing.implied_outcome:
        return thing.implied_outcome, None
    before = [match.group() for match in TOKEN.finditer(sentence, 0, start)][-7:]
    for at in range(len(before) - 1, max(len(before) - 6, -1), -1):
        word = before[at]
        lower = word.lower()
        if lower in _BEFORE_SKIP or word in QUOTES:
            continue  # "has launched", "attacked with", "the death of 35 people"
        if not word[0].isalpha():
            break
        if lower in ("off", "go") and at and _laid_off(
                [Token(before[at - 1], 0, 0), Token(word, 0, 0)], thing):
            return LAID_OFF, None  # "lay off more than 11,000 employees", "let go of"
        outcome = outcome_of(word, thing)
        if outcome == LAID_OFF and any(skipped.lower() in ("on", "at", "upon")
                                       for skipped in before[at + 1:]):
            return None, None  # "security forces fired on 20 workers": shots, not layoffs
        if outcome in VERDICTS and at and before[at - 1].lower() == "not":
            return "not guilty", None  # "found not guilty of two counts"
        if outcome is not None and _attempted(before[:at]):
            # ("trying to kill six more", "attempted murders of six others": a count of its
            # own, not of those killed)
            return f"{outcome} {ATTEMPTED}", None
        return outcome, None
    return None, None


def _stated_after(after: list[Token], thing: Thing) -> tuple[str, int, bool] | None:
    """The outcome the words `after` a figure's noun state, where it ends, and whether "will"
    came before it (`_FUTURE`); None where they state none."""
    aside = negated = future = relative = False
    aside_mark = ","
    owner_until = 0
    words = [token.text.lower() for token in after]
    for position, token in enumerate(after):
        lower = token.text.lower()
        if lower in ("not", "never") or lower.endswith(("n't", "n’t")):
            negated = True  # "two soldiers were not injured": a count of the unharmed
            continue
        if aside:
            # "Three people, including a child, were killed", "eight people - including a baby -"
            # (closed by the mark that opened it; "a 10-year-old boy" holds an unspaced hyphen)
            aside = not (token.text == aside_mark and _spaced(after, position))
            continue
        if token.text in _ASIDE_MARKS and _spaced(after, position) \
                and position + 1 < len(after) and after[position + 1].text.lower() in _ASIDES:
            aside, aside_mark = True, token.text
            continue
        if lower in _RELATIVE and position + 1 < len(after) and (
                after[position + 1].text.lower() in _AUXILIARY_OR_FUTURE
                or crowd_verb_follows(words, position + 1)):
            relative = True
            continue
        if lower in _FUTURE:
            future = True
            continue
        if negated and token.text[0].isalpha() and lower not in _AFTER_NOT:
            # Its own quantity, never the total of those harmed, evacuated or reported.
            return f"not {outcome_of(token.text, thing) or lower}", token.end, future
        if token.text in QUOTES or lower in AUXILIARIES or _on_board(after, position):
            continue
        if position < owner_until:
            continue
        if (owner := _owner_named(after, position)) and thing.is_person:
            owner_until = position + owner  # "11,000 employees of Meta have been shown the door"
            continue
        if not token.text[0].isalpha():
            break
        if (harm := _degree_of_harm(after, position, thing)) is not None:
            return thing.implied_outcome or harm[0], harm[1], future
        outcome = outcome_of(token.text, thing)
        if (outcome == GATHERED or (outcome is None and thing.is_person
                                    and arrived(words, position))) and relative:
            # ("11 people who gathered outside the stadium were crushed to death": the crowd
            # says who the dead were; a toll later in the clause is the figure's news)
            crowd_end = position + (1 if outcome == GATHERED else 2)
            if (toll := toll_later(words, crowd_end, thing)) is not None:
                return thing.implied_outcome or toll[0], after[toll[1]].end, future
        if outcome is None and (laid := _laid_off(after[position:position + 3], thing)):
            return thing.implied_outcome or LAID_OFF, after[position + laid - 1].end, future
        if outcome is None and (harm := crushed(words, position, thing)) is not None:
            return thing.implied_outcome or harm[0], after[harm[1]].end, future
        if outcome is None:
            if (care := care_stated(words, position, thing)) is not None:
                # ("rushed to hospital", "treated as outpatients", "in critical condition")
                return care[0], after[care[1]].end, future
            if _emptied(after, position):
                return "evacuated", token.end, future  # "1,200 homes had been emptied"
            if thing.is_person and arrived(words, position):
                # ("2-3 lakh people turned up"; "20 people came in with injuries": injured)
                if (harm := harm_with(words, position + 2, thing)) is not None:
                    return thing.implied_outcome or harm[0], after[harm[1]].end, future
                return GATHERED, token.end, future
            break
        end = token.end
        rest = after[position + 1 : position + 3]
        if len(rest) == 2 and rest[0].text.lower() in ("or", "and") \
                and outcome_of(rest[1].text, thing) is not None:
            end = rest[1].end  # "killed or injured"
        elif outcome == "lost" and thing.is_person and len(rest) == 2 \
                and rest[1].text.lower() in ("life", "lives"):
            outcome, end = "killed", rest[1].end  # "4,291 people have lost their lives"
        elif outcome == "lost" and thing.is_person and len(rest) == 2 \
                and rest[1].text.lower() in ("job", "jobs"):
            outcome, end = LAID_OFF, rest[1].end  # "thousands of people will lose their jobs"
        elif thing.is_person and rest and (rest[0].text.lower() == "dead" or (
                len(rest) == 2 and [t.text.lower() for t in rest] == ["to", "death"])):
            outcome, end = "killed", rest[-1].end  # "shot dead", "stabbed to death"
        return thing.implied_outcome or outcome, end, future
    return None


def _owner_named(tokens: list[Token], position: int) -> int:
    """How many words at `position` name whose the people counted are, an "of" and capitalised
    words before an auxiliary ("employees of Meta have been", "staff of the BBC were"), or 0."""
    if tokens[position].text.lower() != "of":
        return 0
    at = position + 1
    if at < len(tokens) and tokens[at].text.lower() == "the":
        at += 1
    named = at
    while at < len(tokens) and tokens[at].text[:1].isupper() and at - named < 3:
        at += 1
    if at == named or at >= len(tokens) \
            or tokens[at].text.lower() not in _AUXILIARY_OR_FUTURE:
        return 0
    return at - position


_LAYING_OFF = {
    **dict.fromkeys(["lay", "lays", "laid", "laying"], ("off",)),
    **dict.fromkeys(["let", "lets", "letting"], ("go",)),
    **dict.fromkeys(["show", "shows", "showed", "shown", "showing"], ("the", "door")),
}
"""A verb and the words that make it let employees go: "were laid off", "let go of 11,000
employees", "have been shown the door"; the verb alone is no outcome ("five bodies lay in the
street", "let 20 people in")."""
_OF_WORKERS_ONLY = frozenset(["let", "lets", "letting", "show", "shows", "showed", "shown",
                              "showing"])
"""Verbs of `_LAYING_OFF` that lay off only workers, employees or staff: of people in general
they say something else ("The kidnappers let go of three people", "shown the door of the new
hospital wing"); "laid off" is a layoff of people too ("laying off 11,000 people")."""


def _laid_off(tokens: list[Token], thing: Thing) -> int:
    """How many of `tokens`' first words lay off people or workers (`_LAYING_OFF`), or 0."""
    if not tokens or not (thing.kind == "people" or thing.lemma in WORKER_LEMMAS):
        return 0
    verb = tokens[0].text.lower()
    rest = _LAYING_OFF.get(verb)
    if rest is None or [t.text.lower() for t in tokens[1:1 + len(rest)]] != list(rest):
        return 0
    if verb in _OF_WORKERS_ONLY and thing.lemma not in WORKER_LEMMAS:
        return 0
    return 1 + len(rest)


ATTEMPTED = "(attempted)"
"""Said after an outcome that a verb of trying comes before ("killed (attempted)")."""
INJURED = "injured"
SERIOUSLY, LIGHTLY = "(seriously)", "(lightly)"
"""Said after "injured" that a degree comes before: "five seriously injured" counts some of the
injured, not all ("Eleven people were injured, five of them seriously"), so a row of its own
("people injured (seriously)") and never a clash with the injured's total."""
_DEGREE_ADVERBS = {
    "seriously": SERIOUSLY, "critically": SERIOUSLY, "severely": SERIOUSLY, "badly": SERIOUSLY,
    "gravely": SERIOUSLY, "grievously": SERIOUSLY, "slightly": LIGHTLY, "lightly": LIGHTLY,
    "mildly": LIGHTLY, "fatally": "killed", "mortally": "killed"}
"""How badly, before an outcome of harm ("critically injured"; "fatally wounded" and "fatally
shot" are killed)."""


def injured_to_a_degree(degree: str | None, outcome: str) -> str:
    """`outcome` once `degree` (SERIOUSLY, LIGHTLY, "killed" or None) comes before it: a degree
    makes the injured a quantity of their own; injured fatally, or harmed so, is killed."""
    if degree == "killed" and outcome in (INJURED, "harmed", "attacked"):
        return "killed"
    if degree in (SERIOUSLY, LIGHTLY) and outcome == INJURED:
        return f"{INJURED} {degree}"
    return outcome


def _degree_of_harm(tokens: list[Token], position: int, thing: Thing) -> tuple[str, int] | None:
    """The outcome a degree adverb at `position` and the verb of harm after it state
    ("seriously injured", "fatally shot"), and where the verb ends; None otherwise (so "badly
    damaged" stays as it was read)."""
    degree = _DEGREE_ADVERBS.get(tokens[position].text.lower())
    if degree is None or position + 1 >= len(tokens) or not thing.is_person:
        return None
    verb = tokens[position + 1]
    outcome = outcome_of(verb.text, thing)
    if outcome is None or injured_to_a_degree(degree, outcome) == outcome:
        return None
    return injured_to_a_degree(degree, outcome), verb.end
_TRYING = frozenset([
    "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting",
    "sought", "seeking", "plotted", "plotting"])


def _attempted(words: list[str]) -> bool:
    """Whether the words right before an outcome's verb or noun say it was tried ("trying to",
    "attempted", "attempting to")."""
    if words and words[-1].lower() == "to":
        words = words[:-1]
    return bool(words) and words[-1].lower() in _TRYING
