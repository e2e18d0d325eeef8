"""Amounts of money in one article as figures: each with its currency, qualifier, source and
what it is for.

Glue, as `extraction` is for counts: the amounts (`money`) with their qualifier (`qualifiers`:
"nearly $800 million", "more than £40m", "up to $5m"), the source their sentence names
(`attribution`, as for counts), and their purpose (`money_purposes`; in Chinese, Japanese and
Korean the purpose word next to the amount, `EAST_ASIAN_PURPOSES`). An amount is a `Mention`
whose `currency` is set and whose thing is its purpose ("settlement"; "amount" where none is
read), its outcome `SOUGHT` where it is claimed rather than paid. An amount in brackets right
after one in another currency is its conversion: of that amount's purpose, and approximate
(outlets convert at their own rates). A ticker's price in the page's furniture ("Bitcoin" then
"59,583 $") is no amount (`tickers`). Offsets are code points into the article text. No Qt.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from viewer.figures.attribution import attribution, needs_antecedent
from viewer.figures.east_asian import is_east_asian
from viewer.figures.extraction import SENTENCE_REACH, Mention
from viewer.figures.money import Amount, find_amounts
from viewer.figures.money_purposes import SOUGHT, purpose_of
from viewer.figures.qualifiers import qualifier_after, qualifier_before
from viewer.figures.sentences import ArticleReader, containing, is_english
from viewer.figures.things import Thing
from viewer.figures.tickers import is_ticker_price
from viewer.figures.values import Kind, Value

UNREAD_PURPOSE = "amount"
"""The thing of an amount whose purpose its sentence does not say."""
MONEY_LEMMA = "money: "
"""Leads a money thing's lemma, so that no counted noun's rules ("fine" is no verdict's count)
read it."""
EAST_ASIAN_PURPOSES = {
    "和解金": "settlement", "和解": "settlement", "赔偿": "compensation", "賠償": "compensation",
    "罚款": "fine", "罰金": "fine", "制裁金": "fine", "罚金": "fine", "保释金": "bail",
    "保釈金": "bail", "预算": "budget", "予算": "budget", "身代金": "ransom", "赎金": "ransom",
    "合意金": "settlement", "합의금": "settlement", "배상금": "compensation", "벌금": "fine",
    "과징금": "fine", "보석금": "bail", "예산": "budget", "몸값": "ransom", "損害賠償": "damages",
    "손해배상": "damages",
}
"""Purpose words of Chinese, Japanese and Korean, read right before or after an amount."""
_EAST_ASIAN_REACH = 8
"""Characters before or after an amount its purpose word may stand in ("和解金7億8750万ドル",
"7억8750만 달러의 합의금")."""
_EAST_ASIAN_PURPOSE = re.compile(
    "|".join(sorted(EAST_ASIAN_PURPOSES, key=len, reverse=True)))


def money_mentions(document: str, text: str, body_start: int = 0) -> list[Mention]:
    """Every amount of money in `text[body_start:]` (the article `document`), in text order."""
    mentions: list[Mention] = []
    reader = ArticleReader(text, body_start)
    for index, (paragraph_start, paragraph) in enumerate(reader.paragraphs):
        amounts = find_amounts(paragraph, partial(_not_english, paragraph))
        if not amounts:
            continue
        spans = reader.sentences(index)
        previous: tuple[Amount, Mention] | None = None
        line_before = _line_before(text, paragraph_start)
        for amount in amounts:
            if is_ticker_price(paragraph, amount.start, amount.end, line_before):
                continue  # (page furniture: "Bitcoin" then "59,583 $")
            sentence_start, sentence_end = containing(spans, amount.start)
            sentence_start = max(sentence_start, amount.start - SENTENCE_REACH)
            sentence_end = min(sentence_end, amount.end + SENTENCE_REACH)
            sentence = paragraph[sentence_start:sentence_end]
            mention = _mention(document, text, reader, index, paragraph_start + sentence_start,
                               sentence, amount.start - sentence_start, amount)
            if previous is not None and _converts(paragraph, previous[0], amount):
                mention = _conversion(mention, previous[1])
            mentions.append(mention)
            previous = amount, mention
    return mentions


def _line_before(text: str, line_start: int) -> str:
    """The line of `text` right before the one at `line_start` ("" for the first)."""
    if line_start == 0:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]


_CONVERSION_BETWEEN = re.compile(
    r"\s*[(（]\s*(?:about|around|roughly|approximately|some|approx\.?|circa|env\.|environ|"
    r"unos|cerca\s+de|etwa|rund|circa|約|约|약)?\s*")


def _converts(paragraph: str, first: Amount, second: Amount) -> bool:
    """Whether `second` is `first` converted: in brackets right after it, in another currency
    ("20 million euros ($21.7 million)", "300万ドル（約4億5000万円）")."""
    return first.currency != second.currency and _CONVERSION_BETWEEN.fullmatch(
        paragraph, first.end, second.start) is not None


def _conversion(mention: Mention, converted: Mention) -> Mention:
    """A conversion is of what the amount it converts is for, and approximate: each outlet
    converts at its own rate and rounds its own way ("$21.7 million", "$22 million" of one
    fine of 20 million euros)."""
    value = mention.value
    if value.kind == "exact":
        value = replace(value, kind="approx")
    return replace(mention, value=value, thing=converted.thing, outcome=converted.outcome)


def _not_english(paragraph: str) -> bool:
    """Whether a paragraph writes numbers as the other languages do ("1,2 Mio."): asked only
    of a number that could be read either way."""
    return not is_english(paragraph)


def _mention(document: str, text: str, reader: ArticleReader, index: int, offset: int,
             sentence: str, local_start: int, amount: Amount) -> Mention:
    """The mention of `amount`, which starts at `local_start` of `sentence`, itself at
    `offset` of the text."""
    local_end = local_start + (amount.end - amount.start)
    before = qualifier_before(sentence, local_start)
    after = qualifier_after(sentence, local_end)
    kind: Kind = "range" if amount.high is not None else (
        after[0] if after else (before[0] if before else "exact"))
    start = before[1] if before and not after and amount.high is None else local_start
    end = after[1] if after and amount.high is None else local_end
    if is_east_asian(sentence):
        purpose, sought = _east_asian_purpose(sentence, local_start, local_end), False
    else:
        purpose, sought = purpose_of(sentence, start, end)
    source = attribution(sentence, start, end)
    if source is not None and needs_antecedent(source):
        source = reader.antecedent(index, offset - reader.paragraphs[index][0])
    thing_name = purpose or UNREAD_PURPOSE
    value = Value(kind, amount.number, amount.high, precision=amount.precision)
    return Mention(document, offset + start, offset + end, text[offset + start:offset + end],
                   value, Thing(thing_name, MONEY_LEMMA + thing_name), SOUGHT if sought else None,
                   source, currency=amount.currency)


def _east_asian_purpose(sentence: str, start: int, end: int) -> str | None:
    """The purpose word nearest the amount at `start:end`, within _EAST_ASIAN_REACH characters
    after it ("の和解金") or before it ("罚款500万元"); None where there is none."""
    after = _EAST_ASIAN_PURPOSE.search(sentence, end, end + _EAST_ASIAN_REACH)
    if after is not None:
        return EAST_ASIAN_PURPOSES[after.group()]
    found = list(_EAST_ASIAN_PURPOSE.finditer(sentence, max(0, start - _EAST_ASIAN_REACH),
                                              start))
    return EAST_ASIAN_PURPOSES[found[-1].group()] if found else None
