"""The inputs of the window's reading views, built from what the window holds: the collation of
one passage with its articles' names and provenance, the timeline of the corpus, the folder an
export dialog starts in. Pure functions; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from viewer.collation import Collation, collate
from viewer.corpus import Article, Corpus
from viewer.passages import AlignmentResult, Passage
from viewer.provenance import Provenance, provenance_of
from viewer.published_time import readable_published
from viewer.rows import article_origin, display_title
from viewer.timeline import Timeline, build_timeline
from viewer.wording import distinct_names, one_line, titles_told_apart

APP_NAME = "Parallax"


@dataclass(frozen=True)
class CollationReport:
    """A passage's collation and how to name its rows (title, outlet, publication time)."""

    collation: Collation
    titles: dict[str, str]
    provenance: dict[str, Provenance]
    origins: dict[str, str] = field(default_factory=dict)
    """Each article's outlet, else its file's name (`viewer.rows.article_origin`)."""

    def label(self, document: str) -> tuple[str, str]:
        """(name, when) for a row: the outlet else the title, and the publication time."""
        known = self.provenance.get(document, Provenance())
        return (known.outlet or self.titles.get(document, document),
                readable_published(known.published))

    def row_labels(self, width: int) -> list[tuple[str, str, str]]:
        """Per row: (name cut to `width` characters with its suffix, "(1 of 3)" for an
        article quoting the passage more than once; the publication time; the name whole,
        with the suffix). Names that read the same once cut give way to their articles' ids
        (`viewer.wording.distinct_names`): two headlines opening on one quotation gave rows
        that all read "“Painfully earned justic… (1 of 3)" (tester, session 54)."""
        rows = self.collation.rows
        suffixes = self.collation.row_suffixes()
        names = {row.document: " ".join(self.label(row.document)[0].split()) for row in rows}
        shorts = distinct_names(names, width - max(map(len, suffixes), default=0))
        return [(shorts[row.document] + suffix, self.label(row.document)[1],
                 self.label(row.document)[0] + suffix)
                for row, suffix in zip(rows, suffixes, strict=True)]

    def heading(self) -> str:
        return f"“{one_line(self.collation.consensus, 80)}”"

    def as_csv(self) -> str:
        # The exporters (and the annotation CSV rules they share) load on first export only.
        from viewer.collation_export import collation_csv

        return collation_csv(self.collation, self.titles, self.provenance, self.origins)

    def as_html(self) -> str:
        from viewer.collation_export import collation_html

        return collation_html(self.collation, self.titles, self.provenance,
                              title=f"Collation: {one_line(self.collation.consensus, 80)}")


ProvenanceSource = Callable[[Article], Provenance]
"""What is known about an article: what its file said (`provenance_of`, the default) or, in a
project, that with the user's corrections (`Project.provenance`)."""


def collation_report(corpus: Corpus, passage: Passage,
                     provenance: ProvenanceSource = provenance_of) -> CollationReport:
    articles = [corpus.get(d) for d in passage.document_ids if d in corpus]
    texts = {a.id: a.text for a in articles}
    return CollationReport(collate(passage, texts), _titles(articles),
                           _provenance(articles, provenance),
                           {a.id: article_origin(a) for a in articles})


def timeline_of(corpus: Corpus, result: AlignmentResult,
                provenance: ProvenanceSource = provenance_of, focus: str | None = None
                ) -> Timeline:
    """The corpus's timeline, its axis spanning the carriers of passage `focus` if given."""
    articles = list(corpus)
    return build_timeline(articles, _provenance(articles, provenance), result, focus)


def _titles(articles: Iterable[Article]) -> dict[str, str]:
    return titles_told_apart({a.id: display_title(a) for a in articles})


def _provenance(articles: Iterable[Article], source: ProvenanceSource
                ) -> dict[str, Provenance]:
    return {a.id: source(a) for a in articles}


def export_folder(corpus_paths: Sequence[Path], documents: Path | None) -> Path:
    """Where an export dialog starts: the folder of the articles the user opened (a folder
    itself, or a file's folder), else the user's documents folder, else home -- never the hidden
    per-user data folder the app keeps its own files in."""
    for path in corpus_paths:
        folder = path if path.is_dir() else path.parent
        if folder.is_dir():
            return folder
    if documents is not None and documents.is_dir():
        return documents
    return Path.home()


