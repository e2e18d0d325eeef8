"""Annotation bodies as other tools write them: what Parallax reads from them, and writing back.

A body is a `TextualBody` (its `value` a string, a `{"@value", "@language"}` object or a list of
language variants; an HTML value is read as the text it shows, `html_text`), an IRI, or a
resource (`SpecificResource`, or any object with an `id`). A string body is an IRI in the
model, a relative one too; one that has no address's shape (`string_bodies.is_iri`: white
space inside, "Source?", "U.S."; under the motivation tagging anything but an absolute IRI)
is the text its tool meant, read as a text body without a purpose, after the text bodies'
comments (never the editable note ahead of them). A text body whose purpose
includes `tagging`, `classifying` or `identifying` is a tag (and so are a Readium body's
`keyword`, `tag` and `tags`; its `value`, a body with those keys or Readium's `color` or
`highlight`, is a note whatever the motivation); a text body without a purpose, and
`bodyValue`, take the annotation's motivation (`untyped_role`: a tag under `tagging` alone,
else a comment); any other text body (`commenting`, `replying`...) is a comment; resources are
links.
`KeptJson` holds an annotation's JSON as another tool wrote it with what Parallax read from it,
so `write_bodies` changes only what the user changed: kept tag bodies for kept tags, the first
comment's value (an HTML one then says `text/plain`), new tags and a new note in Parallax's own
form, everything else untouched. No Qt.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from .fields import FormatError, as_list, has_type, item_where, kind
from .html_text import html_text, is_html
from .string_bodies import is_iri

TAG_PURPOSES = frozenset({"tagging", "classifying", "identifying"})
"""Purposes that make a text body a label rather than a comment: a tag, the class an
entity-tagging tool gives the target ("PLACE"), the name it identifies it by. (Read as the
note, the class displaced the user's comment.)"""


@dataclass(frozen=True)
class KeptJson:
    """An annotation's JSON from another tool (compact text, Parallax's `parallax:` fields
    removed) and the tags, first comment and `modified` Parallax read from it."""

    item: str
    tags: tuple[str, ...]
    note: str
    modified: str | None


@dataclass(frozen=True)
class BodyReading:
    tags: tuple[str, ...]
    notes: tuple[str, ...]
    links: tuple[str, ...]
    nested: tuple[str, ...] = ()
    """Texts inside Choice/Composite/List bodies (shown with the other comments, never edited)."""


def tagging_bodies(tags: object) -> list[dict[str, Any]]:
    """Tagging bodies for another tool's `tags`: a string is one tag (iterated, it gave one tag
    per character); anything else but a list is not tags (the caller keeps it as it was)."""
    listed = [tags] if isinstance(tags, str) else tags if isinstance(tags, list) else []
    return [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in listed
            if isinstance(tag, str) and tag.strip()]


def text_of(value: object) -> str | None:
    """The text of a JSON-LD value: a string, `{"@value": ...}`, or the first of a list."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        inner = value.get("@value", value.get("value"))
        return inner if isinstance(inner, str) else None
    if isinstance(value, list):
        for variant in value:
            text = text_of(variant)
            if text is not None:
                return text
    return None


def untyped_role(item: dict[str, Any]) -> str:
    """What a text body without a `purpose` (and `bodyValue`) is in `item`: a body without a
    purpose has the annotation's motivation (W3C model 3.3.5; bodyValue too since the working
    group dropped its "always commenting" rule), so under the one motivation `tagging` it is a
    tag -- `{"motivation": "tagging", "bodyValue": "disputed"}` tags -- otherwise a comment."""
    motivations = {m.rsplit("#", 1)[-1].removeprefix("oa:")
                   for m in as_list(item.get("motivation")) if isinstance(m, str)}
    return "tag" if motivations == {"tagging"} else "comment"


def body_role(body: object, untyped: str = "comment") -> tuple[str, str] | None:
    """("tag" | "comment" | "link", text) for a body Parallax shows, else None (kept as is).
    `untyped`: the role of a text body without a purpose (`untyped_role`), and of a string
    body that is no IRI."""
    if isinstance(body, str):
        if not body.strip():
            return None
        # (Under tagging, only an absolute IRI names a resource: `string_bodies.is_iri`.)
        if is_iri(body, absolute_only=untyped == "tag"):
            return ("link", body.strip())
        return (untyped, body)
    if not isinstance(body, dict):
        return None
    value = text_of(body.get("value")) if "value" in body else None
    if value is None and "chars" in body:  # the older Open Annotation ContentAsText
        value = text_of(body.get("chars"))
    if value is not None and is_html(body):
        value = html_text(value)  # shown and edited as the text a reader sees
    if value is not None:
        if not value.strip():
            return None
        purposes = [p.rsplit("#", 1)[-1].removeprefix("oa:")
                     for p in as_list(body.get("purpose")) if isinstance(p, str)]
        if any(purpose in TAG_PURPOSES for purpose in purposes):
            return ("tag", value)
        if not purposes and any(key in body for key in (*READIUM_TAG_KEYS,
                                                          *READIUM_STYLE_KEYS)):
            # A Readium body: its `value` is the annotation's text and its tags are in its
            # own keys (the Readium annotations profile), whatever the motivation says -- a
            # note exported under "tagging" came back as a tag (tester60 #6), with no tag
            # too (an earlier Parallax's export kept "tagging" on a note alone).
            return ("comment", value)
        return (untyped if not purposes else "comment", value)
    for key in ("source", "id"):
        iri = body.get(key)
        if isinstance(iri, dict):
            iri = iri.get("id")
        if isinstance(iri, str) and iri:
            return ("link", iri)
    return None


def read_bodies(item: dict[str, Any], where: str) -> BodyReading:
    tags: list[str] = []
    notes: list[str] = []
    links: list[str] = []
    nested: list[str] = []
    untyped = untyped_role(item)
    if "bodyValue" in item:
        value = text_of(item["bodyValue"])
        if value is None:
            raise FormatError(f"{where}.bodyValue", f"expected a string, got "
                                                    f"{kind(item['bodyValue'])}")
        if value.strip():
            (tags if untyped == "tag" else notes).append(value)
    bodies = item.get("body")
    said_as_strings: list[str] = []
    for n, body in enumerate(as_list(bodies)):
        if not isinstance(body, (dict, str)):
            raise FormatError(item_where(where, "body", bodies, n),
                              f"expected a body object or IRI, got {kind(body)}")
        role = body_role(body, untyped)
        tags.extend(_readium_tags(body))
        if role is None:
            nested.extend(_nested_texts(body, 0))
            continue
        if role[0] == "comment" and isinstance(body, str):
            said_as_strings.append(role[1])  # (after the text bodies: `_note_position`)
            continue
        {"tag": tags, "comment": notes, "link": links}[role[0]].append(role[1])
    notes += said_as_strings
    return BodyReading(tuple(tags), tuple(notes), tuple(dict.fromkeys(links)), tuple(nested))


def _note_position(bodies: list[Any], untyped: str) -> int | None:
    """Which of `bodies` holds the note Parallax shows and edits (None: none is a comment):
    the first comment written as a text body, else the first written as a string. A string
    there is the model's place for an IRI, which another tool may have filled with its text
    ("Great piece, see page 2" before the user's own comment): taken first, it made the note,
    and the user's comment a further one that cannot be edited."""
    comments = [(isinstance(body, str), n) for n, body in enumerate(bodies)
                if (role := body_role(body, untyped)) is not None and role[0] == "comment"]
    return min(comments)[1] if comments else None


READIUM_TAG_KEYS = ("keyword", "tag", "tags")
"""Where a Readium body keeps its tags: `keyword` ("free text categorising the annotation",
the Readium annotations profile), `tag` (what Thorium Reader 3 writes and filters on: one
string, empty for none) and `tags` (a list, newer Thorium Reader)."""


READIUM_STYLE_KEYS = ("color", "highlight")
"""A Readium body's own style keys (the Readium annotations profile: "yellow", "solid"...),
which no other W3C body has: a body with one is a Readium body. (Its `language` and
`textDirection` are the W3C model's own, any TextualBody's, a tag's too.)"""


def _readium_tags(body: object) -> list[str]:
    """The tags a Readium body carries in `keyword`, `tag` or `tags` (none: empty)."""
    if not isinstance(body, dict):
        return []
    found: list[str] = []
    for key in READIUM_TAG_KEYS:
        value = body.get(key)
        for tag in value if key == "tags" and isinstance(value, list) else [value]:
            if isinstance(tag, str) and tag.strip() and tag.strip() not in found:
                found.append(tag.strip())
    return found


def _without_readium_tags(body: dict[str, Any], removed: set[str]) -> dict[str, Any]:
    """`body` with the Readium tags the user removed taken out of it (a `keyword` or `tag`
    key goes, a `tags` list loses them); its comment and style stay."""
    changed: dict[str, Any] = {}
    for key, value in body.items():
        if key in ("keyword", "tag") and isinstance(value, str) and value.strip() in removed:
            continue
        if key == "tags" and isinstance(value, list):
            value = [t for t in value if not (isinstance(t, str) and t.strip() in removed)]
            if not value:
                continue
        changed[key] = value
    return changed


def _nested_texts(body: object, depth: int) -> list[str]:
    """Texts inside a Choice, Composite, List or Independents body: shown after the comments,
    kept as written (they are never the editable note, so writing back cannot touch them). Of
    a Choice, one item only: the options are alternatives (a comment in French or in English),
    of which the consumer shows one, the first being the default (W3C model 3.2.8), not both
    run together; the first that says something in text (a recording's transcript after the
    recording)."""
    if not isinstance(body, dict) or depth > 4 or not isinstance(body.get("items"), list):
        return []
    if has_type(body.get("type"), "Choice"):
        for option in body["items"]:
            chosen = _nested_texts({"items": [option]}, depth + 1)
            if chosen:
                return chosen
        return []
    texts: list[str] = []
    for inner in body["items"]:
        role = body_role(inner)
        if role is not None and role[0] != "link":
            texts.append(role[1])
        elif role is None:
            texts.extend(_nested_texts(inner, depth + 1))
    return texts


def tag_body(tag: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": "tagging", "value": tag}


def note_body(note: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": "commenting", "value": note, "format": "text/plain"}


def write_bodies(item: dict[str, Any], tags: tuple[str, ...], note: str) -> None:
    """Give `item` (another tool's annotation JSON) these tags and first comment in place,
    keeping every other body, and each kept tag's or comment's own body, as it was."""
    original = item.get("body")
    out: list[Any] = []
    kept_tags: set[str] = set()
    note_placed = False
    note_in_body_value = False
    untyped = untyped_role(item)
    if "bodyValue" in item and untyped == "tag":
        value = text_of(item["bodyValue"])
        if value is not None and value.strip():
            if value in tags:
                kept_tags.add(value)
            else:
                del item["bodyValue"]
    elif "bodyValue" in item:
        note_in_body_value = text_of(item["bodyValue"]) not in (None, "") and bool(
            str(text_of(item["bodyValue"])).strip())
        if note_in_body_value:
            if note:
                if text_of(item["bodyValue"]) != note:
                    item["bodyValue"] = note
                note_placed = True
            else:
                del item["bodyValue"]
    bodies = as_list(original)
    note_at = None if note_in_body_value else _note_position(bodies, untyped)
    for n, body in enumerate(bodies):
        readium = [tag for tag in _readium_tags(body) if tag not in kept_tags]
        if readium and isinstance(body, dict):
            # The tags the user removed leave the body; its comment and style stay.
            body = _without_readium_tags(body, {tag for tag in readium if tag not in tags})
            readium = [tag for tag in readium if tag in tags]
            kept_tags.update(readium)
        role = body_role(body, untyped)
        if role is not None and role[0] == "tag":
            if role[1] in tags and role[1] not in kept_tags:
                kept_tags.add(role[1])
                out.append(body)
        elif role is not None and n == note_at:
            if note:
                out.append(body if role[1] == note else _with_text(body, note))
                note_placed = True
            else:
                kept_tags.difference_update(readium)  # its body goes with the note: tag
                # bodies instead
        else:
            out.append(body)
    out.extend(tag_body(tag) for tag in tags if tag not in kept_tags)
    if note and not note_placed:
        out.append(note_body(note))
    if out and "bodyValue" in item:
        # `bodyValue` stands for one plain-text body; with others beside it, it becomes one.
        out.insert(0, {"type": "TextualBody", "value": item.pop("bodyValue")})
    if not out:
        item.pop("body", None)
    elif isinstance(original, dict) and len(out) == 1:
        item["body"] = out[0]
    else:
        item["body"] = out


def _with_text(body: object, text: str) -> object:
    if not isinstance(body, dict):  # (a comment written as a string body: one as Parallax's)
        return note_body(text)
    changed = copy.deepcopy(body)
    key = "value" if "value" in changed else "chars"
    if isinstance(changed.get(key), dict) and "@value" in changed[key]:
        changed[key]["@value"] = text
    else:
        changed[key] = text
    if is_html(changed):
        # The user wrote plain text: said so, rather than passed off as markup (a "<" or "&"
        # typed would be read as HTML; the old markup is what the user replaced).
        changed["format"] = "text/plain"
    return changed
