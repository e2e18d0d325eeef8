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
    with the most votes, an occurrence backing several readings of a family counted once;
    families tied, of all.
    Readings that differ by a word, or share most of their words, are one family, one reading
    edited ("seu produtor", "do seu produtor"): an outlier reading never wins on a plurality
    because the majority's votes were split between two spellings of theirs ('confirmamos a
    morte da cantora Marília Mendonça, seu produtor' in five outlets and '..., confirmamos a
    sua morte, de seu produtor' in four made the consensus say "confirmamos" twice)."""
    readings = [key for key, entry in tally.items() if entry[0] > 0 or key == reference_key]
    family = list(range(len(readings)))

    def root(at: int) -> int:
        while family[at] != at:
            at = family[at]
        return at

    for one in range(len(readings)):
        for other in range(one + 1, len(readings)):
            if _edited(readings[one], readings[other]):
                family[root(other)] = root(one)
    rows: dict[int, set[int]] = {}
    for at, key in enumerate(readings):
        rows.setdefault(root(at), set()).update(backers.get(key, ()))
    votes = {group: sum(int(weights[row]) for row in backed) for group, backed in rows.items()}
    most = max(votes.values())
    best = [group for group, count in votes.items() if count == most]
    # (families tied: the reading with the most votes, the reference's on a tie, as before)
    return max((key for at, key in enumerate(readings) if len(best) > 1 or root(at) == best[0]),
               key=lambda k: (tally[k][0], k == reference_key))


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


