"""Stage 5i, no occurrence starts or ends on a piece of a word in a script spelt letter by letter.

Pure function of the corpus and the statements. Thai, Lao, Khmer and Myanmar write a phrase's
words without spaces between them, and the tokeniser keeps each letter (with its marks) as a
token, so two outlets' shared letters may stop inside a word: a Thai highlight ended "...กลาโหม เ",
on the first letter of the word after, or began mid-word. Without a dictionary the words of a
run cannot be told apart, but a run's piece of EDGE_LETTERS letters or fewer at an occurrence's
edge, cut from the run it belongs to, is no word the outlets share: it goes, where the
occurrence keeps a space-separated run of its own. Other scripts are left as they are (a
Chinese or Japanese character is a word or most of one).
"""

from __future__ import annotations

import numpy as np

from viewer.engine.statements import Statements, with_extents
from viewer.engine.tokens import INITIAL_SYLLABIC, TokenisedCorpus

EDGE_LETTERS = 3
"""The most letters a cut-off piece of a run at an occurrence's edge has (Thai "เ", "ยอม",
the start of a longer word; a run's piece of four letters or more may be a word)."""


def without_syllabic_pieces(corpus: TokenisedCorpus, statements: Statements) -> Statements:
    """`statements` with each occurrence's edges moved off cut-off pieces of runs of letters in
    a script spelt letter by letter (module docstring); sorted as before."""
    if not len(statements) or not (corpus.initials & np.uint8(INITIAL_SYLLABIC)).any():
        return statements
    offsets = corpus.offsets[statements.doc]
    first = offsets + statements.first
    end = offsets + statements.end
    syllabic = (corpus.initials & np.uint8(INITIAL_SYLLABIC)) != 0
    # `joined[t]`: token t follows token t - 1 with nothing between, both letters of such a
    # script (one run); never across documents (their tokens are never adjacent in the text
    # offsets' sense: the check on `starts` is per document below)
    joined = np.zeros(len(syllabic) + 1, dtype=bool)
    joined[1:-1] = syllabic[1:] & syllabic[:-1] & (corpus.starts[1:] == corpus.ends[:-1])
    starts_document = np.zeros(len(joined), dtype=bool)
    starts_document[corpus.offsets[:-1]] = True
    joined &= ~starts_document
    # The end: the occurrence's last letters, from the space before them, and the run goes on
    # past the end.
    piece, longer = _run_piece(joined, end - 1, -1, first, end)
    trim_end = joined[np.minimum(end, len(joined) - 1)] & (end < corpus.offsets[
        statements.doc + 1]) & ~longer & (end - piece > first)
    new_end = np.where(trim_end, end - piece, end)
    # The start: the occurrence's first letters, to the space after them, the run begun before.
    piece, longer = _run_piece(joined, first, 1, first, new_end)
    trim_start = joined[first] & ~longer & (first + piece < new_end)
    new_first = np.where(trim_start, first + piece, first)
    if np.array_equal(new_first, first) and np.array_equal(new_end, end):
        return statements
    return with_extents(statements, new_first - offsets, new_end - offsets)


def _run_piece(joined: np.ndarray, edge: np.ndarray, step: int, first: np.ndarray,
               end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each occurrence [first, end), the letters of the run its token `edge` is in, counted
    from `edge` inward (`step` +1 from a start, -1 from an end) up to a space or the
    occurrence's other edge, at most EDGE_LETTERS + 1; and whether the run goes on inward past
    EDGE_LETTERS letters (too long to be a piece: it may hold a whole word)."""
    piece = np.ones(len(edge), dtype=np.int64)
    going = np.ones(len(edge), dtype=bool)
    for count in range(1, EDGE_LETTERS + 1):
        at = edge + step * count  # (the next letter inward)
        inside = (at >= first) & (at < end)
        link = np.maximum(at, edge) if step > 0 else np.maximum(at + 1, 0)
        # (joined[t]: token t follows t - 1 in one run; inward from an end, t = at + 1)
        going &= inside & joined[np.minimum(link, len(joined) - 1)]
        piece += going
    return piece, going
