"""Text saved with its encoding broken: UTF-8 read as Windows-1252 and saved again ("MonarquÃ­a"
for "Monarquía", "â€œ" for "“"), or GBK read as Latin-1 ("atr¨¢s" for "atrás", "¡°" for "“"),
read as the writer meant it, offsets unchanged.

Pure function of one text. A page that a server, a feed or a scraper decoded with the wrong
encoding keeps its text as mojibake: every accented letter two characters, every curly quote
three. Its words then match nothing another outlet printed, its quotation marks open no
quotation, and the pane is hard to read. Such text is valid Unicode, so loading cannot tell; but
the sequences are distinctive (a letter such as "Ã" or "â" followed by the characters the
continuation bytes 0x80-0xBF give in Windows-1252 or Latin-1), and words of European languages
hold them only in capitals before a mark. `readable` puts the meant character in place of each
sequence and fills the rest of its length with U+034F (combining grapheme joiner: invisible, a
mark that the tokeniser keeps inside a word and folding drops), after a letter and before
punctuation (so that "donâ€™t" stays one word, "don͏͏’t"), so that `len(readable(t)) == len(t)`
and every offset of the text as saved indexes the text as read. A text is read so only where it
holds more broken sequences than characters outside ASCII no sequence holds: Swedish,
Portuguese, Finnish or French written in capitals holds a sequence where a capital stands before
a mark ("PÅ”" would read "PŔ", "VÉRITÉ…" "VÉRITɅ"), but among letters a broken text never holds
("på", "não", "hyvä"). The engine reads words this way and the panes show them so; the article's
text itself is never changed.

A page that passed through a Chinese site's GB2312 or GBK encoding and was then read as Latin-1
breaks the same way, two characters for each letter with an accent (GBK keeps the accented
letters of pinyin: "á" is the bytes A8 A2, which Latin-1 shows as "¨¢") and for curly quotes,
dashes and the ellipsis ("¡°" for "“", "¡ª" for "—"); those sequences are read as meant too,
under the same test.
"""

from __future__ import annotations

import functools
import re

FILLER = "\u034f"
"""Combining grapheme joiner: fills a repaired sequence's length, invisible, ignored when words
are compared."""
_REPAIRED_CODE_POINTS = [*range(0x00A0, 0x0250), *range(0x2010, 0x2040), 0x20AC, 0x2122]
"""The characters whose broken form is repaired: Latin-1 and Latin Extended letters and signs
(accented letters of European languages), general punctuation (dashes, curly quotes, ellipsis,
bullet), the euro and trade mark signs."""
_CONTINUATIONS = ("\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                  "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                  "\u20ac\u2122")
"""The characters continuation bytes 0x80-0xBF show as in Windows-1252 (or Latin-1)."""
_SIGNATURE = re.compile(f"[\u00c2-\u00c9\u00e2][{_CONTINUATIONS}]")
"""A lead character of a broken two- or three-byte sequence, and a continuation character:
texts without one are returned at once."""
_STRAY = re.compile(f"[^\x00-\x7f\u00c2-\u00c9\u00e2{_CONTINUATIONS}\ufffd]")
"""A character outside ASCII that no broken sequence of Latin text holds, whole or with a byte
lost: a small letter with an accent ("ã", "ö", "é"), a letter of another script."""
_LEADS = "\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00e2"


def _broken(byte: int) -> str:
    """The character a byte of UTF-8 shows as when read as Windows-1252 (Latin-1 where
    Windows-1252 defines none)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


@functools.cache
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of every broken sequence, and what each is read as."""
    repairs: dict[str, str] = {}
    for code in _REPAIRED_CODE_POINTS:
        meant = chr(code)
        encoded = meant.encode("utf-8")
        for variant in ("".join(_broken(b) for b in encoded), encoded.decode("latin-1")):
            fill = FILLER * (len(variant) - 1)
            repairs[variant] = meant + fill if meant.isalpha() else fill + meant
    # (a byte Windows-1252 leaves undefined may have been saved as the replacement character:
    # of the sequences so lost, the closing double quotation mark is by far the commonest)
    repairs["\u00e2\u20ac\ufffd"] = FILLER * 2 + "\u201d"
    alternatives = sorted(repairs, key=len, reverse=True)
    return re.compile("|".join(re.escape(a) for a in alternatives)), repairs


def readable(text: str) -> str:
    """`text` with each broken sequence (module docstring) read as the character it stands for,
    padded to its length with FILLER: the same length, the same offsets."""
    return _gbk_readable(_utf8_readable(text))


def _utf8_readable(text: str) -> str:
    """`text` with UTF-8 read as Windows-1252 or Latin-1 read as meant."""
    # (a look for each lead character is far quicker than the pattern over the whole text)
    if not any(lead in text for lead in _LEADS) or not _SIGNATURE.search(text):
        return text
    pattern, repairs = _table()
    # (a text saved broken holds its characters outside ASCII in broken sequences, all or
    # nearly, some maybe with a byte lost ('â€' for a closing mark); one holding more stray
    # characters than sequences is written so, its sequences a capital before a mark: "PÅ”",
    # "AMANHÃ”", "VÉRITÉ…" in text written in capitals)
    repaired, sequences = pattern.subn(lambda match: repairs[match.group()], text)
    return text if sequences <= len(_STRAY.findall(text)) else repaired


_GBK_LEADS = "\u00a1\u00a8"
"""The Latin-1 characters of the GBK lead bytes A1 (punctuation: curly quotes, dashes, the
ellipsis, the degree sign) and A8 (the accented letters of pinyin)."""
_NON_ASCII = re.compile("[^\x00-\x7f\u034f]")


@functools.cache
def _gbk_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of every GBK sequence read as Latin-1 that `_gbk_readable` repairs, and what
    each is read as."""
    repairs: dict[str, str] = {}
    for code in _REPAIRED_CODE_POINTS:
        meant = chr(code)
        try:
            encoded = meant.encode("gbk")
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 and chr(encoded[0]) in _GBK_LEADS and encoded[1] >= 0xA1:
            repairs[encoded.decode("latin-1")] = meant + FILLER if meant.isalpha() \
                else FILLER + meant
    return re.compile("|".join(re.escape(a) for a in sorted(repairs))), repairs


def _gbk_readable(text: str) -> str:
    """`text` with GBK read as Latin-1 (module docstring) read as meant."""
    if not any(lead in text for lead in _GBK_LEADS):
        return text
    pattern, repairs = _gbk_table()
    repaired, sequences = pattern.subn(lambda match: repairs[match.group()], text)
    # (the same test as for UTF-8: more sequences than characters outside ASCII they leave,
    # so that Spanish opening a sentence with "¡" keeps it)
    if not sequences or sequences <= len(_NON_ASCII.findall(text)) - 2 * sequences:
        return text
    return repaired
