"""AnnotatorJS annotations (the Annotator store's format, which wallabag also exports) as W3C.

An AnnotatorJS annotation has no `target`: `uri` names the page, `quote` is the highlighted text
and `ranges` are XPath ranges into the page's HTML (of no use on plain text). `to_w3c` makes a
W3C annotation of it: the target is `uri` with a `TextQuoteSelector` for `quote`, `text` a
comment, each tag a tagging body, `user` the `creator`, `created`/`created_at` and
`updated`/`updated_at` the dates (a zone written `+0100` as xsd:dateTime's `+01:00`); every
field it does not map is kept, as it was, under `parallax:annotatorjs`. Its `id` (often a
number, unique only in its store) becomes a name-based `urn:uuid:` of the page and the id, so
importing it twice merges. No Qt.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from .bodies import tagging_bodies

EXTENSION_KEY = "parallax:annotatorjs"
_NAMESPACE = uuid.UUID("0b8e6f7c-5a41-4d0e-9d1f-616e6e6f7461")
_MAPPED = ("id", "uri", "quote", "text", "tags", "user", "created", "created_at", "updated",
           "updated_at")


def is_annotatorjs_annotation(value: object) -> bool:
    """An AnnotatorJS annotation: no `type` and no `target`, a `quote` or `ranges`."""
    return (isinstance(value, dict) and "type" not in value and "@type" not in value
            and "target" not in value and ("quote" in value or "ranges" in value))


def to_w3c(row: dict[str, Any]) -> dict[str, Any]:
    """The W3C form of one AnnotatorJS annotation (the input is not changed)."""
    item: dict[str, Any] = {}
    identifier = row.get("id")
    if isinstance(identifier, (str, int)) and not isinstance(identifier, bool):
        name = f"{row.get('uri')}\n{identifier}"
        item["id"] = f"urn:uuid:{uuid.uuid5(_NAMESPACE, name)}"
    item["type"] = "Annotation"
    for keys, w3c_key in ((("created", "created_at"), "created"),
                          (("updated", "updated_at"), "modified"), (("user",), "creator")):
        value = next((row[key] for key in keys if isinstance(row.get(key), str) and row[key]),
                     None)
        if value is not None:
            item[w3c_key] = _zone_with_colon(value) if w3c_key != "creator" else value
        elif w3c_key != "creator":
            # (a number is a date as W3C's are, seconds or milliseconds since 1970; another
            # type -- wallabag's `"created_at": true`, PHP's DateTime object -- is kept as it
            # was under EXTENSION_KEY below: dropped without a word, an interop tester found;
            # refused, it took the annotation with it, a reviewer found)
            number = next((row[key] for key in keys if isinstance(row.get(key), (int, float))
                           and not isinstance(row.get(key), bool)), None)
            if number is not None:
                item[w3c_key] = number
    body: list[dict[str, Any]] = []
    text = row.get("text")
    if isinstance(text, str) and text.strip():
        body.append({"type": "TextualBody", "purpose": "commenting", "value": text})
    tags = row.get("tags")
    body += tagging_bodies(tags)
    if body:
        item["body"] = body
    target: dict[str, Any] = {}
    uri = row.get("uri")
    if isinstance(uri, str) and uri:
        target["source"] = uri
    quote = row.get("quote")
    if isinstance(quote, str) and quote.strip():
        target["selector"] = {"type": "TextQuoteSelector", "exact": quote}
    item["target"] = target
    unmapped = {key: value for key, value in row.items() if key not in _MAPPED}
    if "id" in row:
        unmapped["id"] = row["id"]  # replaced above; the store knows it by this one
    for key in ("text", "tags", "quote", "uri"):
        if key in row and not isinstance(row[key], (str, list, type(None))):
            unmapped[key] = row[key]  # of no type Parallax can use: kept as it was
    for key in ("created", "created_at", "updated", "updated_at"):
        value = row.get(key)
        if isinstance(value, bool) or not isinstance(value, (str, int, float, type(None))):
            unmapped[key] = row[key]  # (a date Parallax cannot read: kept as it was)
    if unmapped:
        item[EXTENSION_KEY] = unmapped
    return item


_ZONE_WITHOUT_COLON = re.compile(r"([+-]\d\d)(\d\d)$")


def _zone_with_colon(date: str) -> str:
    """`2026-11-19T08:00:00+0100` (PHP's and wallabag's ISO 8601) as xsd:dateTime wants it,
    `...+01:00`; any other date as it is."""
    if "T" not in date:
        return date
    return _ZONE_WITHOUT_COLON.sub(r"\1:\2", date)
