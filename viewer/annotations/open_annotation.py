"""Open Annotation and JSON-LD that is not in the W3C context's compact form, as W3C annotations.

Three spellings of one model reach Parallax: the Open Annotation community draft (2013: `hasBody`,
`hasTarget`, `hasSource`, `hasSelector`, `motivatedBy`, `annotatedBy`, `chars`, tags as bodies of
type `oa:Tag`), the same with `oa:`-prefixed keys, and expanded JSON-LD (full IRIs for keys,
values as lists of `{"@value": ...}` or `{"@id": ...}`), which RDF tools write. `to_w3c` renames
their keys to the W3C context's terms (`target`, `body`, `source`, `selector`, `value`...),
unwraps expanded values, and gives the result the W3C `@context` (inline prefix definitions of
the original kept), so the annotation is read -- and written back -- as compact Web Annotation.
A collection or page so written (`as:OrderedCollection`, `as:first`, `as:items`) is given the
context's terms by `compact_container`, its annotations left to `to_w3c`. Keys from other
vocabularies are kept as they were. No Qt.
"""

from __future__ import annotations

import copy
from typing import Any

from .fields import as_list

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
OA = "http://www.w3.org/ns/oa#"
_RENAMED = {
    "hasTarget": "target", "hasBody": "body", "hasSource": "source", "hasSelector": "selector",
    "hasPurpose": "purpose", "motivatedBy": "motivation", "motivation": "motivation",
    "annotatedBy": "creator", "annotatedAt": "created", "serializedBy": "generator",
    "serializedAt": "generated", "hasScope": "scope", "hasState": "state",
    "styledBy": "stylesheet", "hasStartSelector": "startSelector",
    "hasEndSelector": "endSelector", "refinedBy": "refinedBy", "exact": "exact",
    "prefix": "prefix", "suffix": "suffix", "start": "start", "end": "end",
    "bodyValue": "bodyValue", "styleClass": "styleClass", "textDirection": "textDirection",
}
PREFIXES = {
    "rdf": ("http://www.w3.org/1999/02/22-rdf-syntax-ns#",),
    "cnt": ("http://www.w3.org/2011/content#",),
    "dcterms": ("http://purl.org/dc/terms/",),
    "dc": ("http://purl.org/dc/elements/1.1/",),
    "foaf": ("http://xmlns.com/foaf/0.1/",),
    "rdfs": ("http://www.w3.org/2000/01/rdf-schema#",),
    # (the W3C context maps "as" to the http IRI, which JSON-LD processors expanding against it
    # write; Activity Streams' own documents use https)
    "as": ("http://www.w3.org/ns/activitystreams#", "https://www.w3.org/ns/activitystreams#"),
}
"""The vocabularies the Web Annotation context takes terms from, by the prefix it gives them."""


def spellings(prefixed: str) -> tuple[str, ...]:
    """A prefixed term ("foaf:name") and every IRI it expands to."""
    prefix, _, local = prefixed.partition(":")
    return (prefixed, *(namespace + local for namespace in PREFIXES[prefix]))


def _every_spelling(terms: dict[str, str]) -> dict[str, str]:
    """`terms` (prefixed key -> W3C name), with each key's expanded IRIs too."""
    return {spelling: name for prefixed, name in terms.items()
            for spelling in spellings(prefixed)}


_OTHER_TERMS = {
    **_every_spelling({
        "rdf:value": "value", "cnt:chars": "value",
        "dcterms:created": "created", "dcterms:modified": "modified",
        "dcterms:creator": "creator", "dc:format": "format", "dc:language": "language",
        # (who made it, and a Choice's items: the Web Annotation context's own terms, which a
        # flattened or `oa:`-prefixed file writes as IRIs -- their names and comments were lost)
        "foaf:name": "name", "foaf:nick": "nickname", "foaf:mbox": "email",
        "foaf:homepage": "homepage", "as:generator": "generator", "as:items": "items",
        "as:name": "name"}),
    "chars": "value", "@id": "id", "@type": "type",
}
_TYPE_NAMES = _every_spelling({"foaf:Person": "Person", "foaf:Organization": "Organization",
                               "as:Application": "Software"})
"""The context's names for the agents' types (as:Application is its "Software")."""
_W3C_TERMS = frozenset(("id", "type", "body", "target", "source", "selector", "value",
                        "purpose", "motivation", "refinedBy", "startSelector", "endSelector",
                        "items"))
"""Compact W3C keys, which may hold Open Annotation nodes inside."""
_IRI_VALUED = ("type", "motivation", "purpose")
"""Properties whose values are Web Annotation names: `oa:tagging` -> `tagging`."""


def _term(key: str) -> str | None:
    """The W3C term for an Open Annotation or expanded key, or None for any other key."""
    if key in _OTHER_TERMS:
        return _OTHER_TERMS[key]
    for prefix in (OA, "oa:"):
        if key.startswith(prefix):
            return _RENAMED.get(key[len(prefix):], key[len(prefix):])
    renamed = _RENAMED.get(key)
    return renamed if renamed != key else None  # a bare Open Annotation key (hasBody...)


