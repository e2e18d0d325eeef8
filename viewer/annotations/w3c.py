"""Convert annotations to and from a W3C Web Annotation `AnnotationCollection` (JSON-LD).

The document is plain Web Annotation: `@context` is the W3C context followed by a small
extension context that maps the `parallax:` prefix to the IRI `urn:x-parallax:` (a private
namespace, never dereferenced). JSON-LD processors expand the extension properties to full IRIs
and Web Annotation consumers ignore what they do not know, so the file stays valid:

  collection  `parallax:version` (schema version, integer), `parallax:claims` (the claim groups:
              `{"type": "parallax:ClaimGroup", "label": name, "parallax:description": text}`)
  annotation  `parallax:claim` (the claim group's label), `parallax:status` (anchored, moved,
              fuzzy, orphaned), `parallax:originalExact` (a fuzzy match's original quote)
  target      `parallax:article` (the article id) and `parallax:fileName`, so resolution can
              fall back to the file name when the folder moved

Reading validates every field it uses and reports the JSON path of the first bad one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

from .model import AnchorStatus, Annotation, AnnotationSet, ClaimGroup

SCHEMA_VERSION = 1
"""Version of the file layout this code writes and the newest it reads."""
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PARALLAX_NAMESPACE = "urn:x-parallax:"
EXTENSION_CONTEXT = {"parallax": PARALLAX_NAMESPACE}
MAX_SAFE_INTEGER = 2**53 - 1
"""Offsets beyond this cannot round-trip through every JSON reader; refuse them."""


class FormatError(ValueError):
    """The document is not a valid Parallax annotation collection; `where` is a JSON path."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class NewerVersionError(FormatError):
    """The document was written by a newer Parallax (higher `parallax:version`)."""

    def __init__(self, version: int) -> None:
        super().__init__(
            "$.parallax:version",
            f"written by a newer Parallax (file schema version {version}; this version reads "
            f"up to {SCHEMA_VERSION}); it is left untouched",
        )
        self.version = version


@dataclass(frozen=True)
class ParsedCollection:
    collection_id: str
    annotations: tuple[Annotation, ...]
    claims: tuple[ClaimGroup, ...]
    version: int


# -- writing --------------------------------------------------------------------------------


