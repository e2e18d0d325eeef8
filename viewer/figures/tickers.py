"""Price tickers: page furniture that gives a price, not an amount of money the story tells.

A saved page keeps its site's ticker of prices above or beside the story: a line naming an asset
or a currency and the next line its price ("Bitcoin" then "59,583 $", "• BTC" then
"75367.459$"), or both on one line with a slash or colon between ("Bitcoin: 59,583 $", "BTC /
75367.459$"). Read as money, each price became a row "amount (USD, purpose not read)" that no
outlet's story gave. So an amount is a ticker's price when its line holds nothing else but
bullets and its change ("+1.2%"), and its label -- on the line before, or before a slash or colon
on its own line -- is a few words and no sentence. A label that says what the amount is for (a
purpose noun: "Fine: £25m" in a fact box) is no ticker's, and the amount is kept. No Qt.
"""

from __future__ import annotations

import re

from viewer.figures.money_purposes import PURPOSES, PURPOSES_ABROAD

LABEL_WORDS_MAX = 3
"""Words a ticker's label has at most ("Bitcoin", "S&P 500", "Brent crude oil"): more are text."""
_BULLETS = r"[\s•·▪►▸*|–-]*"
_LABEL = (r"(?P<label>[^\W\d_][\w.&'’/-]*(?:[ \t]+[\w.&'’/-]+){0,"
          + str(LABEL_WORDS_MAX - 1) + r"})")
_LABEL_LINE = re.compile(_BULLETS + _LABEL + r"\s*[/:|]?\s*")
"""A line that is a label alone, the price on the next line ("Bitcoin", "• BTC")."""
_LABEL_BEFORE = re.compile(_BULLETS + _LABEL + r"\s*[/:|]\s*")
"""A label and its slash or colon before the price on one line ("Bitcoin: ", "BTC / ")."""
_NOTHING_BEFORE = re.compile(_BULLETS)
_CHANGE_AFTER = re.compile(
    r"\s*(?:[(]?\s*[+\-−–▲▼]?\s*\d+(?:[.,]\d+)?\s*%?\s*[)]?)?\s*")
"""What may follow a ticker's price: its change, "+1.2%", "(-0.4%)", "▲ 120", or nothing."""
_WORD = re.compile(r"[^\W\d_]+")


def is_ticker_price(line: str, start: int, end: int, line_before: str) -> bool:
    """Whether the amount at `start:end` of `line` is a ticker's price (module docstring);
    `line_before` is the text's line right before `line` ("" for none)."""
    if _CHANGE_AFTER.fullmatch(line, end) is None:
        return False  # (words after the price: a sentence, or a fact box's note)
    lead = line[:start]
    if _NOTHING_BEFORE.fullmatch(lead) is not None:
        label = _LABEL_LINE.fullmatch(line_before)
    else:
        label = _LABEL_BEFORE.fullmatch(lead)
    return label is not None and not _names_a_purpose(label.group("label"))


def _names_a_purpose(label: str) -> bool:
    """Whether a label says what its amount is for ("Fine", "Settlement", "Multa")."""
    return any(word.lower() in PURPOSES or word.lower() in PURPOSES_ABROAD
               for word in _WORD.findall(label))
