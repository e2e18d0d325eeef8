"""A quote another tool copied from a web page, found in an article's text despite spacing and
punctuation the page wrote differently.

A browser tool quotes the page's text as the page has it: line breaks and indentation of the
HTML source (or single spaces where the article file wraps its lines), no-break spaces, curly
quotation marks and dashes where the article file has plain spaces and straight marks (or the
other way round), no space at all where two paragraphs meet ("casualties.The US": the page's
paragraphs hold no whitespace between them), or a French quotation's spaces inside its marks left
out ('"aucune victime"' for "« aucune victime »"); and a quote copied on macOS or from a PDF may
spell its accented letters decomposed (NFD). `loose_pattern` matches any run of whitespace for
any run of whitespace, any single or double quotation mark, apostrophe or dash for any other of
its kind, spacing or none after punctuation and inside quotation marks, and the quote in its
composed form (NFC, as web text is written) and decomposed (NFD, as an article file copied from
a PDF may be); nothing else is loosened (a word that differs is a different quote, which is
fuzzy matching's job). No Qt.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

_SINGLE = "'\u2018\u2019\u201a\u201b\u02bc\u2032"
_DOUBLE = "\"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_CLASSES = {char: f"[{re.escape(group)}]" for group in (_SINGLE, _DOUBLE, _DASH)
            for char in group}


@lru_cache(maxsize=4096)
def loose_pattern(exact: str) -> re.Pattern[str] | None:
    """A pattern for `exact` with spacing and quotation marks loosened; None when loosening
    changes nothing (one word, no quotation mark: the exact search has already answered). A
    quote with plain single spaces is loosened too: the article file may wrap its lines where
    the page (and so the quote) had spaces. The quote as written and in its composed (NFC) and
    decomposed (NFD) forms are looked for: the article may be written either way."""
    forms = _forms(exact)
    words = exact.split()
    if not words:
        return None
    if (len(forms) == 1 and len(words) == 1 and words[0] == exact
            and not any(char in _CLASSES or char in _PUNCTUATION for char in exact)):
        return None
    return re.compile("|".join(f"(?:{_loosened(form)})" for form in forms))


def _forms(exact: str) -> tuple[str, ...]:
    """`exact`, and its composed (NFC) and decomposed (NFD) forms where they differ: a quote
    copied from a web page is composed where the article file may be decomposed (copied from a
    PDF or on macOS), which orphaned it though the other way round was found (an interop
    tester's report)."""
    return tuple(dict.fromkeys((exact, unicodedata.normalize("NFC", exact),
                                unicodedata.normalize("NFD", exact))))


_PUNCTUATION = ".!?:;,"
"""After these, and beside a quotation mark, the text may have spacing where the quote has none,
or none where it has some ("casualties.The" for "casualties.\n\nThe", "« aucune victime »" for
'"aucune victime"')."""


def _loosened(quote: str) -> str:
    """A quote's words as one pattern: any run of whitespace between words, or none after
    punctuation or beside a quotation mark (`_loosened_word` within words)."""
    words = quote.split()
    parts = [_loosened_word(words[0])]
    for before, word in pairwise(words):
        loose = (before[-1] in _PUNCTUATION or before[-1] in _CLASSES or word[0] in _CLASSES)
        parts.append(r"\s*" if loose else r"\s+")
        parts.append(_loosened_word(word))
    return "".join(parts)


def _loosened_word(word: str) -> str:
    """One word of a quote as a pattern: its quotation marks and dashes any of their kind, and
    spacing allowed after its punctuation and between a mark and a letter."""
    parts: list[str] = []
    for position, char in enumerate(word):
        if position and (word[position - 1] in _PUNCTUATION or char in _CLASSES
                         or word[position - 1] in _CLASSES):
            parts.append(r"\s*")
        parts.append(_CLASSES.get(char) or re.escape(char))
    return "".join(parts)


def loosely_in(exact: str, text: str) -> bool:
    """`exact` is in `text`, exactly or loosely."""
    if exact in text:
        return True
    pattern = loose_pattern(exact)
    # The quote's longest pieces that loosening leaves as they are must be there as written
    # (in one of its forms): substring tests rule out nearly every article before the pattern
    # runs.
    return pattern is not None and any(
        all(piece in text for piece in _fixed_pieces(form)) for form in _forms(exact)) \
        and pattern.search(text) is not None


@lru_cache(maxsize=4096)
def _fixed_pieces(exact: str) -> tuple[str, ...]:
    """The three longest pieces of `exact` between loosened characters."""
    return tuple(sorted(_LOOSENED.split(exact), key=len, reverse=True)[:3])


_LOOSENED = re.compile(f"[\\s{re.escape(''.join(_CLASSES) + _PUNCTUATION)}]+")


def loosely_around(text: str, start: int, end: int, prefix: str, suffix: str) -> bool:
    """Whether a tool's stored `prefix` and `suffix` stand around `text[start:end]` but for
    spacing, quotation marks and dashes: compared without any whitespace or quotation mark
    (a line break the page wrote as a space, two paragraphs run together, straight marks for
    curly ones, an opening mark the page did not have), the dashes and accents as
    `loose_pattern` reads them. Both empty: False (no context to tell by)."""
    wanted_before, wanted_after = _bare(prefix), _bare(suffix)
    if not wanted_before and not wanted_after:
        return False
    # (the text's side read wider: whitespace and marks left out, it must still hold as many
    # characters as the stored context)
    before = _bare(text[max(0, start - 2 * len(prefix) - _SLACK) : start])
    after = _bare(text[end : end + 2 * len(suffix) + _SLACK])
    return before.endswith(wanted_before) and after.startswith(wanted_after)


_SLACK = 16
"""Characters read beyond twice the stored context's length (whitespace and marks the text
has where the context has none)."""
_BARE_DROPPED = re.compile(f"[\\s{re.escape(_SINGLE + _DOUBLE)}]+")


def _bare(text: str) -> str:
    """`text` composed (NFC), without whitespace and quotation marks, its dashes one dash."""
    bare = _BARE_DROPPED.sub("", unicodedata.normalize("NFC", text))
    return bare.translate(_ONE_DASH)


_ONE_DASH = str.maketrans({char: "-" for char in _DASH})
