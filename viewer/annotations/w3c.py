"""Write annotations as a W3C Web Annotation `AnnotationCollection` (JSON-LD), and read them back.

The document is plain Web Annotation: `@context` is the W3C context followed by a small
extension context that maps the `parallax:` prefix to the IRI `urn:x-parallax:` (a private
namespace, never dereferenced). JSON-LD processors expand the extension properties to full IRIs
and Web Annotation consumers ignore what they do not know, so the file stays valid:

  collection  `parallax:version` (schema version, integer), `parallax:claims` (the claim groups:
              `{"type": "parallax:ClaimGroup", "label": name, "parallax:description": text,
              "parallax:verdict": {...}}`)
  annotation  `parallax:claim` (the claim group's label), `parallax:status` (anchored, moved,
              fuzzy, orphaned), `parallax:originalExact` (a fuzzy match's original quote),
              `parallax:movedFrom` (the file it was made on, where its words placed it in
              another, until the user confirms it), and on one read from another tool
              `parallax:placed` (where it was placed)
  target      `parallax:article` (the article id) and `parallax:fileName`, so resolution can
              fall back to the file name when the folder moved

Reading accepts every shape a conforming tool writes (`shapes`, `reading`); Parallax's own
annotations take a fast path that accepts only what it would write back identically. An
annotation read from another tool is written back as it was read, with only the user's changes
and Parallax's own fields (`keeping`). Errors report the JSON path of the first bad field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from typing import Any

from .annotation_set import AnnotationSet
from .claim_json import claim_to_json, claims_from_json
from .context_aliases import with_context_aliases
from .fast_reading import fast_annotation
from .fields import MAX_SAFE_INTEGER, FormatError, check_nesting, short, string
from .hypothesis import with_replies_placed
from .json_input import repeated_key_outside
from .keeping import kept_item_json
from .model import Annotation, ClaimGroup, new_annotation_id
from .reading import read_item
from .shapes import PageLoader, document_items
from .unpaired import UNPAIRED_PROBLEM, holds_unpaired_surrogate, unpaired_surrogate_at

__all__ = ["MAX_SAFE_INTEGER", "FormatError", "NewerVersionError", "ParsedCollection"]

SCHEMA_VERSION = 1
"""Version of the file layout this code writes and the newest it reads."""
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PARALLAX_NAMESPACE = "urn:x-parallax:"
EXTENSION_CONTEXT = {"parallax": PARALLAX_NAMESPACE}
COLLECTION_KEYS = ("@context", "id", "type", "label", "parallax:version", "parallax:claims",
                   "total", "first", "last", "items")
"""Collection properties Parallax writes itself; any others are kept (`extra`). (`items` on
the collection itself is read as annotations and written in its first page.)"""


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
    shape: str = "a Parallax annotation collection"
    native: bool = True
    """A collection Parallax wrote (it states `parallax:version`)."""
    problems: tuple[str, ...] = ()
    """What could not be read without making the file unusable (a page found nowhere)."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """The collection's other properties (label, creator...), written back as they were."""
    page_id: str | None = None
    """The id of the collection's one page as read (kept when written back), if it had one."""


# -- writing --------------------------------------------------------------------------------


def annotation_to_json(annotation: Annotation) -> dict[str, Any]:
    if annotation.kept is not None:
        return kept_item_json(annotation)
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
    item: dict[str, Any] = {"id": annotation.id, "type": "Annotation"}
    for key, date in (("created", annotation.created), ("modified", annotation.modified)):
        if date is not None:
            item[key] = date
    item["motivation"] = annotation.motivation
    if body:
        item["body"] = body
    item["target"] = target
    if annotation.claim is not None:
        item["parallax:claim"] = annotation.claim
    item["parallax:status"] = annotation.status.value
    if annotation.original_exact is not None:
        item["parallax:originalExact"] = annotation.original_exact
    if annotation.moved_from is not None:
        item["parallax:movedFrom"] = annotation.moved_from
    return item


