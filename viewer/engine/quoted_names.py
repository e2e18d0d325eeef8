"""Quotations that name rather than say: the title of a work ("A Brief History of Time", in
title case inside a sentence that is not), a Japanese name or term in 「」, and a term that outlets
quote as they name a thing and also write as their own words ("persona non grata"). None of them
is a fragment of a statement (`viewer.engine.fragments`, `viewer.engine.gapped_fragments`).

Pure functions of the corpus and global token ranges.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.arrays import distinct_groups, flat_ranges, in_sorted, within
from viewer.engine.evidence import stock_words
from viewer.engine.index import ngram_hashes_at
from viewer.engine.tokens import (
    INITIAL_CAPITAL,
    INITIAL_DIGIT,
    INITIAL_HIRAGANA,
    INITIAL_IDEOGRAPH,
    TokenisedCorpus,
)

TITLE_WORDS = 2
"""A quotation in title case is a name or a title ("A Brief History of Time"): its first and
last words and all its words beyond function and reporting vocabulary capitalised, at least this
many of these, and no sentence ending inside it (words said: "US Fuduzata Moheseno."); unless
the line it stands in is written so too (a headline in title case capitalises whatever it
quotes: "Trump Tweets 'All Is Well' After Strikes")."""
HEADLINE_WORDS = 40
"""The line a quotation stands in is read this many words either side of it to tell a headline
in title case: a headline is shorter, and a line of a text with no line breaks (a book saved as
one line) read whole for each of its quotations made the search quadratic."""


def titles(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For quotations (global token ranges), whether each is a name or title of a work rather
    than a statement's words (TITLE_WORDS): in title case, in a line whose other words beyond
    function and reporting vocabulary are not all capitalised (not a headline in title case).
    Scripts without case have no titles; Japanese names them in quotation marks too, and a
    Japanese quotation without hiragana is a name or a term (`_japanese_names`)."""
    found = _japanese_names(corpus, firsts, ends)
    capitals = _capitalised_words(corpus, firsts, ends)
    ask = np.flatnonzero(capitals >= TITLE_WORDS)
    ask = ask[[_title_edges(corpus, int(firsts[k]), int(ends[k])) for k in ask.tolist()]]
    if not len(ask):
        return found
    # (the line each stands in, the quotation left out: a line ends where the next starts, or
    # where its document does)
    lines = np.flatnonzero(corpus.line_start)
    line_first = np.maximum(lines[np.searchsorted(lines, firsts[ask], side="right") - 1],
                            firsts[ask] - HEADLINE_WORDS)
    following = np.searchsorted(lines, ends[ask], side="left")
    document_end = corpus.offsets[corpus.document_of(ends[ask] - 1) + 1]
    line_end = np.minimum(np.minimum(np.append(lines, len(corpus.hashes))[following],
                                     document_end), ends[ask] + HEADLINE_WORDS)
    around = _capitalised_words(corpus, np.concatenate((line_first, ends[ask])),
                                np.concatenate((firsts[ask], line_end)))
    found[ask] |= (around[:len(ask)] < 0) | (around[len(ask):] < 0)
    return found


JAPANESE_HIRAGANA_SHARE = 0.1
"""The least share of hiragana among a document's characters of Chinese or Japanese that makes
it Japanese (a third or more in Japanese prose, its particles and verb endings; a Chinese text
may write a stray "の" in a brand's name)."""


