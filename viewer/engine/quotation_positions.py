"""Where global token positions stand among the corpus's quotations: the quotation a position lies
in, the last quotation opening inside a range and where the first one it starts in ends, and the
words between two ranges counted between the quotations they end and start in, the words of the
quotations wholly between, and whether one range's quotation comes right after another's. Pure
functions of the corpus, for the remarks stage (`viewer.engine.remarks`). No Qt.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.tokens import TokenisedCorpus


def quotation_at(corpus: TokenisedCorpus, positions: np.ndarray) -> np.ndarray:
    """The index of the quotation each global token position lies in, -1 outside."""
    if not len(corpus.quote_first):
        return np.full(len(positions), -1, dtype=np.int64)
    quotation = np.maximum(np.searchsorted(corpus.quote_first, positions, side="right") - 1, 0)
    inside = ((corpus.quote_first[quotation] <= positions)
              & (corpus.quote_end[quotation] > positions))
    return np.asarray(np.where(inside, quotation, -1))


def quoted_gap(corpus: TokenisedCorpus, end: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Words between occurrences ending at global tokens `end` and others starting at `first`,
    counted between the quotations they end and start in, where they do: an occurrence may be a
    few words of a longer quotation ('I were shocked and deeply saddened to hear of the
    derailment ... recovery."'), whose speaker's next quotation comes right after it."""
    gap: np.ndarray = first - end
    if not len(corpus.quote_first) or not len(gap):
        return gap
    ending = np.maximum(np.searchsorted(corpus.quote_first, end - 1, side="right") - 1, 0)
    inside = (corpus.quote_first[ending] < end) & (corpus.quote_end[ending] >= end)
    quoted_end = np.where(inside, corpus.quote_end[ending], end)
    starting = np.maximum(np.searchsorted(corpus.quote_first, first, side="right") - 1, 0)
    inside = (corpus.quote_first[starting] <= first) & (corpus.quote_end[starting] > first)
    quoted_first = np.where(inside, corpus.quote_first[starting], first)
    return np.asarray(np.minimum(gap, np.maximum(quoted_first - quoted_end, 0)))


def last_quotation_start(corpus: TokenisedCorpus, first: np.ndarray,
                          end: np.ndarray) -> np.ndarray:
    """For global token ranges, where the last quotation opening inside each starts, else the
    range's first token (an occurrence may carry the outlet's words and then a quotation)."""
    if not len(corpus.quote_first):
        return first
    last = np.searchsorted(corpus.quote_first, end - 1, side="right") - 1
    start = corpus.quote_first[np.maximum(last, 0)]
    return np.where((last >= 0) & (start >= first), start, first)


def first_quotation_end(corpus: TokenisedCorpus, first: np.ndarray,
                         end: np.ndarray) -> np.ndarray:
    """For global token ranges, where the quotation their first token lies in ends, where it
    ends inside the range, else the range's end."""
    quotation = quotation_at(corpus, first)
    inside = quotation >= 0
    found = end.copy()
    found[inside] = np.minimum(end[inside], corpus.quote_end[quotation[inside]])
    return found


def quoted_words_between(corpus: TokenisedCorpus, end: np.ndarray,
                         first: np.ndarray) -> np.ndarray:
    """For pairs of global token positions, the words of the quotations lying wholly between
    each `end` and `first` (quotations never overlap: both bounds are sorted)."""
    if not len(corpus.quote_first) or not len(end):
        return np.zeros(len(end), dtype=np.int64)
    words = np.concatenate(([0], np.cumsum(corpus.quote_end - corpus.quote_first)))
    low = np.searchsorted(corpus.quote_first, end, side="left")
    high = np.searchsorted(corpus.quote_end, first, side="right")
    return np.asarray(np.maximum(words[high] - words[low], 0))


def one_after_the_other(corpus: TokenisedCorpus, first: np.ndarray, end: np.ndarray,
                         left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """For near occurrences `left`, `right` (global token ranges `first`, `end`), whether the
    quotation `right` starts in (or the first opening in it, after the outlet's words) comes
    right after the one `left` ends in (the next quotation of the corpus, both found)."""
    ending = quotation_at(corpus, last_quotation_start(corpus, first[left], end[left]))
    starting = corpus.first_quotations(first[right], end[right])
    return np.asarray((ending >= 0) & (starting == ending + 1))
