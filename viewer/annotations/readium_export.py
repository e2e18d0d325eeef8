"""Write annotations as a Readium `AnnotationSet` (`.ann`), the file Thorium Reader imports.

Readium's profile of the W3C model (github.com/readium/annotations) and what Thorium Reader
checks before it imports one (its JSON schema, `annotationModel.type.ts`): the set has
`"@context": "http://www.w3.org/ns/anno.jsonld"` as a string, an `id` IRI, `type`
`AnnotationSet`, an `about` object (the publication), `items`; each item the same `@context`,
an `id` IRI, `created`, `type` `Annotation`, one `body` object (`TextualBody` with `value`,
and its tag in `tag` -- `tags` for newer Thorium, `keyword` in the profile -- `color`,
`highlight`...), a `target` with a `source` and a list of `selector`s, and a `creator` only
with an IRI and a `type` of `Person` or `Organization`.

An annotation read from a Readium set goes back as it came -- its body (colour, highlight,
`meta`, unknown keys), its target, its set's `about`, `title` and other properties -- with the
user's note and tags written where Readium keeps them. Any other annotation gets a Readium body
for its note (further comments below it, after a blank line; in the language they all declare)
and tags, and a target with the
quote (with its context) and position Parallax placed it at (and its file's name,
`parallax:fileName`, as the JSON-LD export keeps it), unless it came with a target of
its own in that shape; its other fields are kept. Ids that are no IRI (a bare uuid, `#a1`) are
made `urn:uuid:` ones, which Thorium requires (the id as it was in `parallax:id`, so that the
file imported again finds the same annotations); dates Thorium requires are filled in (a number
becomes its date). Parallax reads the file back as any Readium set, claim groups included
(`parallax:claim`, `parallax:claims`). What the one text body cannot hold -- a link body,
comments' differing languages, an HTML comment's markup in a new body -- is said
(`readium_losses`). No Qt.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable
from typing import Any

from viewer import __version__

from .bodies import READIUM_TAG_KEYS, body_role, text_of, untyped_role
from .claim_json import claim_to_json
from .export_losses import MARKUP_LEFT_OUT, Dropped, dropped, has_markup, one_language
from .fields import ORIGINAL_ID_KEY, as_list
from .model import AnchorStatus, Annotation, ClaimGroup, now_iso
from .named_articles import names_a_copy
from .repointing import ORIGINAL_SOURCE_KEY, placing_target
from .w3c import W3C_CONTEXT

STYLE_KEYS = ("color", "highlight", "language", "textDirection")
"""A Readium body's presentation, kept from the body an annotation came with."""
CREATOR_TYPES = ("Person", "Organization")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")
_ID_NAMESPACE = uuid.UUID("3d0a6b52-8f1e-4c7a-9b5d-726561646975")
SET_KEYS = ("@context", "id", "type", "generator", "generated", "title", "about", "items",
            "label", "parallax:claims", "parallax:version")
"""Set properties written here; the read set's others are kept."""


def readium_export_text(annotations: Iterable[Annotation], claims: Iterable[ClaimGroup], *,
                        set_id: str, title: str, set_extra: dict[str, Any] | None = None,
                        export_date: str | None = None) -> str:
    """The `.ann` file for `annotations` (already anchored). `set_extra`: the properties of
    the set or collection they were read from (`about`, `title`... kept)."""
    extra = dict(set_extra or {})
    date = export_date or now_iso()
    about = extra.get("about")
    document: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": readium_id(set_id),
        "type": "AnnotationSet",
        "generator": {"id": "urn:x-parallax:parallax", "type": "Software",
                      "name": f"Parallax {__version__}"},
        "generated": date,
        "title": extra["title"] if isinstance(extra.get("title"), str) else title,
        "about": about if isinstance(about, dict) else {"dc:title": title},
    }
    document.update({k: v for k, v in extra.items() if k not in SET_KEYS})
    claim_list = [claim_to_json(group) for group in claims]
    if claim_list:
        document["parallax:claims"] = claim_list
    document["items"] = [readium_item(annotation, date) for annotation in annotations]
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def readium_id(identifier: str) -> str:
    """`identifier` when it is an IRI; a bare uuid as `urn:uuid:`; anything else a
    `urn:uuid:` derived from it (the same each time)."""
    if _IRI.fullmatch(identifier):
        return identifier
    try:
        return f"urn:uuid:{uuid.UUID(identifier)}"
    except ValueError:
        return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, identifier)}"


