"""Readings of a contested region that are one reading edited, and the family that wins its vote.

Pure functions over word readings (tuples of word hashes), for `viewer.engine.consensus`. Two
readings a word apart (one added, left out or replaced) or sharing most of their words are one
reading as two outlets edited it ("seu produtor", "do seu produtor"); the family with the most
occurrences behind it wins a region, and its reading with the most votes is the consensus. So a
majority split between two spellings of its reading is not outvoted by a minority that writes
something else there.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import numpy as np


def family_winner(tally: dict[tuple[int, ...], list[int]],
                   backers: dict[tuple[int, ...], set[int]], weights: np.ndarray,
                   reference_key: tuple[int, ...]) -> tuple[int, ...]:
    """The reading with the most votes (the reference's on a tie) of the family of readings
    with the most occurrences behind it, an occurrence backing several readings of a family
    counted once; families tied, or a reading a majority backs, the plurality as before.
    Readings each a word apart from every other of the family, or sharing most of their words,
    are one reading edited ("seu produtor", "do seu produtor"): an outlier reading never wins
    on a plurality because the majority's votes were split between two spellings of theirs
    ('confirmamos a morte da cantora Marília Mendonça, seu produtor' in five outlets and '...,
    confirmamos a sua morte, de seu produtor' in four made the consensus say "confirmamos"
    twice). Every two of a family are edited from each other: a chain ("her manager", "her
    agent", "his agent") is no family, whose ends share no word."""
    readings = [key for key, entry in tally.items() if entry[0] > 0 or key == reference_key]
    plurality = max(readings, key=lambda k: (tally[k][0], k == reference_key))

    def weight(rows: set[int]) -> int:
        return sum(int(weights[row]) for row in rows)

    voting: set[int] = set().union(*(backers.get(key, set()) for key in readings))
    if 2 * weight(backers.get(plurality, set())) > weight(voting):
        return plurality
    ranked = sorted(readings, key=lambda k: (-tally[k][0], k != reference_key))[:FAMILY_READINGS]
    families: dict[frozenset[tuple[int, ...]], int] = {}
    for seed in ranked:
        family = [seed]
        for other in ranked:
            if other != seed and all(_edited(other, member) for member in family):
                family.append(other)
        families[frozenset(family)] = weight(set().union(
            *(backers.get(key, set()) for key in family)))
    most = max(families.values())
    best = [family for family, votes in families.items() if votes == most]
    if len(best) > 1:
        return plurality
    return max(best[0], key=lambda k: (tally[k][0], k == reference_key))


FAMILY_READINGS = 8
"""The readings of a region with the most votes that families are made of (each of the others
has fewer votes than any of these): a region a thousand outlets write a thousand ways is compared
in 8 x 8 pairs, not a million."""


EDITED_RATIO = 0.6
"""Two readings sharing this share of their words (`SequenceMatcher.ratio`) are one edited."""


def _edited(one: tuple[int, ...], other: tuple[int, ...]) -> bool:
    """Whether two readings of a region are one reading edited: a word apart (one added, left
    out or replaced), or sharing EDITED_RATIO of their words."""
    if abs(len(one) - len(other)) <= 1 and max(len(one), len(other)) >= 1 and (
            contains(one, other) or contains(other, one)
            or (len(one) == len(other)
                and sum(a != b for a, b in zip(one, other, strict=True)) <= 1)):
        return True
    return SequenceMatcher(None, one, other, autojunk=False).ratio() >= EDITED_RATIO


def contains(whole: tuple[int, ...], part: tuple[int, ...]) -> bool:
    """Whether the words `part` are found, in order and together, in `whole`."""
    size = len(part)
    return any(whole[k : k + size] == part for k in range(len(whole) - size + 1))


