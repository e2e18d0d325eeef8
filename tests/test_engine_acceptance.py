"""Acceptance: on the sample corpus the engine finds every required passage with tight bounds.

The ground truth (a copy of ../shared/acceptance/seeds_ground_truth.json, so the test runs from a
clean clone) lists spans as raw offsets into the decoded files, i.e. into `Article.text`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.loading import load_sample_corpus
from viewer.passages import AlignmentResult, Occurrence, Passage

GROUND_TRUTH = json.loads(
    (Path(__file__).parent / "data" / "seeds_ground_truth.json").read_text(encoding="utf-8")
)
NAMED = [entry["name"] for entry in GROUND_TRUTH["passages"]]
REQUIRED = [
    (entry["name"], item) for entry in GROUND_TRUTH["passages"] for item in entry["required"]
]
MIN_COVERAGE = 0.9
MIN_PRECISION = 0.9


@pytest.fixture(scope="module")
def articles() -> tuple[Article, ...]:
    report = load_sample_corpus()
    assert not report.problems
    return report.articles


@pytest.fixture(scope="module")
def result(articles: tuple[Article, ...]) -> AlignmentResult:
    return find_shared_passages(articles)


def _doc_id(file_name: str) -> str:
    return Path(file_name).stem


def _fits(occurrence: Occurrence, item: dict) -> bool:
    """The occurrence covers >= 90% of the listed span and lies >= 90% inside it."""
    if occurrence.document != _doc_id(item["doc"]):
        return False
    overlap = min(occurrence.end, item["end"]) - max(occurrence.start, item["start"])
    if overlap <= 0:
        return False
    coverage = overlap / (item["end"] - item["start"])
    precision = overlap / (occurrence.end - occurrence.start)
    return coverage >= MIN_COVERAGE and precision >= MIN_PRECISION


def test_ground_truth_offsets_index_the_article_text(articles: tuple[Article, ...]) -> None:
    texts = {article.id: article.text for article in articles}
    for _, item in REQUIRED:
        assert texts[_doc_id(item["doc"])][item["start"] : item["end"]] == item["text"]


@pytest.mark.parametrize(("name", "item"), REQUIRED,
                         ids=[f"{name}-{item['doc'][:3]}" for name, item in REQUIRED])
def test_every_required_span_is_found_with_tight_bounds(
    result: AlignmentResult, name: str, item: dict
) -> None:
    occurrences = [o for p in result.passages for o in p.occurrences]
    assert any(_fits(o, item) for o in occurrences), (
        name, item["doc"], [(o.start, o.end) for o in occurrences
                            if o.document == _doc_id(item["doc"])])


@pytest.mark.parametrize("name", NAMED)
def test_each_named_passage_is_one_passage_across_its_documents(
    result: AlignmentResult, name: str
) -> None:
    items = next(entry["required"] for entry in GROUND_TRUTH["passages"] if entry["name"] == name)

    def carries_all(passage: Passage) -> bool:
        return all(any(_fits(o, item) for o in passage.occurrences) for item in items)

    assert [p.id for p in result.passages if carries_all(p)], name


def test_named_passages_have_one_copy_per_document(result: AlignmentResult) -> None:
    """A statement may also occur as quoted fragments in a document that carries it, but the
    statement itself (its copy) is one occurrence per document."""
    for entry in GROUND_TRUTH["passages"]:
        items = entry["required"]
        passage = next(p for p in result.passages
                       if all(any(_fits(o, item) for o in p.occurrences) for item in items))
        documents = [o.document for o in passage.occurrences if o.kind == "copy"]
        assert len(documents) == len(set(documents)), entry["name"]


def test_the_tweet_is_not_merged_with_its_paraphrase(result: AlignmentResult) -> None:
    """In 000 the tweet and an earlier paraphrase of it are close together: separate spans."""
    tweet = next(entry for entry in GROUND_TRUTH["passages"] if entry["name"] == "Trump tweet")
    listed = next(item for item in tweet["required"] if item["doc"].startswith("000"))
    for passage in result.passages:
        for occurrence in passage.occurrences_in(_doc_id(listed["doc"])):
            inside = occurrence.start >= listed["start"] - 2 and occurrence.end <= listed["end"] + 2
            outside = occurrence.end <= listed["start"] or occurrence.start >= listed["end"]
            assert inside or outside, (occurrence.start, occurrence.end)


def test_edited_words_are_marked_as_differences(result: AlignmentResult) -> None:
    """Where outlets write "struck" and "hit", "U.S." and "US", the reading the consensus does
    not have is marked, and the one it has is not (two outlets: no majority, the consensus
    keeps the main reading)."""
    marked = {
        (passage.id, occurrence.text[start - occurrence.start : end - occurrence.start])
        for passage in result.passages
        for occurrence in passage.occurrences
        for start, end in occurrence.differences
    }
    for one, other in (("struck", "hit"), ("U.S.", "US")):
        pairs = [(p.id, p.consensus) for p in result.passages
                 if any(f" {one} " in o.text for o in p.occurrences)
                 and any(f" {other} " in o.text for o in p.occurrences)]
        assert pairs
        for passage_id, consensus in pairs:
            kept, dropped = (one, other) if f" {one} " in consensus else (other, one)
            assert (passage_id, dropped) in marked
            assert (passage_id, kept) not in marked


def test_nothing_comes_from_the_metadata_header(articles: tuple[Article, ...],
                                                result: AlignmentResult) -> None:
    body_start = {article.id: article.body_start for article in articles}
    assert any(start > 0 for start in body_start.values())
    for passage in result.passages:
        for occurrence in passage.occurrences:
            assert occurrence.start >= body_start[occurrence.document]


def test_passages_are_listed_most_widely_shared_first(result: AlignmentResult) -> None:
    keys = [(-p.spread, -max(o.end - o.start for o in p.occurrences)) for p in result.passages]
    assert keys == sorted(keys)
    assert [p.id for p in result.passages] == [f"p{i}" for i in range(1, len(keys) + 1)]
