"""Text laid out in the command line's tables by the columns a terminal gives it, and article
names in them that a reader can tell apart.

A terminal draws a Chinese, Japanese or Korean character (any East Asian wide or full-width
one) two columns wide and a combining mark in the column of the letter it marks; a table that
pads, cuts and wraps by characters shifted every column after such a name (a tester's
`parallax figures` on Chinese articles). Text is measured as it is printed, composed (NFC:
Korean saved decomposed on macOS, a consonant and a vowel apart, is one syllable), and by
what a terminal draws as one glyph (`glyphs`): a letter with its marks, an emoji with the
variation selector that makes it one (U+FE0F: two columns, "❤️"), or emoji joined by zero-width
joiners ("👨‍👩‍👧": two columns, as most terminals draw it and as the wcwidth library counts
it; a terminal that draws the three apart takes six). A name written right to left is printed
as it is, not isolated with U+2068/U+2069 (FSI/PDI): few terminals reorder right-to-left text
at all, and those that do not print the isolates as boxes or spaces, or count them a column
wide, which would shift the columns they are meant to keep. Pure functions, no Qt.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from viewer.wording import alike_keys

ELLIPSIS = "\u2026"
NO_BREAK = "\u00a0"
"""A space a wrapped line never breaks at (a name with its offsets stays on one line)."""
ZERO_WIDTH_JOINER = "\u200d"
EMOJI_PRESENTATION = "\ufe0f"
"""The variation selector that makes the character before it an emoji, two columns wide."""


def char_columns(char: str) -> int:
    """The columns one character takes alone: 2 if East Asian wide or full-width, 0 if it
    combines with the character before it (an accent, a vowel sign, a Korean vowel or final
    consonant written apart), else 1."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf") \
            or _conjoining_jamo(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _conjoining_jamo(char: str) -> bool:
    """A Korean vowel or final consonant that joins the consonant before it into a syllable
    (Hangul Jungseong and Jongseong, which NFC cannot always compose)."""
    return "\u1160" <= char <= "\u11ff" or "\ud7b0" <= char <= "\ud7ff"


def _skin_tone(char: str) -> bool:
    return "\U0001f3fb" <= char <= "\U0001f3ff"


EMOJI_RANGES = (("\u00a9", "\u00a9"), ("\u00ae", "\u00ae"), ("\u203c", "\u203c"),
                ("\u2049", "\u2049"), ("\u2122", "\u2122"), ("\u2139", "\u2139"),
                ("\u2194", "\u21aa"), ("\u231a", "\u23ff"), ("\u24c2", "\u24c2"),
                ("\u25aa", "\u27bf"), ("\u2934", "\u2935"), ("\u2b05", "\u2b55"),
                ("\u3030", "\u3030"), ("\u303d", "\u303d"), ("\u3297", "\u3299"),
                ("\U0001f000", "\U0001f0ff"), ("\U0001f10d", "\U0001f1e5"),
                ("\U0001f200", "\U0001faff"), ("\U0001fc00", "\U0001fffd"))
"""Where the emoji are (Unicode's Extended_Pictographic, which `unicodedata` does not give,
approximated by its blocks): the characters a zero-width joiner joins into one glyph."""


def _regional_indicator(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


def _emoji(char: str) -> bool:
    return any(low <= char <= high for low, high in EMOJI_RANGES)


def glyphs(text: str) -> Iterator[tuple[str, int]]:
    """`text` (composed, NFC) in the pieces a terminal draws as one glyph, each with the
    columns it takes: a character with the marks, variation selector and skin tone after it,
    and the characters a zero-width joiner joins to it (module docstring)."""
    text = unicodedata.normalize("NFC", text)
    position = 0
    while position < len(text):
        end = position + 1
        while end < len(text):
            char = text[end]
            # (a joiner joins emoji into one glyph, "👨‍👩‍👧"; between letters it only asks
            # for a ligature or a conjunct form, "ශ්‍රී", "क्‍ष", and the letters keep their columns)
            joined = text[end - 1] == ZERO_WIDTH_JOINER and _emoji(text[position]) \
                and _emoji(char)
            # (two regional indicators are one flag, "🇺🇸"; a third starts the next)
            flag = end == position + 1 and _regional_indicator(text[position]) \
                and _regional_indicator(char)
            if joined or flag or char_columns(char) == 0 or _skin_tone(char):
                end += 1
            else:
                break
        piece = text[position:end]
        width = char_columns(piece[0])
        if width == 1 and (EMOJI_PRESENTATION in piece or _regional_indicator(piece[0])):
            width = 2
        yield piece, width
        position = end


def columns(text: str) -> int:
    """The columns `text` takes on a terminal (`glyphs`)."""
    if text.isascii():
        return len(text)
    return sum(width for _piece, width in glyphs(text))


def clip_columns(text: str, width: int) -> str:
    """`text` (composed, NFC) cut to at most `width` columns, an ellipsis for what is cut,
    never inside a glyph; nothing where no more than the ellipsis would fit."""
    if width <= 1:
        return ""
    text = unicodedata.normalize("NFC", text)
    if columns(text) <= width:
        return text
    kept, used = [], 0
    for piece, wide in glyphs(text):
        if used + wide > width - 1:
            break
        kept.append(piece)
        used += wide
    return "".join(kept) + ELLIPSIS


def one_line_columns(text: str, width: int) -> str:
    """`text` on one line (runs of white space become one space), cut to at most `width`
    columns with an ellipsis (`viewer.wording.one_line`, by columns)."""
    flat = " ".join(text.split())
    if columns(flat) <= width:
        return flat
    return clip_columns(flat, width)[:-1].rstrip() + ELLIPSIS


def pad_columns(text: str, width: int, *, right: bool = False) -> str:
    """`text` (composed, NFC) padded with spaces to `width` columns, on the right (aligned
    left) or, with `right`, on the left."""
    text = unicodedata.normalize("NFC", text)
    padding = " " * max(0, width - columns(text))
    return padding + text if right else text + padding


def wrap_columns(text: str, width: int, indent: str = "", later_indent: str = "",
                 *, break_long: bool = True) -> list[str]:
    """`text` in lines of at most `width` columns (indents included), broken at spaces (never
    at a no-break space, which is printed as a space); a word wider than a line is broken
    between its characters with `break_long` (Chinese has no spaces to break at), else it
    overflows its line."""
    lines: list[str] = []
    line, room = indent, width - columns(indent)
    # (composed, as `clip_columns` returns what it cuts: the rest of a word is cut by length)
    for word in unicodedata.normalize("NFC", text).split(" "):
        if not word:
            continue
        word_width = columns(word)
        if line.strip() and word_width + 1 <= room:
            line, room = f"{line} {word}", room - word_width - 1
            continue
        if line.strip():
            lines.append(line)
            line, room = later_indent, width - columns(later_indent)
        while break_long and word_width > room > 0:
            head = _leading_glyphs(word, room)
            lines.append(line + head)
            word = word[len(head):]
            word_width = columns(word)
            line, room = later_indent, width - columns(later_indent)
        line, room = line + word, room - word_width
    if line.strip():
        lines.append(line)
    return [line.replace(NO_BREAK, " ") for line in lines]


def _leading_glyphs(word: str, room: int) -> str:
    """The whole glyphs opening `word` that fit in `room` columns, one at least: half a flag
    or a letter without its mark is never printed (a word one column wider than `room` was
    cut by a character, not a glyph)."""
    kept: list[str] = []
    used = 0
    for piece, wide in glyphs(word):
        if kept and used + wide > room:
            break
        kept.append(piece)
        used += wide
    return "".join(kept)


def article_names(names: dict[str, str], width: int) -> dict[str, str]:
    """`names` (an article id and what a reader knows it by: its outlet, else its title) cut
    to `width` columns; where two open alike over half that width (or read the same), those
    articles are named by their ids, as the tables' article lists and `--json` name them.
    Outlets' headlines on one story open alike ("Facebook owner Meta wil…", "Facebook owner
    Meta to …"; two "习近平对广东…"), and a name that differs only in its last few columns
    reads as the other one (a tester's report, session 58)."""
    clipped = {key: clip_columns(name, width) for key, name in names.items()}
    openings = {key: clip_columns(name, width // 2 + 1) for key, name in clipped.items()}
    alike = alike_keys(clipped) | alike_keys(openings)
    by_id = {key: clip_columns(key, width) for key in clipped if key in alike}
    # (ids alike once cut too, "lancien-president-franc…": their ends, where files saved from
    # one page by several outlets differ)
    ends = alike_keys(by_id)
    return {key: (ELLIPSIS + _last_columns(key, width - 1) if key in ends
                  and columns(key) > width else by_id.get(key, name))
            for key, name in clipped.items()}


def _last_columns(text: str, width: int) -> str:
    kept: list[str] = []
    used = 0
    for piece, wide in reversed(list(glyphs(text))):
        used += wide
        if used > width:
            break
        kept.append(piece)
    return "".join(reversed(kept))
