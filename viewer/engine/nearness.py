"""Near each other: pairs of occurrences of different statements that one document prints within
a story's reach of each other, for the stories and remarks stages.

Pure functions of the corpus and the statements, all pairs found with one sort and searches.
Two occurrences are near when the second starts at most STORY_GAP_WORDS words after the first
ends. A story's pieces may be as near around the quoted pieces of one statement between them,
their words not counted (`near_others(..., over_quotation=True)`: an outlet that prints the
statement a story quotes between two of its paragraphs), but no more than one statement's: a
round-up page or a live blog prints many items side by side, each shared, and its first and last
are not near for that.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import flat_ranges, within
from viewer.engine.statements import Statements
from viewer.engine.tokens import TokenisedCorpus

STORY_GAP_WORDS = 100
"""Two pieces of story text at most this many words apart in a document are near each other
(about two paragraphs of a news story)."""


def near_others(corpus: TokenisedCorpus, statements: Statements, *, over_quotation: bool
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The occurrences' global token ranges (first, end), and the pairs `_near` finds of them
    whose two occurrences are of different statements (left, right); with `over_quotation`,
    the words of one statement quoted after an occurrence not counted (module docstring)."""
    first = corpus.offsets[statements.doc] + statements.first
    end = corpus.offsets[statements.doc] + statements.end
    reach = end + STORY_GAP_WORDS
    if over_quotation:
        reach += _quotation_after(corpus, statements, first, end)
    left, right = _near(statements.doc, first, reach)
    other = statements.statement[left] != statements.statement[right]
    return first, end, left[other], right[other]


WALKED_OCCURRENCES = 16
"""The most occurrences of the quoted statement after an occurrence that its reach passes over
(a bound: each is asked in turn)."""


def _quotation_after(corpus: TokenisedCorpus, statements: Statements, first: np.ndarray,
                     end: np.ndarray) -> np.ndarray:
    """For occurrences (global token ranges), how many words of one statement quoted after each
    are not counted in its reach: the next occurrence in its document, within STORY_GAP_WORDS
    words, inside a quotation and of another statement, and that statement's later occurrences
    there while the words between them, with those before, stay within STORY_GAP_WORDS (the
    quoted statement's pieces with the outlet's attribution between)."""
    found = np.zeros(len(first), dtype=np.int64)
    order = np.lexsort((first, statements.doc))
    # (the next occurrence starting at or after each one ends, in the same document)
    following = np.searchsorted(first[order], end, side="left")
    ok = following < len(order)
    following = np.minimum(following, len(order) - 1)
    nxt = order[following]
    ok &= ((statements.doc[nxt] == statements.doc) & (first[nxt] - end <= STORY_GAP_WORDS)
           & (statements.statement[nxt] != statements.statement))
    ask = np.flatnonzero(ok)
    ask = ask[within(first[nxt[ask]], end[nxt[ask]], corpus.quote_first, corpus.quote_end)]
    if not len(ask):
        return found
    # (each statement's occurrences in each document, in order: statements are sorted by
    # statement, document and first)
    keys = statements.statement * (int(statements.doc.max()) + 1) + statements.doc
    for k in ask.tolist():
        key = keys[nxt[k]]  # (the next occurrence is in this one's document)
        low, high = np.searchsorted(keys, key, "left"), np.searchsorted(keys, key, "right")
        # (from the first of them ending after this occurrence, a few at most)
        start = low + int(np.searchsorted(end[low:high], end[k], side="right"))
        own = 0
        at = int(end[k])
        held = 0
        for piece_first, piece_end in zip(first[start:min(start + WALKED_OCCURRENCES, high)]
                                          .tolist(), end[start:high].tolist(), strict=False):
            gap = max(piece_first - at, 0)
            if own + gap > STORY_GAP_WORDS:
                break
            own += gap
            held += piece_end - max(piece_first, at)
            at = piece_end
        found[k] = held
    return found


def _near(doc: np.ndarray, first: np.ndarray,
          reach: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i, j) of occurrences (global token ranges) in one document, j starting at or
    after i starts and no later than i's `reach`: every such pair, however many other
    occurrences start between them."""
    order = np.lexsort((first, doc))
    doc, first, reach = doc[order], first[order], reach[order]
    # (first is global, so sorted as a whole too; the search stops at the document's last)
    last = np.searchsorted(doc, doc, side="right")
    stop = np.minimum(np.searchsorted(first, reach, side="right"), last)
    left, right = flat_ranges(np.arange(1, len(order) + 1), stop)
    return order[left], order[right]
