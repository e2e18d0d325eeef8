"""An annotation read from another tool's file, as the JSON-LD and Readium exports target it:
at the address its article has now, the address its tool gave kept beside it.

Parallax's own annotations name their article as it is known now (`model.with_current_sources`:
the URL given in Article details, else the file's). One read from another tool is written back
as it came (`keeping`), its target too, so those two exports sent a colleague the
`file:///home/...` of the copy it was made on where the CSV and the Hypothesis export gave the
article's URL (a reviewer's report). Placed in an article, its target -- the one it is placed by
(`placing_target`), and any other naming the same page -- gets the article's address as its
`source`, the one its tool gave kept in `parallax:originalSource` (never replaced by a later
export's), where that one names a copy of the article (a web page, a file: `names_a_copy`). A
web page is re-pointed only at a web address (the URL given in Article details), never at the
exporter's own file (`file:///tmp/.../spiegel.txt` in place of the spiegel.de page: a
reviewer's report). A place in the tool's own document (an EPUB's chapter) stays: its tool
places the note by it, and the export to that tool is how the note goes back (`as_given`
undoes the re-pointing for the Hypothesis export). An orphan, in no article here, keeps its
target as it came. No Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from .fields import FormatError, as_list
from .model import AnchorStatus, Annotation
from .named_articles import names_a_copy
from .selectors import target_evidence

ORIGINAL_SOURCE_KEY = "parallax:originalSource"
"""Where a re-pointed target keeps the `source` its tool gave (as `parallax:originalExact`
keeps the quote a fuzzy match replaced)."""


def with_current_targets(annotations: Iterable[Annotation]) -> list[Annotation]:
    """`annotations` with each placed one read from another tool's file (`kept`) targeting the
    address it has now (`annotation.source`, set by anchoring and `with_current_sources`)."""
    return [_repointed(annotation) for annotation in annotations]


def exported_source(annotation: Annotation) -> str:
    """The address an export names `annotation`'s article by (the CSV's `source`): the
    article's (`annotation.source`), except a web page its tool gave where the article has
    only a file here, which is never swapped for the exporter's disk path (as the JSON-LD,
    Readium and Hypothesis exports keep it: the CSV alone gave `file:///...`, tester60 #8)."""
    kept = annotation.kept
    if kept is None or annotation.status is AnchorStatus.ORPHANED or not annotation.source \
            or _web_page(annotation.source):
        return annotation.source
    given = _given_source(json.loads(kept.item).get("target"))
    return given if isinstance(given, str) and _web_page(given) else annotation.source


def _given_source(target: object) -> object:
    """The `source` of the target an annotation is placed by, or the page's IRI it names."""
    placing = placing_target(target)
    return placing.get("source") if placing is not None else next(
        (one for one in as_list(target) if isinstance(one, str)), None)  # (a page's IRI)


def _repointed(annotation: Annotation) -> Annotation:
    kept = annotation.kept
    if kept is None or annotation.status is AnchorStatus.ORPHANED or not annotation.source:
        return annotation
    item: dict[str, Any] = json.loads(kept.item)
    target = item.get("target")
    given = _given_source(target)
    if not isinstance(given, str) or not given or given == annotation.source \
            or not names_a_copy(given):
        # (no source -- `keeping` gives it the article's -- or one that is an object, a IIIF
        # canvas, or already the article's address; or a place in its tool's own document,
        # an EPUB's chapter, by which Thorium places a note it gets back)
        return annotation
    now = annotation.source
    if _web_page(given) and not _web_page(now):
        # (the article has no URL here, only its file: a web page is never swapped for the
        # exporter's own disk path -- a colleague reading the export, or Hypothesis reading
        # it back, would get file:///home/... for the page the note was made on)
        return annotation
    targets = [_pointed(one, given, now) for one in as_list(target)]
    item["target"] = targets if isinstance(target, list) else targets[0]
    return replace(annotation, kept=replace(kept, item=json.dumps(item, ensure_ascii=False)))


def _web_page(address: str) -> bool:
    """Does `address` name a web page (an http or https address)?"""
    return urlsplit(address.strip()).scheme.lower() in ("http", "https")


def _pointed(target: object, given: str, now: str) -> object:
    """`target` at `now` when it names the page `given` (as an IRI, or as its `source`)."""
    if target == given:
        return {"source": now, ORIGINAL_SOURCE_KEY: given}  # (the whole page, as it was)
    if isinstance(target, dict) and target.get("source") == given:
        return {**target, "source": now, ORIGINAL_SOURCE_KEY: target.get(
            ORIGINAL_SOURCE_KEY, given)}
    return target


def as_given(target: object) -> object:
    """`target` as its tool gave it: one re-pointed at its article (`parallax:originalSource`
    kept) back at the source it came with, for the export that takes the annotation back to
    its tool (Hypothesis, whose row names that page in its `uri`: a target at another address
    beside it, the article's URL or a file an earlier export put there, contradicts it)."""
    if isinstance(target, dict) and isinstance(target.get(ORIGINAL_SOURCE_KEY), str):
        given = {key: value for key, value in target.items() if key != ORIGINAL_SOURCE_KEY}
        return {**given, "source": target[ORIGINAL_SOURCE_KEY]}
    return target


def placing_target(target: object) -> dict[str, Any] | None:
    """Of the targets an annotation came with, the one it is placed by: the first with
    selectors of text (as `selectors.target_evidence` chooses), else the first. (The first
    was written: a CSS selector on one page before the quote on another, and a Readium set
    read back orphaned the annotation -- an interop tester's report.)"""
    candidates = [t for t in as_list(target) if isinstance(t, dict)]
    for candidate in candidates:
        try:
            evidence = target_evidence(candidate, "$.target")
        except FormatError:
            continue
        if evidence.selectors and evidence.usable:
            return candidate
    return candidates[0] if candidates else None
