"""Stage 7, consensus and differences: the majority reading of a statement, word by word, and
what each occurrence writes differently.

Pure functions over the alignments of `viewer.engine.align` (which also holds the values they
share). Reference words every occurrence reaching them reads alike are agreed; each stretch
between agreed words where occurrences differ (replaced, left out or added words) is voted on
whole, so the consensus is, between any two agreed words, what some occurrence writes there,
in its order. It runs from the first to the last reference word two or more occurrences reach:
what several outlets carry. An occurrence's differences are its words there that the winning
reading does not have at that place (a word diff), including words written differently ("U.S."
vs "US"), and its words outside that stretch; a word the consensus reads the same at that place
is never marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import NamedTuple

import numpy as np

from viewer.engine.consensus_text import TokenRun, joined_text
from viewer.engine.document_view import DocumentView
from viewer.engine.reading_families import contains, family_winner


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
    indices.

    Columns (reference words) where every occurrence reaching them reads as the reference are
    agreed. Between agreed columns, a contested region (replaced, left out or inserted words)
    is voted on whole: each occurrence that spans it (an agreed word on either side, or the
    reference's edge) votes for what it writes there, and one that starts or ends inside it
    supports every reading it is part of; the reading with the most votes wins, the
    reference's on a tie. So the consensus is what some occurrence writes between two agreed
    words, in its order, never a splice of several. An occurrence's marks in a region are its
    words there that a word diff against the winning reading does not match."""
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
    differs = (token >= -1) & (reading != ref_reading[None, :])
    contested = differs.any(axis=0)
    marks: list[list[int]] = [[] for _ in range(rows)]
    keep_low, keep_high = _carried(lows, highs, weights, length)
    inserted_at = {p for a in alignments for p in a.inserted if keep_low <= p <= keep_high}
    regions = [(max(low, keep_low), min(high, keep_high))
               for low, high in _regions(contested, inserted_at)
               if high >= keep_low and low <= keep_high]
    _mark_outside(alignments, token, keep_low, keep_high, marks)
    runs: list[TokenRun] = []
    done = keep_low
    if regions:
        ballot = _Ballot(reference, windows, alignments, weights, token,
                         reference.readings.tolist())
        # Per region, the occurrences reaching it, and which of them span it reading it as
        # the reference (all regions at once: a statement has many).
        region_low = np.array([low for low, _ in regions], dtype=np.int64)
        region_high = np.array([high for _, high in regions], dtype=np.int64)
        differing = np.concatenate([np.zeros((rows, 1), dtype=np.int64),
                                    np.cumsum(differs, axis=1)], axis=1)
        starts, ends = lows[None, :], highs[None, :]
        reach = ((ends > starts) & (ends >= region_low[:, None])
                 & (starts <= region_high[:, None]))
        quiet = (((starts < region_low[:, None]) | (starts == 0))
                 & ((ends > region_high[:, None]) | (ends == length))
                 & (differing[:, region_high].T == differing[:, region_low].T))
        region_of, row_of_reach = np.nonzero(reach)
        reaching = row_of_reach.tolist()
        plain = quiet[region_of, row_of_reach].tolist()
        bounds = np.searchsorted(region_of, np.arange(len(regions) + 1)).tolist()
        for index, (low, high) in enumerate(regions):
            runs += _reference_runs(reference, done, low)
            first, end = bounds[index], bounds[index + 1]
            runs += _region_winner(ballot, low, high, reaching[first:end], plain[first:end],
                                   marks)
            done = high
    runs += _reference_runs(reference, done, keep_high)
    return joined_text(runs), sum(end - first for _, first, end in runs), marks


def _carried(lows: np.ndarray, highs: np.ndarray, weights: np.ndarray, length: int
             ) -> tuple[int, int]:
    """The reference columns [low, high) from the first to the last that two or more
    occurrences reach (counted with their weights): the statement is what several outlets
    carry. Words only one occurrence has at an edge of the reference are its own, however
    they came into it (a quoted phrase of the statement printed right before it, '"a great
    friend". "What sad news..."'); all columns when no two occurrences meet."""
    reached = np.zeros(length + 1, dtype=np.int64)
    np.add.at(reached, lows, weights)
    np.add.at(reached, highs, -weights)
    carried = np.flatnonzero(np.cumsum(reached[:length]) >= 2)
    if not len(carried):
        return 0, length
    return int(carried[0]), int(carried[-1]) + 1


