"""Stage 6, align: each statement's occurrences aligned word by word against a reference, then
the consensus and differences of `viewer.engine.consensus`, as passages.

Pure function of the corpus and the statements. Only the occurrences' windows are diffed, never
whole articles: diff-match-patch in word mode (each distinct word hash one character,
`Diff_Timeout = 0` so it never degrades), each occurrence against a reference (of the nearly
longest occurrences the one most outlets print, from its first sentence or clause start, grown
by the words another occurrence writes right before or after it: `viewer.engine.reference_choice`),
then against the reference with the sentences several outlets carry that it lacks
(`viewer.engine.shared_pieces`); a piece an outlet prints in another order is aligned where the
reference has it (`viewer.engine.moved_pieces`). Identical copies show no differences, and an
outlier shows only its own changes.

Each occurrence is a `copy` when it carries at least COPY_SHARE of the consensus words or more
words than a fragment may have (FRAGMENT_MAX_WORDS: a 30-word stretch of a 100-word statement
is a partial copy, not "a short quoted piece"), else a `fragment`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from viewer.engine.alike_stretches import unmarked_alike
from viewer.engine.anchored_diff import AnchoredDiffer, Coded
from viewer.engine.consensus import (
    Alignment,
    Reference,
    Window,
    vote,
)
from viewer.engine.consensus_text import in_majority_script
from viewer.engine.document_view import DocumentView, DocumentViews
from viewer.engine.fragments import FRAGMENT_MAX_WORDS
from viewer.engine.moved_pieces import with_free_stretches, with_moved_pieces
from viewer.engine.reference_choice import from_clause_start, grown_reference, main_reading
from viewer.engine.shared_pieces import kept_alignments, with_shared_pieces
from viewer.engine.statements import JOIN_GAP_CHARS, STATEMENT_WORDS, Statements, ends_heading
from viewer.engine.stretches import ADJACENT_GAP_WORDS
from viewer.engine.tokens import TokenisedCorpus
from viewer.engine.window_alignment import (
    AlignmentTarget,
    WordEncoder,
    align_window,
    anchor_runs,
)
from viewer.passages import Occurrence, OccurrenceKind, Passage
from viewer.workers import IN_PROCESS, ChunkMapper

COPY_SHARE = 0.5
"""An occurrence carrying at least this share of the consensus words is a copy."""

_SPACE = re.compile(r"\s+")

ALIGN_CHUNK_OCCURRENCES = 256
"""Statements are aligned in chunks of about this many occurrences (a mapper may hand chunks
to other processes; cancellation is checked between chunks)."""


@dataclass(frozen=True, eq=False)
class _AlignInput:
    """What every chunk of statements needs."""

    corpus: TokenisedCorpus
    statements: Statements
    input_order: dict[str, int]


OccurrenceFields = tuple[str, int, int, str, tuple[tuple[int, int], ...], OccurrenceKind]
"""An `Occurrence`'s fields in order: plain tuples unpickle several times faster than
dataclasses, which counts when a worker process sends thousands back."""
Draft = tuple[tuple[int, int, int, int], str, tuple[OccurrenceFields, ...]]
"""A passage before numbering: its sort key, consensus and ordered occurrences."""


def align_statements(corpus: TokenisedCorpus, statements: Statements,
                     input_order: dict[str, int],
                     check: Callable[[], None] = lambda: None,
                     mapper: ChunkMapper = IN_PROCESS) -> tuple[Passage, ...]:
    """One passage per statement, most widely shared first (then longest consensus, then the
    first occurrence in `input_order`), numbered p1, p2, ...; statements are aligned in chunks
    that `mapper` may hand to other processes (the result is the same)."""
    shared = _AlignInput(corpus, statements, input_order)
    parts = mapper.map(_align_chunk, shared, _chunks(list(statements.groups())), check)
    drafts = [draft for part in parts for draft in part]
    drafts.sort(key=lambda draft: draft[0])
    return tuple(Passage(f"p{index}", tuple(Occurrence(*fields) for fields in occurrences),
                         consensus)
                 for index, (_, consensus, occurrences) in enumerate(drafts, start=1))


def _chunks(groups: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Consecutive statements (their [low, high) rows) of about ALIGN_CHUNK_OCCURRENCES
    occurrences together."""
    chunks: list[list[tuple[int, int]]] = []
    size = ALIGN_CHUNK_OCCURRENCES
    for low, high in groups:
        if size >= ALIGN_CHUNK_OCCURRENCES:
            chunks.append([])
            size = 0
        chunks[-1].append((low, high))
        size += high - low
    return chunks


