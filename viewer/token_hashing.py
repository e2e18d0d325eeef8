"""The engine's fast tokeniser: every token's span and a hash of its normalised form, with numpy.

Pure algorithm, no Qt. The engine needs, for every token, its span and a hash of its normalised
form (`viewer.normalize`), not the word itself. `token_hashes` computes both over code point
arrays, so no Python object is made per token for the common case. The regex grammar of
`viewer.normalize` stays the one definition of a token: text is cut into "chunks" (maximal runs
of characters a token can contain: letters, digits, marks and . , : ' ’). Every other character
can neither start, continue nor be looked at by a token pattern in a way that differs from the
end of the text, so each chunk tokenises on its own exactly as inside the whole text. A chunk
holding one run of ASCII letters (or of ASCII digits) with at most . , : ' ’ around it is that
one token, lower-cased -- most words. Every other chunk ("U.S.", "Iran's", "5:30pm", "café")
goes through the grammar (`viewer.normalize.token_arrays`) and `normalize_words`, all of them in
one regex call per batch.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from viewer.code_points import CodePointTable
from viewer.normalize import COMBINING_MARKS, normalize_words, simplified_han, token_arrays
from viewer.number_words import numbers_as_digits

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
    if _ALNUM.match(char) or COMBINING_MARKS.match(char):
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
    and spelling hashes: how each token is written up to case, apostrophe style and Unicode
    composition ("Iran" == "IRAN", "Iran’s" == "Iran's", "é" == "e" + U+0301, but "U.S." !=
    "US"); equal to the word hash for plain words."""

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
    # (a combining grapheme joiner is invisible: `viewer.mojibake` pads repaired text with it;
    # "é" or "가" written decomposed is spelt as composed: a copy saved in NFD is no edit; nor
    # are full-width digits, "６.２", nor a Taiwanese outlet's traditional characters, "據":
    # a newcomer saw each such character of a Chinese copy underlined, its one changed word
    # lost among them)
    spellings = word_hashes(simplified_han(unicodedata.normalize(
        "NFKC", "\n".join(raw).lower().replace("’", "'").replace("\u034f", ""))).split("\n"))
    return origin[starts], origin[ends - 1] + 1, hashes, spellings
