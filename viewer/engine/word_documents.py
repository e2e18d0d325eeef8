"""How many documents of the corpus a word is found in: the test that tells a corpus's common
wording from the words of one statement (`viewer.engine.evidence.content_words`).

Pure functions of the corpus. How often a word is found bounds how many documents it is in, and
how often words with its low bits are found bounds that (`viewer.engine.arrays.low_bits_table`,
counted once a corpus): only the few words above the limit so are looked for, alone or in one
pass over the corpus together.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import numpy as np

from viewer.engine.arrays import counts_of_low_bits, hash_slots, low_bits_table
from viewer.engine.tokens import TokenisedCorpus


def in_more_documents(corpus: TokenisedCorpus, wanted: np.ndarray,
                       limit: float) -> np.ndarray:
    """Whether each of the (sorted, unique) word hashes `wanted` is found in more than `limit`
    of the corpus's documents."""
    frequent = np.zeros(len(wanted), dtype=bool)
    if not len(wanted):
        return frequent
    # How often a word is found is at most how often words with its low bits are (one count
    # over the corpus, cheaper than finding every word): only the few words above `limit` so
    # can be in more documents, and a few are looked for one by one.
    maybe = np.flatnonzero(counts_of_low_bits(_low_bits(corpus), wanted) > limit)
    if len(maybe) > _LOOKED_FOR_ALONE:
        frequent[maybe] = _counted_in_more_documents(corpus, wanted[maybe], limit)
        return frequent
    for index in maybe.tolist():
        documents = corpus.document_of(np.flatnonzero(corpus.hashes == wanted[index]))
        frequent[index] = (len(documents) > 0
                           and np.count_nonzero(documents[1:] != documents[:-1]) + 1 > limit)
    return frequent


def _low_bits(corpus: TokenisedCorpus) -> np.ndarray:
    """The corpus's words counted by their hashes' low bits (`arrays.low_bits_table`), counted
    once: every short match's words are asked of the same corpus several times."""
    table = _LOW_BITS.get(corpus)
    if table is None:
        table = _LOW_BITS[corpus] = low_bits_table(corpus.hashes)
    return table


_LOW_BITS: WeakKeyDictionary[TokenisedCorpus, np.ndarray] = WeakKeyDictionary()


_LOOKED_FOR_ALONE = 4
"""Up to this many words are found in the corpus one comparison pass each (`in_more_documents`);
more are found together."""


def _counted_in_more_documents(corpus: TokenisedCorpus, wanted: np.ndarray,
                               limit: float) -> np.ndarray:
    """`in_more_documents`, every word of `wanted` counted in one pass over the corpus."""
    frequent = np.zeros(len(wanted), dtype=bool)
    slot = hash_slots(corpus.hashes, wanted)
    hits = np.flatnonzero(slot >= 0)
    word = slot[hits]
    # A word found at most `limit` times is in at most as many documents: only the others
    # (few) have their documents counted.
    often = np.flatnonzero(np.bincount(word, minlength=len(wanted)) > limit)
    if not len(often):
        return frequent
    is_often = np.zeros(len(wanted), dtype=bool)
    is_often[often] = True
    hits, word = hits[is_often[word]], word[is_often[word]]
    number = np.searchsorted(often, word)
    # Hits are in corpus order, so a stable sort by word (a radix sort for 16-bit keys) leaves
    # each word's documents in order: a word's documents are where they change.
    order = np.argsort(number.astype(np.uint16 if len(often) <= 1 << 16 else np.int64),
                       kind="stable")
    documents = corpus.document_of(hits)[order]
    number = number[order]
    new = np.ones(len(number), dtype=bool)
    new[1:] = (number[1:] != number[:-1]) | (documents[1:] != documents[:-1])
    frequent[often] = np.bincount(number[new], minlength=len(often)) > limit
    return frequent