def readium_item(annotation: Annotation, export_date: str) -> dict[str, Any]:
    """One annotation in Readium's shape (see the module's docstring)."""
    base: dict[str, Any] = json.loads(annotation.kept.item) if annotation.kept else {}
    item: dict[str, Any] = {"@context": W3C_CONTEXT, "id": readium_id(annotation.id),
                            "type": "Annotation",
                            "created": annotation.created or annotation.modified or export_date}
    if item["id"] != annotation.id:  # (read back, it is the same annotation)
        item[ORIGINAL_ID_KEY] = annotation.id
    if annotation.modified is not None:
        item["modified"] = annotation.modified
    creator = _creator(base.get("creator"))
    if creator is not None:
        item["creator"] = creator
    item["body"] = _body(annotation, base)
    item["target"] = _target(annotation, base.get("target"))
    motivation = base.get("motivation")
    item["motivation"] = motivation if isinstance(motivation, str) else "highlighting"
    if annotation.comments and untyped_role(item) == "tag":
        # The body's `value` is the note (Readium's profile: the annotation's text, its tag in
        # `tag`/`keyword`); under the motivation "tagging" alone a W3C reader takes a body
        # without a purpose for a tag, and the note came back as one (tester60 #6).
        item["motivation"] = "commenting"
    written = set(item) | {"body", "bodyValue", "creator", "@id", "@type", "parallax:claim"}
    item.update({k: v for k, v in base.items() if k not in written})
    if annotation.claim is not None:
        item["parallax:claim"] = annotation.claim
    return item


def _creator(creator: object) -> dict[str, Any] | None:
    """A creator Readium holds: an IRI and a type of Person or Organization (an `acct:` or
    other IRI alone is a Person); None for any other (Thorium refuses the file for it)."""
    if isinstance(creator, str) and _IRI.fullmatch(creator):
        return {"id": creator, "type": "Person"}
    if isinstance(creator, dict) and isinstance(creator.get("id"), str) \
            and _IRI.fullmatch(creator["id"]):
        kind = creator.get("type")
        return {**creator, "type": kind if kind in CREATOR_TYPES else "Person"}
    return None


def _body(annotation: Annotation, base: dict[str, Any]) -> dict[str, Any]:
    """One TextualBody holding the note and the tags: the body the annotation came with when
    it was one text body (its style and unknown keys kept), else a new one, in the one
    language its comments declare (`one_language`)."""
    original = base.get("body")
    first = next((b for b in as_list(original) if isinstance(b, dict)), None)
    came_as_one = _came_as_one(original)
    body: dict[str, Any] = dict(original) if came_as_one and isinstance(original, dict) else {
        "type": "TextualBody"}
    if not came_as_one and first is not None:
        body.update({k: first[k] for k in STYLE_KEYS if k in first and k != "language"})
    if not came_as_one and (language := one_language(annotation)[0]) is not None:
        body["language"] = language
    text = "\n\n".join(annotation.comments)
    if _value_kept(annotation, original):
        if not isinstance(body["value"], str):
            # A JSON-LD literal (`{"@value": "<p>...", "@type": "rdf:HTML"}`): Readium has a
            # string.
            body["value"] = text_of(body["value"]) or text
    else:
        body["value"] = text
        body["format"] = "text/plain"
    body.setdefault("type", "TextualBody")
    used = [key for key in READIUM_TAG_KEYS if key in body] if came_as_one else []
    if not used or (len(annotation.tags) > 1 and "tags" not in used):
        # (`tag` and `keyword` hold one tag: the others in `tags`, which Thorium reads too)
        used = [*used, *(key for key in ("tag", "tags") if key not in used)]
    for key in used:
        # Where the tool that wrote the body keeps its tags (in place); else where Thorium
        # Reader reads them (`tag`, the first one, and newer versions all in `tags`).
        if annotation.tags:
            body[key] = list(annotation.tags) if key == "tags" else annotation.tags[0]
        elif key == "tag" and key in used:
            body[key] = ""  # (as Thorium writes a note without tag)
        else:
            body.pop(key, None)
    return body


