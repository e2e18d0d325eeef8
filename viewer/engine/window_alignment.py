"""One window of a statement aligned word by word against the statement's reference.

Used by the align stage (`viewer.engine.align`) for every occurrence window. Words become
characters (`WordEncoder`: the n-th distinct word hash of a statement is code n) so that
diff-match-patch's word mode, behind `viewer.engine.anchored_diff`, diffs them; a window of
equal length with only a few replaced words is aligned word for word without a diff, and a
window that shares too little with the reference is not diffed at all (it does not align).
Pure functions; no state between statements.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.engine.anchored_diff import AnchoredDiffer, Coded, Run
from viewer.engine.consensus import Alignment, Window


def anchor_runs(coded: str) -> frozenset[str]:
    """The ANCHOR_WORDS-word runs of a coded text."""
    return frozenset(coded[k : k + ANCHOR_WORDS] for k in range(len(coded) - ANCHOR_WORDS + 1))


def shared_anchor_runs(text: str, runs: frozenset[str]) -> int:
    """How many of the coded window `text`'s ANCHOR_WORDS-word runs are among `runs`."""
    return sum(text[k : k + ANCHOR_WORDS] in runs for k in range(len(text) - ANCHOR_WORDS + 1))


class WordEncoder:
    """Words as characters for diff-match-patch's word mode: the n-th distinct word hash of a
    statement is code n, written as one character (see `as_text`), encoded with arrays."""

    def __init__(self, words: list[np.ndarray]) -> None:
        """The alphabet of the windows' `words`, and the windows encoded (all at once)."""
        every = np.concatenate(words)
        self._alphabet, codes = np.unique(every, return_inverse=True)
        self.size = len(self._alphabet)
        text = as_text(codes, self.size)
        self.windows: list[Coded] = []
        start = 0
        for window in words:
            end = start + len(window)
            self.windows.append(Coded(text[start:end], codes[start:end], self.size))
            start = end

    def encode(self, words: np.ndarray) -> tuple[np.ndarray, str]:
        """The words' codes, and as text."""
        codes = np.searchsorted(self._alphabet, words)
        return codes, as_text(codes, self.size)


def as_text(codes: np.ndarray, size: int) -> str:
    """Codes as characters: one byte each (Latin-1) for alphabets that fit, which Python
    stores, hashes, compares and iterates fastest; else from 0x100 on, past the surrogates."""
    if size <= 0x100:
        return codes.astype(np.uint8).tobytes().decode("latin-1")
    points = codes.astype(np.uint32) + 0x100
    points[points >= 0xD800] += 0x800
    return points.astype("<u4").tobytes().decode("utf-32-le")


@dataclass(frozen=True, eq=False)
class AlignmentTarget:
    """The reference as the windows are aligned against it (each window is kept `Coded`
    for both alignments of a statement)."""

    words: np.ndarray
    coded: Coded
    present: np.ndarray
    """Per code: the reference has the word."""
    runs: frozenset[str]
    """The reference's ANCHOR_WORDS-word runs (coded)."""


DIFF_GUARD_PRODUCT = 10_000
UNRELATED_SHARE = 4
"""Windows of more than a few words sharing fewer than 1/4 of their words with the reference
are not diffed: they do not align with it."""
ANCHOR_WORDS = 3
REGION_SLACK_WORDS = 8
"""A window is diffed against the reference's stretch from its first three words to its last
three, this many words wider on each side."""
SUBSTITUTIONS_ONLY_SHARE = 8
"""Two windows of equal length differing in at most 1/8 of their words are aligned word for
word (replaced words only) without a diff: the common case of lightly edited wire copy."""


def align_window(differ: AnchoredDiffer, target: AlignmentTarget, window: Window,
                 own: Coded) -> Alignment:
    """How `window` (coded as `own`) aligns with the statement's reference `target`."""
    words = window.view.hashes[window.first : window.end]
    ref_words, ref_text = target.words, target.coded.text
    if len(words) == len(ref_words):
        mismatches = int(np.count_nonzero(words != ref_words))
        if mismatches * SUBSTITUTIONS_ONLY_SHARE <= len(words):
            return Alignment(0, len(words), np.arange(len(words)),
                              np.arange(window.first, window.end), {},
                              (window.first, window.first), (window.end, window.end))
    if len(ref_words) * len(words) > DIFF_GUARD_PRODUCT and (
            np.count_nonzero(target.present[own.codes]) * UNRELATED_SHARE < len(words)):
        # Windows with few words in common would cost diff-match-patch quadratic time to
        # report that they do not align (a paragraph of a story against another paragraph).
        none = np.zeros(0, dtype=np.int64)
        return Alignment(0, 0, none, none, {}, (window.first, window.end),
                          (window.end, window.end))
    text = own.text
    at = ref_text.find(text)
    if at >= 0:
        # The window is a stretch of the reference word for word (a quoted fragment, a
        # partial copy): no diff needed.
        return Alignment(at, at + len(words), np.arange(at, at + len(words)),
                          np.arange(window.first, window.end), {},
                          (window.first, window.first), (window.end, window.end))
    if (len(text) > 2 * ANCHOR_WORDS
            and shared_anchor_runs(text, target.runs) * UNRELATED_SHARE < len(text)):
        # Another paragraph of a story (its own piece of the statement): aligned against this
        # reference it would match only common words and vote them all away.
        none = np.zeros(0, dtype=np.int64)
        return Alignment(0, 0, none, none, {}, (window.first, window.end),
                          (window.end, window.end))
    # Diff against the stretch of the reference between the window's first and last words
    # when both are found there: diff-match-patch's time grows with both lengths.
    offset, stop = 0, len(ref_text)
    if len(text) >= 2 * ANCHOR_WORDS and len(ref_text) > 2 * len(text):
        head = ref_text.find(text[:ANCHOR_WORDS])
        tail = ref_text.rfind(text[-ANCHOR_WORDS:])
        if 0 <= head < tail and tail + ANCHOR_WORDS - head <= 2 * len(text):
            offset = max(0, head - REGION_SLACK_WORDS)
            stop = min(stop, tail + ANCHOR_WORDS + REGION_SLACK_WORDS)
    if offset == 0 and stop == len(ref_text):
        runs = differ.matching(ref_text, text, (target.coded, own))
    else:
        runs = differ.matching(ref_text[offset:stop], text)
    if not runs:
        none = np.zeros(0, dtype=np.int64)
        return Alignment(0, 0, none, none, {}, (window.first, window.end),
                          (window.end, window.end))
    return _from_runs(runs, offset, stop - offset, window)


