"""Stage 7, consensus and differences: the majority reading of a statement, word by word, and
what each occurrence writes differently.

Pure functions over the alignments of `viewer.engine.align` (which also holds the values they
share). At every reference word the occurrences that reach that far vote with their reading (a
spelling hash, or the word's absence); a reading held by a strict majority is the consensus.
An occurrence's differences are its words whose reading is not the consensus, its inserted
words the majority lacks, and words written differently ("U.S." vs "US"); where no reading has
a majority every voter's word is marked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from viewer.engine.document_view import DocumentView

_SPACE = re.compile(r"\s+")

Token = tuple[DocumentView, int]
"""A token of a document: the view and the token index."""

DELETED = np.uint64(0)
"""The reading of a word an occurrence leaves out (no spelling hash is 0 in practice)."""


class Window(NamedTuple):
    """Tokens [first, end) of a document (a named tuple: a statement makes thousands)."""

    view: DocumentView
    first: int
    end: int


class Reference:
    """The words every occurrence is aligned against: consecutive stretches of documents (the
    longest occurrence, maybe with words other occurrences carry before or after it)."""

    def __init__(self, segments: list[Window]) -> None:
        self.segments = segments
        self.words = np.concatenate([w.view.hashes[w.first : w.end] for w in segments])
        self.readings = np.concatenate([w.view.spellings()[w.first : w.end] for w in segments])
        self.segment_of = np.repeat(np.arange(len(segments)), [w.end - w.first for w in segments])
        self.token_of = np.concatenate([np.arange(w.first, w.end) for w in segments])

    def __len__(self) -> int:
        return len(self.words)


@dataclass
class Alignment:
    """One occurrence against the reference: which reference words it reaches, its word at
    each, and its words the reference lacks."""

    low: int
    high: int
    """Reference positions [low, high) the occurrence reaches (empty if it shares none)."""
    at_position: np.ndarray
    at_token: np.ndarray
    """Reference positions and the occurrence's token aligned there (same or replaced word)."""
    inserted: dict[int, list[int]]
    """Reference position -> the occurrence's tokens inserted before it (inside [low, high])."""
    leading: tuple[int, int]
    trailing: tuple[int, int]
    """Token ranges of the occurrence before its first and after its last aligned word."""


def vote(reference: Reference, windows: Sequence[Window], alignments: list[Alignment],
          weights: np.ndarray) -> tuple[str, int, list[list[int]]]:
    """The consensus text and its word count, and each (distinct) occurrence's marked token
    indices. Votes are counted with array operations: one row per occurrence, one column per
    reference word; a reading is a spelling hash."""
    length = len(reference)
    rows = len(windows)
    # -2: does not reach, -1: left out; all rows at once (a statement has many).
    lows = np.array([a.low for a in alignments], dtype=np.int64)
    highs = np.array([a.high for a in alignments], dtype=np.int64)
    columns = np.arange(length, dtype=np.int64)
    token = np.where((columns >= lows[:, None]) & (columns < highs[:, None]), -1, -2)
    reading = np.zeros((rows, length), dtype=np.uint64)
    row_of = np.repeat(np.arange(rows), [len(a.at_position) for a in alignments])
    at_position = np.concatenate([a.at_position for a in alignments])
    token[row_of, at_position] = np.concatenate([a.at_token for a in alignments])
    reading[row_of, at_position] = np.concatenate(
        [w.view.spellings()[a.at_token] for w, a in zip(windows, alignments, strict=True)])
    ref_reading = reference.readings

    voter_row, voter_col = np.nonzero(token >= -1)
    values = reading[voter_row, voter_col]
    weight = weights[voter_row]
    voters = np.bincount(voter_col, weights=weight, minlength=length)
    winner = ref_reading.copy()
    marked = np.zeros((rows, length), dtype=bool)
    # Only a column where some voter reads otherwise than the reference can be outvoted or
    # marked: the others keep the reference's reading, unanimously, and are left out here.
    contested = np.zeros(length, dtype=bool)
    contested[voter_col[values != ref_reading[voter_col]]] = True
    keep = contested[voter_col]
    if keep.any():
        voter_col, values, weight = voter_col[keep], values[keep], weight[keep]
        order = np.lexsort((values, voter_col))
        col, val, wt = voter_col[order], values[order], weight[order]
        new_group = np.ones(len(col), dtype=bool)
        new_group[1:] = (col[1:] != col[:-1]) | (val[1:] != val[:-1])
        starts = np.flatnonzero(new_group)
        counts = np.add.reduceat(wt, starts)
        group_col, group_val = col[starts], val[starts]
        unanimous = np.bincount(group_col, minlength=length) <= 1
        best = np.lexsort((-counts, group_col))
        first_of_col = np.ones(len(best), dtype=bool)
        first_of_col[1:] = group_col[best][1:] != group_col[best][:-1]
        top = best[first_of_col]
        top_col = group_col[top]
        majority = np.zeros(length, dtype=bool)
        majority[top_col] = 2 * counts[top] > voters[top_col]
        winner[top_col] = np.where(majority[top_col], group_val[top], ref_reading[top_col])
        marked = ((token >= 0) & ~unanimous[None, :]
                  & (~majority[None, :] | (reading != winner[None, :])))
    marked_row, marked_column = np.nonzero(marked)
    marked_tokens = token[marked_row, marked_column].tolist()
    ends = np.cumsum(np.bincount(marked_row, minlength=rows)).tolist()
    marks: list[list[int]] = [marked_tokens[start:end]
                              for start, end in zip([0, *ends[:-1]], ends, strict=True)]
    adopted = _adopted_insertions(windows, alignments, weights, marks)
    text, words = _consensus_text(reference, winner, token, reading, windows, adopted)
    return text, words, marks


