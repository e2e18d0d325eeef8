"""Pieces of a statement an occurrence prints in another order, aligned where the reference
has them.

Used by the align stage (`viewer.engine.align`) after the last alignment of a statement's
occurrences against its reference and before the vote. An occurrence is aligned with one word
diff, which keeps the order of both: when an outlet prints two paragraphs of a wire story the
other way round, the diff pairs one of them and leaves the other unmatched (or pairs it word by
word with a paragraph of similar length), as if the outlet had written it itself. That paragraph
then counts as carried by none but the outlets printing it in the reference's order (it may fall
out of the consensus), and its words are marked or not by how they happen to fall. Here every
stretch of MOVED_MIN_WORDS or more of an occurrence's words that no reference word matches, or
that the diff paired with different words, is looked for among the reference's columns this
occurrence does not reach yet; a run of MOVED_MIN_WORDS equal words or more found right before
or after the columns it reaches (or MOVED_GAP_WORDS from them) is aligned to those columns
(and on over single words changed, which are then marked like any copy's edit), so the vote
sees the outlet carrying that piece, in the consensus's order. Runs of words the reference
holds more than once are not moved (nothing says which place is meant).

Pure function; linear in the occurrences' words.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from viewer.engine.consensus import Alignment, Reference, Window

MOVED_MIN_WORDS = 6
"""A piece found elsewhere in the reference is aligned there when at least this many words in a
row are the reference's: a clause or a sentence, not a phrase that recurs by chance."""
MOVED_GAP_WORDS = 4
"""A piece is moved only to right before or after the reference words the occurrence reaches,
or this many words from them (words it leaves out there, as a copy may)."""
_GRAM_WORDS = 3


def with_moved_pieces(reference: Reference, windows: Sequence[Window],
                      alignments: Sequence[Alignment]) -> list[Alignment]:
    """The `alignments`, each with the pieces of its window's unmatched words that the
    reference holds at columns it does not reach aligned to those columns."""
    words = reference.words
    places: dict[bytes, int] = {}
    repeated: set[bytes] = set()
    for column in range(len(words) - _GRAM_WORDS + 1):
        key = words[column : column + _GRAM_WORDS].tobytes()
        if key in places:
            repeated.add(key)
        else:
            places[key] = column
    for key in repeated:
        del places[key]
    if not places:
        return list(alignments)
    return [_moved(window, alignment, words, places)
            for window, alignment in zip(windows, alignments, strict=True)]


def _reach(hashes: np.ndarray, words: np.ndarray, used: np.ndarray, token: int, column: int,
           step: int, first: int, end: int) -> int:
    """How many more words past token `token` at `column` (going `step`) pair with the
    reference's, over single changed words, ending on an equal word; within tokens
    [first, end) and columns not used yet."""
    def fits(at: int, place: int) -> bool:
        return first <= at < end and 0 <= place < len(words) and not used[place]

    taken = good = 0
    while fits(token + step * (taken + 1), column + step * (taken + 1)):
        at, place = token + step * (taken + 1), column + step * (taken + 1)
        if hashes[at] != words[place] and not (
                fits(at + step, place + step) and hashes[at + step] == words[place + step]):
            break
        taken += 1
        if hashes[at] == words[place]:
            good = taken
    return good


def replaced_runs(window: Window, alignment: Alignment, reference_words: np.ndarray,
                  min_words: int) -> list[tuple[int, int, int]]:
    """Runs of `min_words` or more consecutive words the diff pairs with reference words that
    all differ from them (a paragraph in place of another, paired word by word because the two
    are of similar length), as (first token, end token, first column)."""
    columns, tokens = alignment.at_position, alignment.at_token
    differs = window.view.hashes[tokens] != reference_words[columns]
    if np.count_nonzero(differs) < min_words:
        return []
    # A run continues while both sides advance by one and the words differ.
    breaks = np.ones(len(columns), dtype=bool)
    breaks[1:] = (np.diff(columns) != 1) | (np.diff(tokens) != 1) | ~differs[:-1]
    runs: list[tuple[int, int, int]] = []
    for start in np.flatnonzero(differs & breaks).tolist():
        end = start + 1
        while end < len(columns) and differs[end] and not breaks[end]:
            end += 1
        if end - start >= min_words:
            runs.append((int(tokens[start]), int(tokens[end - 1]) + 1, int(columns[start])))
    return runs


