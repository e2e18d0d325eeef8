"""Annotorious' own annotations (text-annotator-js, RecogitoJS 2+, Annotorious 3) as W3C ones.

What `getAnnotations()` of these libraries returns, and what their users save: not Web
Annotation but the libraries' core model -- `bodies` (each with its `annotation`'s id back,
`purpose`, `value`, `creator`, `created`, `updated`) and one `target` holding the `creator`,
`created` and `updated` of the annotation and a list of `selector`s, for text `{"quote",
"start", "end", "range"}` with no `type` (`range` is the browser's DOM Range, `{}` once
saved). `to_w3c` does what the libraries' own W3C adapter (`W3CTextFormat`, serializing) does:
each body as a W3C body (`updated` as `modified`, without the back reference), the target's
creator and dates on the annotation, one target per selector holding a `TextQuoteSelector`
and a `TextPositionSelector` (and every other target field as it was). Parallax writes such
an annotation back in that W3C form, which the same adapter reads back. No Qt.
"""

from __future__ import annotations

from typing import Any

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def is_core_annotation(value: object) -> bool:
    """An annotation in the libraries' core model: no `type`, a `bodies` list and a `target`
    object (never a W3C `body`)."""
    return (isinstance(value, dict) and "type" not in value and "@type" not in value
            and isinstance(value.get("bodies"), list) and "body" not in value
            and isinstance(value.get("target"), dict))


def to_w3c(core: dict[str, Any]) -> dict[str, Any]:
    """The W3C form of one core annotation (the input is not changed)."""
    item: dict[str, Any] = {"@context": W3C_CONTEXT}
    if "id" in core:
        item["id"] = core["id"]
    item["type"] = "Annotation"
    item.update({k: v for k, v in core.items() if k not in ("id", "bodies", "target")})
    target = dict(core["target"])
    selectors = target.pop("selector", None)
    for key, w3c_key in (("creator", "creator"), ("created", "created"),
                         ("updated", "modified")):
        if target.get(key) is not None:
            item[w3c_key] = target.pop(key)
        target.pop(key, None)
    item["body"] = [_w3c_body(body) for body in core["bodies"]]
    if isinstance(selectors, list) and selectors:
        item["target"] = [_w3c_target(target, selector) for selector in selectors]
    elif isinstance(selectors, dict):
        item["target"] = _w3c_target(target, selectors)
    else:
        item["target"] = target
    return item


def _w3c_body(body: object) -> object:
    if not isinstance(body, dict):
        return body
    converted = {k: v for k, v in body.items() if k not in ("annotation", "updated")}
    if body.get("updated") is not None:
        converted["modified"] = body["updated"]
    return converted


def _w3c_target(target: dict[str, Any], selector: object) -> dict[str, Any]:
    """One W3C target for one core selector: a text selector as a quote and a position (its
    `range`, a browser object, dropped as the adapter drops it); any other kept as it is."""
    converted = dict(target)
    if not (isinstance(selector, dict) and "type" not in selector
            and isinstance(selector.get("quote"), str)):
        converted["selector"] = selector
        return converted
    if "id" in selector:
        converted["id"] = selector["id"]
    w3c: list[dict[str, Any]] = [{"type": "TextQuoteSelector", "exact": selector["quote"]}]
    if "start" in selector or "end" in selector:
        w3c.append({"type": "TextPositionSelector", "start": selector.get("start"),
                    "end": selector.get("end")})
    rest = {k: v for k, v in selector.items()
            if k not in ("id", "quote", "start", "end", "range")}
    converted.update(rest)  # (the adapter keeps a selector's `scope` on its target)
    converted["selector"] = w3c
    return converted
