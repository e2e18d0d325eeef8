"""Which characters belong to scripts written without spaces between words (Chinese, Japanese,
Thai, ...): the tokeniser makes each of them a token, the word counts count them one by one,
and the engine counts them as the part of a word each is. Pure, no Qt."""

from __future__ import annotations

import re

import numpy as np

SYLLABIC = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
)
"""Scripts without spaces whose words are spelt with several letters (regex class body)."""
IDEOGRAPHIC = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303c"  # CJK radicals, marks
    "\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u31f0-\u31ff"  # kana, bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"  # ideographs, half-width kana
    "\U00020000-\U0003134f"  # supplementary ideographs
)
"""Chinese and Japanese (regex class body): a line of them may break between any two."""
NO_SPACES = SYLLABIC + IDEOGRAPHIC
"""Scripts written without spaces between words (regex class body): each character (with its
combining marks) is one token, so shared sentences are found by character n-grams."""
HANGUL_SYLLABLES = "\uac00-\ud7a3\u1100-\u115f\ua960-\ua97f"
"""Korean syllable blocks, and the initial jamo that starts one decomposed (regex class body).
Korean is written with spaces, but between them a word takes its particles and endings
("원인을", "경영자로서") and outlets space compounds as they please ("최고경영자" / "최고
경영자"): the engine makes each syllable a token too, so a sentence quoted with another particle
or spacing is still the same syllables, nearly all of them. Readers count Korean words by its
spaces (`viewer.normalize.count_words`)."""
TOKEN_PER_CHARACTER = NO_SPACES + HANGUL_SYLLABLES
"""Characters that are each a token (regex class body): scripts without spaces, and Hangul."""
KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
"""Hiragana, katakana and their extensions, half-width katakana (regex class body)."""
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Chinese characters (kanji, hanja) of the basic planes (regex class body)."""
HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
"""Hangul syllables and jamo (regex class body)."""
EAST_ASIAN_CHARACTER = re.compile(f"[{KANA}{HAN}{HANGUL}]")
"""A character of Chinese, Japanese or Korean writing."""
UNSPACED_CHARACTER = re.compile(f"[{NO_SPACES}]")
_TOKEN_CHARACTER = re.compile(f"[{TOKEN_PER_CHARACTER}]")
_SYLLABIC_CHARACTER = re.compile(f"[{SYLLABIC}]")
_table: np.ndarray | None = None


def unspaced_character(character: str) -> bool:
    """Whether `character` belongs to a script written without spaces (it is a token alone)."""
    return UNSPACED_CHARACTER.fullmatch(character) is not None


def token_character(character: str) -> bool:
    """Whether `character` is a token alone (TOKEN_PER_CHARACTER)."""
    return _TOKEN_CHARACTER.fullmatch(character) is not None


def syllabic_character(character: str) -> bool:
    """Whether `character` is a letter of Thai, Lao, Myanmar or Khmer (SYLLABIC)."""
    return _SYLLABIC_CHARACTER.fullmatch(character) is not None


def has_unspaced_character(text: str) -> bool:
    """Whether `text` has a character of a script written without spaces (a table look-up of
    its code points: a fifth of the time of searching it with the pattern, which matters for
    the article list's counts of 20,000 articles)."""
    global _table
    if _table is None:
        table = np.zeros(0x110000, dtype=bool)
        for piece in re.findall(r".-.|.", NO_SPACES, re.DOTALL):
            first, last = (piece[0], piece[2]) if len(piece) == 3 else (piece, piece)
            table[ord(first) : ord(last) + 1] = True
        _table = table
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return bool(_table[codes].any())
