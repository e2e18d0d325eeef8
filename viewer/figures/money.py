"""Amounts of money in a text: a number in digits with its currency, and what it is worth.

A currency is a symbol or code before the number ("$787.5 million", "US$3bn", "£40m", "Rs 10
lakh", "₹10 lakh", "USD 5m"), a symbol, code or word after it ("1,2 Mio. €", "1,2 Millionen
Euro", "787,500,000 dollars", "10 lakh rupees", "3 millones de dólares"), or, in Chinese,
Japanese and Korean, a currency word after a number with its scale characters ("1億円", "10억 원",
"500万元", "7億8750万ドル"). Indian English's "5 crore" and "10 lakh" are rupees where no noun
follows ("10 lakh people" is a count of people). Each amount keeps the place of its last
written digit (`viewer.figures.rounding.written_precision`), which says what it may be a
rounding of.

Not money: an exchange rate's note ("$1 = 0.91 euros"), a "$" before letters ("$TSLA"), a
number with no currency ("No. 5"), a currency's name before a number ("Euro 2024", "the dollar
2019 low": only symbols and codes come before an amount), and a code before a year ("USD 2020"
alone: four digits 1900-2099 with no scale). Percentages are no currency and stay out. A "$"
alone is kept as "$": whose dollar it is, the grouping decides from the event's other amounts
(`viewer.figures.money_rows`). No Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from viewer.figures.cjk_numerals import NUMERAL, RANGE_MARK, read_numeral, read_range
from viewer.figures.rounding import written_precision

BARE_DOLLAR = "$"
"""A "$" or "dollars" that does not say whose dollar: US dollars unless the event's articles
name another (`viewer.figures.money_rows`)."""
DOLLARS = frozenset(["USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "MXN", BARE_DOLLAR])
"""Currencies printed with a "$": an amount in one is never compared with another's."""
_SYMBOLS = {
    "us$": "USD", "u.s.$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "nt$": "TWD", "mex$": "MXN", "r$": "BRL",
    "$": BARE_DOLLAR, "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "rs": "INR", "rs.": "INR", "rp": "IDR", "rp.": "IDR", "৳": "BDT", "tk": "BDT", "tk.": "BDT",
}
_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "AUD", "CAD", "KRW", "HKD",
          "SGD", "NZD", "RUB", "BRL", "BDT")
_WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollar": BARE_DOLLAR, "dollars": BARE_DOLLAR,
    "dólares": BARE_DOLLAR, "dolares": BARE_DOLLAR, "dollari": BARE_DOLLAR,
    "euro": "EUR", "euros": "EUR", "pounds sterling": "GBP", "sterling": "GBP",
    "rupee": "INR", "rupees": "INR", "rupias": "INR", "yuan": "CNY", "renminbi": "CNY",
    "yen": "JPY", "francs": "CHF", "franken": "CHF", "roubles": "RUB", "rubles": "RUB",
    "rublos": "RUB", "reais": "BRL", "libras": "GBP",
    "रुपये": "INR", "रुपए": "INR", "रुपया": "INR",
    # (not Bengali "টাকা": Bangladesh's taka, and the rupee in West Bengal's outlets)
}
_SCALED_WORDS = {"pounds": "GBP", "pound": "GBP", "won": "KRW"}
"""Currency words that are also a weight or a verb ("200 pounds", "the team won"): money only
after a scale word ("5 million pounds")."""
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
    "mio": 1e6, "mill": 1e6, "millionen": 1e6, "mrd": 1e9, "milliarden": 1e9, "milliarde": 1e9,
    "millones": 1e6, "millón": 1e6, "mil millones": 1e9, "millions": 1e6, "milliard": 1e9,
    "milliards": 1e9, "milioni": 1e6, "milione": 1e6, "miliardi": 1e9, "miliardo": 1e9,
    "milhões": 1e6, "milhão": 1e6, "bilhões": 1e9, "bilhão": 1e9,
    "ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12,  # Indonesian, Malay
}
"""(Not "mil": a thousand in Spanish, a million in English slang.)"""
_HUNDREDS_OF_SCALES = {f"hundred {scale}": 100 * _SCALES[scale] for scale in (
    "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores")}
