"""Which passage the window selects on its own: the first one in view at start, and, after a new
alignment result, the new passage that is the statement the user had selected.

Pure functions over results, no Qt. Passage ids are ranks (`p1`, `p2`, ...) that a new result
hands out afresh, so a selection is carried from one result to the next by where its occurrences
stand (document and character range), never by its id.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from viewer.passages import AlignmentResult, Passage
from viewer.rows import PassageRow

Span = tuple[str, int, int]
"""(document id, start, end): a character range of one article, end exclusive."""


def first_passage_in_view(rows: Sequence[PassageRow], shown: Sequence[str]) -> str | None:
    """The first passage of `rows` (the passage list's order) carried by at least two of the
    `shown` panes, else the first carried by one of them, else None: a passage selected at
    start is one the user can see linked across panes."""
    in_view = set(shown)
    in_one_pane: str | None = None
    for row in rows:
        panes = sum(1 for document in row.document_ids if document in in_view)
        if panes >= 2:
            return row.passage_id
        if panes == 1 and in_one_pane is None:
            in_one_pane = row.passage_id
    return in_one_pane


def passage_spans(passage: Passage) -> tuple[Span, ...]:
    return tuple((o.document, o.start, o.end) for o in passage.occurrences)


MAX_STORED_SPANS = 10_000
"""More occurrences than any passage has: a stored list longer than this is cut there."""


def spans_from_json(value: object) -> tuple[Span, ...]:
    """The `[document, start, end]` entries of a stored list, skipping any that are not that
    (a damaged or hand-edited file selects less, never fails)."""
    if not isinstance(value, list):
        return ()
    spans = []
    for entry in value[:MAX_STORED_SPANS]:
        if isinstance(entry, list) and len(entry) == 3:
            document, start, end = entry
            if isinstance(document, str) and all(
                    isinstance(n, int) and not isinstance(n, bool) for n in (start, end)) \
                    and 0 <= start < end:
                spans.append((document, start, end))
    return tuple(spans)


def matching_passage(spans: Iterable[Span], result: AlignmentResult) -> str | None:
    """The id of the passage of `result` that overlaps `spans` (an earlier result's passage)
    the most, or None when none overlaps them at all.

    "Most": the most characters shared with the spans (counted once where occurrences of
    either side overlap each other), then the most documents in which they overlap, then the
    earliest in `result`'s order. Only the passages carried by the spans' documents are looked
    at, each once.
    """
    old = _merged_by_document(spans)
    candidates: dict[int, Passage] = {}  # by identity: hashing a Passage hashes its text
    for document in old:
        for passage in result.passages_in(document):
            candidates.setdefault(id(passage), passage)
    best_key: tuple[int, int] | None = None
    best: list[Passage] = []
    ends = {document: [end for _start, end in ranges] for document, ranges in old.items()}

    def touches(document: str, start: int, end: int) -> bool:
        ranges = old.get(document)
        if ranges is None:
            return False
        first_ending_after = bisect_right(ends[document], start)
        return first_ending_after < len(ranges) and ranges[first_ending_after][0] < end

    for passage in candidates.values():
        # Most candidates only share a document: a look-up per occurrence rules them out.
        touching = [(o.document, o.start, o.end) for o in passage.occurrences
                    if touches(o.document, o.start, o.end)]
        if not touching:
            continue
        new = _merged_by_document(touching)  # the others add nothing to the overlap
        shared = [_overlap(old[document], ranges) for document, ranges in new.items()]
        characters = sum(shared)
        if characters <= 0:
            continue
        key = (characters, sum(1 for c in shared if c > 0))
        if best_key is None or key > best_key:
            best_key, best = key, [passage]
        elif key == best_key:
            best.append(passage)
    if len(best) <= 1:
        return best[0].id if best else None
    tied = {id(p) for p in best}  # rare: only then is the whole result scanned
    return next(p.id for p in result.passages if id(p) in tied)


def _merged_by_document(spans: Iterable[Span]) -> dict[str, list[tuple[int, int]]]:
    """Per document, the spans' union as sorted disjoint ranges (empty ranges dropped)."""
    by_document: dict[str, list[tuple[int, int]]] = {}
    for document, start, end in spans:
        if end > start:
            by_document.setdefault(document, []).append((start, end))
    merged: dict[str, list[tuple[int, int]]] = {}
    for document, ranges in by_document.items():
        ranges.sort()
        union = [ranges[0]]
        for start, end in ranges[1:]:
            if start <= union[-1][1]:
                union[-1] = (union[-1][0], max(union[-1][1], end))
            else:
                union.append((start, end))
        merged[document] = union
    return merged


def _overlap(first: Sequence[tuple[int, int]], second: Sequence[tuple[int, int]]) -> int:
    """Characters in both unions of sorted disjoint ranges."""
    total = i = j = 0
    while i < len(first) and j < len(second):
        start = max(first[i][0], second[j][0])
        end = min(first[i][1], second[j][1])
        total += max(0, end - start)
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return total