def _japanese_names(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For quotations (global token ranges), whether each is a Japanese name or term: in a
    Japanese document (JAPANESE_HIRAGANA_SHARE), a quotation in ideographs or katakana with no
    hiragana among them. Japanese marks a work's title, a company or a disease with 「」 as it
    marks words said (「週刊少年ジャンプ」, 「急性硬膜下血腫」), and what anyone says is written
    with hiragana: its particles and verb endings."""
    found = np.zeros(len(firsts), dtype=bool)
    hiragana = (corpus.initials & INITIAL_HIRAGANA) != 0
    if not len(firsts) or not hiragana.any():
        return found
    before = np.concatenate(([0], np.cumsum(hiragana)))
    unspaced = np.concatenate(([0], np.cumsum((corpus.initials & INITIAL_IDEOGRAPH) != 0)))
    documents = corpus.document_of(firsts)
    low, high = corpus.offsets[documents], corpus.offsets[documents + 1]
    kana = before[high] - before[low]
    japanese = (kana > 0) & (kana >= JAPANESE_HIRAGANA_SHARE * (unspaced[high] - unspaced[low]))
    return np.asarray(japanese & (before[ends] == before[firsts])
                      & (unspaced[ends] > unspaced[firsts]), dtype=bool)


def _title_edges(corpus: TokenisedCorpus, first: int, end: int) -> bool:
    """Whether a quotation's first and last words are capitalised (title case capitalises
    both, whatever they are) and no sentence ends inside it, nor a full stop, question or
    exclamation mark at its end, nor an ellipsis (a sentence the outlet cut short: a work's
    title is quoted whole)."""
    document = corpus.document_at(int(first))
    text = corpus.texts[document]
    # (gap g of document d lies before global token g - d)
    inside = corpus.gaps[first + document + 1:end + document]
    if (inside & np.uint16(breaks.SENTENCE_BREAK)).any():
        return False
    last_end = int(corpus.ends[end - 1])
    after = text[last_end:last_end + 4]
    # (or "[…]", "(...)": the press's mark of words left out)
    cut_short = text[last_end:last_end + 6].lstrip(" \u00a0([").startswith(("…", "..."))
    closing = next((at for at, char in enumerate(after) if char.isspace() or char in _CLOSING),
                   len(after))
    return (text[int(corpus.starts[first])].isupper()
            and text[int(corpus.starts[end - 1])].isupper()
            and not cut_short and not any(char in ".!?…" for char in after[:closing]))


_CLOSING = "\"'\u2019\u201d\u00bb\u203a"
"""Closing quotation marks (and the straight ones)."""


def _capitalised_words(corpus: TokenisedCorpus, firsts: np.ndarray,
                       ends: np.ndarray) -> np.ndarray:
    """For global token ranges, how many of their words beyond function and reporting
    vocabulary (numbers aside) are capitalised; -1 where one of them is not."""
    owner, positions = flat_ranges(firsts, ends)
    counted = np.zeros(len(firsts), dtype=np.int64)
    if not len(positions):
        return counted
    content = np.flatnonzero(~stock_words(corpus.hashes[positions]))
    initials = corpus.initials[positions[content]]
    judged = (initials & INITIAL_DIGIT) == 0
    owners = owner[content[judged]]
    capital = (initials[judged] & INITIAL_CAPITAL) != 0
    counted += np.bincount(owners[capital], minlength=len(firsts))
    counted[owners[~capital]] = -1
    return counted


TERM_MAX_WORDS = 4
"""A quotation this short may be a term rather than words said (`_terms`)."""
TERM_DOCUMENTS = 3
"""Documents writing a short quotation's words as their own that make it a term (`_terms`)."""


def terms(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray,
           matched: tuple[np.ndarray, np.ndarray],
           quoted: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """For short quotations (global token ranges), whether each is a term that outlets quote
    as they name a thing ("persona non grata", "safe third country") rather than words someone
    said: of TERM_MAX_WORDS words at most, and TERM_DOCUMENTS documents or more write them as
    their own words, outside every quotation and every pairwise match (`matched`, `quoted`:
    sorted disjoint global ranges; a statement printed unquoted, an embedded post, is a match
    and no outlet's own words). Words someone said are quoted wherever an outlet gives them
    ("All is well!", "credible Plan B")."""
    found = np.zeros(len(firsts), dtype=bool)
    size = ends - firsts
    for n in np.unique(size[size <= TERM_MAX_WORDS]).tolist():
        which = np.flatnonzero(size == n)
        wanted = ngram_hashes_at(corpus.hashes, firsts[which], n)
        heads = np.unique(corpus.hashes[firsts[which]])
        positions = np.flatnonzero(in_sorted(corpus.hashes, heads))
        positions = positions[positions + n <= len(corpus.hashes)]
        grams = ngram_hashes_at(corpus.hashes, positions, n)
        kept = in_sorted(grams, np.unique(wanted))
        positions, grams = positions[kept], grams[kept]
        document = corpus.document_of(positions)
        kept = ((positions + n <= corpus.offsets[document + 1])
                & ~within(positions, positions + n, *quoted)
                & ~within(positions, positions + n, *matched))
        written, documents = distinct_groups(grams[kept], document[kept])
        found[which] = in_sorted(wanted, written[documents >= TERM_DOCUMENTS])
    return found
