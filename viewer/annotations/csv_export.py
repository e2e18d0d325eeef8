"""The CSV export: one row per annotation (`CSV_COLUMNS`), and what of the annotations' bodies
and claim groups its cells cannot hold (`csv_losses`), said as the other exports say theirs.

CSV is UTF-8 with a byte-order mark (so Excel detects the encoding) and CRLF rows. Against CSV
injection (OWASP): every cell is quoted, and every text cell -- in every column, the id and each
tag included -- starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`,
so a spreadsheet shows it as text instead of running it as a formula. No Qt.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from urllib.parse import quote

from viewer.corpus import Article
from viewer.whole_titles import whole_title

from .export_losses import (
    MARKUP_LEFT_OUT,
    Dropped,
    alternatives_left_out,
    dropped,
    has_alternatives,
    has_markup,
    one_language,
)
from .model import AnchorStatus, Annotation, ClaimGroup
from .repointing import exported_source

CSV_COLUMNS = ("id", "article", "title", "start", "end", "quote", "tags", "note", "claim",
               "status", "original_quote", "source", "created", "modified", "links",
               "note_language", "outlet", "url", "published")
"""The CSV's header. Columns are only ever added at the end: a sheet or script reading the
columns by position keeps reading the ones it knew. `outlet`, `url` and `published` are the
article's as Parallax knows them now (its file's header or page, or Article details): a
colleague given the table reads which outlet said it, where and when (tester58); `source` is
where the annotation points."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """`value`, prefixed with `'` when a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_tags(tags: Iterable[str]) -> str:
    """The tags cell: the tags joined with ";", a tag holding ";" or '"' written in double
    quotes (its own doubled), as a CSV field is -- a tag "a;b" read back as two tags (an
    interop tester's report); a spreadsheet splits the cell with ";" as the separator and '"'
    as the text delimiter. Each tag is made spreadsheet-safe on its own: a reader splitting
    the cell must not find a formula either."""
    cells = []
    for tag in tags:
        safe = spreadsheet_safe(tag)
        cells.append('"' + safe.replace('"', '""') + '"' if ";" in safe or '"' in safe
                     else safe)
    return ";".join(cells)


def csv_links(links: Iterable[str]) -> str:
    """The links cell: the links joined with spaces, so it splits back into them on spaces. An
    IRI holds no white space (a string body that does is read as a comment: `string_bodies.is_iri`),
    but a resource's `id` is written as its tool gave it: white space inside one is
    percent-encoded, as an IRI is mapped to a URI (RFC 3987, 3.1), which a reader decodes."""
    return " ".join(re.sub(r"\s", lambda space: quote(space.group()), link) for link in links)


def to_csv(annotations: Iterable[Annotation], articles: Iterable[Article]) -> str:
    """One row per annotation; `article` is the document id `parallax align --json` uses."""
    by_id = {article.id: article for article in articles}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(CSV_COLUMNS)
    for a in annotations:
        # (an orphan is in no article: "0", "0" read as a real span at the article's start)
        placed = a.status is not AnchorStatus.ORPHANED
        article = by_id.get(a.article_id)
        row: list[str | int] = [
            a.id,
            a.article_id,
            # (whole: a title the loader cut with "…" is no headline a program can match)
            whole_title(article) if article is not None else "",
            a.start if placed else "",
            a.end if placed else "",
            a.exact,
            csv_tags(a.tags),
            # (the comments after the first, another tool's, below it: none is left out)
            "\n\n".join(a.comments),
            a.claim or "",
            a.status.value,
            a.original_exact or "",
            exported_source(a),
            a.created or "",
            a.modified or "",
            csv_links(a.links),
            one_language(a)[0] or "",
            *_article_facts(article),
        ]
        writer.writerow([spreadsheet_safe(cell) if isinstance(cell, str) else cell
                         for cell in row])
    return buffer.getvalue()


def _article_facts(article: Article | None) -> tuple[str, str, str]:
    """The outlet, URL and publication time (as stated, else the day) of the annotation's
    article; empty where unknown or the article is not here."""
    if article is None:
        return "", "", ""
    return article.source or "", article.url or "", article.published or article.date or ""


def csv_losses(annotations: Iterable[Annotation], claims: Iterable[ClaimGroup] = ()
               ) -> tuple[Dropped, ...]:
    """What the CSV's cells cannot hold, one kind each: of the annotations' bodies, the
    languages of a note's comments that differ in theirs (`note_language` holds one for the
    whole note), an HTML comment's markup (`note` holds the text it shows), a comment's
    alternatives after the first (`note` holds the one Parallax shows); of the claim groups,
    which the CSV names in the `claim` cell only, their verdicts and descriptions."""
    languages = markup = alternatives = 0
    for annotation in annotations:
        languages += one_language(annotation)[1]
        markup += has_markup(annotation)
        alternatives += has_alternatives(annotation)
    groups = list(claims)
    return dropped([
        (languages, "comments in different languages (or some in none), and the CSV's "
                    "note_language cell holds one: their languages left out"),
        (markup, MARKUP_LEFT_OUT),
        (alternatives, alternatives_left_out("the CSV's note cell holds"))]) + dropped([
        (sum(1 for group in groups if group.verdict is not None),
         "a verdict, which the CSV has no place for: left out (the JSON-LD and ClaimReview "
         "exports and the HTML report keep it)"),
        (sum(1 for group in groups if group.description),
         "a description, which the CSV has no place for: left out (the JSON-LD export and the "
         "HTML report keep it)")], noun="claim group")
