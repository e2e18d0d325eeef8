"""When a figure was counted: the time a sentence gives it as of, or the words that give it as
a tally still running.

Tolls rise as victims are found and counted, and outlets print the count of the hour:
"截至2日15时30分,灾害已造成48人死亡" (as of 15:30 on the 2nd), "As of this minute, 15
people died", "8日夜時点で3人がけが", "20일 오전 6시 기준", "the death toll rose to 41", "so
far", "bislang", "hasta el momento", "已致48人遇难" (has so far caused). Read here: the words,
as written, to show beside the figure (`AsOf`), and, where they name a year, month, day or hour
in digits, the moment (`viewer.figures.moments`), so that two counts can be put in order
(`viewer.figures.updates`: only counts whose moments can be ordered are one count updated;
a tally's words alone order nothing). The words are looked for in the figure's sentence: a
time right after the figure, in its clause, first ("reached 36 as of 6 a.m. on May 2", after
"stood at 24 as of 3 p.m. on May 1"); else the nearest time before it, where nothing but its
own comma stands between ("As of 6 p.m. Tuesday, 12 ..."; not past another figure, clause mark
or conjunction: another clause may be another moment's); else one closing the sentence ("30
were injured, as of the time of writing"). A verb of rising ("rose to", "stieg auf", "升至") or
a tally's words ("so far") are the figure's only where they govern it: next to it, in its
clause, with no other figure between ("Der Preis stieg auf 5 Euro, 12 Menschen wurden
verletzt": the 12 has not risen). Pure functions on text, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.figures.moments import (
    DE_MONTHS,
    EN_MONTHS,
    ZONE_WORDS,
    Moment,
    read_moment,
)
from viewer.unspaced_scripts import EAST_ASIAN_CHARACTER


@dataclass(frozen=True)
class AsOf:
    """A figure given as a count at one moment: `words` as the sentence writes them
    ("截至2日15时30分", "as of this minute", "so far", "rose to"), `moment` where they name a
    time in digits."""

    words: str
    moment: Moment | None = None


_TIME_WORDS = re.compile(
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|uhr\b|h\b)|\d{1,2}:\d\d|"
    rf"(?:[01]\d|2[0-3])[0-5]\d(?:z|(?=\s*(?:{ZONE_WORDS}|hrs|local)\b))|"
    rf"\d{{1,2}}\.?\s+(?:{EN_MONTHS}|{DE_MONTHS})\b(?:\s+(?:19|20)\d\d\b)?|"
    rf"(?:{EN_MONTHS}|{DE_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
    rf"(?:,?\s+(?:19|20)\d\d\b)?|{ZONE_WORDS}|hrs|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag\w*|"
    r"mittwoch\w*|sonnabend\w*|this|that|the|time|of|writing|press|minute|hour|morning|afternoon|evening|"
    r"night|noon|midnight|today|tonight|yesterday|now|late|early|last|local|on|at|"
    r"heute\w*|gestern\w*|abend|morgen|mittag|nachmittag|vormittag|nacht|früh|am|um|zum|des)"
    r"(?=[\s,.;:!?()]|$)",
    re.IGNORECASE)
"""One word of a time after "as of", "Stand", "bis" ("6 p.m. Tuesday", "this minute", "the
time of writing", "Montagabend", "14 Uhr", "15:00", "0600 GMT", "5. März 2024", "May 2, 2024"): the
time ends at the first other word, and a number is one of its words only as an hour, a day of
a month or a date's year ("as of Tuesday 48 people" gives "Tuesday")."""
_TIME_FILLERS = frozenset(["this", "that", "the", "of", "on", "at", "last", "local", "am", "um",
                           "zum", "des", "late", "early"])
"""Words of a time that say none alone: a time ending on them ends before them."""

_MARKED_TIME = re.compile(
    r"\b(?:as\s+(?:of|at)|Stand:?|bis(?!\s+zu\b))\s+(?P<time>\S.{0,48})", re.IGNORECASE)
"""A marker a time follows: English "as of", German "Stand" ("Stand: 14 Uhr") and "bis"
("bis Montagabend"; not "bis zu", up to, a qualifier)."""
_CJK_TIME = (r"(?:\d{4}\s?[年년]\s?)?(?:\d{1,2}\s?[月월]\s?)?(?:\d{1,2}\s?[日일]\s?)?"
             r"(?:(?:早上|上午|凌晨|中午|下午|晚上|傍晚|夜间|午前|午後|未明|夕方|朝|夜|오전|오후|새벽|밤)\s?)?"
             r"(?:\d{1,2}\s?(?:时|時|点|點|시)(?:\s?\d{1,2}\s?(?:分|분)|半)?)?")
_CJK_BEFORE_TIME = re.compile(
    rf"(?:截至到?|截止到?|(?<![至截])至(?=\s?\d))\s?(?P<time>目前|当前|當前|今天|发稿时|發稿時|{_CJK_TIME})")
"""Chinese "截至" (as of) and "至" before a time in digits ("至5月2日早上5时30分"; not "至少",
at least)."""
_CJK_TIME_BEFORE = re.compile(
    rf"(?P<time>{_CJK_TIME})\s?(?:時点で|時点|現在|までに|기준|현재)")
"""Japanese and Korean put the time first: "8日夜時点で", "20일 오전 6시 기준"."""
_RUNNING_SPACED = (
    r"\b(?:so\s+far|to\s+date|thus\s+far|until\s+now|at\s+last\s+count|at\s+the\s+time\s+of\s+"
    r"writing|bislang|bisher|inzwischen|mittlerweile|nach\s+neuesten\s+Angaben|"
    r"jusqu'(?:à|a)\s+présent|à\s+ce\s+stade|pour\s+l'instant|hasta\s+(?:el\s+momento|ahora)|"
    r"por\s+(?:ahora|el\s+momento)|finora|fino\s+ad\s+ora|per\s+ora|até\s+(?:o\s+momento|agora)|"
    r"por\s+enquanto)\b")
_RUNNING = re.compile(
    _RUNNING_SPACED + r"|目前|迄今|至今|到目前为止|到目前為止|累计|累計|現時点|これまでに|지금까지",
    re.IGNORECASE)
"""Words that give a count as the tally at the time of writing, near it in its sentence."""
_RUNNING_AFTER = re.compile(_RUNNING_SPACED, re.IGNORECASE)
"""... after it: in English, German and the Romance languages ("12 arrested so far"). Chinese,
Japanese and Korean say them before the count; after it, "至今" is about what follows ("3位
遇难者家属聚集铜陵,至今..."), the next clause's."""
_RISEN = re.compile(
    r"\b(?P<verb>(?:rose|risen|climbed|jumped|increased|grown|grew)\s+to|stieg\s+auf|"
    r"erhöhte\s+sich\s+auf|est\s+passée?\s+à|a\s+grimpé\s+à|s'élève\s+désormais\s+à|"
    r"(?:ascendió|se\s+elevó|aumentó|subió)\s+a|(?:è\s+)?salit[oa]\s+a|"
    r"(?:subiu|aumentou)\s+para)\b"
    r"|(?P<unspaced>已致|已造成|已导致|已導致|已经造成|已經造成|升至|上升至|增至|增加至|增加到|攀升至)",
    re.IGNORECASE)
"""A verb of rising right before the figure (`RISEN_WORDS_MAX` words between at most, a
qualifier: "rose to at least 41"): the count has changed and may again. (Japanese and Korean
put the verb after the count: not read.)"""
RISEN_WORDS_MAX = 2
RUNNING_WORDS_MAX = 3
"""Words at most between a tally's words and its figure ("have so far arrested 12", "12
people arrested so far")."""
UNSPACED_BETWEEN_MAX = 12
"""Characters at most between a verb of rising or a tally's words and the figure in Chinese,
Japanese or Korean ("已造成", "累计造成")."""
NEAR_BEFORE = 40
"""Characters before a figure read for a verb of rising or a running tally's words."""
NEAR_AFTER = 60
"""Characters after a figure's noun read for its time or a running tally's words ("30 were
injured, as of the time of writing")."""
BEFORE_REACH = 400
"""Characters before a figure read for its time at most, as `extraction` reads an English
sentence (SENTENCE_REACH): a sentence's opening "截至..." is read, and the work stays linear
in a paragraph without sentence marks."""
_SENTENCE_MARK = re.compile(r"[。！？!?；;\n]")
_CLAUSE_BREAK = re.compile(r"[\d,;:()\"“”«»，、；：（）。！？!?]")
"""Between a figure and words that would time it, what says they are not the figure's:
another figure (or a year), or a clause's or a quotation's edge."""
_UNSPACED_CONJUNCTION = re.compile(r"但是?|不过|不過|然而|而|しかし|だが|그러나|하지만")
"""Words that open another clause in Chinese, Japanese and Korean: a time before them is not
the next clause's ("截至1日,10人死亡,但2日官方称30人遇难")."""
_CONJUNCTIONS = frozenset(["and", "but", "or", "while", "whereas", "und", "aber", "oder",
                           "während", "et", "mais", "ou", "y", "pero", "o", "e", "ma", "mas"])
"""Words that open another clause, in the six languages whose tallies are read."""


def counted_when(sentence: str, start: int, end: int) -> AsOf | None:
    """The moment `sentence[start:end]`, a figure, is given as of (module docstring); None
    where its sentence gives no time and no running tally."""
    before, after = sentence[:start], sentence[end:end + NEAR_AFTER]
    # (a time the sentence names is the most a reader learns: "截至2日15时30分,灾害已造成48人
    # 死亡" is the count of 15:30, not merely one so far; a time right after the figure is its
    # own, before one further back: "stood at 24 as of 3 p.m. on May 1, reached 36 as of 6
    # a.m. on May 2")
    after_times = _times(after, unspaced=False)
    first_after = min(after_times, key=lambda found: found.start) if after_times else None
    if first_after is not None and _governs(after[:first_after.start], None):
        return first_after.as_of
    before_times = _times(before, unspaced=True)
    nearest_before = max(before_times, key=lambda found: found.start) if before_times else None
    if nearest_before is not None and _times_what_follows(nearest_before, before):
        return nearest_before.as_of
    # (a time closing the sentence past a comma is its figures', not past another figure: "30
    # were injured, as of the time of writing")
    if first_after is not None and not re.search(r"\d", after[:first_after.start]):
        return first_after.as_of
    near = before[-NEAR_BEFORE:]
    # (a verb of rising or a tally's words govern the figure right after them, in its clause:
    # in "Der Preis stieg auf 5 Euro, 12 Menschen wurden verletzt" the 12 has not risen)
    risen = list(_RISEN.finditer(near))
    if risen and _governs(near[risen[-1].end():], RISEN_WORDS_MAX):
        return AsOf(_words(risen[-1].group(0)))
    # ("have so far arrested 12", "So far, 12 ...", "12 arrested so far"; not "killed 157 in
    # 2019, and so far no one has been charged")
    running = list(_RUNNING.finditer(near))
    if running and _governs(_opening_comma_dropped(near[running[-1].end():]),
                            RUNNING_WORDS_MAX):
        return AsOf(_words(running[-1].group(0)))
    following = _RUNNING_AFTER.search(after)
    if following is not None and _governs(after[:following.start()], RUNNING_WORDS_MAX):
        return AsOf(_words(following.group(0)))
    return None


def _times_what_follows(time: _FoundTime, before: str) -> bool:
    """Whether a time found in `before`, the text before a figure, is the figure's: in "As of
    Monday, 10 people had died, but on Thursday officials said 30 people were killed" the 30
    is not Monday's, nor in "The toll stood at 12 as of 6 p.m. Tuesday, and the hospital later
    said 30 were killed". Only an opening time's own comma may stand between ("As of 6 p.m.
    Tuesday, 12 people"); another figure, clause mark or conjunction says the figure is of
    another clause, and a time read there would make two outlets' counts an update where
    nothing says they are one count at two moments. (Chinese, Japanese and Korean write a
    sentence's time first for all its clauses, commas and all: "截至2日6时,灾害已造成36人死亡、
    30人受伤"; there only a conjunction stands between.)"""
    between = before[time.end:]
    if not time.marked:
        return not _UNSPACED_CONJUNCTION.search(between)
    return _governs(_opening_comma_dropped(between), None)


def _governs(between: str, words_max: int | None) -> bool:
    """Whether words that time a count, `between` apart from it, are its: in its clause (no
    other figure, clause mark or conjunction between) and, but for a time after it, near it
    (`words_max` words at most; in Chinese, Japanese or Korean, UNSPACED_BETWEEN_MAX
    characters)."""
    if _CLAUSE_BREAK.search(between):
        return False
    words = between.split()
    if any(word.lower() in _CONJUNCTIONS for word in words):
        return False
    if words_max is None:
        return True
    if EAST_ASIAN_CHARACTER.search(between):
        return len(between.strip()) <= UNSPACED_BETWEEN_MAX
    return len(words) <= words_max


def _opening_comma_dropped(between: str) -> str:
    """`between` without the comma that may follow a tally's opening words ("So far, 12")."""
    stripped = between.lstrip()
    return stripped[1:] if stripped[:1] in (",", "，") else between


def counted_when_in(paragraph: str, start: int, end: int) -> AsOf | None:
    """`counted_when` for a figure of a paragraph of Chinese, Japanese or Korean, whose
    sentences end at "。", "！", "？", "；" or a line break.

    Only the figure's own stretch of text is scanned, BEFORE_REACH characters before it and
    NEAR_AFTER after it at most: looking for its sentence's start from the paragraph's made a
    long paragraph's figures quadratic (8,000 sentences on one line took 8.6 s)."""
    reach = max(0, start - BEFORE_REACH)
    opening = max((mark.end() for mark in _SENTENCE_MARK.finditer(paragraph, reach, start)),
                  default=reach)
    closing = _SENTENCE_MARK.search(paragraph, end, end + NEAR_AFTER)
    sentence_end = closing.start() if closing else min(len(paragraph), end + NEAR_AFTER)
    return counted_when(paragraph[opening:sentence_end], start - opening, end - opening)


@dataclass(frozen=True)
class _FoundTime:
    """A time found in a sentence: `as_of` its words and moment, between `start` and `end`;
    `marked` where a spaced language's marker ("as of", "Stand") gives it."""

    start: int
    end: int
    as_of: AsOf
    marked: bool


def _times(text: str, *, unspaced: bool) -> list[_FoundTime]:
    """The times a count may be given as of in `text`; with `unspaced`, Chinese, Japanese and
    Korean ones too (which come before the count, never after it)."""
    found: list[_FoundTime] = []
    for match in _MARKED_TIME.finditer(text):
        time, length = _time_words(match.group("time"))
        if time:
            words = text[match.start():match.start("time")] + time
            found.append(_FoundTime(match.start(), match.start("time") + length,
                                    AsOf(_words(words), read_moment(time)), marked=True))
    # (the patterns of Chinese, Japanese and Korean times try every position: only where their
    # script is)
    east_asian = unspaced and EAST_ASIAN_CHARACTER.search(text) is not None
    for pattern in (_CJK_BEFORE_TIME, _CJK_TIME_BEFORE) if east_asian else ():
        for match in pattern.finditer(text):
            if match.group("time").strip():
                found.append(_FoundTime(
                    match.start(), match.end(),
                    AsOf(_words(match.group(0)), read_moment(match.group("time"))),
                    marked=False))
    return found


def _time_words(text: str) -> tuple[str, int]:
    """The words of a time at the start of `text`, up to the first word that is not one of a
    time's (`_TIME_WORDS`), and how many characters of `text` they take; "" and 0 if there are
    none."""
    position = 0
    ends: list[int] = []
    while True:
        spaces = len(text[position:]) - len(text[position:].lstrip())
        match = _TIME_WORDS.match(text, position + spaces)
        if match is None or not match.group(0):
            break
        position = match.end()
        ends.append(position)
    words = text[:position].split()
    while words and words[-1].lower() in _TIME_FILLERS:
        words.pop()
        ends.pop()
    return " ".join(words).rstrip(".,"), (ends[-1] if ends else 0)


def _words(text: str) -> str:
    return " ".join(text.split()).rstrip(",")
