"""What the annotation dock lists and how it filters, without Qt: row texts and the filter rule.

The dock's Qt model only forwards these strings; tests check them here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from viewer.wording import one_line, shown_start

from .model import AnchorStatus, Annotation

COLUMNS = ("Article", "Quote", "Tags", "Note", "Claim", "Status")
UNKNOWN_ARTICLE = "(unknown article)"
"""The Article cell of an annotation that names no article (another tool's, orphaned): the
dock shows it whole (it read "(unknow…rticle)", tester58)."""
QUOTE_CHARS = 120
"""Longer quotes are shortened in the list (the full quote is in the tooltip)."""
TOOLTIP_CHARS = 2_000
"""What a cell's tooltip shows of its text at most, and how much more there is: a tooltip
laying out a 100 MB note froze a tester's window for good (every text a tooltip can show)."""
SEARCHED_CHARS = 100_000
"""How much of each text the filter searches (an imported note is cut to as much,
`text_limits.MAX_NOTE_CHARS`): a note longer still, from a file written by hand, is not read
whole at every key typed in the filter."""


@dataclass(frozen=True)
class AnnotationFilter:
    """Show an annotation only if it has this tag, article and claim, and contains the text."""

    tag: str | None = None
    article: str | None = None
    claim: str | None = None
    text: str = ""

    def matches(self, annotation: Annotation, name: str = "", title: str = "") -> bool:
        """`name`: the article as the dock names it (`row_texts`), and `title` its title,
        which the text may match: once the column names an article by its outlet, the words of
        its title still find it (they found nothing once an outlet was set, a reviewer's
        report), as the Article cell's tooltip shows them (`full_texts`)."""
        if self.tag is not None and self.tag not in annotation.tags:
            return False
        if self.article is not None and annotation.article_id != self.article:
            return False
        if self.claim is not None and annotation.claim != self.claim:
            return False
        needle = self.text.strip().casefold()
        if not needle:
            return True
        haystack = "\n".join((annotation.exact[:SEARCHED_CHARS],
                               notes_text(annotation, SEARCHED_CHARS),
                              " ".join(annotation.tags), annotation.claim or "", name,
                              title, annotation.article_id, annotation.anchor_note or ""))
        return needle in haystack.casefold()


def notes_text(annotation: Annotation, limit: int | None = None) -> str:
    """The note, then the other comments another tool wrote, then the links of its resource
    bodies, one paragraph each; with `limit`, only each one's first `limit` characters (the
    list's cell and tooltip show no more, and a 100 MB note was copied at every paint)."""
    return "\n\n".join(part[:limit] for part in _note_parts(annotation))


def _note_parts(annotation: Annotation) -> list[str]:
    parts = list(annotation.comments)
    if annotation.links:
        parts.append("links: " + " ".join(annotation.links))
    return parts


def _notes_length(annotation: Annotation) -> int:
    """`len(notes_text(annotation))`, without joining them."""
    parts = _note_parts(annotation)
    return sum(map(len, parts)) + 2 * max(len(parts) - 1, 0)


def status_text(annotation: Annotation) -> str:
    """The status, with the fuzzy match's original quote and how it was placed or why it is
    orphaned (`anchor_note`)."""
    status = annotation.status.value
    if annotation.status is AnchorStatus.FUZZY and annotation.original_exact:
        status += f" (was \u201c{one_line(annotation.original_exact, 40)}\u201d)"
    if annotation.anchor_note:
        status += f": {annotation.anchor_note}"
    return status


def full_texts(annotation: Annotation, name: str = "", title: str = "") -> dict[int, str]:
    """The whole text of the cells the list shortens (by column), for tooltips; the Article
    cell's is its name followed by the article's title where the name does not hold it (an
    outlet: "Rhein-Neckar Fernsehen \u00b7 Die Amokfahrt ..."), the text filter finding
    either."""
    full = {1: shown_start(annotation.exact, TOOLTIP_CHARS),
            3: shown_start(notes_text(annotation, TOOLTIP_CHARS + 1), TOOLTIP_CHARS,
                           total=_notes_length(annotation)),
            5: shown_start(status_text(annotation), TOOLTIP_CHARS)}
    shown = article_cell(annotation, name)
    if title and title.casefold() not in shown.casefold():
        full[0] = f"{shown} \u00b7 {title}"
    return full


def article_cell(annotation: Annotation, name: str = "") -> str:
    """The Article cell: `name`, its article's (its outlet, else its title), else its id, else
    the unknown-article marker."""
    return name or annotation.article_id or UNKNOWN_ARTICLE


def row_texts(annotation: Annotation, name: str = "") -> tuple[str, ...]:
    """The dock's cells for one annotation, in COLUMNS order; `name`: its article's (its
    outlet, else its title)."""
    return (
        article_cell(annotation, name),
        one_line(annotation.exact, QUOTE_CHARS),
        ", ".join(annotation.tags),
        one_line(notes_text(annotation, TOOLTIP_CHARS), QUOTE_CHARS),
        annotation.claim or "",
        one_line(status_text(annotation), QUOTE_CHARS),
    )


def spans_by_article(annotations: Iterable[Annotation]) -> Mapping[str, list[tuple[int, int]]]:
    """The ranges to mark in each article's pane (orphans have no place to be marked)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for annotation in annotations:
        if annotation.status is not AnchorStatus.ORPHANED:
            spans.setdefault(annotation.article_id, []).append((annotation.start, annotation.end))
    return spans