"""A hundred of another scale ("$2 hundred million", "Rs 5 hundred crore"), its scales
multiplied: read as "hundred" alone it was $200, a wrong amount."""
_SCALES.update(_HUNDREDS_OF_SCALES)
_DOTTED_SCALES = ("Mio.", "Mrd.", "Mill.")
"""German abbreviations, their full stop part of them (a scale's other stops end a sentence)."""
_SOUTH_ASIAN_SCALES = {
    "हज़ार": 1e3, "हज़ार": 1e3, "हजार": 1e3, "लाख": 1e5, "करोड़": 1e7, "करोड़": 1e7, "करोड": 1e7,
    "হাজার": 1e3, "লাখ": 1e5, "লক্ষ": 1e5, "কোটি": 1e7,
}
"""Thousand, lakh and crore in Hindi and Bengali ("₹१० लाख", "৳ ২৫ লক্ষ"; the nukta of
"हज़ार" and "करोड़" composed or not), whose digits are grouped as in English."""
_SCALES.update(_SOUTH_ASIAN_SCALES)
_ENGLISH_SCALES = frozenset([*_SOUTH_ASIAN_SCALES, "hundred", "thousand", "k", "million", "m",
                             "mn", "mln", "billion", "bn", "bln", "b", "trillion", "tn", "lakh",
                             "lakhs", "lac", "lacs", "crore", "crores", *_HUNDREDS_OF_SCALES])
"""Scale words after digits written as English writes them ("1,200.5 crore", "१.५ लाख")."""
_INDIAN_SCALES = frozenset(["lakh", "lakhs", "lac", "lacs", "crore", "crores", "hundred lakh",
                           "hundred lakhs", "hundred crore", "hundred crores"])
_CJK_CURRENCIES = {
    "米ドル": "USD", "ドル": BARE_DOLLAR, "円": "JPY", "ユーロ": "EUR", "ウォン": "KRW",
    "美元": "USD", "美金": "USD", "人民币": "CNY", "港元": "HKD", "港币": "HKD", "日元": "JPY",
    "韩元": "KRW", "欧元": "EUR", "英镑": "GBP", "元": "CNY", "달러": "USD", "원": "KRW",
    "유로": "EUR", "엔": "JPY", "위안": "CNY", "파운드": "GBP",
}