def collection_to_json(
    annotations: Iterable[Annotation], claims: Iterable[ClaimGroup], collection_id: str,
    *, label: str = "Parallax annotations", extra: dict[str, Any] | None = None,
    page_id: str | None = None,
) -> dict[str, Any]:
    """The collection document; `extra`: other collection properties kept from the file read
    (never the ones Parallax writes itself); `page_id`: its page's id as read."""
    items = [annotation_to_json(a) for a in annotations]
    claim_list = [claim_to_json(group) for group in claims]
    kept = {k: v for k, v in (extra or {}).items() if k not in COLLECTION_KEYS}
    found_label = (extra or {}).get("label")  # (a string, or a IIIF language map)
    label_value = found_label if isinstance(found_label, (str, dict, list)) and found_label \
        else label
    return {
        "@context": [W3C_CONTEXT, *_other_contexts((extra or {}).get("@context")),
                     dict(EXTENSION_CONTEXT)],
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label_value,
        **kept,
        "parallax:version": SCHEMA_VERSION,
        "parallax:claims": claim_list,
        "total": len(items),
        "first": {
            "id": page_id if page_id and page_id != collection_id else own_page_id(collection_id),
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
    }


def own_page_id(collection_id: str) -> str:
    """The id of the page holding a collection's annotations when the file gave it none: its
    own, never the collection's (given the collection's id, JSON-LD read one node that was both
    collection and page -- an interop tester's report)."""
    return f"{collection_id}{'-' if '#' in collection_id else '#'}page-1"


def _other_contexts(context: object) -> list[Any]:
    """A read collection's contexts but the W3C and Parallax's (IIIF's, giving `label` its
    language map), kept after the W3C one so theirs decide the terms they define."""
    return [c for c in (context if isinstance(context, list) else [context])
            if c is not None and c != W3C_CONTEXT and c != EXTENSION_CONTEXT]


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
                     collection_id: str, *, label: str = "Parallax annotations",
                     extra: dict[str, Any] | None = None, page_id: str | None = None) -> str:
    """The collection as JSON text, one annotation per line: readable, diffable and fast.

    Equal to `dumps(collection_to_json(...))`; each line is written by `annotation_json_text`
    because building dicts and running the generic encoder is several times slower."""
    memo: dict[str, str] = {}
    lines = [annotation_json_text(a, memo) for a in annotations]
    head = collection_to_json((), claims, collection_id, label=label, extra=extra,
                              page_id=page_id)
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
    if a.kept is not None or a.created is None or a.modified is None:
        return _ENCODER.encode(annotation_to_json(a))
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
    if a.moved_from is not None:
        parts.append(f', "parallax:movedFrom": {q(a.moved_from)}')
    parts.append("}")
    return "".join(parts)


# -- reading --------------------------------------------------------------------------------


def collection_from_json(document: object, load_page: PageLoader | None = None
                         ) -> ParsedCollection:
    """Parse a loaded JSON value in any accepted shape (see `shapes`); raises FormatError (with
    a JSON path) when it cannot be used. `load_page` finds pages named by IRI."""
    found = document_items(document := with_context_aliases(document), load_page)
    repeated_key_outside(document, found.items)  # (the annotations holding one: refused alone)
    collection = found.collection or {}
    version = _version(collection)
    claims = claims_from_json(collection.get("parallax:claims", []), "$.parallax:claims")
    collection_id = collection.get("id")
    if not isinstance(collection_id, str) or not collection_id:
        if "id" in collection:
            string(collection, "id", "$")  # raises, naming the problem
        collection_id = new_annotation_id()
    native = "parallax:version" in collection
    annotations, unread = _read_items(found.items, strict=native)
    annotations = with_replies_placed(annotations)
    extra = {k: v for k, v in collection.items()
             if k not in COLLECTION_KEYS or k in ("label", "@context")}
    for key, value in extra.items():
        check_nesting(value, f"$.{key}")  # written back as it was
    # (the collection's own text is written back with every annotation: half a character in
    # it refuses the file, which could not be saved)
    broken = unpaired_surrogate_at(
        {key: collection[key] for key in ("id", "parallax:claims", *extra) if key in collection},
        "$")
    if broken is not None:
        raise FormatError(broken, UNPAIRED_PROBLEM)
    return ParsedCollection(
        collection_id, tuple(annotations), claims, version,
        shape="a Parallax annotation collection" if native else found.shape,
        native=native, problems=tuple(found.problems) + tuple(unread),
        extra=extra, page_id=_one_page_id(collection),
    )


