"""Pieces of a statement an occurrence prints in another order, aligned where the reference
has them.

Used by the align stage (`viewer.engine.align`) after the last alignment of a statement's
occurrences against its reference and before the vote. An occurrence is aligned with one word diff,
which keeps the order of both: when an outlet prints two paragraphs of a wire story the other way
round, the diff pairs one of them and leaves the other unmatched, as if the outlet had written it
itself. That paragraph then counts as carried by none but the outlets printing it in the reference's
order (it may fall out of the consensus), and its words are marked or not by how they happen to
fall. So the pairs the diff made hold where they are in runs of three or more equal words (a run
reaching on over a word changed within its paragraph, two equal words after it or equal words up to
the paragraph's edge: `_reaching_on`); every stretch of MOVED_MIN_WORDS words or more between held
pairs (words the diff left unmatched, or paired with other words of the reference: a paragraph in
place of another of similar length, a "the" equal by chance here and there) is looked for among the
reference's columns this occurrence does not reach yet. A run of MOVED_MIN_WORDS equal words or more
found right before or after the columns it reaches (or MOVED_GAP_WORDS from them), or in a gap
inside them (a paragraph printed after the one the reference has after it), is aligned to those
columns, and on over single words changed at its edges (`_reach`; those are then marked like any
copy's edit), so the vote sees the outlet carrying that piece, in the consensus's order; the
stretches are looked through again while pieces move (one may be next to what the occurrence reaches
only once another has moved). Once a piece moved, the rest of a paragraph the diff paired word by
word with another is the outlet's own, paired with nothing. Runs of words the reference holds more
than once are not moved (nothing says which place is meant).

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
or this many words from them (words it leaves out there, as a copy may), or into a gap inside
them."""
HELD_WORDS = 3
"""Words paired with equal reference words hold (are not looked at again) in runs of at least
this many; a piece is found by its first this many words."""
MOVE_PASSES = 4
"""Stretches are looked through at most this many times (each time a piece moved)."""


def with_moved_pieces(reference: Reference, windows: Sequence[Window],
                      alignments: Sequence[Alignment], free: Sequence[bool] | None = None
                      ) -> list[Alignment]:
    """The `alignments`, each with the pieces of its window's unmatched words that the
    reference holds at columns it does not reach aligned to those columns. `free`:
    `with_free_stretches` of these alignments when the caller has it already."""
    words = reference.words
    if free is None:
        free = with_free_stretches(windows, alignments, words)
    if not any(free):
        return list(alignments)  # (the common case: every occurrence a copy)
    places: dict[bytes, int] = {}
    repeated: set[bytes] = set()
    for column in range(len(words) - HELD_WORDS + 1):
        key = words[column : column + HELD_WORDS].tobytes()
        if key in places:
            repeated.add(key)
        else:
            places[key] = column
    for key in repeated:
        del places[key]
    if not places:
        return list(alignments)
    return [_moved(window, alignment, words, places) if has_free else alignment
            for window, alignment, has_free in zip(windows, alignments, free, strict=True)]


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


def with_free_stretches(windows: Sequence[Window], alignments: Sequence[Alignment],
                        words: np.ndarray) -> list[bool]:
    """Per window: whether it has MOVED_MIN_WORDS or more consecutive words not held by a run
    of HELD_WORDS words equal to the reference's (`words`) at consecutive columns: words
    unmatched or standing against others, which may be a piece (most occurrences are copies
    with a few words changed and have none). All windows at once, a statement having many."""
    count = len(windows)
    sizes = [len(alignment.at_token) for alignment in alignments]
    if not count:
        return []
    columns = np.concatenate([a.at_position for a in alignments]).astype(np.int64)
    tokens = np.concatenate([a.at_token for a in alignments]).astype(np.int64)
    equal = np.concatenate([window.view.hashes[a.at_token] == words[a.at_position]
                            for window, a in zip(windows, alignments, strict=True)])
    rows = np.repeat(np.arange(count), sizes)
    if len(tokens):
        starts = np.ones(len(tokens), dtype=bool)
        starts[1:] = ((np.diff(rows) != 0) | (np.diff(columns) != 1) | (np.diff(tokens) != 1)
                      | (equal[1:] != equal[:-1]))
        run = np.cumsum(starts) - 1
        solid = equal & (np.bincount(run)[run] >= HELD_WORDS)
    else:
        solid = np.zeros(0, dtype=bool)
    # Held tokens and each window's edges, in order: a gap of MOVED_MIN_WORDS or more
    # between two of them is a free stretch.
    firsts = np.array([w.first - 1 for w in windows], dtype=np.int64)
    ends = np.array([w.end for w in windows], dtype=np.int64)
    point_rows = np.concatenate([rows[solid], np.arange(count), np.arange(count)])
    point_tokens = np.concatenate([tokens[solid], firsts, ends])
    order = np.lexsort((point_tokens, point_rows))
    point_rows, point_tokens = point_rows[order], point_tokens[order]
    wide = (np.diff(point_rows) == 0) & (np.diff(point_tokens) - 1 >= MOVED_MIN_WORDS)
    free = np.zeros(count, dtype=bool)
    free[point_rows[1:][wide]] = True
    return free.tolist()