_COMPACT_TERMS = frozenset((*_RENAMED.values(), *_OTHER_TERMS.values(), *_W3C_TERMS))


def known_term(name: str) -> str | None:
    """The W3C context's term `name` stands for (an `oa:` name, an IRI, another vocabulary's
    term the context uses, `@id`, or the term itself), or None for any other name."""
    if name in _COMPACT_TERMS:
        return name
    return _term(name) or None


def is_open_annotation(value: object) -> bool:
    """An annotation written with Open Annotation or expanded keys (no W3C `target`)."""
    return isinstance(value, dict) and "target" not in value and any(
        _term(key) == "target" for key in value)


def to_w3c(item: dict[str, Any]) -> dict[str, Any]:
    """The compact W3C form of `item` (not changed)."""
    converted = _node(item)
    assert isinstance(converted, dict)
    if "@context" in item:
        inline = [c for c in as_list(item["@context"]) if isinstance(c, dict)]
        converted = {"@context": [W3C_CONTEXT, *inline] if inline else W3C_CONTEXT,
                     **{k: v for k, v in converted.items() if k != "@context"}}
    return converted


def with_compact_keywords(item: dict[str, Any]) -> dict[str, Any]:
    """`item`, a W3C annotation that may still use JSON-LD's keywords or `oa:` names where the
    context has its own terms -- `"@id"`, `"@type": "oa:Annotation"`, a selector typed
    `oa:TextQuoteSelector` (a file with its own `@context` and `@graph`, whose keys are the W3C
    ones) -- with the context's terms: `id`, `type`, `Annotation`. The same statements under
    the W3C context, written as W3C tools and Parallax's schema read them: written back as read,
    the export had no `id` nor `type` (a tester's report). Only the W3C terms' nodes are looked
    into, and a typed value (`{"@value", "@type"}`, a datatype) is left as it is; a key that
    is there in both spellings keeps both. `item` itself when nothing changes."""
    compact = _compact_node(item, 0)
    assert isinstance(compact, dict)
    return compact


_MAX_COMPACT_DEPTH = 32
"""Nodes looked into at most (the reader refused deeper nesting before: `check_nesting`)."""


_KEYWORD_TERMS = {"@id": "id", "@type": "type"}
"""The W3C context's own names for JSON-LD's keywords."""


def _compact_node(value: object, depth: int) -> object:
    if isinstance(value, list):
        members = [_compact_node(member, depth + 1) for member in value]
        return value if all(a is b for a, b in zip(members, value, strict=True)) else members
    if not isinstance(value, dict) or "@value" in value or depth > _MAX_COMPACT_DEPTH:
        return value
    given: dict[str, Any] = value
    node: dict[str, Any] = {}
    changed = False
    for name, inner in given.items():
        term = _KEYWORD_TERMS.get(name, name)
        if term != name and term in given:
            term = name  # (both spellings: neither is lost)
        if term in _IRI_VALUED:
            compact = _names(inner)
        elif term in _COMPACT_TERMS:
            compact = _compact_node(inner, depth + 1)
        else:
            compact = inner  # (another vocabulary's: kept as it was)
        changed = changed or term != name or compact is not inner
        node[term] = compact
    return node if changed else given


def _names(value: object) -> object:
    """A `type`, `motivation` or `purpose` value with the context's names (`_name`)."""
    if isinstance(value, list):
        names = [_name(name) for name in value]
        return value if names == value else names
    named = _name(value)
    return value if named == value else named


def _node(value: object, key: str | None = None) -> object:
    if isinstance(value, list):
        values = [_node(v, key) for v in value]
        return values[0] if len(values) == 1 else values
    if not isinstance(value, dict):
        return _name(value) if key in _IRI_VALUED else value
    if "@value" in value:
        return value["@value"] if set(value) <= {"@value", "@type"} else dict(value)
    if set(value) == {"@list"} and isinstance(value["@list"], list):
        return [_node(v, key) for v in value["@list"]]  # (a Choice's items, in order)
    if set(value) == {"@id"}:
        return _name(value["@id"]) if key in _IRI_VALUED else value["@id"]
    node: dict[str, Any] = {}
    for name, inner in value.items():
        term = _term(name)
        if term is None and name not in _W3C_TERMS:
            node[name] = inner  # another vocabulary's, or @context: kept as it was
        elif (term or name) not in node:
            node[term or name] = _node(inner, term or name)
        else:  # two spellings of one property: neither is lost
            node[name] = inner
    if _is_tag_body(node):
        node.setdefault("purpose", "tagging")
    return node


