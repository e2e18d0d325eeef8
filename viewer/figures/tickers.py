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


_ASSET_WORDS = """
bitcoin btc ethereum eth ether crypto solana sol xrp dogecoin doge litecoin ltc tether usdt gold
silver platinum copper oil brent wti crude gas dow nasdaq s&p ftse dax cac nikkei hang seng
sensex nifty bist borsa ibex stoxx kospi asx tsx bovespa index dollar euro pound yen yuan
rouble ruble lira rupee dolar dólar peso franc"""
_ASSETS = frozenset(_ASSET_WORDS.split())
"""What a ticker prices: coins, metals, oil, indices, currencies."""
_PAIR = re.compile(r"[A-Z]{3}\s*/\s*[A-Z]{3}|[A-Z]{2,5}")
"""A currency pair ("EUR/USD") or a symbol in capitals ("BTC", "XAU")."""


def is_ticker_price(line: str, start: int, end: int, line_before: str) -> bool:
    """Whether the amount at `start:end` of `line` is a ticker's price (module docstring);
    `line_before` is the text's line right before `line` ("" for none): labelled by what a
    ticker prices (a coin, a metal, an index, a currency, a symbol in capitals), or followed by
    its change. A fact box's "Total: $4.5 million" or "Box office" line is an amount (a review:
    any short label made it a ticker's)."""
    after = _CHANGE_AFTER.fullmatch(line, end)
    if after is None:
        return False  # (words after the price: a sentence, or a fact box's note)
    lead = line[:start]
    if _NOTHING_BEFORE.fullmatch(lead) is not None:
        label = _LABEL_LINE.fullmatch(line_before)
    else:
        label = _LABEL_BEFORE.fullmatch(lead)
    if label is None or _names_a_purpose(label.group("label")):
        return False
    text = label.group("label").strip()
    priced = _PAIR.fullmatch(text) is not None or any(
        word.lower() in _ASSETS for word in _WORD.findall(text))
    return priced or any(ch.isdigit() for ch in line[end:])


def _names_a_purpose(label: str) -> bool:
    """Whether a label says what its amount is for ("Fine", "Settlement", "Multa")."""
    return any(word.lower() in PURPOSES or word.lower() in PURPOSES_ABROAD
               for word in _WORD.findall(label))
