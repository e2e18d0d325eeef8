"""Whether an article is the web page an annotation tool names by its title.

Hypothesis records the annotated page's title (`document.title`, as the browser tab showed it:
the headline, often with the site's name after " | " or " - ", or before it). When an
annotation's quote fits several articles equally -- one wire story carried by several outlets --
and its URL names none of them (a redirect, a mobile or AMP address), the page title can still
tell which outlet it was: `title_fits` compares it with the article's title, ignoring case,
spacing and quotation-mark style, and a site name joined by a separator. Pure; no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " : ", ": ", " \u00b7 ", " :: ", " / ")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u00a0": " "})
_SPACES = re.compile(r"\s+")
MIN_TITLE_WORDS = 3
"""An article title of fewer words ("Live updates", "Home") says too little to choose an outlet
by."""


def _normal(title: str) -> str:
    return _SPACES.sub(" ", title.translate(_QUOTES)).strip().casefold()


def title_fits(article_title: str, page_titles: Iterable[str]) -> bool:
    """`article_title` is one of `page_titles`, alone or with a site name joined to it."""
    wanted = _normal(article_title)
    if len(wanted.split()) < MIN_TITLE_WORDS:
        return False
    for page in page_titles:
        shown = _normal(page)
        if shown == wanted:
            return True
        for separator in _SEPARATORS:
            if shown.startswith(wanted + separator) or shown.endswith(separator + wanted):
                return True
    return False
