"""Annotation files as other tools write them, beyond the shapes of test_annotations_interop:
bodies that take the annotation's motivation, Hypothesis rows with odd field types, and what
comes back out. Fixtures in tests/data/annotations/ (invented notes) point at seeds/."""

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
from viewer.loading import load_sample_corpus

DATA = Path(__file__).parent / "data" / "annotations"


@pytest.fixture(scope="module")
def articles():
    return load_sample_corpus().articles


def anchored(name: str, articles) -> dict[str, Annotation]:
    return {a.id: a for a in anchor_all(load_collection(DATA / name).annotations, articles)}


def saved_items(annotation_set: AnnotationSet) -> list[dict[str, Any]]:
    return json.loads(set_to_text(annotation_set))["first"]["items"]


def read_again(annotation_set: AnnotationSet) -> dict[str, Annotation]:
    return {a.id: a for a in collection_from_json(json.loads(set_to_text(annotation_set)))
            .annotations}


def test_bodies_without_purpose_take_the_motivation_tagging(articles):
    """W3C: a body without a purpose has the annotation's motivation (and `bodyValue` too,
    since the working group dropped its "always commenting" rule)."""
    found = anchored("w3c_motivation_tagging.jsonld", articles)
    first, second, third = (found[f"http://example.org/tagged/{n}"] for n in (1, 2, 3))
    assert (first.tags, first.note) == (("figures",), "")
    assert (second.tags, second.note) == (("place",), "")
    # Two motivations: a body without purpose stays a comment.
    assert (third.tags, third.note) == (("timeline",), "Which outlet said it first?")
    assert all(a.status is not AnchorStatus.ORPHANED for a in found.values())


def test_tags_from_the_motivation_are_edited_and_written_back_as_tags(articles):
    annotation_set = AnnotationSet(anchored("w3c_motivation_tagging.jsonld", articles).values())
    first, second = annotation_set[0], annotation_set[1]
    annotation_set.update(first.edited(tags=["figures", "disputed"], note="Iraq's count.",
                                       when="2026-12-03T08:00:00Z"))
    annotation_set.update(second.edited(tags=["base"], when="2026-12-03T08:00:00Z"))
    items = saved_items(annotation_set)
    assert items[0]["body"][0] == {"type": "TextualBody", "value": "figures"}  # kept as written
    assert "bodyValue" not in items[1]  # the removed tag
    again = read_again(annotation_set)
    assert again[first.id].tags == ("figures", "disputed")
    assert again[first.id].note == "Iraq's count."
    assert (again[second.id].tags, again[second.id].note) == (("base",), "")
    unchanged = AnnotationSet(anchored("w3c_motivation_tagging.jsonld", articles).values())
    annotation_set = AnnotationSet(unchanged)
    annotation_set.update(annotation_set[1].edited(tags=["place", "base"],
                                                   when="2026-12-03T08:00:00Z"))
    assert read_again(annotation_set)["http://example.org/tagged/2"].tags == ("place", "base")


@pytest.mark.parametrize(("tags", "expected", "kept"), [
    ("single", ("single",), None),
    (["a", 5, "", "b"], ("a", "b"), ["a", 5, "", "b"]),
    (7, (), 7),
    (None, (), None),
])
def test_hypothesis_tags_of_another_type_never_become_one_tag_a_character(tags, expected, kept):
    row = {"id": "Tg1", "uri": "http://x/a", "user": "acct:a@b", "tags": tags,
           "target": [{"source": "http://x/a", "selector": [
               {"type": "TextQuoteSelector", "exact": "word"}]}]}
    [annotation] = collection_from_json({"rows": [row]}).annotations
    assert annotation.tags == expected
    extension = json.loads(annotation.kept.item if annotation.kept else "{}").get(
        "parallax:hypothesis", {})
    assert extension.get("tags") == kept
