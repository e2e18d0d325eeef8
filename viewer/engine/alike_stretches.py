"""Stretches several outlets print alike that the consensus has no place for are no outlet's
differences.

Used by the align stage (`viewer.engine.align`) after the vote. A statement's consensus holds
its reference and up to `shared_pieces.MAX_PIECES` pieces others carry; a long statement quoted
in many pieces (a president's address, a wire story with its quotations) may leave some out, and
every word of such a piece was marked in every outlet printing it, identical copies underlined
from end to end (a French-speaking newcomer's two outlets quoting Macron alike). Here marked
words that two documents or more print alike, ALIKE_MIN_WORDS of them in a row or more, word for
word, are unmarked in each: a piece the consensus lacks, not a wording of one outlet. Shorter
runs stay marked: two outlets writing "US" where five write "U.S." still differ from the
majority.

Pure function; linear in the marked words.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.engine.consensus import Window

ALIKE_MIN_WORDS = 8
"""The fewest words of a marked run that two outlets print alike for it to be a piece the
consensus lacks (a clause), not a variant reading two outlets share."""


def unmarked_alike(occurrences: Sequence[Window], marks: list[list[int]]) -> list[list[int]]:
    """`marks` (each occurrence's marked token indices, in its document) without the marked
    words that ALIKE_MIN_WORDS marked words in a row or more, printed alike and marked in
    another document's occurrence too, cover (runs compared a window of that many words at a
    time: one outlet's piece may run on a sentence further than another's)."""
    holders: dict[bytes, set[int]] = {}
    windows: list[list[tuple[bytes, int]]] = []
    for occurrence, marked in zip(occurrences, marks, strict=True):
        found: list[tuple[bytes, int]] = []
        for first, end in _runs(sorted(set(marked))):
            hashes = occurrence.view.hashes
            for start in range(first, end - ALIKE_MIN_WORDS + 1):
                key = hashes[start:start + ALIKE_MIN_WORDS].tobytes()
                found.append((key, start))
                holders.setdefault(key, set()).add(occurrence.view.index)
        windows.append(found)
    result = []
    for marked, found in zip(marks, windows, strict=True):
        gone = {token for key, start in found if len(holders[key]) >= 2
                for token in range(start, start + ALIKE_MIN_WORDS)}
        result.append([m for m in marked if m not in gone] if gone else marked)
    return result


def _runs(marked: list[int]) -> list[tuple[int, int]]:
    """Consecutive token indices of a sorted list as [first, end) runs."""
    found: list[tuple[int, int]] = []
    for token in marked:
        if found and found[-1][1] == token:
            found[-1] = (found[-1][0], token + 1)
        else:
            found.append((token, token + 1))
    return found
