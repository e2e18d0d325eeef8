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

from diff_match_patch import diff_match_patch

from viewer.engine.document_view import DocumentView, DocumentViews
from viewer.engine.statements import Statements
from viewer.engine.tokens import TokenisedCorpus
from viewer.passages import Occurrence, OccurrenceKind, Passage

COPY_SHARE = 0.5
"""An occurrence carrying at least this share of the consensus words is a copy."""

_SPACE = re.compile(r"\s+")

Token = tuple[DocumentView, int]
"""A token of a document: the view and the token index."""
Reading = tuple[int, str] | None
"""A word as written: (normalised-word hash, spelling), or None for a word left out."""


@dataclass(frozen=True)
class _Window:
    view: DocumentView
    first: int
    end: int


@dataclass
class _Alignment:
    """One occurrence against the reference: which reference words it reaches, its word at
    each, and its words the reference lacks."""

    low: int
    high: int
    """Reference positions [low, high) the occurrence reaches (empty if it shares none)."""
    at: dict[int, int]
    """Reference position -> the occurrence's token aligned there (same or replaced word)."""
    inserted: dict[int, list[int]]
    """Reference position -> the occurrence's tokens inserted before it (inside [low, high])."""
    leading: list[int]
    trailing: list[int]


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


def _agree(windows: Sequence[_Window],
           differ: diff_match_patch) -> tuple[str, list[Occurrence]]:
    """The consensus text and the occurrences with their differences and kinds."""
    reference = max(windows, key=lambda w: (w.end - w.first, -w.view.index, -w.first))
    ref_tokens: list[Token] = [(reference.view, i) for i in range(reference.first, reference.end)]
    if all(_identical(w, reference) for w in windows):
        text = _SPACE.sub(" ", reference.view.raw(reference.first, reference.end))
        return text, [_occurrence(w, set(), "copy") for w in windows]
    alignments = [_align(differ, ref_tokens, w) for w in windows]
    grown = _grown_reference(ref_tokens, windows, alignments)
    if len(grown) > len(ref_tokens):
        ref_tokens = grown
        alignments = [_align(differ, ref_tokens, w) for w in windows]
    chosen, marks = _vote(ref_tokens, windows, alignments)
    words = len(chosen)
    occurrences = []
    for window, alignment, marked in zip(windows, alignments, marks, strict=True):
        reach = max(alignment.high - alignment.low, window.end - window.first)
        kind: OccurrenceKind = "copy" if reach >= COPY_SHARE * words else "fragment"
        occurrences.append(_occurrence(window, marked, kind))
    return _text_of(chosen), occurrences


def _identical(window: _Window, reference: _Window) -> bool:
    view, ref = window.view, reference.view
    return (view.words[window.first : window.end] == ref.words[reference.first : reference.end]
            and _spelling_of(view.raw(window.first, window.end))
            == _spelling_of(ref.raw(reference.first, reference.end)))


def _encode(words: Sequence[int], alphabet: dict[int, str]) -> str:
    """Words as characters for diff-match-patch's word mode (one character per distinct word,
    the surrogate block skipped); `alphabet` grows as needed."""
    chars = []
    for word in words:
        char = alphabet.get(word)
        if char is None:
            code = 0x100 + len(alphabet)
            if code >= 0xD800:
                code += 0x800
            char = alphabet[word] = chr(code)
        chars.append(char)
    return "".join(chars)


def _align(differ: diff_match_patch, reference: list[Token], window: _Window) -> _Alignment:
    ref_words = [view.words[i] for view, i in reference]
    words = window.view.words[window.first : window.end]
    if list(words) == ref_words:
        return _Alignment(0, len(ref_words), {k: window.first + k for k in range(len(words))},
                          {}, [], [])
    alphabet: dict[int, str] = {}
    diffs = differ.diff_main(_encode(ref_words, alphabet), _encode(words, alphabet), False)
    at: dict[int, int] = {}
    inserted: dict[int, list[int]] = {}
    leading: list[int] = []
    i, j = 0, window.first
    deleted = 0
    pending: list[int] = []
    for op, chunk in diffs:
        size = len(chunk)
        if op == 0:
            paired = min(deleted, len(pending))
            if at:
                # A replaced stretch between equal words: pair words left to right.
                for k in range(paired):
                    at[i - deleted + k] = pending[k]
                if len(pending) > paired:
                    inserted.setdefault(i, []).extend(pending[paired:])
            else:
                # Before the first equal word: a replaced start pairs right to left, and the
                # occurrence's own words before that lead the statement.
                for k in range(paired):
                    at[i - paired + k] = pending[len(pending) - paired + k]
                leading = pending[: len(pending) - paired]
            deleted, pending = 0, []
            for k in range(size):
                at[i + k] = j + k
            i += size
            j += size
        elif op == -1:
            deleted += size
            i += size
        else:
            pending.extend(range(j, j + size))
            j += size
    if not at:
        return _Alignment(0, 0, {}, {}, pending, [])
    # After the last equal word: a replaced end pairs left to right, the rest trails.
    paired = min(deleted, len(pending))
    for k in range(paired):
        at[i - deleted + k] = pending[k]
    trailing = pending[paired:]
    return _Alignment(min(at), max(at) + 1, at, inserted, leading, trailing)


