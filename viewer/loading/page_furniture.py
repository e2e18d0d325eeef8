"""Lines a saved news page opens with that are not the article's title: a date or dateline, a
byline, a wire agency's credit, a section label.

Pure functions of one line. A page saved as text keeps what stood above the headline: "Thursday,
December 5, 2013", "WHITE HOUSE —", "Isabel Debre and Samy Magdy", "The Associated Press",
"source Getty", "US News", "Obituario". Taken for the title, they name every article of a folder
alike or name none. `is_furniture` tells such a line; `without_leading_furniture` drops a date, a
one-word dateline or an agency's credit that opens a line running on into the article ("6
décembre 2017. Après des mois...", "Marseille. Andreas L. schloss...", "ASSOCIATED PRESS. (AP) -
Retired NBA star..."). The
words are those of the languages the engine reads (English, French, Spanish, Italian, German,
Portuguese); a Chinese or Japanese date is told by its form ("2023年10月26日 星期四").
"""

from __future__ import annotations

import re

from viewer.loading.breadcrumbs import BREADCRUMBS, HOME_CRUMBS, is_trail, is_trail_line
from viewer.loading.bylines import (
    AGENCIES,
    BYLINE_WORDS,
    NAME_WORDS,
    agency_title,
    is_byline,
    named_twice,
    names,
)
from viewer.loading.calendars import gregorian_years, in_western_digits
from viewer.loading.credit_lines import dateline_credit, desk_byline_stamp
from viewer.loading.month_names import MONTHS, named_date
from viewer.loading.page_controls import LETTER_WORD as _LETTER_WORD
from viewer.loading.page_controls import is_page_control
from viewer.loading.section_labels import box_entry_or_caption, section_label
from viewer.loading.time_stamps import stamp_alone, stamp_date
from viewer.unspaced_scripts import has_unspaced_character

_DATE_WORDS = {
    "English": "january february march april may june july august september october november "
               "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday "
               "wednesday thursday friday saturday sunday mon tue wed thu fri sat sun updated "
               "published am pm utc gmt cet est",
    "French": "janvier février mars avril mai juin juillet août septembre octobre novembre "
              "décembre lundi mardi mercredi jeudi vendredi samedi dimanche le à h",
    "Spanish": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
               "noviembre diciembre lunes martes miércoles jueves viernes sábado domingo de del",
    "Italian": "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì "
               "martedì mercoledì giovedì venerdì sabato domenica",
    "German": "januar februar märz juni juli oktober dezember montag dienstag mittwoch "
              "donnerstag freitag samstag sonntag um uhr",
    "Portuguese": "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
                  "segunda terça quarta quinta sexta feira às",
    # (weekdays of other languages; their months are `month_names.MONTHS`)
    "Dutch": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "Nordic": "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag",
    "Romanian": "luni marți miercuri joi vineri sâmbătă duminică",
    "Polish": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "Turkish": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
}
MONTHS_AND_DAYS = frozenset({*(word for words in _DATE_WORDS.values() for word in words.split()),
                             *MONTHS})
"""Words a date line is made of besides numbers (month and weekday names, "updated", "am")."""

_NUMBER = re.compile(r"\d")
_DATE_OR_TIME = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}h\d{2}\b")
"""A date in digits, or a time ("13:51"; "12h07" as French and Portuguese pages write it)."""
_CJK_DATE = re.compile(r"(?:\d{2,4}\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日号號일]")
"""A date as Chinese, Japanese and Korean write it: "2023年10月26日", "10月27日", "2025년 07월
14일"."""
_CJK_DATE_COMPANY = re.compile(
    r"(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]|[月火水木金土日]曜日?|[（(][月火水木金土日][）)]"
    r"|[（(][월화수목금토일][）)]|[월화수목금토일]요일|오[전후]"
    r"|[上下]午|午[前後后]|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|[\s,，、|｜/-]")
