"""Coverage (each document's share of body characters in some passage) against a plain Python
union of intervals, with overlapping, nested, touching and repeated spans (generated data)."""

from __future__ import annotations

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
