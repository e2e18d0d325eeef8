"""Numbers as Chinese, Japanese and Korean write them, read whole: "1万2000", "一万二千",
"１万２千", "廿二", "十二亿", "一点五万", "7億8750万", "1만 2000".

A number is made of parts: digits (full-width too, with commas between thousands and a decimal
mark), Chinese numerals (零 to 九, 两), the units 十, 百, 千 (Korean 천, 백 after digits) and
廿 (twenty) and 卅 (thirty), and scales (万, 亿, 兆; 萬, 億; 만, 억, 조), each scale closing a
section of the number that the next, smaller one continues. Read part by part, a reader that
knows only some parts takes a number's tail for the number ("1万2000人" read as 2,000, "廿二人"
as 2): a false disagreement with the outlet that wrote 12,000. So `NUMERAL` matches the whole
run of such characters and `read_numeral` reads it whole or not at all (None: "三四人", three or
four, "二三十人", twenty or thirty, are no one number; a scale out of order, "2000万1亿", is no
number) -- a number left out costs a figure, a tail read as the number costs a false clash.
No Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

HAN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "천": 1000, "백": 100}
_TENS = {"廿": 20, "卅": 30}
"""Twenty and thirty in one character ("廿二人": 22): a digit may follow, as after 十."""
SCALES = {"万": 10**4, "萬": 10**4, "만": 10**4, "亿": 10**8, "億": 10**8, "억": 10**8,
          "兆": 10**12, "조": 10**12}
_DIGIT = "0-9０-９"
_HAN = "".join(HAN_DIGITS)
_SCALE_CHARACTERS = "".join(SCALES)
NUMERAL_CHARACTERS = _HAN + "".join(_UNITS) + "".join(_TENS) + _SCALE_CHARACTERS
"""The characters a number may hold besides digits: a match starting right after one of them
(or a digit) is the tail of a number, never a number of its own. (Not 点: a decimal point only
between Han digits, "一点五万"; after digits or 十 it is o'clock, "10点3人死亡", and what follows
is a number of its own.)"""

_DIGITS = (f"(?:[{_DIGIT}]{{1,3}}(?:[,，][{_DIGIT}]{{3}})+(?![{_DIGIT}])|[{_DIGIT}]++)"
           f"(?:[.．][{_DIGIT}]++)?")
"""Digits, commas only between thousands: "12,000"; "3，5人" is two numbers, a clause apart.
(A run of digits is taken whole, possessively: NUMERAL repeats its parts, and a run the
repetition could split anywhere made a long run of digits with no count after it, an ID or a
telephone number, take time doubling per digit -- 22 digits, 11 s.)"""
_HAN_PART = f"[{_HAN}十百千廿卅]"
NUMERAL = (
    # (never the tail of a number, nor of a vague one: "数百万" is millions, no million; but
    # digits after "数" are a number, "死亡人数19人")
    f"(?<![{_DIGIT}{NUMERAL_CHARACTERS}.．])(?:(?<![数數几幾])|(?=[{_DIGIT}]))"
    # (nor a number's decimals, "五" of "一点五")
    f"(?:(?<![{_HAN}]点)|(?![{_HAN}]))"
    # (Korean 천 and 백 only after digits, "2천"; a scale never opens a number; a space only
    # after a scale before digits, "1만 2000명", or between digits and their scale, "10 억")
    f"(?:{_DIGITS}|{_HAN_PART})"
    f"(?:{_DIGITS}|{_HAN_PART}|(?<=[{_DIGIT}])[천백]|[{_SCALE_CHARACTERS}]"
    f"|(?<=[{_HAN}])点(?=[{_HAN}])|(?<=[{_SCALE_CHARACTERS}])\\s(?=[{_DIGIT}])"
    f"|(?<=[{_DIGIT}])\\s(?=[{_SCALE_CHARACTERS}]))*"
)
"""A regular expression (no groups) for the whole run of a number's parts."""
RANGE_MARK = r"\s?[至到～〜~\-－–—]\s?"
"""What joins the two ends of a range: "10至12人", "3～5万人", "10-12人" (`read_range`)."""

_TOKEN = re.compile(
    f"(?P<digits>{_DIGITS})|(?P<han>[{_HAN}])|(?P<point>点)|(?P<unit>[十百千천백])"
    f"|(?P<tens>[廿卅])|(?P<scale>[{_SCALE_CHARACTERS}]+)|(?P<space>\\s)")


@dataclass(frozen=True)
class Numeral:
    """A number read whole: its `value` and `precision`, the place of its last written non-zero
    digit ("1万2000": 1,000; "7億8750万": 100,000; "十二亿": 100,000,000), which says what it
    may be a rounding of (`viewer.figures.rounding`)."""

    value: float
    precision: float