def _unmatched(window: Window, alignment: Alignment) -> list[tuple[int, int]]:
    """The window's token ranges no reference word is paired with, of MOVED_MIN_WORDS words
    or more."""
    if not len(alignment.at_position):
        ranges = [(window.first, window.end)]
    else:
        ranges = [alignment.leading, alignment.trailing]
        ranges += [(tokens[0], tokens[-1] + 1) for tokens in alignment.inserted.values()
                   if tokens]
    return [(first, end) for first, end in ranges if end - first >= MOVED_MIN_WORDS]


def _moved(window: Window, alignment: Alignment, words: np.ndarray,
           places: dict[bytes, int]) -> Alignment:
    stretches = _unmatched(window, alignment)
    stretches += [(first, end) for first, end, _ in replaced_runs(window, alignment, words,
                                                                  MOVED_MIN_WORDS)]
    if not stretches:
        return alignment
    hashes = window.view.hashes
    used = np.zeros(len(words), dtype=bool)
    used[alignment.at_position] = True
    new_columns: list[int] = []
    new_tokens: list[int] = []
    reached = ((alignment.low, alignment.high) if len(alignment.at_position) else None)
    for first, end in stretches:
        at = first
        while at + _GRAM_WORDS <= end:
            column = places.get(hashes[at : at + _GRAM_WORDS].tobytes())
            if column is None or used[column]:
                at += 1
                continue
            size = 0
            while (at + size < end and column + size < len(words) and not used[column + size]
                   and hashes[at + size] == words[column + size]):
                size += 1
            if size < MOVED_MIN_WORDS:
                at += 1
                continue
            # The run's edges reach on over a word changed here and there.
            used[column : column + size] = True
            back = _reach(hashes, words, used, at, column, -1, first, end)
            ahead = _reach(hashes, words, used, at + size - 1, column + size - 1, 1, first, end)
            low, high = column - back, column + size + ahead
            if reached is not None and not (
                    reached[0] - MOVED_GAP_WORDS <= high <= reached[0]
                    or reached[1] <= low <= reached[1] + MOVED_GAP_WORDS):
                # Not next to what the occurrence reaches: it would seem to leave out every
                # reference word between (and vote them out of the consensus).
                used[column : column + size] = False
                at += 1
                continue
            reached = (low, high) if reached is None else (min(low, reached[0]),
                                                           max(high, reached[1]))
            used[low:high] = True
            new_columns += range(low, high)
            new_tokens += range(at - back, at + size + ahead)
            at += size + ahead
    if not new_columns:
        return alignment
    moved = set(new_tokens)
    # Words the diff had paired with other words (a paragraph standing against another) are
    # now aligned where the reference has them instead; the rest of such a paragraph is the
    # outlet's own, paired with nothing (once the occurrence is seen in another order, its
    # paragraphs' places say nothing about which words it replaced).
    unpaired = [token for first, end, _ in replaced_runs(window, alignment, words,
                                                         MOVED_MIN_WORDS)
                for token in range(first, end)]
    still_paired = ~np.isin(alignment.at_token, np.array(new_tokens + unpaired,
                                                         dtype=np.int64))
    columns = np.concatenate([alignment.at_position[still_paired],
                              np.array(new_columns, dtype=np.int64)])
    tokens = np.concatenate([alignment.at_token[still_paired],
                             np.array(new_tokens, dtype=np.int64)])
    order = np.argsort(columns, kind="stable")
    columns, tokens = columns[order], tokens[order]
    inserted = {column: kept for column, added in alignment.inserted.items()
                if (kept := [token for token in added if token not in moved])}
    lead_first, lead_end = alignment.leading
    lead_end = min([lead_end] + [t for t in new_tokens if lead_first <= t < lead_end])
    trail_first, trail_end = alignment.trailing
    trail_first = max([trail_first] + [t + 1 for t in new_tokens if trail_first <= t < trail_end])
    return Alignment(int(columns[0]), int(columns[-1]) + 1, columns, tokens, inserted,
                     (lead_first, lead_end), (trail_first, trail_end))