"""What a CJK date line has besides the date: a weekday ("星期四", "(金)", "金曜日"), a time
("下午3:05"), separators. Anything else (a headline's words) makes it no date line."""
_AGENCY_THEN_PLACE = re.compile(
    r"^(?:EFE|AFP|AP|ANSA|DPA|dpa|APA|SDA|UPI|ANP|Belga|Lusa|Reuters|Xinhua|Kyodo|PAP)"
    r"(?=[A-ZÀ-Þ][a-zà-ÿ])[^\W\d_]+$")
"""An agency's credit run into the dateline's place where the saved text lost the space
between them ("EFEMadrid")."""
_DATELINE_END = re.compile(r"\s[—–-]+\s*$|^\S+[—–]\s*$")
_LABEL_MAX_WORDS = 2
UNSPACED_LABEL_MAX_LETTERS = 6
"""A line of a script without spaces of at most this many letters above a line that reads as a
headline is a site's or section's name ("财新传媒", "共同通信", "时事"), as two words are in
other scripts; a headline in those scripts runs to UNSPACED_HEADLINE_MIN_LETTERS and more (a
short line above a page's number and date, "听 海哭的声音" over "版次:001 2023年08月25日", is the
headline)."""
UNSPACED_HEADLINE_MIN_LETTERS = 10
_SITE_WORD = re.compile(
    "网|網|新闻|新聞|通信|传媒|傳媒|媒体|媒體|日报|日報|晚报|晚報|时报|時報|电视|電視|电台|電台|社|版"
    "|频道|頻道|资讯|資訊|时事|時事|财经|財經|放送|速報|ニュース|뉴스|일보|신문|방송")
"""The words a site's or section's name holds ("财新传媒", "共同通信", "PC版", "时事"); length alone
cannot tell one from a short headline ("普京访华", "新元号は令和")."""
_CREDIT = re.compile(
    r"(?:photo|foto|image|imagen|picture|credit|crédit|crédito|bild|source|quelle|fuente|fonte"
    r"|getty|사진|이미지|그래픽)\b(?P<rest>.*)", re.I)
_CREDIT_MARKS = frozenset({"getty", "images", "copyright", *BYLINE_WORDS})
_CREDIT_PUNCTUATION = re.compile(r"\s*[:/|©=]")  # ("사진=연합뉴스": Korean credits write "=")
_CREDIT_NAMED = re.compile(
    r"(?:photo|foto|image|imagen|picture|credit|crédit|crédito|bild|fotó|zdjęcie)\s*:\s*[^\W\d_]"
    r"[^.!?]*$", re.I)
CREDIT_MAX_WORDS = 5
"""A photo credit or source line ("source Getty", "Foto: dpa", "Getty Images") is at most
this many words; a longer line opening so is a caption or a sentence."""
HEADLINE_MAX_CHARS = 150
"""A line longer than this is a paragraph, not a headline."""
_LEADING_SENTENCE = re.compile(r"^([^.!?]{1,40}[.])\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?][\"'“”‘’«»)]*\s*$")  # (German closes a quote with “)
"""A one-word dateline opens a paragraph (a line ending as a sentence), not a headline ("Brexit.
What happens next")."""
_CAPITALS_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ'’.]+"
_LEADING_DATELINE = re.compile(
    rf"^(?:{_CAPITALS_WORD}(?:[ -]{_CAPITALS_WORD}){{0,2}}"
    rf"(?:,? \([\w/ ]{{2,12}}\)|, [^\W\d_][\w.]{{1,12}} \([\w/ ]{{2,12}}\)|,)?"
    rf"|[^\W\d_][\w'’./-]*,?(?: [\w'’./-]+,?){{0,4}} \((?:AP|AFP|dpa|DPA|EFE|ANSA|UPI|Reuters|Lusa|"
    rf"Xinhua|apa|APA|KNA|epd|SDA|Belga|ANP)\))(?:\s*—\s*|\s+[–-]{{1,2}}\s+|\.-\s*)(?=\S)")
