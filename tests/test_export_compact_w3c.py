"""The JSON-LD export writes compact W3C Web Annotation whatever form the annotations were read in
(`"@id"`, `"@type": "oa:Annotation"`, a file's own `@context` and `@graph`, other contexts beside
the W3C one), and validates against Parallax's own schema. An annotation read from a file with
its own inline context was written back with `"@id"` and `"@type": "oa:Annotation"`, no `id`
nor `type` (a tester's report). No Qt."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.export import export_file
from viewer.annotations.reading import derived_id, read_item
from viewer.annotations.store import load_collection
from viewer.corpus import Article
from viewer.resources import resource_path

PAGE = "https://news.example.com/strike"
TEXT = "Iraq's military said there were no Iraqi casualties after 22 missiles struck two bases."
ARTICLE = Article("strike", TEXT, "Strike", url=PAGE)
INLINE_CONTEXT = {
    "@context": {"oa": "http://www.w3.org/ns/oa#", "quote": "oa:exact", "page": "oa:hasSource",
                 "comment": "oa:bodyValue", "target": "oa:hasTarget", "sel": "oa:hasSelector"},
    "@graph": [{"@id": "urn:x:1", "@type": "oa:Annotation", "comment": "aliased",
                "motivation": "oa:commenting",
                "target": {"page": PAGE, "sel": {"@type": "oa:TextQuoteSelector",
                                                 "quote": "no Iraqi casualties"}}}]}
"""The tester's inline_ctx.jsonld: its own names for the W3C terms, JSON-LD's keywords."""
KEYWORDS = {"@context": "http://www.w3.org/ns/anno.jsonld",
            "@id": "urn:x:2", "@type": ["oa:Annotation"], "bodyValue": "keywords",
            "created": {"@value": "2024-01-01T00:00:00Z", "@type": "xsd:dateTime"},
            "target": {"source": PAGE, "selector": [
                {"@type": "oa:TextPositionSelector", "start": 58, "end": 69}]}}
"""A W3C annotation with JSON-LD's keywords where the context has terms, and a typed date."""
OTHER_CONTEXT = {
    "@context": ["http://www.w3.org/ns/anno.jsonld", {"dc": "http://purl.org/dc/terms/"}],
    "id": "https://ex.org/coll/1", "type": "AnnotationCollection", "label": "Strike notes",
    "first": {"id": "https://ex.org/coll/1/p1", "type": "AnnotationPage", "items": [
        {"id": "https://ex.org/anno/1", "type": "Annotation", "bodyValue": "in a collection",
         "target": {"source": PAGE,
                    "selector": {"type": "TextQuoteSelector", "exact": "22 missiles"}}}]}}
"""A collection with a context of its own beside the W3C one (kept in the export)."""


def exported(tmp_path: Path, document: Any) -> dict[str, Any]:
    source = tmp_path / "in.jsonld"
    source.write_text(json.dumps(document), encoding="utf-8")
    parsed = load_collection(source)
    placed = anchor_all(parsed.annotations, [ARTICLE])
    made = export_file("jsonld", placed, parsed.claims, [ARTICLE],
                       collection_id=parsed.collection_id, title="t",
                       collection_extra=parsed.extra, page_id=parsed.page_id)
    written: dict[str, Any] = json.loads(made.data)
    schema = json.loads(resource_path("annotation.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(written)
    return written


@pytest.mark.parametrize("document", [INLINE_CONTEXT, KEYWORDS, [INLINE_CONTEXT, KEYWORDS]])
def test_an_annotation_read_with_json_ld_keywords_is_exported_as_compact_w3c(
        tmp_path: Path, document: Any) -> None:
    written = exported(tmp_path, document)
    for item in written["first"]["items"]:
        assert "@id" not in item and "@type" not in item
        assert item["id"].startswith("urn:x:") and item["type"] in ("Annotation", ["Annotation"])
        selectors = item["target"]["selector"]
        for selector in selectors if isinstance(selectors, list) else [selectors]:
            assert selector["type"] in ("TextQuoteSelector", "TextPositionSelector")
            assert "@type" not in selector
        assert item["parallax:status"] == "anchored"


def test_a_typed_value_is_kept_as_it_was(
        tmp_path: Path) -> None:
    """`{"@value", "@type"}` is a value with its datatype, not a node: its `@type` stays."""
    (item,) = exported(tmp_path, KEYWORDS)["first"]["items"]
    assert item["created"] == KEYWORDS["created"]


def test_a_collection_with_a_context_of_its_own_validates(tmp_path: Path) -> None:
    """The collection's own contexts are kept between the W3C one and Parallax's (so that its
    terms are defined and Parallax's prefix is its own): the schema takes them there."""
    written = exported(tmp_path, OTHER_CONTEXT)
    assert written["@context"] == ["http://www.w3.org/ns/anno.jsonld",
                                   {"dc": "http://purl.org/dc/terms/"},
                                   {"parallax": "urn:x-parallax:"}]


@pytest.mark.parametrize("written_as", [
    {"@type": "Annotation"}, {"@type": ["oa:Annotation"]}, {"@id": "_:b0", "@type": "Annotation"}])
def test_an_annotation_without_an_id_keeps_the_id_derived_before_its_keywords_were_compacted(
        written_as: dict[str, Any]) -> None:
    """An annotation without an id (a blank node is none) is given one derived from its content,
    so importing the same file again merges instead of duplicating: derived from the compacted
    item, one written with `"@type"` got another than the files imported before had, and a
    second import saved it twice. The expected id is derived as it was before: from the item
    as written (its offsets numbers already, no Parallax field), without its blank id."""
    raw = {**written_as, "bodyValue": "no id of its own",
           "target": {"source": PAGE, "selector": [
               {"@type": "TextPositionSelector", "start": 58, "end": 69}]}}
    as_before = {key: value for key, value in raw.items() if key not in ("id", "@id")}
    assert read_item(raw, "items[0]").id == derived_id(as_before)
