"""Per-document highlight geometry computed from an AlignmentResult, in code points, with no Qt.

A pane asks for `DocumentHighlights.segments(...)` and gets non-overlapping runs of text, each with
the one style to draw (passage colour, selected, differing words, find hit, annotation); the link
map asks `link_pairs` which occurrence on the left goes with which on the right; the overview asks
for markers as fractions of the shown text; keyboard navigation asks `navigation_order`. All the
decisions live here so the widgets only translate styles into Qt formats.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from viewer.corpus import Article
from viewer.passages import AlignmentResult, Occurrence, Passage

PALETTE_SIZE = 8


def assign_colours(result: AlignmentResult, palette_size: int = PALETTE_SIZE, *,
                   keep: Mapping[str, int] | None = None) -> dict[str, int]:
    """A colour index per passage, trying to give passages that share a document different colours.

    Greedy in result order (most widely shared first): each passage takes the colour least used so
    far by the passages in its documents, then the colour least used overall, then the lowest
    index, so small corpora get distinct colours in a stable order. `keep`: passages whose colour
    is already decided (kept from an earlier result: `viewer.colour_continuity`); they are
    counted first and the others coloured around them.
    """
    used_in_document: dict[str, Counter[int]] = {}
    used: Counter[int] = Counter()
    colours: dict[str, int] = {}

    def take(passage: Passage, colour: int) -> None:
        colours[passage.id] = colour
        used[colour] += 1
        for document in passage.document_ids:
            used_in_document.setdefault(document, Counter())[colour] += 1

    kept = keep or {}
    rows: dict[int, list[int]] = {}
    """Per colour, the places in the list (result order) of the passages that have it."""
    for row, passage in enumerate(result.passages):
        if passage.id in kept:
            take(passage, kept[passage.id] % palette_size)
            insort(rows.setdefault(kept[passage.id] % palette_size, []), row)
    for row, passage in enumerate(result.passages):
        if passage.id in kept:
            continue
        load: Counter[int] = Counter()
        for document in passage.document_ids:
            load.update(used_in_document.get(document, Counter()))
        # A colour a passage a few rows away has is avoided next (two events' widest passages
        # both blue at the top of one list: tester55), before the colour's use overall.
        nearest = {c: _rows_away(rows.get(c, []), row) for c in range(palette_size)}
        colour = min(range(palette_size), key=lambda c: (
            load[c], nearest[c] < palette_size, used[c], -nearest[c], c))
        take(passage, colour)
        insort(rows.setdefault(colour, []), row)
    return colours


def _rows_away(rows: list[int], row: int) -> int:
    """How far `row` is from the nearest of the sorted `rows` (a large number: none)."""
    at = bisect_left(rows, row)
    near = [abs(rows[i] - row) for i in (at - 1, at) if 0 <= i < len(rows)]
    return min(near, default=1 << 30)


@dataclass(frozen=True)
class SegmentStyle:
    """How one run of text is drawn; `passage_id is None` means no passage covers it."""

    passage_id: str | None = None
    colour_index: int | None = None
    selected: bool = False
    difference: bool = False
    find_hit: bool = False
    find_current: bool = False
    annotation: bool = False
    fragment: bool = False
    """The run is a fragment of its passage (a few quoted words), not a copy: drawn in
    italics, so a quoted phrase and a reprinted statement read differently at a glance."""


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    style: SegmentStyle


@dataclass(frozen=True)
class Span:
    """One passage occurrence in a document, with its colour."""

    passage_id: str
    colour_index: int
    start: int
    end: int
    differences: tuple[tuple[int, int], ...] = ()
    fragment: bool = False


@dataclass(frozen=True)
class OverviewMarker:
    """Where a passage sits in the shown text, as fractions [0, 1] of its length."""

    passage_id: str
    colour_index: int
    start_fraction: float
    end_fraction: float


_Interval = tuple[int, int, "Span | None", dict[str, "Span"], frozenset[str], bool, bool, bool]
"""(start, end, span drawn by default, span drawn per selected passage, passages with a
difference here, find hit, current find hit, annotation) for one run of `segments`."""


class DocumentHighlights:
    """The passage occurrences of one document, ready to be drawn."""

    def __init__(self, article: Article, spans: Iterable[Span]) -> None:
        self.article = article
        self.spans: tuple[Span, ...] = tuple(sorted(spans, key=lambda s: (s.start, -s.end)))
        self._starts = [s.start for s in self.spans]
        self._interval_cache: tuple[object, list[_Interval]] | None = None

    @classmethod
    def build(
        cls, article: Article, result: AlignmentResult | None, colours: dict[str, int]
    ) -> DocumentHighlights:
        spans: list[Span] = []
        if result is not None:
            for passage in result.passages_in(article.id):
                for occurrence in passage.occurrences_in(article.id):
                    spans.append(_span(passage, occurrence, colours.get(passage.id, 0)))
        return cls(article, spans)

    def passage_at(self, offset: int) -> str | None:
        """The passage under code-point `offset` (the shortest one when several overlap)."""
        candidates = [s for s in self.spans[: bisect_right(self._starts, offset)]
                      if s.start <= offset < s.end]
        if not candidates:
            return None
        return min(candidates, key=_drawing_order).passage_id

    def spans_of(self, passage_id: str) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.passage_id == passage_id)

    def first_offset_of(self, passage_id: str) -> int | None:
        spans = self.spans_of(passage_id)
        return spans[0].start if spans else None

    def overview_markers(self) -> list[OverviewMarker]:
        base = self.article.body_start
        length = max(len(self.article.text) - base, 1)
        return [
            OverviewMarker(
                s.passage_id,
                s.colour_index,
                min(max((s.start - base) / length, 0.0), 1.0),
                min(max((s.end - base) / length, 0.0), 1.0),
            )
            for s in self.spans
        ]

    def segments(
        self,
        selected: str | None = None,
        find_hits: Sequence[tuple[int, int]] = (),
        current_hit: tuple[int, int] | None = None,
        annotations: Sequence[tuple[int, int]] = (),
    ) -> list[Segment]:
        """Non-overlapping styled runs covering every highlighted character, in text order."""
        segments: list[Segment] = []
        for start, end, default, tops, differences, find, current, annotation in \
                self._intervals(tuple(find_hits), current_hit, tuple(annotations)):
            top = tops.get(selected, default) if selected is not None else default
            style = SegmentStyle(
                passage_id=top.passage_id if top else None,
                colour_index=top.colour_index if top else None,
                selected=top is not None and top.passage_id == selected,
                difference=top is not None and top.passage_id in differences,
                find_hit=find,
                find_current=current,
                annotation=annotation,
                fragment=top is not None and top.fragment,
            )
            if segments and segments[-1].end == start and segments[-1].style == style:
                segments[-1] = Segment(segments[-1].start, end, style)
            else:
                segments.append(Segment(start, end, style))
        return segments

    def _intervals(self, find_hits: tuple[tuple[int, int], ...],
                   current_hit: tuple[int, int] | None,
                   annotations: tuple[tuple[int, int], ...]) -> list[_Interval]:
        """The runs between consecutive boundaries that carry anything, with what is live in
        each. Everything but the selection is fixed here, so selecting another passage only
        restyles these runs (the last answer is kept: a selection asks again with the same
        find hits and annotations)."""
        key = (find_hits, current_hit, annotations)
        if self._interval_cache is not None and self._interval_cache[0] == key:
            return self._interval_cache[1]
        events: list[tuple[int, int, str, object]] = []

        def add(start: int, end: int, kind: str, item: object) -> None:
            if end > start:
                events.append((start, 1, kind, item))
                events.append((end, -1, kind, item))

        for span in self.spans:
            add(span.start, span.end, "passage", span)
            for d_start, d_end in span.differences:
                add(max(d_start, span.start), min(d_end, span.end), "difference", span.passage_id)
        for start, end in find_hits:
            add(start, end, "find", None)
        if current_hit is not None:
            add(current_hit[0], current_hit[1], "current", None)
        for start, end in annotations:
            add(start, end, "annotation", None)
        events.sort(key=lambda e: e[0])

        active_spans: Counter[Span] = Counter()
        active_differences: Counter[str] = Counter()
        counts: Counter[str] = Counter()
        intervals: list[_Interval] = []
        index = 0
        while index < len(events):
            position = events[index][0]
            while index < len(events) and events[index][0] == position:
                _, delta, kind, item = events[index]
                if kind == "passage":
                    active_spans[item] += delta  # type: ignore[index]
                elif kind == "difference":
                    active_differences[item] += delta  # type: ignore[index]
                else:
                    counts[kind] += delta
                index += 1
            if index >= len(events):
                break
            live = [span for span, n in active_spans.items() if n > 0]
            find, current, annotation = (counts["find"] > 0, counts["current"] > 0,
                                         counts["annotation"] > 0)
            if not (live or find or current or annotation):
                continue
            # Where passages overlap the shortest is drawn, or the shortest of the selected one.
            ordered = sorted(live, key=_drawing_order)
            tops = {span.passage_id: span for span in reversed(ordered)}
            default = ordered[0] if ordered else None
            differences = frozenset(p for p, n in active_differences.items() if n > 0)
            intervals.append((position, events[index][0], default, tops, differences, find,
                              current, annotation))
        self._interval_cache = (key, intervals)
        return intervals


def _drawing_order(span: Span) -> tuple[int, int]:
    """Where spans overlap, the first in this order is the one drawn: the shortest, then the
    earliest."""
    return span.end - span.start, span.start


def _span(passage: Passage, occurrence: Occurrence, colour: int) -> Span:
    return Span(passage.id, colour, occurrence.start, occurrence.end, occurrence.differences,
                occurrence.kind == "fragment")


@dataclass(frozen=True)
class LinkPair:
    """One band of the link map: a passage's occurrence on the left and on the right."""

    passage_id: str
    colour_index: int
    left: tuple[int, int]
    right: tuple[int, int]


