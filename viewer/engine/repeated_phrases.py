"""Phrases a document prints more than once: how it names a thing, not a statement it carries.

Pure function of the corpus and some token ranges. Outlets name an event, a place or a person
the same way every time, and each outlet several times in one story ("bom bunuh diri di Gereja
Katedral Makassar", the suicide bombing at Makassar Cathedral, three times in one article;
"third-degree murder and second-degree manslaughter", a charge, twice): two outlets naming it
alike share six or eight words that are no text either copied. A statement an outlet carries it
prints once (a quotation it repeats, in a headline and below, is inside quotation marks, and
`viewer.engine.evidence.stock_matches` never asks those). So a short unquoted match of which
one side's document prints most of the words again elsewhere is the document's name for
something. Unless the words around it are printed again with it: a page that carries a story
twice (a teaser and the story, a page saved with its text doubled) names nothing so.

Asked of text written with spaces only: in Chinese or Japanese, a few characters repeat in any
story by chance, and three of them are no phrase.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import flat_ranges, unique_values
from viewer.engine.chance import written_with_spaces
from viewer.engine.index import ngram_hashes_at
from viewer.engine.tokens import TokenisedCorpus

WINDOW_WORDS = 3
"""The phrase is read in windows of this many words."""
REPEATED_SHARE = 2 / 3
"""A range is printed again where at least this share of its windows stand elsewhere in its
document too."""
CONTEXT_WORDS = 3
"""The windows over a range's edges, this many on each side, are its context: printed again
with it (CONTEXT_SHARE of them or more), the range is part of a longer text printed twice."""
CONTEXT_SHARE = 1 / 2
_DOCUMENT_MIX = np.uint64(0x9E3779B97F4A7C15)


def printed_again(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For global token ranges [first, end), each in one document and written with spaces,
    whether the document prints REPEATED_SHARE of its word windows at another place as well
    (module docstring). Work grows with the documents asked, not with the ranges' pairs."""
    found = np.zeros(len(firsts), dtype=bool)
    ask = np.flatnonzero(ends - firsts >= WINDOW_WORDS)
    if not len(ask):
        return found
    ask = ask[written_with_spaces(corpus, firsts[ask], ends[ask])]
    if not len(ask):
        return found
    documents = unique_values(corpus.document_of(firsts[ask]))
    # Every window of the documents asked, keyed by document and words, counted.
    doc_first = corpus.offsets[documents]
    doc_last = np.maximum(corpus.offsets[documents + 1] - WINDOW_WORDS + 1, doc_first)
    owner, starts = flat_ranges(doc_first, doc_last)
    keys = _keys(corpus, documents[owner], starts)
    counted, counts = np.unique(keys, return_counts=True)
    # The windows of each range asked, and the share of them that stand twice or more; and
    # of the windows over its edges, inside its document.
    inside = _share_again(corpus, counted, counts, firsts[ask], ends[ask] - WINDOW_WORDS + 1)
    document = corpus.document_of(firsts[ask])
    low, high = corpus.offsets[document], corpus.offsets[document + 1] - WINDOW_WORDS + 1
    before = (np.maximum(firsts[ask] - CONTEXT_WORDS, low), np.maximum(firsts[ask], low))
    after_first = np.minimum(ends[ask] - WINDOW_WORDS + 1, high)
    after = (after_first, np.minimum(after_first + CONTEXT_WORDS, high))
    context = _share_again(corpus, counted, counts, np.concatenate((before[0], after[0])),
                           np.concatenate((before[1], after[1])), halves=len(ask))
    found[ask] = (inside >= REPEATED_SHARE) & (context < CONTEXT_SHARE)
    return found


def _share_again(corpus: TokenisedCorpus, counted: np.ndarray, counts: np.ndarray,
                 starts: np.ndarray, stops: np.ndarray, halves: int = 0) -> np.ndarray:
    """For ranges of window starts [start, stop), the share of their windows that stand twice
    or more in their document (`counted`, `counts`: every window key and its count); with
    `halves`, ranges k and k + halves are read as one (the two sides of one range's edges)."""
    which, at = flat_ranges(starts, np.maximum(starts, stops))
    keys = _keys(corpus, corpus.document_of(at), at)
    seen = counts[np.searchsorted(counted, keys)] >= 2
    if halves:
        which = which % halves
    size = halves or len(starts)
    windows = np.bincount(which, minlength=size)
    again = np.bincount(which, weights=seen, minlength=size)
    return np.asarray(again / np.maximum(windows, 1), dtype=np.float64)


def _keys(corpus: TokenisedCorpus, documents: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """A key of each window's words (starting at global token `starts`) and its document."""
    mixed = documents.astype(np.uint64) * _DOCUMENT_MIX
    return np.asarray(ngram_hashes_at(corpus.hashes, starts, WINDOW_WORDS) ^ mixed)