"""A dateline opening a wire story's first paragraph: a place in capitals, maybe the agency in
parentheses, maybe after the state or province ("BELO HORIZONTE, MG (FOLHAPRESS) - ", "LOS
ANGELES, Calif. (AP) — "), and a dash ("NEW YORK — ", "MADRID.- ", "WASHINGTON (AP) — "); or a
few words and the agency ("Berlin (dpa) - ", "Berlin/Ulm (dpa) - ", "MANCHESTER, England, Feb
14 (Reuters) - ", "Nov. 2 (UPI) -- ")."""
DATELINE_MIN_LETTERS = 4
_WIRE_SLUG = re.compile(
    r"^(?:UPDATE \d+|Soccer|Football|Tennis|Golf|Cricket|Motor racing|Motorsport|Athletics"
    r"|Cycling|Olympics|Rugby|Basketball|Baseball|Boxing|Swimming|NFL|NBA|NHL|MLB)-(?=[A-Z0-9])")
"""A wire service's slug before its headline ("Soccer-Man City banned ...", "UPDATE 2-...")."""
_LEADING_CREDIT = re.compile(
    r"^(?:the\s+)?(?:associated\s+press|reuters|afp|dpa)\b[.,]?\s*(?:\(\w{2,5}\))?\s*[—–-]+\s*",
    re.I)


REPEATED_CREDIT_MAX_CHARS = 40


def repeated_credit(line: str, neighbour: str, label: str) -> bool:
    """Whether `line` is a credit the page prints twice, one copy above the other, under its
    label (a logo's text and the name: "Published by" / "共同通信" / "共同通信"). Only the label
    makes it a credit: a line printed twice with nothing else marking it is a headline printed
    twice, a page's og:title then its h1 ("Brexit chaos" / "Brexit chaos"), whose copy is the
    title. (An agency's name alone is a credit by itself: `is_furniture`.)"""
    return (line == neighbour and len(line) <= REPEATED_CREDIT_MAX_CHARS
            and _CREDIT_LABEL.match(label) is not None)


def is_furniture(line: str, following: str) -> bool:
    """Whether `line` (stripped) is a date, a dateline, a byline, an agency's credit or a section
    label rather than a headline (module docstring). A line of one or two words is a label only
    above a line that reads as a headline (`following`: short, no full stop at its end, not a
    date or a byline): above a paragraph, or above the byline or date a headline has under it,
    it is the headline ("Brexit")."""
    if is_page_control(line) or _DATELINE_ALONE.match(line):
        return True
    if link_list_item(line, following):
        return True
    if _CREDIT_LABEL.match(line):
        return True  # "Published by" above the name of who published it
    if len(line) > HEADLINE_MAX_CHARS:
        return False  # a paragraph (and a one-line file of megabytes is never read word by word)
    words = _LETTER_WORD.findall(line)
    if (_furniture_by_itself(line, words) or is_trail_line(line) or _site_name_line(line, words)
            or _menu_line(line)):
        return True
    if named_twice(words):
        return True
    if (words and len(words) <= _LABEL_MAX_WORDS and not _NUMBER.search(line)
            and all(word.lower() in MONTHS_AND_DAYS for word in words)
            and _date_line(following)):
        return True  # "Published" above "21 August 2023"
    if has_unspaced_character(line):  # (a Chinese headline is one "word": its letters count)
        if box_entry_or_caption(line) or (section_label(line) and reads_as_headline(following)):
            return True  # "【地方自治体】...の中核市。", "特集" (viewer.loading.section_labels)
        return (sum(character.isalpha() for character in line) <= UNSPACED_LABEL_MAX_LETTERS
                and _SITE_WORD.search(line) is not None
                and not _NUMBER.search(line) and reads_as_headline(following)
                and sum(character.isalpha() for character in following)
                >= UNSPACED_HEADLINE_MIN_LETTERS)  # "财新传媒", "PC版" above the headline
    # (words as spaces part them too: a Bengali or Hindi word is several LETTER_WORDs, its
    # vowel signs no letters to a regular expression, and "শিরোনাম" is one word, a label)
    return bool(words and not _NUMBER.search(line)
                and min(len(words), len(line.split())) <= _LABEL_MAX_WORDS
                and reads_as_headline(following))  # "US News", "Obituario" above the headline


