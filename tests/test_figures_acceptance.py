"""Acceptance: the sample corpus's figures (a copy of ../shared/acceptance/seeds_figures.json, so
the test runs from a clean clone): every listed mention found with its value, grouped into its
quantity's row, rows flagged as listed, and sources found for at least 7 of those that name one."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.extraction import Mention
from viewer.figures.grouping import Quantity
from viewer.loading import load_sample_corpus

EXPECTED = json.loads(
    (Path(__file__).parent / "data" / "seeds_figures.json").read_text(encoding="utf-8"))
LISTED = [(entry["name"], item) for entry in EXPECTED["quantities"] for item in entry["mentions"]]
MIN_SOURCES = 7


@pytest.fixture(scope="module")
def articles() -> tuple[Article, ...]:
    report = load_sample_corpus()
    assert not report.problems
    return report.articles


@pytest.fixture(scope="module")
def quantities(articles: tuple[Article, ...]) -> list[Quantity]:
    return find_figures(articles)


def _document_id(articles: tuple[Article, ...], file_name: str) -> str:
    (match,) = [a.id for a in articles if a.path is not None and a.path.name == file_name]
    return match


def _found(articles: tuple[Article, ...], quantities: list[Quantity],
           item: dict[str, object]) -> tuple[Quantity, Mention]:
    """The row and mention that cover the listed span (overlapping it, same value)."""
    document = _document_id(articles, str(item["doc"]))
    start, end = int(item["start"]), int(item["end"])  # type: ignore[call-overload]
    hits = [(q, m) for q in quantities for m in q.mentions
            if m.document == document and m.start < end and start < m.end
            and m.value.to_json() == item["value"]]
    assert hits, f"not found with value {item['value']}: {item['text']!r} in {item['doc']}"
    return hits[0]


@pytest.mark.parametrize(("name", "item"), LISTED, ids=[f"{n}: {i['text']}" for n, i in LISTED])
def test_every_listed_mention_is_found_with_its_value(
        articles: tuple[Article, ...], quantities: list[Quantity], name: str,
        item: dict[str, object]) -> None:
    _row, mention = _found(articles, quantities, item)
    text = articles[[a.id for a in articles].index(mention.document)].text
    assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("entry", EXPECTED["quantities"], ids=lambda e: e["name"])
def test_each_quantity_is_one_row_flagged_as_listed(
        articles: tuple[Article, ...], quantities: list[Quantity], entry: dict[str, Any]) -> None:
    rows = {_found(articles, quantities, item)[0].id for item in entry["mentions"]}
    assert len(rows) == 1, f"{entry['name']} split over rows {rows}"
    (row,) = [q for q in quantities if q.id in rows]
    assert row.disagree is entry["disagree"]


def test_listed_quantities_are_distinct_rows(
        articles: tuple[Article, ...], quantities: list[Quantity]) -> None:
    rows = {entry["name"]: _found(articles, quantities, entry["mentions"][0])[0].id
            for entry in EXPECTED["quantities"]}
    assert len(set(rows.values())) == len(rows)


def _same_source(found: str | None, expected: str) -> bool:
    def plain(text: str) -> str:
        return re.sub(r"^the\s+", "", re.sub(r"[^\w\s]", "", text.lower())).strip()

    if found is None:
        return False
    return plain(expected) in plain(found) or plain(found) in plain(expected)


def test_sources_are_found_for_most_attributed_mentions(
        articles: tuple[Article, ...], quantities: list[Quantity]) -> None:
    attributed = [item for _name, item in LISTED if item.get("source")]
    right = [item["text"] for item in attributed
             if _same_source(_found(articles, quantities, item)[1].source, item["source"])]
    # The issue says "7 of 10"; the file lists 9 attributed mentions, and 7 stays the bar.
    assert len(attributed) >= MIN_SOURCES
    assert len(right) >= MIN_SOURCES, right