def _mark_outside(alignments: list[Alignment], token: np.ndarray, keep_low: int,
                  keep_high: int, marks: list[list[int]]) -> None:
    """Each occurrence's words at reference columns outside [keep_low, keep_high), or inserted
    before a column outside it, added to its marks: words the consensus does not have."""
    for row, alignment in enumerate(alignments):
        if keep_low <= alignment.low and alignment.high <= keep_high:
            continue
        outside = [position for position in range(alignment.low, alignment.high)
                   if position < keep_low or position >= keep_high]
        words = [int(token[row, position]) for position in outside
                 if token[row, position] >= 0]
        words += [at for position, inserted in alignment.inserted.items()
                  if position < keep_low or position > keep_high for at in inserted]
        marks[row] += sorted(words)


AGREED_GAP_WORDS = 1
"""Contested stretches this few agreed words apart are voted on as one region: a lone word
both readings have ("in" of "killed in St. Sebastian's" and of "In one church, St.
Sebastian's") is no place to splice one reading onto another."""


def _regions(contested: np.ndarray, inserted_at: set[int]) -> list[tuple[int, int]]:
    """The contested regions [low, high) of reference columns, in order: runs of contested
    columns, with the places words are inserted (before column p: the empty region [p, p)
    unless it touches a run), joined when AGREED_GAP_WORDS or fewer columns apart."""
    columns = np.flatnonzero(contested)
    spans: list[tuple[int, int]] = []
    if len(columns):
        step = np.diff(columns) != 1
        firsts = columns[np.concatenate(([True], step))].tolist()
        lasts = columns[np.concatenate((step, [True]))].tolist()
        spans = [(first, last + 1) for first, last in zip(firsts, lasts, strict=True)]
    spans += [(p, p) for p in inserted_at]
    spans.sort()
    regions: list[tuple[int, int]] = []
    for low, high in spans:
        if regions and low <= regions[-1][1] + AGREED_GAP_WORDS:
            regions[-1] = (regions[-1][0], max(regions[-1][1], high))
        else:
            regions.append((low, high))
    return regions


def _variant(alignment: Alignment, tokens: np.ndarray, low: int, high: int) -> list[int]:
    """An occurrence's tokens in the region [low, high): aligned there or inserted before
    one of its columns or before column `high`."""
    out: list[int] = []
    inserted = alignment.inserted
    for position, at in zip(range(low, high), tokens[low:high].tolist(), strict=True):
        words = inserted.get(position)
        if words:
            out += words
        if at >= 0:
            out.append(at)
    words = inserted.get(high)
    if words:
        out += words
    return out


@dataclass(frozen=True, eq=False)
class _Ballot:
    """A statement's alignments as the regions are voted on."""

    reference: Reference
    windows: Sequence[Window]
    alignments: list[Alignment]
    weights: np.ndarray
    token: np.ndarray
    """Per occurrence and reference column: its token there, -1 left out, -2 not reached."""
    readings: list[int]
    """The reference's readings."""