def _name(value: object) -> object:
    if isinstance(value, str):
        if value in _TYPE_NAMES:
            return _TYPE_NAMES[value]
        for prefix in (OA, "oa:"):
            if value.startswith(prefix):
                return value[len(prefix):]
    return value


def _is_tag_body(node: dict[str, Any]) -> bool:
    """An Open Annotation tag: a text body typed `oa:Tag` (2013 drafts had no purpose)."""
    return "value" in node and "Tag" in as_list(node.get("type"))


_CONTAINER_TYPES = _every_spelling({"as:OrderedCollection": "AnnotationCollection",
                                    "as:OrderedCollectionPage": "AnnotationPage"})
"""The W3C context's collection and page, as expanded JSON-LD or `as:`-prefixed keys type them."""
_CONTAINER_TERMS = {
    **_every_spelling({"as:first": "first", "as:last": "last", "as:next": "next",
                       "as:prev": "prev", "as:items": "items", "as:totalItems": "total",
                       "as:partOf": "partOf", "as:startIndex": "startIndex",
                       "rdfs:label": "label", "dcterms:created": "created",
                       "dcterms:modified": "modified", "dcterms:creator": "creator",
                       "as:generator": "generator"}),
    "@id": "id", "@type": "type",
}
_CONTAINER_LINKS = frozenset(("first", "last", "next", "prev", "partOf"))
"""Container properties that hold another collection or page (or its IRI)."""


def compact_container(value: object) -> object:
    """An AnnotationCollection or AnnotationPage written as expanded JSON-LD or with `as:` keys
    (a JSON-LD processor's output: `as:OrderedCollection`, `as:first`, `as:items` as an
    `@list`), its keys and types in the W3C context's terms; its annotations are left as they
    are (`to_w3c` reads them one by one). A list is asked of each of its members (a copy of its
    own kind: a JSON Lines file keeps its line numbers and problems), a JSON-LD `@graph` of each
    node; anything else comes back as it was."""
    if isinstance(value, list):
        if not any(_is_container(item) for item in value):
            return value
        members = copy.copy(value)
        for index, item in enumerate(members):
            if _is_container(item):
                members[index] = _container(item)
        return members
    if isinstance(value, dict) and isinstance(value.get("@graph"), list):
        graph = compact_container(value["@graph"])
        return value if graph is value["@graph"] else {**value, "@graph": graph}
    return _container(value) if isinstance(value, dict) and _is_container(value) else value


def _is_container(value: object) -> bool:
    return isinstance(value, dict) and any(
        isinstance(name, str) and name in _CONTAINER_TYPES
        for name in as_list(value.get("@type", value.get("type"))))


MAX_CONTAINERS = 100_000
"""Collections and pages embedded in one another compacted at most (a hostile file)."""


def _container(node: dict[str, Any]) -> dict[str, Any]:
    """`node` and the collections and pages embedded in it (`first`, `next`...), one after
    another (a chain of pages thousands long needs no recursion), given the context's terms."""
    top = _container_keys(node)
    pending = [top]
    for _ in range(MAX_CONTAINERS):
        if not pending:
            break
        current = pending.pop()
        for link in _CONTAINER_LINKS:
            inner = current.get(link)
            if isinstance(inner, dict) and _is_container(inner):
                current[link] = _container_keys(inner)
                pending.append(current[link])
    return top


def _container_keys(node: dict[str, Any]) -> dict[str, Any]:
    """One collection's or page's own keys and type in the context's terms."""
    compact: dict[str, Any] = {}
    for key, inner in node.items():
        term = _CONTAINER_TERMS.get(key)
        if term is None or term in compact:
            compact[key] = inner  # another vocabulary's, or a second spelling: kept
            continue
        # (a page's items stay a list, of one annotation too: only an `@list` is unwrapped)
        value = _listed(inner) if term == "items" else _unwrapped(inner)
        if term == "type":
            value = [_CONTAINER_TYPES.get(name, name) if isinstance(name, str) else name
                     for name in as_list(value)]
            value = value[0] if len(value) == 1 else value
        compact[term] = value
    return compact


def _listed(value: object) -> object:
    """A page's expanded items as a list: `[{"@list": [...]}]` or `{"@list": [...]}` its
    members, a list as it is, one annotation a list of one."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict) \
            and set(value[0]) == {"@list"}:
        value = value[0]
    if isinstance(value, dict) and set(value) == {"@list"} and isinstance(value["@list"], list):
        return value["@list"]
    return value if isinstance(value, list) else [value]


def _unwrapped(value: object) -> object:
    """An expanded value as compact JSON: a one-member list its member, `{"@value": v}` v,
    `{"@id": iri}` the IRI, `{"@list": [...]}` the list."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict):
        if set(value) == {"@list"} and isinstance(value["@list"], list):
            return value["@list"]
        if "@value" in value and set(value) <= {"@value", "@type", "@language"}:
            return value["@value"]
        if set(value) == {"@id"}:
            return value["@id"]
    return value
