"""Month names as news pages write dates in the languages Parallax reads, and the dates written
with them.

A saved page's date line names its month in the page's language: "25 ianuarie 2025",
"Samedi 25 janvier 2025", "25. Januar 2025, 14:30 Uhr", "25 de enero de 2025", "1er mars 2025",
"25 stycznia 2025", "March 5, 2025". `MONTHS` maps each name (and the genitive a date uses in
Polish, Czech, Russian, Ukrainian and Greek) to its month; `named_date` reads a line that is such
a date whole, with its weekday and time.
"""

from __future__ import annotations

import datetime as dt
import re

_NAMES = {
    "English": "january february march april may june july august september october november "
               "december",
    "French": "janvier février mars avril mai juin juillet août septembre octobre novembre "
              "décembre",
    "Spanish": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
               "diciembre",
    "Italian": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
               "novembre dicembre",
    "German": "januar februar märz april mai juni juli august september oktober november "
              "dezember",
    "Portuguese": "janeiro fevereiro março abril maio junho julho agosto setembro outubro "
                  "novembro dezembro",
    "Dutch": "januari februari maart april mei juni juli augustus september oktober november "
             "december",
    "Romanian": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
                "noiembrie decembrie",
    "Polish": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
              "listopada grudnia",
    "Czech": "ledna února března dubna května června července srpna září října listopadu "
             "prosince",
    "Turkish": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "Swedish": "januari februari mars april maj juni juli augusti september oktober november "
               "december",
    "Norwegian": "januar februar mars april mai juni juli august september oktober november "
                 "desember",
    "Danish": "januar februar marts april maj juni juli august september oktober november "
              "december",
    "Indonesian": "januari februari maret april mei juni juli agustus september oktober "
                  "november desember",
    "Russian": "января февраля марта апреля мая июня июля августа сентября октября ноября "
               "декабря",
    "Ukrainian": "січня лютого березня квітня травня червня липня серпня вересня жовтня "
                 "листопада грудня",
    "Greek": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου "
             "σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
}
_OTHER_SPELLINGS = {"setiembre": 9, "jänner": 1, "feber": 2}
"""A month some pages spell otherwise (Peruvian "setiembre", Austrian "Jänner")."""


def _months() -> dict[str, int]:
    months = dict(_OTHER_SPELLINGS)
    for names in _NAMES.values():
        for month, name in enumerate(names.split(), start=1):
            # (one name, one month in every language that writes it: "mai", "mars", "april")
            assert months.setdefault(name, month) == month, name
    return months


MONTHS = _months()
"""Each month's name, lower case, to its number."""

_WEEKDAY = r"(?:[^\W\d_]+[,.]?\s+)?"
_TIME = (r"(?:\s*[,|/–-]?\s*(?:um|à|a las|alle|às|at|kl\.?|o)?\s*\d{1,2}[:.h]\d{2}"
         r"(?:\s*(?:uhr|h|am|pm|utc|gmt|cet|cest))?)?")
_DAY_FIRST = re.compile(
    rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:\.|er|º|ª)?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\.?,?\s+"
    rf"(?:de\s+)?(?P<year>\d{{4}})(?:\s*(?:г\.|р\.|roku|yılı))?{_TIME}", re.I)
_MONTH_FIRST = re.compile(
    rf"{_WEEKDAY}(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_TIME}", re.I)


def named_date(line: str) -> str | None:
    """The ISO date of a line that is a date with a month's name whole, in any language of
    `MONTHS` (its weekday before it and its time after it allowed); None otherwise."""
    line = line.strip()
    for form in (_DAY_FIRST, _MONTH_FIRST):
        found = form.fullmatch(line)
        if found is None:
            continue
        month = MONTHS.get(found["month"].casefold())
        if month is None:
            continue
        try:
            return dt.date(int(found["year"]), month, int(found["day"])).isoformat()
        except ValueError:
            return None
    return None