ORDINAL_ENDING = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.I)
"""An English ordinal's ending after its digits ("16th"): part of the number, no word."""


_LINK_LIST_ITEM = re.compile(r"^\d{1,2}\.\s+\S{1,12}(?:\s\S{1,12})?$")
_CREDIT_LABEL = re.compile(
    r"^(?:published|posted|written|reported|edited|veröffentlicht|publié|publicado|pubblicato)"
    r"\s+(?:by|von|par|por|da)\s*:?$", re.I)
"""A credit's label alone, its name on the next line ("Published by" / "共同通信")."""


def link_list_item(line: str, neighbour: str) -> bool:
    """Whether `line` and the line next to it are numbered items of a word or two: the links of
    a trail or a menu saved as a list ("1. トップ" / "2. 新着ニュース" / "3. 社会")."""
    return bool(_LINK_LIST_ITEM.match(line) and _LINK_LIST_ITEM.match(neighbour))


def _date_line(line: str) -> bool:
    """Whether `line` is a date or time with at most a few other words (`_is_date`), read with
    an ordinal's ending as part of its number ("December 16th, 2024"), or a date with a month's
    name in another script and its digits ("সোমবার, ১৭ নভেম্বর ২০২৫", `named_date`)."""
    return _is_date(line, [word.lower().strip(".")
                           for word in _LETTER_WORD.findall(ORDINAL_ENDING.sub("", line))]) or (
        not line.isascii() and named_date(gregorian_years(in_western_digits(line))) is not None)


def _furniture_by_itself(line: str, words: list[str]) -> bool:
    """A date, a dateline, an agency's credit, a photo credit or a byline: furniture wherever it
    stands."""
    lowered = [word.lower().strip(".") for word in words]
    # (a time stamp is furniture with its label only: a headline the page ran it into is a
    # headline, the stamp cut from the title, "Quake hits Taiwan 2024-04-03 07:58")
    stamped = stamp_date(line) is not None
    if (stamp_alone(line) if stamped else _date_line(line)) or _name_then_date(line, words):
        return True
    if _DATELINE_END.search(line) and len(words) <= 3:  # "WHITE HOUSE —", "ROME —"
        return True
    if desk_byline_stamp(line) or dateline_credit(line):  # "City Desk 17 November 2025, 6:27
        return True  # PM", "Doha – Gulf Press" (viewer.loading.credit_lines)
    if " ".join(lowered).replace(",", "") in AGENCIES or _AGENCY_THEN_PLACE.match(line):
        return True
    if "©" in line and len(words) <= CREDIT_MAX_WORDS + 2:  # "felipe getty© Getty Images"
        return True  # (a picture's caption run into its credit; no headline holds "©")
    if agency_title(words, lowered):  # "AP Global Soccer Writer", under the byline
        return True
    if len(words) <= CREDIT_MAX_WORDS and _is_credit(line):  # "source Getty", "Foto: dpa"
        return True
    if len(words) <= 2 * CREDIT_MAX_WORDS and _CREDIT_NAMED.match(line):
        return True  # "Foto: Sem van der Wal/ANP": a credit word and a colon, then whose
    return is_byline(words)


_MONTHS = frozenset({*(word for language, words in _DATE_WORDS.items() for word in words.split()
                       if language != "English" or len(word) > 3),
                     *(month for month in MONTHS if len(month) > 3)})
