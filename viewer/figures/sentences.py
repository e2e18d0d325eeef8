"""Sentence spans of a paragraph, by `pysbd` (rule-based, knows "U.S." and "a.m." are not ends).

pysbd is the slow part of extraction, so callers split only paragraphs that hold a candidate
figure, and the segmenter is built once, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """`(start, end)` of each sentence of `paragraph`, in order, covering all its text."""
    if not paragraph.strip():
        return []
    spans: list[tuple[int, int]] = []
    position = 0
    for piece in _segmenter().segment(paragraph):
        text = piece.sent.strip()
        if not text:
            continue
        # pysbd's own offsets can go wrong on repeated sentences; find each piece after the
        # previous one instead.
        start = paragraph.find(text, position)
        if start < 0:
            continue
        spans.append((start, start + len(text)))
        position = start + len(text)
    if not spans:
        return [(0, len(paragraph))]
    # Close gaps so every offset of the paragraph belongs to one sentence.
    closed = [(0 if index == 0 else start, spans[index + 1][0] if index + 1 < len(spans)
               else len(paragraph)) for index, (start, _end) in enumerate(spans)]
    return closed