def _adopted_insertions(windows: Sequence[Window], alignments: list[Alignment],
                        weights: np.ndarray, marks: list[list[int]]) -> dict[int, list[Token]]:
    """Words some occurrences insert between two reference words: adopted into the consensus
    when a strict majority of the occurrences reaching over that place insert the same words
    (then they carry no mark); otherwise every inserted word is marked."""
    places: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
    for row, alignment in enumerate(alignments):
        spellings = windows[row].view.spellings()
        for position, tokens in alignment.inserted.items():
            places.setdefault(position, []).append(
                (row, tuple(int(spellings[t]) for t in tokens)))
    adopted: dict[int, list[Token]] = {}
    for position, inserts in sorted(places.items()):
        voters = sum(int(weights[row]) for row, alignment in enumerate(alignments)
                     if alignment.low < position < alignment.high)
        tally: Counter[tuple[int, ...]] = Counter()
        for row, words in inserts:
            tally[words] += int(weights[row])
        best, votes = tally.most_common(1)[0]
        taken = 2 * votes > voters
        for row, words in inserts:
            if not taken or words != best:
                marks[row].extend(alignments[row].inserted[position])
        if taken:
            row = next(r for r, words in inserts if words == best)
            adopted[position] = [(windows[row].view, t) for t in alignments[row].inserted[position]]
    return adopted


def _consensus_text(reference: Reference, winner: np.ndarray, token: np.ndarray,
                    reading: np.ndarray, windows: Sequence[Window],
                    adopted: dict[int, list[Token]]) -> tuple[str, int]:
    """The consensus as text, and its word count: runs of reference words kept as written
    (with their own punctuation and spacing), other words from an occurrence that reads them
    so, joined by spaces."""
    kept = winner != DELETED
    changed = kept & (winner != reference.readings)
    if not adopted and bool(kept.all()) and not changed.any():
        # The consensus reads as the reference: each of its stretches is one run.
        return " ".join(_SPACE.sub(" ", w.view.raw(w.first, w.end))
                        for w in reference.segments), len(reference)
    return _text_word_by_word(reference, winner, token, reading, windows, adopted)


def _text_word_by_word(reference: Reference, winner: np.ndarray, token: np.ndarray,
                       reading: np.ndarray, windows: Sequence[Window],
                       adopted: dict[int, list[Token]]) -> tuple[str, int]:
    """`_consensus_text` built position by position (what every consensus needs but one read
    exactly as the reference)."""
    kept = winner != DELETED
    changed = kept & (winner != reference.readings)
    carrier_row = np.argmax((reading == winner[None, :]) & (token >= 0), axis=0)
    pieces: list[str] = []
    words = 0
    run: tuple[int, int, int] | None = None  # segment, first token, last token

    def close_run() -> None:
        nonlocal run
        if run is not None:
            view = reference.segments[run[0]].view
            pieces.append(_SPACE.sub(" ", view.text[view.starts[run[1]] : view.ends[run[2]]]))
            run = None

    segment_of = reference.segment_of.tolist()
    token_of = reference.token_of.tolist()
    kept_list, changed_list = kept.tolist(), changed.tolist()
    for position in range(len(reference)):
        inserted = adopted.get(position)
        if inserted:
            close_run()
            pieces.extend(v.text[v.starts[t] : v.ends[t]] for v, t in inserted)
            words += len(inserted)
        if not kept_list[position]:
            close_run()
            continue
        words += 1
        if changed_list[position]:
            close_run()
            row = int(carrier_row[position])
            view, at = windows[row].view, int(token[row, position])
            pieces.append(view.text[view.starts[at] : view.ends[at]])
            continue
        segment, at = segment_of[position], token_of[position]
        if run is not None and run[0] == segment and run[2] == at - 1:
            run = (segment, run[1], at)
        else:
            close_run()
            run = (segment, at, at)
    close_run()
    return " ".join(pieces), words
