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
- the numbers two to twelve written as words are their digits ("four years" == "4 years",
  "sechs" == "6") in English, French, Spanish, Italian, German and Portuguese, but for words
  that are also other words ("one", "un", "ein", "once", "due", "sei", "doze");
- hyphens split words, so "well-equipped" and "well equipped" give the same tokens;
- in scripts written without spaces (Chinese, Japanese, Thai, ...) every character is a token.

Offsets are Python `str` indices (code points), so emoji or right-to-left text never shift them.

`tokenize` and `normalize_words` define the tokens and their normal form; `token_hashes` is the
engine's fast equivalent (spans and word hashes with numpy, no Python object per token).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from viewer.code_points import CodePointTable
from viewer.number_words import DIGITS_OF, numbers_as_digits
from viewer.unspaced_scripts import NO_SPACES, UNSPACED_CHARACTER, has_unspaced_character


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
_LETTER = rf"[^\W\d_{NO_SPACES}]"
_WORDCHAR = rf"(?:{_LETTER}|[{_MARKS}])"
_JAMO_TAILS = "\u1160-\u11ff\ud7b0-\ud7ff"
"""Hangul vowel and final-consonant jamo: letters (not marks) that a decomposed (NFD) syllable
puts after its first jamo, so an acronym letter carries them as it carries combining marks."""
# Acronym letters may carry combining marks (and jamo tails), so "É.U." and "A.가" tokenise the
# same composed or not.
_TOKEN_PATTERN = (
    rf"""
      [{NO_SPACES}][{_MARKS}]*                       # a character of a script without spaces
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
_COMBINING = re.compile(f"[{_MARKS}]")

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
    the tokens it holds (so "東京で2人が" is 6, its "。" none); other stretches count one each,
    punctuation too (as `str.split` counts them)."""
    if text.isascii() or not has_unspaced_character(text):
        return len(text.split())
    return sum(len(_SPLIT.split(chunk)) // 2 if UNSPACED_CHARACTER.search(chunk) else 1
               for chunk in text.split())


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
    if "" in words:  # a token of marks alone (a Khmer inherent vowel) folds to nothing
        words = [word or token.casefold() for word, token in zip(words, raw, strict=True)]
    return [DIGITS_OF.get(word, word) for word in words]


def normalize_word(raw: str) -> str:
    """The normalised form of one raw token text."""
    word = raw.casefold()
    if not word.isascii():
        word = _fold_accents(word)
    word = _POSSESSIVE.sub("", word)
    word = _ACRONYM_DOT.sub("", word).translate(_DROP) or raw.casefold()
    return DIGITS_OF.get(word, word)


def _fold_accents(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


# --- vectorised tokenising and hashing ----------------------------------------------------------
#
# The engine needs, for every token, its span and a hash of its normalised form -- not the word
# itself. `token_hashes` computes both with numpy over code point arrays, so no Python object is
# made per token for the common case. The regex grammar above stays the one definition of a
# token: text is cut into "chunks" (maximal runs of characters a token can contain: letters,
# digits, marks and . , : ' ’). Every other character can neither start, continue nor be looked
# at by a token pattern in a way that differs from the end of the text, so each chunk tokenises
# on its own exactly as inside the whole text. A chunk holding one run of ASCII letters (or of
# ASCII digits) with at most . , : ' ’ around it is that one token, lower-cased -- most words.
# Every other chunk ("U.S.", "Iran's", "5:30pm", "café") goes through `_SPLIT` and
# `normalize_words`, all of them in one regex call per batch.

_OTHER, _ASCII_LETTER, _ASCII_DIGIT, _INNER_PUNCT, _COMPLEX = range(5)


_ALNUM = re.compile(r"[^\W_]")  # letters and digits: `\w` without "_"
_INNER_PUNCT_CHARS = ".,:'’"


def _char_class(code: int) -> int:
    """Class of one code point (one of _OTHER .. _COMPLEX), by the regex classes the token
    grammar uses."""
    char = chr(code)
    if "a" <= char <= "z" or "A" <= char <= "Z":
        return _ASCII_LETTER
    if "0" <= char <= "9":
        return _ASCII_DIGIT
    if char in _INNER_PUNCT_CHARS:
        return _INNER_PUNCT
    if _ALNUM.match(char) or _COMBINING.match(char):
        return _COMPLEX
    return _OTHER


_char_class_table = CodePointTable(_char_class)
"""The class of each code point met so far."""


def _char_classes(codes: np.ndarray) -> np.ndarray:
    """The class of each of `codes` (thread-safe; new code points are classified once)."""
    return _char_class_table(codes)


_HASH_BASE = 0xD6E8FEB86659FD93
"""Odd, so invertible modulo 2**64: a token's polynomial hash is a difference of prefix sums
times the inverse power of its start."""
_HASH_BASE_INVERSE = pow(_HASH_BASE, -1, 2**64)


_POWERS: dict[int, np.ndarray] = {}
"""The longest table of powers made so far, per base: a shorter one is its start."""


def _powers(base: int, size: int) -> np.ndarray:
    """base**0 .. base**(size-1) modulo 2**64 (numpy integer arithmetic wraps): the start of
    the longest table made so far, made anew only when it is shorter (a cache of the latest
    sizes made the tables of a batch's size again and again, between those of the words')."""
    table = _POWERS.get(base)
    if table is None or len(table) < size:
        table = np.full(size, base, dtype=np.uint64)
        table[0] = 1
        table = _POWERS[base] = np.cumprod(table, dtype=np.uint64)
    return table[:size]


def _power_table(size: int) -> tuple[np.ndarray, np.ndarray]:
    # Sizes round up to a power of two so the cache holds a handful of tables.
    rounded = 1 << max(16, (size - 1).bit_length())
    return _powers(_HASH_BASE, rounded), _powers(_HASH_BASE_INVERSE, rounded)


def _span_hashes(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """64-bit hash of each `codes[start:end]` (a polynomial in the code points, then mixed)."""
    with np.errstate(over="ignore"):
        powers, inverse = _power_table(len(codes) + 1)
        # In place: no temporary of the batch's size for the widened codes or their products.
        prefix = np.empty(len(codes) + 1, dtype=np.uint64)
        prefix[0] = 0
        np.multiply(codes, powers[: len(codes)], out=prefix[1:])
        np.cumsum(prefix[1:], out=prefix[1:])
        value: np.ndarray = (prefix[ends] - prefix[starts]) * inverse[starts]
        value ^= (ends - starts).astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        # splitmix64 finaliser: every input bit reaches every output bit
        value ^= value >> np.uint64(30)
        value *= np.uint64(0xBF58476D1CE4E5B9)
        value ^= value >> np.uint64(27)
        value *= np.uint64(0x94D049BB133111EB)
        value ^= value >> np.uint64(31)
    return value


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def word_hashes(words: Sequence[str]) -> np.ndarray:
    """The hash `token_hashes` gives a token whose normalised form is each of `words`."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    codes = _codes("\n".join(words))
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    ends = np.cumsum(lengths + 1) - 1
    return _span_hashes(codes, ends - lengths, ends)


@dataclass(frozen=True)
class TokenArrays:
    """Token spans (absolute offsets, int64) and normalised-word hashes (uint64) of one text,
    and spelling hashes: how each token is written up to case and apostrophe style ("Iran" ==
    "IRAN", "Iran’s" == "Iran's", but "U.S." != "US"); equal to the word hash for plain words."""

    starts: np.ndarray
    ends: np.ndarray
    hashes: np.ndarray
    spellings: np.ndarray

    def __len__(self) -> int:
        return len(self.starts)


@dataclass(frozen=True, eq=False)
class BatchTokens:
    """The tokens of several texts' bodies, read together: the bodies joined with "\n" (never
    part of a token) as code points, and every token's span in that joined string, word hash
    and spelling hash (see `TokenArrays`). Text i is `codes[text_start[i]:][:lengths[i]]`; its
    tokens are [token_bounds[i], token_bounds[i + 1])."""

    codes: np.ndarray
    text_start: np.ndarray
    lengths: np.ndarray
    token_bounds: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    hashes: np.ndarray
    spellings: np.ndarray


def token_hashes(texts: Sequence[tuple[str, int]]) -> list[TokenArrays]:
    """Tokens of each `text[start:]` with their spans and word hashes, in one vectorised pass.

    Equal hashes mean equal normalised words (`normalize_words`) up to 64-bit collisions; the
    spans are exactly those of `token_arrays`.
    """
    if not texts:
        return []
    batch = batch_tokens(texts)
    results = []
    bounds = batch.token_bounds
    for index, (_, start) in enumerate(texts):
        low, high = bounds[index], bounds[index + 1]
        shift = start - batch.text_start[index]
        results.append(TokenArrays(batch.starts[low:high] + shift, batch.ends[low:high] + shift,
                                   batch.hashes[low:high], batch.spellings[low:high]))
    return results


def batch_tokens(texts: Sequence[tuple[str, int]]) -> BatchTokens:
    """`token_hashes` of all `texts` together, the spans in the joined bodies (`BatchTokens`):
    what the engine keeps, without one array per text."""
    # One string for the batch; "\n" (never part of a token) keeps the texts apart.
    bodies = [text[start:] for text, start in texts]
    joined = "\n".join(bodies) + "\n"
    lengths = np.fromiter(map(len, bodies), dtype=np.int64, count=len(bodies))
    text_start = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    codes = _codes(joined)
    classes = _char_classes(codes)

    # Runs of one class; runs of _OTHER separate chunks.
    change = np.flatnonzero(classes[1:] != classes[:-1]) + 1
    run_start = np.concatenate(([0], change))
    run_end = np.append(change, len(codes))
    run_class = classes[run_start]
    kept = run_class != _OTHER
    run_start, run_end, run_class = run_start[kept], run_end[kept], run_class[kept]
    new_chunk = np.ones(len(run_start), dtype=bool)
    new_chunk[1:] = run_start[1:] != run_end[:-1]
    last_of_chunk = np.ones(len(run_start), dtype=bool)
    last_of_chunk[:-1] = new_chunk[1:]
    chunk_of_run = np.cumsum(new_chunk) - 1
    chunk_count = int(new_chunk.sum())
    is_word_run = (run_class == _ASCII_LETTER) | (run_class == _ASCII_DIGIT)
    word_runs = np.bincount(chunk_of_run, weights=is_word_run, minlength=chunk_count)
    complex_runs = np.bincount(chunk_of_run, weights=run_class == _COMPLEX,
                               minlength=chunk_count)
    simple_chunk = (word_runs == 1) & (complex_runs == 0)
    hard_chunk = (word_runs >= 2) | (complex_runs > 0)

    simple = is_word_run & simple_chunk[chunk_of_run]
    simple_starts, simple_ends = run_start[simple], run_end[simple]
    lowered = codes + (classes == _ASCII_LETTER) * (codes < 0x61).astype(np.uint32) * 0x20
    simple_hashes = _span_hashes(lowered, simple_starts, simple_ends)

    hard_starts, hard_ends, hard_hashes, hard_spellings = _hard_tokens(
        codes, run_start[new_chunk][hard_chunk], run_end[last_of_chunk][hard_chunk])
    starts = np.concatenate((simple_starts, hard_starts))
    ends = np.concatenate((simple_ends, hard_ends))
    hashes = np.concatenate((simple_hashes, hard_hashes))
    spellings = np.concatenate((simple_hashes, hard_spellings))
    order = np.argsort(starts, kind="stable")
    starts, ends, hashes, spellings = starts[order], ends[order], hashes[order], spellings[order]
    hashes = numbers_as_digits(hashes, word_hashes)

    bounds = np.searchsorted(starts, np.append(text_start, len(codes)))
    return BatchTokens(codes, text_start, lengths, bounds, starts, ends, hashes, spellings)


def _hard_tokens(codes: np.ndarray, chunk_starts: np.ndarray,
                 chunk_ends: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Tokens of the chunks the fast path does not cover, by the regex grammar itself: spans,
    word hashes and spelling hashes."""
    if not len(chunk_starts):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint64)
    # The chunks, each followed by its (separator) end character written as "\n", in one string;
    # `origin` maps each character of that string back to its position in `codes`.
    sizes = chunk_ends - chunk_starts + 1
    origin = np.repeat(chunk_starts - np.cumsum(sizes) + sizes, sizes) + np.arange(sizes.sum())
    picked = codes[origin]
    picked[np.cumsum(sizes) - 1] = 0x0A
    hard_text = picked.tobytes().decode("utf-32-le", "surrogatepass")
    raw, starts, ends = token_arrays(hard_text)
    hashes = word_hashes(normalize_words(raw))
    # (a combining grapheme joiner is invisible: `viewer.mojibake` pads repaired text with it)
    spellings = word_hashes("\n".join(raw).lower().replace("’", "'").replace("\u034f", "")
                            .split("\n"))
    return origin[starts], origin[ends - 1] + 1, hashes, spellings