def _alternatives(words: Iterable[str]) -> str:
    """A regular expression's alternatives for `words`, longest first, spaces any space."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+")
                    for word in sorted(words, key=len, reverse=True))


_NUMBER = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # Indian grouping, "25,00,000", "1,25,000"
           r"|\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
_SCALE = (r"(?:[\s\u00a0]?-?(?P<scale>" + _alternatives(_DOTTED_SCALES) + "|"
          # (a word goes on past a vowel sign or virama too: "লক্ষ্য", a goal, is no "লক্ষ")
          + _alternatives(_SCALES) + r")(?![^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0981-\u0983"
          r"\u09bc-\u09d7]))")
_PREFIX = (r"(?<![\w$£€¥₹₩₽৳])(?P<pre>(?-i:(?:US|U\.S\.|AU|A|CA|C|NZ|HK|NT|Mex|S|R)\$)"
           # (a code after a slash is a pair's or a name's: "USD/INR 83", "Tcl/Tk 8.6")
           r"|[$£€¥₹₩₽৳]|(?<!/)(?-i:R[sp]\.?|T[kK]\.?|" + "|".join(_CODES)
           + r")(?=[\s\u00a0]?\d))")
_POST = (r"(?:[\s\u00a0]*(?P<post_symbol>[$£€¥₹])(?![\w$])|[\s\u00a0]+(?:de\s+|d['’])?"
         r"(?P<post>" + _alternatives([*_WORDS, *_SCALED_WORDS, "pounds sterling"]) + "|"
         + "(?-i:" + "|".join(_CODES) + r"))(?![^\W\d_]))")
_LATIN = re.compile(
    # (a number whole: not its tail, "9222" of "0.9222", nor a head cut before a digit)
    r"(?:" + _PREFIX + r"[\s\u00a0]?)?(?<![\d.,])(?P<number>" + _NUMBER + r")(?![\d])"
    # (a range only after a currency: in "5 to $10 million" the "$10 million" is the amount)
    r"(?(pre)(?:\s?(?:-|–|to)\s?[$£€]?(?P<high>" + _NUMBER + r"))?)"
    + _SCALE + r"?" + _POST + r"?",
    re.IGNORECASE,
)
_CJK = re.compile(
    # (the number whole, "1万2000元", "十二亿元": `cjk_numerals`)
    # (a range's ends, "三至五亿元": `cjk_numerals.read_range`)
    r"(?:(?P<low>" + NUMERAL + ")" + RANGE_MARK + ")?"
    r"(?P<number>" + NUMERAL + r")\s?(?P<currency>" + _alternatives(_CJK_CURRENCIES) + r")"
)
_NUMERAL_AMOUNT = re.compile(r"[0-9０-９十百千廿卅万萬亿億兆천백만억조]")
"""A Chinese numeral before a currency is an amount only with a unit or a scale: "一元化"
(unification), "三元里" (a place), "関東一円" (all over Kanto) are words, "十二亿元" an amount."""
_DENOMINATION = re.compile(
    r"\s?(?:札|玉|大?[钞鈔]|[纸紙][币幣]|硬[币幣]|硬貨|店|ショップ|짜리|지폐|동전)")
"""After its currency, a banknote, a coin or a shop where all is one price ("百元大钞",
"一万円札", "五百円玉", "十元店", "百円ショップ", "1000원짜리"): a denomination, no amount paid
or lost."""
_ANY_CURRENCY = re.compile(
    r"[$£€¥₹₩₽৳]|\b(?:R[sp]|T[kK]|" + "|".join(_CODES) + r")|(?i:\b(?:"
    + _alternatives([*_WORDS, *_SCALED_WORDS, "lakh", "lakhs", "lac", "lacs", "crore",
                     "crores"]) + r")\b)|" + _alternatives(_CJK_CURRENCIES)
    + "|" + _alternatives(["रुपये", "रुपए", "रुपया"]))
"""Any currency's sign: a text without one holds no amount."""
_YEAR = re.compile(r"(?:19|20)\d{2}")
_RATE_NOTE = re.compile(r"\s*=")
"""An exchange rate's note, "($1 = 0.91 euros)": no amount paid or claimed."""
_NOUN_AFTER = re.compile(r"[\s\u00a0]+(?P<word>[^\W\d_]+)")
_BARE_INDIAN_FOLLOWERS = frozenset([
    "in", "to", "of", "for", "and", "or", "was", "were", "is", "are", "has", "had", "have",
    "will", "would", "as", "from", "by", "on", "each", "per", "a", "an", "the", "towards",
    "worth", "compensation", "fine", "bail", "penalty", "loan", "bribe", "reward", "aid",
])
"""Words that may follow a bare "5 crore", "10 lakh" that is money ("5 crore in aid", "a fine
of 10 lakh was"): any other word is what a count counts ("10 lakh people")."""


def _always_continental() -> bool:
    return True


@dataclass(frozen=True)
class Amount:
    """An amount of money at `start:end` of the text: `number` in `currency` (an ISO code, or
    BARE_DOLLAR), written to `precision`; a range ("$5-10 million") runs up to `high`."""

    start: int
    end: int
    number: float
    precision: float
    currency: str
    high: float | None = None


def find_amounts(text: str, continental: Callable[[], bool] = lambda: False) -> list[Amount]:
    """Every amount of money in `text`, in order, none overlapping. `continental` says, when
    asked, whether the text writes numbers as the other languages do ("1,2" is 1.2, "1.200"
    1,200): asked only of a number that could be either."""
    if not _ANY_CURRENCY.search(text):
        return []  # (most paragraphs name no currency: their numbers are not read again)
    found = [*_latin_amounts(text, continental), *_cjk_amounts(text)]
    found.sort(key=lambda amount: (amount.start, -amount.end))
    kept: list[Amount] = []
    for amount in found:
        if not kept or amount.start >= kept[-1].end:
            kept.append(amount)
    return kept


