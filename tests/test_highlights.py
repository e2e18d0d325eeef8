"""Highlight geometry, colours, list rows and find, all without Qt."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.viewfixtures import TWEET, by_prefix, ground_truth_result, sample_articles
from viewer.corpus import Article, Corpus
from viewer.highlights import (
    DocumentHighlights,
    SegmentStyle,
    Span,
    assign_colours,
    link_pairs,
    navigation_order,
    step,
)
from viewer.palette import DARK, LIGHT, TOL_LIGHT, contrast_ratio
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.rows import SNIPPET_CHARS, article_rows, filter_passage_rows, find_in_text, passage_rows
from viewer.wording import one_line


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return sample_articles()


@pytest.fixture(scope="module")
def result(articles: list[Article]) -> AlignmentResult:
    return ground_truth_result(articles)


def test_tweet_spans_sit_at_the_ground_truth_offsets(articles, result) -> None:
    docs = by_prefix(articles)
    colours = assign_colours(result)
    for key, (start, end) in TWEET.items():
        highlights = DocumentHighlights.build(docs[key], result, colours)
        assert [(s.start, s.end) for s in highlights.spans_of("p1")] == [(start, end)]
        assert highlights.passage_at(start) == "p1"
        assert highlights.passage_at(end - 1) == "p1"
        assert highlights.passage_at(end) != "p1"
    assert DocumentHighlights.build(docs["001"], result, colours).spans_of("p1") == ()


def test_colours_differ_between_passages_of_one_document(result) -> None:
    colours = assign_colours(result)
    assert colours["p1"] != colours["p2"]  # both in 000 and 002
    assert len(set(colours.values())) == len(colours)


def test_segments_mark_differences_selection_find_and_annotations() -> None:
    article = Article("a", "x" * 100, "t")
    spans = [Span("p", 3, 10, 40, ((20, 25),)), Span("q", 5, 30, 50)]
    highlights = DocumentHighlights(article, spans)
    segments = highlights.segments(selected="q", find_hits=[(0, 5)], current_hit=None,
                                   annotations=[(60, 70)])
    styles = {(s.start, s.end): s.style for s in segments}
    assert styles[(0, 5)] == SegmentStyle(find_hit=True)
    assert styles[(10, 20)] == SegmentStyle("p", 3)
    assert styles[(20, 25)] == SegmentStyle("p", 3, difference=True)
    # Where two passages overlap the selected one is drawn on top.
    assert styles[(30, 50)] == SegmentStyle("q", 5, selected=True)
    assert styles[(60, 70)] == SegmentStyle(annotation=True)
    assert all(a.end <= b.start for a, b in itertools.pairwise(segments))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 80), st.integers(1, 20)), max_size=8))
def test_segments_cover_exactly_the_highlighted_characters(raw) -> None:
    article = Article("a", "y" * 120, "t")
    spans = [Span(f"p{i}", i, s, s + n) for i, (s, n) in enumerate(raw)]
    segments = DocumentHighlights(article, spans).segments()
    covered = {i for s in segments for i in range(s.start, s.end)}
    expected = {i for s in spans for i in range(s.start, s.end)}
    assert covered == expected
    for segment in segments:
        # Each run shows a passage that really covers it, the shortest one.
        live = [s for s in spans if s.start <= segment.start and segment.end <= s.end]
        assert segment.style.passage_id in {s.passage_id for s in live}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 80), st.integers(1, 20), st.integers(0, 3)), max_size=8),
       st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=1, max_size=6),
       st.lists(st.tuples(st.integers(0, 100), st.integers(1, 10)), max_size=2))
def test_selecting_in_turn_gives_what_a_fresh_document_gives(raw, selections, hits) -> None:
    """One document's segments are restyled per selection from runs it keeps: every answer must
    equal a fresh document's, whatever was selected before."""
    article = Article("a", "z" * 120, "t")
    spans = [Span(f"p{k}", k, s, s + n, ((s, s + 1),)) for s, n, k in raw]
    kept = DocumentHighlights(article, spans)
    find_hits = [(s, s + n) for s, n in hits]
    for chosen in selections:
        selected = None if chosen is None else f"p{chosen}"
        fresh = DocumentHighlights(article, spans)
        assert kept.segments(selected, find_hits) == fresh.segments(selected, find_hits)
        assert kept.segments(selected) == fresh.segments(selected)


