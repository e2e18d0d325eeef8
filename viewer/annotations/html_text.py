"""The plain text of an annotation body written as HTML (`"format": "text/html"`).

dokieli and most web clients write a comment as HTML (`<p>Is this the <em>same</em>
count?</p>`). Parallax shows and edits notes as plain text: the tags go, entities become their
characters, paragraphs, line breaks and list items become lines (blank ones dropped), other
whitespace runs one space (as a browser shows it); script and style contents are dropped.
Pure functions; no Qt.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .fields import as_list

_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
                     "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
                     "header", "hr", "li", "ol", "p", "pre", "section", "table", "tr", "ul"})
_HIDDEN = frozenset({"script", "style", "template"})
_SPACES = re.compile(r"[ \t\r\n\f]+")


def is_html(body: dict[str, object]) -> bool:
    """The body says its value is HTML (`format` text/html or application/xhtml+xml)."""
    return any(isinstance(f, str) and f.split(";")[0].strip().lower() in
               ("text/html", "application/xhtml+xml") for f in as_list(body.get("format")))


def html_text(markup: str) -> str:
    """What a reader sees of `markup`, as plain text lines."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    lines = (line.strip() for line in "".join(reader.parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            # Whitespace in the source is one space on screen; only tags break lines.
            self.parts.append(_SPACES.sub(" ", data))
