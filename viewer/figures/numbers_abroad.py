"""Numbers as Spanish, Portuguese, French, Italian and German write them: digits with a dot
between thousands and a comma before decimals ("35.000 pasajeros", "6,4 millones", "35 mil"),
scale words ("250 millions"), and the number words two to twelve of the eleven languages the
engine knows (`viewer.number_words`: "tres personas", "cinq morts"), written in lower case or
opening a sentence (not "UC Berkeley", "Dua Lipa", "Tres Cantos": names).

Read only in a sentence that is not English (where "12.425" is twelve thousand); which numbers
are counts, and what they count, is `numbers`' and `extraction`'s job. Yields plain readings
(start, end, value, approximate) so that `numbers` keeps its own `Number`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from viewer.figures.people_abroad import thing_abroad
from viewer.normalize import without_marks
from viewer.number_words import DIGITS_OF

MAX_DIGITS = 13
"""Longer digit runs are not counts (and would lose precision, or overflow, as floats)."""
SCALES_ABROAD = {
    "millions": 1e6, "millones": 1e6, "millón": 1e6, "milhões": 1e6, "milhão": 1e6,
    "milioni": 1e6, "milione": 1e6, "millionen": 1e6, "milliards": 1e9, "milliard": 1e9,
    "miliardi": 1e9, "miliardo": 1e9, "milliarden": 1e9, "milliarde": 1e9, "bilhões": 1e9,
}
"""Scale words after digits in the five other languages ("250 millions d'albums", "3
millones"): 250 million, not the vague "millions" the English rules would read."""
_THOUSANDS_ABROAD = {"mil": 1e3, "mila": 1e3, "mille": 1e3, "tausend": 1e3}
"""Thousand after digits in the other languages ("35 mil pasajeros", "10 mila persone")."""
_DIGITS_CONTINENTAL = re.compile(
    r"(?<![\w$£€¥#+/:.,-])(?<!\d[ \u00a0\u202f\u2009'’])"  # (no group of thousands alone)
    r"(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+(?![.,]?\d)|\d+)(,\d+)?"
    r"(?:\s+(" + "|".join([*SCALES_ABROAD, *_THOUSANDS_ABROAD]) + r")\b)?"
    r"(?![\w%$£€:/-]|[.,]\d|\s*(?:por\s*ciento|pour\s*cent|per\s*cento|prozent)\b)"
)
"""Digits as the other languages write them, a dot, a space (plain, no-break, narrow or thin: "7 000
personnes", French) or an apostrophe (Swiss "7'000") between thousands; read so in a sentence
that is not English."""
_OF_AFTER_SCALE = frozenset({"de", "di", "d", "des"})
"""The "of" between a scale word and its noun: "6,4 millones de clientes", "3 millions de
personnes" ("2 million people" in English, no "of"; Italian "di persone" too, though a noun
not ending like an English plural, "persone", is no counted thing here)."""

Reading = tuple[int, int, float, bool]
"""Where a number starts and ends, its value, and whether its wording makes it approximate."""


def continental_numbers(text: str) -> Iterator[Reading]:
    """The digits of `text` read as the other languages write them; a decimal without a scale
    word is a measure, not a count, and is left out."""
    for match in _DIGITS_CONTINENTAL.finditer(text):
        whole, fraction, scale = match.groups()
        digits = re.sub(r"[.\s'’]", "", whole)
        if len(digits) > MAX_DIGITS:
            continue
        value = float(digits + (fraction or "").replace(",", "."))
        if scale:
            factor = SCALES_ABROAD.get(scale.lower()) or _THOUSANDS_ABROAD[scale.lower()]
            yield match.start(), match.end(), value * factor, True
        elif not fraction:
            yield match.start(), match.end(), value, False


def ends_on_scale_word(number_text: str) -> bool:
    """Whether a number as written ends on a scale word of the other languages ("6,4
    millones"): then an "of" before its noun ("de clientes") belongs to it."""
    words = number_text.split()
    return len(words) > 1 and words[-1].lower() in SCALES_ABROAD


def of_after_scale(word: str) -> bool:
    """Whether `word` is the other languages' "of" between a scale word and its noun."""
    return word.lower() in _OF_AFTER_SCALE


_LETTERS = re.compile(r"[^\W\d_]+")
_OF_THE = frozenset({"dos"})
"""Number words that are also a word of another of the languages: Spanish "dos" (two) is
Portuguese "dos" (of the), read as two only in a Spanish sentence."""
_NOT_NUMBERS = frozenset({"très"})
"""Words whose accents folded are a number word: French "très" (very) is Spanish "tres"."""
_IN_LARGER_NUMBERS = frozenset([
    *SCALES_ABROAD, *_THOUSANDS_ABROAD, "cent", "cents", "cento", "cien", "ciento", "cientos",
    "hundert", "centos", "cem",
    # collective numbers and fractions: "dos docenas", "deux centaines", "deux tiers"
    "docena", "docenas", "decena", "decenas", "centenar", "centenares", "douzaine", "douzaines",
    "dizaine", "dizaines", "centaine", "centaines", "millier", "milliers", "miles", "milhares",
    "dezenas", "centenas", "dozzina", "dozzine", "decina", "decine", "centinaio", "centinaia",
    "migliaia", "dutzend", "tiers", "quarts", "tercios", "cuartos", "terzi", "quarti", "terços",
    "drittel", "viertel"])
"""Words after which a number word is part of a larger number or a fraction ("deux mille",
"tres cientos", "dos docenas", "deux tiers"): not read, rather than read wrong."""
_TENS = frozenset([
    "vingt", "trente", "quarante", "cinquante", "soixante", "veinte", "treinta", "cuarenta",
    "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "vinte", "trinta", "quarenta",
    "cinquenta", "sessenta", "oitenta"])
"""Tens before "y"/"e"/"et" and a unit: "treinta y tres", "vinte e dois" are no three, no two."""


def word_numbers(text: str) -> Iterator[Reading]:
    """The numbers two to twelve written as words in the other languages ("tres personas",
    "cinq morts", `viewer.number_words`)."""
    if not _holds_number_word(text):
        return  # (the common case, at C speed: no word of the text is looked at one by one)
    spanish: bool | None = None  # (asked once, of the whole text: a reviewer's 2,000 "dos")
    for match in _LETTERS.finditer(text):
        word = match.group().lower()
        folded = _fold(word)
        digits = DIGITS_OF.get(folded)
        if digits is None or word in _NOT_NUMBERS or _a_name(text, match) \
                or _in_larger_number(text, match):
            continue
        if folded in _OF_THE:
            spanish = _spanish(text) if spanish is None else spanish
            if not spanish:
                continue
        yield match.start(), match.end(), float(digits), False


_SENTENCE_END = re.compile(r"(?:^|[.!?:;«»\"“”„]\s*|\n)\s*$|(?:^|\n)\s*[-–—•*]\s+$")
"""Before a word opening a sentence: a stop, a quotation mark, a line's start, or a bullet
opening a list's line ("- Zwei Menschen sterben")."""


def _a_name(text: str, match: re.Match[str]) -> bool:
    """Whether the number word `match` is written as a name is: in capitals ("UC Berkeley"),
    or with a capital inside a sentence, or before another capitalised word ("Dua Lipa",
    "Tres Cantos") that is no noun of people: German capitalises every noun, so a sentence
    opening "Elf Menschen wurden verletzt" or "Zwei Personen starben" is a count."""
    word = match.group()
    if len(word) > 1 and word.isupper():
        return True
    if not word[0].isupper():
        return False
    if not _SENTENCE_END.search(text[max(0, match.start() - 4):match.start()]):
        return True
    after = _LETTERS.match(text, match.end() + 1)
    return after is not None and after.start() == match.end() + 1 \
        and after.group()[0].isupper() and thing_abroad(after.group()) is None


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _in_larger_number(text: str, match: re.Match[str]) -> bool:
    """Whether the number word `match` is a part of a larger number written in words: joined
    by a hyphen ("vingt-deux", "dix-sept"), before a scale word ("deux mille", "tres
    millones") or after tens and "and" ("treinta y tres")."""
    start, end = match.span()
    if text[start - 1:start] == "-" or text[end:end + 1] == "-":
        return True
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1).lower() in _IN_LARGER_NUMBERS:
        return True
    before = text[max(0, start - 24):start].lower().split()
    return len(before) >= 2 and before[-1] in ("y", "e", "et") and _fold(before[-2]) in _TENS


