"""Whether a quotation that holds a quoted fragment's words is the fragment's statement.

Pure functions of the corpus, the quotations and the statements the long matches made (used by
`viewer.engine.statements`): a fragment found inside another document's longer quotation
brings that quotation into its statement only when most of the quotation's other words are the
statement's words too (an outlet's quote with a word edited), not when the quotation goes on
about something else (another event's quote that opens with the same few words).
"""

from __future__ import annotations

import numpy as np

from viewer.engine.evidence import stock_words
from viewer.engine.tokens import TokenisedCorpus


class StatementWords:
    """The words of each statement's occurrences (those the long matches made), gathered when
    first asked."""

    def __init__(self, corpus: TokenisedCorpus, run_first: np.ndarray, run_end: np.ndarray,
                 component: np.ndarray) -> None:
        self._hashes = corpus.hashes
        self._order = np.argsort(component, kind="stable")
        self._bounds = np.searchsorted(component[self._order],
                                       np.arange(int(component.max(initial=-1)) + 2))
        self._run_first, self._run_end = run_first, run_end
        self._known: dict[int, set[int]] = {}

    def of(self, statement: int) -> set[int]:
        """The word hashes of `statement`'s occurrences."""
        if statement not in self._known:
            runs = self._order[self._bounds[statement] : self._bounds[statement + 1]]
            self._known[statement] = {
                word for run in runs.tolist()
                for word in self._hashes[self._run_first[run] : self._run_end[run]].tolist()}
        return self._known[statement]

    def carries_quotation(self, statement: int, quotes: tuple[np.ndarray, np.ndarray],
                          first: int, end: int) -> bool:
        """Whether at least half the words (beyond stock vocabulary) of the quotation holding
        the global token range [first, end), outside that range, are words of `statement`."""
        quote_first, quote_end = quotes
        at = int(np.searchsorted(quote_first, first, side="right")) - 1
        around = np.concatenate((self._hashes[int(quote_first[at]) : first],
                                 self._hashes[end : int(quote_end[at])]))
        others = around[~stock_words(around)].tolist()
        found = sum(word in self.of(statement) for word in others)
        return 2 * found >= len(others)


def inside_longer_quotation(quotes: tuple[np.ndarray, np.ndarray], firsts: np.ndarray,
                             ends: np.ndarray) -> np.ndarray:
    """Whether each global token range lies inside one of the sorted disjoint `quotes` and is
    not the whole of it."""
    quote_first, quote_end = quotes
    if not len(quote_first):
        return np.zeros(len(firsts), dtype=bool)
    at = np.maximum(np.searchsorted(quote_first, firsts, side="right") - 1, 0)
    inside = (quote_first[at] <= firsts) & (quote_end[at] >= ends)
    return np.asarray(inside & ((quote_first[at] < firsts) | (quote_end[at] > ends)))
