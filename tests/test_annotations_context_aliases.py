"""A JSON-LD file that names the Web Annotation terms its own way in its `@context` is read as
those terms (tester T18: `{"quote": "oa:exact", "page": "oa:hasSource", "comment":
"oa:bodyValue"}` was refused, "missing or empty" at `exact`). No Qt."""

from __future__ import annotations

import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.context_aliases import with_context_aliases
from viewer.annotations.model import AnchorStatus
from viewer.annotations.w3c import collection_from_json
from viewer.corpus import Article

W3C = "http://www.w3.org/ns/anno.jsonld"
TEXT = "Iraq's military said that a total of 22 missiles struck two bases housing US troops."
PAGE = "https://news.example.org/strike"
ALIASES = {"quote": "oa:exact", "page": "oa:hasSource", "comment": "oa:bodyValue",
           "about": {"@id": "http://www.w3.org/ns/oa#hasTarget"}, "how": "oa:hasSelector",
           "Quote": "oa:TextQuoteSelector", "remark": "oa:commenting", "why": "oa:motivatedBy",
           "oa": "http://www.w3.org/ns/oa#"}


def _item(number: int, context: object) -> dict:
    return {"@context": context, "id": f"urn:x:{number}", "type": "Annotation",
            "why": "remark", "comment": "the army's count",
            "about": {"page": PAGE, "how": {"type": "Quote", "quote": "22 missiles"}}}


def test_an_annotation_s_own_aliases_are_read_as_the_terms_they_stand_for() -> None:
    story = Article("story", TEXT, "Story", url=PAGE)
    (read,) = anchor_all(collection_from_json(_item(1, [W3C, ALIASES])).annotations, [story])
    assert (read.status, read.article_id, read.exact) == (AnchorStatus.ANCHORED, "story",
                                                          "22 missiles")
    assert (read.note, read.motivation) == ("the army's count", "commenting")


def test_a_collection_s_aliases_hold_for_its_annotations() -> None:
    collection = {"@context": [W3C, ALIASES], "type": "AnnotationCollection",
                  "first": {"type": "AnnotationPage",
                            "items": [{k: v for k, v in _item(n, W3C).items()
                                       if k != "@context"} for n in range(2)]}}
    story = Article("story", TEXT, "Story", url=PAGE)
    read = anchor_all(collection_from_json(collection).annotations, [story])
    assert [(a.status, a.exact) for a in read] == [(AnchorStatus.ANCHORED, "22 missiles")] * 2


def test_only_aliases_of_known_terms_are_renamed_and_the_term_itself_wins() -> None:
    """A key the context maps to another vocabulary stays; where the file writes both an alias
    and the term it stands for, neither is lost; the context itself is kept as written."""
    context = [W3C, {"quote": "oa:exact", "rating": "http://schema.org/ratingValue"}]
    item = {"@context": context, "rating": 3,
            "selector": {"quote": "a", "exact": "b", "nested": {"quote": "c"}}}
    assert with_context_aliases(item) == {
        "@context": context, "rating": 3,
        "selector": {"quote": "a", "exact": "b", "nested": {"exact": "c"}}}
    plain = {"@context": W3C, "quote": "x"}
    assert with_context_aliases(plain) is plain


OA_2013 = {"oa": "http://www.w3.org/ns/oa#", "cnt": "http://www.w3.org/2011/content#",
           "hasBody": {"@id": "oa:hasBody", "@type": "@id"},
           "hasTarget": {"@id": "oa:hasTarget", "@type": "@id"},
           "hasSource": {"@id": "oa:hasSource", "@type": "@id"},
           "hasSelector": {"@id": "oa:hasSelector", "@type": "@id"},
           "motivatedBy": {"@id": "oa:motivatedBy", "@type": "@id"},
           "chars": "cnt:chars", "exact": "oa:exact"}
"""The Open Annotation community draft's own context (2013), inlined as its examples did."""


