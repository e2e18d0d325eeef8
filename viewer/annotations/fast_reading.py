"""Read an annotation in exactly the shape Parallax writes, fast (10,000 in well under a second).

Anything else -- another tool's annotation, or Parallax's own with anything unusual -- returns
None and goes to `reading.read_item`, which accepts more and names the bad field. No Qt.
"""

from __future__ import annotations

import re

from .fields import MAX_SAFE_INTEGER
from .model import AnchorStatus, Annotation

_ITEM_KEYS = frozenset(("id", "type", "created", "modified", "motivation", "body", "target",
                        "parallax:claim", "parallax:status", "parallax:originalExact",
                        "parallax:movedFrom"))
_TARGET_KEYS = frozenset(("source", "parallax:article", "parallax:fileName", "selector"))
_QUOTE_KEYS = frozenset(("type", "exact", "prefix", "suffix"))
_POSITION_KEYS = frozenset(("type", "start", "end"))
_TAG_KEYS = frozenset(("type", "purpose", "value"))
_NOTE_KEYS = frozenset(("type", "purpose", "value", "format"))
_STATUSES = {status.value: status for status in AnchorStatus}


def fast_annotation(item: object) -> Annotation | None:
    """The annotation when `item` has exactly the shape Parallax writes, else None.

    Loading 10,000 annotations must stay well under a second, so the common case skips the
    per-field bookkeeping of `reading.read_item`; anything unusual or invalid goes there,
    which accepts more shapes and names the bad field. This must never accept what the careful
    path refuses, nor anything `annotation_to_json` would not write back identically (an
    unknown property, a missing prefix, a second comment...): those are kept by the careful
    path.
    """
    try:
        if (type(item) is not dict or item["type"] != "Annotation"
                or not item.keys() <= _ITEM_KEYS):
            return None
        annotation_id, created, modified = item["id"], item["created"], item["modified"]
        target = item["target"]
        source = target["source"]
        quote, position = target["selector"]
        if (type(annotation_id) is not str or not annotation_id or type(source) is not str
                or not source or quote["type"] != "TextQuoteSelector"
                or position["type"] != "TextPositionSelector" or not target.keys() <= _TARGET_KEYS
                or quote.keys() != _QUOTE_KEYS or position.keys() != _POSITION_KEYS
                or "parallax:article" not in target or "parallax:status" not in item):
            return None
        exact, prefix, suffix = quote["exact"], quote.get("prefix", ""), quote.get("suffix", "")
        start, end = position["start"], position["end"]
        if (type(exact) is not str or not exact or type(prefix) is not str
                or type(suffix) is not str or type(start) is not int or type(end) is not int
                or not 0 <= start <= end <= MAX_SAFE_INTEGER):
            return None
        tags: list[str] = []
        note = ""
        bodies = item.get("body", ())
        if "body" in item and (type(bodies) is not list or not bodies):
            return None
        for body in bodies:
            value = body["value"]
            if type(value) is not str or body["type"] != "TextualBody" or not value or note:
                return None
            purpose = body["purpose"]
            if purpose == "tagging" and body.keys() == _TAG_KEYS and value == value.strip() \
                    and value not in tags:
                tags.append(value)
            elif (purpose == "commenting" and body.keys() == _NOTE_KEYS
                  and body["format"] == "text/plain"):
                note = value
            else:
                return None
        if item["motivation"] != ("tagging" if tags else "commenting"):
            return None
        claim = item.get("parallax:claim")
        status = _STATUSES.get(item.get("parallax:status", "anchored"))
        article_id = target.get("parallax:article", "")
        file_name = target.get("parallax:fileName")
        original = item.get("parallax:originalExact")
        moved_from = item.get("parallax:movedFrom")
        if (status is None or type(article_id) is not str
                or None in (item.get("parallax:claim", 0), item.get("parallax:originalExact", 0),
                            target.get("parallax:fileName", 0), item.get("parallax:movedFrom", 0))
                or not (moved_from is None or (type(moved_from) is str and moved_from))
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
        tags=tuple(tags), note=note, claim=claim, created=created, modified=modified,
        file_name=file_name, status=status, original_exact=original, moved_from=moved_from,
    )


_ISO_DATETIME = re.compile(
    r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
    r"(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)\Z")


def _is_datetime(value: object) -> bool:
    """An xsd:dateTime with seconds and a zone (a regular expression: fast, and what the
    schema checks too)."""
    return type(value) is str and _ISO_DATETIME.match(value) is not None
