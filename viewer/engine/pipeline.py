"""The engine's one entry point: run the stages in order on a corpus and assemble the result.

Each stage is a pure function with plain, picklable input and output (numpy arrays in frozen
dataclasses), so a distributed backend can run the same functions partition by partition and
store what passes between them; this module is the order of them. The stages whose items are
independent (tokenise: documents; chain_and_extend: document pairs; align_statements:
statements) take a `viewer.workers.ChunkMapper` that runs their chunks in this process or in
worker processes:

    tokenise -> index_ngrams -> candidate_seeds -> chain_and_extend -> find_fragments
             (+ gapped_fragments)
             -> cluster_statements -> join_story_pieces -> quotations_without_attribution
             -> without_headlines -> without_datelines -> without_signatures
             -> with_nested_fragments -> without_dangling_ends -> with_quotation_edges
             -> without_syllabic_pieces
             -> align_statements (with consensus.vote)
             -> coverage, similarity
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.cancel import CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.engine.align import align_statements
from viewer.engine.candidates import candidate_seeds
from viewer.engine.chain import chain_and_extend
from viewer.engine.dangling_ends import without_dangling_ends
from viewer.engine.datelines import without_datelines
from viewer.engine.fragments import FRAGMENT_MAX_WORDS, find_fragments, quoted_token_ranges
from viewer.engine.gapped_fragments import gapped_fragments
from viewer.engine.headlines import without_headlines
from viewer.engine.index import index_ngrams
from viewer.engine.inner_attributions import quotations_without_attribution
from viewer.engine.nested_fragments import with_nested_fragments
from viewer.engine.quotation_edges import with_quotation_edges
from viewer.engine.reworded_quotations import reworded_quotations
from viewer.engine.signatures import without_signatures
from viewer.engine.statements import cluster_statements
from viewer.engine.stories import join_story_pieces
from viewer.engine.summary import coverage, similarity
from viewer.engine.syllabic_edges import without_syllabic_pieces
from viewer.engine.tokens import tokenise
from viewer.passages import AlignmentResult, EngineSettings
from viewer.workers import ChunkMapper, default_mapper

DEFAULT_SETTINGS = EngineSettings()


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
    if mapper is None:
        mapper = default_mapper(sum(len(article.text) for article in articles))
    corpus = tokenise(articles, mapper, stages.check)
    stages.report(0.25)
    index = index_ngrams(corpus, settings)
    stages.report(0.4)
    seeds = candidate_seeds(corpus, index)
    window_documents = index.window_documents
    del index
    stages.report(0.5)
    matches = chain_and_extend(corpus, seeds, settings, window_documents, stages.check, mapper)
    del seeds, window_documents
    stages.report(0.65)
    quotes = quoted_token_ranges(corpus)
    fragments = find_fragments(corpus, matches, quotes)
    fragments = fragments.concatenated(
        gapped_fragments(corpus, matches.concatenated(fragments), quotes))
    fragments = fragments.concatenated(
        reworded_quotations(corpus, matches.concatenated(fragments), quotes))
    statements = cluster_statements(corpus, matches, fragments, quotes=quotes,
                                    quoted_alone=settings.min_words <= FRAGMENT_MAX_WORDS,
                                    min_words=settings.min_words)
    statements = join_story_pieces(corpus, statements, quotes)
    statements = quotations_without_attribution(corpus, statements, quotes)
    # (headlines first: a story that started at its headline then starts at its dateline)
    statements = without_headlines(corpus, statements)
    statements = without_datelines(corpus, statements)
    statements = without_signatures(corpus, statements)
    statements = with_nested_fragments(corpus, statements, quotes)
    statements = without_dangling_ends(corpus, statements)
    statements = with_quotation_edges(corpus, statements)
    statements = without_syllabic_pieces(corpus, statements)
    stages.report(0.7)
    input_ids = tuple(article.id for article in articles)
    order = {article_id: position for position, article_id in enumerate(input_ids)}
    passages = align_statements(corpus, statements, order, stages.check, mapper)
    stages.report(0.95)
    result = AlignmentResult(
        document_ids=input_ids,
        passages=passages,
        coverage=coverage(articles, passages),
        similarity=similarity(articles, passages),
    )
    stages.report(1.0)
    return result
