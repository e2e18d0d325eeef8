"""Formulas of apology, condolence and first response in scripts without spaces: Japanese, Chinese,
Korean.

Pure data and one look-up, for the evidence rules (`viewer.engine.evidence`). The vocabulary of
news formulas (`viewer.engine.reporting`) is of words, and a text without spaces has none to look
up: each character is a token. Companies and officials of two events apologise and condole in the
same set phrases ("誠に申し訳ございませんでした", "深くお詫び申し上げます", "深表歉意", "고인의
명복을 빕니다", "お亡くなりになられた方々", and a company's promise, "原因究明に協力"), which two
events' coverage then shares word for word. A match made of these
phrases alone says nothing about which statement it is, as "shocked and saddened" does not in
English. Only whole set phrases count, and the letters left beside them must be kana or a
particle: "本当に地獄でした" (a survivor's words) or "丰田深表歉意" (a company named) say more.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine.tokens import INITIAL_IDEOGRAPH, INITIAL_SYLLABIC, TokenisedCorpus
from viewer.normalize import simplified_han

FORMULAS = (
    # Japanese: sorry, apologise, trouble caused, taken seriously, condolences
    "申し訳ございませんでした", "申し訳ございません", "申し訳ありませんでした", "申し訳ありません",
    "申し訳ない", "申し訳なく", "お詫び申し上げます", "おわび申し上げます", "お詫びいたします",
    "おわびいたします", "お詫びします", "おわびします", "ご迷惑をおかけ", "ご心配をおかけ",
    "ご心痛", "ご不安をおかけ", "重く受け止め", "ご冥福をお祈り", "お悔やみ申し上げます",
    "お悔やみ", "お見舞い申し上げます", "お亡くなりになられた方々", "お亡くなりになった方々",
    "お亡くなりになられた方", "お亡くなりになった方",
    "哀悼の意を表", "哀悼の意",
    # Japanese: a company's or an official's first promise (to cooperate with the inquiry)
    "原因究明に協力", "原因究明に全面的に協力", "捜査に全面的に協力", "捜査に協力",
    # Chinese (simplified and traditional): apology, regret, grief, condolences, sympathy
    "深表歉意", "深感歉意", "诚挚道歉", "誠摯道歉", "深感抱歉", "深表遗憾", "深表遺憾", "深感遗憾",
    "深感遺憾", "深感痛心", "沉痛哀悼", "深切哀悼", "深表哀悼", "深切慰问", "深切慰問", "慰问",
    "慰問", "哀悼", "歉意", "最深的歉意",
    # Korean: sorry, apology, condolences
    "죄송합니다", "죄송하다", "사과드립니다", "사과드린다", "사과의 말씀을 드립니다",
    "사과 말씀을 드린다", "애도를 표한다", "애도를 표합니다", "명복을 빕니다", "명복을 빈다",
    # Japanese: a government's first response to any disaster or attack (an office set up at
    # the Prime Minister's crisis management centre, information gathered)
    "官邸対策室を設置", "官邸連絡室を設置", "情報連絡室を設置", "官邸危機管理センター",
    "官邸内の危機管理センター", "危機管理センター", "情報収集にあたっています",
    "情報収集に当たっています", "情報収集にあたって", "情報収集に当たって",
)
"""Set phrases of apology and condolence, and of a government's or a company's first response."""
STRENGTHENING = (
    "誠に", "心より", "心から", "深く", "重ねて", "謹んで", "大変", "本当に", "申し上げます",
    "いたします", "致します", "しました", "いたしました", "致しました", "しております",
    "表示", "致以", "致上", "诚挚", "誠摯", "深切", "沉痛", "深表", "深感",
    "깊은", "깊이", "진심으로", "머리 숙여", "고인의", "애도", "대단히", "정말",
)
"""Words that strengthen or carry a set phrase ("誠に申し訳ございません", "表示深切慰问",
"깊은 애도를 표한다"; the polite verb a Japanese phrase ends with, "ご迷惑をおかけしました"):
beside a phrase, part of the formula; alone, said of anything ("本当に地獄でした")."""

# (Chinese written traditional is matched as simplified, `viewer.normalize`: the phrases and the
# letters asked are folded alike, so a traditional copy of a simplified formula is one too)
_CORE = tuple(sorted({simplified_han(formula.replace(" ", "")) for formula in FORMULAS}))
_PIECES = tuple(sorted({*_CORE, *(simplified_han(word.replace(" ", ""))
                                  for word in STRENGTHENING)}, key=len, reverse=True))
LEFT_OVER_CHARACTERS = 3
"""A match of formulas but for this many letters that are kana or a particle (an ending,
"でした", "를", "对此") is a formula; a name or a noun left over (a company's, "丰田") is not."""
_PARTICLES = frozenset(simplified_han("다고며요는을를이가께에서의도와과및对此向我们們并並了的"))
"""Korean and Chinese characters that may stand beside a formula as its particle or ending."""


_JAPANESE = re.compile("[\u3041-\u309f]")
"""Hiragana: a Japanese document writes some."""


def _left_over(character: str) -> bool:
    """Whether `character` may be left beside a formula: hiragana or a particle."""
    return "\u3041" <= character <= "\u309f" or character in _PARTICLES


def _formula(letters: str) -> bool:
    """Whether `letters` are set phrases and the words strengthening them, one after the other,
    with at most LEFT_OVER_CHARACTERS kana or particles besides, and a set phrase among them
    (the fewest characters left over: each position is reached by a phrase or by one such
    character)."""
    if not any(core in letters for core in _CORE):
        return False
    unreached = len(letters) + 1
    fewest = [0] + [unreached] * len(letters)
    for at in range(len(letters)):
        if fewest[at] == unreached:
            continue
        for piece in _PIECES:
            if letters.startswith(piece, at):
                fewest[at + len(piece)] = min(fewest[at + len(piece)], fewest[at])
        if _left_over(letters[at]):
            fewest[at + 1] = min(fewest[at + 1], fewest[at] + 1)
    return fewest[-1] <= LEFT_OVER_CHARACTERS


JAPANESE_TITLES = ("代表", "首相", "総理", "大臣", "長官", "知事", "市長", "町長", "村長", "社長",
                   "会長", "委員長", "幹事長", "議員", "議長", "理事長", "総裁", "副総裁", "氏")
"""Titles a Japanese designation of a person ends with ("国民民主党の玉木雄一郎代表")."""
_TRAILING_PARTICLES = "はもがの"


def _designation(letters: str) -> bool:
    """Whether `letters`, Japanese, are a person's designation alone: kanji and katakana, "の"
    between (no other kana: a sentence has its verbs and particles in hiragana), ending with a
    title (`JAPANESE_TITLES`) before a particle at most ("国民民主党の玉木雄一郎代表は"). Two
    events' articles name one politician alike; that links them no more than "President X said"
    does."""
    core = letters.rstrip(_TRAILING_PARTICLES)
    if len(core) < 3 or not core.endswith(JAPANESE_TITLES):
        return False
    # (hiragana and particles are `_left_over`)
    return all(character == "の" or not _left_over(character) for character in core) and any(
        "\u4e00" <= character <= "\u9fff" for character in core[:-1])


def formulas_only(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For global token ranges, whether each one's letters are set phrases of apology or
    condolence (`FORMULAS`) and the words strengthening them, kana or particles besides
    (LEFT_OVER_CHARACTERS at most): `_formula`; or, in a Japanese document, a person's
    designation alone (`_designation`)."""
    found = np.zeros(len(firsts), dtype=bool)
    # (asked only of ranges opening in a script without spaces: a few of the many)
    unspaced = np.flatnonzero((ends > firsts) & ((corpus.initials[np.minimum(
        firsts, len(corpus.initials) - 1)] & (INITIAL_IDEOGRAPH | INITIAL_SYLLABIC)) != 0))
    for position in unspaced.tolist():
        first, end = int(firsts[position]), int(ends[position])
        document = corpus.document_at(int(first))
        text = corpus.texts[document][int(corpus.starts[first]):int(corpus.ends[end - 1])]
        letters = "".join(character for character in text if character.isalnum())
        found[position] = _formula(simplified_han(letters)) or (
            _designation(letters) and _JAPANESE.search(corpus.texts[document]) is not None)
    return found
