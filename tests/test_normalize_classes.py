"""The tokeniser's lazily filled code point classes equal the classes the token grammar's regex
character classes give when the whole code space is classified at once (the former eager table)."""

from __future__ import annotations

import re

import numpy as np

from viewer import normalize, token_hashing


def _eager_table() -> np.ndarray:
    """The table as it was built before it became lazy: regex classes over every code point."""
    everything = np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le",
                                                                        "surrogatepass")
    table = np.zeros(0x110000, dtype=np.uint8)
    for pattern in (r"[^\W_]+", f"[{normalize._MARKS}]+"):
        for match in re.finditer(pattern, everything):
            table[match.start() : match.end()] = token_hashing._COMPLEX
    table[ord("a") : ord("z") + 1] = token_hashing._ASCII_LETTER
    table[ord("A") : ord("Z") + 1] = token_hashing._ASCII_LETTER
    table[ord("0") : ord("9") + 1] = token_hashing._ASCII_DIGIT
    for char in ".,:'’":
        table[ord(char)] = token_hashing._INNER_PUNCT
    return table


def test_lazy_classes_equal_the_eager_table_for_every_code_point() -> None:
    expected = _eager_table()
    # Ask in two overlapping halves, so both first-time and already-known code points are read.
    codes = np.arange(0x110000, dtype=np.uint32)
    first = token_hashing._char_classes(codes[: 0x90000])
    again = token_hashing._char_classes(codes[0x80000 :][::-1])[::-1]
    assert np.array_equal(first, expected[: 0x90000])
    assert np.array_equal(again, expected[0x80000 :])
    assert not np.any(token_hashing._char_classes(codes) == 255)  # (CodePointTable: unset)


def test_the_stored_mark_class_is_what_unicodedata_gives() -> None:
    import unicodedata

    from viewer import unicode_marks

    scanned = unicode_marks.scan_mark_ranges()
    assert scanned == normalize._MARKS
    if unicodedata.unidata_version == unicode_marks.UNIDATA_VERSION:
        assert scanned == unicode_marks.MARK_CLASS
