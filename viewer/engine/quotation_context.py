"""What the matches found so far say of two quotations the reworded quotations' stage pairs: for
`viewer.engine.reworded_quotations`.

Pure functions of the corpus, the pairwise matches (and fragments) and quotations. A match the
clustering keeps however edited (`sure`: EDITED_QUOTE_WORDS on its shorter side) holding both
quotations whole links them already (`linked_already`), and a quotation lying whole in one is in
a statement already (`in_long_matches`). Two quotations' documents share something besides them
where a match overlapping neither joins them, a statement's text where that match has
STATEMENT_WORDS words alike (`sharing_elsewhere`); and a quotation match between two groups of
documents is read as `viewer.engine.event_bridges` reads a short quotation (`between_events`).
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import flat_ranges, overlap_runs, unique_values, within
from viewer.engine.chance import as_words
from viewer.engine.equal_words import equal_words_of
from viewer.engine.event_bridges import between_events as _bridges
from viewer.engine.matches import PairMatches
from viewer.engine.statements import EDITED_QUOTE_WORDS, STATEMENT_WORDS
from viewer.engine.tokens import TokenisedCorpus


def _long(corpus: TokenisedCorpus, matches: PairMatches) -> np.ndarray:
    """Whether each match has STATEMENT_WORDS words the same on both sides (counted as words:
    `viewer.engine.chance.as_words`): a statement in its own right, as the clustering reads
    it."""
    long = np.zeros(len(matches), dtype=bool)
    asked = np.flatnonzero(as_words(corpus, matches.doc_a, matches.a0, matches.a1,
                                    matches.a1 - matches.a0) >= STATEMENT_WORDS)
    part = matches.subset(asked)
    long[asked] = as_words(corpus, part.doc_a, part.a0, part.a1,
                           equal_words_of(corpus, part)) >= STATEMENT_WORDS
    return long


def between_events(corpus: TokenisedCorpus, matches: PairMatches,
                    found: PairMatches) -> np.ndarray:
    """Which of the quotation matches `found` link two events' documents, as
    `viewer.engine.event_bridges` reads short quoted matches between the groups of documents
    that the matches the clustering keeps however edited (`_sure`) connect."""
    long = sure(matches)
    combined = matches.concatenated(found)
    ours = np.zeros(len(combined), dtype=bool)
    ours[len(matches):] = True
    bridges = _bridges(corpus, combined, np.zeros(len(combined), dtype=bool),
                             long=np.concatenate((long, np.zeros(len(found), dtype=bool))),
                             short_quoted=ours)
    return np.asarray(bridges[len(matches):], dtype=bool)


def _joined(matches: PairMatches, document: np.ndarray, one: np.ndarray, other: np.ndarray,
            offsets: np.ndarray) -> tuple[np.ndarray, ...]:
    """The matches between the documents of each pair of quotations `one` and `other` (indices
    into the quotations): per row, the pair, the match, the pair's quotation in the document of
    lower index and the other, and the match's sides in those two documents (global tokens)."""
    documents = len(offsets) - 1
    swap = matches.doc_a > matches.doc_b
    low_doc = np.where(swap, matches.doc_b, matches.doc_a)
    high_doc = np.where(swap, matches.doc_a, matches.doc_b)
    key = low_doc * documents + high_doc
    order = np.argsort(key, kind="stable")
    flip = document[one] > document[other]
    low, high = np.where(flip, other, one), np.where(flip, one, other)
    wanted = document[low] * documents + document[high]
    pair, match = flat_ranges(np.searchsorted(key[order], wanted, side="left"),
                              np.searchsorted(key[order], wanted, side="right"))
    match = order[match]
    return (pair, match, low[pair], high[pair],
            offsets[low_doc[match]] + np.where(swap, matches.b0, matches.a0)[match],
            offsets[low_doc[match]] + np.where(swap, matches.b1, matches.a1)[match],
            offsets[high_doc[match]] + np.where(swap, matches.a0, matches.b0)[match],
            offsets[high_doc[match]] + np.where(swap, matches.a1, matches.b1)[match])


def linked_already(matches: PairMatches, document: np.ndarray, quote_first: np.ndarray,
                    quote_end: np.ndarray, one: np.ndarray, other: np.ndarray,
                    offsets: np.ndarray) -> np.ndarray:
    """Whether a match between the documents of quotations `one` and `other` that the
    clustering keeps however edited (`_sure`) holds both whole."""
    pair, match, low, high, low_first, low_end, high_first, high_end = _joined(
        matches, document, one, other, offsets)
    holds = (sure(matches)[match] & (low_first <= quote_first[low]) & (low_end >= quote_end[low])
             & (high_first <= quote_first[high]) & (high_end >= quote_end[high]))
    return np.bincount(pair[holds], minlength=len(one)) > 0


def sharing_elsewhere(corpus: TokenisedCorpus, matches: PairMatches, document: np.ndarray,
                       quote_first: np.ndarray, quote_end: np.ndarray, one: np.ndarray,
                       other: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Whether the documents of quotations `one` and `other` share a match that overlaps
    neither quotation, and one STATEMENT_WORDS words long (`_long`): a statement's text besides
    them (the quotations themselves, or a short sentence two events' coverage both print, say
    nothing of the two being one story)."""
    pair, match, low, high, low_first, low_end, high_first, high_end = _joined(
        matches, document, one, other, corpus.offsets)
    apart = ~(((low_first < quote_end[low]) & (low_end > quote_first[low]))
              | ((high_first < quote_end[high]) & (high_end > quote_first[high])))
    pair, match = pair[apart], match[apart]
    asked = unique_values(match)
    long = np.zeros(len(matches), dtype=bool)
    long[asked] = _long(corpus, matches.subset(asked))
    return (np.bincount(pair, minlength=len(one)) > 0,
            np.bincount(pair[long[match]], minlength=len(one)) > 0)


def in_long_matches(corpus: TokenisedCorpus, matches: PairMatches, first: np.ndarray,
                     end: np.ndarray) -> np.ndarray:
    """Whether each global token range [first, end) lies whole in a side of a match the
    clustering keeps however edited (`_sure`)."""
    long = sure(matches)
    offsets = corpus.offsets
    _, run_first, run_end = overlap_runs(
        np.concatenate((offsets[matches.doc_a[long]] + matches.a0[long],
                        offsets[matches.doc_b[long]] + matches.b0[long])),
        np.concatenate((offsets[matches.doc_a[long]] + matches.a1[long],
                        offsets[matches.doc_b[long]] + matches.b1[long])))
    return np.asarray(within(first, end, run_first, run_end), dtype=bool)


def sure(matches: PairMatches) -> np.ndarray:
    """Whether each match is long enough for the clustering to keep it however edited
    (`viewer.engine.statements.EDITED_QUOTE_WORDS` words on its shorter side): a shorter one
    with words changed may be dropped, and the quotations' likeness is then the evidence."""
    return np.asarray(matches.size >= EDITED_QUOTE_WORDS, dtype=bool)
