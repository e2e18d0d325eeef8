"""Rows for the article list and the passage list: what each column shows, how rows sort and filter.

Pure functions over a Corpus and an AlignmentResult, so the list widgets only display them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.corpus import Article, Corpus
from viewer.file_versions import file_versions, short_version_labels, version_label
from viewer.fonts import italics_lack
from viewer.passages import AlignmentResult, Passage
from viewer.printable import printable
from viewer.published_time import list_date, readable_published
from viewer.wording import one_line

SNIPPET_CHARS = 140


@dataclass(frozen=True)
class ArticleRow:
    article_id: str
    title: str
    outlet: str
    """The outlet, else the name of the file the article was read from (`article_origin`)."""
    date: str
    words: int
    shared: float | None
    """Share of the body found in other articles, or None before alignment."""
    published_key: float | None = None
    """The earliest possible publication instant (POSIX seconds) to sort by; None: undated."""
    published: str | None = None
    """The publication time as stated (the date cell's tooltip says what `date` stands for)."""
    version: str = ""
    """Which version of its file the article is ("version 2 of 2, latest"), where several
    articles were read from it (`viewer.file_versions`); the list shows it after the title,
    which gives way to it: the outlet's column, narrow, cut it off (session 60)."""
    short_versions: tuple[str, ...] = ()
    """Shorter forms of `version`, longest first ("v2/2, latest", "v2/2"), for a Title column
    too narrow for it beside the title's first characters."""

    @property
    def shared_text(self) -> str:
        return "…" if self.shared is None else f"{round(self.shared * 100)}%"


def article_rows(corpus: Corpus, result: AlignmentResult | None) -> list[ArticleRow]:
    # A set: asking the result's id tuple for each article made the rows quadratic in the
    # corpus (5 s for 20,000 articles).
    aligned = frozenset(result.document_ids) if result is not None else frozenset()
    coverage = result.coverage if result is not None else {}
    versions = file_versions(corpus)
    rows = []
    for article in corpus:
        shared: float | None = None
        if article.id in aligned:
            shared = coverage.get(article.id, 0.0)
        # The outlet, else the file's name, as the pane's header says: articles with one
        # title and no outlet (a folder of plain texts of one wire story) read the same in
        # the list otherwise (tester55).
        version = versions.get(article.id)
        rows.append(ArticleRow(article.id, display_title(article), article_origin(article),
                               list_date(article.published, article.date),
                               article.word_count, shared, article.published_key,
                               article.published or article.date,
                               version_label(version) if version is not None else "",
                               short_version_labels(version) if version is not None else ()))
    return rows


def display_title(article: Article) -> str:
    """The article's title on one line, or its id when it has none."""
    title = " ".join(article.title.split())
    return title or article.id


def article_origin(article: Article, version: tuple[int, int] | None = None) -> str:
    """Where the article comes from, as a pane's header names it: its outlet, else the name of
    the file it was read from (people name their saved pages after the outlet:
    "02_burlingtongazette.txt"), else nothing; then which `version` of its file it is, where
    several articles were read from it (`viewer.file_versions`)."""
    said = version_label(version) if version is not None else ""
    if article.source:
        return f"{article.source} · {said}" if said else article.source
    # (a name that is not UTF-8 shows its bytes escaped, as every message names the file: Qt
    # drops the lone surrogates Python reads such a byte as, naming a file that is not there)
    name = printable(article.path.name) if article.path is not None else ""
    return f"{name} · {said}" if said and name else name or said


def pane_meta_line(article: Article, version: tuple[int, int] | None = None) -> str:
    """The line under a pane's title: where the article comes from (`article_origin`, with
    its file's `version`), when it was published, as the list and the timeline give the time
    (UTC, said, for an exact time), and its length in words."""
    parts = [article_origin(article, version),
             readable_published(article.published or article.date),
             f"{article.word_count:,} words"]
    return " · ".join(part for part in parts if part)


@dataclass(frozen=True)
class PassageRow:
    passage_id: str
    snippet: str
    spread: int
    length: int
    """Characters in the longest occurrence."""
    document_ids: tuple[str, ...]
    article_titles: tuple[str, ...]
    search_text: str = ""
    """The whole statement as the list reads it, on one line and case-folded, for the filter
    (the snippet is its first SNIPPET_CHARS characters); empty: the snippet is searched."""

    @property
    def articles_text(self) -> str:
        return "; ".join(self.article_titles)


def passage_rows(corpus: Corpus, result: AlignmentResult | None) -> list[PassageRow]:
    """One row per passage, widest spread first, then longest, then engine order."""
    if result is None:
        return []
    rows = [_passage_row(corpus, p) for p in result.passages]
    order = {p.id: i for i, p in enumerate(result.passages)}
    rows.sort(key=lambda r: (-r.spread, -r.length, order[r.passage_id]))
    return rows


def _passage_row(corpus: Corpus, passage: Passage) -> PassageRow:
    longest = max(passage.occurrences, key=lambda o: o.end - o.start)
    titles = tuple(
        display_title(corpus.get(d)) if d in corpus else d for d in passage.document_ids
    )
    # The statement as most articles carry it, not one outlet's (possibly edited) copy.
    shown = passage.consensus or longest.text
    # Searched whole: a word the pane shows inside the passage, past the snippet's end, finds
    # it (tester15: a place name 230 characters in gave an empty list). Folded here, in the
    # background preparation, not once per row at each keystroke.
    return PassageRow(passage.id, one_line(shown, SNIPPET_CHARS), passage.spread,
                      longest.end - longest.start, passage.document_ids, titles,
                      " ".join(shown.split()).casefold())


def filter_passage_rows(
    rows: Sequence[PassageRow], text: str = "", article_id: str | None = None
) -> list[PassageRow]:
    """Rows whose passage text contains every word of `text` (any case) and, when
    `article_id` is given, that occur in that article. The titles in the "In" column are not
    searched: a word of a title would match every passage of that article."""
    words = [w.casefold() for w in text.split()]
    kept = []
    for row in rows:
        if article_id is not None and article_id not in row.document_ids:
            continue
        haystack = row.search_text or row.snippet.casefold()
        if all(w in haystack for w in words):
            kept.append(row)
    return kept


def find_in_text(text: str, query: str, start: int = 0) -> list[tuple[int, int]]:
    """Case-insensitive, non-overlapping hits of `query` in `text[start:]`, as code-point ranges
    of `text`. Whitespace in the query matches any run of whitespace (prose wraps)."""
    words = query.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text, start) if m.end() > m.start()]


