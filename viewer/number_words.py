"""Number words as digits: the numbers two to twelve written as words, in the six languages of
the engine's vocabulary, are their digits in the normal form of `viewer.normalize` ("four years"
== "4 years", "sechs" == "6"): outlets copying one text write a small number either way.

Pure data and one array lookup, no Qt. Words that are also other words are left out: "one",
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
)
"""The numbers 2 to 12 as words, accents folded, one line per language (English, French,
Spanish, Italian, German, Portuguese); "-" where the word is also another word."""
DIGITS_OF = {word: str(number) for line in _NUMBER_WORDS
             for number, word in enumerate(line.split(), start=2) if word != "-"}
"""Each number word (normalised: case and accents folded) and its digits."""


@functools.cache
def _table(hash_words: Callable[[Sequence[str]], np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The hashes of the number words as written (sorted) and of their digits."""
    words = sorted(DIGITS_OF)
    keys = hash_words(words)
    order = np.argsort(keys)
    return keys[order], hash_words([DIGITS_OF[word] for word in words])[order]


def numbers_as_digits(hashes: np.ndarray,
                      hash_words: Callable[[Sequence[str]], np.ndarray]) -> np.ndarray:
    """Word `hashes` with each number word's replaced by its digits' (`hash_words` hashes words
    as written: `viewer.normalize.word_hashes`)."""
    keys, digits = _table(hash_words)
    slot = np.minimum(np.searchsorted(keys, hashes), len(keys) - 1)
    return np.where(keys[slot] == hashes, digits[slot], hashes)
