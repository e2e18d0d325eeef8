"""A page's declared charset (`<meta charset>`), trusted only where its bytes read in it: read
as browsers read the label (the WHATWG Encoding Standard's wider encodings), and set aside when it
names no text encoding, when the bytes fault in it, or when a Latin single-byte code page reads
a Chinese, Japanese or Korean page as runs of symbols and accented capitals (a template's
"iso-8859-1" over GB18030 bytes). Used by `viewer.loading.decoding` for HTML files. No Qt.
"""

from __future__ import annotations

import codecs
import re

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254",
                     "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932",
                     "euc_kr": "cp949", "tis-620": "cp874"}
"""Charsets pages declare and the wider encodings browsers read them in (the WHATWG Encoding
Standard's labels): a page saying "gb2312" holds GBK characters, one saying "iso-8859-1" curly
quotes of cp1252."""


def declared_text(raw: bytes, sample_bytes: int) -> str | None:
    """A page's bytes in the charset it declares, when they read in it without a fault; None
    when it declares none, or names no text encoding ("base64", "rot13", "idna": each made a
    fault tester's whole folder an internal error), or one its bytes do not read in (Latin-1
    declared "utf-8" came out as "Gen\ufffdve"): the encoding is then found as for a plain
    text file. `sample_bytes`: how much of the bytes the check for another encoding reads."""
    match = _DECLARED_CHARSET.search(raw[:4096])
    if match is None:
        return None
    try:
        declared = codecs.lookup(match.group(1).decode("ascii"))
        if not getattr(declared, "_is_text_encoding", True):
            return None
        text = raw.decode(_AS_BROWSERS_READ.get(declared.name, declared.name))
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None
    # (a single-byte code page reads any bytes: a Chinese page saved in GB18030 under a
    # template's "iso-8859-1" comes out as "¸ÊËà»ýÊ¯É½" without a fault)
    if declared.name in _LATIN_SINGLE_BYTE and _runs_of_mojibake(text) \
            and _reads_as_east_asian(raw[:sample_bytes]):
        return None
    return text


_LATIN_SINGLE_BYTE = frozenset((
    "ascii", "iso8859-1", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-9", "iso8859-10",
    "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "cp1250", "cp1252", "cp1254",
    "cp1257", "mac-roman"))
"""Single-byte code pages of Latin scripts, by `codecs` name: a page declaring one of them whose
text reads as runs of symbols and accented capitals was saved in another encoding."""


_MOJIBAKE_RUN = 3
"""Characters outside ASCII in a row, no ASCII character and no space between, that no Latin
language writes often ("ðÕ" is Icelandic, "µØÕð" is a Chinese character pair read as
Latin-1)."""
_MOJIBAKE_SHARE = 0.5
_MOJIBAKE_LEAST = 20


def _runs_of_mojibake(text: str) -> bool:
    """Whether most of `text`'s characters outside ASCII, spaces aside (a table's cells padded
    with no-break spaces), stand in runs of _MOJIBAKE_RUN or more (at least _MOJIBAKE_LEAST of
    them): a multi-byte encoding (GB18030, Big5, EUC-KR) read in a single-byte one. Words of
    Latin languages put ASCII letters between their accented ones ("été", "źdźbło")."""
    outside = in_runs = run = 0
    for char in text:
        if char.isascii() or char.isspace():
            if run >= _MOJIBAKE_RUN:
                in_runs += run
            run = 0
        else:
            outside += 1
            run += 1
    if run >= _MOJIBAKE_RUN:
        in_runs += run
    return outside >= _MOJIBAKE_LEAST and in_runs > _MOJIBAKE_SHARE * outside


_EAST_ASIAN_ENCODINGS = ("gb18030", "big5", "cp949", "euc_jp")
"""Multi-byte encodings whose text a Latin code page reads as runs of symbols and capitals."""


def _reads_as_east_asian(sample: bytes) -> bool:
    """Whether the bytes (a page's first, maybe cut inside a character) read without a fault in
    one of _EAST_ASIAN_ENCODINGS (a Latin page's bytes seldom do: an accented letter between
    ASCII ones is no lead byte's pair)."""
    for encoding in _EAST_ASIAN_ENCODINGS:
        try:
            # (not final: the sample may end inside a character)
            codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
        except UnicodeDecodeError:
            continue
        return True
    return False
