"""A JSON-LD file that names the Web Annotation terms its own way in its `@context` is read as
those terms (tester T18: `{"quote": "oa:exact", "page": "oa:hasSource", "comment":
"oa:bodyValue"}` was refused, "missing or empty" at `exact`). No Qt."""

from __future__ import annotations

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
