"""Dates written in other digits and other calendars, rewritten as Western digits and Gregorian
years so that the date readers (`viewer.loading.date_lines`, `viewer.loading.page_furniture`)
read them as any other date.

A Bengali, Hindi or Arabic page writes its date in its own digits ("১৭ নভেম্বর ২০২৫",
"١٧ نوفمبر ٢٠٢٥"); a Japanese ministry counts years in the emperor's era ("令和4年7月3日" is
2022-07-03); a Thai page counts them from the Buddha ("14 ส.ค. 2567" is 2024-08-14, and so
is "14/08/2567" on a Thai page: `buddhist_numeric_years`). Pure functions of one line; no Qt.
"""

from __future__ import annotations

import re
import unicodedata

_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
"""A decimal digit of another script (Bengali ৭, Devanagari ७, Arabic-Indic ٧, Thai ๗, full-width
７...)."""

JAPANESE_ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
"""The year each era's first year (元年, "year one") falls in."""
_ERA_YEAR = re.compile(rf"({'|'.join(JAPANESE_ERAS)})\s*(元|\d{{1,2}})\s*年")
_ERA = rf"(?:{'|'.join(JAPANESE_ERAS)})\s*(?:元|\d{{1,2}})\s*年"
_YEAR_IN_BOTH = re.compile(
    rf"(?P<year>\d{{4}})\s*年\s*[(（]\s*{_ERA}\s*[)）]"
    rf"|{_ERA}\s*[(（]\s*(?P<year_after>\d{{4}})\s*年\s*[)）]")
"""A year written in both counts, one in parentheses ("2024年(令和6年)7月5日",
"令和6年(2024年)7月5日"): the Gregorian one is kept."""

BUDDHIST_ERA_OFFSET = 543
"""A year of the Buddhist era, as Thai dates count them, less this is the Gregorian year."""
THAI_MONTHS = (
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
    "พฤศจิกายน ธันวาคม",
    "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.")
"""The Thai months' names, whole and as dates abbreviate them (month_names reads them too)."""
_THAI_MONTH = "|".join(re.escape(name) for names in THAI_MONTHS for name in names.split())
_BUDDHIST_YEAR = re.compile(
    rf"(?:(?<=\s)|^)(?P<before>(?:{_THAI_MONTH})\s*(?:พ\.\s?ศ\.\s*)?|พ\.\s?ศ\.\s*)"
    r"(?P<year>2[4-6]\d\d)(?!\d)")
"""A Buddhist era's year after a Thai month's name or the era's own mark (พ.ศ.): from 2400
(1857) on, so that a Thai page's Gregorian year ("14 ส.ค. 2024") is left as it is."""


_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_NUMERIC_BUDDHIST_YEAR = re.compile(
    r"(?<![\d.])(?P<year_first>2[45]\d\d)(?=[-/.]\d{1,2}[-/.]\d{1,2}(?![\d/]))"
    r"|(?:(?<=\d[-/.]\d[-/.])|(?<=\d[-/.]\d\d[-/.]))(?P<year_last>2[45]\d\d)(?![\d/])")
"""A year of 2400 to 2599 in a date written in digits, year first or last ("2567-08-14 10:30",
"14/08/2567")."""


def is_thai(text: str) -> bool:
    """Whether `text` holds Thai letters: a Thai page, whose dates count years from the Buddha."""
    return _THAI_LETTER.search(text) is not None


def buddhist_numeric_years(line: str) -> str:
    """`line` with the Buddhist era's years of its dates in digits written as Gregorian years
    ("14/08/2567" -> "14/08/2024"): for a Thai page only (`is_thai`), where such a year is the
    Buddhist era's; elsewhere it is no year at all."""
    return _NUMERIC_BUDDHIST_YEAR.sub(
        lambda found: str(int(found[0]) - BUDDHIST_ERA_OFFSET), line)


def in_western_digits(text: str) -> str:
    """`text` with every script's decimal digits written as Western ones (int() reads them
    already, but an ISO date or a regular expression's [0-9] does not)."""
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit[0])), text)


def gregorian_years(line: str) -> str:
    """`line` with its Japanese era years and Thai Buddhist era years written as Gregorian years
    ("令和4年7月3日" -> "2022年7月3日", "14 ส.ค. 2567" -> "14 ส.ค. 2024"); read after
    `in_western_digits`."""
    if line.isascii():
        return line
    line = _YEAR_IN_BOTH.sub(lambda found: f"{found['year'] or found['year_after']}年", line)
    line = _ERA_YEAR.sub(_era_year, line)
    return _BUDDHIST_YEAR.sub(
        lambda found: f"{found['before']}{int(found['year']) - BUDDHIST_ERA_OFFSET}", line)


def _era_year(found: re.Match[str]) -> str:
    count = 1 if found[2] == "元" else int(found[2])
    return f"{JAPANESE_ERAS[found[1]] + count - 1}年"