class _Section:
    """The part of a number below one scale ("一千二百" of "三万一千二百"), read as it comes."""

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.pending: Decimal | None = None  # a digit (or digits) waiting for its unit
        self.pending_text = ""
        self.after = ""  # the kind of token the pending digits came after
        self.last_unit: int | None = None  # the smallest unit so far: units only go down
        self.places: list[Decimal] = []  # the place of each non-zero part written

    def empty(self) -> bool:
        return self.total == 0 and self.pending is None

    def value(self) -> Decimal:
        return self.total + (self.pending or 0)

    def add_unit(self, unit: int) -> None:
        multiplier = self.pending if self.pending is not None else Decimal(1)
        self.total += multiplier * unit
        if multiplier:
            self.places.append(_last_place(self.pending_text, multiplier) * unit)
        self.pending, self.pending_text, self.last_unit = None, "", unit

    def add_fraction(self, fraction: str) -> None:
        """The section so far is the whole part of a decimal: "一点五" is 1.5."""
        self.pending = self.value() + Decimal("0." + fraction)
        self.pending_text, self.total, self.after = str(self.pending), Decimal(0), "point"

    def close(self, scale_before: int | None = None) -> None:
        """Record the place of the section's last digits. A single digit right after a unit
        above ten counts the next place down, as Chinese elides it ("三千五" is 3,500, "一百二"
        120), and so does one ending a number right after a scale (`scale_before`: "一万二" is
        12,000)."""
        if self.pending is None or not self.pending:
            return
        step = 1
        if len(self.pending_text) == 1 and self.after == "unit" and self.last_unit is not None \
                and self.last_unit > 10:
            step = self.last_unit // 10
        elif len(self.pending_text) == 1 and self.after == "scale" and scale_before:
            step = scale_before // 10
        self.places.append(_last_place(self.pending_text, self.pending) * step)
        self.pending *= step


def read_numeral(text: str) -> Numeral | None:
    """The number `text` (a match of NUMERAL) writes, or None where it cannot be read whole."""
    total = Decimal(0)
    places: list[Decimal] = []
    section = _Section()
    last_scale: int | None = None
    previous = ""  # the kind of the token before
    fraction: str | None = None  # the digits after 点, once it is met
    for token in _TOKEN.finditer(text):
        kind = token.lastgroup or ""
        written = token.group()
        if kind == "space":
            continue
        if fraction is not None:
            if kind == "han":
                fraction += str(HAN_DIGITS[written])
                continue
            if kind != "scale" or not fraction:
                return None  # only a scale follows a number's decimals: "一点五万"
            section.add_fraction(fraction)
            fraction = None
        if kind == "han" and written in _ZEROS and section.pending is None \
                and not (section.empty() and last_scale is None):
            previous = "zero"  # "一百零五", "一万零五百": a place left empty, no digit
            continue
        if kind in ("digits", "han"):
            if section.pending is not None:
                return None  # "三四人": three or four, no one number
            section.pending = _digits(written) if kind == "digits" \
                else Decimal(HAN_DIGITS[written])
            section.pending_text, section.after = written, previous
        elif kind == "point":
            if section.pending is None:
                return None
            fraction = ""
        elif kind in ("unit", "tens"):
            unit = _UNITS[written] if kind == "unit" else 10
            if section.last_unit is not None and unit >= section.last_unit:
                return None  # "十百": units only go down within a section
            if kind == "tens":
                if section.pending is not None:
                    return None
                section.pending, section.pending_text = Decimal(_TENS[written] // 10), written
            section.add_unit(unit)
            kind = "unit"
        else:  # a scale, or scales multiplied ("万亿": a million million)
            scale = 1
            for character in written:
                scale *= SCALES[character]
            if section.empty() or (last_scale is not None and scale >= last_scale):
                return None  # "万" alone, or "2000万1亿": scales only go down
            section.close()
            total += section.value() * scale
            places += [place * scale for place in section.places]
            section, last_scale = _Section(), scale
        previous = kind
    if fraction is not None:
        if not fraction:
            return None
        section.add_fraction(fraction)
    section.close(last_scale)
    total += section.value()
    places += section.places
    return Numeral(float(total), float(min(places)) if places else 1.0)


_ZEROS = "零〇"


def read_range(low_text: str, high_text: str) -> tuple[Numeral, Numeral] | None:
    """The two ends of a range (matches of NUMERAL on either side of RANGE_MARK), or None where
    either is no one number or they are not in order. A scale written only after the high end is
    both ends' where the low end is below the high one's digits ("3～5万" is 30,000 to 50,000,
    "十至十二万" 100,000 to 120,000), not where it is above them ("8000至1万": 8,000 to 10,000):
    read as its last number, a range was its high end, as exact."""
    low, high = read_numeral(low_text), read_numeral(high_text)
    if low is None or high is None:
        return None
    scales = re.search(f"[{_SCALE_CHARACTERS}]+$", high_text)
    if scales and not re.search(f"[{_SCALE_CHARACTERS}]", low_text):
        digits = read_numeral(high_text[: scales.start()].rstrip())
        if digits is not None and low.value < digits.value:
            scale = 1
            for character in scales.group():
                scale *= SCALES[character]
            low = Numeral(low.value * scale, low.precision * scale)
    return (low, high) if low.value < high.value else None


def _digits(written: str) -> Decimal:
    """Digits as Python reads them: full-width ones as ASCII, no separators of thousands."""
    return Decimal("".join(str(unicodedata.digit(character)) if character.isdigit()
                           else "." if character in ".．" else ""
                           for character in written))


def _last_place(written: str, value: Decimal) -> Decimal:
    """The place of the last non-zero digit of a part as written: "2000" 1,000, "1.2" 0.1; a
    Chinese numeral's digit, 1."""
    if not any(character.isdigit() for character in written):
        return Decimal(1)
    exponent = value.normalize().as_tuple().exponent
    return Decimal(10) ** exponent if isinstance(exponent, int) else Decimal(1)