def _grown_reference(reference: list[Token], windows: Sequence[_Window],
                     alignments: list[_Alignment]) -> list[Token]:
    """The reference with the longest run of words any occurrence carries before its first
    word, and after its last (A-B share x, B-C share an overlapping y: the statement is x
    and y)."""
    lead: list[Token] = []
    trail: list[Token] = []
    for window, alignment in zip(windows, alignments, strict=True):
        if alignment.low == 0 and alignment.at and len(alignment.leading) > len(lead):
            lead = [(window.view, t) for t in alignment.leading]
        if (alignment.high == len(reference) and alignment.at
                and len(alignment.trailing) > len(trail)):
            trail = [(window.view, t) for t in alignment.trailing]
    return lead + reference + trail


def _vote(reference: list[Token], windows: Sequence[_Window],
          alignments: list[_Alignment]) -> tuple[list[Token], list[set[int]]]:
    """The consensus as a list of tokens carrying its words, and each occurrence's marked
    (differing) token indices."""
    marks: list[set[int]] = [set() for _ in windows]
    chosen: list[Token] = []
    spellings: dict[Token, str] = {}

    def reading(view: DocumentView, token: int) -> Reading:
        key = (view, token)
        spelling = spellings.get(key)
        if spelling is None:
            spelling = spellings[key] = _spelling_of(view.text[view.starts[token]:
                                                               view.ends[token]])
        return view.words[token], spelling

    for position in range(len(reference) + 1):
        # Words some occurrences insert before this reference word.
        inserts: list[tuple[int, tuple[Reading, ...]]] = []
        voters_between = 0
        for index, alignment in enumerate(alignments):
            if alignment.low < position < alignment.high:
                voters_between += 1
                tokens = alignment.inserted.get(position)
                if tokens:
                    view = windows[index].view
                    inserts.append((index, tuple(reading(view, t) for t in tokens)))
        if inserts:
            insert_tally = Counter(words for _, words in inserts)
            best_insert, votes = insert_tally.most_common(1)[0]
            adopted = 2 * votes > voters_between
            for index, words in inserts:
                if not adopted or words != best_insert:
                    marks[index].update(alignments[index].inserted[position])
            if adopted:
                index = next(i for i, words in inserts if words == best_insert)
                view = windows[index].view
                chosen.extend((view, t) for t in alignments[index].inserted[position])
        if position == len(reference):
            break
        votes_here: list[tuple[int, Reading]] = []
        for index, alignment in enumerate(alignments):
            if alignment.low <= position < alignment.high:
                token = alignment.at.get(position)
                votes_here.append(
                    (index, None if token is None else reading(windows[index].view, token)))
        ref_view, ref_token = reference[position]
        if not votes_here:
            chosen.append((ref_view, ref_token))
            continue
        tally = Counter(r for _, r in votes_here)
        best_reading, count = tally.most_common(1)[0]
        majority = 2 * count > len(votes_here)
        if majority and len(tally) == 1:
            winner = best_reading
        elif majority:
            winner = best_reading
            for index, value in votes_here:
                if value != winner and value is not None:
                    marks[index].add(alignments[index].at[position])
        else:
            winner = reading(ref_view, ref_token)
            for index, value in votes_here:
                if value is not None:
                    marks[index].add(alignments[index].at[position])
        if winner is not None:
            carrier = next((index for index, value in votes_here if value == winner), None)
            if carrier is None:
                chosen.append((ref_view, ref_token))
            else:
                chosen.append((windows[carrier].view, alignments[carrier].at[position]))
    return chosen, marks


def _spelling_of(raw: str) -> str:
    """How a word is written, up to case and apostrophe style."""
    return raw.casefold().replace("’", "'")


def _text_of(tokens: list[Token]) -> str:
    """The consensus text: each word as its carrier wrote it, with the carrier's punctuation
    and spacing up to the next word when the next word comes from the same place."""
    parts: list[str] = []
    for k, (view, token) in enumerate(tokens):
        parts.append(view.text[view.starts[token] : view.ends[token]])
        if k + 1 < len(tokens):
            next_view, next_token = tokens[k + 1]
            if next_view is view and next_token == token + 1:
                parts.append(_SPACE.sub(" ", view.gap(token, token + 1)))
            else:
                parts.append(" ")
    return "".join(parts)


def _occurrence(window: _Window, marked: set[int], kind: OccurrenceKind) -> Occurrence:
    view = window.view
    start, end = view.starts[window.first], view.ends[window.end - 1]
    return Occurrence(document=_document_id(view), start=start, end=end,
                      text=view.text[start:end], differences=_ranges(view, sorted(marked)),
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
