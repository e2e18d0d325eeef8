"""Reading JSON fields for the annotation reader, each error naming the JSON path of the bad field.

`FormatError` is what every annotation reader raises: `where` is a JSON path such as
`$.first.items[3].target.selector[1].start`, so a user (or another tool's author) can find the
problem in the file. No Qt.
"""

from __future__ import annotations

from typing import Any

ORIGINAL_ID_KEY = "parallax:id"
"""Where an export whose format would change an annotation's id (Hypothesis' rows prefix a bare
id with their site; Readium requires a `urn:uuid:`) keeps the id as Parallax knows it, so that
importing the export again finds the same annotation, not a new one (a Recogito `#a88b...`
came back as `https://hypothes.is/a/#a88b...`: every round trip doubled them, tester56 #5)."""
MAX_SAFE_INTEGER = 2**53 - 1
"""Offsets beyond this cannot round-trip through every JSON reader; refuse them."""


class FormatError(ValueError):
    """The document is not a valid annotation document; `where` is a JSON path."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


def kind(value: object) -> str:
    """How a JSON value is named in messages ("an object", "a list", ...)."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def short(value: object) -> str:
    """`repr(value)`, cut to 40 characters for a one-line message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_LITERAL_KEYS = frozenset(("@value", "@type", "@language", "@direction"))


def literal(value: object) -> object:
    """The literal a JSON-LD value object stands for (`{"@value": 82}`, with its `@type` or
    `@language` or not, or a list of one such or of one plain value, as expanded JSON-LD
    writes), else `value` as it is: every field read as a number or a string reads it so, as a
    quote's text does (`"start": {"@value": 82}` was "expected a whole number, got an object",
    though the same under `oa:start` was read -- an interop tester's report)."""
    if isinstance(value, list) and len(value) == 1:
        only = value[0]
        if not isinstance(only, (list, dict)) or (isinstance(only, dict) and "@value" in only):
            value = only
    if isinstance(value, dict) and "@value" in value and value.keys() <= _LITERAL_KEYS:
        inner = value["@value"]
        if isinstance(inner, (str, int, float)) and not isinstance(inner, bool):
            return inner
    return value


def string(obj: dict[str, Any], key: str, where: str, *, allow_empty: bool = False) -> str:
    if key not in obj:
        raise FormatError(f"{where}.{key}", "missing")
    value = literal(obj[key])
    if not isinstance(value, str):
        raise FormatError(f"{where}.{key}", f"expected a string, got {kind(value)}")
    if not value and not allow_empty:
        raise FormatError(f"{where}.{key}", "must not be empty")
    return value


def optional_string(obj: dict[str, Any], key: str, where: str, *, allow_empty: bool = True
                    ) -> str | None:
    value = literal(obj.get(key))
    if value is None:
        return None
    if not isinstance(value, str):
        raise FormatError(f"{where}.{key}", f"expected a string, got {kind(value)}")
    if not value and not allow_empty:
        return None
    return value


def offset(obj: dict[str, Any], key: str, where: str) -> int:
    if key not in obj:
        raise FormatError(f"{where}.{key}", "missing")
    value = literal(obj[key])
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 16:
        value = int(value)  # (an RDF literal: `{"@value": "82", "@type": "xsd:integer"}`)
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # 38.0 from a tool that writes every number as a float
    if isinstance(value, bool) or not isinstance(value, int):
        raise FormatError(f"{where}.{key}", f"expected a whole number, got {kind(value)}")
    if not 0 <= value <= MAX_SAFE_INTEGER:
        raise FormatError(f"{where}.{key}", f"offset {short(value)} is out of range")
    return value


def as_list(value: object) -> list[Any]:
    """A JSON-LD value that may be one item or a list of them, as a list (absent: empty)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def item_where(where: str, key: str, value: object, n: int) -> str:
    """The path of the `n`th element of `value` (found at `where.key`), list or single."""
    return f"{where}.{key}[{n}]" if isinstance(value, list) else f"{where}.{key}"


def has_type(value: object, *wanted: str) -> bool:
    """`value` (a JSON-LD `type`, one or a list) names one of `wanted`, with or without the
    `oa:` prefix or the full Web Annotation IRI."""
    names = value if isinstance(value, list) else [value]
    for name in names:
        if isinstance(name, str):
            bare = name.rsplit("#", 1)[-1].removeprefix("oa:").removeprefix("as:")
            if bare in wanted:
                return True
    return False


MAX_NESTING = 64
"""JSON nested deeper than this inside one annotation is refused: a Web Annotation needs about
eight levels, and Python's JSON encoder and the readers here recurse -- a value nested some
900 levels deep read fine and then failed the save with a RecursionError."""


def check_nesting(value: object, where: str) -> None:
    """Raise FormatError when `value` nests lists and objects more than MAX_NESTING deep."""
    level: list[dict[str, Any] | list[Any]] = [value] if isinstance(value, (dict, list)) else []
    depth = 0
    while level:  # one level at a time: no recursion, and fast on the usual shallow item
        if depth > MAX_NESTING:
            raise FormatError(where, f"nested more than {MAX_NESTING} levels deep; not an "
                                     "annotation Parallax can keep")
        below: list[dict[str, Any] | list[Any]] = []
        for node in level:
            for child in node.values() if isinstance(node, dict) else node:
                if isinstance(child, (dict, list)):
                    below.append(child)
        level = below
        depth += 1
