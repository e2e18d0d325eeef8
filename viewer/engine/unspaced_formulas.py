"""Formulas of apology and condolence in scripts without spaces: Japanese, Chinese, Korean.

Pure data and one look-up, for the evidence rules (`viewer.engine.evidence`). The vocabulary of
news formulas (`viewer.engine.reporting`) is of words, and a text without spaces has none to look
up: each character is a token. Companies and officials of two events apologise and condole in the
same set phrases ("誠に申し訳ございませんでした", "深くお詫び申し上げます", "深表歉意", "고인의
명복을 빕니다"), which two events' coverage then shares word for word. A match made of these
phrases alone says nothing about which statement it is, as "shocked and saddened" does not in
English.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.tokens import INITIAL_IDEOGRAPH, INITIAL_SYLLABIC, TokenisedCorpus

FORMULAS = (
    # Japanese: sorry, apologise, trouble caused, taken seriously, condolences
    "申し訳ございませんでした", "申し訳ございません", "申し訳ありませんでした", "申し訳ありません",
    "申し訳なく思っております", "お詫び申し上げます", "おわび申し上げます", "お詫びいたします",
    "おわびいたします", "ご迷惑をおかけし", "ご心配をおかけし", "ご心痛", "ご不安をおかけし",
    "重く受け止めて", "ご冥福をお祈り", "お悔やみ申し上げます", "心よりお見舞い申し上げます",
    "誠に", "本当に", "深く", "心より", "心から", "重ねて", "大変", "多大なる", "皆様", "皆さま",
    "おります", "しております", "いたします", "ました", "でした",
    # Chinese: deep apology, grief, condolences, sympathy
    "深表歉意", "深感歉意", "诚挚道歉", "深感痛心", "沉痛哀悼", "深切哀悼", "表示哀悼", "深切慰问",
    "致以慰问", "表示慰问", "深表遺憾", "深表遗憾", "深感抱歉", "深表哀悼", "致上最深的歉意",
    # Korean: sorry, apology, condolences
    "죄송합니다", "죄송하다", "사과드립니다", "사과드린다", "사과의 말씀을 드립니다",
    "사과 말씀을 드린다", "깊은 애도", "고인의 명복을 빕니다", "명복을 빈다", "진심으로", "깊이",
)
"""Set phrases of apology and condolence, longest first where one holds another."""

_BY_LENGTH = tuple(sorted(FORMULAS, key=len, reverse=True))
LEFT_OVER_CHARACTERS = 2
"""A match of formulas but for this many letters (a particle, a verb's ending) is a formula."""


def formulas_only(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For global token ranges, whether each one's letters are set phrases of apology or
    condolence (`FORMULAS`) but for LEFT_OVER_CHARACTERS at most, and at least one phrase."""
    found = np.zeros(len(firsts), dtype=bool)
    # (asked only of ranges opening in a script without spaces: a few of the many)
    unspaced = np.flatnonzero((ends > firsts) & ((corpus.initials[np.minimum(
        firsts, len(corpus.initials) - 1)] & (INITIAL_IDEOGRAPH | INITIAL_SYLLABIC)) != 0))
    for position in unspaced.tolist():
        first, end = int(firsts[position]), int(ends[position])
        document = int(corpus.document_of(np.array([first]))[0])
        text = corpus.texts[document][int(corpus.starts[first]):int(corpus.ends[end - 1])]
        letters = "".join(character for character in text if character.isalnum())
        rest = letters
        for formula in _BY_LENGTH:
            rest = rest.replace(formula.replace(" ", ""), "")
        found[position] = rest != letters and len(rest) <= LEFT_OVER_CHARACTERS
    return found