_WRITTEN_ABROAD = re.compile(r"\d[. \u00a0\u202f\u2009'’]\d{3}\b|\d,(?:\d{1,2}|\d{4,})\b|\d\s+(?:"
                             + "|".join(_THOUSANDS_ABROAD) + r")\b", re.IGNORECASE)
"""Digits only the other languages write so: a dot, a space or an apostrophe before three digits,
a comma before any, "35 mil"."""


def may_hold_foreign_numbers(text: str) -> bool:
    """Whether `text` holds digits written as the other languages write them or, accents left
    out, one of their number words: only such a paragraph is asked whether it is English (the
    costly question: asked of every paragraph it doubled the figures' time)."""
    return _WRITTEN_ABROAD.search(text) is not None or _holds_number_word(text)


_ENGLISH_NUMBER_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])
_WORDS_ABROAD = frozenset(DIGITS_OF) - _ENGLISH_NUMBER_WORDS
"""The number words of the other languages that are not English ones: "two" or "six" in a
paragraph is no reason to ask whether it is English."""


def _fold(text: str) -> str:
    """`text` without its accents (as `viewer.number_words` writes its words)."""
    return without_marks(text)


def _holds_number_word(text: str) -> bool:
    """Whether, case and accents folded, a word of `text` is a number word of another language."""
    return not _WORDS_ABROAD.isdisjoint(_LETTERS.findall(_fold(text).lower()))


def _spanish(text: str) -> bool:
    """Whether more of `text`'s words are Spanish than Portuguese (simplemma's dictionaries:
    the two share many words, "dos" among them)."""
    from simplemma import in_target_language

    return bool(in_target_language(text, lang="es") > in_target_language(text, lang="pt"))
