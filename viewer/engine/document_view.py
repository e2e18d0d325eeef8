"""One document's tokens as compact arrays for the stages that walk tokens one by one.

Alignment and consensus compare single words in Python loops, where the plain ints a
`memoryview` gives compare several times faster than numpy scalars (chaining and extension
work on whole arrays). A view is cheap to build (memoryviews of the document's slices of the
tokenised corpus, nothing copied) and is never stored between stages.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.engine.tokens import TokenisedCorpus
from viewer.mojibake import FILLER, readable
from viewer.normalize import normalize_word


@dataclass(slots=True, eq=False)
class DocumentView:
    """Token spans (offsets in `text`) and word hashes of one document."""

    index: int
    document_id: str
    text: str
    body_start: int
    starts: memoryview
    ends: memoryview
    words: memoryview
    hashes: np.ndarray
    """`words` as a numpy array (same memory), for runs compared in bulk."""
    line_start: np.ndarray
    """Per token: a line break comes before it."""
    spelling_hashes: np.ndarray
    """Per token, how it is written up to case and apostrophe style (see
    `viewer.token_hashing.TokenArrays`)."""
    gaps: np.ndarray
    """The `viewer.engine.breaks` bits of the gap before each token, and after the last."""
    meant: str | None = None
    """`text` read as `viewer.mojibake` does, made on first use."""

    def spellings(self) -> np.ndarray:
        return self.spelling_hashes

    def word(self, index: int) -> str:
        return normalize_word(self.text[self.starts[index] : self.ends[index]])

    def reading(self, start: int, end: int) -> str:
        """The text between offsets `start` and `end` as the writer meant it (a text saved with
        its encoding broken read as `viewer.mojibake` does, its fillers dropped): what a
        consensus quotes."""
        # (the whole text read, then cut: a broken sequence a token's edge splits, 'stayâ€' and
        # the rest of its closing mark, is read as meant only whole)
        if self.meant is None:
            self.meant = readable(self.text)
        return self.meant[start:end].replace(FILLER, "")


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
            hashes = corpus.hashes[low:high]
            view = DocumentView(
                document, corpus.ids[document], corpus.texts[document],
                corpus.body_starts[document],
                corpus.starts[low:high].data, corpus.ends[low:high].data, hashes.data, hashes,
                corpus.line_start[low:high], corpus.spellings[low:high],
                corpus.gaps[low + document : high + document + 1],
            )
            self._views[document] = view
        return view
