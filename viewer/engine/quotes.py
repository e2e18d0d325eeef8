"""Pairwise matches cut where both documents open or close a quotation at the same word.

Pure function used by the chaining stage on all of its matches at once: an outlet's own lead-in
('President X wrote on Twitter: "...') or tail ('...", according to X') is not the quoted
statement, even when two outlets word it alike.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.extend import Spans
from viewer.engine.tokens import TokenisedCorpus


def split_at_shared_quotes(corpus: TokenisedCorpus, spans: Spans, min_words: int) -> Spans:
    """Every match, in order, cut where both documents open or close a quotation at the same
    word; of a match that is cut, pieces shorter than `min_words` are dropped. Only matches of
    equal length on both sides are cut (the words then correspond one to one); a quotation
    mark in one document only (one outlet quotes, the other paraphrases) cuts nothing."""
    count = len(spans)
    gap_base_a = corpus.offsets[spans.doc_a] + spans.doc_a
    gap_base_b = corpus.offsets[spans.doc_b] + spans.doc_b
    length = spans.a1 - spans.a0
    # Only a quotation mark between two of the match's words in the first document can cut.
    quote_gaps = np.flatnonzero(corpus.gaps & breaks.QUOTE)
    low = np.searchsorted(quote_gaps, gap_base_a + spans.a0 + 1)
    high = np.searchsorted(quote_gaps, gap_base_a + spans.a1)  # gaps up to a1 - 1
    high[length != spans.b1 - spans.b0] = low[length != spans.b1 - spans.b0]
    quotes = np.maximum(high - low, 0)
    match = np.repeat(np.arange(count), quotes)
    gap = quote_gaps[np.repeat(low, quotes) + np.arange(int(quotes.sum()))
                     - np.repeat(np.cumsum(quotes) - quotes, quotes)]
    k = gap - gap_base_a[match] - spans.a0[match]
    bits_a = corpus.gaps[gap]
    bits_b = corpus.gaps[gap_base_b[match] + spans.b0[match] + k]
    both = bits_a & bits_b
    cut = (both & (breaks.OPENS_QUOTE | breaks.CLOSES_QUOTE)) != 0
    match, k = match[cut], k[cut]
    if not len(match):
        return spans
    # Pieces: each match from 0, and from each of its cuts, to the next cut or its end.
    piece_match = np.concatenate((np.arange(count), match))
    piece_low = np.concatenate((np.zeros(count, dtype=np.int64), k))
    order = np.lexsort((piece_low, piece_match))
    piece_match, piece_low = piece_match[order], piece_low[order]
    piece_high = np.append(piece_low[1:], 0)
    last = np.append(piece_match[1:] != piece_match[:-1], True)
    piece_high[last] = length[piece_match[last]]
    was_cut = np.zeros(count, dtype=bool)
    was_cut[match] = True
    kept = ~was_cut[piece_match] | (piece_high - piece_low >= min_words)
    piece_match, piece_low, piece_high = piece_match[kept], piece_low[kept], piece_high[kept]
    whole = ~was_cut[piece_match]
    a0, b0 = spans.a0[piece_match], spans.b0[piece_match]
    return Spans(spans.doc_a[piece_match], a0 + piece_low,
                 np.where(whole, spans.a1[piece_match], a0 + piece_high),
                 spans.doc_b[piece_match], b0 + piece_low,
                 np.where(whole, spans.b1[piece_match], b0 + piece_high))
