"""Whether a capitalised word before a reporting verb is part of an office's portfolio list (for
`viewer.engine.attribution_names`).

Pure function of a few words' arrays. Spanish, Italian, French and English offices name their
portfolios as a list of capitalised nouns after "de" / "of" ("el ministro de Industria, Energía y
Turismo señala", "the Minister of Housing, Communities and Local Government said"): the last of
them stands right before the verb, where the speaker's name would, but names no one.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import reporting

PORTFOLIO_ITEMS = 5
"""The most nouns a portfolio list is read back over."""
_LIST_WORDS = frozenset(reporting.hashes_of("and et y e und i en").tolist())
_OF = frozenset(reporting.hashes_of("of de del di della du des da do").tolist())


def in_portfolio_list(hashes: np.ndarray, capital: np.ndarray, clause: np.ndarray,
                      title: np.ndarray, at: int) -> bool:
    """Whether the capitalised word at index `at` closes a list of two or more capitalised nouns
    joined by commas and "and" (or its other languages' words) that follows "of" / "de" after an
    office ("ministro de Industria, Energía y Turismo"). `clause[k]`: a clause boundary (a comma)
    stands before word k; `title[k]`: word k is an office."""
    position, items = at, 1
    while position >= 2 and items <= PORTFOLIO_ITEMS:
        before = position - 1
        if int(hashes[before]) in _LIST_WORDS and not capital[before] and capital[before - 1]:
            position, items = before - 1, items + 1
        elif clause[position] and capital[before] and int(hashes[before]) not in _OF:
            position, items = before, items + 1
        elif (int(hashes[before]) in _OF and not clause[position] and not clause[before]
              and title[before - 1]):
            return items >= 2
        else:
            return False
    return False
