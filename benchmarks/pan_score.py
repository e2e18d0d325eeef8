"""PAN-style text-reuse measures (Potthast et al., "An Evaluation Framework for Plagiarism
Detection", 2010) over document pairs, and the character-interval helpers they and
`benchmarks/evaluate.py` use. Cases and detections are pairs of occurrences in two documents.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from itertools import product

from benchmarks.truth_formats import Span


def overlap(first: Span, second: Span) -> int:
    if first.document != second.document:
        return 0
    return max(0, min(first.end, second.end) - max(first.start, second.start))


def pan_scores(statements: list[list[Span]], passages: list[list[Span]],
               partners: dict[str, set[str]]) -> tuple[float, float, float, float]:
    """(precision, recall, granularity, plagdet) over document-pair cases, as PAN defines them.

    Detections in document pairs that share no true statement detect nothing: they are counted
    (each adds 0 to the precision sum) but not listed, so a passage in thousands of documents
    costs no more than its true pairs.
    """
    cases, case_count = _pair_items(statements, None)
    detections, detection_count = _pair_items(passages, partners)
    precision_sum = 0.0
    for key, items in detections.items():
        for r_first, r_second in items:
            detected = [(s_first, s_second) for s_first, s_second in cases.get(key, [])
                        if overlap(s_first, r_first) and overlap(s_second, r_second)]
            covered = (_covered(r_first, [s for s, _ in detected])
                       + _covered(r_second, [s for _, s in detected]))
            precision_sum += covered / (len(r_first) + len(r_second))
    recall_sum = 0.0
    detected_cases = detections_per_case = 0
    for key, items in cases.items():
        for s_first, s_second in items:
            detecting = [(r_first, r_second) for r_first, r_second in detections.get(key, [])
                         if overlap(s_first, r_first) and overlap(s_second, r_second)]
            covered = (_covered(s_first, [r for r, _ in detecting])
                       + _covered(s_second, [r for _, r in detecting]))
            recall_sum += covered / (len(s_first) + len(s_second))
            if detecting:
                detected_cases += 1
                detections_per_case += len(detecting)
    precision = precision_sum / detection_count if detection_count else 0.0
    recall = recall_sum / case_count if case_count else 1.0
    granularity = detections_per_case / detected_cases if detected_cases else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, granularity, f1 / math.log2(1 + granularity)


def partners_of(statements: Iterable[list[Span]]) -> dict[str, set[str]]:
    """The documents each document shares a true statement with."""
    partners: dict[str, set[str]] = defaultdict(set)
    for spans in statements:
        documents = {span.document for span in spans}
        for document in documents:
            partners[document] |= documents - {document}
    return partners


def _pair_items(groups: list[list[Span]], partners: dict[str, set[str]] | None) -> tuple[
        dict[tuple[str, str], list[tuple[Span, Span]]], int]:
    """Per document pair (in id order), the pairs of (merged) occurrences of one group, listed
    only for pairs in `partners` (all when None); and the number of pairs, listed or not."""
    items: dict[tuple[str, str], list[tuple[Span, Span]]] = defaultdict(list)
    total = 0
    for spans in groups:
        merged = {document: [Span(document, start, end) for start, end in intervals]
                  for document, intervals in unions_by_document(spans).items()}
        sizes = [len(pieces) for pieces in merged.values()]
        total += (sum(sizes) ** 2 - sum(n * n for n in sizes)) // 2
        for first in merged:
            others = merged.keys() if partners is None else partners.get(first, set()) & (
                merged.keys())
            for second in others:
                if first < second:
                    for pair in product(merged[first], merged[second]):
                        items[(first, second)].append(pair)
    return items, total


def _covered(span: Span, others: list[Span]) -> int:
    return intersection_length([(span.start, span.end)],
                         _union([(o.start, o.end) for o in others]))


def unions_by_document(spans: Iterable[Span]) -> dict[str, list[tuple[int, int]]]:
    grouped: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for span in spans:
        grouped[span.document].append((span.start, span.end))
    return {document: _union(intervals) for document, intervals in grouped.items()}


def _union(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def intersection_length(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> int:
    total = i = j = 0
    while i < len(first) and j < len(second):
        total += max(0, min(first[i][1], second[j][1]) - max(first[i][0], second[j][0]))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return total