def test_an_open_annotation_with_its_context_inlined_is_read_as_open_annotation() -> None:
    """Its context defines `hasBody`, `hasTarget` and `chars`: read as Open Annotation, so its
    oa:Tag body is a tag (review of ce1e05e: renamed as aliases, the item looked like a W3C one,
    the Open Annotation reading never ran and the tag came in as a second note)."""
    item = {"@context": OA_2013, "@id": "urn:x:1", "@type": "oa:Annotation",
            "motivatedBy": "oa:commenting",
            "hasBody": [{"@type": "cnt:ContentAsText", "chars": "the army's count"},
                        {"@type": ["oa:Tag", "cnt:ContentAsText"], "chars": "figures"}],
            "hasTarget": {"@type": "oa:SpecificResource", "hasSource": PAGE,
                          "hasSelector": {"@type": "oa:TextQuoteSelector",
                                          "exact": "22 missiles"}}}
    story = Article("story", TEXT, "Story", url=PAGE)
    (read,) = anchor_all(collection_from_json(item).annotations, [story])
    assert (read.status, read.exact) == (AnchorStatus.ANCHORED, "22 missiles")
    assert (read.note, read.tags, read.other_notes) == ("the army's count", ("figures",), ())


def test_a_context_on_a_target_holds_inside_it() -> None:
    """A context is a node's, whichever node: one given on the target alone names the
    target's keys (review of ce1e05e: only the file's and the annotation's were looked at)."""
    target = {"@context": {"page": "oa:hasSource", "how": "oa:hasSelector",
                           "quote": "oa:exact", "Quote": "oa:TextQuoteSelector"},
              "page": PAGE, "how": {"type": "Quote", "quote": "22 missiles"}}
    item = {"@context": W3C, "id": "urn:x:1", "type": "Annotation",
            "bodyValue": "the army's count", "target": target}
    story = Article("story", TEXT, "Story", url=PAGE)
    (read,) = anchor_all(collection_from_json(item).annotations, [story])
    assert (read.status, read.article_id, read.exact) == (AnchorStatus.ANCHORED, "story",
                                                          "22 missiles")
    (in_collection,) = anchor_all(collection_from_json(
        {"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [
            {k: v for k, v in item.items() if k != "@context"}]}}).annotations, [story])
    assert (in_collection.status, in_collection.exact) == (AnchorStatus.ANCHORED, "22 missiles")


@pytest.mark.parametrize("in_collection", [False, True])
def test_a_w3c_annotation_whose_context_aliases_an_open_annotation_key_reads_it(
        in_collection: bool) -> None:
    """`"hasBody": "oa:hasBody"`, `"motivatedBy": "oa:motivatedBy"` in the context of an
    annotation with a W3C `target`: the Open Annotation reader never reads it (it has a target),
    so leaving those aliases to it lost the note, and made a tag a note (review of 4678c36).
    Only in an annotation that reader converts are they left to it."""
    context = [W3C, {"hasBody": {"@id": "oa:hasBody"}, "motivatedBy": "oa:motivatedBy"}]
    target = {"source": PAGE, "selector": {"type": "TextQuoteSelector", "exact": "22 missiles"}}
    noted = {"id": "urn:x:1", "type": "Annotation", "target": target,
             "hasBody": {"type": "TextualBody", "value": "my note"}}
    tagged = {"id": "urn:x:2", "type": "Annotation", "target": target,
              "motivatedBy": "oa:tagging", "hasBody": {"type": "TextualBody", "value": "figures"}}
    document: object = [{"@context": context, **noted}, {"@context": context, **tagged}]
    if in_collection:
        document = {"@context": context, "type": "AnnotationCollection", "first": {
            "type": "AnnotationPage", "items": [noted, tagged]}}
    story = Article("story", TEXT, "Story", url=PAGE)
    note, tag = anchor_all(collection_from_json(document).annotations, [story])
    assert (note.status, note.note, note.tags) == (AnchorStatus.ANCHORED, "my note", ())
    assert (tag.status, tag.note, tag.tags) == (AnchorStatus.ANCHORED, "", ("figures",))
