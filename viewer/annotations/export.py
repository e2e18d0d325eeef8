"""The export writers behind `parallax export`: JSON-LD, CSV or HTML of anchored annotations
(the CSV table in `csv_export`, the HTML report in `html_report`, ClaimReview in `claimreview`,
the Hypothesis client's export file in `hypothesis_export`, a Readium annotation set for Thorium
Reader in `readium_export`): `export_file` chooses the writer and says what it left out.
(The command itself -- reading, anchoring, writing the file -- is `viewer.commands.export`.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from viewer.corpus import Article
from viewer.printable import writable

from .export_losses import Dropped, alternatives_left_out, dropped, has_alternatives
from .formats import FORMATS
from .html_report import to_html
from .model import Annotation, ClaimGroup, with_current_sources, with_writable_names
from .repointing import with_current_targets
from .w3c import dumps_collection


@dataclass(frozen=True)
class Exported:
    """An export file's bytes, and how many annotations the format could not hold."""

    data: bytes
    left_out: int = 0
    """Annotations left out of the file (Hypothesis: those that name no page)."""
    without_selector: tuple[str, ...] = ()
    """Ids of annotations whose selectors the format cannot hold (Hypothesis: CSS, XPath...
    where they are not at hand to write as they came), written about their whole page."""
    dropped: tuple[Dropped, ...] = ()
    """What of the annotations' bodies the format has no place for (a link body, a comment's
    language or markup), one kind each with how many annotations: the export says it."""


def export_bytes(export_format: str, annotations: Sequence[Annotation],
                 claims: Iterable[ClaimGroup], articles: Sequence[Article], *,
                 collection_id: str, title: str,
                 collection_extra: dict[str, Any] | None = None,
                 page_id: str | None = None) -> bytes:
    """The file `parallax export --format export_format` writes (`export_file`'s bytes)."""
    return export_file(export_format, annotations, claims, articles, collection_id=collection_id,
                       title=title, collection_extra=collection_extra, page_id=page_id).data


def export_file(export_format: str, annotations: Sequence[Annotation],
                claims: Iterable[ClaimGroup], articles: Sequence[Article], *,
                collection_id: str, title: str,
                collection_extra: dict[str, Any] | None = None,
                page_id: str | None = None,
                events: Mapping[str, int] | None = None) -> Exported:
    """The file `parallax export --format export_format` (and the window's Export
    annotations…) writes, for annotations already anchored against `articles`, with what it
    left out. Claims named by an annotation but not listed are added. `collection_extra`: the
    read collection's other properties, and `page_id` its page's id, kept in a JSON-LD export;
    `events`: each article's event, for the HTML report (`to_html`)."""
    claims = _claims_with_used(claims, annotations)
    # (each format targets the article as it is now known: the URL the user gave in Article
    # details, not the file address the annotation was made on)
    annotations = with_current_sources(annotations, articles)
    # Names from the file system (a file name, a project's or annotation file's name) may hold
    # bytes that are not UTF-8, which no UTF-8 file can hold: written as every message and the
    # annotation file write them (`writable`), the export is made rather than refused.
    annotations = [with_writable_names(annotation) for annotation in annotations]
    collection_id, title = writable(collection_id), writable(title)
    if export_format == "hypothesis":
        from .hypothesis_export import hypothesis_export

        made = hypothesis_export(annotations, articles, claims=claims)
        return Exported(made.text.encode("utf-8"), made.left_out, made.without_selector,
                        made.dropped)
    if export_format in ("jsonld", "readium"):
        # (an annotation from another tool's file too, its target as it came: `repointing`.
        # Not in the Hypothesis export, where one that came from Hypothesis goes back with the
        # page Hypothesis has it on, any other being written at `annotation.source`)
        annotations = with_current_targets(annotations)
    if export_format == "jsonld":
        return Exported(dumps_collection(annotations, claims, collection_id,
                                         extra=collection_extra, page_id=page_id
                                         ).encode("utf-8"))
    if export_format == "claimreview":
        from .claimreview import claimreview_losses, claimreview_text

        return Exported(claimreview_text(annotations, claims, articles).encode("utf-8"),
                        dropped=claimreview_losses(claims))
    if export_format == "readium":
        from .readium_export import readium_export_text, readium_losses

        return Exported(readium_export_text(annotations, claims, set_id=collection_id,
                                            title=title, set_extra=collection_extra
                                            ).encode("utf-8"),
                        dropped=readium_losses(annotations))
    if export_format == "csv":
        from .csv_export import csv_losses, to_csv

        return Exported(to_csv(annotations, articles).encode("utf-8-sig"),
                        dropped=csv_losses(annotations, claims))
    if export_format == "html":
        # (the report shows a comment as Parallax does, its first alternative: said, as the
        # other formats say it)
        return Exported(to_html(annotations, claims, articles, title=title, events=events
                                ).encode("utf-8"),
                        dropped=dropped([(sum(map(has_alternatives, annotations)),
                                          alternatives_left_out("the report shows"))]))
    raise ValueError(f"unknown export format {export_format!r} (expected one of {FORMATS})")


def _claims_with_used(claims: Iterable[ClaimGroup], annotations: Iterable[Annotation]
                      ) -> tuple[ClaimGroup, ...]:
    groups = {group.name: group for group in claims}
    for annotation in annotations:
        if annotation.claim and annotation.claim not in groups:
            groups[annotation.claim] = ClaimGroup(annotation.claim)
    return tuple(groups.values())
