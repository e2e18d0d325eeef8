"""One stretch of a document's text: which occurrences of matches belong together.

Pure functions of the corpus and token ranges, used by the clustering stage
(`viewer.engine.statements`): two paragraphs two documents carry one right after the other,
occurrences a few words apart in one paragraph, in one sentence or in one quotation.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.arrays import count_between, flat_ranges, within
from viewer.engine.matches import PairMatches
from viewer.engine.tokens import TokenisedCorpus

BRIDGED_PARAGRAPH_WORDS = 40
"""Paragraphs of two statements' copies may have this many words of identical short paragraphs
between them and still be one stretch of text (`_next_paragraphs`)."""
ADJACENT_GAP_WORDS = 4
"""Two occurrences in one paragraph of one document at most this many words apart (of long
matches; of short ones also within one sentence or quotation) are one stretch of that
document's text, so one statement."""


def next_paragraphs(corpus: TokenisedCorpus, matches: PairMatches) -> tuple[
        np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (k, l) of matches of one document pair where l starts a paragraph on both sides
    and the text between k and l is the same on both: nothing (matches never cross a paragraph
    break) or a few short paragraphs both carry ("No casualties were reported."). Both
    documents carry the paragraphs one after the other (a wire story). Pieces a shared
    quotation mark cut apart are no such pair (a lead-in stays out of the quote). Also the
    global token ranges between them on the first documents' side and the second's (the
    bridges, empty when they touch)."""
    order = np.lexsort((matches.a0, matches.doc_b, matches.doc_a))
    left, right = order[:-1], order[1:]
    same_pair = ((matches.doc_a[left] == matches.doc_a[right])
                 & (matches.doc_b[left] == matches.doc_b[right]))
    left, right = left[same_pair], right[same_pair]
    gap_a = matches.a0[right] - matches.a1[left]
    gap_b = matches.b0[right] - matches.b1[left]
    offsets = corpus.offsets
    base_a, base_b = offsets[matches.doc_a[left]], offsets[matches.doc_b[left]]
    first_a, first_b = base_a + matches.a1[left], base_b + matches.b1[left]
    line_start = corpus.line_start
    follows = ((gap_a == gap_b) & (gap_a >= 0) & (gap_a <= BRIDGED_PARAGRAPH_WORDS)
               & line_start[base_a + matches.a0[right]] & line_start[base_b + matches.b0[right]]
               # (the bridge, when not empty, starts a paragraph too)
               & line_start[np.minimum(first_a, base_a + matches.a0[right])]
               & line_start[np.minimum(first_b, base_b + matches.b0[right])])
    keep = np.flatnonzero(follows)
    owner, at_a = flat_ranges(first_a[keep], first_a[keep] + gap_a[keep])
    _, at_b = flat_ranges(first_b[keep], first_b[keep] + gap_b[keep])
    differ = np.bincount(owner[corpus.hashes[at_a] != corpus.hashes[at_b]], minlength=len(keep))
    keep = keep[differ == 0]
    return (left[keep], right[keep], np.stack((first_a[keep], first_a[keep] + gap_a[keep])),
            np.stack((first_b[keep], first_b[keep] + gap_b[keep])))


def adjacent_runs(corpus: TokenisedCorpus, run_first: np.ndarray,
                   run_end: np.ndarray) -> np.ndarray:
    """Runs r such that run r and r + 1 (sorted, disjoint) are one stretch of one document's
    text (`_side_by_side`): A and C quote different parts of what B carries whole."""
    return np.flatnonzero(_side_by_side(corpus, run_first, run_end))


def _side_by_side(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For sorted disjoint global token ranges, whether range i and i + 1 lie in one document
    at most ADJACENT_GAP_WORDS words apart with no line break between."""
    if len(firsts) < 2:
        return np.zeros(0, dtype=bool)
    gap = firsts[1:] - ends[:-1]
    # a line break before any token from the first range's end up to the second's first token
    broken = count_between(np.flatnonzero(corpus.line_start),
                           np.minimum(ends[:-1], firsts[1:]), firsts[1:] + 1) > 0
    same_doc = corpus.document_of(firsts[1:]) == corpus.document_of(ends[:-1] - 1)
    return np.asarray(same_doc & (gap >= 0) & (gap <= ADJACENT_GAP_WORDS) & ~broken)


def adjacent_nodes(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray,
                   nodes: np.ndarray, quotes: tuple[np.ndarray, np.ndarray]
                   ) -> list[tuple[int, int]]:
    """Pairs of different nodes whose (disjoint, global) token ranges are side by side in one
    document (`_side_by_side`), in one sentence with no quotation mark between, or in one of
    the quotations `quotes` (`quoted_token_ranges`: a tweet quoted whole; not a statement and
    the next sentence of a story, which another outlet may carry alone, nor a lead-in and the
    quote after it)."""
    if len(firsts) < 2:
        return []
    order = np.argsort(firsts, kind="stable")
    firsts, ends, nodes = firsts[order], ends[order], nodes[order]
    close = np.flatnonzero(_side_by_side(corpus, firsts, ends) & (nodes[1:] != nodes[:-1]))
    document = corpus.document_of(firsts[close])
    # Gap g of document d (before its token g - offsets[d]) has the index g + d: the gaps from
    # the first range's end up to the second's first token.
    marked = np.flatnonzero(corpus.gaps & np.uint16(breaks.SENTENCE_BREAK | breaks.QUOTE))
    crossing = count_between(marked, ends[close] + document, firsts[close + 1] + document + 1) > 0
    one_quote = within(firsts[close], ends[close + 1], *quotes)
    close = close[~crossing | one_quote]
    return list(zip(nodes[close].tolist(), nodes[close + 1].tolist(), strict=True))
