"""Read one annotation in any shape a conforming tool writes, keeping what Parallax does not use.

The general path behind `w3c.annotation_from_json` (whose fast path takes Parallax's own exact
shape): a W3C annotation with or without dates, `@context`, `motivation` or an `id`; a
Hypothesis API annotation (converted by `hypothesis.to_w3c`); an AnnotatorJS one
(`annotatorjs.to_w3c`); one in Annotorious' core model (`annotorious.to_w3c`); Open
Annotation, `oa:`-prefixed or expanded JSON-LD (`open_annotation`), and a W3C one written with
JSON-LD's keywords (`"@id"`, `"@type": "oa:Annotation"`: given the context's terms,
`open_annotation.with_compact_keywords`); any target and selectors
(`selectors`), any bodies (`bodies`). The result carries the target's
evidence, for anchoring, and the JSON as read (`KeptJson`), so that saving writes back everything
Parallax does not use unchanged. An annotation without an `id` gets a name-based `urn:uuid:`
derived from its content, so importing the same file twice merges instead of duplicating. No Qt.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from typing import Any

from . import annotatorjs, annotorious, hypothesis, open_annotation
from .bodies import KeptJson, read_bodies
from .context_aliases import with_context_aliases
from .dates import epoch_date, is_epoch_number
from .fields import (
    ORIGINAL_ID_KEY,
    FormatError,
    check_nesting,
    has_type,
    kind,
    literal,
    optional_string,
    short,
)
from .json_input import repeated_key_at
from .keeping import foreign_blocks_as_json
from .model import AnchorStatus, Annotation, normalise_tags
from .other_formats import other_tools_record
from .selectors import first_text_values, target_evidence, with_numeric_offsets

PARALLAX_ITEM_KEYS = ("parallax:claim", "parallax:status", "parallax:originalExact",
                      "parallax:article", "parallax:fileName", "parallax:placed",
                      "parallax:movedFrom")
"""Parallax's own annotation-level fields: read, then written afresh (never kept)."""
PARALLAX_TARGET_KEYS = ("parallax:article", "parallax:fileName")
_ID_NAMESPACE = uuid.UUID("6f1c3d2e-9b1a-4c55-8e0f-5061726c6c78")


