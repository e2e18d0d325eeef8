"""Hard-wrapped text: which line breaks only wrap a line, and which end a paragraph.

Pure function of one text. Matches never run across a paragraph break: that keeps a passage out
of the unshared paragraph next to it. But text saved from e-mail, a terminal, a PDF or Project
Gutenberg is wrapped at a fixed width, and there every line break inside a paragraph is only a
wrap: treated as a paragraph break it would cut each shared passage into one piece per line.

A text is hard-wrapped when most of its lines are filled to about one width, between
WRAP_MIN_WIDTH and WRAP_MAX_WIDTH characters. In such a text a line break is a wrap when the
line before it is filled (at least FILLED_SHARE of that width), the first word of the line
after it would not have fitted on it (the standard reflow test), and that line is neither
blank, indented, nor a list item or time stamp; any other line break is kept.

A page saved from the web may be hard-wrapped in places only (a lead pasted from a wire, a
paragraph from an e-mail): there a line break is a wrap wherever it falls inside a sentence, the
line before it prose at least WRAP_MIN_WIDTH characters long that ends in a word or a comma,
and the line after it going on with a word in lower case. A paragraph never opens that way.
`unwrapped` gives the same text with the wraps as spaces, so offsets are unchanged.

Widths are counted in a fixed-width font's columns: a Chinese, Japanese or Korean character
takes two (a paragraph of 91 Chinese characters is one line of a web page, not a wrapped line
of 91 columns), and a wrap between two such characters, where the script puts no space, is a
zero-width space rather than a space.
"""

from __future__ import annotations

import re

from viewer.unspaced_scripts import IDEOGRAPHIC

WRAP_MIN_WIDTH = 50
"""Narrower lines are a list, a poem or a table, not prose wrapped to fit a page."""
WRAP_MAX_WIDTH = 100
"""News text keeps one paragraph per line, hundreds of characters wide; wrapped text is
narrower than this."""
FILLED_SHARE = 0.6
"""A line at least this share of the text's width is filled: the break after it is a wrap."""
MIN_WRAPPED_LINES = 4
"""Fewer filled lines than this tell nothing about wrapping."""
_LIST_ITEM = re.compile(r"\s*(?:[-*•–—·#>|]|\d{1,3}[.)]|\d{1,2}[:.]\d{2}\b)")
"""A line starting with a bullet, a number or a time (a list, a live blog), or a markdown
heading, quote or table row, starts an item."""
WRAPPED_SHARE = 0.6
"""A text is wrapped when at least this share of its non-blank lines are filled."""
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U00020000-\U0003fffd]")
"""Characters two columns wide in a fixed-width font (East Asian Wide and Fullwidth)."""
ZERO_WIDTH_SPACE = "\u200b"
"""A wrap next to a Chinese or Japanese character: those scripts put no space between words."""
_UNSPACED = re.compile(f"[{IDEOGRAPHIC}\u3000-\u303f\uff01-\uff60]")
"""Chinese and Japanese characters and their full-width punctuation."""
_SENTENCE_END = re.compile(r"[。！？!?.」』”）)]$")
"""A Chinese or Japanese line ending a sentence: where a paragraph may end."""


def unwrapped(text: str) -> str:
    """`text` with each line break that only wraps a line replaced by a space (same length)."""
    if "\n" not in text:
        return text
    return _mid_sentence(_fixed_width(text))


_WRAP_CANDIDATE = re.compile(r"\n(?=[ \t]*[^\W\d_A-Z])")
"""A line break before a letter other than A to Z: where `_mid_sentence` looks further (the
search for the line break comes first, as most lines of news text open with a capital or are
blank; the capitals of ASCII, the most frequent, are left out here, at C speed)."""


def _mid_sentence(text: str) -> str:
    """`text` with the line breaks that fall inside a sentence (module docstring) as spaces."""
    wraps = []
    for candidate in _WRAP_CANDIDATE.finditer(text):
        at = candidate.start()
        if not text[at + 1:at + 41].lstrip(" \t")[:1].islower():
            continue
        line = text[text.rfind("\n", 0, at) + 1:at].rstrip(" \t")
        if len(line) >= WRAP_MIN_WIDTH and (line[-1].isalnum() or line[-1] == ","):
            wraps.append(at)
    if not wraps:
        return text
    pieces, last = [], 0
    for at in wraps:
        pieces += [text[last:at], " "]
        last = at + 1
    pieces.append(text[last:])
    return "".join(pieces)


def _columns(line: str) -> int:
    """The columns `line` takes in a fixed-width font."""
    return len(line) if line.isascii() else len(line) + len(_WIDE.findall(line))


def _fixed_width(text: str) -> str:
    """`text` with the wraps of fixed-width wrapping (module docstring) as spaces."""
    lines = text.split("\n")
    widths = [_columns(line.rstrip()) for line in lines]
    filled = sorted(width for width in widths if width)
    if len(filled) < MIN_WRAPPED_LINES:
        return text
    width = filled[int(0.9 * (len(filled) - 1))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return text
    full = FILLED_SHARE * width
    if sum(1 for w in filled if w >= full) < max(MIN_WRAPPED_LINES, WRAPPED_SHARE * len(filled)):
        return text
    pieces = []
    for index, line in enumerate(lines[:-1]):
        pieces.append(line)
        following = lines[index + 1]
        first_word = following.split(maxsplit=1)[0] if following.strip() else ""
        # Chinese or Japanese may break between any two characters, so every filled line
        # would pass the reflow test: there a paragraph ends where a sentence does
        unspaced = first_word != "" and (_UNSPACED.match(following) is not None
                                         or _UNSPACED.match(line[-1:]) is not None)
        wraps = (widths[index] >= full and first_word != "" and not following[:1].isspace()
                 and not _LIST_ITEM.match(following)
                 and (_SENTENCE_END.search(line) is None if unspaced
                      # the standard reflow test: a wrap is where the next word did not fit
                      else widths[index] + 1 + _columns(first_word) > width))
        pieces.append((ZERO_WIDTH_SPACE if unspaced else " ") if wraps else "\n")
    pieces.append(lines[-1])
    return "".join(pieces)
