"""Which pieces of a quotation the fragment stage (`viewer.engine.fragments`) looks for besides
the quotation whole: its first and its last clause, and its words from the word an elided
article is written onto.

Pure functions of the corpus and global token positions.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine import breaks
from viewer.engine.arrays import flat_ranges
from viewer.engine.reporting import hashes_of
from viewer.engine.tokens import TokenisedCorpus

FRAGMENT_MIN_WORDS = 3
FRAGMENT_MAX_WORDS = 12
"""The shortest and the longest quotation looked for whole as a fragment
(`viewer.engine.fragments`)."""
CLAUSE_PIECE_WORDS = FRAGMENT_MIN_WORDS + 1
"""The shortest first or last clause of a longer quotation looked for on its own (a clause of
three words, "a great loss", is what two speakers say alike)."""


def clause_pieces(corpus: TokenisedCorpus, firsts: np.ndarray,
                  ends: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Global token ranges of the first and the last clause of each quotation [firsts, ends)
    that has more than one, where the clause holds CLAUSE_PIECE_WORDS to FRAGMENT_MAX_WORDS
    words; and whether each is its quotation's first clause (cut at its end) or its last (cut
    at its start)."""
    inner = ends - firsts > CLAUSE_PIECE_WORDS
    firsts, ends = firsts[inner], ends[inner]
    owner, positions = flat_ranges(firsts + 1, ends)
    boundary = (corpus.gaps[positions + corpus.document_of(positions)] & breaks.CLAUSE) != 0
    owner, positions = owner[boundary], positions[boundary]
    if not len(positions):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)
    split = np.flatnonzero(np.bincount(owner, minlength=len(firsts)))
    first_cut = positions[np.searchsorted(owner, split, side="left")]
    last_cut = positions[np.searchsorted(owner, split, side="right") - 1]
    piece_first = np.concatenate((firsts[split], last_cut))
    piece_end = np.concatenate((first_cut, ends[split]))
    opening = np.arange(len(piece_first)) < len(split)
    words = piece_end - piece_first
    keep = (words >= CLAUSE_PIECE_WORDS) & (words <= FRAGMENT_MAX_WORDS)
    return (np.asarray(piece_first[keep], dtype=np.int64),
            np.asarray(piece_end[keep], dtype=np.int64), opening[keep])


ELISIONS = frozenset(("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
                      "dell", "all", "dall", "nell", "sull", "coll", "un", "quest", "quell"))
"""Articles and prepositions French and Italian write onto the next word with an apostrophe
("l'immense", "qu'il", "dell'anno")."""
_ELIDED = re.compile(r"([^\W\d_]+)['’]([^\W\d_]{3,})$")


def without_elision(corpus: TokenisedCorpus, positions: np.ndarray) -> np.ndarray:
    """The word hash of each global token position, of the word alone where the token is an
    elided article or preposition and a word of three letters or more ("l'immense" is
    "immense")."""
    found = corpus.hashes[positions].copy()
    documents = corpus.document_of(positions).tolist()
    starts, ends = corpus.starts[positions].tolist(), corpus.ends[positions].tolist()
    for k, (document, start, end) in enumerate(zip(documents, starts, ends, strict=True)):
        text = corpus.texts[document][start:end]
        if "'" not in text and "’" not in text:
            continue
        elided = _ELIDED.match(text)
        if elided and elided.group(1).lower() in ELISIONS:
            found[k] = hashes_of([elided.group(2)])[0]
    return np.asarray(found, dtype=np.uint64)
