"""Phrases a document prints more than once: how it names a thing, not a statement it carries.

Pure function of the corpus and some token ranges. Outlets name an event, a place or a person
the same way every time, and each outlet several times in one story ("bom bunuh diri di Gereja
Katedral Makassar", the suicide bombing at Makassar Cathedral, three times in one article;
"third-degree murder and second-degree manslaughter", a charge, twice): two outlets naming it
alike share six or eight words that are no text either copied. A statement an outlet carries it
prints once (a quotation it repeats is inside quotation marks, and
`viewer.engine.evidence.stock_matches` never asks those; a statement whose words are its
headline, its whole first line, it prints once more in its story). So a short unquoted match of
which one side's document prints most of the words again elsewhere (in its story, where its
first line is those words) is the document's name for something. Unless the words around it
are printed again with it: a page that carries a story twice (a teaser and the story, a page
saved with its text doubled) names nothing so.

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
    # Every window of the documents asked, keyed by document and words, counted; and those
    # below the first line alone.
    doc_first, below = corpus.offsets[documents], _below_first_line(corpus, documents)
    doc_last = np.maximum(corpus.offsets[documents + 1] - WINDOW_WORDS + 1, doc_first)
    every = _counted(corpus, documents, doc_first, doc_last)
    story = _counted(corpus, documents, below, np.maximum(doc_last, below))
    # (a document whose first line is the phrase itself prints it as its headline and once in
    # its story: the story must print it twice)
    headlined = _headlined(corpus, firsts[ask], ends[ask])
    inside = np.where(
        headlined,
        _share_again(corpus, *story, firsts[ask], ends[ask] - WINDOW_WORDS + 1),
        _share_again(corpus, *every, firsts[ask], ends[ask] - WINDOW_WORDS + 1))
    # The windows over each range's edges, inside its document.
    document = corpus.document_of(firsts[ask])
    low, high = corpus.offsets[document], corpus.offsets[document + 1] - WINDOW_WORDS + 1
    before = (np.maximum(firsts[ask] - CONTEXT_WORDS, low), np.maximum(firsts[ask], low))
    after_first = np.minimum(ends[ask] - WINDOW_WORDS + 1, high)
    after = (after_first, np.minimum(after_first + CONTEXT_WORDS, high))
    context = _share_again(corpus, *every, np.concatenate((before[0], after[0])),
                           np.concatenate((before[1], after[1])), halves=len(ask))
    found[ask] = (inside >= REPEATED_SHARE) & (context < CONTEXT_SHARE)
    return found


def _counted(corpus: TokenisedCorpus, documents: np.ndarray, starts: np.ndarray,
             stops: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct keys (`_keys`) of the windows starting in [start, stop) of each of
    `documents`, sorted, and how many times each stands there."""
    owner, at = flat_ranges(starts, stops)
    keys, counts = np.unique(_keys(corpus, documents[owner], at), return_counts=True)
    return np.asarray(keys), np.asarray(counts)


def _headlined(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For global token ranges, whether REPEATED_SHARE of the windows of their document's first
    line are windows of the range: the first line is the range's words (a headline)."""
    document = corpus.document_of(firsts)
    line_first = corpus.offsets[document]
    line_stop = np.maximum(_below_first_line(corpus, document) - WINDOW_WORDS + 1, line_first)
    which, at = flat_ranges(line_first, line_stop)
    mine, own = flat_ranges(firsts, np.maximum(ends - WINDOW_WORDS + 1, firsts))
    tagged = _keys(corpus, which, at)  # (the range's index stands for the document here)
    in_range = np.isin(tagged, _keys(corpus, mine, own))
    lines = np.bincount(which, minlength=len(firsts))
    shared = np.bincount(which, weights=in_range, minlength=len(firsts))
    return np.asarray((lines > 0) & (shared >= REPEATED_SHARE * np.maximum(lines, 1)),
                      dtype=bool)


def _share_again(corpus: TokenisedCorpus, counted: np.ndarray, counts: np.ndarray,
                 starts: np.ndarray, stops: np.ndarray, halves: int = 0) -> np.ndarray:
    """For ranges of window starts [start, stop), the share of their windows that stand twice
    or more in their document (`counted`, `counts`: window keys and their counts); with
    `halves`, ranges k and k + halves are read as one (the two sides of one range's edges)."""
    which, at = flat_ranges(starts, np.maximum(starts, stops))
    keys = _keys(corpus, corpus.document_of(at), at)
    # (a window of the first line, or one no other place prints, may be counted nowhere)
    seen = np.zeros(len(keys), dtype=bool)
    if len(counted):
        slot = np.minimum(np.searchsorted(counted, keys), len(counted) - 1)
        seen = (counted[slot] == keys) & (counts[slot] >= 2)
    if halves:
        which = which % halves
    size = halves or len(starts)
    windows = np.bincount(which, minlength=size)
    again = np.bincount(which, weights=seen, minlength=size)
    return np.asarray(again / np.maximum(windows, 1), dtype=np.float64)


def _below_first_line(corpus: TokenisedCorpus, documents: np.ndarray) -> np.ndarray:
    """Each document's first global token after its first line (its end where it has one
    line only)."""
    line_starts = np.flatnonzero(corpus.line_start)
    first = corpus.offsets[documents]
    after = line_starts[np.minimum(np.searchsorted(line_starts, first, side="right"),
                                   len(line_starts) - 1)] if len(line_starts) else first
    end = corpus.offsets[documents + 1]
    return np.asarray(np.where((after > first) & (after < end), after, end), dtype=np.int64)


def _keys(corpus: TokenisedCorpus, documents: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """A key of each window's words (starting at global token `starts`) and its document."""
    mixed = documents.astype(np.uint64) * _DOCUMENT_MIX
    return np.asarray(ngram_hashes_at(corpus.hashes, starts, WINDOW_WORDS) ^ mixed)
