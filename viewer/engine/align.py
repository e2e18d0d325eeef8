"""Stages 6 and 7, align and agree: each statement's occurrences aligned word by word, its
consensus reading, and each occurrence's differences from that consensus.

Pure function of the corpus and the statements. Only the occurrences' windows are diffed, never
whole articles: diff-match-patch in word mode (each distinct word hash one character,
`Diff_Timeout = 0` so it never degrades), each occurrence against a reference (the longest
occurrence, grown by the words other occurrences carry before or after it). At every reference
word the occurrences that reach that far vote with their reading (the word, or its absence); a
reading held by a strict majority is the consensus. An occurrence's differences are its words
whose reading is not the consensus, its inserted words the majority lacks, and words written
differently ("U.S." vs "US"); where no reading has a majority every voter's word is marked.
So identical copies show no differences, and an outlier shows only its own changes.

Each occurrence is a `copy` when it carries at least COPY_SHARE of the consensus words, else a
`fragment`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from diff_match_patch import diff_match_patch

from viewer.engine.document_view import DocumentView, DocumentViews
from viewer.engine.statements import ADJACENT_GAP_WORDS, JOIN_GAP_CHARS, Statements
from viewer.engine.tokens import TokenisedCorpus
from viewer.passages import Occurrence, OccurrenceKind, Passage

COPY_SHARE = 0.5
"""An occurrence carrying at least this share of the consensus words is a copy."""

_SPACE = re.compile(r"\s+")

Token = tuple[DocumentView, int]
"""A token of a document: the view and the token index."""

_DELETED = np.uint64(0)
"""The reading of a word an occurrence leaves out (no spelling hash is 0 in practice)."""


@dataclass(frozen=True)
class _Window:
    view: DocumentView
    first: int
    end: int


class _Reference:
    """The words every occurrence is aligned against: consecutive stretches of documents (the
    longest occurrence, maybe with words other occurrences carry before or after it)."""

    def __init__(self, segments: list[_Window]) -> None:
        self.segments = segments
        self.words = np.concatenate([w.view.hashes[w.first : w.end] for w in segments])
        self.readings = np.concatenate([w.view.spellings()[w.first : w.end] for w in segments])
        self.segment_of = np.repeat(np.arange(len(segments)), [w.end - w.first for w in segments])
        self.token_of = np.concatenate([np.arange(w.first, w.end) for w in segments])

    def __len__(self) -> int:
        return len(self.words)


@dataclass
class _Alignment:
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


def align_statements(corpus: TokenisedCorpus, statements: Statements,
                     input_order: dict[str, int],
                     check: Callable[[], None] = lambda: None) -> tuple[Passage, ...]:
    """One passage per statement, most widely shared first (then longest consensus, then the
    first occurrence in `input_order`), numbered p1, p2, ..."""
    views = DocumentViews(corpus)
    differ = diff_match_patch()
    differ.Diff_Timeout = 0
    drafts: list[tuple[tuple[int, int, int, int], str, tuple[Occurrence, ...]]] = []
    for number, (low, high) in enumerate(statements.groups()):
        if number % 256 == 0:
            check()
        windows = [_Window(views[d], f, e) for d, f, e in zip(
            statements.doc[low:high].tolist(), statements.first[low:high].tolist(),
            statements.end[low:high].tolist(), strict=True)]
        consensus, occurrences = _agree(windows, differ)
        ordered = tuple(sorted(occurrences, key=lambda o: (input_order[o.document], o.start)))
        spread = len({o.document for o in ordered})
        first = ordered[0]
        drafts.append(((-spread, -len(consensus), input_order[first.document], first.start),
                       consensus, ordered))
    drafts.sort(key=lambda draft: draft[0])
    return tuple(Passage(f"p{index}", occurrences, consensus)
                 for index, (_, consensus, occurrences) in enumerate(drafts, start=1))


def _agree(occurrences: Sequence[_Window],
           differ: diff_match_patch) -> tuple[str, list[Occurrence]]:
    """The consensus text and the occurrences with their differences and kinds.

    A document's occurrences a few words apart (a statement quoted in pieces around "he
    said", a wire story in paragraphs) are aligned as one window, so the consensus is the whole
    statement; each occurrence keeps its own extent, its marks and its window's kind."""
    windows, window_of = _windows(occurrences)
    text, kinds, marks = _agree_windows(windows, differ)
    found = []
    for occurrence, index in zip(occurrences, window_of, strict=True):
        inside = [m for m in marks[index] if occurrence.first <= m < occurrence.end]
        found.append(_occurrence(occurrence, inside, kinds[index]))
    return text, found


