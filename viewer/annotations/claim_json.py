"""Claim groups and their verdicts as JSON: `parallax:claims` in an annotation file, and a
project's claim-group records (`viewer.projects`), one shape for both. No Qt."""

from __future__ import annotations

from typing import Any

from .fields import FormatError, kind, optional_string, string
from .model import ClaimGroup, Verdict

VERDICT_FIELDS = (("rating", "alternateName"), ("author", "author"), ("date", "datePublished"),
                  ("url", "url"))
"""Verdict attributes and their `parallax:verdict` keys (schema.org's names)."""


def claim_to_json(group: ClaimGroup) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": "parallax:ClaimGroup", "label": group.name}
    if group.description:
        entry["parallax:description"] = group.description
    if group.verdict is not None:
        entry["parallax:verdict"] = verdict_to_json(group.verdict)
    return entry


def verdict_to_json(verdict: Verdict) -> dict[str, Any]:
    """A verdict as `parallax:verdict` holds it (schema.org's names), in an annotation file or
    a project's claim-group record."""
    found: dict[str, Any] = {name: getattr(verdict, attribute)
                             for attribute, name in VERDICT_FIELDS if getattr(verdict, attribute)}
    if verdict.value is not None:
        found["ratingValue"] = verdict.value
    return found


def claims_from_json(value: object, where: str) -> tuple[ClaimGroup, ...]:
    if not isinstance(value, list):
        raise FormatError(where, f"expected a list of claim groups, got {kind(value)}")
    groups: dict[str, ClaimGroup] = {}
    for n, entry in enumerate(value):
        entry_where = f"{where}[{n}]"
        if not isinstance(entry, dict):
            raise FormatError(entry_where, f"expected a claim group object, got {kind(entry)}")
        name = string(entry, "label", entry_where)
        description = optional_string(entry, "parallax:description", entry_where) or ""
        verdict = verdict_from_json(entry.get("parallax:verdict"),
                                    f"{entry_where}.parallax:verdict")
        groups.setdefault(name, ClaimGroup(name, description, verdict))
    return tuple(groups.values())


def verdict_from_json(value: object, where: str) -> Verdict | None:
    """The verdict `verdict_to_json` wrote (None for none); raises FormatError naming `where`."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise FormatError(where, f"expected a verdict object, got {kind(value)}")
    texts = {attribute: optional_string(value, name, where) or ""
             for attribute, name in VERDICT_FIELDS}
    if not texts["rating"]:
        raise FormatError(f"{where}.alternateName", "missing: a verdict needs its rating")
    rating_value = value.get("ratingValue")
    if rating_value is not None and (isinstance(rating_value, bool)
                                     or not isinstance(rating_value, int)):
        raise FormatError(f"{where}.ratingValue", f"expected a whole number, got "
                                                  f"{kind(rating_value)}")
    return Verdict(texts["rating"], rating_value, texts["author"], texts["date"], texts["url"])