KIND_WORDS = {
    "copy": ("Copy", "upright"),
    "fragment": ("Quoted fragment", "in italics"),
    "paraphrase": ("Paraphrase", "upright"),
}
"""An occurrence's kind as the tooltip names it, and how the panes draw that kind."""
UPRIGHT_FRAGMENT = "underlined with dashes"
"""How the panes draw a fragment in letters that have no italics (Arabic, Korean, ...)."""


def passage_tooltip(corpus: Corpus, passage: Passage, this_article: str | None,
                    offset: int | None = None) -> str:
    """Plain text saying what the text at `offset` of `this_article` is -- a copy or a quoted
    fragment of a statement, and how the panes draw that kind, since italics alone told them
    apart -- and naming the other articles that carry `passage` (the view escapes it)."""
    others = [d for d in passage.document_ids if d != this_article]
    here = [o for o in passage.occurrences
            if o.document == this_article and offset is not None and o.start <= offset < o.end]
    kind = KIND_WORDS.get(here[0].kind) if here else None
    if kind is None:
        lines = [f"Shared passage in {passage.spread} articles; also in:"]
    else:
        drawn = kind[1]
        if here[0].kind == "fragment" and italics_lack(here[0].text):
            drawn = UPRIGHT_FRAGMENT  # (`widgets.segment_formats`: no italic face has them)
        lines = [f"{kind[0]} of a statement shared by {passage.spread} articles (drawn "
                 f"{drawn}); also in:"]
    for document in others:
        if document in corpus:
            article = corpus.get(document)
            origin = article_origin(article)
            lines.append(f"• {display_title(article)}" + (f" ({origin})" if origin else ""))
        else:
            lines.append(f"• {document}")
    return "\n".join(lines)
