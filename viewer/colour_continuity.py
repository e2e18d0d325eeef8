"""Passage colours across realignments: a passage still there keeps the colour it had.

Pure functions, no Qt. Passage ids are ranks that every result hands out afresh, and
`viewer.highlights.assign_colours` colours a result on its own, so adding or removing one
article repainted every passage in other colours: the user lost the colour they were following.
Here each passage of the new result is matched to its predecessor -- the passage of the previous
result whose occurrences share the most characters with its own, in the same documents -- and,
when they largely overlap, takes its colour; only passages with no predecessor are coloured
afresh (around the kept ones). Linear in the occurrences (a sort per document and a sweep),
never passage against passage.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from viewer.highlights import PALETTE_SIZE, assign_colours
from viewer.passages import AlignmentResult

LARGELY = 0.5
"""A passage is the same one when the characters its occurrences share with its predecessor's
are at least this share of the smaller of the two (an added article lengthens the new one, a
removed one shortens it; a statement that merely touches another is not it)."""

_OLD, _NEW = 0, 1


def shared_characters(previous: AlignmentResult, result: AlignmentResult
                      ) -> dict[tuple[int, int], int]:
    """{(index of a passage of `result`, index of one of `previous`): characters where their
    occurrences overlap}, for the pairs that overlap at all. Per document, the occurrences of
    both results are swept in order of their start: each overlapping pair is met once, when the
    later one starts, among the few still open."""
    by_document: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
    for side, passages in ((_OLD, previous.passages), (_NEW, result.passages)):
        for index, passage in enumerate(passages):
            for occurrence in passage.occurrences:
                if occurrence.end > occurrence.start:
                    by_document[occurrence.document].append(
                        (occurrence.start, occurrence.end, side, index))
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for spans in by_document.values():
        if len({side for _start, _end, side, _index in spans}) < 2:
            continue  # a document only one result has passages in
        spans.sort()
        open_spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
        for start, end, side, index in spans:
            other = open_spans[1 - side]
            other[:] = [(o_end, o_index) for o_end, o_index in other if o_end > start]
            for o_end, o_index in other:
                key = (index, o_index) if side == _NEW else (o_index, index)
                shared[key] += min(end, o_end) - start
            open_spans[side].append((end, index))
    return shared


def predecessors(previous: AlignmentResult, result: AlignmentResult) -> dict[str, str]:
    """{new passage id: id of the passage of `previous` it is}, one to one: each new passage's
    candidate is the old one it shares most with, if they largely overlap (LARGELY); an old
    passage split in two goes on in the part that shares most with it."""
    shared = shared_characters(previous, result)
    old_size = [sum(o.end - o.start for o in p.occurrences) for p in previous.passages]
    new_size = [sum(o.end - o.start for o in p.occurrences) for p in result.passages]
    best: dict[int, tuple[int, int]] = {}  # new index -> (characters, -old index)
    for (new, old), characters in shared.items():
        if characters >= LARGELY * min(old_size[old], new_size[new]):
            # The most shared, then the earlier old passage.
            best[new] = max(best.get(new, (0, 0)), (characters, -old))
    taken: set[int] = set()
    found: dict[str, str] = {}
    # Most shared first, then the earlier new passage: which part of a split keeps the colour.
    for new, (_characters, minus_old) in sorted(best.items(),
                                                key=lambda item: (-item[1][0], item[0])):
        old = -minus_old
        if old not in taken:
            taken.add(old)
            found[result.passages[new].id] = previous.passages[old].id
    return found


def follow_colours(previous: AlignmentResult | None, previous_colours: Mapping[str, int],
                   result: AlignmentResult, fresh: Mapping[str, int] | None = None,
                   palette_size: int = PALETTE_SIZE) -> dict[str, int]:
    """The colours of `result`'s passages: a passage that was in `previous` keeps its colour
    in `previous_colours`; the others are coloured as `assign_colours` does, around them.
    `fresh`: `assign_colours(result)` if already computed (used as it is when nothing is
    kept)."""
    if previous is None or not previous.passages or not previous_colours:
        return dict(fresh) if fresh is not None else assign_colours(result, palette_size)
    keep = {new: previous_colours[old]
            for new, old in predecessors(previous, result).items() if old in previous_colours}
    if not keep and fresh is not None:
        return dict(fresh)
    return assign_colours(result, palette_size, keep=keep)