"""Month and weekday names (no "am", "de", "le": words of other lines too)."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _name_then_date(line: str, words: list[str]) -> bool:
    """An author's name, then the date the page gives it ("Cristian Reino Jueves, 22 de febrero
    de 2024"): two or three capitalised words before a date of a month's or weekday's name and a
    year, and nothing after the date's words. (A headline rarely gives a year: "Trump Wins Iowa
    January 15" stays a title.)"""
    lowered = [word.lower().strip(".,") for word in words]
    first_date_word = next((at for at, word in enumerate(lowered) if word in _MONTHS), None)
    return (first_date_word is not None and NAME_WORDS[0] <= first_date_word <= NAME_WORDS[1]
            and bool(_YEAR.search(line))
            and all(word[0].isupper() for word in words[:first_date_word])
            and all(word in MONTHS_AND_DAYS for word in lowered[first_date_word:]))


def without_leading_furniture(line: str) -> str:
    """`line` without a date, a one-word dateline, an agency's credit or a breadcrumb trail it
    opens with, when text follows (module docstring)."""
    trail = BREADCRUMBS.match(line)
    if trail and trail.end() < len(line) and is_trail(trail.group()):
        line = line[trail.end():]
    label = _TITLE_LABEL.match(line) or _WIRE_SLUG.match(line)
    if label and label.end() < len(line):
        line = line[label.end():]
    credit = _LEADING_CREDIT.match(line) or _LEADING_DATELINE.match(line)
    if credit and credit.end() < len(line):
        return line[credit.end():]
    sentence = _LEADING_SENTENCE.match(line)
    if sentence:
        first = sentence.group(1)
        words = _LETTER_WORD.findall(first)
        if _is_date(first, [w.lower().strip(".") for w in words]) or (
                len(words) == 1 and _is_dateline_word(words[0]) and not _NUMBER.search(first)
                and _SENTENCE_END.search(line)) or _DATELINE_ALONE.match(first):
            return line[sentence.end():]  # ("Mannheim (dpa). Einmal mehr rast ein Auto ...")
    return line


_TITLE_LABEL = re.compile(
    r"(?:原标题|原標題|题：|標題)\s*[:：]\s*"
    r"|[^\s\d]{1,10}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)\s*(?:[(（][^)）]{1,20}[)）])?\s*")
"""A reprint's label before the headline it took ("原标题:已致48人遇难!"), or a Chinese agency's
dateline before its lead ("中新网8月24日电 ", "新华社北京5月1日电(记者 王某)")."""
_DATELINE_ALONE = re.compile(
    r"^[^\W\d_][\w .'’/-]{0,40}\((?:dpa|afp|ap|reuters|efe|ansa|sda|apa|kna|epd|dts|sid|ots"
    r"|lusa|upi)\)[.:,]?$", re.I)
"""A dateline alone, a sentence of its own: "Mannheim (dpa).", "Berlin (AFP):"."""


SITE_NAME_MAX_WORDS = 4
_SITE_NAME = re.compile(r"(?:(?P<home>[^\W\d_][\w ]{0,15}?) *)?[|–—-] *(?P<name>\S.*)")


def _site_name_line(line: str, words: list[str]) -> bool:
    """A site's name left alone where a saved page lost its headline: what followed the
    headline in the page's title ("- BBC News", "| The Guardian"), or after the front page's
    crumb ("Home | BBC News"). A newcomer's BBC excerpt was listed as "- BBC News"."""
    found = _SITE_NAME.fullmatch(line)
    if found is None or len(words) > SITE_NAME_MAX_WORDS + 1 or _SENTENCE_END.search(line):
        return False
    home = found.group("home")
    if home is not None and home.strip().lower() not in HOME_CRUMBS:
        return False
    name = found.group("name").split()
    return len(name) <= SITE_NAME_MAX_WORDS and all(word[0].isupper() or not word[0].isalpha()
                                                    for word in name)


