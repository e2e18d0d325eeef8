"""Text of one direction put inside text of another for display: isolated, so that each reads
as it would alone.

An English line quoting an Arabic title ("in “<title>” · 10_okaz_com_sa.txt") is one paragraph
to the Unicode bidirectional algorithm: the quotation marks around the Arabic were drawn facing
the wrong way, the digits of the file name after it were taken for Arabic numbers and moved
into it ("10 ·" on one side of the title, "_okaz_com_sa.txt" on the other), and an ellipsis
cutting the title stood at its start (tester60 #9, #10). A first-strong isolate (U+2068 ...
U+2069, FSI/PDI) around the embedded text fixes each. Only text holding right-to-left letters
is isolated: left-to-right text inside this English needs none, and a terminal shows the marks
as boxes (`for_terminal` takes them out of a line printed there). Pure functions, no Qt.
"""

from __future__ import annotations

import unicodedata

LEFT_TO_RIGHT_ISOLATE = "\u2066"
RIGHT_TO_LEFT_ISOLATE = "\u2067"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
ISOLATES = (LEFT_TO_RIGHT_ISOLATE, RIGHT_TO_LEFT_ISOLATE, FIRST_STRONG_ISOLATE,
            POP_DIRECTIONAL_ISOLATE)


def has_right_to_left(text: str) -> bool:
    """Does `text` hold a letter written right to left (Arabic, Hebrew, Syriac...)?"""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def embedded(text: str) -> str:
    """`text` isolated (FSI ... PDI) where it holds right-to-left letters, for putting inside a
    line of other text; unchanged otherwise. (Qt's text layout honours the isolates: checked on
    a screenshot of the Tag claim dialog's header.)"""
    if not has_right_to_left(text):
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def for_terminal(line: str) -> str:
    """`line` without the isolates `embedded` (or a window's view) put in it, for a terminal,
    which prints them as boxes or spaces rather than reordering anything
    (`viewer.terminal_columns`)."""
    for mark in ISOLATES:
        line = line.replace(mark, "")
    return line
