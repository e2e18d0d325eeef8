"""The tag set offered when tagging a claim: the defaults in `resources/tags.json` plus user tags.

Each tag has a short description and a colour from a colour-blind-safe palette; tags a user types
that are not in the set get a stable colour from the same palette.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from viewer.resources import resource_path

FALLBACK_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
                    "#CC79A7", "#999999")
"""Okabe-Ito palette, for tags without a colour of their own."""


@dataclass(frozen=True)
class TagDefinition:
    name: str
    description: str = ""
    colour: str = "#999999"


def colour_for(name: str) -> str:
    """A stable palette colour for a tag that has none (same name, same colour, every run)."""
    return FALLBACK_COLOURS[zlib.crc32(name.encode("utf-8", "replace")) % len(FALLBACK_COLOURS)]


def default_tags() -> tuple[TagDefinition, ...]:
    """The bundled default tag set."""
    with resource_path("tags.json").open(encoding="utf-8") as stream:
        data = json.load(stream)
    return tuple(
        TagDefinition(entry["name"], entry.get("description", ""),
                      entry.get("colour") or colour_for(entry["name"]))
        for entry in data["tags"]
    )


def tag_set(extra_names: Iterable[str] = (),
            defaults: Iterable[TagDefinition] | None = None) -> tuple[TagDefinition, ...]:
    """The defaults followed by any other tag names in use (e.g. `AnnotationSet.tags_in_use()`)."""
    tags = {t.name: t for t in (default_tags() if defaults is None else defaults)}
    for name in extra_names:
        if name and name not in tags:
            tags[name] = TagDefinition(name, "", colour_for(name))
    return tuple(tags.values())
