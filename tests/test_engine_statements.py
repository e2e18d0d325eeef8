"""Acceptance: on the samples every copy and fragment of each shared statement comes out in ONE
passage, and distinct statements stay separate.

The statements (a copy of ../shared/acceptance/seeds_statements.json, so the test runs from a
clean clone) list every place an article carries a statement; paraphrases are the next issue's
and are not required here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.loading import load_sample_corpus
from viewer.passages import AlignmentResult, Occurrence, Passage

STATEMENTS = json.loads(
    (Path(__file__).parent / "data" / "seeds_statements.json").read_text(encoding="utf-8")
)["statements"]
DISTINCT = json.loads(
    (Path(__file__).parent / "data" / "seeds_statements.json").read_text(encoding="utf-8")
)["distinct"]
VERBATIM = [
    (statement["name"], item) for statement in STATEMENTS for item in statement["occurrences"]
    if item["kind"] in ("copy", "fragment")
]
MIN_COVERAGE = 0.9
MIN_PRECISION = 0.9


@pytest.fixture(scope="module")
def articles() -> tuple[Article, ...]:
    return load_sample_corpus().articles


@pytest.fixture(scope="module")
def result(articles: tuple[Article, ...]) -> AlignmentResult:
    return find_shared_passages(articles)


def _fits(occurrence: Occurrence, item: dict) -> bool:
    """The occurrence covers >= 90% of the listed span and lies >= 90% inside it."""
    if occurrence.document != Path(item["doc"]).stem:
        return False
    overlap = min(occurrence.end, item["end"]) - max(occurrence.start, item["start"])
    if overlap <= 0:
        return False
    return (overlap / (item["end"] - item["start"]) >= MIN_COVERAGE
            and overlap / (occurrence.end - occurrence.start) >= MIN_PRECISION)


def _passage_of(result: AlignmentResult, item: dict) -> Passage | None:
    return next((p for p in result.passages if any(_fits(o, item) for o in p.occurrences)),
                None)


def test_listed_offsets_index_the_article_text(articles: tuple[Article, ...]) -> None:
    texts = {article.id: article.text for article in articles}
    for _, item in VERBATIM:
        assert texts[Path(item["doc"]).stem][item["start"] : item["end"]] == item["text"]


@pytest.mark.parametrize(("name", "item"), VERBATIM,
                         ids=[f"{name}-{item['doc'][:3]}-{item['start']}"
                              for name, item in VERBATIM])
def test_every_copy_and_fragment_is_found_with_its_kind(result: AlignmentResult, name: str,
                                                        item: dict) -> None:
    passage = _passage_of(result, item)
    assert passage is not None, (name, item["doc"], item["text"])
    occurrence = next(o for o in passage.occurrences if _fits(o, item))
    assert occurrence.kind == item["kind"], (name, item["text"])


@pytest.mark.parametrize("statement", STATEMENTS, ids=[s["name"] for s in STATEMENTS])
def test_each_statement_is_one_passage(result: AlignmentResult, statement: dict) -> None:
    items = [item for item in statement["occurrences"] if item["kind"] in ("copy", "fragment")]
    found = {p.id for item in items if (p := _passage_of(result, item)) is not None}
    assert len(found) <= 1, (statement["name"], found)


@pytest.mark.parametrize(("first", "second"), [tuple(pair) for pair in DISTINCT])
def test_distinct_statements_stay_separate(result: AlignmentResult, first: str,
                                           second: str) -> None:
    def passages(name: str) -> set[str]:
        statement = next(s for s in STATEMENTS if s["name"] == name)
        return {p.id for item in statement["occurrences"]
                if item["kind"] in ("copy", "fragment")
                and (p := _passage_of(result, item)) is not None}

    assert not passages(first) & passages(second)


def test_the_tweet_consensus_is_the_whole_tweet(result: AlignmentResult) -> None:
    tweet = next(s for s in STATEMENTS if s["name"] == "Trump tweet")
    passage = _passage_of(result, tweet["occurrences"][0])
    assert passage is not None
    assert passage.consensus.startswith("All is well! Missiles launched from Iran")
    assert passage.consensus.endswith("I will be making a statement tomorrow morning")
    copies = [o for o in passage.occurrences if o.kind == "copy"]
    # The two whole copies are identical: neither shows a difference.
    whole = [o for o in copies if o.end - o.start > 250]
    assert len(whole) == 2 and all(o.differences == () for o in whole)
