"""One document's tokens as compact arrays for the stages that walk tokens one by one.

Chaining, extension and alignment compare single words in Python loops, where plain ints from
`array` compare several times faster than numpy scalars. A view is cheap to build (three byte
copies of the document's slice of the tokenised corpus) and is never stored between stages.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy as np

from viewer.engine.tokens import TokenisedCorpus
from viewer.normalize import normalize_word


@dataclass(slots=True, eq=False)
class DocumentView:
    """Token spans (offsets in `text`) and word hashes of one document."""

    index: int
    document_id: str
    text: str
    body_start: int
    starts: array[int]
    ends: array[int]
    words: array[int]
    hashes: np.ndarray
    """`words` seen as a numpy array (same memory), for runs compared in bulk."""
    line_start: np.ndarray
    """Per token: a line break comes before it."""
    spelling_hashes: np.ndarray
    """Per token, how it is written up to case and apostrophe style (see
    `viewer.normalize.TokenArrays`)."""

    def spellings(self) -> np.ndarray:
        return self.spelling_hashes

    def equal_run(self, a: int, other: DocumentView, b: int, *, forward: bool) -> int:
        """How many tokens in a row, from token `a` here and `b` in `other` (going forward) or
        from `a - 1` and `b - 1` (going backward), are the same words, within the lines of `a`
        and `b` (a run never crosses a line break)."""
        if forward:
            limit = min(len(self.words) - a, len(other.words) - b)
            if limit <= 0 or self.line_start[a] or other.line_start[b]:
                return 0
            mine, theirs = self.hashes[a : a + limit], other.hashes[b : b + limit]
            breaks = np.flatnonzero(self.line_start[a + 1 : a + limit]
                                    | other.line_start[b + 1 : b + limit])
            if len(breaks):
                limit = int(breaks[0]) + 1
        else:
            limit = min(a, b)
            mine = self.hashes[a - limit : a][::-1]
            theirs = other.hashes[b - limit : b][::-1]
            breaks = np.flatnonzero((self.line_start[a - limit + 1 : a + 1]
                                     | other.line_start[b - limit + 1 : b + 1])[::-1])
            if len(breaks):
                limit = int(breaks[0])
        size = 16
        checked = 0
        while checked < limit:
            stop = min(limit, checked + size)
            different = np.flatnonzero(mine[checked:stop] != theirs[checked:stop])
            if len(different):
                return checked + int(different[0])
            checked = stop
            size *= 4
        return limit

    def gap(self, left: int, right: int) -> str:
        """Text between the end of token `left` and the start of token `right` (either may be
        outside the token range: the body start / end stands in)."""
        start = self.ends[left] if left >= 0 else self.body_start
        end = self.starts[right] if right < len(self.starts) else len(self.text)
        return self.text[start:end]

    def word(self, index: int) -> str:
        return normalize_word(self.text[self.starts[index] : self.ends[index]])

    def raw(self, first: int, end: int) -> str:
        """The text from the start of token `first` to the end of token `end - 1`."""
        return self.text[self.starts[first] : self.ends[end - 1]]


class DocumentViews:
    """Views of a corpus's documents, built on first use."""

    def __init__(self, corpus: TokenisedCorpus) -> None:
        self._corpus = corpus
        self._views: dict[int, DocumentView] = {}

    def __getitem__(self, document: int) -> DocumentView:
        view = self._views.get(document)
        if view is None:
            corpus = self._corpus
            low, high = corpus.offsets[document], corpus.offsets[document + 1]
            words = array("Q", corpus.hashes[low:high].tobytes())
            view = DocumentView(
                document, corpus.ids[document], corpus.texts[document],
                corpus.body_starts[document],
                array("q", corpus.starts[low:high].tobytes()),
                array("q", corpus.ends[low:high].tobytes()),
                words, np.frombuffer(words, dtype=np.uint64) if len(words) else
                np.zeros(0, dtype=np.uint64), corpus.line_start[low:high],
                corpus.spellings[low:high],
            )
            self._views[document] = view
        return view