def test_overview_markers_are_fractions_of_the_shown_body(articles, result) -> None:
    article = by_prefix(articles)["000"]
    highlights = DocumentHighlights.build(article, result, assign_colours(result))
    markers = {m.passage_id: m for m in highlights.overview_markers()}
    body = len(article.text) - article.body_start
    assert markers["p1"].start_fraction == pytest.approx((1290 - article.body_start) / body)
    assert 0 <= markers["p2"].start_fraction < markers["p1"].start_fraction <= 1


def test_link_pairs_join_occurrences_across_two_documents(articles, result) -> None:
    docs = by_prefix(articles)
    pairs = link_pairs(result, docs["000"].id, docs["002"].id, assign_colours(result))
    assert [(p.passage_id, p.left, p.right) for p in pairs] == [
        ("p2", (82, 175), (917, 1021)),
        ("p1", (1290, 1570), (1074, 1354)),
    ]
    assert link_pairs(result, docs["001"].id, docs["004"].id, {}) == []


def test_link_pairs_pair_repeated_occurrences_in_reading_order() -> None:
    text = "z" * 200
    passage = Passage("p", (Occurrence("L", 100, 110, text[100:110]),
                            Occurrence("L", 10, 20, text[10:20]),
                            Occurrence("R", 50, 60, text[50:60])))
    result = AlignmentResult(("L", "R"), (passage,))
    pairs = link_pairs(result, "L", "R", {"p": 2})
    assert [(p.left, p.right) for p in pairs] == [((10, 20), (50, 60)), ((100, 110), (50, 60))]


def test_navigation_follows_reading_order_of_the_panes_and_wraps(articles, result) -> None:
    docs = by_prefix(articles)
    order = navigation_order(result, [docs["000"].id, docs["002"].id, docs["004"].id])
    assert order == ["p2", "p1", "p3", "p4"]
    assert step(order, None, +1) == "p2"
    assert step(order, None, -1) == "p4"
    assert step(order, "p4", +1) == "p2"
    assert step(order, "p2", -1) == "p4"
    assert step([], "p1", 1) is None


def test_palette_is_readable_in_both_themes() -> None:
    assert len(TOL_LIGHT) == len(set(TOL_LIGHT)) == 8
    for theme in (LIGHT, DARK):
        for entry in theme.passages:
            for background in (entry.background, entry.selected, entry.difference):
                assert contrast_ratio(theme.text, background) >= 4.5, (theme.name, background)
        assert contrast_ratio(theme.text, theme.find_hit) >= 4.5
        assert contrast_ratio(theme.text, theme.find_current) >= 4.5
        # Quiet and selected tints must be told apart.
        for entry in theme.passages:
            assert entry.background != entry.selected


def test_article_rows_report_outlet_words_and_share(articles, result) -> None:
    corpus = Corpus(articles)
    rows = {r.article_id[:3]: r for r in article_rows(corpus, result)}
    assert rows["000"].words == len(articles[0].body.split())
    assert rows["000"].date == "2020-01-08"
    assert rows["000"].shared == pytest.approx(result.coverage[articles[0].id])
    assert rows["000"].shared_text.endswith("%")
    assert all(r.shared is None for r in article_rows(corpus, None))


def test_passage_rows_sort_by_spread_then_length_and_filter(articles, result) -> None:
    rows = passage_rows(Corpus(articles), result)
    assert [r.passage_id for r in rows] == ["p1", "p3", "p2", "p4"]
    assert rows[0].spread == 3 and rows[0].snippet.startswith("All is well!")
    assert [r.passage_id for r in filter_passage_rows(rows, "ESCALATION war")] == ["p4"]
    zero = articles[0].id
    assert [r.passage_id for r in filter_passage_rows(rows, "", zero)] == ["p1", "p2"]
    assert filter_passage_rows(rows, "no such words") == []


def test_snippet_flattens_whitespace_and_truncates() -> None:
    assert one_line("a\n\n b   c", SNIPPET_CHARS) == "a b c"
    long = one_line("word " * 100, 20)
    assert len(long) <= 20 and long.endswith("…")


def test_find_is_case_insensitive_in_code_points_and_spans_line_breaks() -> None:
    text = "hdr 😀 All is WELL!\nall is\nwell"
    assert find_in_text(text, "all is well") == [(6, 17), (19, 30)]
    assert find_in_text(text, "all", start=7) == [(19, 22)]
    assert find_in_text(text, "   ") == []
    assert find_in_text("a.b", ".") == [(1, 2)]  # the query is literal, not a pattern
