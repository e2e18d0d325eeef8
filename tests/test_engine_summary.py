"""Coverage (each document's share of body characters in some passage) against a plain Python
union of intervals, with overlapping, nested, touching and repeated spans (generated data); the
similarity's rows in one order however they are sorted."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.engine.summary import coverage
from viewer.passages import Occurrence, Passage


def union_length(intervals: list[tuple[int, int]]) -> int:
    covered: set[int] = set()
    for start, end in intervals:
        covered.update(range(start, end))
    return len(covered)


spans = st.tuples(st.integers(0, 3), st.integers(0, 60), st.integers(0, 25))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(spans, min_size=1, max_size=6), max_size=8),
       st.lists(st.integers(0, 70), min_size=4, max_size=4),
       st.lists(st.integers(0, 5), min_size=4, max_size=4))
def test_coverage_is_the_union_of_each_documents_spans(
        passages: list[list[tuple[int, int, int]]], lengths: list[int],
        body_starts: list[int]) -> None:
    articles = [Article(f"d{k}", "x" * length, f"d{k}", body_start=min(start, length))
                for k, (length, start) in enumerate(zip(lengths, body_starts, strict=True))]
    found = [Passage(f"p{index}", tuple(
        Occurrence(f"d{doc}", start, start + size, "") for doc, start, size in occurrences))
        for index, occurrences in enumerate(passages)]
    shares = coverage(articles, found)
    for article in articles:
        intervals = [(o.start, o.end) for p in found for o in p.occurrences
                     if o.document == article.id]
        body = len(article.text) - article.body_start
        expected = min(1.0, union_length(intervals) / body) if body > 0 else 0.0
        assert shares[article.id] == expected


def plain_pair_rows(passage: list[int], doc: list[int], clique: int,
                    hubs: int) -> list[tuple[int, int]]:
    """(occurrence, partner) rows as a plain loop over each passage's pairs of documents."""
    rows = []
    for number in sorted(set(passage)):
        docs = sorted({d for p, d in zip(passage, doc, strict=True) if p == number})
        if len(docs) <= clique:
            pairs = [(a, b) for k, a in enumerate(docs) for b in docs[k + 1 :]]
        else:
            pairs = [(a, b) for k, a in enumerate(docs[:hubs]) for b in docs[k + 1 : hubs]]
            pairs += [(hub, a) for a in docs[hubs:] for hub in docs[:hubs]]
        for a, b in pairs:
            for side, other in ((a, b), (b, a)):
                rows += [(k, other) for k, (p, d) in enumerate(zip(passage, doc, strict=True))
                         if p == number and d == side]
    return sorted(rows)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 9)), max_size=40),
       st.integers(0, 6))
def test_similarity_relates_each_occurrence_to_its_passages_other_documents_or_hubs(
        occurrences: list[tuple[int, int]], clique: int) -> None:
    import numpy as np

    from viewer.engine import summary

    passage = [p for p, _ in occurrences]
    doc = [d for _, d in occurrences]
    old_clique = summary.CLIQUE_DOCUMENTS
    summary.CLIQUE_DOCUMENTS = clique
    try:
        rows = summary._pair_rows(10, np.array(passage, dtype=np.int64),
                                  np.array(doc, dtype=np.int64))
    finally:
        summary.CLIQUE_DOCUMENTS = old_clique
    found = [] if rows is None else sorted(zip(rows[0].tolist(), rows[1].tolist(),
                                               strict=True))
    assert found == plain_pair_rows(passage, doc, clique, summary.HUBS)


@pytest.mark.parametrize("documents", [7, 3_000_000_000])
def test_rows_ordered_by_document_partner_and_start(documents: int) -> None:
    """By one packed key, or (too many documents for it) by a lexsort: the same stable order."""
    import numpy as np

    from viewer.engine.summary import _order_of

    rng = np.random.default_rng(documents % 1000)
    doc, partner = rng.integers(0, 7, 300), rng.integers(0, 7, 300)
    begin = rng.integers(0, 50, 300)
    assert _order_of(doc, partner, begin, documents).tolist() == \
        np.lexsort((begin, partner, doc)).tolist()
