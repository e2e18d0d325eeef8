"""Values produced by the shared-passage engine: settings, occurrences, passages and the result.

All offsets are Unicode code points into `Article.text`, end exclusive. Every value here is an
immutable dataclass so a result can be handed from a worker thread to the GUI safely (or pickled
to another process).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from viewer.similarity import SparseSimilarity

OccurrenceKind = Literal["copy", "fragment", "paraphrase"]
"""`copy`: most of the statement; `fragment`: a short quoted piece of it; `paraphrase`: the same
statement reworded (planned: the paraphrase stage of a later issue sets it, with a `score`)."""


@dataclass(frozen=True)
class EngineSettings:
    """Knobs of the detection; defaults suit news articles."""

    min_words: int = 6
    """A passage shorter than this many words (in every occurrence) is not reported."""
    ngram_size: int = 5
    """Words per hashed seed n-gram."""
    max_document_share: float = 0.05
    """An n-gram found in more than this share of the documents is boilerplate and ignored
    (only applied once the corpus has enough documents for the share to mean something), unless
    it lies in a run of such n-grams covering more than `min_words + ngram_size` words: text that
    most articles share at length (wire copy, a statement every outlet quotes) is content."""
    max_gap_words: int = 4
    """How many unmatched words a chain of seeds may bridge (an edited word or two)."""


@dataclass(frozen=True)
class Occurrence:
    """Where a passage stands in one document."""

    document: str
    start: int
    end: int
    text: str
    """Exactly `article.text[start:end]`."""
    differences: tuple[tuple[int, int], ...] = ()
    """Ranges (absolute document offsets, inside [start, end)) whose text differs from the
    passage's consensus ("struck" vs "hit", "U.S." vs "US"): identical copies have none, an
    outlier only its own changes; where no reading has a majority every reading is marked."""
    kind: OccurrenceKind = "copy"
    score: float | None = None
    """Only for `paraphrase`: how close the rewording is, 0-1."""


@dataclass(frozen=True)
class Passage:
    """A stretch of text shared by two or more documents."""

    id: str
    occurrences: tuple[Occurrence, ...]
    consensus: str = ""
    """The statement's majority reading, word by word (the passage list shows it)."""

    @cached_property
    def document_ids(self) -> tuple[str, ...]:
        """The documents carrying the passage, in occurrence order, each once. Computed once
        (the window asks for it tens of thousands of times on a large corpus)."""
        seen: dict[str, None] = {}
        for occurrence in self.occurrences:
            seen.setdefault(occurrence.document, None)
        return tuple(seen)

    @property
    def spread(self) -> int:
        """How many distinct documents carry the passage."""
        return len(self.document_ids)

    def occurrences_in(self, document_id: str) -> tuple[Occurrence, ...]:
        return tuple(o for o in self.occurrences if o.document == document_id)


@dataclass(frozen=True)
class AlignmentResult:
    """Everything the engine found in one corpus."""

    document_ids: tuple[str, ...]
    passages: tuple[Passage, ...]
    """Most widely shared first, then longest."""
    coverage: dict[str, float] = field(default_factory=dict)
    """Share of each document's body characters that lie in some passage, in [0, 1]."""
    similarity: SparseSimilarity = field(default_factory=SparseSimilarity.empty)
    """How much two documents share, in [0, 1], indexed in `document_ids` order; only pairs that
    share something are stored (no N x N matrix)."""

    def passage(self, passage_id: str) -> Passage:
        return self._by_id[passage_id]

    def passages_in(self, document_id: str) -> tuple[Passage, ...]:
        """The passages carried by `document_id`, in result order."""
        return self._by_document.get(document_id, ())

    def build_indexes(self) -> None:
        """Build the lookups by id and by document now (a worker does, off the GUI thread);
        otherwise they are built on first use."""
        _ = self._by_id, self._by_document

    # Indexes built once: the window asks per pane and per link map, and a scan of every
    # passage each time grows with the corpus (8,000 passages for 20,000 articles).

    @cached_property
    def _by_id(self) -> dict[str, Passage]:
        found: dict[str, Passage] = {}
        for passage in self.passages:
            found.setdefault(passage.id, passage)  # the first, as a scan would find
        return found

    @cached_property
    def _by_document(self) -> dict[str, tuple[Passage, ...]]:
        found: dict[str, list[Passage]] = {}
        for passage in self.passages:
            for document in passage.document_ids:
                found.setdefault(document, []).append(passage)
        return {document: tuple(passages) for document, passages in found.items()}
