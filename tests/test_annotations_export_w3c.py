"""The JSON-LD export of annotations from every tool Parallax reads keeps the Web Annotation
model's rules (W3C annotation-model sections 3-5: @context, id, type, target; selectors shaped as
the model shapes them; a SpecificResource names its source), and Parallax's own annotations
carry the quote selectors a Hypothesis-style consumer anchors with. A small checker of the
model's MUSTs, written here from the specification."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.export import export_bytes
from viewer.annotations.model import AnchorStatus, make_annotation
from viewer.annotations.store import load_collection
from viewer.loading import load_sample_corpus

DATA = Path(__file__).parent / "data" / "annotations"
FIXTURES = sorted(p for p in DATA.rglob("*") if (p.suffix in (".json", ".jsonld", ".jsonl", ".ann")
                  and p.parent.name != "w3c_collection_pages") or p.name == "collection.jsonld")
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
TEXT_SELECTOR_KEYS = {"TextQuoteSelector": ("exact",), "TextPositionSelector": ("start", "end"),
                      "DataPositionSelector": ("start", "end"), "FragmentSelector": ("value",),
                      "CssSelector": ("value",), "XPathSelector": ("value",),
                      "RangeSelector": ("startSelector", "endSelector")}


def as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def selector_problems(selector: object, where: str) -> list[str]:
    if isinstance(selector, str):
        return []
    assert isinstance(selector, dict)
    kind = selector.get("type")
    problems = [f"{where}: {kind} without {key}" for key in TEXT_SELECTOR_KEYS.get(kind, ())
                if key not in selector]
    if kind in ("TextPositionSelector", "DataPositionSelector") and not problems:
        start, end = selector["start"], selector["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
            problems.append(f"{where}: positions {start!r}, {end!r}")
    for key in ("startSelector", "endSelector", "refinedBy"):
        for n, inner in enumerate(as_list(selector.get(key))):
            problems += selector_problems(inner, f"{where}.{key}[{n}]")
    return problems


def annotation_problems(item: dict[str, Any], where: str) -> list[str]:
    problems = [f"{where}: {key} missing" for key in ("id", "type", "target") if key not in item]
    if "Annotation" not in as_list(item.get("type")):
        problems.append(f"{where}: type {item.get('type')!r}")
    if "body" in item and "bodyValue" in item:
        problems.append(f"{where}: both body and bodyValue")
    for key in ("created", "modified"):
        if key in item and not DATE_TIME.fullmatch(str(item[key])):
            problems.append(f"{where}: {key} {item[key]!r} is no xsd:dateTime with a zone")
    for n, target in enumerate(as_list(item.get("target"))):
        if isinstance(target, dict) and "selector" in target and "source" not in target \
                and item.get("parallax:status") != "orphaned":
            # (an orphan whose tool named no page -- text-annotator-js' TEI ranges -- has no
            # article to name either: kept as read)
            problems.append(f"{where}.target[{n}]: a SpecificResource without its source")
        if isinstance(target, dict):
            for m, selector in enumerate(as_list(target.get("selector"))):
                problems += selector_problems(selector, f"{where}.target[{n}].selector[{m}]")
    return problems


@pytest.fixture(scope="module")
def articles():
    return load_sample_corpus().articles


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_the_export_of_every_tool_s_annotations_keeps_the_model_s_rules(path, articles):
    parsed = load_collection(path)
    anchored = anchor_all(parsed.annotations, articles)
    document = json.loads(export_bytes("jsonld", anchored, parsed.claims, articles,
                                       collection_id=parsed.collection_id, title="t"))
    assert W3C_CONTEXT in as_list(document["@context"])
    assert document["type"] == "AnnotationCollection" and document["total"] == len(anchored)
    page = document["first"]
    assert page["type"] == "AnnotationPage" and page["partOf"] == document["id"]
    problems = [p for n, item in enumerate(page["items"])
                for p in annotation_problems(item, f"items[{n}]")]
    assert problems == []


def test_parallax_s_own_annotations_carry_quote_selectors_a_hypothesis_client_anchors_with(
        articles):
    article = articles[0]
    start = article.text.index("22 missiles")
    made = [make_annotation(article, start, start + 28, tags=["figures"], note="Iraq's count"),
            make_annotation(article, article.body_start, article.body_start + 5),
            make_annotation(article, len(article.text) - 6, len(article.text))]
    document = json.loads(export_bytes("jsonld", made, (), articles,
                                       collection_id="urn:uuid:0", title="t"))
    for item, annotation in zip(document["first"]["items"], made, strict=True):
        assert annotation_problems(item, "item") == []
        assert item["id"].startswith("urn:uuid:") and item["target"]["source"]
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == \
            "TextPositionSelector"
        text = article.text
        # What a client anchoring by quote checks: the quote with its context is in the text,
        # where the position says.
        assert text[position["start"]:position["end"]] == quote["exact"]
        assert text[:position["start"]].endswith(quote["prefix"])
        assert text[position["end"]:].startswith(quote["suffix"])
        assert annotation.status is AnchorStatus.ANCHORED
