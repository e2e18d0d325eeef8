"""Write back an annotation another tool made: its JSON as read, plus only what changed here.

What changes, and nothing else: the bodies when the user changed the tags or the first comment
(`bodies.write_bodies`), `modified` when the user edited it, and Parallax's own fields, added at
the end of the annotation -- `parallax:claim` (when linked to a claim group), `parallax:status`,
and `parallax:article` and `parallax:fileName` -- and a `source` for a target that has none,
once it is anchored. The target, selectors, `motivation`, `creator`, `generator`, `rights`,
other bodies, dates and unknown properties are written as they were read, even when the
article's text moved (the target is re-anchored from them at every load). No Qt.
"""

from __future__ import annotations

import json
from typing import Any, TypeGuard

from .bodies import write_bodies
from .model import AnchorStatus, Annotation

FOREIGN_BLOCKS = ("parallax:hypothesis", "parallax:annotatorjs")
"""Where an annotation converted from Hypothesis' or AnnotatorJS' shape keeps the fields W3C has
no place for, as they came (`hypothesis.EXTENSION_KEY`, `annotatorjs.EXTENSION_KEY`)."""


def foreign_blocks_as_text(item: dict[str, Any]) -> dict[str, Any]:
    """`item` with each kept block written as a JSON string: as an object its keys are JSON-LD
    terms of the W3C context ("id" is `@id`), and AnnotatorJS' numeric `"id": 39` made the
    whole file invalid JSON-LD (processors refuse it: "@id value must be a string"; the other
    keys they dropped). A string is a literal every processor keeps."""
    return {key: json.dumps(value, ensure_ascii=False)
            if key in FOREIGN_BLOCKS and isinstance(value, dict) else value
            for key, value in item.items()}


def foreign_blocks_as_json(item: dict[str, Any]) -> dict[str, Any]:
    """`item` with each kept block written as text (`foreign_blocks_as_text`) an object again
    (files written before are objects already)."""
    if not any(isinstance(item.get(key), str) for key in FOREIGN_BLOCKS):
        return item
    read = dict(item)
    for key in FOREIGN_BLOCKS:
        text = item.get(key)
        if isinstance(text, str) and text.startswith("{"):
            try:
                value = json.loads(text)
            except (ValueError, RecursionError):
                continue  # (kept as the text it is)
            if isinstance(value, dict):
                read[key] = value
    return read


def kept_item_json(annotation: Annotation) -> dict[str, Any]:
    """The JSON to save for an annotation read from another tool's file (`annotation.kept`)."""
    kept = annotation.kept
    assert kept is not None, "only annotations read from another tool's JSON are kept"
    item: dict[str, Any] = foreign_blocks_as_text(json.loads(kept.item))
    if annotation.tags != kept.tags or annotation.note != kept.note:
        write_bodies(item, annotation.tags, annotation.note)
    if annotation.modified != kept.modified and annotation.modified is not None:
        item["modified"] = annotation.modified
    if annotation.claim is not None:
        item["parallax:claim"] = annotation.claim
    item["parallax:status"] = annotation.status.value
    target = item.get("target")
    if annotation.source and annotation.status is not AnchorStatus.ORPHANED:
        # A target with selectors but no source (Recogito writes them so, for the document at
        # hand, and text-annotator-js one per range; other tools name the page by the target's
        # `id`) is no valid SpecificResource elsewhere: it gets the article it is anchored in.
        if _sourceless(target):
            item["target"] = {"source": annotation.source, **target}
        elif isinstance(target, list) and any(_sourceless(t) for t in target):
            item["target"] = [{"source": annotation.source, **t} if _sourceless(t) else t
                              for t in target]
    if annotation.article_id:
        item["parallax:article"] = annotation.article_id
    if annotation.file_name:
        item["parallax:fileName"] = annotation.file_name
    if annotation.status is not AnchorStatus.ORPHANED:
        # (where Parallax placed it, which the tool's own selectors may not say -- a fuzzy
        # match's words, a position counted otherwise: an export "with updated positions" gave
        # a French-speaking newcomer only the tool's quote)
        position = {"type": "TextPositionSelector", "start": annotation.start,
                    "end": annotation.end}
        # A note on the whole article is placed on its body at every load: its words are not
        # written again (100,000 page notes, each with its article's text, made a file of
        # 514 MB from one of 16 MB, and 5.4 GB of memory -- a fault tester's).
        item["parallax:placed"] = [position] if about_whole_article(annotation) else [
            {"type": "TextQuoteSelector", "exact": annotation.exact}, position]
    if annotation.original_exact is not None:
        item["parallax:originalExact"] = annotation.original_exact
    if annotation.moved_from is not None:
        item["parallax:movedFrom"] = annotation.moved_from
    return item


def about_whole_article(annotation: Annotation) -> bool:
    """Is `annotation` another tool's note on a whole page (its target names no segment)?"""
    return annotation.evidence is not None and not annotation.evidence.selectors


def _sourceless(target: object) -> TypeGuard[dict[str, Any]]:
    return isinstance(target, dict) and "selector" in target and "source" not in target
