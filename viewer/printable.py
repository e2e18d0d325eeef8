"""File names and other outside text made safe to show in one line, on a terminal or in the window.

A file name on Linux is bytes: Python hands names that are not valid UTF-8 over as lone
surrogates (`os.fsdecode`'s surrogateescape), which cannot be written to a UTF-8 terminal, file
or Qt string; and a name may hold terminal escape sequences, newlines or bidirectional overrides
that would rewrite what the user sees. `printable` turns all of them into visible backslash
escapes (`\\x1b`, `\\xe9`, `\\u202e`), so every message naming a file is one honest line. Used by
every message that names a file (loading problems, annotation file errors, command errors), and
by every file written (`writable`) for a name that UTF-8 cannot hold. No Qt here.
"""

from __future__ import annotations

import os
import unicodedata

_ESCAPED_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs"})
"""Control characters (C0, DEL, C1), line and paragraph separators, lone surrogates."""
_ESCAPED_FORMATS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
"""Format characters that reorder or hide text (bidirectional controls, BOM). Others, such as
the zero-width joiner inside an emoji sequence, are kept."""


def printable(value: str | os.PathLike[str]) -> str:
    """`value` (a path or text) with every character a terminal or the window would not show
    as itself written as a backslash escape; plain names come back unchanged."""
    text = os.fspath(value)
    if text.isprintable() and text.isascii():
        return text
    return "".join(_shown(char) for char in text)


def _shown(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, smuggled in by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if char in _ESCAPED_FORMATS or unicodedata.category(char) in _ESCAPED_CATEGORIES:
        if code < 0x100:
            return f"\\x{code:02x}"
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return char


def writable(value: str) -> str:
    """`value` as a UTF-8 file can hold it: unchanged, unless it holds a lone surrogate (a name
    read from bytes that are not UTF-8), then in its `printable` form -- as the article's id
    already is (`viewer.loading`), so that a file written with it names the same article. (An
    export or save writing such a name raised UnicodeEncodeError and wrote nothing: a
    Shift-JIS file name, found by a tester.)"""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return printable(value)
    return value