def _region_winner(ballot: _Ballot, low: int, high: int, reaching: list[int],
                   plain: list[bool], marks: list[list[int]]) -> list[TokenRun]:
    """The winning reading of the region [low, high) as runs of its carrier's tokens; each
    occurrence's words there that the winner does not read are added to `marks`.

    An occurrence spanning the region votes for what it writes there. One that starts or
    ends inside it (its own words before or after included), or right next to it (its own
    words on that side), supports each reading it agrees with."""
    reference, windows, alignments = ballot.reference, ballot.windows, ballot.alignments
    weights, token = ballot.weights, ballot.token
    length = len(reference)
    reference_key = tuple(ballot.readings[low:high])
    tally: dict[tuple[int, ...], list[int]] = {reference_key: [0, -1]}  # votes, carrier row
    backers: dict[tuple[int, ...], set[int]] = {reference_key: set()}  # rows voting for each
    voters: list[tuple[int, list[int], tuple[int, ...]]] = []
    support: list[tuple[int, tuple[int, ...], int]] = []  # row, words, how they must fit
    readers: list[int] = []
    for row, quiet in zip(reaching, plain, strict=True):
        # Occurrences spanning the region and reading it as the reference (most of them)
        # vote for it without being looked at word by word.
        alignment = alignments[row]
        if quiet and (low < high or alignment.low < low) and not any(
                low <= position <= high for position in alignment.inserted):
            tally[reference_key][0] += int(weights[row])
            backers[reference_key].add(row)
            readers.append(row)
            continue
        spellings = windows[row].view.spellings()
        if alignment.low == high or alignment.high == low:
            # Joining the statement right after (before) the region: its own words before
            # (after) it support the readings that end (start) alike.
            first, end = alignment.leading if alignment.low == high else alignment.trailing
            if end > first:
                support.append((row, tuple(spellings[first:end].tolist()),
                                _ENDS if alignment.low == high else _STARTS))
            if low == high or alignment.low == high:
                continue
        tokens = _variant(alignment, token[row], low, high)
        key = tuple(spellings[tokens].tolist()) if tokens else ()
        voters.append((row, tokens, key))
        starts_inside = alignment.low > low or (alignment.low == low > 0)
        ends_inside = alignment.high < high or (alignment.high == high < length)
        if not starts_inside and not ends_inside:
            entry = tally.setdefault(key, [0, row])
            entry[0] += int(weights[row])
            backers.setdefault(key, set()).add(row)
            if entry[1] < 0:
                entry[1] = row
            continue
        first, end = alignment.leading
        words = tuple(spellings[first:end].tolist()) if starts_inside else ()
        words += key
        first, end = alignment.trailing
        words += tuple(spellings[first:end].tolist()) if ends_inside else ()
        if words:
            support.append((row, words, _INSIDE))
    for row, words, fit in support:
        for candidate, entry in tally.items():
            if candidate and _fits(candidate, words, fit):
                entry[0] += int(weights[row])
                backers.setdefault(candidate, set()).add(row)
    winner = family_winner(tally, backers, weights, reference_key)
    if winner != reference_key:
        voters += [(row, _variant(alignments[row], token[row], low, high), reference_key)
                   for row in readers]
    for row, tokens, key in voters:
        if key != winner and tokens:
            marks[row] += _unmatched(tokens, key, winner)
    carrier = tally[winner][1]
    if carrier < 0:
        return _reference_runs(reference, low, high)
    tokens = _variant(alignments[carrier], token[carrier], low, high)
    return _consecutive(windows[carrier].view, tokens)


_INSIDE, _ENDS, _STARTS = range(3)


def _fits(candidate: tuple[int, ...], words: tuple[int, ...], fit: int) -> bool:
    """Whether `words` agree with the reading `candidate`: found inside it (_INSIDE), or, for
    words right before (_ENDS) or after (_STARTS) the region, ending (starting) alike."""
    if fit == _ENDS:
        size = min(len(candidate), len(words))
        return candidate[len(candidate) - size :] == words[len(words) - size :]
    if fit == _STARTS:
        size = min(len(candidate), len(words))
        return candidate[:size] == words[:size]
    return contains(candidate, words)


def _unmatched(tokens: list[int], key: tuple[int, ...], winner: tuple[int, ...]) -> list[int]:
    """The tokens (reading `key`) a word diff against the reading `winner` leaves unmatched."""
    if not winner:
        return tokens
    if len(key) == len(winner):
        # A few replaced words (the common case): compared place by place.
        differing = [t for t, one, other in zip(tokens, key, winner, strict=True)
                     if one != other]
        if 4 * len(differing) <= len(tokens):
            return differing
    if len(key) < len(winner) and contains(winner, key):
        return []  # a stretch of the winning reading (an occurrence starting or ending inside)
    matched = [False] * len(tokens)
    for a, _, size in SequenceMatcher(None, key, winner, autojunk=False).get_matching_blocks():
        matched[a : a + size] = [True] * size
    return [t for t, hit in zip(tokens, matched, strict=True) if not hit]


def _consecutive(view: DocumentView, tokens: list[int]) -> list[TokenRun]:
    runs: list[TokenRun] = []
    for at in tokens:
        if runs and runs[-1][2] == at:
            runs[-1] = (view, runs[-1][1], at + 1)
        else:
            runs.append((view, at, at + 1))
    return runs


def _reference_runs(reference: Reference, low: int, high: int) -> list[TokenRun]:
    """The reference's columns [low, high) as runs of its segments' tokens."""
    runs: list[TokenRun] = []
    start = 0
    for segment in reference.segments:
        size = segment.end - segment.first
        first, end = max(low, start), min(high, start + size)
        if first < end:
            runs.append((segment.view, segment.first + first - start,
                         segment.first + end - start))
        start += size
    return runs