def _windows(occurrences: Sequence[_Window]) -> tuple[list[_Window], list[int]]:
    """Windows to align: a document's occurrences in reading order, joined while the next one
    starts at most ADJACENT_GAP_WORDS words (and JOIN_GAP_CHARS characters) after the previous
    ends, in the same paragraph unless no word lies between (paragraphs of one story); and the
    window of each occurrence."""
    order = sorted(range(len(occurrences)),
                   key=lambda k: (occurrences[k].view.index, occurrences[k].first))
    windows: list[_Window] = []
    window_of = [0] * len(occurrences)
    for k in order:
        occurrence = occurrences[k]
        if windows:
            last = windows[-1]
            view = last.view
            words_between = occurrence.first - last.end
            if (view is occurrence.view and 0 <= words_between <= ADJACENT_GAP_WORDS
                    and view.starts[occurrence.first] - view.ends[last.end - 1]
                    <= JOIN_GAP_CHARS
                    and (words_between == 0
                         or not view.line_start[last.end : occurrence.first + 1].any())):
                windows[-1] = _Window(view, last.first, occurrence.end)
                window_of[k] = len(windows) - 1
                continue
        windows.append(occurrence)
        window_of[k] = len(windows) - 1
    return windows, window_of


def _agree_windows(windows: Sequence[_Window], differ: diff_match_patch
                   ) -> tuple[str, list[OccurrenceKind], list[list[int]]]:
    """The consensus text, and each window's kind and marked token indices."""
    longest = max(windows, key=lambda w: (w.end - w.first, -w.view.index, -w.first))
    # Copies written exactly alike are aligned once and vote with their number.
    distinct: dict[tuple[bytes, bytes], int] = {}
    unique: list[_Window] = []
    weights: list[int] = []
    member: list[int] = []
    for window in windows:
        key = (window.view.hashes[window.first : window.end].tobytes(),
               window.view.spellings()[window.first : window.end].tobytes())
        index = distinct.get(key)
        if index is None:
            index = distinct[key] = len(unique)
            unique.append(window)
            weights.append(0)
        weights[index] += 1
        member.append(index)
    if len(unique) == 1:
        text = _SPACE.sub(" ", longest.view.raw(longest.first, longest.end))
        return text, ["copy"] * len(windows), [[] for _ in windows]
    encoder = _Encoder([w.view.hashes[w.first : w.end] for w in unique])

    def align_all(reference: _Reference) -> list[_Alignment]:
        ref_text = encoder.encode(reference.words)
        return [_align(differ, reference.words, ref_text, encoder, w) for w in unique]

    reference = _Reference([longest])
    alignments = align_all(reference)
    grown = _grown_reference(longest, unique, alignments, len(reference))
    if len(grown) > 1:
        reference = _Reference(grown)
        alignments = align_all(reference)
    text, words, marks = _vote(reference, unique, alignments, np.array(weights, dtype=np.int64))
    kinds: list[OccurrenceKind] = []
    window_marks: list[list[int]] = []
    for window, index in zip(windows, member, strict=True):
        alignment, model = alignments[index], unique[index]
        reach = max(alignment.high - alignment.low, window.end - window.first)
        kinds.append("copy" if reach >= COPY_SHARE * words else "fragment")
        shift = window.first - model.first
        window_marks.append([m + shift for m in marks[index]])
    return text, kinds, window_marks


