"""What a pane shows for an article's text: breaks as breaks and markdown marks as marks,
one displayed character per code point so every offset of `Article.text` indexes the display.

Qt draws several break characters as boxes (U+2028 shows, but U+0085 NEL, vertical tab, form
feed and a lone carriage return do not), and U+2029 would be a block break anyway. Each becomes
`\\n`; a carriage return right before `\\n` becomes U+200B (zero width), so a CRLF is one break,
not two. Text wrapped at a fixed width (e-mail, PDF, Project Gutenberg) flows as paragraphs:
its wraps are shown as spaces (`viewer.wrapping`), as the engine reads them, so the pane does
not wrap each short line again. Text saved with its encoding broken ("MonarquÃ­a") is shown as
meant, padded with an invisible mark (`viewer.mojibake`). Nothing is ever removed or inserted:
`len(display_text(t)) == len(t)`.

`markdown_marks` finds what makes markdown look raw (heading `#`s, emphasis `*`/`_`, quote `>`)
so a view can dim them and give a heading line a heading format, instead of deleting them and
breaking offsets. Pure functions; no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from viewer.mojibake import readable
from viewer.unspaced_scripts import NO_SPACES
from viewer.wrapping import unwrapped

BREAKS = "\u2029\u2028\x0b\x0c\x85\x1c\x1d\x1e"
"""Characters shown as a line break (besides `\\n` itself and a lone `\\r`)."""
ZERO_WIDTH = "\u200b"

_TABLE = str.maketrans({ch: "\n" for ch in BREAKS})
_CR_BEFORE_LF = re.compile("\r(?=\n|\u2029|\u2028|\x85)")


def display_text(text: str) -> str:
    """`text` with every break character shown as `\\n`, and a hard-wrapped text's line wraps
    as spaces so that its paragraphs flow in the pane (see the module docstring)."""
    # (read first: a page read as Latin-1 holds U+0085, a break, inside a broken sequence,
    # "Ã\x85" for "Å", as the engine reads it)
    text = readable(text)
    if "\r" in text:
        text = _CR_BEFORE_LF.sub(ZERO_WIDTH, text).replace("\r", "\n")
    return unwrapped(text.translate(_TABLE))


UNBROKEN_RUN = 1_000
"""Characters in a row with nowhere to break a line (no space, and not of a script written
without spaces, where a line may break between any two characters) past which a pane wraps
anywhere: Qt's wrapping at word boundaries costs time growing with the square of such a run
(400,000 characters: 8.5 s; a 5 MB base64 blob saved as an article kept the window frozen for
minutes, found by the fault matrix), wrapping anywhere with its length (0.13 s)."""
_UNBROKEN = re.compile(rf"[^\s{NO_SPACES}]{{{UNBROKEN_RUN},}}")


def wraps_anywhere(text: str) -> bool:
    """Should a pane showing `text` break lines anywhere rather than at word boundaries? Only
    for a text holding an `UNBROKEN_RUN` (its words may then be split at a line's end)."""
    return _UNBROKEN.search(text) is not None


_BREAK_RUN = re.compile(r"\n(?:[ \t\u200b]*\n)*")


def paragraphs_by_line_breaks(text: str) -> bool:
    """Whether `text` (as `display_text` shows it) separates most of its paragraphs by one line
    break rather than by a blank line: a web page's extracted text, `parallax fetch`'s files,
    text copied from a browser. A view then puts space between its lines, which would otherwise
    read as one wall of text; a text with blank lines between paragraphs already has it."""
    single = blank = 0
    for run in _BREAK_RUN.finditer(text.strip()):
        if run.group().count("\n") == 1:
            single += 1
        else:
            blank += 1
    return single >= 2 and single > blank


@dataclass(frozen=True)
class MarkdownMark:
    start: int
    end: int
    kind: str
    """"syntax" (a marker to dim) or "heading" (the heading's words), "strong", "emphasis"."""


_HEADING = re.compile(r"^(#{1,6})([ \t]+)(.*?)[ \t#]*$", re.MULTILINE)
_QUOTE = re.compile(r"^(>[ \t]?)", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]+?)(?<=\S)\1(?![\w*])")


def markdown_marks(text: str) -> list[MarkdownMark]:
    """Markdown syntax in `text` (already through `display_text`, so lines end at `\\n`),
    in offset order. Only the common marks; anything else stays plain."""
    marks: list[MarkdownMark] = []
    for match in _HEADING.finditer(text):
        marks.append(MarkdownMark(match.start(1), match.end(2), "syntax"))
        if match.group(3):
            marks.append(MarkdownMark(match.start(3), match.end(3), "heading"))
    for match in _QUOTE.finditer(text):
        marks.append(MarkdownMark(match.start(1), match.end(1), "syntax"))
    for pattern, kind in ((_STRONG, "strong"), (_EMPHASIS, "emphasis")):
        for match in pattern.finditer(text):
            marker = len(match.group(1))
            marks.append(MarkdownMark(match.start(), match.start() + marker, "syntax"))
            marks.append(MarkdownMark(match.start(2), match.end(2), kind))
            marks.append(MarkdownMark(match.end() - marker, match.end(), "syntax"))
    marks.sort(key=lambda m: (m.start, m.end))
    return marks


def looks_like_markdown(article_path_suffix: str | None) -> bool:
    """Markdown formatting applies to .md/.markdown files only (elsewhere `*` is just a star)."""
    return (article_path_suffix or "").lower() in (".md", ".markdown")


def right_to_left(text: str) -> bool:
    """Whether `text` reads from right to left: its first letter of a strong direction is
    Arabic or Hebrew (and the like), as the Unicode bidirectional algorithm sets a paragraph's
    direction. A list cell or a label showing such a title is laid out from the right, so that
    eliding it cuts its end, not its start."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


LEFT_TO_RIGHT_ISOLATE, RIGHT_TO_LEFT_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2066", "\u2067", "\u2069"


def isolated_lines(text: str) -> str:
    """`text` with each of its lines wrapped in a Unicode isolate of its own direction (by
    `right_to_left`: left to right where it has no letter), for a label drawn where one
    direction is set for all its lines. Under an Arabic outlet's name in a right-to-left
    header, "2024-07-31 06:00 UTC" read "UTC 06:00 31-07-2024": the bidirectional algorithm
    took its digits for Arabic numbers after the name's letters (one paragraph: a label's line
    breaks do not end one). Isolated, each line reads as it would alone; the marks draw
    nothing."""
    return "\n".join(
        f"{RIGHT_TO_LEFT_ISOLATE if right_to_left(line) else LEFT_TO_RIGHT_ISOLATE}{line}"
        f"{POP_DIRECTIONAL_ISOLATE}" if line else line for line in text.split("\n"))


def lines_around(text: str, start: int, end: int) -> str:
    """The text of the lines of `text` holding code points [start, end)."""
    stop = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:len(text) if stop < 0 else stop]
