"""Which amounts of money are one row (the same currency, the same purpose, one event), and
how a row and an amount are named.

An amount in another currency is another row, never a disagreement: "about €720 million" beside
"$787.5 million" is a conversion. A "$" that does not say whose dollar (`money.BARE_DOLLAR`) is
the US dollar where the event's amounts name no other dollar ("A$", "C$", "HK$" ...); where they
do, it stays a row of its own, as a "US$" does ("$1.2 billion" in a Canadian outlet and
"US$900 million" in another are one sum in two currencies). An amount whose purpose its
sentence does not say (`money_mentions.UNREAD_PURPOSE`) joins only amounts of that same value:
merged into another's row it could make a false "disagree", which is worse than a missing row,
and amounts alike cannot disagree. Amounts of one purpose far apart in size are of different
things, rows apart (`AMOUNT_REACH`). No Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from viewer.figures.extraction import Mention
from viewer.figures.money import BARE_DOLLAR, DOLLARS
from viewer.figures.money_mentions import UNREAD_PURPOSE
from viewer.figures.values import Value

RowKey = tuple[str, str | None, str | None, str | None]
"""What makes a row: the thing's kind, the outcome, the currency (None for a count) and, for
an amount of unread purpose, its value (else None)."""
US_DOLLAR = "USD"


def row_keys(mentions: Sequence[Mention]) -> list[RowKey]:
    """Each of one event's `mentions`' row key (module docstring); a count's is its thing's
    kind and outcome."""
    other_dollars = {mention.currency for mention in mentions
                     if mention.currency in DOLLARS} - {BARE_DOLLAR, US_DOLLAR}
    keys: list[RowKey] = []
    for mention in mentions:
        currency = mention.currency
        if currency == BARE_DOLLAR and not other_dollars:
            currency = US_DOLLAR
        apart = None
        if currency is not None and mention.thing.kind == UNREAD_PURPOSE:
            apart = repr(sorted(mention.value.to_json().items()))
        keys.append((mention.thing.kind, mention.outcome, currency, apart))
    return keys


AMOUNT_REACH = 1.5
"""Amounts of one purpose and currency more than this factor apart are taken to be of different
things (another club's fine, another suit's damages, a year's budget beside a month's): an
outlet that misprints an amount gets a digit or a rounding wrong, seldom half of it. They are
rows apart, never a disagreement ("$1.6 billion" sought by one plaintiff, "$2.7 billion" by
another; "£25m" and "£49m" fines of two clubs)."""


def split_by_amount(members: Sequence[Mention]) -> list[list[Mention]]:
    """`members` (one row's amounts) in parts whose amounts are each within AMOUNT_REACH of the
    next larger, smallest first; one part where none is that far from the next."""
    ordered = sorted(members, key=lambda mention: mention.value.number)
    parts: list[list[Mention]] = []
    for mention in ordered:
        if parts and mention.value.number <= AMOUNT_REACH * parts[-1][-1].value.number:
            parts[-1].append(mention)
        else:
            parts.append([mention])
    return parts


def money_name(purpose: str, outcome: str | None, currency: str, unread: bool) -> str:
    """A money row's name: "settlement (USD)", "damages sought (USD)", "amount (EUR, purpose
    not read)"."""
    name = f"{purpose} {outcome}" if outcome else purpose
    return f"{name} ({currency}, purpose not read)" if unread else f"{name} ({currency})"


_SCALE_NAMES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_INDIAN_SCALE_NAMES = ((1e7, "crore"), (1e5, "lakh"))
"""Rupees as Indian outlets write them: "Rs 10 lakh" read "INR 1 million" (a tester)."""
_COUNTED_IN_LAKH = frozenset(["INR", "BDT"])
"""Currencies whose outlets count in lakh and crore: India's rupee and Bangladesh's taka."""
_QUALIFIED = {"approx": "about {}", "more_than": "more than {}", "at_least": "at least {}",
              "less_than": "less than {}", "at_most": "at most {}"}


def describe_amount(value: Value, currency: str) -> str:
    """An amount as a reader writes it, to the digits it was given with: "$787.5 million",
    "USD 1.6 billion", "about EUR 720 million", "GBP 5-10 million", "INR 10 lakh" ("$" where
    the text does not say whose dollar; rupees and taka in lakh and crore, as their outlets
    count)."""
    lead = "$" if currency == BARE_DOLLAR else f"{currency} "
    high = value.high if value.kind == "range" else None
    top = high if high is not None else value.number
    names = _INDIAN_SCALE_NAMES if currency in _COUNTED_IN_LAKH else _SCALE_NAMES
    scale, word = next(((size, name) for size, name in names if top >= size), (1.0, ""))
    written = _digits(value.number, scale, value.precision)
    if high is not None:
        written += "-" + _digits(high, scale, value.precision)
    written = f"{lead}{written}" + (f" {word}" if word else "")
    return _QUALIFIED.get(value.kind, "{}").format(written)


def _digits(number: float, scale: float, precision: float | None) -> str:
    """`number` / `scale` with as many decimals as `precision` gives, grouped by thousands."""
    place = (precision or 1.0) / scale
    decimals = max(0, -math.floor(math.log10(place) + 1e-9)) if place < 1 else 0
    return f"{number / scale:,.{decimals}f}"


def value_text(mention: Mention) -> str:
    """A figure's value as the table shows it: an amount with its currency ("$787.5 million"),
    a count as it was ("more than 12")."""
    if mention.currency is None:
        return mention.value.describe()
    return describe_amount(mention.value, mention.currency)
