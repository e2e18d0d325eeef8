"""Whether a counted figure is a total for its quantity, or only looks like one.

Three wordings count something else than the whole quantity, so the figure is left out (as
"17 of the missiles" is; "11,000 of its staff" laid off is a count, `is_owners_part`): a
*part* of a set named elsewhere ("the remaining four boys", "the first eight boys", "another
four boys", "a further 30 troops": a story on a rescue in stages counts 4, 8 and 12 boys,
which are not three claims about one number); a *rate* ("two divers
escorting each of the boys", "three guards per cell": a count for each item, not the total);
an *indefinite* "one", which is an article, not a count ("said one resident", "one official
told", "the one person who ...", "this was one special athlete"); and a blog's comment counter
("26 thoughts on “WHO declares a pandemic”", "3 Responses to ..."), page furniture; and an
*earlier event's* figure, told to measure this one by ("the deadliest crash since 2007, when a
TAM plane killed 199 people"). Pure functions over the paragraph text and the figure's
offsets; no Qt.
"""

from __future__ import annotations

import re

_PART_BEFORE = re.compile(
    r"\b(?:(?:the|their|its|his|her|our)\s+(?:first|last|remaining|final|other|next|latest|"
    r"previous)|another|a\s+further|an\s+additional|a\s+remaining|the\s+rest\s+of\s+the"
    # Spanish, Portuguese ("e de mais quatro pessoas": four more), French, Italian, German
    r"|(?:los|las)\s+(?:otros|otras|demás|restantes|primeros|primeras|últimos|últimas)|otros"
    r"|otras|(?:os|as)\s+(?:outros|outras|demais|restantes|primeiros|primeiras|últimos|últimas)"
    r"|outros|outras|(?:e|de|com)\s+mais|(?:les|ces)\s+(?:derniers|dernières|premiers|premières)"
    r"|(?:gli|le|i)\s+(?:altri|altre|restanti|primi|prime|ultimi|ultime)|altri|altre|ulteriori"
    r"|(?:die|den)\s+(?:anderen|übrigen|restlichen|ersten|letzten|weiteren)|weitere"
    r"|(?:one|a|two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:in|out\s+of))\s+$",
    re.IGNORECASE,
)
"""Words before a figure that make it a part of a set: "the remaining four", "another 20",
"otros cinco", "as outras três", "altre quattro", "die übrigen drei" (after the number, "quatre
autres personnes" stops the noun: `viewer.figures.abroad`); or a share of it, "one in five
residents", "1 out of 10 children" (a ratio, no count of residents or children)."""
_PER_TIME = r"(?:second|minute|hour|day|night|week|month|year|annum)s?\b"
_RATE_AFTER = re.compile(
    r"^(?:\s+[a-z]+ing)?\s+(?:(?:for\s+)?(?:each|every)\s+(?:one\s+)?of\b|(?:for\s+)?(?:each|every)"
    rf"\s+(?!other\b|time\b|[a-z]+ing\b|(?:[a-z]+\s+)?{_PER_TIME})[a-z]+\b"
    rf"|per\s+(?!{_PER_TIME})[a-z]+\b|apiece\b)",
)
"""Words right after a figure's noun that make it a count per item: "two divers escorting each
of the boys", "three guards per cell", "two tickets apiece" ("per cent" is no count at all).
Not after a comma: "22 missiles, each carrying a warhead" still counts 22 missiles. A figure
per unit of time is read as one "a day" is, whether "per", "every" or "each" says so ("8.5
billion queries per day" and "8.5 billion queries a day", "300 cars every hour", "50 families
every two weeks": the same figure, other wordings)."""
_SPEECH_VERB = (r"(?:said|says|say|told|tells|added|adds|recalled|recalls|explained|explains|"
                r"wrote|writes|tweeted|posted|asked|asks|according\s+to)")
_SPEAKER_BEFORE = re.compile(rf"\b{_SPEECH_VERB}\s+$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(
    rf"^(?:\s+[\w'’-]+){{1,3}}?(?:\s*,[^,]{{1,60}},)?\s+(?:\w+ly\s+)?{_SPEECH_VERB}\b",
    re.IGNORECASE)