def _latin_amounts(text: str, continental: Callable[[], bool]) -> list[Amount]:
    amounts = []
    for match in _LATIN.finditer(text):
        currency = _currency(match)
        if currency is None:
            continue
        scale_word = (match.group("scale") or "").lower().rstrip(".")
        scale_word = " ".join(scale_word.split())
        if match.group("post") and match.group("post").lower() in _SCALED_WORDS \
                and not scale_word:
            continue  # "200 pounds", "won": a weight, a verb
        if _RATE_NOTE.match(text, match.end()) or text[:match.start()].rstrip().endswith("="):
            continue  # "($1 = 0.91 euros)": an exchange rate
        pre = match.group("pre") or ""
        if pre[:1].isalpha() and not scale_word and not match.group("high") \
                and _YEAR.fullmatch(match.group("number")):
            continue  # "USD 2020", "Rs 2019": a year after a code
        # (a scale word of another language says how its digits are written: "1,2 Mio.")
        reading = continental if not scale_word or scale_word in _ENGLISH_SCALES \
            else _always_continental
        mantissa = _mantissa(match.group("number"), reading)
        if mantissa is None:
            continue
        scale = _SCALES.get(scale_word, 1.0)
        number = _times(mantissa, scale)
        if number <= 0:
            continue
        high = None
        precision = written_precision(mantissa, scale)
        if match.group("high"):
            high_mantissa = _mantissa(match.group("high"), reading)
            if high_mantissa is None or float(high_mantissa) * scale <= number:
                continue
            high = _times(high_mantissa, scale)
            precision = written_precision(high_mantissa, scale)
        amounts.append(Amount(match.start(), match.end(), number, precision, currency, high))
    return amounts


def _currency(match: re.Match[str]) -> str | None:
    """The match's currency, or None where it names none: a bare number, or a bare "lakh" or
    "crore" a noun follows ("10 lakh people")."""
    pre, post = match.group("pre"), match.group("post") or match.group("post_symbol")
    if pre is not None:
        key = pre.lower()
        return _SYMBOLS.get(key) or (pre.upper() if pre.upper() != "RMB" else "CNY")
    if post is not None:
        key = " ".join(post.lower().split())
        if key.upper() in _CODES:
            return "CNY" if key.upper() == "RMB" else key.upper()
        return _WORDS.get(key) or _SCALED_WORDS.get(key) or _SYMBOLS.get(key)
    scale_word = (match.group("scale") or "").lower()
    if scale_word in _INDIAN_SCALES:
        after = _NOUN_AFTER.match(match.string, match.end())
        if after is None or after.group("word").lower() in _BARE_INDIAN_FOLLOWERS:
            return "INR"  # "5 crore" with no noun after it: rupees in Indian English
    return None


def _mantissa(written: str, continental: Callable[[], bool]) -> str | None:
    """The number as digits and at most one "." ("1,200.5" -> "1200.5"; "1,2" -> "1.2" and
    "1.200" -> "1200" where `continental`); None where it is no number."""
    # (digits of any script as ASCII: "१०", "২৫" are 10 and 25, and their zeros count as zeros
    # for the place of the last digit, `written_precision`)
    written = "".join(str(unicodedata.digit(character)) if character.isdigit() else character
                      for character in written if character not in "\u00a0\u202f")
    commas, dots = written.count(","), written.count(".")
    if commas and dots:  # the last mark is the decimal one: "1,200.5", "1.200,5"
        decimal = "," if written.rfind(",") > written.rfind(".") else "."
    elif commas + dots > 1:  # "1,200,000", "1.200.000": groups of thousands
        decimal = "." if commas else ","
    elif commas or dots:
        mark = "," if commas else "."
        whole, fraction = written.split(mark)
        if len(fraction) == 3 and len(whole) <= 3:
            # "1,200" is 1,200 in English, 1.2 where numbers are written the other way
            decimal = "," if continental() else "."
        else:
            decimal = mark  # "1,2", "787.5"
    else:
        decimal = "."
    grouping = "," if decimal == "." else "."
    digits = written.replace(grouping, "").replace(decimal, ".")
    return digits if re.fullmatch(r"\d+(?:\.\d+)?", digits) else None


def _times(mantissa: str, scale: float) -> float:
    """`mantissa` times `scale` without a float's error ("131.2" billion is 131,200,000,000)."""
    return float(Decimal(mantissa) * Decimal(scale))


def _cjk_amounts(text: str) -> list[Amount]:
    amounts = []
    for match in _CJK.finditer(text):
        if not _NUMERAL_AMOUNT.search(match.group("number")) \
                or _DENOMINATION.match(text, match.end()):
            continue
        currency = _CJK_CURRENCIES[match.group("currency")]
        if match.group("low"):
            ends = read_range(match.group("low"), match.group("number"))
            if ends is not None and ends[0].value > 0:
                amounts.append(Amount(match.start(), match.end(), ends[0].value,
                                      ends[1].precision, currency, ends[1].value))
            continue
        numeral = read_numeral(match.group("number"))
        if numeral is not None and numeral.value > 0:
            amounts.append(Amount(match.start(), match.end(), numeral.value,
                                  numeral.precision, currency))
    return amounts