def _from_runs(runs: list[Run], offset: int, region_length: int, window: Window
               ) -> Alignment:
    """The alignment a matching of the window against the reference's stretch from `offset`
    gives: equal words paired, and so are replaced ones (a deleted and an inserted stretch
    between the same equal words); inserted words left over are the window's own."""
    runs = _without_chance_edges(runs)
    first = window.first
    starts_at: list[int] = []  # segments of paired words: reference position, token, length
    starts_token: list[int] = []
    lengths: list[int] = []
    inserted: dict[int, list[int]] = {}
    a, b, size = runs[0]
    # Before the first equal word: a replaced start pairs right to left, and the
    # occurrence's own words before that lead the statement.
    paired = _edge_pairs(a, b)
    leading = (first, first + b - paired)
    starts_at += (offset + a - paired, offset + a)
    starts_token += (first + b - paired, first + b)
    lengths += (paired, size)
    end_a, end_b = a + size, b + size
    for a, b, size in runs[1:]:
        # A replaced stretch between equal words: pair words left to right.
        pending = b - end_b
        paired = min(a - end_a, pending)
        starts_at += (offset + end_a, offset + a)
        starts_token += (first + end_b, first + b)
        lengths += (paired, size)
        if pending > paired:
            inserted[offset + a] = list(range(first + end_b + paired, first + b))
        end_a, end_b = a + size, b + size
    # After the last equal word: a replaced end pairs left to right, the rest trails.
    pending = window.end - first - end_b
    paired = _edge_pairs(region_length - end_a, pending)
    starts_at.append(offset + end_a)
    starts_token.append(first + end_b)
    lengths.append(paired)
    trailing = (window.end - (pending - paired), window.end)
    positions: list[int] = []
    tokens: list[int] = []
    for at, token, length in zip(starts_at, starts_token, lengths, strict=True):
        if length:
            positions.extend(range(at, at + length))
            tokens.extend(range(token, token + length))
    at_position = np.array(positions, dtype=np.int64)
    at_token = np.array(tokens, dtype=np.int64)
    return Alignment(int(at_position[0]), int(at_position[-1]) + 1, at_position, at_token,
                     inserted, leading, trailing)


CHANCE_SKIP_WORDS = 4
"""A window skipping this many reference words or fewer past its edge words is a copy with a
few words left out there, not a window that leaves the statement."""


def _edge_pairs(reference_words: int, window_words: int) -> int:
    """How many words before the first (after the last) equal word pair as replaced ones:
    all of the shorter side when the two sides are of comparable length (a replaced start or
    end), none when one is more than twice the other and longer by more than
    CHANCE_SKIP_WORDS (the window leaves the statement there:
    its words are its own, and the reference's are words it does not reach)."""
    shorter, longer = sorted((reference_words, window_words))
    return shorter if 2 * shorter >= longer or longer - shorter <= CHANCE_SKIP_WORDS else 0


def _without_chance_edges(runs: list[Run]) -> list[Run]:
    """The runs without the first (last) ones when they hold fewer than half as many words as
    the reference words (more than CHANCE_SKIP_WORDS) the window would skip after (before)
    them beyond its own words there:
    words matched by chance far from where the window joins (leaves) the statement ("In" of
    "In one church" taken for an "in" twenty words earlier; "there were ... the" of another
    sentence matched in the reference's last lines)."""
    sizes = [size for _, _, size in runs]
    start = 0
    head = 0
    for k in range(1, len(runs)):
        head += sizes[k - 1]
        (a, b, size), (next_a, next_b, _) = runs[k - 1], runs[k]
        skipped = (next_a - a - size) - (next_b - b - size)
        if skipped > CHANCE_SKIP_WORDS and 2 * head < skipped:
            start = k
    stop = len(runs)
    tail = 0
    for k in range(len(runs) - 1, start, -1):
        tail += sizes[k]
        (last_a, last_b, last_size), (a, b, _) = runs[k - 1], runs[k]
        skipped = (a - last_a - last_size) - (b - last_b - last_size)
        if skipped > CHANCE_SKIP_WORDS and 2 * tail < skipped:
            stop = k
    return runs[start:stop]