def _align_chunk(shared: _AlignInput, groups: list[tuple[int, int]]) -> list[Draft]:
    """The drafts of the statements `groups` (a module-level function: worker processes
    run it)."""
    statements, input_order = shared.statements, shared.input_order
    views = DocumentViews(shared.corpus)
    differ = AnchoredDiffer()
    drafts: list[Draft] = []
    for low, high in groups:
        windows = [Window(views[d], f, e) for d, f, e in zip(
            statements.doc[low:high].tolist(), statements.first[low:high].tolist(),
            statements.end[low:high].tolist(), strict=True)]
        consensus, occurrences = _agree(windows, differ)
        consensus = in_majority_script(consensus, [(o.document, o.text) for o in occurrences])
        ordered = tuple(sorted(occurrences, key=lambda o: (input_order[o.document], o.start)))
        spread = len({o.document for o in ordered})
        first = ordered[0]
        drafts.append(((-spread, -len(consensus), input_order[first.document], first.start),
                       consensus, tuple((o.document, o.start, o.end, o.text, o.differences,
                                         o.kind) for o in ordered)))
    return drafts


def _agree(occurrences: Sequence[Window],
           differ: AnchoredDiffer) -> tuple[str, list[Occurrence]]:
    """The consensus text and the occurrences with their differences and kinds.

    A document's occurrences a few words apart (a statement quoted in pieces around "he
    said", a wire story in paragraphs) are aligned as one window, so the consensus is the whole
    statement; each occurrence keeps its own extent, its marks and its window's kind."""
    windows, window_of = _windows(occurrences)
    text, kinds, marks = _agree_windows(windows, differ)
    differ.forget()
    inside = [[m for m in marks[index] if occurrence.first <= m < occurrence.end]
              for occurrence, index in zip(occurrences, window_of, strict=True)]
    inside = unmarked_alike(occurrences, inside)
    found = [_occurrence(occurrence, marked, kinds[index])
             for occurrence, marked, index in zip(occurrences, inside, window_of, strict=True)]
    return text, found


def _windows(occurrences: Sequence[Window]) -> tuple[list[Window], list[int]]:
    """Windows to align: a document's occurrences in reading order, joined while the next one
    starts at most ADJACENT_GAP_WORDS words (and JOIN_GAP_CHARS characters) after the previous
    ends, in the same paragraph unless both are long (paragraphs of one story or speech, with
    perhaps a word or two of one outlet's own between, "The timetable" opening the next
    paragraph; not a quoted phrase ending a paragraph and the statement opening the next, nor a
    headline and the quotation below it that repeats it, or the story below it, a dateline
    between); and the window of each occurrence."""
    order = sorted(range(len(occurrences)),
                   key=lambda k: (occurrences[k].view.index, occurrences[k].first))
    windows: list[Window] = []
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
                    and (min(last.end - last.first, occurrence.end - occurrence.first)
                         >= STATEMENT_WORDS
                         or not view.line_start[last.end : occurrence.first + 1].any())
                    and not (words_between and _attribution_between(view, last.end,
                                                                    occurrence.first))
                    and not (view.line_start[last.end]
                             and _heading_before(view, last.end))):
                windows[-1] = Window(view, last.first, occurrence.end)
                window_of[k] = len(windows) - 1
                continue
        windows.append(occurrence)
        window_of[k] = len(windows) - 1
    return windows, window_of


_CLOSING_QUOTES = "”\"’»」』"
_OPENING_QUOTES = "“\"‘«「『„"


def _heading_before(view: DocumentView, first: int) -> bool:
    """Whether the paragraph ending right before token `first` ends without a sentence's end
    mark, a colon or a closing quotation mark: a headline, whose words the quotation below it
    may repeat; the two are aligned apart (`viewer.engine.statements.after_heading`)."""
    return ends_heading(view.reading(view.ends[first - 1], view.starts[first]))


def _attribution_between(view: DocumentView, end: int, first: int) -> bool:
    """Whether the words between token `end - 1` and token `first` are a quotation's
    attribution ('...,” he wrote. “...'): a quotation closes right after the one and opens right
    before the other. Such words are the outlet's, so the pieces are aligned apart and the
    attribution never enters the consensus."""
    between = view.reading(view.ends[end - 1], view.starts[first]).strip()
    return (len(between) > 2 and any(mark in between[:2] for mark in _CLOSING_QUOTES)
            and between[-1] in _OPENING_QUOTES)


