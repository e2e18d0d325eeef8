"""Lines that say who a story is from, as a saved page prints them above its headline or its first
paragraph: a newsroom desk's byline with the page's date and time ("নগর ডেস্ক জাতীয় ১৭
নভেম্বর ২০২৫, ৬:২৭ অপরাহ্ন", "City Desk 17 November 2025, 6:27 PM"), and a dateline with its
source's credit ("الدوحة – خليج برس", "Doha – Gulf Press", "Paris – AFP").

Pure functions of one line, for `viewer.loading.page_furniture` (no such line is a title). A
headline the page ran its stamp into ("Quake hits Taiwan 3 April 2024, 07:58") and a headline
with a dash ("Gaza - ceasefire holds", "Brexit - what next") stay titles: the words before the
stamp name no desk, and the words after the dash no press or agency.
"""

from __future__ import annotations

import re

from viewer.loading.bylines import AGENCIES, BYLINE_WORDS
from viewer.loading.calendars import gregorian_years, in_western_digits
from viewer.loading.month_names import named_stamp_label

DESK_WORDS = frozenset((
    "desk", "newsdesk", "newsroom", "correspondent", "reporter", "staff",
    "ডেস্ক", "প্রতিবেদক", "প্রতিনিধি", "সংবাদদাতা", "डेस्क", "संवाददाता", "प्रतिनिधि",
    "redacción", "rédaction", "redaktion", "redazione", "redação", "مراسل", "محرر"))
"""A newsroom's desk or a reporter, as a byline names them ("Online Desk", "অনলাইন ডেস্ক",
"Staff Reporter", "निज संवाददाता"): a byline's word, never a headline's before a date and time."""
STAMP_LABEL_MAX_WORDS = 6
"""A byline before a stamp is at most this many words (a site's name, "Desk", the section)."""


def desk_byline_stamp(line: str) -> bool:
    """Whether `line` is a byline of a desk or a reporter (`DESK_WORDS`, or "By ..." first)
    with the page's date and time after it, written with the month's name: the page's credit
    and stamp, not a headline (module docstring)."""
    if line.isascii() and not line[:1].isalpha():
        return False
    label = named_stamp_label(gregorian_years(in_western_digits(line)))
    if not label:
        return False
    words = [word.strip(".,:;|·•-–—").lower() for word in label.split()]
    return (len(words) <= STAMP_LABEL_MAX_WORDS
            and (words[0] in BYLINE_WORDS or bool(DESK_WORDS.intersection(words))))


PRESS_WORDS = frozenset((
    "press", "presse", "prensa", "imprensa", "stampa", "news", "agency", "agence", "agencia",
    "agência", "agenzia", "nachrichtenagentur", "برس", "بريس", "نيوز", "وكالة", "أنباء",
    "الأنباء", "प्रेस", "न्यूज़", "প্রেস", "নিউজ"))
"""Words that make a name a press agency's or an outlet's ("Gulf Press", "خليج برس", "Gulf
News", "وكالة الأنباء")."""
_DATELINE_AND_CREDIT = re.compile(
    r"(?P<place>[^\W\d_][^\s–—-]*(?:\s[^\W\d_][^\s–—-]*)?)\s*[–—-]\s*"
    r"(?P<credit>[^\W\d_]\S*(?:\s\S+){0,2})")
"""A place of a word or two, a dash, and a credit of up to three words."""


def dateline_credit(line: str) -> bool:
    """Whether `line` is a dateline and its source's credit alone ("الدوحة – خليج برس", "Doha –
    Gulf Press", "Paris – AFP"): the credit a wire agency or a name with a press word
    (`PRESS_WORDS`). A headline's words after a dash are no credit ("Gaza - ceasefire holds")."""
    found = _DATELINE_AND_CREDIT.fullmatch(line.strip())
    if found is None:
        return False
    credit = found["credit"].lower()
    return credit in AGENCIES or bool(PRESS_WORDS.intersection(credit.split()))