_DEFINITE_ONE = re.compile(r"\b(?:the|that|this|every|any|no)\s+$", re.IGNORECASE)
_PREDICATE_ONE = re.compile(r"\b(?:is|was|be|been|being|are|were|remains|remained|became|"
                            r"becomes)\s+$", re.IGNORECASE)
_ONE_WORD = re.compile(r"one", re.IGNORECASE)


def is_part_of_a_set(paragraph: str, start: int) -> bool:
    """Whether the figure starting at `start` (its qualifier included) counts a part of a set
    named elsewhere ("the remaining four boys", "another four", "a further 30")."""
    return bool(_PART_BEFORE.search(paragraph, max(0, start - 24), start))


_OWNERS_PART = re.compile(r"\s+of\s+(?:its|their|his|her|our)\s", re.IGNORECASE)


def is_owners_part(paragraph: str, number_end: int) -> bool:
    """Whether "of" and an owner follow the number ending at `number_end` ("lay off more than
    11,000 of its staff", "two of their soldiers were killed"): unlike "17 of the missiles", a
    part of a set the article counted, the owner's whole group is no figure of the story, so
    the part is the count of what happened to it -- a count only where the sentence says what
    did (`extraction` leaves "three of his children" out)."""
    return _OWNERS_PART.match(paragraph, number_end) is not None


def is_rate(paragraph: str, head_end: int) -> bool:
    """Whether the figure whose noun ends at `head_end` counts per item ("each of", "per")."""
    return bool(_RATE_AFTER.match(paragraph[head_end : head_end + 40]))


def is_indefinite_one(paragraph: str, start: int, number_end: int, head_end: int) -> bool:
    """Whether the word "one" at `start:number_end` is an article, not a count: the speaker of a
    speech verb ("said one woman", "one official told"), "the one person who", or a predicate
    ("this was one special athlete")."""
    if not _ONE_WORD.fullmatch(paragraph, start, number_end):
        return False
    before = paragraph[max(0, start - 24) : start]
    if _SPEAKER_BEFORE.search(before) or _DEFINITE_ONE.search(before) \
            or _PREDICATE_ONE.search(before):
        return True
    return bool(_SPEAKER_AFTER.match(paragraph[number_end : max(head_end, number_end) + 80]))


_COMMENT_COUNTER = re.compile(
    r"(?:thoughts?|comments?|responses?|replies|reply)\s+(?:on|to)\s+[\"“‘'«]", re.IGNORECASE)


def is_comment_counter(paragraph: str, start: int, number_end: int) -> bool:
    """Whether the figure at `start` opens a line that counts a page's comments ("26 thoughts
    on “…”", "3 Responses to “…”"): the page's furniture, not the story's."""
    return not paragraph[:start].strip() \
        and bool(_COMMENT_COUNTER.match(paragraph[number_end : number_end + 40].lstrip()))


_EARLIER_EVENT = re.compile(
    r"\b(?:since|desde|depuis|seit|dal|dalla|dallo|dall['’]|sinds|sedan)\b[^.;!?]{0,120}?"
    r"\b(?:1[89]\d\d|20\d\d)\b[^.;!?]{0,60}?\b(?:which|when|that|que|quando|cuando|où|"
    r"lorsque|quand|als|bei\s+de[mr]|wobei|in\s+cui|che|waarbij|toen|d[aä]r|som)\b[^.;!?]*$",
    re.IGNORECASE)
"""Before a figure in its sentence: "since" an earlier year, then a clause about that event
("since the 2004 tsunami, which killed", "desde a queda ... de 2007, que vitimou")."""


def is_earlier_events(sentence: str, start: int) -> bool:
    """Whether the figure at `start` of `sentence` is an earlier event's, named to compare this
    one with ("the worst accident since the TAM crash of 2007, which killed 199 people"): no
    figure of this event's, so it is left out of its rows."""
    return bool(_EARLIER_EVENT.search(sentence, max(0, start - 240), start))
