"""A site's breadcrumb trail on a saved news page: "Home > News > World", "Início » Política »".

Pure functions of one line (`viewer.loading.page_furniture` drops a trail standing alone or before
the headline it opens). A trail is told from a headline's own "Inflation > 5%" by its crumbs: each
capitalised, one to three words, and two separators or more, or the first the site's front page.
"""

from __future__ import annotations

import re

from viewer.unspaced_scripts import has_unspaced_character

_CRUMB = r"[\w&'’.・·-]+(?: [\w&'’.・·-]+){0,2}"
_SEPARATOR = r" (?:»|>>|>|›|＞)"
_SEPARATOR_MARK = re.compile(_SEPARATOR)
BREADCRUMBS = re.compile(rf"(?:{_CRUMB}{_SEPARATOR} )+")
"""A site's breadcrumb trail before a saved page's headline, "Início » ", "Home > News > ": one
to three words (letters, digits, "&", "'", "-", a Japanese "・": "総務省トップ > 広報・報道 > ")
before each separator, spaced on both sides (a French quotation's "« ... »" holds its opening
mark; "Costa: a > b" a colon)."""
_TRAIL_LINE = re.compile(rf"{_CRUMB}(?:{_SEPARATOR} {_CRUMB})*(?:{_SEPARATOR})?")
HOME_CRUMBS = frozenset(("home", "início", "inicio", "accueil", "startseite", "start",
                         "portada", "home page", "homepage", "voorpagina", "forside", "etusivu",
                         "strona główna", "главная", "ana sayfa", "anasayfa"))
"""What a trail's first crumb says where it is the site's front page."""


def is_trail(text: str) -> bool:
    """Whether `text` (crumbs and separators) reads as a trail rather than a headline's words
    ("Inflation > 5%", "PSD > PS nas sondagens"): every crumb capitalised, and two separators
    or more, or the first crumb the front page ("Início »")."""
    parts = _SEPARATOR_MARK.split(text)
    separators = len(parts) - 1
    crumbs = [crumb.strip() for crumb in parts if crumb.strip()]
    return bool(crumbs) and all(crumb[0].isupper() or has_unspaced_character(crumb[0])
                                for crumb in crumbs) and (
        separators >= 2 or (separators >= 1 and crumbs[0].lower() in HOME_CRUMBS))


def is_trail_line(line: str) -> bool:
    """Whether the whole line is a breadcrumb trail ("Home > News", "Início » Política »"): it
    ends with a separator or a crumb of one word (a headline after a trail has more: "Sport ›
    Football › Ronaldo retires")."""
    if _TRAIL_LINE.fullmatch(line) is None or not is_trail(line):
        return False
    last = _SEPARATOR_MARK.split(line)[-1].strip()
    return not last or " " not in last
