"""Number words as digits: the numbers two to twelve written as words, in eleven languages, are
their digits in the normal form of `viewer.normalize` ("four years" == "4 years", "sechs" == "6",
"üç vefat" == "3 vefat"): outlets copying one text write a small number either way.

Pure data and one array look-up, no Qt. Words that are also other words are left out: "one",
"un", "ein" (articles), "once" (English), "due", "sei", "otto" (English words, a name), "doze".
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import numpy as np

_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve",
    "deux trois quatre cinq six sept huit neuf dix onze douze",
    "dos tres cuatro cinco seis siete ocho nueve diez - doce",
    "- tre quattro cinque - sette - nove dieci undici dodici",
    "zwei drei vier funf sechs sieben acht neun zehn elf zwolf",
    "dois tres quatro cinco seis sete oito nove dez onze -",
    "twee drie vier vijf zes zeven acht negen tien elf twaalf",
    "два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать",
    "две - - - - - - - - - -",
    "двух трех четырех пяти шести семи восьми девяти десяти одиннадцати двенадцати",
    "dwa trzy cztery - szesc siedem osiem dziewiec dziesiec jedenascie dwanascie",
    "dwie - - - - - - - - - -",
    "dwoch trzech czterech pieciu szesciu siedmiu osmiu dziewieciu dziesieciu jedenastu dwunastu",
    "iki uc - bes - yedi sekiz dokuz - - -",
    "dua tiga empat - enam tujuh delapan sembilan sepuluh sebelas -",
)
"""The numbers 2 to 12 as words, accents folded, one line per language or form (English, French,
Spanish, Italian, German, Portuguese, Dutch, Russian and its feminine and genitive, Polish and
its feminine and genitive, Turkish, Indonesian); "-" where the word is also another word
(Turkish "dört" is French "dort", "altı" Italian "alti"; Polish "pięć" folds to "piec", an
oven; Indonesian "lima" is a city)."""
DIGITS_OF = {word: str(number) for line in _NUMBER_WORDS
             for number, word in enumerate(line.split(), start=2) if word != "-"}
"""Each number word (normalised: case and accents folded) and its digits."""


@functools.cache
def _table(hash_words: Callable[[Sequence[str]], np.ndarray]
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The hashes of the number words as written (sorted) and of their digits, and a table on
    the hashes' low bits giving each number word's index (-1 elsewhere): a look-up a word,
    not a binary search (a tenth of the time, over every token of the corpus). None when no
    size up to 2**16 gives each number word a slot of its own (then the binary search)."""
    words = sorted(DIGITS_OF)
    keys = hash_words(words)
    order = np.argsort(keys)
    keys = keys[order]
    for bits in range(8, 17):
        slots = (keys & np.uint64((1 << bits) - 1)).astype(np.intp)
        if len(np.unique(slots)) == len(slots):
            table = np.full(1 << bits, -1, dtype=np.int64)
            table[slots] = np.arange(len(keys))
            break
    else:
        table = None
    return keys, hash_words([DIGITS_OF[word] for word in words])[order], table


def numbers_as_digits(hashes: np.ndarray,
                      hash_words: Callable[[Sequence[str]], np.ndarray]) -> np.ndarray:
    """Word `hashes` with each number word's replaced by its digits' (`hash_words` hashes words
    as written: `viewer.token_hashing.word_hashes`)."""
    keys, digits, table = _table(hash_words)
    if table is None:
        slot = np.minimum(np.searchsorted(keys, hashes), len(keys) - 1)
        return np.where(keys[slot] == hashes, digits[slot], hashes)
    at = table[(hashes & np.uint64(len(table) - 1)).astype(np.intp)]
    maybe = np.flatnonzero(at >= 0)
    found = maybe[keys[at[maybe]] == hashes[maybe]]
    replaced = hashes.copy()
    replaced[found] = digits[at[found]]
    return replaced
