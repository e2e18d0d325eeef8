"""An article file's metadata header (front matter or `key: value` lines) and its title (given,
or inferred from the first sentence); its dates are read by `viewer.loading.date_lines`. No Qt
here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.loading.date_lines import YEAR_MONTH
from viewer.loading.date_lines import normalize_date as normalize_date  # (re-exported: the
from viewer.loading.date_lines import opening_date as opening_date  # loader, pages, projects)
from viewer.loading.page_furniture import (
    author_above_date,
    is_furniture,
    link_list_item,
    repeated_credit,
    without_leading_furniture,
)
from viewer.loading.site_banners import site_banner, without_site_name
from viewer.loading.title_sentences import first_sentence_end, title_length, without_repeated_word
from viewer.mojibake import FILLER, readable

TITLE_MAX_CHARS = 100
GIVEN_TITLE_MAX_CHARS = 400
"""A title the file gives (a `title:` header, a page's title) is cut only past this: a whole
paragraph given as a title is no headline."""
LABEL_AFTER_DATE_WORDS = 2
"""A header's date token followed by this many words or fewer on its line: a label's line."""

METADATA_KEYS = {
    "title": "title",
    "headline": "title",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "site": "source",
    "url": "url",
    "link": "url",
    "date": "date",
    "published": "date",
    "author": "author",
    "byline": "author",
    # Written by `parallax fetch`; kept so the header stays a header (see viewer.provenance).
    "fetched": "fetched",
    "snapshot": "snapshot",
}
"""Header keys (lower case) and the Article field each one fills."""


_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_HEADER_LINE = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(.*)")
_DATE_TOKEN = re.compile(r"[ \t]*date[ \t]*:?[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)", re.I)
"""A leading "date 2023-11-07" (or only its year and month, "date 2023-11", as some saved
excerpts give it: the token is hidden, no day is guessed)."""
_HEADER_SEARCH_CHARS = 8192


def parse_metadata_header(text: str) -> tuple[dict[str, str], int]:
    """Read a metadata header at the top of `text`: fields found and where the body starts.

    Recognised: `---` front matter closed by `---` (or `...`); leading `key: value` lines with
    keys from `METADATA_KEYS`; a leading `date YYYY-MM-DD` token (or `date YYYY-MM`, hidden with
    no date read). Without a header: ({}, 0).
    """
    head = text[:_HEADER_SEARCH_CHARS]
    opening = _FRONT_MATTER_OPEN.match(head)
    if opening is not None:
        close = _FRONT_MATTER_CLOSE.search(head, opening.end())
        if close is not None:
            block = head[opening.end() : close.start()]
            front_matter = _parse_key_lines(block.splitlines(), strict=False)
            return front_matter, _skip_whitespace(text, close.end())

    fields: dict[str, str] = {}
    position = 0
    while position < len(head):
        line_end = head.find("\n", position)
        line_end = len(head) if line_end < 0 else line_end
        parsed = _parse_key_lines([head[position:line_end]], strict=True)
        if not parsed:
            break
        for key, value in parsed.items():
            fields.setdefault(key, value)
        position = line_end + 1
    if fields:
        return fields, _skip_whitespace(text, min(position, len(text)))

    token = _DATE_TOKEN.match(head)
    if token is not None and normalize_date(token.group(1)) is not None:
        return {"date": token.group(1)}, _skip_whitespace(text, token.end())
    if token is not None and YEAR_MONTH.fullmatch(token.group(1)):
        return {}, _skip_whitespace(text, token.end())
    return {}, 0


def _parse_key_lines(lines: Sequence[str], *, strict: bool) -> dict[str, str]:
    """`key: value` lines to Article fields; `strict` requires every line to be a known key."""
    fields: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.fullmatch(line)
        field = METADATA_KEYS.get(match.group(1).lower()) if match else None
        if match is None or field is None:
            if strict:
                return {}
            continue
        value = _unquote(match.group(2).strip())
        if strict and not value:
            return {}
        if value:
            fields.setdefault(field, value)
    return fields


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _skip_whitespace(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position




_ESCAPED_QUOTE = re.compile(r"""\\(['"])""")


FURNITURE_MAX_LINES = 6
"""At most this many opening lines are passed over as a page's furniture (a date, a byline, a
section label: `viewer.loading.page_furniture`) in search of the title."""


def infer_title(body: str, *, beside_date: bool = False) -> str:
    """A short readable title from the first line of the body that is not a page's furniture
    (a date, a dateline, a byline, an agency's credit, a section label), or its first
    sentence; read as meant where the text was saved with its encoding broken, as the panes
    show it ("El Rey: “Cuando vuelvo atrás…”", not "¡°Cuando vuelvo atr¨¢s…"). `beside_date`:
    the body's first line stood on the line of the header's date token ("date 2024-03-29 What
    happened"), where a few words are a section's label."""
    title = _first_line_title(body, beside_date)
    if readable(title) != title:  # (a short line, quickly looked at) it holds such a sequence
        meant = readable(body)  # the whole text decides, as for the panes (viewer.mojibake)
        if meant != body:
            title = _first_line_title(meant.replace(FILLER, ""), beside_date)
    return title


_GLUED_STAMP = re.compile(
    r"(?<=[a-z.!?'’\"”)])(?:Updated|Published|Last updated|Aktualisiert|Actualizado|Mis à jour)"
    r"\b")
"""A page's time stamp run into the headline where the saved text lost the break between them
("Osaka: 'Best thing' ... withdrawalUpdated 2 June 2021"): the title ends before it."""


_TRAILING_CREDIT = re.compile(
    r"\s*[(（](?:(?:photo|foto|image|picture|credit|bild)\b|(?:사진|이미지|图片|圖片|写真)"
    r"(?=\s|[:：=/]|来源|來源|提供|제공|は))[^()（）]*[)）]\s*$", re.I)
"""A picture's credit after the headline its caption repeats ("... 11,000 of its staff. (Photo:
AFP)", "... (사진=배현진의원실)")."""
_TRAILING_TIME_STAMP = re.compile(
    r"\s+\S{0,12}?\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?!\d).*$|\s(?:Rédigé|Publié) (?:par|le)\b.*$")
"""The source and time a page prints after its headline on the same line ("... 作出重要指示
新华社2024-05-02 16:48关注", "... est mort Rédigé par leral.net le ..."): the title ends before
them."""


def _first_line_title(body: str, beside_date: bool) -> str:
    # (a transcript's word heard over and over before anyone speaks, "You You You You": no
    # headline's words, and a line of nothing else no title's line)
    lines = [without_repeated_word(line.strip()) for line in body.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    skipped = 0
    if beside_date and len(lines) > 1 and len(lines[0].split()) <= LABEL_AFTER_DATE_WORDS:
        skipped = 1  # "date 2024-03-29 What happened": a section's label beside the page's date
    while (skipped < min(FURNITURE_MAX_LINES, len(lines) - 1)
           and (is_furniture(lines[skipped].lstrip("#").strip(), lines[skipped + 1])
                or author_above_date(lines[skipped], lines[skipped + 1],
                                     lines[skipped + 2] if skipped + 2 < len(lines) else "")
                or repeated_credit(lines[skipped], lines[skipped + 1], _line(lines, skipped - 1))
                or (skipped > 0 and (repeated_credit(lines[skipped], lines[skipped - 1],
                                                     _line(lines, skipped - 2))
                                     or link_list_item(lines[skipped], lines[skipped - 1])))
                or site_banner(lines, skipped))):
        skipped += 1
    # ("#": a Markdown heading; "- ", "• ": a summary's first point, "- Ein Deutscher (40) rast")
    line = without_leading_furniture(
        _LIST_MARK.sub("", without_site_name(lines, skipped).lstrip("#").strip()))
    for tail in (_GLUED_STAMP, _TRAILING_CREDIT, _TRAILING_TIME_STAMP):
        found = tail.search(line)
        if found and found.start() > 0:
            line = line[:found.start()].rstrip()
    if len(line) > TITLE_MAX_CHARS:
        sentence_end = first_sentence_end(line)
        if sentence_end is not None:
            line = line[:sentence_end]
    return clean_title(line, title_length(line, TITLE_MAX_CHARS))


def _line(lines: list[str], at: int) -> str:
    """The line `at`, or none above the first."""
    return lines[at] if at >= 0 else ""


_LIST_MARK = re.compile(r"^[-–•*·▪►]\s+(?=\S)")
"""A list's mark before its first point."""


def clean_title(title: str, max_chars: int = TITLE_MAX_CHARS) -> str:
    """Collapse whitespace, undo stray backslash escapes, trim at a word boundary past
    `max_chars` (a title given as one, a `title:` header or a page's, is kept whole up to
    GIVEN_TITLE_MAX_CHARS: cut at 100, a long headline came out cut in every export)."""
    title = " ".join(_ESCAPED_QUOTE.sub(r"\1", title).split())
    if len(title) <= max_chars:
        return title
    cut = title.rfind(" ", 0, max_chars)
    cut = cut if cut > max_chars // 2 else max_chars
    kept = title[:cut].rstrip(" ,;:-–—")
    # (cut right after a sentence's end: that sentence whole, "... picked up.", not "up.…")
    return kept if kept.endswith((".", "!", "?")) and cut < len(title) else kept + "…"
