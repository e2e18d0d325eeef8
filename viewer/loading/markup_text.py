"""Whether a text file holds a web page's markup: an HTML page renamed `.txt`, or saved "as text"
with its tags kept. Such a file still loads as plain text (article text is never rendered), but
its pane shows the tags, so the loader says so in one line. No Qt here.
"""

from __future__ import annotations

import re

HTML_AS_TEXT_NOTE = ("looks like an HTML page saved as text: shown as plain text, tags and all; "
                     "open the page itself (saved as .html) to read its article")
"""The line said after the file's name (the window's notices, a command's stderr)."""

SAMPLE_CHARS = 50_000
"""How much of a text is read to decide: a page's markup is all through it, and 20,000 articles
are not scanned whole for it."""

MIN_TAGS = 4
"""Markup tags the sample must hold: two elements opened and closed, a page's body cut to two
paragraphs. A stray tag or two that a copied text kept ("<br>") make no page."""

MIN_BLOCK_TAGS = 2
"""Of which tags that lay out a page (paragraphs, divisions, line breaks, lists, headings): an
article's emphasis a publishing system exported with it ("<i>The Times</i>") is tags too, but
inline ones alone, and is no page."""

MAX_CHARS_PER_TAG = 500
"""And at least one tag per this many characters of the sample: a page's paragraphs each open
and close one (two tags per paragraph of a few hundred characters, many more for its menus),
while an article on web design that names tags as it goes names them in its sentences, which
do not count (`_is_named_in_prose`)."""

_DOCUMENT_PROLOGUE = re.compile(r"[\ufeff\s]*(?:<\?xml[^>]{0,200}>)?\s*")
_SPACES = re.compile(r"\s*")
_DOCUMENT_START = re.compile(r"<(?:!doctype\s+html|html|head)\b", re.IGNORECASE)
"""A text that opens as an HTML document does: a doctype, `<html` or `<head` first (after an
XML declaration or comments, `_opens_as_a_page`): no article starts so."""

_BLOCK_NAMES = ("html|head|body|title|meta|link|script|style|noscript|p|div|br|hr|img|h[1-6]|"
                "ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|section|article|header|footer|"
                "nav|main|aside|figure|figcaption|form|input|button|iframe|blockquote")
_INLINE_NAMES = "span|a|strong|em|b|i|u"
_ELEMENT_TAG = re.compile(
    rf"</?(?:(?P<block>{_BLOCK_NAMES})|{_INLINE_NAMES})(?:\s[^<>]{{0,500}})?/?>", re.IGNORECASE)
"""An HTML element's opening or closing tag, with its attributes: the tag name right after `<`
(so "a < b > c" in a sum is none) and nothing but a space, attributes or `/` before `>`."""


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML page's markup rather than an article: it opens as a document
    does, or its opening `SAMPLE_CHARS` hold element tags at a page's density."""
    if text.find("<", 0, SAMPLE_CHARS) < 0:  # (most articles: no copy of the sample made)
        return False
    sample = text[:SAMPLE_CHARS]
    if _opens_as_a_page(sample):
        return True
    tags = blocks = 0
    for tag in _ELEMENT_TAG.finditer(sample):
        if not _is_named_in_prose(sample, tag):
            tags += 1
            blocks += tag.group("block") is not None
    return tags >= MIN_TAGS and blocks >= MIN_BLOCK_TAGS and \
        tags * MAX_CHARS_PER_TAG >= len(sample.strip())


def _opens_as_a_page(sample: str) -> bool:
    """Whether `sample` starts with a page's doctype, `<html` or `<head`, past a byte order mark,
    an XML declaration and any comments. The comments are skipped one by one, each to its first
    `-->`, so the time is linear in their length: a regular expression repeating a lazy comment
    body let each body reach over the next comments' ends, and a file opening with many comments
    (a block editor's `<!-- wp:paragraph -->` markers) took time doubling with each one."""
    position = _past(_DOCUMENT_PROLOGUE, sample, 0)
    while sample.startswith("<!--", position):
        comment_end = sample.find("-->", position + len("<!--"))
        if comment_end < 0:
            return False
        position = _past(_SPACES, sample, comment_end + len("-->"))
    return _DOCUMENT_START.match(sample, position) is not None


def _past(pattern: re.Pattern[str], sample: str, position: int) -> int:
    """Where `pattern`, which may match nothing, ends when matched at `position`."""
    found = pattern.match(sample, position)
    return found.end() if found else position


_PROSE_BEFORE = frozenset(" \t\"'(\u201c\u2018\u00ab`")
_PROSE_AFTER = frozenset(" \t\"'),.;:!?\u201d\u2019\u00bb`")


def _is_named_in_prose(sample: str, tag: re.Match[str]) -> bool:
    """A tag a sentence names ("the <b> tag", 'a "<p>" element'): a space or an opening quote
    before it and a space, closing quote or punctuation after it. Markup's tags touch the text
    they wrap ("<p>Iran", "said.</p>") or stand at a line's start or end."""
    before = sample[tag.start() - 1] if tag.start() > 0 else "\n"
    after = sample[tag.end()] if tag.end() < len(sample) else "\n"
    return before in _PROSE_BEFORE and after in _PROSE_AFTER