def _came_as_one(original: object) -> bool:
    """The annotation came with one body that is not a link: it goes back as that body. (A
    link body, a `SpecificResource`, went back as one with a `value`, which is no TextualBody.)"""
    if not isinstance(original, dict):
        return False
    role = body_role(original)
    return role is None or role[0] != "link"


def _value_kept(annotation: Annotation, original: object) -> bool:
    """The body's own value goes back as it is: it came as one text body and its comment is the
    annotation's comments unchanged (so an HTML comment keeps its markup and `format`)."""
    if not _came_as_one(original) or not isinstance(original, dict) or "value" not in original:
        return False
    role = body_role(original)
    said = role[1] if role is not None and role[0] == "comment" else ""
    return "\n\n".join(annotation.comments) == said


def readium_losses(annotations: Iterable[Annotation]) -> tuple[Dropped, ...]:
    """What of the annotations' bodies the set cannot hold, one kind each: a link body (its
    body is one TextualBody), a comment's language where the comments differ in it, an HTML
    comment's markup where the body is not the one it came in."""
    links = languages = markup = 0
    for annotation in annotations:
        base: dict[str, Any] = json.loads(annotation.kept.item) if annotation.kept else {}
        original = base.get("body")
        links += bool(annotation.links)  # (a body that came as one is no link)
        languages += not _came_as_one(original) and one_language(annotation)[1]
        markup += has_markup(annotation) and not _value_kept(annotation, original)
    return dropped([
        (links, "a link (IRI) body, which Readium's one text body has no place for: left out"),
        (languages, "comments in different languages (or some in none), and Readium's one "
                    "body has one language: their languages left out"),
        (markup, MARKUP_LEFT_OUT)])


def _target(annotation: Annotation, target: object) -> dict[str, Any]:
    """The target the annotation came with when Readium can hold it (a source and a list of
    selectors, `meta` and the rest kept), else where Parallax placed it. Of several targets
    (Readium has one), the one it is placed by. Either names the article's file beside its
    address when it is placed there (`parallax:fileName`)."""
    first = placing_target(target)
    source = first.get("source") if first is not None else None
    if first is not None and isinstance(source, str) and source:
        selectors = first.get("selector")
        kept = {**first, "selector": [selectors]} if isinstance(selectors, dict) else dict(first)
        if isinstance(selectors, dict) or (isinstance(selectors, list) and selectors):
            # (the file's name only beside the article's address, or beside the web page it
            # keeps where the article has no URL (`repointing`): a place in the tool's own
            # book, an EPUB's chapter, goes back to Thorium as it came)
            return _with_file_name(kept, annotation) if source == annotation.source \
                or names_a_copy(source) else kept
    placed: dict[str, Any] = {"source": source if isinstance(source, str) and source
                              else annotation.source}
    if first is not None and ORIGINAL_SOURCE_KEY in first:
        placed[ORIGINAL_SOURCE_KEY] = first[ORIGINAL_SOURCE_KEY]  # (`repointing`)
    _with_file_name(placed, annotation)
    if first is not None and isinstance(first.get("meta"), dict):
        placed["meta"] = first["meta"]
    selectors_out: list[dict[str, Any]] = []
    if annotation.exact:
        selectors_out.append({"type": "TextQuoteSelector", "exact": annotation.exact,
                              "prefix": annotation.prefix, "suffix": annotation.suffix})
    if annotation.status is not AnchorStatus.ORPHANED:
        selectors_out.append({"type": "TextPositionSelector", "start": annotation.start,
                              "end": annotation.end})
    placed["selector"] = selectors_out
    return placed


def _with_file_name(target: dict[str, Any], annotation: Annotation) -> dict[str, Any]:
    """`target` naming the article's file beside its address (as the JSON-LD export keeps it),
    when the annotation is placed: once the source is the URL given in Article details, a
    folder that does not know the URL finds the article by it -- two outlets carrying the
    quote otherwise orphaned it. Also on a target another tool wrote naming the article
    (re-pointed at it: `repointing`)."""
    if annotation.file_name and annotation.status is not AnchorStatus.ORPHANED:
        target["parallax:fileName"] = annotation.file_name
    return target
