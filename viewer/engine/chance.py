"""Chance: how many more words two documents' shared phrase needs the longer the documents are.

Pure functions of document lengths. Two news articles of up to CHANCE_FREE_WORDS words each
rarely share a six-word phrase, or a three-word quotation, by chance; two chapters of a novel
do ("I do not know what to", "Upon my word"). Each doubling of the product of the two lengths
past that of two such articles doubles the expected number of chance matches of a given length,
and one more word in a row divides it by about as much, so a match needs a word more per
doubling. Between such long texts a phrase one of them says again is its habit, too
(`in_long_texts`).
"""

from __future__ import annotations

import numpy as np

from viewer.engine.tokens import TokenisedCorpus

CHANCE_FREE_WORDS = 2000
"""Two documents of up to this many words each share a short phrase rarely by chance."""


def chance_words(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray) -> np.ndarray:
    """For each pair of documents, how many words more than between two short articles a
    phrase they share needs: one per doubling of the product of their lengths (in words) past
    CHANCE_FREE_WORDS squared, none below it."""
    lengths = np.diff(corpus.offsets).astype(np.float64)
    doublings = np.log2(np.maximum(lengths[doc_a] * lengths[doc_b], 1.0) / CHANCE_FREE_WORDS**2)
    return np.asarray(np.floor(np.maximum(doublings, 0.0)), dtype=np.int64)


def in_long_texts(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray) -> np.ndarray:
    """Whether each pair of documents is longer than two long news articles (CHANCE_FREE_WORDS
    each, their lengths' product): there a phrase said again is the text's habit (a novel's
    names, idioms, chapter titles listed and then given); in an article it is the outlet
    quoting again a statement it gives whole (its lead quotes a phrase of it)."""
    lengths = np.diff(corpus.offsets).astype(np.float64)
    return np.asarray(lengths[doc_a] * lengths[doc_b] > CHANCE_FREE_WORDS ** 2)
