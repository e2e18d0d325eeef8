"""Numbers in a text: digits ("22", "5,000", "1,25,000" grouped as India groups them, "1.5
million", "12 hundred") and words ("twenty-two", "a dozen", "dozens", "hundreds of", "none", "no").

Finds where each number is and what it is worth; what it counts and how it is qualified are
other modules' jobs. Numbers that are not counts are left out here: times ("5:30", "2 p.m."),
dates ("January 7", "8 Jan", "2020-01-08"), years, ages ("35-year-old", "aged 35", and the same
in French, Italian and German: "à l'âge de 60", "all'età di 60", "im Alter von 60"), phone
numbers, ordinals ("1st", "second"), identifiers glued to letters ("F-16", "PS752"), percentages
("5%": they need bases to compare, so the figures table leaves them out) and money ("$3
million": an amount, read with its currency by `money`, not a count). A plural round number
("dozens", "millions") is a range that keeps its word as its `magnitude`: it names an order of
magnitude, not a count (see `compatibility`); a number that names a thing ("Flight 752",
"Article 51", "top 40") is told by `designations`. Words are converted by `text2num` (strict: it
refuses "one two" rather than guessing).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from viewer.figures.numbers_abroad import (
    MAX_DIGITS,
    SCALES_ABROAD,
    continental_numbers,
    word_numbers,
)
from viewer.figures.values import Kind

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion"
]
_WORD = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
NUMBER_WORDS = frozenset(_UNITS) | frozenset(
    ["dozen", "dozens", "hundreds", "thousands", "millions", "none", "no", "nobody"])
"""Words that are numbers themselves: a counted noun is never found past one."""
_WORD_NUMBER = re.compile(rf"\b{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*\b", re.IGNORECASE)
INDIAN_SCALES = {"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
"""Indian English's scale words ("2-3 lakh people", "one lakh people", "5 crore"): a hundred
thousand and ten million."""
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           **SCALES_ABROAD, **INDIAN_SCALES}
_GROUPED = r"\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+"
"""Digits grouped by commas, in thousands or as India groups them, lakh and crore first
("1,25,000", "25,00,000")."""
_INDIAN_SCALE_AFTER = re.compile(r"\s+(lakhs?|crores?)\b", re.IGNORECASE)
_SCALE_WORDS = (
    # ("2 hundred million" is 200 million, "5 hundred crore" 500 crore: the scales multiply)
    r"\s+(?P<scale>hundred(?:\s+(?:thousand|million|billion|trillion|lakhs?|crores?))?"
    r"|thousand|million|billion|trillion|lakhs?|crores?|" + "|".join(SCALES_ABROAD) + r")\b")
_DIGITS = re.compile(
    r"(?<![\w$£€¥#+/:.,-])"            # not glued to a word, currency, time, date or decimal
    r"(?<!\d[\u00a0\u202f])"            # nor a group of thousands after a no-break space
    r"(?P<whole>" + _GROUPED + r"|\d+)(?P<fraction>\.\d+)?"
    # ("12 hundred and 50" is 1,250, one number: its "50" is no count of its own)
    r"(?:" + _SCALE_WORDS + r"(?:(?<=hundred)\s+and\s+(?P<tens>\d{1,2})\b)?)?"
    r"(?![\w%$£€:/-]|[.,]\d|\s*(?:per\s*cent|percent)\b)"
)
_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec"
]
_MONTH = "(?:" + "|".join(_MONTHS) + r")\.?"
_AGE_LEAD = r"(?:\baged|\b[àa]\s+l['’][âa]ge\s+de|\ball['’]et[àa]\s+di|\bim\s+alter\s+von)"
"""Words that put an age before its number: "aged 35", French "à l'âge de 60", Italian "all'età
di 60", German "im Alter von 60". The unit after an age in any of the six languages ("years",
"años", "anos", "ans", "anni", "Jahre") is a time word that `things` never counts, so "a los 60
años" and "aos 60 anos" need no lead here: "a los" and "aos" also come before counts ("atendió
a los 60 heridos")."""
_NOT_COUNTS_FROM_DIGIT = re.compile(  # patterns that start with their digit: one fast scan
    r"(?=\d)(?<!\w)(?:"
    # times ("14.30", "5:30 p.m."; not "1.52 million", a figure with its scale)
    r"\d{1,2}(?::\d{2}\b|\.\d{2}\b(?!\s+(?:thousand|million|billion|trillion|lakhs?|crores?)\b))"
    r"(?:\s*(?:[ap]\.?m\.?|gmt|utc|hours?|hrs?))?"
    r"|\d{1,2}\s*[ap]\.m\.|\d{1,2}\s*[ap]m\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+\d{{4}})?\b"     # 8 January 2020
    r"|\d{4}-\d{2}-\d{2}\b|\d{1,2}/\d{1,2}/\d{2,4}\b"                       # 2020-01-08, 8/1/20
    r"|\d{3}[\s.-]\d{3}[\s.-]\d{4}\b"                                       # phone numbers
    r"|\d+(?:-|\s+)years?(?:-|\s+)old\b"                                     # ages
    # years; but "2000 protesters" (a lower-case word next) is a count
    r"|(?:19|20)\d{2}s\b|(?:19|20)\d{2}\b(?![,.]\d|(?-i:\s+[a-z]))"
    r"|\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion)\s+)?"             # money
    r"(?:dollars|euros|pounds|yuan|yen|rupees|francs|roubles|rubles)\b"
    r")",
    re.IGNORECASE,
)
_NOT_COUNTS_BEFORE_DIGIT = re.compile(  # patterns that start before their digit
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*\d{{4}})?"            # January 7, 2020
    r"|\+\d{0,3}\s?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"                   # phone numbers
    r"|\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b"
    rf"|{_AGE_LEAD}\s+\d+"                                                       # ages
    r"|\b(?:in|since|by|until|till|of|from|before|after|during|early|late|mid|year)\s+"
    r"(?:19|20)\d{2}\b(?![,.]\d)"                       # "in 2019 protesters": still a year
    r"|(?:US|A|C|HK|NZ)?[$£€¥₹]\s?\d[\d,.]*"                                   # money
    r"(?:\s*(?:thousand|million|billion|trillion|bn|m|k)\b)?",
    re.IGNORECASE,
)
_DIGIT_RANGE = re.compile(
    r"(?<![\w$£€¥#+/:.,-])(?<!\d[ \u00a0\u202f\u2009'’])"
    r"(?P<low>" + _GROUPED + r"|\d+)\s*[-–]\s*(?P<high>" + _GROUPED + r"|\d+)"
    # (a scale after a range is both ends': "10-12 hundred" is 1,000 to 1,200)
    r"(?:" + _SCALE_WORDS + r")?"
    r"(?![\w%$£€:/-]|[.,]\d)"
)
_COLLECTIVE = re.compile(
    r"\b(?P<half>half\s+a\s+)?(?P<a>(?:a|one)\s+)?(?P<dozen>dozen)\b(?!s)"
    r"|\b(?P<tens>tens\s+of\s+thousands)\b"
    r"|\b(?P<hundreds_thousands>hundreds\s+of\s+thousands)\b"
    r"|(?<!\d\s)\b(?P<plural>dozens|hundreds|thousands|millions)\b"  # not "250 millions d'albums"
    r"|\b(?P<a_scale>an?\s+(?:hundred|thousand|million))\b",
    re.IGNORECASE,
)
_ZERO = re.compile(r"\b(?:no(?:\s+one)?|none|nobody|zero|not\s+(?:a\s+single|one|any))\b",
                   re.IGNORECASE)
