"""Hypothesis API annotations (`/api/search` rows, `/api/annotations/{id}`) as W3C annotations.

Hypothesis' own JSON is not Web Annotation: `uri`, `text`, `tags`, `user`, `updated` and a
`target` list whose selectors are W3C's but for the client's RangeSelector. `to_w3c` maps them
the way Hypothesis' own JSON-LD rendering does (`id` https://hypothes.is/a/ID, `text` a
TextualBody in Markdown, each tag a tagging body, `user` the `creator`, `updated` the
`modified`, the client's RangeSelector in W3C form; the `parallax:fileName` Parallax's export
adds where Parallax reads its own, and the link paragraphs `parallax:links` names at the end of
the text as link bodies), and keeps every field it does not map, as it was, under
`parallax:hypothesis`. Parallax writes such an annotation back as that W3C
annotation. A reply, whose target names only the page, is placed with the annotation that
starts its thread when the file holds it (`with_replies_placed`). No Qt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .bodies import tagging_bodies
from .fields import ORIGINAL_ID_KEY

if TYPE_CHECKING:
    from .model import Annotation

HYPOTHESIS_ANNOTATION = "https://hypothes.is/a/"
EXTENSION_KEY = "parallax:hypothesis"
FILE_NAME_KEY = "parallax:fileName"
"""The file of the article Parallax placed a row on, beside its `uri` (the article's address as
known now, its URL once given): read back into a folder of the same files, which does not know
that URL, the row finds its article by it -- of two articles of one headline, it went to the
first (a reviewer's report). Hypothesis' Import keeps only the fields it knows and drops it."""
LINKS_KEY = "parallax:links"
"""The IRIs of link bodies Parallax's export wrote at the end of a row's `text` (Hypothesis has
one text, and shows each as a link): read back, they are links again, not the note's text."""
_MAPPED = ("id", "created", "updated", "user", "text", "tags", "target", ORIGINAL_ID_KEY,
           FILE_NAME_KEY, LINKS_KEY)
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def is_hypothesis_annotation(value: object) -> bool:
    """An annotation in Hypothesis' API shape (no `type`, a `uri` or `user`, a `target`)."""
    return (isinstance(value, dict) and "type" not in value and "@type" not in value
            and "target" in value and ("uri" in value or "user" in value))


def is_search_result(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get("rows"), list) \
        and "type" not in value


def is_client_export(value: object) -> bool:
    """The Hypothesis client's "Export annotations" file: `{"export_date": ...,
    "annotations": [...]}`."""
    return isinstance(value, dict) and isinstance(value.get("annotations"), list) \
        and "type" not in value


def reads_back_as_itself(identifier: str) -> bool:
    """Does an annotation id written as a row's `id` (without Hypothesis' prefix) read back as
    itself: Hypothesis' own id, or an IRI? A bare one ("#a88b...") is read as Hypothesis'."""
    return identifier.startswith(HYPOTHESIS_ANNOTATION) or bool(_IRI.match(identifier))


def to_w3c(row: dict[str, Any]) -> dict[str, Any]:
    """The W3C form of one Hypothesis API annotation (the input is not changed)."""
    item: dict[str, Any] = {}
    identifier = row.get("id")
    original = row.get(ORIGINAL_ID_KEY)
    if isinstance(original, str) and original.strip():
        item["id"] = original  # (an id Parallax exported, as it was: `fields.ORIGINAL_ID_KEY`)
    elif isinstance(identifier, str) and identifier:
        item["id"] = identifier if _IRI.match(identifier) else HYPOTHESIS_ANNOTATION + identifier
    item["type"] = "Annotation"
    for key, w3c_key in (("created", "created"), ("updated", "modified"), ("user", "creator")):
        if row.get(key) is not None:
            item[w3c_key] = row[key]
    body: list[Any] = []
    text = row.get("text")
    note, links = _links_apart(text, row.get(LINKS_KEY))
    if note:
        body.append({"type": "TextualBody", "value": note, "format": "text/markdown"})
    tags = row.get("tags")
    body += tagging_bodies(tags)
    body += links  # (an IRI body names a resource: a link)
    if body:
        item["body"] = body
    targets = row.get("target")
    uri = row.get("uri")
    if isinstance(targets, list):
        item["target"] = [_w3c_target(t, uri) for t in targets]
    else:
        item["target"] = targets if targets is not None else uri
    file_name = row.get(FILE_NAME_KEY)
    if isinstance(file_name, str) and file_name:
        item[FILE_NAME_KEY] = file_name  # (where Parallax's own fields are read)
    unmapped = {key: value for key, value in row.items() if key not in _MAPPED}
    if FILE_NAME_KEY in row and FILE_NAME_KEY not in item:
        unmapped[FILE_NAME_KEY] = row[FILE_NAME_KEY]  # (not a name: kept as it came)
    if not isinstance(text, (str, type(None))):
        unmapped["text"] = text
    if not isinstance(tags, (str, list, type(None))) or (
            isinstance(tags, list) and not all(isinstance(tag, str) for tag in tags)):
        unmapped["tags"] = tags
    if unmapped:
        item[EXTENSION_KEY] = unmapped
    return item


def _links_apart(text: object, links: object) -> tuple[str, list[str]]:
    """A row's text without the link paragraphs Parallax's export ended it with (`LINKS_KEY`),
    and those links; a text that no longer ends with them (edited in Hypothesis) is the note
    as it stands, links and all."""
    note = text if isinstance(text, str) else ""
    if not (isinstance(links, list) and links and all(
            isinstance(link, str) and link.strip() for link in links)):
        return note, []
    written = "\n\n".join(links)
    if note == written:
        return "", list(links)
    if note.endswith("\n\n" + written):
        return note[:-len(written) - 2], list(links)
    return note, []


def _w3c_target(target: object, uri: object) -> object:
    """A Hypothesis target as W3C: with the annotation's `uri` as `source` when it has none, and
    the client's own RangeSelector (XPath containers and offsets, not the W3C RangeSelector) in
    the W3C form Hypothesis' JSON-LD gives it -- so that a file written back is valid Web
    Annotation and other tools can read its selectors."""
    if not isinstance(target, dict):
        return target
    converted = dict(target)
    if "source" not in converted and uri:
        converted = {"source": uri, **converted}
    selectors = converted.get("selector")
    if isinstance(selectors, list):
        converted["selector"] = [_w3c_range(selector) for selector in selectors]
    return converted


def _w3c_range(selector: object) -> object:
    """The client's `{"type": "RangeSelector", "startContainer": XPATH, "startOffset": N,
    "endContainer": ..., "endOffset": ...}` as an XPathSelector refined by a position (one
    container) or a W3C RangeSelector of two such points; any other selector as it is."""
    if not (isinstance(selector, dict) and selector.get("type") == "RangeSelector"
            and all(key in selector for key in ("startContainer", "startOffset",
                                                "endContainer", "endOffset"))):
        return selector

    def point(container: object, start: object, end: object) -> dict[str, Any]:
        return {"type": "XPathSelector", "value": container,
                "refinedBy": {"type": "TextPositionSelector", "start": start, "end": end}}

    if selector["startContainer"] == selector["endContainer"]:
        return point(selector["startContainer"], selector["startOffset"], selector["endOffset"])
    return {"type": "RangeSelector",
            "startSelector": point(selector["startContainer"], selector["startOffset"],
                                   selector["startOffset"]),
            "endSelector": point(selector["endContainer"], selector["endOffset"],
                                 selector["endOffset"])}


def page_titles(item: dict[str, Any]) -> tuple[str, ...]:
    """The annotated page's titles (`document.title`, a list or a string) of an annotation
    converted by `to_w3c`; empty for any other."""
    extension = item.get(EXTENSION_KEY)
    document = extension.get("document") if isinstance(extension, dict) else None
    titles = document.get("title") if isinstance(document, dict) else None
    listed = [titles] if isinstance(titles, str) else titles if isinstance(titles, list) else []
    return tuple(title for title in listed if isinstance(title, str) and title.strip())


def with_replies_placed(annotations: Sequence[Annotation]) -> list[Annotation]:
    """`annotations` with each Hypothesis reply given the place of the annotation that starts
    its thread (`references[0]`), when that is among them: a reply's own target names only the
    page, which would make it a note on the whole article, away from what it discusses. Only
    the evidence anchoring uses changes; the reply's JSON is written back as it was."""
    by_id = {a.id: a for a in annotations}
    placed = []
    for annotation in annotations:
        root = by_id.get(_thread_root(annotation) or "")
        if root is not None and root.evidence is not None and annotation.evidence is not None \
                and not annotation.evidence.selectors and root.evidence.selectors:
            annotation = replace(annotation, evidence=root.evidence, source=root.source,
                                 start=root.start, end=root.end, exact=root.exact,
                                 prefix=root.prefix, suffix=root.suffix)
        placed.append(annotation)
    return placed


def _thread_root(annotation: Annotation) -> str | None:
    """The W3C id of the first annotation a Hypothesis reply `references`, else None."""
    kept = annotation.kept
    if kept is None or '"references"' not in kept.item:
        return None
    extension = json.loads(kept.item).get(EXTENSION_KEY)
    references = extension.get("references") if isinstance(extension, dict) else None
    if not isinstance(references, list) or not references \
            or not isinstance(references[0], str) or not references[0]:
        return None
    root = references[0]
    return root if _IRI.match(root) else HYPOTHESIS_ANNOTATION + root
