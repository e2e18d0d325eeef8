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