class _Encoder:
    """Words as characters for diff-match-patch's word mode: the n-th distinct word hash of a
    statement is character 0x100 + n (the surrogate block skipped), encoded with arrays."""

    def __init__(self, words: list[np.ndarray]) -> None:
        self._alphabet = np.unique(np.concatenate(words))

    def encode(self, words: np.ndarray) -> str:
        codes = np.searchsorted(self._alphabet, words).astype(np.uint32) + 0x100
        codes[codes >= 0xD800] += 0x800
        return codes.astype("<u4").tobytes().decode("utf-32-le")


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


def _align(differ: diff_match_patch, ref_words: np.ndarray, ref_text: str, encoder: _Encoder,
           window: _Window) -> _Alignment:
    words = window.view.hashes[window.first : window.end]
    if len(words) == len(ref_words):
        mismatches = int(np.count_nonzero(words != ref_words))
        if mismatches * SUBSTITUTIONS_ONLY_SHARE <= len(words):
            return _Alignment(0, len(words), np.arange(len(words)),
                              np.arange(window.first, window.end), {},
                              (window.first, window.first), (window.end, window.end))
    if len(ref_words) * len(words) > DIFF_GUARD_PRODUCT and (
            np.count_nonzero(np.isin(words, ref_words)) * UNRELATED_SHARE < len(words)):
        # Windows with few words in common would cost diff-match-patch quadratic time to
        # report that they do not align (a paragraph of a story against another paragraph).
        none = np.zeros(0, dtype=np.int64)
        return _Alignment(0, 0, none, none, {}, (window.first, window.end),
                          (window.end, window.end))
    text = encoder.encode(words)
    at = ref_text.find(text)
    if at >= 0:
        # The window is a stretch of the reference word for word (a quoted fragment, a
        # partial copy): no diff needed.
        return _Alignment(at, at + len(words), np.arange(at, at + len(words)),
                          np.arange(window.first, window.end), {},
                          (window.first, window.first), (window.end, window.end))
    # Diff against the stretch of the reference between the window's first and last words
    # when both are found there: diff-match-patch's time grows with both lengths.
    offset, region = 0, ref_text
    if len(text) >= 2 * ANCHOR_WORDS and len(ref_text) > 2 * len(text):
        head = ref_text.find(text[:ANCHOR_WORDS])
        tail = ref_text.rfind(text[-ANCHOR_WORDS:])
        if 0 <= head < tail and tail + ANCHOR_WORDS - head <= 2 * len(text):
            offset = max(0, head - REGION_SLACK_WORDS)
            region = ref_text[offset : tail + ANCHOR_WORDS + REGION_SLACK_WORDS]
    diffs = differ.diff_main(region, text, False)
    positions: list[int] = []
    tokens: list[int] = []
    inserted: dict[int, list[int]] = {}
    leading = (window.first, window.first)
    i, j = offset, window.first
    deleted = 0
    pending: list[int] = []
    for op, chunk in diffs:
        size = len(chunk)
        if op == 0:
            paired = min(deleted, len(pending))
            if positions:
                # A replaced stretch between equal words: pair words left to right.
                positions.extend(range(i - deleted, i - deleted + paired))
                tokens.extend(pending[:paired])
                if len(pending) > paired:
                    inserted.setdefault(i, []).extend(pending[paired:])
            else:
                # Before the first equal word: a replaced start pairs right to left, and the
                # occurrence's own words before that lead the statement.
                positions.extend(range(i - paired, i))
                tokens.extend(pending[len(pending) - paired :])
                leading = (window.first, window.first + len(pending) - paired)
            deleted, pending = 0, []
            positions.extend(range(i, i + size))
            tokens.extend(range(j, j + size))
            i += size
            j += size
        elif op == -1:
            deleted += size
            i += size
        else:
            pending.extend(range(j, j + size))
            j += size
    if not positions:
        none = np.zeros(0, dtype=np.int64)
        return _Alignment(0, 0, none, none, {}, (window.first, window.end),
                          (window.end, window.end))
    # After the last equal word: a replaced end pairs left to right, the rest trails.
    paired = min(deleted, len(pending))
    positions.extend(range(i - deleted, i - deleted + paired))
    tokens.extend(pending[:paired])
    trailing = (window.end - (len(pending) - paired), window.end)
    at_position = np.array(positions, dtype=np.int64)
    return _Alignment(int(at_position.min()), int(at_position.max()) + 1, at_position,
                      np.array(tokens, dtype=np.int64), inserted, leading, trailing)


