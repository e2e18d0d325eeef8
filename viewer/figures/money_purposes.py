"""What an amount of money is for, read from its sentence: "a $787.5 million settlement",
"sought $1.6 billion in damages", "a fine of £40m", "fined the bank £40m", "bail was set at $1m".

Returns the purpose (a name shared by synonyms: "lawsuit", "suit" and "damages" are the damages
a party claims; "penalty" and "fine" one fine) and, apart, whether the amount is *sought*:
"sought $1.6 billion in damages" and "a $1.6 billion lawsuit" are a claim, which a settlement
or damages paid never contradict ("had to pay $787 million damages" is damages paid). Read in
this order, the nearest words first:

1. a purpose noun after the amount, with at most a few modifiers between ("$787.5 million
   defamation settlement", "$787 million damages"), or after "in", "as", "for" ("$1.6 billion
   in damages", "$10,000 as compensation"), or "to settle" after it;
2. a purpose noun before it, linked by "of", "worth", "at", "was", "totalling", a colon ("a
   fine of £40m", "the settlement, worth $787.5m", "bail was set at $1m");
3. a verb before it in its clause that says what money it is ("fined the bank £40m", "settled
   the case for $787.5m", "sued Acme for $1.6bn", "sold for $44bn", "cost $5bn", "lost $3m").

An amount none of these names is for nothing this module can tell: `money_rows` keeps it
apart (a false "disagree" is worse than a missing row). An amount for each unit ("$15 an
hour", "$15/hr", "$80 a barrel") is named by its unit too: a wage per hour is not a year's salary.
English words, and a few nouns of the other languages right before "de", "di", "von" ("una
multa de 5.400 euros"). No Qt.
"""

from __future__ import annotations

import re

SOUGHT = "sought"
"""The outcome of an amount claimed, not paid ("sought $1.6 billion in damages")."""
_PURPOSE_WORDS = {
    "settlement": "settlement settlements",
    "payout": "payout payouts",
    "deal": "deal deals agreement acquisition takeover buyout merger purchase",
    "damages": "damages lawsuit lawsuits suit claim",
    "fine": "fine fines penalty penalties",
    "compensation": "compensation reparations restitution ex-gratia",
    "refund": "refund refunds credit credits rebate rebates",
    "limit": "limit threshold cap ceiling maximum",
    "bail": "bail",
    "budget": "budget budgets",
    "price": "price prices",
    "valuation": "valuation",
    "salary": "salary salaries wage wages paycheck",
    "loss": "loss losses",
    "ransom": "ransom",
    "bonus": "bonus bonuses",
    "aid": "aid assistance relief",
    "funding": "funding grant grants investment investments financing",
    "cost": "cost costs",
    "bill": "bill",
    "contract": "contract contracts",
    "fee": "fee fees",
    "tax": "tax taxes",
    "revenue": "revenue revenues sales turnover",
    "profit": "profit profits earnings income",
    "debt": "debt debts",
    "loan": "loan loans",
    "bailout": "bailout",
    "reward": "reward",
    "prize": "prize jackpot",
    "donation": "donation donations",
    "package": "package stimulus",
    "spending": "spending expenditure",
    "subsidy": "subsidy subsidies",
    "pension": "pension pensions",
    "bribe": "bribe bribes kickback kickbacks",
    "fraud": "fraud scam theft heist embezzlement",
    "fortune": "fortune wealth",
    "award": "award verdict judgment judgement",
    "bid": "bid offer",
    "rent": "rent",
}
_PURPOSE_WORDS_ABROAD = {  # Spanish, Portuguese, French, Italian, German: nouns before "de"
    "fine": "multa multas amende amendes ammenda sanzione geldstrafe strafe bußgeld",
    "compensation": "indemnización indemnizacion indemnização indemnisation indennizzo "
                    "risarcimento entschädigung schadensersatz compensación compensação "
                    "compensazione",
    "donation": "donación donacion doação donazione spende",
    "budget": "presupuesto orçamento bilancio haushalt",
    "cost": "costo coste custo coût costi kosten",
    "ransom": "rescate resgate rançon riscatto lösegeld",
    "bail": "fianza fiança caution cauzione kaution",
    "loss": "pérdidas perdas pertes perdite verluste préjudice",
    "settlement": "acuerdo accord accordo vergleich",
    "damages": "daños dommages danni",
}
"""What amounts of the other languages are for, read only before the amount with "de", "d'",
"di", "von" between ("una multa de 5.400 euros", "un préjudice de 12 millions d'euros")."""
PURPOSES = {word: purpose for purpose, words in _PURPOSE_WORDS.items()
            for word in words.split()}