def link_pairs(
    result: AlignmentResult | None, left_id: str, right_id: str, colours: dict[str, int]
) -> list[LinkPair]:
    """Bands between two documents, in the left document's order.

    A passage found several times on one side is paired in reading order; surplus occurrences pair
    with the last one on the other side so every occurrence gets a band.
    """
    if result is None or left_id == right_id:
        return []
    pairs: list[LinkPair] = []
    for passage in result.passages_in(left_id):
        left = sorted(passage.occurrences_in(left_id), key=lambda o: o.start)
        right = sorted(passage.occurrences_in(right_id), key=lambda o: o.start)
        if not left or not right:
            continue
        for i in range(max(len(left), len(right))):
            lo, ro = left[min(i, len(left) - 1)], right[min(i, len(right) - 1)]
            pairs.append(LinkPair(passage.id, colours.get(passage.id, 0),
                                  (lo.start, lo.end), (ro.start, ro.end)))
    pairs.sort(key=lambda p: (p.left, p.right))
    return pairs


def navigation_order(result: AlignmentResult | None, shown_ids: Sequence[str]) -> list[str]:
    """Passage ids in reading order: down the first pane, then those only in later panes.

    With no passage in any shown pane, the result's own order (widest spread first).
    """
    if result is None:
        return []
    order: list[str] = []
    seen: set[str] = set()
    for document in shown_ids:
        located = sorted(
            (min(o.start for o in p.occurrences_in(document)), p.id)
            for p in result.passages_in(document)
        )
        for _, passage_id in located:
            if passage_id not in seen:
                seen.add(passage_id)
                order.append(passage_id)
    return order or [p.id for p in result.passages]


def step(order: Sequence[str], current: str | None, direction: int) -> str | None:
    """The passage after (direction > 0) or before `current` in `order`, wrapping around."""
    if not order:
        return None
    if current not in order:
        return order[0] if direction > 0 else order[-1]
    index = order.index(current)
    return order[(index + (1 if direction > 0 else -1)) % len(order)]
