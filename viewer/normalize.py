"""Text normalisation for matching: word tokens of a text with their exact spans in the original.

Pure algorithm, no Qt. Two texts "match" when their token words are equal, so every folding
decision lives here:

- case folded (`str.casefold`), accents folded (NFKD, combining marks dropped; letters whose
  mark Unicode does not decompose, "ı", "ł", "ø", "đ", and the ligatures "æ", "œ", written as
  text without diacritics writes them: `without_marks`);
- punctuation, quote styles, dashes and "&" are not tokens at all, so they never count;
- dotted acronyms collapse: "U.S." == "U.S" == "US" (and "p.m." == "pm");
- possessive 's is dropped whatever the apostrophe ("Iran's" == "Iran’s" == "Iran"), other
  apostrophes inside a word are removed ("don’t" == "dont");
- numbers are kept whole with their inner separators ("5:30", "1.5"); thousands commas are dropped
  ("5,000" == "5000");
- letters and digits make separate tokens ("5:30pm" == "5:30 pm", "covid19" == "covid-19");
- the numbers two to twelve written as words are their digits ("four years" == "4 years",
  "sechs" == "6") in English, French, Spanish, Italian, German and Portuguese, but for words
  that are also other words ("one", "un", "ein", "once", "due", "sei", "doze");
- hyphens split words, so "well-equipped" and "well equipped" give the same tokens;
- in scripts written without spaces (Chinese, Japanese, Thai, ...) every character is a token,
  and so is every Hangul syllable (`viewer.unspaced_scripts.HANGUL_SYLLABLES`);
- Chinese characters written traditional fold to their simplified form (OpenCC's t2s table), so
  a Taiwanese outlet's copy of a mainland statement matches it.

Offsets are Python `str` indices (code points), so emoji or right-to-left text never shift them.

`tokenize` and `normalize_words` define the tokens and their normal form;
`viewer.token_hashing.token_hashes` is the engine's fast equivalent (spans and word hashes with
numpy, no Python object per token).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import opencc

from viewer.number_words import DIGITS_OF
from viewer.unspaced_scripts import (
    HAN,
    HANGUL_SYLLABLES,
    TOKEN_PER_CHARACTER,
    UNSPACED_CHARACTER,
    has_unspaced_character,
)


def _mark_ranges() -> str:
    """A regex character class body holding every combining mark of the Basic Multilingual Plane.

    Python's `\\w` does not match combining marks, so without them a decomposed "é" (e + U+0301)
    would split a word in two while the precomposed form would not. The table in
    `viewer.unicode_marks` is used when it was made for this Python's Unicode version (scanning
    65,000 code points costs ~20 ms at every start, on the head start's critical path).
    """
    from viewer import unicode_marks

    if unicodedata.unidata_version == unicode_marks.UNIDATA_VERSION:
        return unicode_marks.MARK_CLASS
    return unicode_marks.scan_mark_ranges()


_MARKS = _mark_ranges()
_LETTER = rf"[^\W\d_{TOKEN_PER_CHARACTER}]"
_WORDCHAR = rf"(?:{_LETTER}|[{_MARKS}])"
_JAMO_TAILS = "\u1160-\u11ff\ud7b0-\ud7ff"
"""Hangul vowel and final-consonant jamo: letters (not marks) that a decomposed (NFD) syllable
puts after its first jamo, so an acronym letter carries them as it carries combining marks."""
# Acronym letters may carry combining marks (and jamo tails), so "É.U." and "A.가" tokenise the
# same composed or not.
_TOKEN_PATTERN = (
    rf"""
      [{TOKEN_PER_CHARACTER}][{_MARKS}{_JAMO_TAILS}]*  # a character of a script without spaces
    | [A-Za-z]++(?![.'’{_MARKS}]|{_LETTER})         # fast path: a plain ASCII word
    | (?:{_LETTER}[{_MARKS}{_JAMO_TAILS}]*\.){{2,}}(?!{_WORDCHAR})  # dotted acronym: U.S. p.m.
    | {_LETTER}[{_MARKS}{_JAMO_TAILS}]*(?:\.{_LETTER}[{_MARKS}{_JAMO_TAILS}]*)+(?!{_WORDCHAR})
                                                    # without the final dot: U.S
    | \d+(?:[.,:]\d+)*                              # number: 5:30 5,000 1.5
    | {_LETTER}+(?:(?:[{_MARKS}]+|['’](?={_LETTER})){_LETTER}*)*  # word: Iran's don’t café
    """
)
# Compiled once, with a group so that `split` also returns the tokens (~12 ms a compile).
_SPLIT = re.compile(f"({_TOKEN_PATTERN})", re.VERBOSE)
_POSSESSIVE = re.compile(r"['’]s$", re.MULTILINE)
_ACRONYM_DOT = re.compile(r"(?<=[^\W\d_])\.")
_DROP = str.maketrans("", "", "'’,")
COMBINING_MARKS = re.compile(f"[{_MARKS}]")
"""A combining mark (accents and the like), which accent folding drops."""

SENTENCE_END = frozenset(".!?;:。！？；：")
"""Characters that end a sentence or clause when they stand between two tokens."""
CLAUSE_END = frozenset(".!?;:,()[]—–。！？；：，、（）")
QUOTES = frozenset('"“”„«»「」『』')
"""Double quotation marks delimit quoted passages: the engine never bridges a gap across one."""


@dataclass(frozen=True)
class Tokens:
    """Normalised words of a text and the offset map back into it.

    `words[i]` is the normalised form of `text[starts[i]:ends[i]]` (absolute offsets).
    """

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.words)

    def span(self, index: int) -> tuple[int, int]:
        return self.starts[index], self.ends[index]


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Tokens of `text[start:end]` with spans as absolute offsets into `text`."""
    raw, starts, ends = token_arrays(text, start, end)
    return Tokens(tuple(normalize_words(raw)), tuple(starts.tolist()), tuple(ends.tolist()))


def token_arrays(text: str, start: int = 0,
                 end: int | None = None) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Raw token texts of `text[start:end]` and their absolute start and end offsets (int64).

    The engine's fast path: one C-level `re.split` gives separators and tokens alternately, and
    the cumulative lengths of the pieces are the offsets; no Python code runs per token.
    """
    stop = len(text) if end is None else end
    pieces = _SPLIT.split(text[start:stop])
    raw = pieces[1::2]
    bounds = np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)))
    # pieces alternate separator, token, ..., separator: token i spans bounds[2i]..bounds[2i+1]
    ends = bounds[1::2] + start
    starts = bounds[0:-1:2] + start
    return raw, starts, ends


def count_words(text: str) -> int:
    """The words of `text` as a reader counts them: what spaces separate, except that in
    scripts written without spaces (Chinese, Japanese, Thai, ...) each character is a word,
    as it is a token for the engine. A stretch between spaces holding such characters counts
    the tokens it holds (so "東京で2人が" is 6, its "。" none), a run of Hangul in it one
    ("美국무부는" is 2: Korean is counted by its spaces); other stretches count one each,
    punctuation too (as `str.split` counts them)."""
    if text.isascii() or not has_unspaced_character(text):
        return len(text.split())
    # (a run of Hangul is one word however many syllable tokens it makes: "美국무부는" is 2)
    return sum(len(_SPLIT.split(_HANGUL_RUN.sub("가", chunk))) // 2
               if UNSPACED_CHARACTER.search(chunk) else 1 for chunk in text.split())


_HANGUL_RUN = re.compile(f"[{HANGUL_SYLLABLES}{_JAMO_TAILS}]+")


def normalize_words(raw: list[str]) -> list[str]:
    """Normalised forms of raw token texts, in one pass over their concatenation for speed."""
    if not raw:
        return []
    # Tokens never contain a newline, so one joined string can be folded at C speed and split back.
    joined = "\n".join(raw).casefold()
    if not joined.isascii():
        joined = _fold_non_ascii(joined)
    if "'" in joined or "’" in joined:
        joined = _POSSESSIVE.sub("", joined)
    if "." in joined:
        joined = _ACRONYM_DOT.sub("", joined)
    words = joined.translate(_DROP).split("\n")
    if len(words) != len(raw):  # pragma: no cover - a fold produced a newline; be exact instead
        return [normalize_word(word) for word in raw]
    if "" in words:  # a token of marks alone (a Khmer inherent vowel) folds to nothing
        words = [word or token.casefold() for word, token in zip(words, raw, strict=True)]
    return [DIGITS_OF.get(word, word) for word in words]


def normalize_word(raw: str) -> str:
    """The normalised form of one raw token text."""
    word = raw.casefold()
    if not word.isascii():
        word = _fold_non_ascii(word)
    word = _POSSESSIVE.sub("", word)
    word = _ACRONYM_DOT.sub("", word).translate(_DROP) or raw.casefold()
    return DIGITS_OF.get(word, word)


def _fold_non_ascii(text: str) -> str:
    """Accents dropped and traditional Chinese written simplified: the folds only non-ASCII
    text needs."""
    return simplified_han(without_marks(text))


def without_marks(text: str) -> str:
    """`text` without its accents: combining marks dropped after NFKD, and the letters whose
    mark Unicode does not decompose written without it (`_STROKED`). Case is kept."""
    if text.isascii():
        return text
    return COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text)).translate(_STROKED)


_STROKED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t",
                          "æ": "ae", "œ": "oe", "Ł": "L", "Ø": "O", "Đ": "D", "Ħ": "H",
                          "Ŧ": "T", "Æ": "AE", "Œ": "OE"})
"""Letters with a stroke, a slash or no dot, and two ligatures, as text without its
diacritics writes them: a web page or a wire service that drops them ("yapilmadi" for
"yapılmadı", "Lodz" for "Łódź", "Tromso" for "Tromsø") carries the same words."""


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> opencc.OpenCC:
    """OpenCC's converter from traditional to simplified Chinese characters, made once a
    process (its dictionaries ship in the wheel: nothing is downloaded)."""
    return opencc.OpenCC("t2s.json")


_HAN = re.compile(f"[{HAN}\U00020000-\U0003134f]")
"""Chinese characters (the unified ideographs, their extensions and the compatibility ones):
text without any needs no fold, and most text has none."""


def simplified_han(text: str) -> str:
    """`text` with traditional Chinese characters written simplified: a Taiwanese or Hong Kong
    outlet's copy of a Xinhua statement ("美方動用武力襲擊") has the mainland's words ("美方动
    用武力袭击"). Tokens are one character each there, so OpenCC's phrase table never joins two
    (a newline stands between tokens): the fold is character by character, each character to
    one. Japanese kanji fold too ("沖" is "冲"), alike in every Japanese text, and a few pairs
    of them become one ("機" and "机"): two Japanese texts still match where they did.
    Taiwanese spellings that differ by more than a character's form ("意味著" / "意味着")
    stay apart."""
    if not _HAN.search(text):
        return text
    if _SURROGATE.search(text):  # (OpenCC takes UTF-8: a lone surrogate is kept as it stands)
        return "".join(piece if _SURROGATE.fullmatch(piece) else simplified_han(piece)
                       for piece in _SURROGATE.split(text) if piece)
    return str(_traditional_to_simplified().convert(text))


_SURROGATE = re.compile("([\ud800-\udfff])")
"""A lone surrogate code point, which a text decoded with `surrogateescape` may hold."""
