"""Annotation files from other tools, on invented articles with a metadata header: Readium's
AnnotationSet (Thorium Reader), HTML comment bodies (dokieli and most web clients), quotes that
also occur in an article's hidden header, XPath-only ranges, and Hypothesis' page title. Each
test fails without the rule it names. The annotation files are in tests/data/annotations/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.model import AnchorStatus, Annotation
from viewer.annotations.store import load_collection
from viewer.annotations.w3c import collection_from_json, set_to_text
from viewer.corpus import Article
from viewer.loading import article_from_text

DATA = Path(__file__).parent / "data" / "annotations"

HARBOUR = """---
title: Harbour bridge reopens after repairs
url: https://news.example.org/city/harbour-bridge
---

The harbour bridge reopened on Tuesday after six weeks of repairs. City engineers said every
cable had been inspected twice before the reopening, and the mayor thanked the crews.
Traffic was light in the first hour, but queues formed by noon.
"""
LIBRARY = """---
title: Library extends opening hours
url: https://daily.example.net/library-hours
---

The central library will stay open until nine in the evening from next month. Its director
said the change follows a survey of readers. The reading room will open on Sundays too.
"""


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return [article_from_text("harbour", HARBOUR, path=Path("/news/harbour.txt")),
            article_from_text("library", LIBRARY, path=Path("/news/library.txt"))]


def anchored(name: str, articles: list[Article]) -> dict[str, Annotation]:
    return {a.id: a for a in anchor_all(load_collection(DATA / name).annotations, articles)}


def saved_items(annotations: list[Annotation]) -> list[dict[str, Any]]:
    return json.loads(set_to_text(AnnotationSet(annotations)))["first"]["items"]


def read_back(annotations: list[Annotation]) -> dict[str, Annotation]:
    text = set_to_text(AnnotationSet(annotations))
    return {a.id: a for a in collection_from_json(json.loads(text)).annotations}


# -- Readium AnnotationSet ------------------------------------------------------------------


def test_a_readium_annotation_set_is_read_and_its_keyword_is_a_tag(articles):
    parsed = load_collection(DATA / "readium_annotation_set.ann")
    assert parsed.shape == "a Readium AnnotationSet"
    found = {a.id: a for a in anchor_all(parsed.annotations, articles)}
    noted = found["urn:uuid:7d0c41d2-55aa-4e0c-9a51-1f6b0a2c3e02"]
    assert (noted.article_id, noted.exact) == ("harbour", "every\ncable had been inspected twice")
    assert noted.status is AnchorStatus.FUZZY  # (the e-book's line breaks differ)
    assert (noted.tags, noted.note) == (("teacher",), "Who counted the cables?")
    highlight = found["urn:uuid:7d0c41d2-55aa-4e0c-9a51-1f6b0a2c3e03"]
    assert (highlight.article_id, highlight.exact) == ("library", "reading room will open on "
                                                                  "Sundays")
    assert (highlight.tags, highlight.note) == ((), "")
    # Written back, the keyword stays where Readium keeps it, and other readers still read it.
    items = saved_items(list(found.values()))
    assert items[0]["body"] == {"type": "TextualBody", "value": "Who counted the cables?",
                                "keyword": "teacher", "color": "blue",
                                "highlight": "underline", "language": "en"}
    assert read_back(list(found.values()))[noted.id].tags == ("teacher",)


def test_a_readium_keyword_removed_or_kept_with_its_note_removed(articles):
    noted = anchored("readium_annotation_set.ann", articles)[
        "urn:uuid:7d0c41d2-55aa-4e0c-9a51-1f6b0a2c3e02"]
    untagged = noted.edited(tags=[], note="Who counted the cables?", when="2026-12-03T09:00:00Z")
    body = saved_items([untagged])[0]["body"]
    assert body == {"type": "TextualBody", "value": "Who counted the cables?", "color": "blue",
                    "highlight": "underline", "language": "en"}
    # The note removed, the keyword's tag is not lost with its body.
    silent = noted.edited(tags=["teacher"], note="", when="2026-12-03T09:00:00Z")
    item = saved_items([silent])[0]
    assert item["body"] == {"type": "TextualBody", "purpose": "tagging", "value": "teacher"}
    assert read_back([silent])[noted.id].tags == ("teacher",)


# -- quotes across the article file's line breaks ---------------------------------------------


def test_a_single_spaced_quote_is_found_where_the_file_wraps_its_lines(articles):
    """A web tool quotes the page with single spaces; the article file (as saved or fetched)
    may break its lines inside the quote. Found, marked fuzzy, never orphaned."""
    document = {"type": "Annotation", "id": "urn:uuid:5b1f7a52-0c55-4f7a-8d3e-2a9f00000001",
                "body": {"type": "TextualBody", "value": "Check with the council."},
                "target": {"source": "https://news.example.org/city/harbour-bridge",
                           "selector": {"type": "TextQuoteSelector",
                                        "exact": "said every cable had been inspected"}}}
    annotation = anchor_all(collection_from_json(document).annotations, articles)[0]
    assert annotation.article_id == "harbour"
    assert annotation.exact == "said every\ncable had been inspected"
    assert annotation.status is AnchorStatus.FUZZY
    # Found in the whole corpus too, when its source names no article here.
    moved = {**document, "target": {"selector": document["target"]["selector"]}}
    annotation = anchor_all(collection_from_json(moved).annotations, articles)[0]
    assert (annotation.article_id, annotation.status) == ("harbour", AnchorStatus.FUZZY)
