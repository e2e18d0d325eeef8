"""Property tests: anchoring by another tool's evidence, and the lossless round trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.model import AnchorStatus
from viewer.annotations.w3c import collection_from_json, set_to_text
from viewer.corpus import Article

PROPERTY = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
NAME = "story.txt"
PARALLAX_FIELDS = {"parallax:status", "parallax:article", "parallax:fileName", "parallax:placed",
                   "parallax:originalExact"}

words = st.sampled_from(["missiles", "22", "bases", "Iraq", "said", "the", "a", "dozen",
                         "officials", "é", "🚀", "\u0301", "Ain", "al-Asad", "\n"])


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = " ".join(draw(st.lists(words, min_size=3, max_size=60)))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 40)))
    return text, start, end


def article(text: str) -> Article:
    return Article("story", text, "Story", path=Path("/somewhere") / NAME)


def anchor(item: dict[str, Any], text: str):
    parsed = collection_from_json([item])
    return anchor_all(parsed.annotations, [article(text)])[0]


def quote(text: str, start: int, end: int, context: int) -> dict[str, Any]:
    selector = {"type": "TextQuoteSelector", "exact": text[start:end]}
    if context:
        selector["prefix"] = text[max(0, start - context):start]
        selector["suffix"] = text[end:end + context]
    return selector


def position(start: int, end: int) -> dict[str, Any]:
    return {"type": "TextPositionSelector", "start": start, "end": end}


def annotation(selector: Any, source: str = f"https://example.org/{NAME}") -> dict[str, Any]:
    return {"type": "Annotation", "id": "urn:x:1",
            "target": {"source": source, "selector": selector}}


@PROPERTY
@given(text_and_span())
def test_positions_place_exactly(case):
    text, start, end = case
    for selector in (position(start, end),
                     [quote(text, start, end, 0), position(start, end)],
                     {"type": "RangeSelector", "startSelector": position(start, start),
                      "endSelector": position(end, end)}):
        placed = anchor(annotation(selector), text)
        assert placed.status is AnchorStatus.ANCHORED
        assert (placed.start, placed.end) == (start, end)
        assert placed.exact == text[start:end]


@PROPERTY
@given(text_and_span(), st.sampled_from([0, 8, 32]))
def test_a_bare_quote_lands_on_its_text_and_its_context_decides(case, context):
    text, start, end = case
    placed = anchor(annotation(quote(text, start, end, context)), text)
    exact = text[start:end]
    assert placed.status is AnchorStatus.ANCHORED
    assert text[placed.start:placed.end] == exact == placed.exact
    if not context:
        assert placed.start == text.find(exact)  # the first occurrence, and the note says so
        assert placed.anchor_note
    else:
        selector = quote(text, start, end, context)
        whole = selector["prefix"] + exact + selector["suffix"]
        overlapping = sum(1 for at in range(len(text)) if text.startswith(whole, at))
        if overlapping == 1:
            assert placed.start == start


@PROPERTY
@given(text_and_span(), st.integers(0, 10))
def test_a_refinement_is_placed_inside_its_outer_segment(case, inner):
    text, start, end = case
    inner_start = min(inner, end - start - 1)
    selector = dict(position(start, end),
                    refinedBy=position(inner_start, end - start))
    placed = anchor(annotation(selector), text)
    assert (placed.start, placed.end) == (start + inner_start, end)


@PROPERTY
@given(text_and_span())
def test_a_quote_that_is_not_there_is_orphaned_with_its_reason(case):
    text, _start, _end = case
    placed = anchor(annotation({"type": "TextQuoteSelector", "exact": "\u2603 absent"}), text)
    assert placed.status is AnchorStatus.ORPHANED and "not in the text" in placed.anchor_note


json_scalars = st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=12)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                           max_leaves=8)
extension_keys = st.text(min_size=1, max_size=10).filter(
    lambda k: not k.startswith("parallax:") and k not in {
        "id", "type", "@type", "@id", "target", "body", "bodyValue", "created", "modified",
        "uri", "user", "rows", "@graph", "items", "first"})
bodies = st.lists(st.one_of(
    st.builds(lambda v: {"type": "TextualBody", "purpose": "tagging", "value": v},
              st.text(min_size=1, max_size=10)),
    st.builds(lambda v, lang: {"type": "TextualBody", "value": {"@value": v, "@language": lang}},
              st.text(min_size=1, max_size=10), st.sampled_from(["en", "fr"])),
    st.builds(lambda v: {"type": "TextualBody", "value": v, "purpose": "commenting",
                         "creator": "http://x/u"}, st.text(min_size=1, max_size=10)),
    st.sampled_from(["http://example.org/iri", {"type": "SpecificResource",
                                                "source": "http://www.wikidata.org/Q1"}]),
), max_size=4)


@PROPERTY
@given(text_and_span(), bodies, st.dictionaries(extension_keys, json_values, max_size=4),
       st.booleans(), st.booleans())
def test_load_save_keeps_everything_but_parallax_fields(case, body, extra, with_id, dated):
    text, start, end = case
    item: dict[str, Any] = {"type": "Annotation", **extra}
    if with_id:
        item["id"] = "http://example.org/anno/1"
    if dated:
        item["created"] = "2015-01-28T12:00:00Z"
    if body:
        item["body"] = body
    item["target"] = {"source": f"file:///x/{NAME}", "selector": [
        quote(text, start, end, 5), {"type": "XPathSelector", "value": "/p[1]"}]}
    loaded = collection_from_json([json.loads(json.dumps(item))]).annotations
    anchored = anchor_all(loaded, [article(text)])
    saved = json.loads(set_to_text(AnnotationSet(anchored, collection_id="urn:c")))
    written = saved["first"]["items"][0]
    expected = dict(item)
    if not with_id:
        expected = {"id": written["id"], **item}
        assert written["id"].startswith("urn:uuid:")
    assert {k: v for k, v in written.items() if k not in PARALLAX_FIELDS} == expected
    again = anchor_all(collection_from_json(saved).annotations, [article(text)])
    assert set_to_text(AnnotationSet(again, collection_id="urn:c")) == set_to_text(
        AnnotationSet(anchored, collection_id="urn:c"))
