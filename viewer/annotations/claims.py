"""The claim comparison table: for each claim group, what every article says about it.

One row per claim group, one cell per article of the corpus (in corpus order) holding that
article's annotations for the claim, or nothing. Given each article's event (which articles
report one event: `viewer.figures.events`), an article saying nothing about a claim is listed
only when it reports an event the articles quoting the claim report: in a folder of several
events, a Robin Williams story says nothing about Maradona's age because it is not about him.
Used by the HTML export and the GUI's claim comparison view. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from viewer.corpus import Article
from viewer.wording import count_of, one_line, shown_start, titles_told_apart

from .model import AnchorStatus, Annotation, ClaimGroup

NOTE_SHOWN_CHARS = 2_000
"""How much of a note a claim's card or table cell shows (then how much more there is)."""

NOTHING = "not tagged"
"""What the table shows for an article with no annotation in a claim group: that it is not
tagged, not that it says nothing -- an article may print the claim's very words untagged
("14 articles say nothing about this claim" listed three that quoted the memo line word for
word: tester s59), and Parallax does not read every article for every claim."""


@dataclass(frozen=True)
class StandingLine:
    """One line on an annotation no longer on the words it tagged (`ClaimCell.standing`)."""

    text: str
    orphaned: bool
    """Orphaned (else fuzzy): views mark it as the Annotations dock marks its row."""


@dataclass(frozen=True)
class ClaimCell:
    """What one article says about one claim."""

    article_id: str
    title: str
    annotations: tuple[Annotation, ...]
    in_corpus: bool = True
    """False for annotations whose article is not in the corpus (orphans kept visible)."""

    @property
    def says_nothing(self) -> bool:
        return not self.annotations

    @property
    def quotes(self) -> tuple[str, ...]:
        return tuple(a.exact for a in self.annotations)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for a in self.annotations for t in a.tags))

    @property
    def notes(self) -> tuple[str, ...]:
        """The notes as the claim's cards and table show them: each up to NOTE_SHOWN_CHARS
        (laid out whole, a 100 MB note froze the window for good, a tester's)."""
        return tuple(shown_start(a.note, NOTE_SHOWN_CHARS) for a in self.annotations if a.note)

    @property
    def standing(self) -> tuple[StandingLine, ...]:
        """A line for each of its annotations that is no longer on the words it tagged:
        orphaned (its file gone or unreadable, its words not found: the reason), or fuzzy (its
        words changed: those it tagged). The Annotations dock said so and the claim's cards
        showed these like live evidence (tester s59). Quoted first where the cell has
        several."""
        lines = []
        for annotation in self.annotations:
            line = standing_line(annotation)
            if line and len(self.annotations) > 1:
                line = f"\u201c{one_line(annotation.exact, 40)}\u201d: {line}"
            if line:
                lines.append(StandingLine(line, annotation.status is AnchorStatus.ORPHANED))
        return tuple(lines)

    def summary(self) -> str:
        """The quotes in one line (quoted), or "not tagged"."""
        if self.says_nothing:
            return NOTHING
        return " / ".join(f"\u201c{q}\u201d" for q in self.quotes)


@dataclass(frozen=True)
class ClaimRow:
    claim: ClaimGroup
    cells: tuple[ClaimCell, ...]
    other_events: int = 0
    """Articles of other events than the quoting articles', saying nothing, not in `cells`."""

    @property
    def articles_saying_something(self) -> int:
        return sum(1 for cell in self.cells if not cell.says_nothing)


def standing_line(annotation: Annotation) -> str:
    """What a reader of a claim needs to know of where `annotation` stands ("" when it is on
    the words it tagged, where they were or moved): orphaned with its reason, or fuzzy with
    the words it tagged."""
    if annotation.status is AnchorStatus.ORPHANED:
        return "orphaned" + (f": {annotation.anchor_note}" if annotation.anchor_note else "")
    if annotation.status is AnchorStatus.FUZZY and annotation.original_exact:
        return (f"fuzzy: the words tagged were \u201c{annotation.original_exact}\u201d; the "
                "article now reads as quoted")
    return ""


def claim_holding(annotations: Iterable[Annotation], made: Iterable[Annotation]) -> str | None:
    """The first claim group (in the order `annotations` first name them) whose annotations
    already cover every span of `made` (article, start, end), None if none does or `made` is
    empty: making the same group again ("Figure: passengers (2)") says so instead."""
    wanted = {(a.article_id, a.start, a.end) for a in made}
    if not wanted:
        return None
    held: dict[str, set[tuple[str, int, int]]] = {}
    for annotation in annotations:
        if annotation.claim is not None:
            held.setdefault(annotation.claim, set()).add(
                (annotation.article_id, annotation.start, annotation.end))
    return next((claim for claim, spans in held.items() if wanted <= spans), None)


def says_nothing_line(silent: int, other_events: int = 0) -> str:
    """The one line that stands for the `silent` articles with no annotation in a claim ("" when
    none), with the `other_events` left out (`ClaimRow.other_events`): in the window's claim
    comparison and in the exported report alike. It says they are not tagged (`NOTHING`), not
    that they say nothing about it, which no one has read them for."""
    if not silent:
        return ""
    line = f"{count_of(silent, 'article')} not tagged for this claim"
    if other_events:
        line += (f" ({count_of(other_events, 'article')} sharing no passage with these left "
                 "out)")
    return line


def claim_table(
    annotations: Iterable[Annotation],
    claims: Iterable[ClaimGroup],
    articles: Iterable[Article],
    events: Mapping[str, int] | None = None,
) -> tuple[ClaimRow, ...]:
    """Rows in claim-group order; cells in article order, then articles not in the corpus.
    With `events` (each article's event), articles of other events than those quoting the
    claim, which say nothing about it, are counted in `other_events` instead of listed."""
    article_list = list(articles)
    by_claim: dict[str, dict[str, list[Annotation]]] = {}
    for annotation in annotations:
        if annotation.claim is not None:
            by_claim.setdefault(annotation.claim, {}).setdefault(
                annotation.article_id, []).append(annotation)
    known = {article.id for article in article_list}
    titles = titles_told_apart({article.id: article.title or article.id
                                for article in article_list})
    rows = []
    for group in claims:
        per_article = by_claim.get(group.name, {})
        cells = [
            ClaimCell(article.id, titles[article.id],
                      tuple(sorted(per_article.get(article.id, ()), key=_position)))
            for article in article_list
        ]
        cells.extend(
            ClaimCell(article_id or "(unknown article)", article_id or "(unknown article)",
                      tuple(sorted(found, key=_position)), in_corpus=False)
            for article_id, found in per_article.items()
            if article_id not in known
        )
        rows.append(_of_its_events(ClaimRow(group, tuple(cells)), events))
    return tuple(rows)


def _of_its_events(row: ClaimRow, events: Mapping[str, int] | None) -> ClaimRow:
    """`row` without the silent cells of articles reporting none of the events its quoting
    articles report (all kept when no quoting article's event is known)."""
    if events is None:
        return row
    reported = {events[cell.article_id] for cell in row.cells
                if not cell.says_nothing and cell.article_id in events}
    if not reported:
        return row
    kept = tuple(cell for cell in row.cells if not cell.says_nothing
                 or events.get(cell.article_id, -1) in reported
                 or cell.article_id not in events)
    return ClaimRow(row.claim, kept, len(row.cells) - len(kept))


def _position(annotation: Annotation) -> tuple[int, int]:
    return (annotation.start, annotation.end)
