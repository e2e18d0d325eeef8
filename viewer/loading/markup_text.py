"""Whether a text file holds markup rather than an article: an HTML page renamed `.txt`, or saved
"as text" with its tags kept, or an XML document (a news feed, a wire's NewsML). Such a file still
loads as plain text (article text is never rendered), but its pane shows the tags, so the loader
says so in one line (`markup_note`). No Qt here.
"""

from __future__ import annotations

import html
import re

HTML_AS_TEXT_NOTE = ("looks like an HTML page saved as text: shown as plain text, tags and all; "
                     "open the page itself (saved as .html) to read its article")
"""The line said after the file's name (the window's notices, a command's stderr)."""

XML_AS_TEXT_NOTE = ("holds XML markup (a news feed or an XML document): shown as plain text, "
                    "tags and all")
"""The same for XML: no page to open instead, so no advice to."""

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

MIN_MARKUP_SHARE = 0.5
"""And the lines holding tags (with the text lines an element wraps, `_markup_throughout`) at least
this share of the text's characters: a page's markup runs all through it, while an article
showing an example unindented, as a text copied from a web page comes ("<form>" and its fields
after a blank line), is mostly its sentences around it."""

MAX_EXAMPLES_SHARE = 0.5
"""Code an article shows (`_without_code_examples`) is left out of the count while it is less
than this share of the sample: an article on web design may show a few lines of markup, and
its sentences are the most of it. A text mostly of indented markup is a page's, indented."""

_BOM_AND_SPACES = re.compile(r"[\ufeff\s]*")
_SPACES = re.compile(r"\s*")
_XML_DECLARATION = re.compile(r"<\?xml\b[^>]{0,200}>", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head)\b", re.IGNORECASE)
"""A text that opens as an HTML document does: a doctype, `<html` or `<head` first (after an
XML declaration or comments): no article starts so."""
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
"""A news feed's root element (RSS, Atom, RSS 1.0), which may come without an XML declaration."""

_BLOCK_NAMES = ("html|head|body|title|meta|link|script|style|noscript|p|div|br|hr|img|h[1-6]|"
                "ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|section|article|header|footer|"
                "nav|main|aside|figure|figcaption|form|input|button|iframe|blockquote")
_INLINE_NAMES = "span|a|strong|em|b|i|u"
_ELEMENT_TAG = re.compile(
    rf"</?(?:(?P<block>{_BLOCK_NAMES})|{_INLINE_NAMES})(?:\s[^<>]{{0,500}})?/?>", re.IGNORECASE)
"""An HTML element's opening or closing tag, with its attributes: the tag name right after `<`
(so "a < b > c" in a sum is none) and nothing but a space, attributes or `/` before `>`."""

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
"""A Markdown code fence's opening line: three backticks or tildes or more."""


def markup_note(text: str) -> str | None:
    """The line to say of a text file holding markup rather than an article (HTML's, or XML's
    where it opens as an XML document or a feed does), or None for an article."""
    if text.find("<", 0, SAMPLE_CHARS) < 0:  # (most articles: no copy of the sample made)
        return None
    sample = text[:SAMPLE_CHARS]
    opening = _opening_note(sample)
    if opening is not None:
        return opening
    if _dense_with_tags(sample):
        prose = _without_code_examples(sample)
        if (prose is sample or _dense_with_tags(prose)) and _markup_throughout(prose):
            return HTML_AS_TEXT_NOTE
    return None


_TITLE_ELEMENT = re.compile(r"<(title|h1)\b[^<>]{0,500}>(.{0,2000}?)</\1\s*>",
                            re.IGNORECASE | re.DOTALL)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_ANY_TAG = re.compile(r"<[^<>]{0,500}>")


def markup_title(text: str) -> str | None:
    """The title of a text `markup_note` says holds markup: its first `<title>` (a page's, or a
    feed's channel title, which comes before its items'), else its first `<h1>`, as plain text;
    "" where it has neither (no line of markup, "<html lang="en">", names it); None for an
    article, titled from its first line."""
    if markup_note(text) is None:
        return None
    sample = text[:SAMPLE_CHARS]
    found: dict[str, str] = {}
    for element in _TITLE_ELEMENT.finditer(sample):
        found.setdefault(element.group(1).lower(), element.group(2))
    inner = found.get("title") or found.get("h1") or ""
    words = _ANY_TAG.sub(" ", _CDATA.sub(r"\1", inner))
    return " ".join(html.unescape(words).split())


