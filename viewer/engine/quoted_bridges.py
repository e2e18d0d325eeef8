"""Two of the rules by which `viewer.engine.stretches.next_paragraphs` joins consecutive matches of
one document pair into one stretch of text: pieces one document quotes of a text the other prints
whole (rule 5), and a quotation going on in the next paragraph after its attribution (rule 6).

Pure functions of the corpus, the quotations and global token positions.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted, within
from viewer.engine.between_matches import gaps_hold
from viewer.engine.split_quotations import attributed
from viewer.engine.tokens import TokenisedCorpus


def quoted_on(corpus: TokenisedCorpus, quotes: tuple[np.ndarray, np.ndarray],
              k_end: np.ndarray, l_first: np.ndarray, asked: np.ndarray,
              quoted_words: int) -> np.ndarray:
    """Where `asked`, whether k (ending at global token `k_end`) ends inside a quotation, l
    (from `l_first`, a paragraph's first word) opens one, and the words between are an
    attribution of the first that names no other speaker for the second (`attributed`; at most
    `quoted_words` of the quotations' own words outside k and l around it)."""
    found = np.zeros(len(asked), dtype=bool)
    ask = np.flatnonzero(asked)
    if not len(ask):
        return found
    ask = ask[within(k_end[ask] - 1, k_end[ask], *quotes) & np.isin(l_first[ask], quotes[0])]
    document = corpus.document_of(l_first[ask])
    found[ask] = attributed(corpus, k_end[ask] + document, l_first[ask] + document,
                            quoted_words)
    return found


def quoted_pieces(corpus: TokenisedCorpus, quotes: tuple[np.ndarray, np.ndarray],
                  whole_first: np.ndarray, whole_next: np.ndarray, whole_gap: np.ndarray,
                  quoting_k: np.ndarray, quoting_first: np.ndarray, quoting_next: np.ndarray,
                  quoting_l_end: np.ndarray, asked: np.ndarray, most_words: int) -> np.ndarray:
    """Where `asked`, whether consecutive matches k and l are two pieces that one document
    quotes, each inside a quotation, of a text the other prints itself, unquoted (an article
    that quotes two sentences of a speech another outlet prints in full): on that side the
    text runs on from k to l (at most `most_words` words) with no quotation mark, no
    colon and no word of attribution ("said", "according to", "statement") between, so
    neither an attribution nor another statement lies there. Global token positions: the
    whole side's k end, l start and the words between; the quoting side's k start, k end, l
    start and l end."""
    ask = np.flatnonzero(asked & (whole_gap <= most_words))
    found = np.zeros(len(asked), dtype=bool)
    if not len(ask):
        return found
    running = ~gaps_hold(corpus, whole_first[ask], whole_next[ask],
                         breaks.QUOTE | breaks.OPENS_QUOTE)
    quoted = (within(quoting_k[ask], quoting_first[ask], *quotes)
              & within(quoting_next[ask], quoting_l_end[ask], *quotes))
    # (the whole side prints the text itself: k's end and l's start lie in no quotation there;
    # one outlet's single quotation that another quotes as two is two statements)
    running &= (~within(whole_first[ask] - 1, whole_first[ask], *quotes)
                & ~within(whole_next[ask], whole_next[ask] + 1, *quotes))
    for k in ask[running & quoted].tolist():
        # (and no attribution there: "Buckingham Palace said the Queen died" reports another
        # statement, unquoted, after the first)
        between = corpus.hashes[int(whole_first[k]):int(whole_next[k])]
        found[k] = not in_sorted(between, reporting.ATTRIBUTION).any()
    return found