MENU_MIN_ITEMS = 3
MENU_ITEM_MAX_WORDS = 3
"""A line of MENU_MIN_ITEMS short items or more (MENU_ITEM_MAX_WORDS words each) between bars is
a site's name and its sections, the page's title or menu ("Sarabangla | Breaking News | Sports |
Entertainment"), not a headline, which says something in words of its own."""
_MENU_BAR = re.compile(r"\s[|｜¦]\s")


def _menu_line(line: str) -> bool:
    """Whether `line` is a site's menu or title of sections (MENU_MIN_ITEMS)."""
    items = _MENU_BAR.split(line)
    return (len(items) >= MENU_MIN_ITEMS
            and all(0 < len(item.split()) <= MENU_ITEM_MAX_WORDS for item in items)
            and not _SENTENCE_END.search(line))


def _is_dateline_word(word: str) -> bool:
    """A place's name as a dateline writes it: capitalised, and longer than the abbreviations a
    line also opens with ("Dr.", "Mr.", "St.", "Sen.", "Gen.")."""
    return word[0].isupper() and len(word.rstrip(".")) >= DATELINE_MIN_LETTERS


def _is_credit(line: str) -> bool:
    """A credit word, then what says whose picture it is: a colon ("Foto: dpa"), an agency, Getty,
    "by" ("source Getty", "Getty Images", "Photo by Jane Doe"). A headline opening with such a
    word says something else ("Credit Suisse shares plunge", "Photo finish at Ascot")."""
    credit = _CREDIT.match(line)
    if credit is None:
        return False
    rest = credit.group("rest")
    lowered = [word.lower().strip(".") for word in _LETTER_WORD.findall(rest)]
    joined = f" {' '.join(lowered)} "
    return bool(_CREDIT_PUNCTUATION.match(rest) or _CREDIT_MARKS.intersection(lowered)
                or any(f" {agency} " in joined for agency in AGENCIES))


def author_above_date(line: str, following: str, after: str) -> bool:
    """Whether `line` is an author's name alone above the page's date, the headline under it
    ("Stig Östlund" / "torsdag, oktober 14, 2021" / "Indianen i Norge"): two or three capitalised
    words above a date line, a headline's line after the date. A short headline above its date
    has its story's first sentence under it ("Pope Francis Dies" / "April 21, 2025" / "Pope
    Francis died on Monday, the Vatican said.")."""
    if len(line) > HEADLINE_MAX_CHARS or len(following) > HEADLINE_MAX_CHARS:
        return False  # (a paragraph, and a one-line file of megabytes is never read word by word)
    words = _LETTER_WORD.findall(line)
    return (bool(words) and len(words) <= NAME_WORDS[1] and names(words)
            and _date_line(following) and bool(after) and reads_as_headline(after))


def reads_as_headline(line: str) -> bool:
    """Short, no full stop at its end, and not itself furniture: a byline or a date stands under
    a short headline ("Brexit chaos" above "By Jane Doe"), a label above one."""
    return (len(line) <= HEADLINE_MAX_CHARS and not line.rstrip().endswith((".", "。"))
            and not _furniture_by_itself(line, _LETTER_WORD.findall(line)))


def _is_date(line: str, lowered: list[str]) -> bool:
    """A date or time with at most a few other words ("Thursday, December 5, 2013",
    "6 décembre 2017.", "25.11.2020 - 13:51 | Sports", "Updated 10:31 AM", "2023年10月26日
    星期四")."""
    if _CJK_DATE.search(line):
        return not _CJK_DATE_COMPANY.sub("", _CJK_DATE.sub("", line))
    if _DATE_OR_TIME.search(line):
        return sum(word not in MONTHS_AND_DAYS for word in lowered) <= 3
    if not _NUMBER.search(line) or not lowered:
        return False
    return all(word in MONTHS_AND_DAYS for word in lowered)