_PLURAL_RANGES: dict[str, tuple[float, float]] = {
    "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 19_999),
    "millions": (2e6, 999e6), "tens": (20_000, 99_999), "hundreds_thousands": (200_000, 999_999),
}
"""Plural round numbers as ranges: "dozens" is at least two dozen and fewer than a hundred.
"Thousands" reaches up to where "tens of thousands" begins: 11,000 is eleven thousand, and no
other vague word names it ("thousands of people will lose their jobs" and another outlet's
11,000 laid off agree)."""


@dataclass(frozen=True)
class Number:
    """A number found at `start:end` of the text; `kind` is what its wording alone says."""

    start: int
    end: int
    value: float
    kind: Kind = "exact"
    high: float | None = None
    zero_word: str | None = None
    """For "no", "none", "nobody" ...: the word, since such a zero needs a counted thing."""
    magnitude: str | None = None
    """For a plural round number ("dozens", "tens of thousands"): the words, lower case."""


def find_numbers(text: str, *, continental: bool = False) -> list[Number]:
    """Every number in `text` that may be a count, in order, none overlapping. `continental`:
    its digits and small number words are written as the other languages write them
    (`numbers_abroad`)."""
    taken = _Spans(_not_count_spans(text))
    found: list[Number] = []

    def claim(number: Number) -> None:
        if taken.add(number.start, number.end):
            found.append(number)

    for number in _collective_numbers(text):
        claim(number)
    for match in _DIGIT_RANGE.finditer(text):
        ends = match.group("low", "high")
        if any(len(end.replace(",", "")) > MAX_DIGITS for end in ends):
            continue
        scale = _scale(match.group("scale"))
        low, high = (float(end.replace(",", "")) * scale for end in ends)
        if low < high:
            claim(Number(match.start(), match.end(), low, "range", high=high))
    if continental:
        for start, end, value, rounded in [*continental_numbers(text), *word_numbers(text)]:
            claim(Number(start, end, value, "approx" if rounded else "exact"))
    else:
        for number in _digit_numbers(text):
            claim(number)
    for match in _ZERO.finditer(text):  # before the word numbers: "no one" is not "one"
        zero_word = " ".join(match.group().lower().split())
        claim(Number(match.start(), match.end(), 0.0, "exact", zero_word=zero_word))
    for number in _word_numbers(text):
        claim(number)
    found.sort(key=lambda number: number.start)
    return [_with_indian_scale(text, number) for number in _join_ranges(text, found)]


