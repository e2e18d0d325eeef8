"""A JSON-LD file's own names for the Web Annotation terms, read as those terms.

JSON-LD lets a file define its own keys in its `@context`: `{"quote": "oa:exact", "page":
"oa:hasSource", "comment": "oa:bodyValue"}` makes `"quote"` the W3C `exact`. A reader that
knows only the W3C context's names found no `exact` and refused such a file ("missing or
empty", a tester's report). `with_context_aliases` renames the keys a context defines as
aliases of terms Parallax reads (given as `oa:` names, full IRIs, another vocabulary's term
the W3C context uses, `@id`/`@type`, or the W3C name itself), in the node whose context it is
and the nodes inside it, and the values of `type`, `motivation` and `purpose` that name such
an alias. Anything else a context can say (a type coercion, a language, a remote context, a
`@vocab`) is left as it is: those change no key Parallax looks for. So, in an annotation the
Open Annotation reader converts (no W3C `target`), is an alias of a key that reader knows by
that name (`hasBody`, `chars`): `open_annotation.to_w3c` reads those, and more than their
names. No Qt.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from .fields import as_list
from .json_input import with_repeat_of
from .open_annotation import is_open_annotation, known_term

_NAMED_VALUES = ("type", "motivation", "purpose")
"""Keys whose values are names a context may alias too (`"type": "Quote"`)."""


_Value = TypeVar("_Value")


def with_context_aliases(document: _Value) -> _Value:
    """`document` with the aliases its contexts define replaced by the terms they stand for
    (a copy of the same kind; `document` itself when no context defines any)."""
    if not _defines_aliases(document):
        return document
    return cast("_Value", _renamed(document, {}))


_CONTEXT_DEPTH = 8
"""How deep below the node read a context is looked for: a collection, its page, an annotation,
its target, selector and refinement are a few levels; a context deeper than any of them is
left unread rather than every node of a deep document walked."""


def _defines_aliases(value: object) -> bool:
    """Whether a context in `value` or a node inside it (a target's own, as well as the file's
    or the annotation's) defines an alias."""
    level = [value]
    for _ in range(_CONTEXT_DEPTH):
        below: list[object] = []
        for node in level:
            if isinstance(node, dict):
                if "@context" in node and aliases_in(node["@context"]):
                    return True
                below.extend(node.values())
            elif isinstance(node, list):
                below.extend(node)
        if not below:
            return False
        level = below
    return False


def aliases_in(context: object) -> dict[str, str]:
    """The aliases (key -> W3C term) the inline definitions of `context` give."""
    found: dict[str, str] = {}
    for definitions in as_list(context):
        if not isinstance(definitions, dict):
            continue  # (a remote context, such as the W3C one, defines the terms themselves)
        for alias, meant in definitions.items():
            if isinstance(meant, dict):
                meant = meant.get("@id")
            if not isinstance(alias, str) or alias.startswith("@") or not isinstance(meant, str):
                continue
            term = known_term(meant)
            if term and alias != term:
                found[alias] = term
    return found


def _left_to_open_annotation(node: dict[str, Any], aliases: dict[str, str]) -> dict[str, str]:
    """`aliases` without those of keys the Open Annotation reader reads as that term itself
    (the OA 2013 context's own "hasBody": "oa:hasBody", "chars": "cnt:chars") when `node` is an
    annotation that reader converts: one with no W3C `target` once the other aliases are
    renamed. Renamed there, it looked like a W3C annotation and its Open Annotation reading,
    which makes an oa:Tag body a tag, never ran. Anywhere else they are renamed as the others
    are: an annotation with a `target` is read as W3C, where `hasBody` would be lost."""
    others = {alias: term for alias, term in aliases.items() if known_term(alias) != term}
    if len(others) == len(aliases):
        return aliases
    keys = dict.fromkeys(others.get(key, key) for key in node if key != "@context")
    return others if is_open_annotation(keys) else aliases


def _renamed(document: object, inherited: dict[str, str]) -> object:
    """`document` copied with its keys renamed, each node under the aliases of its own context
    and its ancestors' (one node at a time: a document may nest deeply)."""
    root: list[Any] = [None]
    # (a value, the aliases in force there, and where its copy goes: container and slot)
    pending: list[tuple[object, dict[str, str], Any, Any]] = [(document, inherited, root, 0)]
    while pending:
        value, aliases, parent, slot = pending.pop()
        if isinstance(value, list):
            copied: list[Any] = [None] * len(value)
            parent[slot] = copied
            pending.extend((inner, aliases, copied, n) for n, inner in enumerate(value))
            continue
        if not isinstance(value, dict):
            parent[slot] = value
            continue
        own = aliases_in(value.get("@context"))
        scope = _left_to_open_annotation(value, {**aliases, **own} if own else aliases)
        node: dict[str, Any] = with_repeat_of(value, {})  # (still refused where it was)
        for key, inner in value.items():
            if key == "@context":  # (kept as written: it is what defines the aliases)
                node[key] = inner
                continue
            name: str = scope.get(key) or key
            if name in node or (name != key and name in value):
                name = key  # (the term is there under its own name too: neither is lost)
            node[name] = None  # (its place in the key order; the copy is put there)
            if name in _NAMED_VALUES:
                inner = _named(inner, scope)
            pending.append((inner, scope, node, name))
        parent[slot] = node
    return root[0]


def _named(value: object, aliases: dict[str, str]) -> object:
    if isinstance(value, str):
        return aliases.get(value, value)
    if isinstance(value, list):
        return [aliases.get(v, v) if isinstance(v, str) else v for v in value]
    return value