def _moved(window: Window, alignment: Alignment, words: np.ndarray,
           places: dict[bytes, int]) -> Alignment:
    hashes = window.view.hashes
    columns, tokens = alignment.at_position, alignment.at_token
    # Pairs in runs of HELD_WORDS equal words or more hold, and so do the pairs between them
    # (a word changed next to two kept); stretches of MOVED_MIN_WORDS or more without them
    # (words the diff left unmatched, or paired with other words of the reference, a
    # paragraph in place of another of similar length with a "the" here and there equal by
    # chance) may be a piece printed elsewhere.
    equal = hashes[tokens] == words[columns]
    solid = _reaching_on(in_equal_runs(equal, columns, tokens, HELD_WORDS), equal, columns,
                         tokens, window.view.line_start)
    stretches = np.array(_free_stretches(window, tokens[solid]), dtype=np.int64).reshape(-1, 2)
    inside = np.searchsorted(stretches[:, 0], tokens, side="right") - 1
    free = (inside >= 0) & (tokens < stretches[np.maximum(inside, 0), 1]) if len(stretches) \
        else np.zeros(len(tokens), dtype=bool)
    # (An occurrence nothing holds keeps what it reaches by chance, as far as the diff said:
    # its words are not moved far from there.)
    held_pairs = ~free if not free.all() else np.ones(len(tokens), dtype=bool)
    held = tokens[held_pairs]
    used = np.zeros(len(words), dtype=bool)
    used[columns[held_pairs]] = True
    reached = ((int(columns[held_pairs].min()), int(columns[held_pairs].max()) + 1)
               if len(held) else None)
    new_columns: list[int] = []
    new_tokens: list[int] = []
    # A piece becomes next to what the occurrence reaches once another is moved (the outlet
    # prints the reference's last two paragraphs first, the last one first of all): the
    # stretches are looked through again while pieces move, at most MOVE_PASSES times.
    for _ in range(MOVE_PASSES):
        moved_before = len(new_tokens)
        for first, end in _free_stretches(window, held):
            reached = _move_runs(hashes, words, places, used, reached, first, end,
                                 new_columns, new_tokens)
        if len(new_tokens) == moved_before:
            break
        held = np.concatenate([held, np.array(new_tokens[moved_before:], dtype=np.int64)])
    if not new_columns:
        return alignment
    moved = set(new_tokens)
    # A moved word leaves the column the diff paired it with. The rest of the words the diff
    # had paired with other words (a paragraph standing against another) are the outlet's own,
    # paired with nothing: once the occurrence is seen in another order, its paragraphs'
    # places say nothing about which words it replaced.
    # (A word changed next to a moved piece stays paired: it is a copy's edit.) A word paired
    # with a column a piece now takes stays the occurrence's own, inserted there.
    gone = np.isin(tokens, new_tokens) | _loose_runs(~solid, tokens)
    displaced = ~gone & np.isin(columns, new_columns)
    kept = ~gone & ~displaced
    inserted = {column: kept_tokens for column, added in alignment.inserted.items()
                if (kept_tokens := [token for token in added if token not in moved])}
    for column, token in zip(columns[displaced].tolist(), tokens[displaced].tolist(),
                             strict=True):
        inserted.setdefault(column, []).append(token)
    columns = np.concatenate([columns[kept], np.array(new_columns, dtype=np.int64)])
    tokens = np.concatenate([tokens[kept], np.array(new_tokens, dtype=np.int64)])
    order = np.argsort(columns, kind="stable")
    columns, tokens = columns[order], tokens[order]
    lead_first, lead_end = alignment.leading
    lead_end = min([lead_end] + [t for t in new_tokens if lead_first <= t < lead_end])
    trail_first, trail_end = alignment.trailing
    trail_first = max([trail_first] + [t + 1 for t in new_tokens if trail_first <= t < trail_end])
    return Alignment(int(columns[0]), int(columns[-1]) + 1, columns, tokens, inserted,
                     (lead_first, lead_end), (trail_first, trail_end))