"""A purpose noun (lower case) -> the purpose it names."""
_CLAIMS = frozenset(["lawsuit", "lawsuits", "suit", "claim"])
"""Purpose nouns that are a claim: their amount is sought."""
_FUNCTION_WORDS = frozenset([
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "and", "or", "but",
    "that", "which", "who", "the", "a", "an", "this", "its", "his", "her", "their", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "after",
    "before", "over", "than", "as", "if", "it", "they", "he", "she", "we", "against", "per",
])
_DETERMINERS = frozenset(["a", "an", "the", "its", "his", "her", "their", "our", "this"])
_LEADS = frozenset(["in", "as", "for"])
"""Words after an amount that lead to what it is: "$1.6 billion in damages", "as bail"."""
MODIFIERS_MAX = 3
"""Words between an amount and its purpose noun at most ("$1.6bn defamation lawsuit")."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")
_UNIT_ABBREVIATIONS = {"hr": "hour", "hrs": "hour", "wk": "week", "mo": "month", "mth": "month",
                       "yr": "year"}
"""A rate's unit as written short ("$15/hr", "$50,000/yr") -> its name."""
_RATE = re.compile(
    # (a slash is "per" too: "$15/hour" is a wage per hour, as "$15 an hour" is)
    r"(?:[\s-]*(?:per|a|an|each|every)[\s-]+|\s*/\s*)(?P<unit>hour|day|week|month|year|share|"
    r"barrel|person|head|game|match|season|"
    r"ton|tonne|litre|liter|gallon|kilo|kilogram|night|ticket|dose|vote|visit|"
    + "|".join(_UNIT_ABBREVIATIONS) + r")\b",
    re.IGNORECASE)
_LINK = (r"(?:of|worth|at|was|is|were|are|will\s+be|would\s+be|totall?ing|totall?ed|"
         r"amounting\s+to|amounted\s+to|valued\s+at|set\s+at|came\s+to|stood\s+at|reached|"
         r"for|stands\s+at|:)")
_NOUN_BEFORE = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(PURPOSES, key=len, reverse=True)) + r")\b,?"
    r"(?:\s+(?!(?:and|but|or|that|which|after|before)\b)[\w'’-]+){0,3}?,?\s+" + _LINK
    + r"(?:\s+(?:a|an|the|some|about|around|nearly|over|up\s+to))?\s*$",
    re.IGNORECASE)
PURPOSES_ABROAD = {word: purpose for purpose, words in _PURPOSE_WORDS_ABROAD.items()
                   for word in words.split()}
_NOUN_BEFORE_ABROAD = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(PURPOSES_ABROAD, key=len, reverse=True)) + r")"
    r"\s+(?:de|d['’]|di|del|della|von|der|des|du|in\s+höhe\s+von)\s*$", re.IGNORECASE)
