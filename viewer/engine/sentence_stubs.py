"""Matches do not end one or two words into a sentence that both documents go on differently.

Pure function used by the chaining stage on all of its matches at once, after extension. Two
outlets that print a statement alike often go on with a sentence of their own that happens to
open with the same word or two ("... im Sommer 2021 beenden. Das teilte der DFB mit" / "...
beenden. Das teilt der DFB am Dienstag mit"): the match takes that word in, and the passage ends
on "Das". Here the last (first) STUB_WORDS words or fewer of a match that lie past a sentence end
(before a sentence start) in both documents are left out, when they are stock vocabulary only
(`viewer.engine.reporting.STOCK`: function and reporting words, dates, numbers, titles, the
commonest nouns of news text) and the match itself stops inside that sentence: where it stops
at a sentence end too, the words are a sentence of the statement ("Thank you."), and a name or
a content word may be a quotation cut mid-sentence.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.extend import Spans
from viewer.engine.tokens import TokenisedCorpus

STUB_WORDS = 2
"""The most words of a new sentence a match may carry at its end (start) and lose: more are
the sentence quoted in part, kept."""


def trim_sentence_stubs(corpus: TokenisedCorpus, spans: Spans, min_words: int) -> None:
    """Move each match's edges (in place) off a stub of a sentence both documents go on with
    differently (module docstring), keeping at least `min_words` words."""
    a0, a1, b0, b1 = spans.a0, spans.a1, spans.b0, spans.b1
    gap_a = corpus.offsets[spans.doc_a] + spans.doc_a
    gap_b = corpus.offsets[spans.doc_b] + spans.doc_b

    def sentence_ends(k: int, *, at_end: bool) -> tuple[np.ndarray, np.ndarray]:
        """Whether each document ends a sentence k words inside the match's end (start); the
        gaps asked are kept inside each match."""
        on_a = np.clip(a1 - k if at_end else a0 + k, a0, a1)
        on_b = np.clip(b1 - k if at_end else b0 + k, b0, b1)
        return ((corpus.gaps[gap_a + on_a] & breaks.SENTENCE_BREAK) != 0,
                (corpus.gaps[gap_b + on_b] & breaks.SENTENCE_BREAK) != 0)

    def breaks_at(k: int, *, at_end: bool) -> np.ndarray:
        on_a, on_b = sentence_ends(k, at_end=at_end)
        return np.asarray(on_a & on_b)

    def either_breaks(k: int, *, at_end: bool) -> np.ndarray:
        on_a, on_b = sentence_ends(k, at_end=at_end)
        return np.asarray(on_a | on_b)

    def stock(token: np.ndarray) -> np.ndarray:
        inside = np.clip(token, a0, np.maximum(a1 - 1, a0))
        return in_sorted(corpus.hashes[corpus.offsets[spans.doc_a] + inside], reporting.STOCK)

    tail = np.zeros(len(spans), dtype=np.int64)
    head = np.zeros(len(spans), dtype=np.int64)
    open_end = ~either_breaks(0, at_end=True)
    open_start = ~either_breaks(0, at_end=False)
    for k in range(STUB_WORDS, 0, -1):
        ends = (spans.size - k >= min_words) & open_end & (tail == 0) & breaks_at(k, at_end=True)
        # (no sentence break inside the stub: the last words of one sentence; and no word
        # beyond stock vocabulary: "Das", "He said", not a name)
        for inner in range(1, k + 1):
            if inner < k:
                ends &= ~either_breaks(inner, at_end=True)
            ends &= stock(a1 - inner)
        tail[ends] = k
    for k in range(STUB_WORDS, 0, -1):
        starts = ((spans.size - tail - k >= min_words) & open_start & (head == 0)
                  & breaks_at(k, at_end=False))
        for inner in range(1, k + 1):
            if inner < k:
                starts &= ~either_breaks(inner, at_end=False)
            starts &= stock(a0 + inner - 1)
        head[starts] = k
    spans.a1 = spans.a1 - tail
    spans.b1 = spans.b1 - tail
    spans.a0 = spans.a0 + head
    spans.b0 = spans.b0 + head