def _opening_note(sample: str) -> str | None:
    """The note for a text that opens as a document does, past a byte order mark, an XML
    declaration and any comments: HTML's for a doctype, `<html` or `<head` (XHTML's declaration
    too), XML's for a declaration or a feed's root otherwise. No article starts so.

    The comments are skipped one by one, each to its first `-->`, so the time is linear in their
    length: a regular expression repeating a lazy comment body let each body reach over the next
    comments' ends, and a file opening with many comments (a block editor's
    `<!-- wp:paragraph -->` markers) took time doubling with each one."""
    position = _past(_BOM_AND_SPACES, sample, 0)
    declaration = _XML_DECLARATION.match(sample, position)
    position = _past(_SPACES, sample, declaration.end() if declaration else position)
    while sample.startswith("<!--", position):
        comment_end = sample.find("-->", position + len("<!--"))
        if comment_end < 0:
            return XML_AS_TEXT_NOTE if declaration else None
        position = _past(_SPACES, sample, comment_end + len("-->"))
    if _HTML_ROOT.match(sample, position):
        return HTML_AS_TEXT_NOTE
    if declaration or _FEED_ROOT.match(sample, position):
        return XML_AS_TEXT_NOTE
    return None


def _past(pattern: re.Pattern[str], sample: str, position: int) -> int:
    """Where `pattern`, which may match nothing, ends when matched at `position`."""
    found = pattern.match(sample, position)
    return found.end() if found else position


def _dense_with_tags(sample: str) -> bool:
    """Whether `sample` holds element tags at a page's density (the thresholds above)."""
    tags = blocks = 0
    for tag in _ELEMENT_TAG.finditer(sample):
        if not _is_named_in_prose(sample, tag):
            tags += 1
            blocks += tag.group("block") is not None
    return tags >= MIN_TAGS and blocks >= MIN_BLOCK_TAGS and \
        tags * MAX_CHARS_PER_TAG >= len(sample.strip())


def _markup_throughout(sample: str) -> bool:
    """Whether the lines of `sample` holding element tags (`_dense_with_tags`'s, a tag a sentence
    names not counted), with any line of text between two of them (a paragraph an element opens
    and closes on lines of their own, "<p>" / "..." / "</p>"), are `MIN_MARKUP_SHARE` of its
    characters or more."""
    tagged_lines: set[int] = set()
    line_number = counted_to = 0
    for tag in _ELEMENT_TAG.finditer(sample):
        if not _is_named_in_prose(sample, tag):
            line_number += sample.count("\n", counted_to, tag.start())  # (each stretch once)
            counted_to = tag.start()
            tagged_lines.add(line_number)
    lines = sample.split("\n")
    markup_chars = total_chars = 0
    for at, line in enumerate(lines):
        length = len(line.strip())
        total_chars += length
        wrapped = (0 < at < len(lines) - 1 and at - 1 in tagged_lines
                   and at + 1 in tagged_lines)
        if length and (at in tagged_lines or wrapped):
            markup_chars += length
    return markup_chars >= MIN_MARKUP_SHARE * total_chars


def _without_code_examples(sample: str) -> str:
    """`sample` without the code blocks an article shows, as Markdown writes them: between fences
    of three backticks or tildes, or indented by four spaces or a tab after a blank line. The
    sample itself when it has none, or when they are `MAX_EXAMPLES_SHARE` of it or more (a page's
    markup indented as a whole, or block by block between blank lines)."""
    kept: list[str] = []
    example_chars = 0
    fence = ""
    after_blank = in_indented_block = True
    for line in sample.splitlines(keepends=True):
        stripped = line.strip()
        if fence:  # (inside a fenced block, to a closing fence or the end)
            example_chars += len(line)
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
            continue
        opening_fence = _FENCE.match(line)
        if opening_fence:
            fence = opening_fence.group(1)
            example_chars += len(line)
            continue
        if stripped and line.startswith(("    ", "\t")) and (after_blank or in_indented_block):
            in_indented_block = True
            example_chars += len(line)
            continue
        if stripped:
            in_indented_block = False
        after_blank = not stripped
        kept.append(line)
    if example_chars == 0 or example_chars >= MAX_EXAMPLES_SHARE * len(sample):
        return sample
    return "".join(kept)


_PROSE_BEFORE = frozenset(" \t\"'(\u201c\u2018\u00ab`")
_PROSE_AFTER = frozenset(" \t\"'),.;:!?\u201d\u2019\u00bb`")


def _is_named_in_prose(sample: str, tag: re.Match[str]) -> bool:
    """A tag a sentence names ("the <b> tag", 'a "<p>" element'): a space or an opening quote
    before it and a space, closing quote or punctuation after it. Markup's tags touch the text
    they wrap ("<p>Iran", "said.</p>") or stand at a line's start or end."""
    before = sample[tag.start() - 1] if tag.start() > 0 else "\n"
    after = sample[tag.end()] if tag.end() < len(sample) else "\n"
    return before in _PROSE_BEFORE and after in _PROSE_AFTER
