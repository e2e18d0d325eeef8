"""Month names as news pages write dates in the languages Parallax reads, and the dates written
with them.

A saved page's date line names its month in the page's language: "25 ianuarie 2025",
"Samedi 25 janvier 2025", "25. Januar 2025, 14:30 Uhr", "25 de enero de 2025", "1er mars 2025",
"25 stycznia 2025", "March 5, 2025", "১৭ নভেম্বর ২০২৫", "14 ส.ค. 2567". `MONTHS` maps each name
(and the genitive a date uses in Polish, Czech, Russian, Ukrainian and Greek, and the
abbreviations of Thai) to its month; `named_date` reads a line that is such a date whole, with
its weekday and time (its digits and years made Western and Gregorian first by
`viewer.loading.calendars`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from viewer.loading.calendars import THAI_MONTHS

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
    "Bengali": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর "
               "ডিসেম্বর",
    "Hindi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "Arabic": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "Thai": THAI_MONTHS[0],
    "Thai abbreviated": THAI_MONTHS[1],
}
_OTHER_SPELLINGS = {
    "setiembre": 9, "jänner": 1, "feber": 2,
    "জানুয়ারী": 1, "ফেব্রুয়ারী": 2, "আগষ্ট": 8,
    "फरवरी": 2, "सितम्बर": 9, "अक्तूबर": 10, "नवम्बर": 11, "दिसम्बर": 12,
    "إبريل": 4, "ابريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8, "اكتوبر": 10,
    "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9}
"""A month some pages spell otherwise (Peruvian "setiembre", Austrian "Jänner", Hindi's
"सितम्बर" beside "सितंबर", Arabic's "إبريل"), and the one-word Syriac names the Levant's pages
write ("نيسان", April)."""


def _months() -> dict[str, int]:
    months = {_key(name): month for name, month in _OTHER_SPELLINGS.items()}
    for names in _NAMES.values():
        for month, name in enumerate(names.split(), start=1):
            # (one name, one month in every language that writes it: "mai", "mars", "april")
            assert months.setdefault(_key(name), month) == month, name
    return months


def _key(name: str) -> str:
    """A month's name as looked up: in lower case, composed (a Hindi "फ़" is one character or
    two as pages write it), without an abbreviation's last full stop ("ส.ค." as "ส.ค")."""
    return unicodedata.normalize("NFC", name).casefold().removesuffix(".")


MONTHS = _months()
"""Each month's name, lower case, to its number."""

_WEEKDAY = r"(?:[^\W\d_][^\s\d,]*(?:[,.]|\s*।)?\s+)?"
"""A weekday, and its comma or a Bengali full stop ("রবিবার । ডিসেম্বর ৭, ২০২৫")."""
_TIME = (r"(?:\s*[,|/–-]?\s*(?:um|à|a las|alle|às|at|kl\.?|o)?\s*\d{1,2}[:.h]\d{2}"
         r"(?:\s*(?:uhr|h|am|pm|utc|gmt|cet|cest))?)?")
_MONTH = r"[^\W\d_][^\s\d,]*?"
"""A month's name: a letter, then what is no space, digit or comma (the vowel signs of Bengali,
Hindi or Thai are no letters to a regular expression, and a Thai abbreviation has its full
stops: "ส.ค.")."""
_ERA_MARK = r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.)\s*"
"""The Thai mark of the Buddhist (พ.ศ.) or the Christian (ค.ศ.) era, between a date's month and its
year ("14 สิงหาคม พ.ศ. 2567", its year made Gregorian by `viewer.loading.calendars`)."""
_DAY_FIRST = re.compile(
    rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:\.|er|º|ª)?\s+(?:de\s+)?(?P<month>{_MONTH})\.?,?\s+"
    rf"(?:de\s+|{_ERA_MARK})?(?P<year>\d{{4}})(?:\s*(?:г\.|р\.|roku|yılı))?{_TIME}", re.I)
_MONTH_FIRST = re.compile(
    rf"{_WEEKDAY}(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_TIME}", re.I)


def named_date(line: str) -> str | None:
    """The ISO date of a line that is a date with a month's name whole, in any language of
    `MONTHS` (its weekday before it and its time after it allowed); None otherwise."""
    line = line.strip()
    for form in (_DAY_FIRST, _MONTH_FIRST):
        found = form.fullmatch(line)
        if found is None:
            continue
        month = MONTHS.get(_key(found["month"]))
        if month is None:
            continue
        try:
            return dt.date(int(found["year"]), month, int(found["day"])).isoformat()
        except ValueError:
            return None
    return None


_NAMED_STAMP = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})\.?\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}}),?\s+"
    r"\d{1,2}[:.]\d{2}(?:\s*[^\W\d_][^\s\d]{0,11})?"
    r"(?:\s*$|\s+[-–—|·•/]\s|\s+(?i:updated|last updated|sist oppdatert|oppdatert|aggiornato"
    r"|ultimo aggiornamento|aktualisiert|actualizado|mis à jour|atualizado|uppdaterad|opdateret"
    r"|bijgewerkt|zaktualizowano|আপডেট|अपडेट)\b)")
"""A stamp ends its line, its time of day last but for a word ("PM", "Uhr", "অপরাহ্ন"), or the
page's next field follows it, after a separator or as its update ("29. juni 2022 15:56 Sist
oppdatert ...", "18 Dicembre 2023, 14:51 - Ultimo aggiornamento: ..."): a date and time a
sentence goes on from ("On 3 July 2022, 14:30 the outage began") are the story's."""
STAMP_MAX_CHARS = 90


def named_stamp(line: str) -> str | None:
    """The ISO date of a page's stamp written with a month's name and its time of day at the
    end of a short line of label ("বাংলা টেলিগ্রাফ ডেস্ক জাতীয় ১৭ নভেম্বর ২০২৫, ৬:২৭ অপরাহ্ন", its
    digits made Western first), else None."""
    found = _named_stamp(line)
    if found is None:
        return None
    try:
        return dt.date(int(found["year"]), MONTHS[_key(found["month"])],
                       int(found["day"])).isoformat()
    except ValueError:
        return None


def named_stamp_label(line: str) -> str | None:
    """What stands before a named stamp on its line (`named_stamp`), or None where the line holds
    none: the stamp's label, a byline ("নগর ডেস্ক জাতীয়"), or a headline the page
    ran its stamp into."""
    found = _named_stamp(line)
    return None if found is None else line[:found.start()].strip()


def _named_stamp(line: str) -> re.Match[str] | None:
    """The first stamp of `line` (`_NAMED_STAMP`) whose month is a month's name."""
    if len(line) > STAMP_MAX_CHARS:
        return None
    return next((found for found in _NAMED_STAMP.finditer(line)
                 if _key(found["month"]) in MONTHS), None)

