"""Bytes to text: byte-order marks, binary files refused by their magic number or control
bytes, UTF-8 first, a page's declared charset (`declared_charset`), else the legacy code page
that reads as one language; newlines normalised. No Qt here.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections.abc import Sequence

from viewer.loading.declared_charset import declared_text
from viewer.loading.unusable import UnusableFile

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database, such as a Parallax project"),
)

# Bytes that never occur in text: C0 controls other than tab, newline, form feed, CR, escape.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.01

_DETECTION_SAMPLE_BYTES = 256 * 1024



def decode(raw: bytes, *, html_hint: bool = False) -> str:
    """Decode file bytes to text with no BOM; raises `UnusableFile` for binary data."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strip_bom(raw[len(bom) :].decode(encoding, errors="replace"))
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise UnusableFile(f"binary file ({kind}), not text")
    if b"\x00" in raw:
        unmarked = _utf16_without_bom(raw)
        if unmarked is not None:
            return _strip_bom(unmarked)
        raise UnusableFile("binary data, not text (save the article as .txt, .md or .html)")
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(raw):
        raise UnusableFile("binary data (control bytes), not text")
    try:
        return _strip_bom(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    by_line = _mixed_lines(raw)
    if by_line is not None:
        return _strip_bom(by_line)
    if _mostly_utf8(raw):
        return _strip_bom(raw.decode("utf-8", errors="replace"))
    if html_hint:
        declared = declared_text(raw, _DETECTION_SAMPLE_BYTES)
        if declared is not None:
            return _strip_bom(declared)
    return _strip_bom(raw.decode(_detect_legacy_encoding(raw), errors="replace"))


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


_MIXED_MIN_UTF8_CHARACTERS = 2
_EVERY_BYTE = bytes(range(256))


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text written without a byte-order mark, decoded; None for anything else.

    In UTF-16 the Latin letters, digits, spaces and newlines of any article have a zero byte
    on one side (the high byte: odd positions little-endian, even ones big-endian). Binary
    data has its zero bytes on both sides; so a file whose zero bytes all fall on one side,
    and which decodes that way to text without control characters, is such UTF-16. Chinese,
    Japanese or Korean text has few such characters, and some of its own have a zero low byte
    ("一" is U+4E00): zero bytes on both sides there, the side with more of them is tried first,
    then the other, and a reading is taken only when it looks like writing (`_reads_as_writing`).
    """
    if len(raw) % 2:
        return None
    even_zeros, odd_zeros = raw[0::2].count(0), raw[1::2].count(0)
    little, big = ("utf-16-le",), ("utf-16-be",)
    one_side = not (even_zeros and odd_zeros)
    orders = (little if odd_zeros else big) if one_side else (
        little + big if odd_zeros >= even_zeros else big + little)
    for encoding in orders:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:  # an unpaired surrogate: not UTF-16 text this way
            continue
        if any(char < " " and char not in "\t\n\x0c\r\x1b" for char in text) \
                or "\ufffe" in text or "\uffff" in text:
            continue
        if one_side or _reads_as_writing(text):
            return text
    return None


_EAST_ASIAN_WRITING = (
    (0x09, 0x0A), (0x0D, 0x0D), (0x20, 0x7E), (0xA0, 0x24F),  # line breaks, Latin
    (0x370, 0x4FF),  # Greek, Cyrillic
    (0x200B, 0x200D), (0x2010, 0x2027), (0x2030, 0x205E),  # zero widths, dashes, quotes
    (0x2100, 0x27BF),  # symbols: arrows, circled numbers, shapes ("▲", "☎"), dingbats
    (0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7A3),  # Hangul
    (0x3000, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),  # CJK punctuation, kana, Han
    (0x3200, 0x33FF), (0xF900, 0xFAFF), (0xFE00, 0xFE0F), (0xFE30, 0xFE4F),  # "㈱", "㎡"
    (0xFF01, 0xFF5E), (0xFF61, 0xFF9F), (0xFFE0, 0xFFEE),  # full- and half-width forms, "￥"
    (0x20000, 0x2FA1F),  # Han beyond the first plane ("𠮷")
    (0x1F300, 0x1FAFF),  # emoji
)
_NOT_EAST_ASIAN_WRITING = re.compile(
    "[^" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _EAST_ASIAN_WRITING) + "]")
_SENTENCE_MARKS = re.compile("[。，、！？；：.,!?;:\n]")
_CHARACTERS_PER_MARK = 100
_WRITING_MIN_CHARACTERS = 8


def _reads_as_writing(text: str) -> bool:
    """Does `text` read as Chinese, Japanese or Korean writing: every character Han, kana,
    Hangul, their punctuation, Latin or a line break, and a sentence mark or line break every
    hundred characters at least? Binary data read as UTF-16 is characters from all over Unicode
    (half of them Han or Hangul: that alone says nothing), and never punctuated."""
    if len(text) < _WRITING_MIN_CHARACTERS or _NOT_EAST_ASIAN_WRITING.search(text):
        return False
    return len(_SENTENCE_MARKS.findall(text)) * _CHARACTERS_PER_MARK >= len(text)


def _mixed_lines(raw: bytes) -> str | None:
    """A file whose lines are in two encodings (UTF-8 paragraphs pasted into a legacy file, or
    the reverse), decoded line by line; None when it is not such a file.

    Decoding it whole either way garbles half of it: as UTF-8 the legacy letters become
    U+FFFD, as cp1252 the UTF-8 letters become mojibake ("dÃ©clarÃ©"). Here a line that is
    valid UTF-8 is read as UTF-8, a line that is mostly UTF-8 with a few broken bytes too, and
    the other lines in the legacy encoding those lines, together, are found to be in -- when
    the legacy encoding's text is never valid UTF-8 but by mojibake ("Ã©"): a single-byte code
    page, or Shift-JIS (`_legacy_can_be_utf8`). In GBK, Big5 or EUC text one character in six
    is by itself a UTF-8 character ("说" is the bytes of "˵"), so a short legacy line is often
    valid UTF-8: there only a line the legacy encoding cannot read is UTF-8 for certain (UTF-8
    text in CJK scripts nearly always, accented Latin seldom: "é" is GBK "茅"), and the other
    lines are read in the legacy encoding -- unless the file is mostly UTF-8.
    """
    lines = raw.splitlines(keepends=True)
    valid = [_utf8_or_none(line) for line in lines]
    # Lines neither valid UTF-8 nor mostly so (a few broken bytes): in the legacy encoding.
    legacy = [line for line, text in zip(lines, valid, strict=True)
              if text is None and not _mostly_utf8(line)]
    # Two characters at least: one letter before a symbol in a code page ("ß“" is the bytes
    # DF 93, valid UTF-8 "ʓ") is a chance; two such in lines otherwise ASCII are not.
    if _non_ascii(valid) < _MIXED_MIN_UTF8_CHARACTERS or not legacy:
        return None
    encoding = _detect_legacy_encoding(b"".join(legacy))
    as_utf8 = valid
    if _legacy_can_be_utf8(encoding) and not _mostly_utf8(raw):
        # Only the lines the legacy encoding cannot read are certainly UTF-8; the others are
        # read in it, the encoding of the lines that are not UTF-8 -- not the one a detector
        # finds for the whole file, which its UTF-8 bytes mislead (a GBK line and a UTF-8 line
        # were both read as cp1252). In a file mostly UTF-8 they stay UTF-8, as before.
        as_utf8 = [text if text is not None and _cannot_decode(line, encoding) else None
                   for line, text in zip(lines, valid, strict=True)]
    decoded = []
    for line, text, was_valid in zip(lines, as_utf8, valid, strict=True):
        if text is not None:
            decoded.append(text)
        else:
            # A short line of a double-byte encoding is often mostly UTF-8 by chance (Shift-JIS
            # "(れい" holds the UTF-8 "ꂢ"): it is read so only if that encoding cannot read it.
            mostly = was_valid is None and _mostly_utf8(line) and not (
                _double_byte(encoding) and not _cannot_decode(line, encoding))
            decoded.append(line.decode("utf-8" if mostly else encoding, errors="replace"))
    return "".join(decoded)


def _utf8_or_none(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _non_ascii(texts: Sequence[str | None]) -> int:
    """Characters beyond ASCII in the lines read as UTF-8 (None: a line that is not)."""
    return sum(1 for text in texts if text is not None for char in text if not char.isascii())


def _cannot_decode(line: bytes, encoding: str) -> bool:
    try:
        line.decode(encoding)
    except UnicodeDecodeError:
        return True
    return False


@functools.cache
def _double_byte(encoding: str) -> bool:
    return len(_EVERY_BYTE.decode(encoding, errors="replace")) != len(_EVERY_BYTE)


@functools.cache
def _legacy_can_be_utf8(encoding: str) -> bool:
    """Whether a character of the legacy `encoding` can be, alone, a whole UTF-8 character: a
    double-byte encoding with a character whose two bytes are a UTF-8 lead byte (C2-DF) and a
    continuation byte (80-BF). GBK, Big5 and EUC-KR/JP have hundreds; Shift-JIS, whose lead
    bytes are 81-9F and E0-FC, none. (No legacy character of three or four bytes starts with a
    UTF-8 lead byte followed by continuation bytes.) Single-byte code pages have none."""
    for lead in range(0xC2, 0xE0):
        for trail in range(0x80, 0xC0):
            try:
                if len(bytes((lead, trail)).decode(encoding)) == 1:
                    return True
            except UnicodeDecodeError:
                continue
    return False


def _mostly_utf8(raw: bytes) -> bool:
    """Valid UTF-8 with a few broken bytes (not a legacy encoding that merely fails as UTF-8)."""
    replaced = raw.decode("utf-8", errors="replace")
    broken = replaced.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    non_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore"))
    multibyte = non_ascii - replaced.count("\ufffd")
    return multibyte > 0 and broken <= multibyte


def _detect_legacy_encoding(raw: bytes) -> str:
    """Guess the single-byte encoding of text that is not UTF-8.

    The Windows Latin code pages -- Western (cp1252), Central European (cp1250) and Turkish
    (cp1254) -- map most bytes alike, and charset-normalizer's statistics cannot tell them apart
    on an article (it read Czech and Turkish as cp1252). They are told apart by the letters
    each decoding yields: Czech decoded as cp1252 gives "ø" and "ì" for "ř" and "ě", a mix no
    single language writes, while cp1250 gives letters all found in Czech. Whichever of them
    yields a text whose accented letters all belong to one language wins (cp1252 on a tie);
    text no Latin language fits (Cyrillic, Greek, ...) is left to charset-normalizer.
    """
    sample = raw[:_DETECTION_SAMPLE_BYTES]
    latin = _best_latin_code_page(sample)
    if latin is not None:
        return latin
    try:
        from charset_normalizer import from_bytes

        matches = [
            match
            # A sample decides as well as the whole file and keeps multi-megabyte files quick.
            for match in from_bytes(sample)
            # A file without NUL bytes is not UTF-16/32, whatever the statistics say.
            if not match.encoding.startswith(("utf_16", "utf_32"))
        ]
    except Exception:  # a detector failure must not lose the file: fall back below
        matches = []
    if matches:
        least_chaos = min(match.chaos for match in matches)
        for match in matches:
            if match.encoding in ("cp1252", "latin_1") and match.chaos <= least_chaos + 0.1:
                return "cp1252"
        return matches[0].encoding
    try:
        raw.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


_LATIN_CODE_PAGES: dict[str, tuple[str, ...]] = {
    # Lower-case letters beyond ASCII that each language writes (common loanword accents too).
    "cp1252": (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüßéàè",  # German
        "áéíóúñüàèç",  # Spanish, Catalan
        "áâãàçéêíóôõúü",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "éëïóöüáèêàç",  # Dutch
        "æøåéóàü",  # Danish, Norwegian
        "åäöéü",  # Swedish, Finnish
        "áðéíóúýþæö",  # Icelandic
    ),
    "cp1250": (
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "čćđšžé",  # Slovenian, Croatian, Bosnian
        "ăâîșțşţ",  # Romanian
    ),
    "cp1254": (
        "çğıöşüâîûi̇",  # Turkish (i̇: the lower case of İ)
    ),
}
_LATIN_FIT = 0.95
"""Share of a text's accented letters one language must account for."""


def _best_latin_code_page(raw: bytes) -> str | None:
    """The Windows Latin code page whose decoding reads as one language, else None.

    Text with no accented letter at all (English with curly quotes) is cp1252.
    """
    best: tuple[float, str] | None = None
    for encoding, alphabets in _LATIN_CODE_PAGES.items():
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        fit = _language_fit(text, alphabets)
        if fit is None and encoding == "cp1252":
            return encoding
        if fit is not None and (best is None or fit > best[0]):
            best = (fit, encoding)
    if best is None or best[0] < _LATIN_FIT:
        return None
    return best[1]


def _language_fit(text: str, alphabets: Sequence[str]) -> float | None:
    """The largest share of `text`'s non-ASCII letters one of `alphabets` holds; None when
    there is nothing to judge. A symbol inside a word (Polish "¹" for "ą") counts against."""
    counts: dict[str, int] = {}
    misplaced = 0
    for position, char in enumerate(text):
        if char.isascii():
            continue
        if char.isalpha():
            lower = char.lower()
            counts[lower] = counts.get(lower, 0) + 1
        elif ((unicodedata.category(char)[0] in "NS" or char in "¿¡")
              and 0 < position < len(text) - 1 and text[position - 1].isalpha()
              and text[position + 1].isalpha()):
            misplaced += 1
    total = sum(counts.values()) + misplaced
    if not total:
        return None
    return max(sum(n for letter, n in counts.items() if letter in alphabet)
               for alphabet in alphabets) / total


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a leading BOM is dropped."""
    return _strip_bom(text.replace("\r\n", "\n").replace("\r", "\n"))
