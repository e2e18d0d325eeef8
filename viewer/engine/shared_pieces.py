"""Pieces of a statement that the reference lacks and several outlets carry, placed in it.

Used by the align stage (`viewer.engine.align`) between aligning a statement's occurrences
against its reference and voting on the consensus. The reference is one occurrence (grown at its
edges), so a paragraph of a speech or a wire story that this occurrence leaves out is in no
consensus, however many outlets print it: the passage list would show the statement without it,
and its copies would be marked by how their words happen to align with the rest. Here each
stretch of an occurrence's words that no reference word matches (inside or around what aligns, or
a whole occurrence that aligns nothing) is compared with the others' such stretches; the longest
run of them that two or more outlets carry (a word one writes otherwise inside it breaks no run,
`_shared_runs`) and the reference nowhere holds, cut to whole
sentences, becomes a new piece of the reference, then the next, up to MAX_PIECES. A piece goes
where its occurrence prints it relative to the reference's words, always between two of the
reference's sentences (never after a comma inside one, and never an outlet's lead-in to a
statement it joins mid-sentence); a piece from an occurrence that aligns nothing goes where most
documents printing its first words place them by the nearest occurrence in the same document
that aligns (every document an occurrence's identical copies are printed in counts), else at
the end. A quoted sentence that an outlet ends with a comma before its attribution is whole.
The occurrences are aligned again against the reference with its pieces, each keeping its
previous alignment when the new one pairs fewer of its words (`kept_alignments`). The vote
then decides, as for every other stretch, whether the statement carries it.

Pure function; linear in the occurrences' words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from viewer.engine.breaks import CLAUSE, CLOSES_QUOTE, SENTENCE_BREAK
from viewer.engine.consensus import Alignment, Reference, Window
from viewer.engine.document_view import DocumentView
from viewer.engine.index import every_ngram_hash
from viewer.engine.moved_pieces import (
    HELD_WORDS,
    MOVED_MIN_WORDS,
    in_equal_runs,
)

PIECE_MIN_WORDS = MOVED_MIN_WORDS
"""A piece holds at least this many words: a sentence or a clause, not a phrase two outlets
happen to share. (The same as a moved piece's, and FIRM_WORDS as a held run's: windows without
a free stretch in `viewer.engine.moved_pieces.with_free_stretches`'s sense are passed.)"""
GRAM_WORDS = 4
"""Words are matched between stretches in runs of this many."""
FIRM_WORDS = HELD_WORDS
"""An occurrence extends the statement past the reference's first (last) word only when its own
first (last) this many aligned words are the reference's, in a row."""
EDITED_GRAMS = GRAM_WORDS
"""A word written otherwise inside a stretch several outlets carry leaves this many grams out of
the shared ones (`_shared_runs`)."""
MAX_PIECES = 12
"""At most this many pieces are added to one statement's reference."""

Stretch = tuple[int, int, int, int | None]
"""A window's row, its tokens [first, end) no reference word matches, and the reference column
the stretch goes before (None: the window aligns nothing)."""


def with_shared_pieces(reference: Reference, windows: Sequence[Window],
                       alignments: Sequence[Alignment], weights: Sequence[int],
                       free: Sequence[bool], copies: Sequence[Sequence[Window]]
                       ) -> tuple[list[Window], np.ndarray] | None:
    """The `reference`'s segments with the pieces several outlets carry that it lacks, each at its
    place, and the new column of each of its columns (and of its end); None when there are
    none. `weights` counts the outlets each (distinct) window stands for, `copies` lists where
    each is printed (itself among them); `free` says which windows have a free stretch
    (`viewer.engine.moved_pieces.with_free_stretches`)."""
    stretches = _unmatched_stretches(windows, alignments, reference, free)
    if not stretches:
        return None
    reference_grams = set(every_ngram_hash(reference.words, GRAM_WORDS).tolist())
    stretch_grams = [every_ngram_hash(windows[row].view.hashes[first:end], GRAM_WORDS)
                     for row, first, end, _ in stretches]
    carriers: dict[int, dict[int, int]] = {}  # gram -> document -> outlets
    for (row, _, _, _), grams in zip(stretches, stretch_grams, strict=True):
        document, weight = windows[row].view.index, int(weights[row])
        for gram in set(grams.tolist()):
            if gram not in reference_grams:
                by_document = carriers.setdefault(gram, {})
                by_document[document] = max(by_document.get(document, 0), weight)
    shared = {gram for gram, by_document in carriers.items() if sum(by_document.values()) >= 2}
    if not shared:
        return None
    placed: list[tuple[int, int, int, Window]] = []  # column, document, first token, piece
    printed: _Printed | None = None  # (made once, for the first piece that needs it)
    for _ in range(MAX_PIECES):
        best: tuple[int, int, int, int] | None = None  # length, -stretch, first, end
        for index, ((_, first, _, _), grams) in enumerate(
                zip(stretches, stretch_grams, strict=True)):
            for low, high in _shared_runs(grams, shared):
                key = (high - low + GRAM_WORDS - 1, -index, first + low,
                       first + high + GRAM_WORDS - 1)
                if key[0] >= PIECE_MIN_WORDS and (best is None or key > best):
                    best = key
        if best is None:
            break
        _, negative_index, first, end = best
        row, _, _, column = stretches[-negative_index]
        window = windows[row]
        shared -= set(every_ngram_hash(window.view.hashes[first:end], GRAM_WORDS).tolist())
        first, end = _whole_sentences(window.view, first, end)
        if end - first < PIECE_MIN_WORDS:
            continue  # a phrase or a clause: an outlet's wording, not a piece
        # (pieces at one column go in the order a document carrying them prints them)
        document, token = window.view.index, first
        if column is None:
            printed = printed or _Printed(windows, alignments, copies)
            column, document, token = _placed_by_carriers(
                every_ngram_hash(window.view.hashes[first : first + GRAM_WORDS], GRAM_WORDS),
                (document, token), stretches, stretch_grams, printed)
            while 0 < column < len(reference) and not _reference_sentence_starts(reference,
                                                                                 column):
                column += 1  # (a sentence of the reference is never cut in two; before its
                # first word, even one it starts mid-way, none is)
        placed.append((column, document, token, Window(window.view, first, end)))
    if not placed:
        return None
    # Old column c moves past every piece placed before it (at a column up to c).
    shift = np.zeros(len(reference) + 1, dtype=np.int64)
    for column, _, _, piece in placed:
        shift[column] += piece.end - piece.first
    return _inserted(reference.segments, placed), np.arange(len(reference) + 1) + np.cumsum(shift)


def kept_alignments(reference: Reference, windows: Sequence[Window],
                    previous: Sequence[Alignment], realigned: Sequence[Alignment],
                    new_column: np.ndarray) -> list[Alignment]:
    """Each window's alignment against the `reference` with the pieces: the new one, unless it
    pairs fewer equal words than the `previous` one did (its columns moved by `new_column`).
    A window that does not carry a piece placed inside what it reaches would skip the piece's
    words, and a diff takes its few words after them for a chance match (the reference's own
    last sentence, shorter than the piece, would fall out of the statement)."""
    kept: list[Alignment] = []
    for window, old, new in zip(windows, previous, realigned, strict=True):
        hashes = window.view.hashes
        before = np.count_nonzero(hashes[old.at_token]
                                  == reference.words[new_column[old.at_position]])
        after = np.count_nonzero(hashes[new.at_token] == reference.words[new.at_position])
        kept.append(new if after >= before else _shifted(old, new_column))
    return kept


def _shifted(alignment: Alignment, new_column: np.ndarray) -> Alignment:
    """`alignment` with its columns moved to `new_column`."""
    if not len(alignment.at_position):
        return alignment
    return Alignment(int(new_column[alignment.low]), int(new_column[alignment.high - 1]) + 1,
                     new_column[alignment.at_position], alignment.at_token,
                     {int(new_column[column]): tokens
                      for column, tokens in alignment.inserted.items()},
                     alignment.leading, alignment.trailing)


def _unmatched_stretches(windows: Sequence[Window], alignments: Sequence[Alignment],
                         reference: Reference, free: Sequence[bool]) -> list[Stretch]:
    """Each window's stretches of at least PIECE_MIN_WORDS words no reference word matches,
    that would go where a sentence of the reference starts (or at its end): between two words
    it aligns, or paired with reference words that all differ; before (after) the words it
    aligns when it joins (leaves) the reference firmly, FIRM_WORDS of the reference's words in
    a row; or a whole window that aligns nothing. (What an occurrence prints before joining
    the statement mid-sentence is its lead-in, "..., said the WHO is", not more of it.)"""
    length = len(reference)

    def fits(column: int) -> bool:
        return column == length or _reference_sentence_starts(reference, column)

    stretches: list[Stretch] = []
    # (Any stretch below is among a window's free ones: windows without any are passed.)
    for row, (window, alignment) in enumerate(zip(windows, alignments, strict=True)):
        if not free[row]:
            continue
        if not len(alignment.at_position):
            if window.end - window.first >= PIECE_MIN_WORDS:
                stretches.append((row, window.first, window.end, None))
            continue
        first, end = alignment.leading
        column = int(alignment.at_position[0])
        if (end - first >= PIECE_MIN_WORDS and fits(column)
                and _firm(window, alignment, reference.words, slice(0, FIRM_WORDS))):
            stretches.append((row, first, end, column))
        stretches += [(row, tokens[0], tokens[-1] + 1, column)
                      for column, tokens in sorted(alignment.inserted.items())
                      if len(tokens) >= PIECE_MIN_WORDS and fits(column)]
        stretches += [(row, first, end, column)
                      for first, end, column in _replaced_runs(window, alignment, reference)
                      if fits(column)]
        first, end = alignment.trailing
        column = int(alignment.at_position[-1]) + 1
        if (end - first >= PIECE_MIN_WORDS and fits(column)
                and _firm(window, alignment, reference.words, slice(-FIRM_WORDS, None))):
            stretches.append((row, first, end, column))
    return stretches


def _whole_sentences(view: DocumentView, first: int, end: int) -> tuple[int, int]:
    """Tokens [first, end) cut to run from the first sentence or clause start that does not
    begin in lower case ("mourn the one person who", a clause of someone else's sentence) to
    the last sentence end or closing quotation mark (a quoted sentence an outlet ends with a
    comma before its attribution, '...within this institution," the statement said'; empty when
    there is none)."""
    while first < end and not (_sentence_starts(view, first)
                               and not view.text[view.starts[first]].islower()):
        first += 1
    while end > first and not (end >= len(view.starts)
                               or view.gaps[end] & (SENTENCE_BREAK | CLOSES_QUOTE)):
        end -= 1
    return first, end


def _replaced_runs(window: Window, alignment: Alignment, reference: Reference
                   ) -> list[tuple[int, int, int]]:
    """Runs of PIECE_MIN_WORDS or more consecutive words the diff pairs with reference words
    that differ from them (a paragraph in place of another, paired word by word because the
    two are of similar length; a common word equal by chance here and there, fewer than
    FIRM_WORDS in a row, does not end the run), as (first token, end token, first column):
    each may be a piece the reference lacks, placed before the words it stands against."""
    columns, tokens = alignment.at_position, alignment.at_token
    equal = window.view.hashes[tokens] == reference.words[columns]
    differs = ~in_equal_runs(equal, columns, tokens, FIRM_WORDS)
    if np.count_nonzero(differs) < PIECE_MIN_WORDS:
        return []
    # A run continues while the occurrence's words follow each other and differ (the
    # reference's may skip a few: the diff took a word further on for the next one's match).
    breaks = np.ones(len(columns), dtype=bool)
    breaks[1:] = (np.diff(tokens) != 1) | ~differs[:-1]
    runs: list[tuple[int, int, int]] = []
    starts = np.flatnonzero(differs & breaks).tolist()
    for start in starts:
        end = start
        while end < len(columns) and differs[end] and (end == start or not breaks[end]):
            end += 1
        if end - start >= PIECE_MIN_WORDS:
            runs.append((int(tokens[start]), int(tokens[end - 1]) + 1, int(columns[start])))
    return runs


def _sentence_starts(view: DocumentView, token: int) -> bool:
    """Whether a sentence starts at `token` of the document (or its text ends before it)."""
    return token >= len(view.starts) or bool(view.gaps[token] & (SENTENCE_BREAK | CLAUSE))


def _reference_sentence_starts(reference: Reference, column: int) -> bool:
    """Whether a sentence (not only a clause) of the reference starts at `column`: a piece
    goes between two sentences, never after a comma inside one."""
    view = reference.segments[int(reference.segment_of[column])].view
    return bool(view.gaps[int(reference.token_of[column])] & SENTENCE_BREAK)


def _firm(window: Window, alignment: Alignment, reference_words: np.ndarray,
          edge: slice) -> bool:
    """Whether the window's aligned words at `edge` (its first or last FIRM_WORDS) are the
    reference's own words at consecutive columns, not a common word matched by chance ("who"
    of "who heads the agency" for the "WHO" a statement opens with)."""
    columns = alignment.at_position[edge]
    tokens = alignment.at_token[edge]
    return (len(columns) == FIRM_WORDS and bool(np.all(np.diff(columns) == 1))
            and bool(np.all(np.diff(tokens) == 1))
            and bool(np.array_equal(window.view.hashes[tokens], reference_words[columns])))


def _shared_runs(grams: np.ndarray, shared: set[int]) -> list[tuple[int, int]]:
    """Maximal runs [low, high) of grams in `shared`, where at most EDITED_GRAMS grams in a row
    that are not may lie between two that are: one word an outlet writes otherwise ("at the
    hospital" / "in the hospital") is in every gram that holds it, and would cut the sentence
    two outlets carry into two phrases, each then too short or not a sentence's start to be a
    piece (its runs need not start or end on such grams: both ends are shared)."""
    flags = [gram in shared for gram in grams.tolist()]
    runs: list[tuple[int, int]] = []
    start = -1
    for at, flag in enumerate([*flags, False]):
        if flag and start < 0:
            # (a run resumed after a word written otherwise goes on from where it began)
            start = runs.pop()[0] if runs and at - runs[-1][1] <= EDITED_GRAMS else at
        elif not flag and start >= 0:
            runs.append((start, at))
            start = -1
    return runs


def _placed_by_carriers(first_gram: np.ndarray, own: tuple[int, int],
                        stretches: Sequence[Stretch], stretch_grams: Sequence[np.ndarray],
                        printed: _Printed) -> tuple[int, int, int]:
    """Where a piece that aligns nothing goes, and the document and token that place it: where
    most of the documents printing its first words (`first_gram`) next to words that align have
    them (an outlet quoting only this paragraph of the statement says nothing of where it
    goes); else (none does, or as many one way as another) at the end, placed by `own`
    (document, token)."""
    places: list[tuple[int, int, int]] = []
    for (row, first, _, column), grams in zip(stretches, stretch_grams, strict=True):
        found = np.flatnonzero(grams == first_gram[0]) if len(first_gram) else np.zeros(0)
        if not len(found):
            continue
        for copy in printed.copies[row]:
            at = column if column is not None else printed.column_by_neighbours(copy)
            token = copy.first + first - printed.windows[row].first + int(found[0])
            if at is not None:
                places.append((at, copy.view.index, token))
    votes = Counter(column for column, _, _ in places).most_common(2)
    if votes and (len(votes) == 1 or votes[0][1] > votes[1][1]):
        # (placed by the first document of those that agree: pieces at one column go in the
        # order of a document printing them, most likely one both are placed by)
        return min(place for place in places if place[0] == votes[0][0])
    return printed.end_column, *own


class _Printed:
    """Where a statement's distinct windows are printed, for placing what aligns nothing by the
    windows around it in its document."""

    def __init__(self, windows: Sequence[Window], alignments: Sequence[Alignment],
                 copies: Sequence[Sequence[Window]]) -> None:
        self.windows, self.alignments, self.copies = windows, alignments, copies
        self.end_column = max((int(a.at_position[-1]) + 1 for a in alignments
                               if len(a.at_position)), default=0)
        self._aligning: dict[int, list[tuple[int, int]]] = {}  # document -> (first, row)
        for row, (printed, alignment) in enumerate(zip(copies, alignments, strict=True)):
            if len(alignment.at_position):
                for copy in printed:
                    self._aligning.setdefault(copy.view.index, []).append((copy.first, row))

    def column_by_neighbours(self, window: Window) -> int | None:
        """Where `window`, a printed copy of a window that aligns nothing, goes: after the last
        reference column of the nearest window before it in its document that aligns, else
        before the first of the nearest after it; None when no window of its document
        aligns."""
        around = self._aligning.get(window.view.index, [])
        before = [(first, row) for first, row in around if first < window.first]
        after = [(first, row) for first, row in around if first >= window.end]
        if before:
            return int(self.alignments[max(before)[1]].at_position[-1]) + 1
        if after:
            return int(self.alignments[min(after)[1]].at_position[0])
        return None


def _inserted(segments: Sequence[Window], placed: list[tuple[int, int, int, Window]]
              ) -> list[Window]:
    """`segments` with each piece inserted before its reference column (pieces at one column
    in their documents' order), segments split where a piece goes inside one."""
    placed.sort(key=lambda item: (item[0], item[1], item[2]))
    result: list[Window] = []
    start = 0
    at = 0
    for segment in segments:
        size = segment.end - segment.first
        cut = segment.first
        while at < len(placed) and placed[at][0] < start + size:
            split = segment.first + max(0, placed[at][0] - start)
            if split > cut:
                result.append(Window(segment.view, cut, split))
                cut = split
            result.append(placed[at][3])
            at += 1
        if segment.end > cut:
            result.append(Window(segment.view, cut, segment.end))
        start += size
    result += [item[3] for item in placed[at:]]
    return result
