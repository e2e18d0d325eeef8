"""Quoted words as links between statements: when a quotation two outlets share makes two
statements one, and when a quotation holding a quoted fragment's words is the fragment's.

Pure functions of the corpus, the quotations and the statements the long matches made (used by
`viewer.engine.statements`). A speech that no outlet prints whole is quoted in pieces: two
outlets quote "This is our moment of deepest sorrow, our nation has lost its greatest son", two
others "Our nation has lost its greatest son. Our people have lost a father." The pieces share a
sentence, quoted word for word on both sides and saying something (`pieces_of_one_quotation`):
that makes them pieces of one statement, where a short unquoted phrase two statements share
never does. A shorter sentence links them where one outlet quotes it alone: what that outlet
chose of the text the others quote more of ("Necesito parar y reflexionar"). A fragment found
inside another document's longer quotation brings that quotation
into its statement only when most of the quotation's other words are the statement's words too
(an outlet's quote with a word edited), not when the quotation goes on about something else
(another event's quote that opens with the same few words). A story that two outlets reprint
and that quotes a few words of one statement other outlets quote ('the company said the five
had "sadly been lost"') is that statement's (`story_text` tells the story's side): a wire
lead's quoted fragment makes it part of the statement it quotes, unless it quotes two.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import covered, overlap_runs
from viewer.engine.clause_extent import whole_clause
from viewer.engine.evidence import (
    QUOTED_SENTENCE_WORDS,
    content_words,
    stock_words,
)
from viewer.engine.tokens import TokenisedCorpus

WHOLE_QUOTATION_LINK_WORDS = 4
"""A sentence quoted alike that is one outlet's whole quotation links two statements from this
many words on (else from `viewer.engine.evidence.QUOTED_SENTENCE_WORDS`)."""
QUOTED_LINK_CONTENT_WORDS = 3
"""A sentence quoted alike by two outlets links two statements only with this many content
words found in few of the corpus's documents (`viewer.engine.evidence.content_words`): "we will
do what we have to do" is anybody's sentence."""


def pieces_of_one_quotation(corpus: TokenisedCorpus, sides: tuple[np.ndarray, ...], *,
                            quoted: np.ndarray, exact: np.ndarray,
                            quotes: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Whether each short match (`sides`: global token ranges first_a, end_a, first_b, end_b)
    may join two statements: both sides inside quotations, word for word the same, whole
    clauses on both sides (a clause or sentence boundary, or a quotation mark, at either end:
    two translations of one quote share words, but rarely a clause), QUOTED_SENTENCE_WORDS
    words or more, with QUOTED_LINK_CONTENT_WORDS rare content words (module docstring); and
    not ending both quotations (`quotes`, sorted global token ranges) after other words, nor
    opening both before other words: two texts that end (open) alike, such as two events'
    statements closing with one condolence ("Our hearts go out to the victims"). Pieces of one
    speech overlap: the clause ends one and opens the other, or lies inside one of them."""
    first_a, end_a, first_b, end_b = sides
    linking = quoted & exact & (end_a - first_a >= WHOLE_QUOTATION_LINK_WORDS)
    ask = np.flatnonzero(linking)
    opens_a, closes_a = _quotation_edges(quotes, first_a[ask], end_a[ask])
    opens_b, closes_b = _quotation_edges(quotes, first_b[ask], end_b[ask])
    # (shorter than a sentence anyone may say, the words are one outlet's whole quotation:
    # what it chose to quote of the text, "Necesito parar y reflexionar")
    whole = (opens_a & closes_a) | (opens_b & closes_b)
    linking[ask] = (~((closes_a & ~opens_a & closes_b & ~opens_b)
                      | (opens_a & ~closes_a & opens_b & ~closes_b))
                    & (whole | (end_a[ask] - first_a[ask] >= QUOTED_SENTENCE_WORDS)))
    ask = np.flatnonzero(linking)
    linking[ask] = (whole_clause(corpus, first_a[ask], end_a[ask])
                    & whole_clause(corpus, first_b[ask], end_b[ask]))
    ask = np.flatnonzero(linking)
    linking[ask] = (content_words(corpus, first_a[ask], end_a[ask])
                    >= QUOTED_LINK_CONTENT_WORDS)
    return np.asarray(linking, dtype=bool)


def _quotation_edges(quotes: tuple[np.ndarray, np.ndarray], firsts: np.ndarray,
                     ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each global token range, whether it opens, and whether it ends, the last quotation
    (sorted global token ranges) starting at or before it."""
    quote_first, quote_end = quotes
    if not len(quote_first):
        none = np.zeros(len(firsts), dtype=bool)
        return none, none.copy()
    at = np.maximum(np.searchsorted(quote_first, firsts, side="right") - 1, 0)
    return (np.asarray(quote_first[at] == firsts), np.asarray(quote_end[at] == ends))


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


STORY_WORDS = 10
"""A run of a document's text with this many words outside quotation marks is story text (the
clustering stage's STATEMENT_WORDS: a sentence of the outlet's own, not an attribution)."""


def quoted_words(firsts: np.ndarray, ends: np.ndarray,
                 quotes: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """For each range (global tokens), how many of its words lie inside the quotations `quotes`
    (which may overlap: a single-quoted one crossing a double-quoted one; their union counts)."""
    _, quote_first, quote_end = overlap_runs(*quotes)
    return covered(firsts, ends, quote_first, quote_end)


def story_text(run_first: np.ndarray, run_end: np.ndarray,
               quotes: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Whether each run (global token ranges) holds STORY_WORDS words or more outside the
    quotations `quotes`."""
    outside = run_end - run_first - quoted_words(run_first, run_end, quotes)
    return np.asarray(outside >= STORY_WORDS)