def annotation_to_json(annotation: Annotation) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in annotation.tags
    ]
    if annotation.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": annotation.note,
                     "format": "text/plain"})
    target: dict[str, Any] = {
        "source": annotation.source,
        "parallax:article": annotation.article_id,
    }
    if annotation.file_name:
        target["parallax:fileName"] = annotation.file_name
    target["selector"] = [
        {"type": "TextQuoteSelector", "exact": annotation.exact,
         "prefix": annotation.prefix, "suffix": annotation.suffix},
        {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
    ]
    item: dict[str, Any] = {
        "id": annotation.id,
        "type": "Annotation",
        "created": annotation.created,
        "modified": annotation.modified,
        "motivation": annotation.motivation,
    }
    if body:
        item["body"] = body
    item["target"] = target
    if annotation.claim is not None:
        item["parallax:claim"] = annotation.claim
    item["parallax:status"] = annotation.status.value
    if annotation.original_exact is not None:
        item["parallax:originalExact"] = annotation.original_exact
    return item


def collection_to_json(
    annotations: Iterable[Annotation], claims: Iterable[ClaimGroup], collection_id: str,
    *, label: str = "Parallax annotations",
) -> dict[str, Any]:
    items = [annotation_to_json(a) for a in annotations]
    claim_list = []
    for group in claims:
        entry: dict[str, Any] = {"type": "parallax:ClaimGroup", "label": group.name}
        if group.description:
            entry["parallax:description"] = group.description
        claim_list.append(entry)
    return {
        "@context": [W3C_CONTEXT, dict(EXTENSION_CONTEXT)],
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "parallax:version": SCHEMA_VERSION,
        "parallax:claims": claim_list,
        "total": len(items),
        "first": {
            "id": f"{collection_id}#page-1" if collection_id.startswith("urn:") else collection_id,
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
    }


def set_to_json(annotation_set: AnnotationSet) -> dict[str, Any]:
    return collection_to_json(annotation_set.annotations, annotation_set.claims,
                              annotation_set.collection_id)


def set_to_text(annotation_set: AnnotationSet) -> str:
    """The file text for `annotation_set`."""
    return dumps_collection(annotation_set.annotations, annotation_set.claims,
                            annotation_set.collection_id)


def dumps(document: dict[str, Any]) -> str:
    """A collection document as JSON text in the file layout (see `dumps_collection`)."""
    page = document.get("first")
    if not isinstance(page, dict) or not isinstance(page.get("items"), list):
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    return _layout(document, [_ENCODER.encode(item) for item in page["items"]])


def dumps_collection(annotations: Iterable[Annotation], claims: Iterable[ClaimGroup],
                     collection_id: str) -> str:
    """The collection as JSON text, one annotation per line: readable, diffable and fast.

    Equal to `dumps(collection_to_json(...))`; each line is written by `annotation_json_text`
    because building dicts and running the generic encoder is several times slower.
    """
    memo: dict[str, str] = {}
    lines = [annotation_json_text(a, memo) for a in annotations]
    head = collection_to_json((), claims, collection_id)
    head["total"] = len(lines)
    return _layout(head, lines)


def _layout(document: dict[str, Any], item_lines: list[str]) -> str:
    lines = ["{"]
    keys = list(document)
    for n, key in enumerate(keys):
        comma = "," if n < len(keys) - 1 else ""
        if key != "first":
            lines.append(f" {json.dumps(key)}: {_ENCODER.encode(document[key])}{comma}")
            continue
        page_head = {k: v for k, v in document["first"].items() if k != "items"}
        lines.append(f' "first": {_ENCODER.encode(page_head)[:-1]}, "items": [')
        last = len(item_lines) - 1
        lines.extend(line + ("," if i < last else "") for i, line in enumerate(item_lines))
        lines.append(f" ]}}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def annotation_json_text(a: Annotation, memo: dict[str, str] | None = None) -> str:
    """`json.dumps(annotation_to_json(a))`, built directly (the save path for big sets).

    `memo` caches the encoding of strings many annotations share (source, article, file name).
    """
    q = encode_basestring
    if memo is None:
        memo = {}

    def shared(value: str) -> str:
        encoded = memo.get(value)
        if encoded is None:
            encoded = memo[value] = q(value)
        return encoded

    body = [f'{{"type": "TextualBody", "purpose": "tagging", "value": {q(t)}}}' for t in a.tags]
    if a.note:
        body.append(f'{{"type": "TextualBody", "purpose": "commenting", "value": {q(a.note)}, '
                    '"format": "text/plain"}')
    parts = [f'{{"id": {q(a.id)}, "type": "Annotation", "created": {q(a.created)}, '
             f'"modified": {q(a.modified)}, "motivation": "{a.motivation}"']
    if body:
        parts.append(', "body": [' + ", ".join(body) + "]")
    parts.append(f', "target": {{"source": {shared(a.source)}, '
                 f'"parallax:article": {shared(a.article_id)}')
    if a.file_name:
        parts.append(f', "parallax:fileName": {shared(a.file_name)}')
    parts.append(f', "selector": [{{"type": "TextQuoteSelector", "exact": {q(a.exact)}, '
                 f'"prefix": {q(a.prefix)}, "suffix": {q(a.suffix)}}}, '
                 f'{{"type": "TextPositionSelector", "start": {int(a.start)}, '
                 f'"end": {int(a.end)}}}]}}')
    if a.claim is not None:
        parts.append(f', "parallax:claim": {q(a.claim)}')
    parts.append(f', "parallax:status": "{a.status.value}"')
    if a.original_exact is not None:
        parts.append(f', "parallax:originalExact": {q(a.original_exact)}')
    parts.append("}")
    return "".join(parts)


# -- reading --------------------------------------------------------------------------------


def collection_from_json(document: object) -> ParsedCollection:
    """Parse a loaded JSON value; raises FormatError (with a JSON path) when it is not valid."""
    if not isinstance(document, dict):
        raise FormatError("$", f"expected a JSON object (an AnnotationCollection), "
                               f"got {_kind(document)}")
    version = _version(document)
    _check_context(document)
    if not _has_type(document.get("type"), "AnnotationCollection"):
        raise FormatError("$.type", "expected \"AnnotationCollection\"")
    collection_id = _string(document, "id", "$")
    claims = _claims(document.get("parallax:claims", []), "$.parallax:claims")
    page = document.get("first")
    annotations: list[Annotation] = []
    if page is not None:
        if isinstance(page, str):
            raise FormatError("$.first", "pages stored in other files are not supported; "
                                         "embed the page with its items")
        if not isinstance(page, dict):
            raise FormatError("$.first", f"expected an AnnotationPage object, got {_kind(page)}")
        items = page.get("items", [])
        if not isinstance(items, list):
            raise FormatError("$.first.items", f"expected a list, got {_kind(items)}")
        seen: set[str] = set()
        for n, item in enumerate(items):
            where = f"$.first.items[{n}]"
            annotation = annotation_from_json(item, where)
            if annotation.id in seen:
                raise FormatError(f"{where}.id", f"duplicate annotation id {annotation.id!r}")
            seen.add(annotation.id)
            annotations.append(annotation)
    elif document.get("total", 0) not in (0, None):
        raise FormatError("$.first", "missing: the collection says it has annotations")
    return ParsedCollection(collection_id, tuple(annotations), claims, version)


def annotation_from_json(item: object, where: str) -> Annotation:
    """One annotation from its JSON value; raises FormatError naming the bad field."""
    fast = _fast_annotation(item)
    return fast if fast is not None else _careful_annotation(item, where)


_STATUSES = {status.value: status for status in AnchorStatus}


def _fast_annotation(item: object) -> Annotation | None:
    """The annotation when `item` has exactly the shape Parallax writes, else None.

    Loading 10,000 annotations must stay well under a second, so the common case skips the
    per-field bookkeeping of `_careful_annotation`; anything unusual or invalid goes there,
    which accepts more shapes and names the bad field. This must never accept what the careful
    path refuses.
    """
    try:
        if type(item) is not dict or item["type"] != "Annotation":
            return None
        annotation_id, created, modified = item["id"], item["created"], item["modified"]
        target = item["target"]
        source = target["source"]
        quote, position = target["selector"]
        if (type(annotation_id) is not str or not annotation_id or type(source) is not str
                or not source or quote["type"] != "TextQuoteSelector"
                or position["type"] != "TextPositionSelector"):
            return None
        exact, prefix, suffix = quote["exact"], quote.get("prefix", ""), quote.get("suffix", "")
        start, end = position["start"], position["end"]
        if (type(exact) is not str or not exact or type(prefix) is not str
                or type(suffix) is not str or type(start) is not int or type(end) is not int
                or not 0 <= start <= end <= MAX_SAFE_INTEGER):
            return None
        tags: list[str] = []
        note = ""
        for body in item.get("body", ()):
            value = body["value"]
            if type(value) is not str or body["type"] != "TextualBody":
                return None
            purpose = body["purpose"]
            if purpose == "tagging":
                tags.append(value)
            elif purpose == "commenting" and not note:
                note = value
            else:
                return None
        claim = item.get("parallax:claim")
        status = _STATUSES.get(item.get("parallax:status", "anchored"))
        article_id = target.get("parallax:article", "")
        file_name = target.get("parallax:fileName")
        original = item.get("parallax:originalExact")
        if (status is None or type(article_id) is not str
                or not (claim is None or (type(claim) is str and claim))
                or not (file_name is None or (type(file_name) is str and file_name))
                or not (original is None or type(original) is str)
                or not _is_datetime(created) or not _is_datetime(modified)):
            return None
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return Annotation(
        id=annotation_id, article_id=article_id, source=source, start=start, end=end,
        exact=exact, prefix=prefix, suffix=suffix,
        tags=tuple(dict.fromkeys(t for t in tags if t)), note=note, claim=claim,
        created=created, modified=modified, file_name=file_name, status=status,
        original_exact=original,
    )


_ISO_DATETIME = re.compile(
    r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
    r"(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)\Z")


def _is_datetime(value: object) -> bool:
    """An xsd:dateTime with seconds and a zone (a regular expression: fast, and what the
    schema checks too)."""
    return type(value) is str and _ISO_DATETIME.match(value) is not None


def _careful_annotation(item: object, where: str) -> Annotation:
    if not isinstance(item, dict):
        raise FormatError(where, f"expected an Annotation object, got {_kind(item)}")
    if not _has_type(item.get("type"), "Annotation"):
        raise FormatError(f"{where}.type", "expected \"Annotation\"")
    annotation_id = _string(item, "id", where)
    created = _datetime(item, "created", where)
    modified = _datetime(item, "modified", where)
    tags: list[str] = []
    notes: list[str] = []
    for n, body in enumerate(_as_list(item.get("body", []))):
        body_where = f"{where}.body[{n}]" if isinstance(item.get("body"), list) else f"{where}.body"
        if not isinstance(body, dict):
            raise FormatError(body_where, f"expected a TextualBody object, got {_kind(body)}")
        purpose = body.get("purpose")
        if purpose not in ("tagging", "commenting"):
            continue  # Other bodies (e.g. from other tools) carry nothing Parallax shows.
        value = _string(body, "value", body_where, allow_empty=True)
        (tags if purpose == "tagging" else notes).append(value)
    target = item.get("target")
    if not isinstance(target, dict):
        raise FormatError(f"{where}.target", f"expected an object with source and selectors, "
                                             f"got {_kind(target)}")
    target_where = f"{where}.target"
    source = _string(target, "source", target_where)
    quote: dict[str, Any] | None = None
    position: dict[str, Any] | None = None
    selectors = target.get("selector")
    for n, selector in enumerate(_as_list(selectors)):
        selector_where = (f"{target_where}.selector[{n}]" if isinstance(selectors, list)
                          else f"{target_where}.selector")
        if not isinstance(selector, dict):
            raise FormatError(selector_where, f"expected a selector object, got {_kind(selector)}")
        kind = selector.get("type")
        if kind == "TextQuoteSelector" and quote is None:
            quote = selector
            quote_where = selector_where
        elif kind == "TextPositionSelector" and position is None:
            position = selector
            position_where = selector_where
    if quote is None:
        raise FormatError(f"{target_where}.selector", "a TextQuoteSelector is required")
    if position is None:
        raise FormatError(f"{target_where}.selector", "a TextPositionSelector is required")
    exact = _string(quote, "exact", quote_where)
    prefix = _optional_string(quote, "prefix", quote_where) or ""
    suffix = _optional_string(quote, "suffix", quote_where) or ""
    start = _offset(position, "start", position_where)
    end = _offset(position, "end", position_where)
    if end < start:
        raise FormatError(f"{position_where}.end", f"end {end} is before start {start}")
    status_text = _optional_string(item, "parallax:status", where)
    try:
        status = AnchorStatus(status_text) if status_text else AnchorStatus.ANCHORED
    except ValueError:
        raise FormatError(f"{where}.parallax:status",
                          f"unknown status {status_text!r} (expected one of "
                          f"{', '.join(s.value for s in AnchorStatus)})") from None
    article_id = _optional_string(target, "parallax:article", target_where) or ""
    return Annotation(
        id=annotation_id,
        article_id=article_id,
        source=source,
        start=start,
        end=end,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        note="\n\n".join(n for n in notes if n),
        claim=_optional_string(item, "parallax:claim", where, allow_empty=False),
        created=created,
        modified=modified,
        file_name=_optional_string(target, "parallax:fileName", target_where, allow_empty=False),
        status=status,
        original_exact=_optional_string(item, "parallax:originalExact", where),
    )


def _version(document: dict[str, Any]) -> int:
    version = document.get("parallax:version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FormatError("$.parallax:version",
                          f"expected a whole number of at least 1, got {_short(version)}")
    if version > SCHEMA_VERSION:
        raise NewerVersionError(version)
    return version


def _check_context(document: dict[str, Any]) -> None:
    context = document.get("@context")
    values = context if isinstance(context, list) else [context]
    if W3C_CONTEXT not in values and W3C_CONTEXT.replace("http:", "https:") not in values:
        raise FormatError("$.@context", f"must include {W3C_CONTEXT!r} (not a Web Annotation "
                                        "document)")


def _claims(value: object, where: str) -> tuple[ClaimGroup, ...]:
    if not isinstance(value, list):
        raise FormatError(where, f"expected a list of claim groups, got {_kind(value)}")
    groups: dict[str, ClaimGroup] = {}
    for n, entry in enumerate(value):
        entry_where = f"{where}[{n}]"
        if not isinstance(entry, dict):
            raise FormatError(entry_where, f"expected a claim group object, got {_kind(entry)}")
        name = _string(entry, "label", entry_where)
        description = _optional_string(entry, "parallax:description", entry_where) or ""
        groups.setdefault(name, ClaimGroup(name, description))
    return tuple(groups.values())


def _has_type(value: object, wanted: str) -> bool:
    return value == wanted or (isinstance(value, list) and wanted in value)


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _string(obj: dict[str, Any], key: str, where: str, *, allow_empty: bool = False) -> str:
    if key not in obj:
        raise FormatError(f"{where}.{key}", "missing")
    value = obj[key]
    if not isinstance(value, str):
        raise FormatError(f"{where}.{key}", f"expected a string, got {_kind(value)}")
    if not value and not allow_empty:
        raise FormatError(f"{where}.{key}", "must not be empty")
    return value


def _optional_string(obj: dict[str, Any], key: str, where: str, *, allow_empty: bool = True
                     ) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FormatError(f"{where}.{key}", f"expected a string, got {_kind(value)}")
    if not value and not allow_empty:
        return None
    return value


def _datetime(obj: dict[str, Any], key: str, where: str) -> str:
    value = _string(obj, key, where)
    if not _is_datetime(value):
        raise FormatError(f"{where}.{key}", f"expected an ISO 8601 date-time with a time zone "
                                            f"(2026-11-20T10:00:00Z), got {_short(value)}")
    return value


def _offset(obj: dict[str, Any], key: str, where: str) -> int:
    if key not in obj:
        raise FormatError(f"{where}.{key}", "missing")
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise FormatError(f"{where}.{key}", f"expected a whole number, got {_kind(value)}")
    if not 0 <= value <= MAX_SAFE_INTEGER:
        raise FormatError(f"{where}.{key}", f"offset {_short(value)} is out of range")
    return value


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
