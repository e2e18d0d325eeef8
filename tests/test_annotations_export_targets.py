"""What an export writes of another tool's target: the target an annotation is placed by, so
that the file read back places it again. No Qt."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.export import export_bytes
from viewer.annotations.hypothesis_export import hypothesis_export
from viewer.annotations.model import AnchorStatus
from viewer.annotations.readium_export import readium_export_text
from viewer.annotations.w3c import collection_from_json
from viewer.cli import main
from viewer.corpus import Article

PAGE = "https://news.example.com/cjk"
ARTICLE = Article("cjk", "东京消息：政府表示，共有二十二枚导弹击中两个基地。", "CJK", url=PAGE)


def annotation_item(target: object) -> dict[str, Any]:
    return {"id": "urn:uuid:00000000-0000-4000-8000-000000000008", "type": "Annotation",
            "motivation": "highlighting", "target": target}


def test_the_readium_set_keeps_the_target_of_several_that_places_the_annotation():
    """A CSS selector on another page listed first: the set held only it, and read back the
    annotation was orphaned."""
    targets = [{"source": "https://news.example.com/emoji-report",
                "selector": {"type": "CssSelector", "value": "p:nth-child(2)"}},
               {"source": PAGE, "selector": {"type": "TextQuoteSelector", "exact": "二十二枚导弹"}}]
    parsed = collection_from_json(annotation_item(targets))
    [placed] = anchor_all(parsed.annotations, [ARTICLE])
    assert placed.status is AnchorStatus.ANCHORED
    out = json.loads(readium_export_text([placed], (), set_id=parsed.collection_id, title="t"))
    assert out["items"][0]["target"]["source"] == PAGE
    [again] = anchor_all(collection_from_json(out).annotations, [ARTICLE])
    assert again.status is AnchorStatus.ANCHORED
    assert (again.start, again.end) == (placed.start, placed.end)


def hypothesis_targets(items: list[dict[str, Any]]) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The targets the Hypothesis export writes for `items`, orphaned (no article here), by
    id, and the ids it says could carry no selector."""
    orphans = anchor_all(collection_from_json(items).annotations, [])
    made = hypothesis_export(orphans, [])
    rows = json.loads(made.text)["annotations"]
    return {row["id"]: row["target"] for row in rows}, made.without_selector


def test_a_targeted_orphan_keeps_a_selector_in_the_hypothesis_export():
    """A quote refining a FragmentSelector, or a position alone, went out as the page alone:
    Hypothesis read a page note."""
    page = "http://example.org/page1"
    refined = {"id": "urn:x:refined", "type": "Annotation", "target": {
        "source": page, "selector": {
            "type": "FragmentSelector", "value": "para5",
            "refinedBy": {"type": "TextQuoteSelector", "exact": "Selected Text",
                          "prefix": "text before the ", "suffix": " and text after it"}}}}
    position = {"id": "urn:x:position", "type": "Annotation", "target": {
        "source": page, "selector": {"type": "TextPositionSelector", "start": 412, "end": 795}}}
    css = {"id": "urn:x:css", "type": "Annotation", "target": {
        "source": page, "selector": {"type": "CssSelector", "value": "#elemid > p"}}}
    whole_page = {"id": "urn:x:page", "type": "Annotation", "target": page}
    targets, without_selector = hypothesis_targets([refined, position, css, whole_page])
    assert targets["urn:x:refined"] == [{"source": page, "selector": [
        {"type": "TextQuoteSelector", "exact": "Selected Text", "prefix": "text before the ",
         "suffix": " and text after it"}]}]
    assert targets["urn:x:position"] == [{"source": page, "selector": [
        {"type": "TextPositionSelector", "start": 412, "end": 795}]}]
    # (a selector Hypothesis' client does not read is kept, as its API keeps any: a page
    # note came back to Parallax placed on the whole article, tester60 #7)
    assert targets["urn:x:css"] == [{"source": page, "selector": [
        {"type": "CssSelector", "value": "#elemid > p"}]}]
    assert targets["urn:x:page"] == [{"source": page}]
    assert without_selector == ()


def test_an_orphan_with_its_selectors_in_a_choice_keeps_them_in_the_hypothesis_export():
    page = "http://example.org/page1"
    css = {"type": "CssSelector", "value": "#elemid > p"}
    choice = {"id": "urn:x:choice", "type": "Annotation", "target": {
        "type": "Choice", "items": [{"source": page, "selector": css}]}}
    targets, without_selector = hypothesis_targets([choice])
    assert targets["urn:x:choice"] == [{"source": page, "selector": [css]}]
    assert without_selector == ()


def test_the_export_says_which_annotations_went_out_as_page_notes():
    """An orphan whose selectors are at hand in no JSON (one made, not read) can only be
    the page alone: said."""
    css = {"id": "urn:x:css", "type": "Annotation", "target": {
        "source": "http://example.org/page1",
        "selector": {"type": "CssSelector", "value": "#elemid > p"}}}
    orphans = anchor_all(collection_from_json([css]).annotations, [])
    made = hypothesis_export([replace(orphan, kept=None) for orphan in orphans], [])
    assert json.loads(made.text)["annotations"][0]["target"] == [
        {"source": "http://example.org/page1"}]
    assert made.without_selector == ("urn:x:css",)


def test_the_command_says_an_orphan_with_css_selectors_is_kept(tmp_path, capsys):
    css = {"id": "urn:x:css", "type": "Annotation", "target": {
        "source": "http://example.org/page1",
        "selector": {"type": "CssSelector", "value": "#elemid > p"}}}
    source = tmp_path / "css.json"
    source.write_text(json.dumps([css]), encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Some words.\n", encoding="utf-8")
    code = main(["export", str(source), "--corpus", str(corpus), "--format", "hypothesis",
                 "-o", str(tmp_path / "out.json")])
    assert code == 0
    said = capsys.readouterr().err
    assert "1 of 1 annotation is orphaned" in said and "it is kept in the export" in said
    assert "page note" not in said


def exported_page(document: dict[str, Any]) -> dict[str, Any]:
    parsed = collection_from_json(document)
    written = json.loads(export_bytes("jsonld", parsed.annotations, parsed.claims, [],
                                      collection_id=parsed.collection_id, title="t",
                                      collection_extra=parsed.extra, page_id=parsed.page_id))
    page: dict[str, Any] = written["first"]
    assert page["partOf"] == written["id"] == parsed.collection_id
    return page


def test_the_page_of_an_exported_collection_is_never_the_collection():
    """An http collection id was given to its page as well: JSON-LD read one node that was
    both collection and page."""
    item = {"id": "urn:x:1", "type": "Annotation", "target": "http://example.org/page1"}
    collection = {"id": "http://example.org/collection1", "type": "AnnotationCollection",
                  "first": {"id": "http://example.org/collection1/page1",
                            "type": "AnnotationPage", "items": [item]}}
    assert exported_page(collection)["id"] == "http://example.org/collection1/page1"
    # A page without an id, or the page Parallax wrote with the collection's own id, gets one
    # of its own, as for a urn: collection.
    for page_id in ({}, {"id": "http://example.org/collection1"}):
        collection["first"] = {**page_id, "type": "AnnotationPage", "items": [item]}
        assert exported_page(collection)["id"] == "http://example.org/collection1#page-1"
    collection["id"] = "http://example.org/all#annotations"
    collection["first"] = {"type": "AnnotationPage", "items": [item]}
    assert exported_page(collection)["id"] == "http://example.org/all#annotations-page-1"
