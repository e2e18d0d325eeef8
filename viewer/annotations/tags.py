"""The tag set offered when tagging a claim: the defaults in `resources/tags.json` plus user tags.

Each tag has a short description and a colour from a colour-blind-safe palette (the defaults take
all of Okabe and Ito's); tags a user types that are not in the set get a stable colour from a
second such palette, so that no user tag looks like a default one.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from viewer.resources import resource_path

FALLBACK_COLOURS = ("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77",
                    "#CC6677", "#882255", "#AA4499")
"""Paul Tol's "muted" palette, for tags without a colour of their own: colour-blind safe, and
none of it the Okabe-Ito colours `resources/tags.json` gives the default tags."""


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
