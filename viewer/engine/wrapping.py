"""Hard-wrapped text: which line breaks only wrap a line, and which end a paragraph.

Pure function of one text. Matches never run across a paragraph break: that keeps a passage out
of the unshared paragraph next to it. But text saved from e-mail, a terminal, a PDF or Project
Gutenberg is wrapped at a fixed width, and there every line break inside a paragraph is only a
wrap: treated as a paragraph break it would cut each shared passage into one piece per line.

A text is hard-wrapped when most of its lines are filled to about one width, between
WRAP_MIN_WIDTH and WRAP_MAX_WIDTH characters. In such a text a line break is a wrap when the
line before it is filled (at least FILLED_SHARE of that width) and the line after it is
neither blank nor indented; a blank line, an indented line, a short line (a heading, a
paragraph's last line) or a text that is not wrapped keeps its breaks.
`unwrapped` gives the same text with the wraps as spaces, so offsets are unchanged.
"""

from __future__ import annotations

WRAP_MIN_WIDTH = 50
"""Narrower lines are a list, a poem or a table, not prose wrapped to fit a page."""
WRAP_MAX_WIDTH = 100
"""News text keeps one paragraph per line, hundreds of characters wide; wrapped text is
narrower than this."""
FILLED_SHARE = 0.6
"""A line at least this share of the text's width is filled: the break after it is a wrap."""
MIN_WRAPPED_LINES = 4
"""Fewer filled lines than this tell nothing about wrapping."""
WRAPPED_SHARE = 0.6
"""A text is wrapped when at least this share of its non-blank lines are filled."""


def unwrapped(text: str) -> str:
    """`text` with each line break that only wraps a line replaced by a space (same length)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines]
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
        wraps = widths[index] >= full and following.strip() != "" and not following[:1].isspace()
        pieces.append(" " if wraps else "\n")
    pieces.append(lines[-1])
    return "".join(pieces)