def read_item(item: object, where: str) -> Annotation:
    """One annotation from its JSON value; raises FormatError naming the bad field."""
    if isinstance(item, str) and item:
        # An annotation server's container page asked for IRIs only (W3C protocol,
        # PreferContainedIRIs): the file names annotations without holding them.
        raise FormatError(where, f"an annotation given only by its IRI ({short(item)}), not its "
                                 "content; export the annotations with their descriptions")
    if not isinstance(item, dict):
        raise FormatError(where, f"expected an Annotation object, got {kind(item)}")
    check_nesting(item, where)
    repeated_key_at(item, where)
    item = with_context_aliases(item)
    read = foreign_blocks_as_json(item)
    if read is not item:
        check_nesting(read, where)  # (a block written as text is as deep once read)
    item = read
    converted = _from_another_format(item)
    # (where it has no id, one is derived from the item as written: `_content_for_id`)
    as_written = item if converted is None else converted
    item = open_annotation.with_compact_keywords(item) if converted is None else converted
    if "target" in item:
        item = {**item, "target": with_numeric_offsets(item["target"])}
    kind_value = item.get("type", item.get("@type"))
    if kind_value is not None and not has_type(kind_value, "Annotation"):
        raise FormatError(f"{where}.type", f"expected \"Annotation\", got {short(kind_value)}")
    if kind_value is None and "target" not in item:
        other = other_tools_record(item)
        raise FormatError(where, "not an annotation: it has no type and no target" + (
            f" (it is {other}, a format Parallax does not read)" if other else ""))
    original_id = item.get(ORIGINAL_ID_KEY)
    if isinstance(original_id, str) and original_id.strip():
        # (an export that had to change the id kept it: the same annotation again)
        item = {"id": original_id, **{k: v for k, v in item.items()
                                      if k not in ("id", "@id", ORIGINAL_ID_KEY)}}
    kept_item = _without_parallax_fields(item)
    annotation_id = item.get("id", item.get("@id"))
    if isinstance(annotation_id, str) and (annotation_id.startswith("_:")
                                           or not annotation_id.strip()):
        # A blank node (RDF tools name an annotation without an IRI so) is no id: it changes
        # with every export, and importing the file again would duplicate the annotation. An
        # empty one is none either (Thorium Reader writes `"id": ""` for a note it has no
        # uuid for).
        kept_item = {k: v for k, v in kept_item.items() if k not in ("id", "@id")}
        annotation_id = None
    if annotation_id is None:
        annotation_id = derived_id(_content_for_id(as_written))
        kept_item = {"id": annotation_id, **kept_item}
    elif not isinstance(annotation_id, str) or not annotation_id:
        raise FormatError(f"{where}.id", f"expected a non-empty IRI string, got "
                                         f"{short(annotation_id)}")
    created = _date(item, "created", where)
    modified = _date(item, "modified", where)
    for key, date in (("created", created), ("modified", modified)):
        if isinstance(kept_item.get(key), (int, float)):
            # The model's dates are xsd:dateTime strings: a number is written back as the date
            # it was read as (and one that is no date, not at all).
            kept_item = {**kept_item, key: date} if date is not None else {
                k: v for k, v in kept_item.items() if k != key}
    bodies = read_bodies(item, where)
    evidence = target_evidence(item.get("target"), f"{where}.target")
    titles = hypothesis.page_titles(item)
    if titles:
        evidence = replace(evidence, page_titles=titles)
    target = item.get("target")
    target_fields = target if isinstance(target, dict) else {}
    target_where = f"{where}.target"
    article_id = (optional_string(target_fields, "parallax:article", target_where)
                  or optional_string(item, "parallax:article", where) or "")
    file_name = (
        optional_string(target_fields, "parallax:fileName", target_where, allow_empty=False)
        or optional_string(item, "parallax:fileName", where, allow_empty=False))
    status_text = optional_string(item, "parallax:status", where)
    try:
        status = AnchorStatus(status_text) if status_text else AnchorStatus.ANCHORED
    except ValueError:
        raise FormatError(f"{where}.parallax:status",
                          f"unknown status {status_text!r} (expected one of "
                          f"{', '.join(s.value for s in AnchorStatus)})") from None
    tags = normalise_tags(bodies.tags)
    note = bodies.notes[0] if bodies.notes else ""
    exact, prefix, suffix, start, end = first_text_values(evidence)
    placed = _placed(item, whole=not evidence.selectors)
    if status is not AnchorStatus.ORPHANED and placed is not None:
        # (where Parallax placed it when it last saved the file, in the article's own text: the
        # tool's selectors may count another text's positions, or none, and a file the command
        # line merged into is saved without anchoring what it already held)
        exact, start, end = placed
    return Annotation(
        id=annotation_id,
        article_id=article_id,
        source=evidence.source or "",
        start=start,
        end=end,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        tags=tags,
        note=note,
        claim=optional_string(item, "parallax:claim", where, allow_empty=False),
        created=created,
        modified=modified,
        file_name=file_name,
        status=status,
        original_exact=optional_string(item, "parallax:originalExact", where),
        moved_from=optional_string(item, "parallax:movedFrom", where, allow_empty=False),
        other_notes=bodies.notes[1:] + bodies.nested,
        links=bodies.links,
        evidence=evidence,
        kept=KeptJson(json.dumps(kept_item, ensure_ascii=False), tags, note, modified),
    )