def _grown_reference(longest: _Window, windows: Sequence[_Window], alignments: list[_Alignment],
                     length: int) -> list[_Window]:
    """The longest occurrence with the longest run of words any occurrence carries before its
    first word, and after its last (A-B share x, B-C share an overlapping y: the statement is
    x and y)."""
    lead: _Window | None = None
    trail: _Window | None = None
    for window, alignment in zip(windows, alignments, strict=True):
        if not len(alignment.at_position):
            continue
        first, end = alignment.leading
        if alignment.low == 0 and end > first and (lead is None or
                                                   end - first > lead.end - lead.first):
            lead = _Window(window.view, first, end)
        first, end = alignment.trailing
        if alignment.high == length and end > first and (trail is None or
                                                         end - first > trail.end - trail.first):
            trail = _Window(window.view, first, end)
    return [w for w in (lead, longest, trail) if w is not None]


def _vote(reference: _Reference, windows: Sequence[_Window], alignments: list[_Alignment],
          weights: np.ndarray) -> tuple[str, int, list[list[int]]]:
    """The consensus text and its word count, and each (distinct) occurrence's marked token
    indices. Votes are counted with array operations: one row per occurrence, one column per
    reference word; a reading is a spelling hash."""
    length = len(reference)
    rows = len(windows)
    token = np.full((rows, length), -2, dtype=np.int64)  # -2: does not reach, -1: left out
    reading = np.zeros((rows, length), dtype=np.uint64)
    for row, alignment in enumerate(alignments):
        if alignment.high > alignment.low:
            token[row, alignment.low : alignment.high] = -1
            token[row, alignment.at_position] = alignment.at_token
            reading[row, alignment.at_position] = \
                windows[row].view.spellings()[alignment.at_token]
    ref_reading = reference.readings

    voter_row, voter_col = np.nonzero(token >= -1)
    values = reading[voter_row, voter_col]
    weight = weights[voter_row]
    voters = np.bincount(voter_col, weights=weight, minlength=length)
    winner = ref_reading.copy()
    marked = np.zeros((rows, length), dtype=bool)
    if len(voter_col):
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
    marks: list[list[int]] = [token[row, marked[row]].tolist() for row in range(rows)]
    adopted = _adopted_insertions(windows, alignments, weights, marks)
    text, words = _consensus_text(reference, winner, token, reading, windows, adopted)
    return text, words, marks


def _adopted_insertions(windows: Sequence[_Window], alignments: list[_Alignment],
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


def _consensus_text(reference: _Reference, winner: np.ndarray, token: np.ndarray,
                    reading: np.ndarray, windows: Sequence[_Window],
                    adopted: dict[int, list[Token]]) -> tuple[str, int]:
    """The consensus as text, and its word count: runs of reference words kept as written
    (with their own punctuation and spacing), other words from an occurrence that reads them
    so, joined by spaces."""
    kept = winner != _DELETED
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


def _occurrence(window: _Window, marked: Sequence[int], kind: OccurrenceKind) -> Occurrence:
    view = window.view
    start, end = view.starts[window.first], view.ends[window.end - 1]
    return Occurrence(document=_document_id(view), start=start, end=end,
                      text=view.text[start:end], differences=_ranges(view, sorted(set(marked))),
                      kind=kind)


def _document_id(view: DocumentView) -> str:
    return view.document_id


def _ranges(view: DocumentView, indices: list[int]) -> tuple[tuple[int, int], ...]:
    """Character ranges of the (sorted) token indices, consecutive tokens merged."""
    ranges: list[tuple[int, int]] = []
    previous = -2
    for index in indices:
        start, end = view.starts[index], view.ends[index]
        if index == previous + 1 and ranges:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
        previous = index
    return tuple(ranges)
