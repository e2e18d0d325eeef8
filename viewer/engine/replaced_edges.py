"""Short matches an edited edge word made inexact, cut to their equal words (for the clustering
stage, `viewer.engine.statements`).

Pure function of the corpus and the pairwise matches. Chaining takes a match's edge to its
clause's end over a replaced word or two (`viewer.engine.extend`, SNAP_SHORT_TAIL), and a short
match that is not exact is no evidence of shared text (`viewer.engine.evidence`: a formula with a
name changed is inexact at its edge). Where the replaced word is a lower-case one ("instead" /
"he"), the match is the equal words inside it.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from viewer.engine.clause_extent import one_speakers_words
from viewer.engine.matches import PairMatches
from viewer.engine.tokens import INITIAL_CAPITAL, TokenisedCorpus


def without_replaced_edges(corpus: TokenisedCorpus, matches: PairMatches,
                           equal_words: np.ndarray, statement_words: int) -> PairMatches:
    """Matches of fewer than `statement_words` equal words (longer ones are statements whatever
    their edges), as long on both sides and equal but for their first or last word, that word in
    lower case on both sides, cut to their equal words; in quotations, only where both sides are
    one named speaker's ('the old levee is cracking badly' / '... cracking everywhere' may be
    two people's words). The chain's edge went to the clause's start over "instead" / "he" in
    'attire - instead joins the likes of admitted Ponzi schemer Bernie Madoff' / 'Now, however,
    he joins the likes of ...': inexact, the nine words were no evidence."""
    length = matches.a1 - matches.a0
    asked = ((length == matches.b1 - matches.b0) & (equal_words == length - 1)
             & (length > 1) & (equal_words < statement_words))
    if not asked.any():
        return matches
    offsets, hashes = corpus.offsets, corpus.hashes
    first_a, first_b = offsets[matches.doc_a] + matches.a0, offsets[matches.doc_b] + matches.b0
    last_a, last_b = first_a + length - 1, first_b + length - 1

    def quoted_at(at: np.ndarray) -> np.ndarray:
        return np.asarray(corpus.inside_quotation(at, at + 1))

    quoted = np.flatnonzero(asked & (quoted_at(first_a) | quoted_at(last_a) | quoted_at(first_b)
                                     | quoted_at(last_b)))
    if len(quoted):
        asked[quoted] = one_speakers_words(corpus, first_a[quoted], last_a[quoted] + 1,
                                           first_b[quoted], last_b[quoted] + 1)
    capital = np.uint8(INITIAL_CAPITAL)

    def replaced(at_a: np.ndarray, at_b: np.ndarray) -> np.ndarray:
        at_a, at_b = np.where(asked, at_a, 0), np.where(asked, at_b, 0)
        return np.asarray(asked & (hashes[at_a] != hashes[at_b])
                          & ((corpus.initials[at_a] & capital) == 0)
                          & ((corpus.initials[at_b] & capital) == 0))

    opening, closing = replaced(first_a, first_b), replaced(last_a, last_b)
    if not (opening.any() or closing.any()):
        return matches
    return replace(matches, a0=matches.a0 + opening, b0=matches.b0 + opening,
                   a1=matches.a1 - closing, b1=matches.b1 - closing)
