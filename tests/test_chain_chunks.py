"""Chaining document pairs in chunks (which the worker pool hands to other processes) gives the
matches chaining them all at once gives, in the same order: generated corpora, any chunk size."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from benchmarks.realistic import generate
from tests.viewfixtures import sample_articles
from viewer.corpus import Article
from viewer.engine import chain
from viewer.engine.candidates import candidate_seeds
from viewer.engine.index import index_ngrams
from viewer.engine.matches import PairMatches
from viewer.engine.tokens import tokenise
from viewer.passages import EngineSettings

FIELDS = ("doc_a", "a0", "a1", "doc_b", "b0", "b1", "quoted", "documents", "most_documents")


def _matches(articles: list[Article], chunk_seeds: int) -> tuple[PairMatches, int]:
    corpus = tokenise(articles)
    found = EngineSettings()
    index = index_ngrams(corpus, found)
    seeds = candidate_seeds(corpus, index)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chain, "CHAIN_CHUNK_SEEDS", chunk_seeds)
        chunks = len(chain._chunks(seeds))
        return chain.chain_and_extend(corpus, seeds, found, index.window_documents), chunks


def _same(one: PairMatches, other: PairMatches) -> None:
    for name in FIELDS:
        assert np.array_equal(getattr(one, name), getattr(other, name)), name
        assert getattr(one, name).dtype == getattr(other, name).dtype, name


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=4, max_value=14),
       st.integers(min_value=1, max_value=40))
# (a chunk of one document pair whose matches joined nothing kept a match lying inside another
# on its diagonal, which the whole corpus, where other pairs' matches joined, set aside)
@example(2328, 14, 1)
def test_chunks_of_document_pairs_give_the_same_matches(seed: int, count: int,
                                                        chunk_seeds: int) -> None:
    truth = generate(count, seed=seed)
    articles = [Article(id=d.id, text=d.text, title=d.id) for d in truth.documents]
    whole, _ = _matches(articles, 1 << 30)
    chunked, _ = _matches(articles, chunk_seeds)
    _same(whole, chunked)


def test_the_samples_cut_between_pairs_only() -> None:
    articles = list(sample_articles())
    whole, one = _matches(articles, 1 << 30)
    chunked, several = _matches(articles, 2)
    assert one == 1 and several > 1
    _same(whole, chunked)
