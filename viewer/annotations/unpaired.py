"""Half a character in an annotation file (an unpaired UTF-16 surrogate): dropped from a quote's
context, anywhere else the one annotation holding it named and left out.

A JSON string may hold a `\\uD800`-`\\uDFFF` escape that pairs with no other; Python reads it
as a lone surrogate, which can never be written as UTF-8, so an annotation holding one could
never be saved. A quote's context is often cut so: Hypothesis' client keeps 32 UTF-16 units of
`prefix` and `suffix`, and its cut can fall inside an emoji. The context only helps choose
between occurrences of the quote, so the broken half is dropped there (`mend_cut_context`)
and the annotation is placed. Anywhere else -- the quote, a note, a tag, an id -- the text is
not Parallax's to change: the annotation is not read, the JSON path of the string named
(`unpaired_surrogate_at`), and the others are (one such annotation refused the whole file: an
interop tester's report). No Qt.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Annotation

UNPAIRED_PROBLEM = ("an unpaired UTF-16 surrogate escape (\\uD800-\\uDFFF): half of a "
                    "character, which could not be saved")
_UNPAIRED = re.compile("[\ud800-\udfff]")
"""(Python's JSON reader joins a valid pair into one character: any surrogate left is alone.)"""
_CONTEXT_KEYS = ("prefix", "suffix")


def _is_context_key(key: str) -> bool:
    """`prefix` or `suffix` as any spelling writes it: bare, `oa:` or the full IRI."""
    return key.rsplit("#", 1)[-1].removeprefix("oa:") in _CONTEXT_KEYS


def mend_cut_context(document: object) -> None:
    """Drop the unpaired surrogates from every quote context in `document`, in place (a
    freshly read JSON value: nobody else holds it). Walks the whole document: call it only
    when the file's text holds a surrogate escape at all."""
    stack: list[object] = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, inner in value.items():
                if isinstance(key, str) and _is_context_key(key):
                    value[key] = _without_unpaired(inner)
                else:
                    stack.append(inner)
        elif isinstance(value, list):
            stack.extend(value)


def _without_unpaired(value: object, depth: int = 0) -> object:
    """A context value (a string, a `{"@value": ...}` literal, a list of them) mended."""
    if isinstance(value, str):
        return _UNPAIRED.sub("", value)
    if depth > 4:  # (a context is a literal: anything deeper is left for the reader to refuse)
        return value
    if isinstance(value, list):
        return [_without_unpaired(inner, depth + 1) for inner in value]
    if isinstance(value, dict):
        return {key: _without_unpaired(inner, depth + 1) for key, inner in value.items()}
    return value


def unpaired_surrogate_at(value: object, where: str) -> str | None:
    """The JSON path (below `where`) of the first string or key in `value` holding an
    unpaired surrogate, else None."""
    stack: list[tuple[str, object]] = [(where, value)]
    while stack:
        place, inner = stack.pop()
        if isinstance(inner, str):
            if _UNPAIRED.search(inner):
                return place
        elif isinstance(inner, dict):
            entries: list[tuple[str, Any]] = []
            for key, item in inner.items():
                entries += [(f"{place}.{key}", key), (f"{place}.{key}", item)]
            stack.extend(reversed(entries))
        elif isinstance(inner, list):
            stack.extend(reversed([(f"{place}[{n}]", item) for n, item in enumerate(inner)]))
    return None


def holds_unpaired_surrogate(annotation: Annotation) -> bool:
    """Some text of `annotation` could not be written as UTF-8 (one regular expression over
    its strings joined: reading 50,000 annotations must not walk each one's JSON again)."""
    texts = [annotation.id, annotation.article_id, annotation.source, annotation.exact,
             annotation.prefix, annotation.suffix, annotation.note, annotation.claim or "",
             annotation.file_name or "", annotation.original_exact or "",
             annotation.moved_from or "",
             annotation.created or "", annotation.modified or "", *annotation.tags,
             *annotation.other_notes, *annotation.links,
             annotation.kept.item if annotation.kept is not None else ""]
    return _UNPAIRED.search("".join(texts)) is not None