def _one_page_id(collection: dict[str, Any]) -> str | None:
    """The id of the collection's embedded first page when it is its only page (a page of
    several stands for some of the annotations only: written back, it holds all of them)."""
    page = collection.get("first")
    if isinstance(page, dict) and "next" not in page:
        page_id = page.get("id", page.get("@id"))
        if isinstance(page_id, str) and page_id.strip() and not page_id.startswith("_:"):
            return page_id
    return None


MAX_UNREAD_LISTED = 20
MAX_LEADING_FAILURES = 1000
"""A file whose first this many entries are none of them a readable annotation is refused at
once with the first one's problem: it is not an annotation file, and reading its million other
entries would only take time and memory to say so (a fault tester's `[1,1,...]` took 17 s)."""


def _read_items(items: list[tuple[str, object]], *, strict: bool
                ) -> tuple[list[Annotation], list[str]]:
    """The annotations of `items` (JSON path, value), and what could not be read.

    In Parallax's own file (`strict`) the first bad annotation refuses the file: saving would
    drop it; one holding half of a character (`unpaired`) is a bad one, it could not be saved.
    Another tool's file is only ever imported, never saved over, so a bad annotation
    is left out and listed (the file then counts as read in part) and the rest imported -- unless
    none can be read, when the first problem refuses the file. The same annotation listed twice
    (overlapping pages of search results) is read once; two different ones with one id: the
    first is read.
    """
    annotations: list[Annotation] = []
    seen: dict[str, object] = {}
    unread: list[str] = []
    first_failure: FormatError | None = None
    failed = 0
    for where, item in items:
        try:
            annotation = annotation_from_json(item, where)
            if holds_unpaired_surrogate(annotation):
                raise FormatError(unpaired_surrogate_at(item, where) or where, UNPAIRED_PROBLEM)
            if annotation.id in seen and (strict or seen[annotation.id] != item):
                raise FormatError(f"{where}.id", f"duplicate annotation id {annotation.id!r}")
        except FormatError as error:
            if strict:
                raise
            # Only the first error is kept whole (it refuses a file with nothing readable);
            # the others are counted: a million of them, each holding its traceback, took
            # 1.6 GB to say the first line (a fault tester's file of a million numbers).
            first_failure = first_failure or error
            failed += 1
            if len(unread) < MAX_UNREAD_LISTED:
                unread.append(f"the annotation at {error}")
            if failed >= MAX_LEADING_FAILURES and not annotations:
                raise first_failure from None
            continue
        if annotation.id not in seen:
            seen[annotation.id] = item
            annotations.append(annotation)
    if first_failure is not None and not annotations:
        raise first_failure
    if failed > len(unread):
        unread.append(f"... and {failed - len(unread)} more annotations that could not "
                      "be read")
    return annotations, unread


def annotation_from_json(item: object, where: str) -> Annotation:
    """One annotation from its JSON value; raises FormatError naming the bad field."""
    fast = _fast_annotation(item)
    return fast if fast is not None else read_item(item, where)


_careful_annotation = read_item
"""The general path (kept under this name for the fast/careful property test)."""
_fast_annotation = fast_annotation

def _version(document: dict[str, Any]) -> int:
    version = document.get("parallax:version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FormatError("$.parallax:version",
                          f"expected a whole number of at least 1, got {short(version)}")
    if version > SCHEMA_VERSION:
        raise NewerVersionError(version)
    return version