_CLAUSE_WORDS = r"(?:[^,;:.!?\"“”()]{0,60}?\s)?"
_VERBS: tuple[tuple[re.Pattern[str], str | None, bool], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), purpose, sought) for pattern, purpose, sought in (
        # ("allow clubs to lose a maximum £105million": the limit, not a loss)
        (r"\b(?:a\s+)?(?:maximum|minimum|limit|cap)\s+(?:of\s+)?$", "limit", False),
        (r"\b(?:fined|fines|fining)\s+" + _CLAUSE_WORDS + "$", "fine", False),
        (r"\b(?:settled?|settles|settling)\b" + _CLAUSE_WORDS + r"for\s+$", "settlement", False),
        (r"\b(?:sued|sues|sue|suing)\b" + _CLAUSE_WORDS + r"for\s+$", "damages", True),
        (r"\b(?:sold|sell|sells|selling|bought|buy|buys|buying|acquired|acquire|acquires|"
         r"acquiring|purchased)\b" + _CLAUSE_WORDS + r"for\s+$", "price", False),
        (r"\bpriced\s+at\s+$", "price", False),
        (r"\b(?:cost|costs|costing)\s+(?:[\w'’-]+\s+){0,2}$", "cost", False),
        (r"\b(?:lost|lose|loses|losing)\s+(?:[\w'’-]+\s+){0,2}$", "loss", False),
        (r"\b(?:raised|raises|raising)\s+$", "funding", False),
        (r"\b(?:donated|donates|donating)\s+(?:[\w'’-]+\s+){0,2}$", "donation", False),
        (r"\b(?:spent|spend|spends|spending)\s+(?:[\w'’-]+\s+){0,2}$", "spending", False),
        (r"\b(?:sought|seek|seeks|seeking|demanded|demanding|demands|claimed|claiming|"
         r"claims|asked\s+for|asking\s+for)\s+(?:[\w'’-]+\s+){0,3}$", None, True),
        (r"\bawarded\s+(?:[\w'’-]+\s+){0,3}$", "award", False),
    ))


def purpose_of(sentence: str, start: int, end: int) -> tuple[str | None, bool]:
    """What the amount at `start:end` of `sentence` is for (`start` before its qualifier), or
    None, and whether it is sought (module docstring)."""
    rate = _RATE.match(sentence, end)
    after_end = rate.end() if rate else end
    noun = _noun_after(sentence, after_end)
    before = sentence[max(0, start - 120):start]
    verb = next(((purpose, sought) for pattern, purpose, sought in _VERBS
                 if pattern.search(before)), None)
    governs_for = verb is not None and verb[0] is not None and re.search(r"\bfor\s+$", before)
    if noun is None and not governs_for:
        # (a verb that governs the "for" before the amount comes first: in "Settles Globex
        # Suit for $787 Million" the suit is what is settled, the amount the settlement)
        linked = _NOUN_BEFORE.search(before)
        noun = linked.group("noun").lower() if linked else None
        abroad = _NOUN_BEFORE_ABROAD.search(before) if noun is None else None
        if abroad is not None:
            return PURPOSES_ABROAD[abroad.group("noun").lower()], False
    purpose = PURPOSES[noun] if noun else (verb[0] if verb else None)
    sought = noun in _CLAIMS or (verb is not None and verb[1])
    if rate is not None:
        unit = rate.group("unit").lower()
        purpose = f"{purpose or 'amount'} per {_UNIT_ABBREVIATIONS.get(unit, unit)}"
    return purpose, sought


def _noun_after(sentence: str, end: int) -> str | None:
    """The purpose noun the words after an amount name (module docstring, 1), lower case."""
    words = [match.group() for match in _WORD.finditer(sentence, end, end + 80)]
    if words[:2] and words[0].lower() == "to" and words[1].lower() in ("settle", "resolve"):
        return "settlement"  # "agreed to pay $787.5 million to settle the case"
    led = bool(words) and words[0].lower() in _LEADS
    modifiers = 0
    for word in words[1:] if led else words:
        lower = word.lower()
        if lower in PURPOSES:
            return lower
        if led and (lower in _DETERMINERS or lower in ("part", "of")):
            continue  # "$787.5 million as part of a settlement"
        if not word[0].isalpha() or lower in _FUNCTION_WORDS or modifiers == MODIFIERS_MAX:
            return None
        modifiers += 1
    return None
