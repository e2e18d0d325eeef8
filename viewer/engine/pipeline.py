"""The engine's one entry point: run the stages in order on a corpus and assemble the result.

Each stage is a pure function with plain, picklable input and output (numpy arrays in frozen
dataclasses), so a distributed backend can run the same functions partition by partition and
store what passes between them; this module is the order of them. The stages whose items are
independent (tokenise: documents; chain_and_extend: document pairs; align_statements:
statements) take a `viewer.workers.ChunkMapper` that runs their chunks in this process or in
worker processes; so are the fragments and the clustering's first step, `long_matches`, which
need only the matches (the mapper runs the two side by side):

    (identical_texts: one article of each group of identical bodies)
    tokenise -> index_ngrams -> candidate_seeds -> chain_and_extend (-> versions: near copies
             aligned as the text they copy, their matches dropped)
             -> find_fragments (+ gapped_fragments, reworded_quotations)  | long_matches
             -> cluster_statements (statements_from_long_matches)
             -> join_story_pieces -> quotations_without_attribution
             -> without_headlines -> without_datelines -> without_signatures
             -> with_nested_fragments -> without_dangling_ends -> with_quotation_edges
             -> without_syllabic_pieces
             -> align_statements (with consensus.vote)
             -> (with_copies: the passages given to the identical articles) -> coverage, similarity
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from viewer.article_sources import source_key
from viewer.cancel import CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.engine.align import align_statements
from viewer.engine.attribution_passages import without_attribution_passages
from viewer.engine.candidates import candidate_seeds
from viewer.engine.chain import chain_and_extend
from viewer.engine.dangling_ends import without_dangling_ends
from viewer.engine.datelines import without_datelines
from viewer.engine.fragments import FRAGMENT_MAX_WORDS, find_fragments, quoted_token_ranges
from viewer.engine.gapped_fragments import gapped_fragments
from viewer.engine.headlines import without_headlines
from viewer.engine.identical_texts import identical_texts, with_copies
from viewer.engine.index import index_ngrams
from viewer.engine.inner_attributions import quotations_without_attribution
from viewer.engine.long_matches import LongMatches, long_matches
from viewer.engine.matches import PairMatches
from viewer.engine.nested_fragments import with_nested_fragments
from viewer.engine.quotation_edges import with_quotation_edges
from viewer.engine.reworded_quotations import reworded_quotations
from viewer.engine.signatures import without_signatures
from viewer.engine.statements import statements_from_long_matches
from viewer.engine.stories import join_story_pieces
from viewer.engine.summary import coverage, similarity
from viewer.engine.syllabic_edges import without_syllabic_pieces
from viewer.engine.tokens import TokenisedCorpus, tokenise
from viewer.engine.versions import (
    near_copies,
    near_copy_groups,
    without_near_copies,
    without_near_copies_in,
)
from viewer.passages import AlignmentResult, EngineSettings
from viewer.workers import Check, ChunkMapper, default_mapper

DEFAULT_SETTINGS = EngineSettings()


_MATCHES_PARTS = ("fragments", "long matches")
"""The two parts of the work that needs only the pairwise matches (`_matches_part`)."""


def _fragments_and_long_matches(corpus: TokenisedCorpus, matches: PairMatches,
                                quotes: tuple[np.ndarray, np.ndarray], min_words: int,
                                mapper: ChunkMapper, check: Check
                                ) -> tuple[PairMatches, LongMatches]:
    """The fragments (`fragments_of`) and the long matches' statements (`long_matches`), each
    computed by one of the mapper's processes when it has two."""
    fragments, long = mapper.map(_matches_part, (corpus, matches, quotes, min_words),
                                 _MATCHES_PARTS, check)
    if not (isinstance(fragments, PairMatches) and isinstance(long, LongMatches)):
        raise TypeError("the matches' parts came back in another order")
    return fragments, long


def _matches_part(shared: tuple[TokenisedCorpus, PairMatches, tuple[np.ndarray, np.ndarray],
                                int], part: str) -> PairMatches | LongMatches:
    """One of `_MATCHES_PARTS` (a module-level function: a worker process may run it)."""
    corpus, matches, quotes, min_words = shared
    if part == "fragments":
        return fragments_of(corpus, matches, quotes)
    return long_matches(corpus, matches, quotes, min_words)