def _with_indian_scale(text: str, number: Number) -> Number:
    """`number` times the lakh or crore written after it ("2-3 lakh people", "one lakh
    people"): digits take the scale word with them (`_DIGITS`), a range or a number in words
    is scaled here; rounded, as "1.5 million" is."""
    after = _INDIAN_SCALE_AFTER.match(text, number.end)
    if after is None or number.zero_word:
        return number
    scale = INDIAN_SCALES[after.group(1).lower()]
    return Number(number.start, after.end(), number.value * scale,
                  "range" if number.kind == "range" else "approx",
                  high=number.high * scale if number.high is not None else None)


class _Spans:
    """Non-overlapping spans, sorted: a new span is taken only if it overlaps none (bisect, so
    a line of a hundred thousand numbers stays fast)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [start for start, _end in spans]
        self._ends = [end for _start, end in spans]

    def add(self, start: int, end: int) -> bool:
        index = bisect_right(self._starts, start)
        if index > 0 and self._ends[index - 1] > start:
            return False
        if index < len(self._starts) and self._starts[index] < end:
            return False
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        return True


_DIGIT_RUN = re.compile(r"\d+")
_NOT_COUNT_BEFORE, _NOT_COUNT_AFTER = 16, 32
"""How far a time, date, money or phone pattern reaches from one of its digits."""


def _not_count_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint spans of times, dates, years, ages, money and phone numbers. Patterns
    that begin before their digit ("January 7", "$3", "in 2019") are slow to scan for, so they
    run only in small windows around the digits."""
    spans = [(m.start(), m.end()) for m in _NOT_COUNTS_FROM_DIGIT.finditer(text)]
    windows: list[list[int]] = []
    for run in _DIGIT_RUN.finditer(text):
        start = max(0, run.start() - _NOT_COUNT_BEFORE)
        end = min(len(text), run.end() + _NOT_COUNT_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    for start, end in windows:
        spans += [(m.start(), m.end())
                  for m in _NOT_COUNTS_BEFORE_DIGIT.finditer(text, start, end)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _collective_numbers(text: str) -> Iterator[Number]:
    for match in _COLLECTIVE.finditer(text):
        if match.group("dozen"):
            if match.group("half"):
                yield Number(match.start(), match.end(), 6.0, "approx")
            elif match.group("a"):
                yield Number(match.start(), match.end(), 12.0, "approx")
            continue  # "two dozen": the word number and "dozen" are joined by _word_numbers
        for group in ("tens", "hundreds_thousands", "plural"):
            if match.group(group):
                key = group if group != "plural" else match.group(group).lower()
                low, high = _PLURAL_RANGES[key]
                yield Number(match.start(), match.end(), low, "range", high=high,
                             magnitude=" ".join(match.group(group).lower().split()))
                break
        else:
            scale = match.group("a_scale").split()[-1].lower()
            size = 100.0 if scale == "hundred" else _SCALES[scale]
            yield Number(match.start(), match.end(), size, "approx")


def _digit_numbers(text: str) -> Iterator[Number]:
    for match in _DIGITS.finditer(text):
        whole, fraction, scale = match.group("whole", "fraction", "scale")
        digits = whole.replace(",", "")
        if len(digits) > MAX_DIGITS:
            continue  # an identifier or garbage, and no float holds it exactly
        value = float(digits + (fraction or ""))
        if match.group("tens") and not fraction:
            yield Number(match.start(), match.end(), value * 100 + int(match.group("tens")))
        elif scale:
            # "1.5 million" is a rounded figure: approximate by its wording.
            yield Number(match.start(), match.end(), value * _scale(scale), "approx")
        elif fraction:
            continue  # a decimal without a scale word is a measure, not a count
        else:
            yield Number(match.start(), match.end(), value)


def _scale(words: str | None) -> float:
    """What the scale words multiply by: 1 for none, "hundred million" 100 x 1,000,000."""
    return math.prod(_SCALES[word] for word in (words or "").lower().split())


def _word_numbers(text: str) -> Iterator[Number]:
    for match in _WORD_NUMBER.finditer(text):
        words = match.group()
        value = _words_value(words)
        end = match.end()
        if value is None:
            continue
        dozen = re.match(r"\s+dozen\b(?!s)", text[end:], re.IGNORECASE)
        if dozen:
            yield Number(match.start(), end + dozen.end(), value * 12, "approx")
            continue
        scaled = words.lower().split()[-1] in ("million", "billion") and value >= 1e6
        yield Number(match.start(), end, value, "approx" if scaled else "exact")


@lru_cache(maxsize=4096)
def _words_value(words: str) -> float | None:
    from text_to_num import text2num

    try:
        return float(text2num(words.lower().replace("-", " "), "en"))
    except ValueError:
        return None


_RANGE_JOINT = re.compile(r"\s*(?:-|–|—|to)\s*|\s+(?:and|et|y|e|und)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|entre|tra|fra|zwischen)\s+$", re.IGNORECASE)
"""Between two numbers joined by "and" (in the five other languages too: "entre 2 000 et 3 000
personnes"), a range."""


_CHANGE_FROM = re.compile(
    r"\b(?:(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|increases|jumped|grew|"
    r"grown|went\s+up|gone\s+up|revised|raised|upped|fell|fallen|dropped|decreased|lowered)"
    r"(?:\s+\w+){0,2}\s+from"
    r"|(?:passé|passée|passés|passées|pasó|pasado|subió|aumentó|bajó|cayó|augmenté|grimpé|"
    r"baissé|chuté|salito|salita|passato|passata|aumentato|sceso|gestiegen|passou|subiu|"
    r"aumentou|caiu)(?:\s+\w+){0,2}\s+(?:de|d['’]|da|di|von))\s*$", re.IGNORECASE)
"""A change of a figure ("the toll rose from 12 to 15", "le bilan est passé de 12 à 15"): not a
range, but the value it left and the value it reached (the one it left is no longer the
count)."""


def _join_ranges(text: str, numbers: list[Number]) -> list[Number]:
    """Join "20 to 30", "20-30" and "between 20 and 30" into one range (not "rose from 20 to
    30")."""
    joined: list[Number] = []
    index = 0
    while index < len(numbers):
        first = numbers[index]
        if index + 1 < len(numbers):
            second = numbers[index + 1]
            joint = text[first.end:second.start]
            plain = first.kind == second.kind == "exact" and not first.zero_word \
                and not second.zero_word and first.value < second.value
            is_and = joint.strip().lower() in ("and", "et", "y", "e", "und")
            between = _BETWEEN.search(text, max(0, first.start - 12), first.start)
            if plain and _RANGE_JOINT.fullmatch(joint) and (not is_and or between) \
                    and not _CHANGE_FROM.search(text, max(0, first.start - 40), first.start):
                start = between.start() if between and is_and else first.start
                joined.append(Number(start, second.end, first.value, "range", high=second.value))
                index += 2
                continue
        joined.append(first)
        index += 1
    return joined


_TO_ANOTHER_NUMBER = re.compile(r"(?:\s+[^\W\d]+){0,4}?\s*(?:to|à|a|auf|para|-|–|—)\s*\d",
                                re.IGNORECASE)
"""After a value a change left, the one it reached, maybe its noun and a day between ("from 12
dead on Monday to 15")."""


def is_left_by_change(paragraph: str, number: Number) -> bool:
    """Whether `number` is the value a change left ("rose from 12 to 15 people"): no longer
    the count, and counting no thing of its own (the toll it was is not the toll)."""
    return _CHANGE_FROM.search(paragraph, max(0, number.start - 40), number.start) is not None \
        and _TO_ANOTHER_NUMBER.match(paragraph, number.end) is not None
