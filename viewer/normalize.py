"""Text normalisation for matching: word tokens of a text with their exact spans in the original.

Pure algorithm, no Qt. Two texts "match" when their token words are equal, so every folding
decision lives here:

- case folded (`str.casefold`), accents folded (NFKD, combining marks dropped);
- punctuation, quote styles, dashes and "&" are not tokens at all, so they never count;
- dotted acronyms collapse: "U.S." == "U.S" == "US" (and "p.m." == "pm");
- possessive 's is dropped whatever the apostrophe ("Iran's" == "Iran’s" == "Iran"), other
  apostrophes inside a word are removed ("don’t" == "dont");
- numbers are kept whole with their inner separators ("5:30", "1.5"); thousands commas are dropped
  ("5,000" == "5000");
- letters and digits make separate tokens ("5:30pm" == "5:30 pm", "covid19" == "covid-19");
- hyphens split words, so "well-equipped" and "well equipped" give the same tokens.

Offsets are Python `str` indices (code points), so emoji or right-to-left text never shift them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np


def _mark_ranges() -> str:
    """A regex character class body holding every combining mark of the Basic Multilingual Plane.

    Python's `\\w` does not match combining marks, so without them a decomposed "é" (e + U+0301)
    would split a word in two while the precomposed form would not.
    """
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


_MARKS = _mark_ranges()
_LETTER = r"[^\W\d_]"
_WORDCHAR = rf"(?:{_LETTER}|[{_MARKS}])"
_TOKEN = re.compile(
    rf"""
      [A-Za-z]++(?![.'’{_MARKS}]|{_LETTER})         # fast path: a plain ASCII word
    | (?:{_LETTER}\.){{2,}}(?!{_WORDCHAR})          # dotted acronym with final dot: U.S. p.m.
    | {_LETTER}(?:\.{_LETTER})+(?!{_WORDCHAR})      # dotted acronym without it: U.S
    | \d+(?:[.,:]\d+)*                              # number: 5:30 5,000 1.5
    | {_LETTER}+(?:(?:[{_MARKS}]+|['’](?={_LETTER})){_LETTER}*)*  # word: Iran's don’t café
    """,
    re.VERBOSE,
)
_SPLIT = re.compile(f"({_TOKEN.pattern})", re.VERBOSE)
_POSSESSIVE = re.compile(r"['’]s$", re.MULTILINE)
_ACRONYM_DOT = re.compile(r"(?<=[^\W\d_])\.")
_DROP = str.maketrans("", "", "'’,")
_COMBINING = re.compile(f"[{_MARKS}]")

SENTENCE_END = frozenset(".!?;:")
"""Characters that end a sentence or clause when they stand between two tokens."""
CLAUSE_END = frozenset(".!?;:,()[]—–")
QUOTES = frozenset('"“”„«»')
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


def normalize_words(raw: list[str]) -> list[str]:
    """Normalised forms of raw token texts, in one pass over their concatenation for speed."""
    if not raw:
        return []
    # Tokens never contain a newline, so one joined string can be folded at C speed and split back.
    joined = "\n".join(raw).casefold()
    if not joined.isascii():
        joined = _fold_accents(joined)
    if "'" in joined or "’" in joined:
        joined = _POSSESSIVE.sub("", joined)
    if "." in joined:
        joined = _ACRONYM_DOT.sub("", joined)
    words = joined.translate(_DROP).split("\n")
    if len(words) != len(raw):  # pragma: no cover - a fold produced a newline; be exact instead
        return [normalize_word(word) for word in raw]
    return words


def normalize_word(raw: str) -> str:
    """The normalised form of one raw token text."""
    word = raw.casefold()
    if not word.isascii():
        word = _fold_accents(word)
    word = _POSSESSIVE.sub("", word)
    return _ACRONYM_DOT.sub("", word).translate(_DROP)


def _fold_accents(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))