def fragments_of(corpus: TokenisedCorpus, matches: PairMatches,
                 quotes: tuple[np.ndarray, np.ndarray]) -> PairMatches:
    """The quoted fragments of statements (`find_fragments`), those found with a few words cut
    from their middle (`gapped_fragments`) and the quotations outlets transcribe a little
    otherwise (`reworded_quotations`), each stage given the matches found before it."""
    fragments = find_fragments(corpus, matches, quotes)
    fragments = fragments.concatenated(
        gapped_fragments(corpus, matches.concatenated(fragments), quotes))
    return fragments.concatenated(
        reworded_quotations(corpus, matches.concatenated(fragments), quotes))


class _Progress:
    """Progress over the stages, each a slice of [0, 1]; checks for cancellation."""

    def __init__(self, progress: ProgressCallback | None, cancel: CancelToken | None) -> None:
        self._progress = progress
        self._cancel = cancel

    def report(self, fraction: float) -> None:
        self.check()
        if self._progress is not None:
            self._progress(min(1.0, max(0.0, fraction)))

    def check(self) -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()


def find_shared_passages(
    articles: Sequence[Article],
    settings: EngineSettings = DEFAULT_SETTINGS,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    mapper: ChunkMapper | None = None,
) -> AlignmentResult:
    """Every statement two or more of `articles` share, as passages with their occurrences,
    consensus and differences; the documents' coverage and sparse similarity.

    Deterministic whatever the order of `articles`; raises `viewer.cancel.Cancelled` when
    `cancel` is set. `mapper` runs the stages' independent items (documents to tokenise,
    statements to align); by default worker processes for a large corpus when this process may
    fork (`viewer.workers.default_mapper`), else this process. The result is the same.
    """
    stages = _Progress(progress, cancel)
    stages.report(0.0)
    input_ids = tuple(article.id for article in articles)
    # (a text opened twice is aligned once, its passages given to the copy after: aligned as
    # two documents, the match of the whole text joined every statement it carries)
    texts = identical_texts(articles)
    aligned = texts.aligned
    if mapper is None:
        mapper = default_mapper(sum(len(article.text) for article in aligned))
    corpus = tokenise(aligned, mapper, stages.check)
    stages.report(0.25)
    index = index_ngrams(corpus, settings)
    stages.report(0.4)
    seeds = candidate_seeds(corpus, index)
    window_documents = index.window_documents
    del index
    stages.report(0.5)
    matches = chain_and_extend(corpus, seeds, settings, window_documents, stages.check, mapper)
    del seeds, window_documents
    # (a near copy, a corrected version beside the first, is aligned as the text it copies)
    by_id = {article.id: article for article in aligned}
    folded = near_copies(corpus, matches, [source_key(by_id[i]) for i in corpus.ids])
    matches = without_near_copies(matches, folded)
    stages.report(0.65)
    quotes = quoted_token_ranges(corpus)
    # The fragments and the clustering's first step (`long_matches`) each need only the
    # matches: the mapper's processes find them side by side.
    fragments, long = _fragments_and_long_matches(corpus, matches, quotes, settings.min_words,
                                                  mapper, stages.check)
    fragments = without_near_copies(fragments, folded)
    del matches
    statements = statements_from_long_matches(
        corpus, long, fragments, quotes=quotes,
        quoted_alone=settings.min_words <= FRAGMENT_MAX_WORDS)
    del long, fragments
    statements = join_story_pieces(corpus, statements, quotes)
    statements = quotations_without_attribution(corpus, statements, quotes)
    statements = without_attribution_passages(corpus, statements, quotes)
    # (headlines first: a story that started at its headline then starts at its dateline)
    statements = without_headlines(corpus, statements)
    statements = without_datelines(corpus, statements)
    statements = without_signatures(corpus, statements)
    statements = with_nested_fragments(corpus, statements, quotes)
    statements = without_dangling_ends(corpus, statements)
    statements = with_quotation_edges(corpus, statements)
    statements = without_syllabic_pieces(corpus, statements)
    statements = without_near_copies_in(statements, folded)
    stages.report(0.7)
    order = {article_id: position for position, article_id in enumerate(input_ids)}
    passages = align_statements(corpus, statements, order, stages.check, mapper)
    if folded:
        passages = with_copies(passages, near_copy_groups(
            [by_id[i] for i in corpus.ids], folded), order)
    if texts.copies:
        passages = with_copies(passages, texts.copies, order)
    stages.report(0.95)
    result = AlignmentResult(
        document_ids=input_ids,
        passages=passages,
        coverage=coverage(articles, passages),
        similarity=similarity(articles, passages),
    )
    stages.report(1.0)
    return result