def _from_another_format(item: dict[str, Any]) -> dict[str, Any] | None:
    """A Hypothesis, AnnotatorJS, Annotorious or Open Annotation item converted to a W3C one;
    None for a W3C one (which may still use JSON-LD's keywords)."""
    if hypothesis.is_hypothesis_annotation(item):
        return hypothesis.to_w3c(item)
    if annotatorjs.is_annotatorjs_annotation(item):
        return annotatorjs.to_w3c(item)
    if annotorious.is_core_annotation(item):
        return annotorious.to_w3c(item)
    if open_annotation.is_open_annotation(item):
        return open_annotation.to_w3c(item)
    return None


def _placed(item: dict[str, Any], *, whole: bool) -> tuple[str, int, int] | None:
    """(exact, start, end) of an annotation's `parallax:placed` selectors (`keeping`), or None
    where it has none or they are not as Parallax writes them (then the tool's selectors
    stand, and the field is written anew at the next save). A note on the `whole` article has
    its position only (its words are the article's body, not stored): its quote is then ""
    until it is anchored again, which every reader of the file but a merge does."""
    placed = item.get("parallax:placed")
    if not isinstance(placed, list):
        return None
    quote = next((s for s in placed if isinstance(s, dict)
                  and s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in placed if isinstance(s, dict)
                     and s.get("type") == "TextPositionSelector"), None)
    if position is None or (quote is None and not whole):
        return None
    exact = quote.get("exact") if quote is not None else ""
    start, end = position.get("start"), position.get("end")
    if not (isinstance(exact, str) and type(start) is int and type(end) is int
            and 0 <= start <= end and (quote is None or end - start == len(exact))):
        return None
    return exact, start, end


def derived_id(item: dict[str, Any]) -> str:
    """A stable `urn:uuid:` for an annotation written without an id (same content, same id;
    the blank-node ids of its parts, new at each export of a graph, do not count)."""
    canonical = json.dumps(_without_blank_ids(item), ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, canonical)}"


def _content_for_id(as_written: dict[str, Any]) -> dict[str, Any]:
    """What an annotation without an id has its id derived from: the item as its tool wrote it
    (converted from another tool's format), before JSON-LD's keywords are given the context's
    terms (`open_annotation.with_compact_keywords`), with its position selectors' offsets as
    numbers and without Parallax's fields or a blank or empty id. Derived from the compacted
    item, one written with `"@type"` got another id than it had before the compaction was
    added, and importing the same file again duplicated it."""
    item = as_written
    if "target" in item:
        item = {**item, "target": with_numeric_offsets(item["target"])}
    return {key: value for key, value in _without_parallax_fields(item).items()
            if key not in ("id", "@id")}


def _without_blank_ids(value: object) -> object:
    if isinstance(value, list):
        return [_without_blank_ids(inner) for inner in value]
    if isinstance(value, dict):
        return {key: _without_blank_ids(inner) for key, inner in value.items()
                if not (key in ("id", "@id") and isinstance(inner, str)
                        and inner.startswith("_:"))}
    return value


def _date(item: dict[str, Any], key: str, where: str) -> str | None:
    """A date as written (kept verbatim, whatever its precision); absent stays absent; a
    number of seconds or milliseconds since 1970, when it can mean one date only, as that
    date; any other number (`0`, which some tools write for "unknown") as no date."""
    value = literal(item.get(key))  # (`{"@value": "...", "@type": "xsd:dateTime"}`)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return epoch_date(value) if is_epoch_number(value) else None
    if not isinstance(value, str):
        raise FormatError(f"{where}.{key}", f"expected a date-time string, got {kind(value)}")
    return value


def _without_parallax_fields(item: dict[str, Any]) -> dict[str, Any]:
    kept = {key: value for key, value in item.items() if key not in PARALLAX_ITEM_KEYS}
    target = kept.get("target")
    if isinstance(target, dict) and any(key in target for key in PARALLAX_TARGET_KEYS):
        kept["target"] = {k: v for k, v in target.items() if k not in PARALLAX_TARGET_KEYS}
    return kept