def _move_runs(hashes: np.ndarray, words: np.ndarray, places: dict[bytes, int],
               used: np.ndarray, reached: tuple[int, int] | None, first: int, end: int,
               new_columns: list[int], new_tokens: list[int]) -> tuple[int, int] | None:
    """The runs of tokens [first, end) found at unused reference columns next to `reached` or
    in a gap inside it, added to `new_columns` and `new_tokens` (and `used`); the columns
    reached then."""
    at = first
    while at + HELD_WORDS <= end:
        column = places.get(hashes[at : at + HELD_WORDS].tobytes())
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
                or reached[1] <= low <= reached[1] + MOVED_GAP_WORDS
                or (reached[0] < low and high < reached[1])):
            # Neither next to what the occurrence reaches (or MOVED_GAP_WORDS from it) nor in
            # a gap inside it (columns it leaves out): it would seem to leave out every
            # reference word between (and vote them out of the consensus). Any later start in
            # this run reaches the same columns (its words are equal up to the same ends), so
            # the run is passed.
            used[column : column + size] = False
            at += size
            continue
        reached = (low, high) if reached is None else (min(low, reached[0]),
                                                       max(high, reached[1]))
        used[low:high] = True
        new_columns += range(low, high)
        new_tokens += range(at - back, at + size + ahead)
        at += size + ahead
    return reached


def in_equal_runs(equal: np.ndarray, columns: np.ndarray, tokens: np.ndarray, size: int
                  ) -> np.ndarray:
    """Per pair of an alignment (reference `columns`, `tokens`, whether the two words are
    `equal`): whether it is in a run of `size` or more equal words at consecutive columns
    and tokens (not a common word the diff matched by chance)."""
    solid = np.zeros(len(columns), dtype=bool)
    if not len(columns):
        return solid
    starts = np.ones(len(columns), dtype=bool)
    starts[1:] = (np.diff(columns) != 1) | (np.diff(tokens) != 1) | (equal[1:] != equal[:-1])
    run = np.cumsum(starts) - 1
    sizes = np.bincount(run)
    solid[:] = equal & (sizes[run] >= size)
    return solid


def _reaching_on(solid: np.ndarray, equal: np.ndarray, columns: np.ndarray,
                 tokens: np.ndarray, line_start: np.ndarray) -> np.ndarray:
    """`solid` with each run of solid pairs reaching on over single changed words within its
    paragraph: pairs at the next columns and tokens, each changed word followed by two equal
    ones or more, or by equal ones up to the paragraph's edge ("before the next tide." against
    "before the evening tide."). A paragraph's first words before a word a copy changed
    ("Divers found two more" against "Divers found three more") are the diff's own pairing of
    that paragraph, not part of the paragraph it paired word by word with another before them
    (where a "the" is equal by chance between two changed words)."""
    reaching = solid.copy()
    count = len(solid)
    if not count:
        return reaching

    def next_pair(at: int, step: int) -> bool:
        ahead = at + step
        return (0 <= ahead < count and not solid[ahead]
                and columns[ahead] == columns[at] + step and tokens[ahead] == tokens[at] + step
                and not line_start[tokens[max(at, ahead)]])

    before = np.concatenate(([False], solid[:-1]))
    after = np.concatenate((solid[1:], [False]))
    for step, edges in ((-1, solid & ~before), (1, solid & ~after)):
        for index in np.flatnonzero(edges).tolist():
            at = good = index
            changed, kept = False, 0
            while next_pair(at, step):
                at += step
                if equal[at]:
                    kept += 1
                    if not changed or kept >= 2 or _paragraph_edge(line_start, int(tokens[at]),
                                                                   step):
                        good = at
                elif (changed and kept < 2) or not next_pair(at, step):
                    break
                else:
                    changed, kept = True, 0
            low, high = sorted((index, good))
            reaching[low : high + 1] = True
    return reaching


def _paragraph_edge(line_start: np.ndarray, token: int, step: int) -> bool:
    """Whether `token` is its paragraph's last word (`step` 1) or its first (`step` -1)."""
    if step > 0:
        return token + 1 >= len(line_start) or bool(line_start[token + 1])
    return bool(line_start[token])


def _loose_runs(loose: np.ndarray, tokens: np.ndarray) -> np.ndarray:
    """Per pair: whether it is in a run of MOVED_MIN_WORDS or more `loose` pairs of consecutive
    tokens (a paragraph the diff paired word by word with another)."""
    starts = np.ones(len(tokens), dtype=bool)
    starts[1:] = (np.diff(tokens) != 1) | (loose[1:] != loose[:-1])
    run = np.cumsum(starts) - 1
    in_run = np.zeros(len(tokens), dtype=bool)
    if len(tokens):
        in_run[:] = loose & (np.bincount(run)[run] >= MOVED_MIN_WORDS)
    return in_run


def _free_stretches(window: Window, held: np.ndarray) -> list[tuple[int, int]]:
    """The window's token ranges of MOVED_MIN_WORDS or more between the `held` tokens."""
    edges = np.concatenate(([window.first - 1], np.sort(held), [window.end]))
    firsts, ends = edges[:-1] + 1, edges[1:]
    wide = ends - firsts >= MOVED_MIN_WORDS
    return list(zip(firsts[wide].tolist(), ends[wide].tolist(), strict=True))