def _agree_windows(windows: Sequence[Window], differ: AnchoredDiffer
                   ) -> tuple[str, list[OccurrenceKind], list[list[int]]]:
    """The consensus text, and each window's kind and marked token indices."""
    longest = max(windows, key=lambda w: (w.end - w.first, -w.view.index, -w.first))
    # Copies written exactly alike are aligned once and vote with their number.
    # A document that prints the same words twice (a story repeating its lead) votes once.
    distinct: dict[tuple[bytes, bytes], int] = {}
    unique: list[Window] = []
    weights: list[int] = []
    member: list[int] = []
    voted: set[tuple[int, int]] = set()
    for window in windows:
        key = (window.view.hashes[window.first : window.end].tobytes(),
               window.view.spellings()[window.first : window.end].tobytes())
        index = distinct.get(key)
        if index is None:
            index = distinct[key] = len(unique)
            unique.append(window)
            weights.append(0)
        if (index, window.view.index) not in voted:
            voted.add((index, window.view.index))
            weights[index] += 1
        member.append(index)
    if len(unique) == 1:
        shown = from_clause_start(longest)
        text = _SPACE.sub(" ", shown.view.reading(shown.view.starts[shown.first],
                                                    shown.view.ends[shown.end - 1]))
        return text, ["copy"] * len(windows), [[] for _ in windows]
    encoder = WordEncoder([w.view.hashes[w.first : w.end] for w in unique])
    encoded = encoder.windows

    def align_all(reference: Reference) -> list[Alignment]:
        ref_codes, ref_text = encoder.encode(reference.words)
        present = np.zeros(encoder.size, dtype=bool)
        present[ref_codes] = True
        target = AlignmentTarget(reference.words, Coded(ref_text, ref_codes, encoder.size),
                                 present, anchor_runs(ref_text))
        return [align_window(differ, target, w, own)
                for w, own in zip(unique, encoded, strict=True)]

    longest = from_clause_start(main_reading(longest, unique, weights))
    reference = Reference([longest])
    alignments = align_all(reference)
    grown = grown_reference(longest, unique, alignments, weights)
    if len(grown) > 1:
        reference = Reference(grown)
        alignments = align_all(reference)
    # Which occurrences have words a piece could be in: found once, again only if the
    # alignments change.
    free = with_free_stretches(unique, alignments, reference.words)
    copies: list[list[Window]] = [[] for _ in unique]
    for window, index in zip(windows, member, strict=True):
        copies[index].append(window)
    pieces = with_shared_pieces(reference, unique, alignments, weights, free, copies)
    if pieces is not None:
        reference = Reference(pieces[0])
        alignments = kept_alignments(reference, unique, alignments, align_all(reference),
                                     pieces[1])
        free = with_free_stretches(unique, alignments, reference.words)
    alignments = with_moved_pieces(reference, unique, alignments, free)
    text, words, marks = vote(reference, unique, alignments, np.array(weights, dtype=np.int64))
    kinds: list[OccurrenceKind] = []
    window_marks: list[list[int]] = []
    for window, index in zip(windows, member, strict=True):
        alignment, model = alignments[index], unique[index]
        reach = max(alignment.high - alignment.low, window.end - window.first)
        kinds.append("copy" if reach >= COPY_SHARE * words or reach > FRAGMENT_MAX_WORDS
                     else "fragment")
        shift = window.first - model.first
        window_marks.append([m + shift for m in marks[index]])
    return text, kinds, window_marks


def _occurrence(window: Window, marked: Sequence[int], kind: OccurrenceKind) -> Occurrence:
    view = window.view
    start, end = view.starts[window.first], view.ends[window.end - 1]
    return Occurrence(document=_document_id(view), start=start, end=end,
                      text=view.text[start:end], differences=_ranges(view, sorted(set(marked))),
                      kind=kind)


def _document_id(view: DocumentView) -> str:
    return view.document_id


def _ranges(view: DocumentView, indices: list[int]) -> tuple[tuple[int, int], ...]:
    """Character ranges of the (sorted) token indices, consecutive tokens merged unless a
    line break lies between them (a difference never spans a paragraph break)."""
    ranges: list[tuple[int, int]] = []
    previous = -2
    for index in indices:
        start, end = view.starts[index], view.ends[index]
        if index == previous + 1 and ranges and not view.line_start[index]:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
        previous = index
    return tuple(ranges)
