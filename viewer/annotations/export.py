"""`parallax export`: re-anchor an annotation file against a corpus and write JSON-LD, CSV or HTML.

CSV is UTF-8 with a byte-order mark (so Excel detects the encoding) and CRLF rows. Against CSV
injection (OWASP): every cell is quoted, and every text cell -- in every column, the id and each
tag included -- starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`,
so a spreadsheet shows it as text instead of running it as a formula. HTML is one
self-contained page (inline CSS, no scripts, no external resources) in which every user and
article string is escaped.
The annotation file is only read; `-o` is written atomically (through a symbolic link), may not
name the input file, and is refused when it names a FIFO or device.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from viewer.corpus import Article
from viewer.printable import printable
from viewer.wording import count_of

from .anchoring import anchor_all
from .claims import claim_table
from .model import AnchorStatus, Annotation, ClaimGroup
from .store import AnnotationFileError, NotARegularFile, atomic_write_bytes, load_collection
from .w3c import dumps_collection

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
PROG = "parallax export"

CSV_COLUMNS = ("id", "article", "title", "start", "end", "quote", "tags", "note", "claim",
               "status", "original_quote", "source", "created", "modified")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def run_export(args: argparse.Namespace) -> int:
    """Entry point for `parallax export` (arguments from viewer.cli's export parser)."""
    annotations_path = Path(args.annotations)
    output: Path | None = Path(args.output) if args.output is not None else None
    if output is not None and _same_file(output, annotations_path):
        return _fail(f"{printable(output)}: refusing to write the export over the annotation "
                     "file it reads; choose another -o FILE")
    try:
        parsed = load_collection(annotations_path)
    except AnnotationFileError as error:
        return _fail(str(error))
    articles = _load_corpus(list(args.corpus or []))
    if not articles:
        return EXIT_USAGE  # load_for_command has said so
    anchored = anchor_all(parsed.annotations, articles)
    orphans = sum(1 for a in anchored if a.status is AnchorStatus.ORPHANED)
    if orphans:
        verb = "is" if orphans == 1 else "are"
        print(f"{PROG}: {orphans} of {count_of(len(anchored), 'annotation')} {verb} orphaned "
              "(their text was not found); they are kept in the export", file=sys.stderr)
    claims = _claims_with_used(parsed.claims, anchored)
    if args.format == "jsonld":
        data = dumps_collection(anchored, claims, parsed.collection_id).encode("utf-8")
    elif args.format == "csv":
        data = to_csv(anchored, articles).encode("utf-8-sig")
    else:
        data = to_html(anchored, claims, articles, title=annotations_path.name).encode("utf-8")
    try:
        if output is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            atomic_write_bytes(output, data)
    except NotARegularFile as error:
        return _fail(f"{printable(str(output))}: {error.strerror}; write to standard output "
                     "(leave out -o) to pipe the export")
    except OSError as error:
        where = printable(str(output)) if output is not None else "standard output"
        return _fail(f"{where}: could not be written ({error.strerror or error})",
                     code=EXIT_FAILURE)
    return EXIT_OK


def _fail(message: str, *, code: int = EXIT_USAGE) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.expanduser().resolve() == b.expanduser().resolve()


def _load_corpus(paths: Sequence[Path]) -> tuple[Article, ...]:
    """The corpus articles; each unusable file is reported on stderr (shared with `align`)."""
    from viewer.cli import load_for_command

    report = load_for_command(paths)
    return report.articles if report is not None else ()


def _claims_with_used(claims: Iterable[ClaimGroup], annotations: Iterable[Annotation]
                      ) -> tuple[ClaimGroup, ...]:
    groups = {group.name: group for group in claims}
    for annotation in annotations:
        if annotation.claim and annotation.claim not in groups:
            groups[annotation.claim] = ClaimGroup(annotation.claim)
    return tuple(groups.values())


# -- CSV ------------------------------------------------------------------------------------


def spreadsheet_safe(value: str) -> str:
    """`value`, prefixed with `'` when a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def to_csv(annotations: Iterable[Annotation], articles: Iterable[Article]) -> str:
    """One row per annotation; `article` is the document id `parallax align --json` uses."""
    titles = {article.id: article.title for article in articles}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(CSV_COLUMNS)
    for a in annotations:
        row: list[str | int] = [
            a.id,
            a.article_id,
            titles.get(a.article_id, ""),
            a.start,
            a.end,
            a.exact,
            # Each tag on its own: a reader splitting at ";" must not find a formula either.
            ";".join(spreadsheet_safe(tag) for tag in a.tags),
            a.note,
            a.claim or "",
            a.status.value,
            a.original_exact or "",
            a.source,
            a.created,
            a.modified,
        ]
        writer.writerow([spreadsheet_safe(cell) if isinstance(cell, str) else cell
                         for cell in row])
    return buffer.getvalue()


# -- HTML -----------------------------------------------------------------------------------

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:70em;
 padding:0 1em;color:#1a1a1a;background:#fff}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}h3{margin-bottom:.3em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}
th,td{border:1px solid #ccc;padding:.4em .6em;text-align:left;vertical-align:top}
th{background:#f2f2f2}
.nothing{color:#777;font-style:italic}
.tag{display:inline-block;border:1px solid #0072B2;color:#0072B2;border-radius:.8em;
 padding:0 .5em;margin:0 .2em .2em 0;font-size:.85em}
.status{font-size:.8em;padding:0 .4em;border-radius:.3em;background:#eee}
.status-moved{background:#cfe8f7}.status-fuzzy{background:#f7e6b5}
.status-orphaned{background:#f3c6b5}
.context{white-space:pre-wrap;font-family:Georgia,serif;background:#fafafa;padding:.5em;
 border-left:3px solid #ccc}
mark{background:#f0e442}
.note{white-space:pre-wrap}
.annotation{margin:0 0 1.2em}
.meta{color:#555;font-size:.9em}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _tags_html(tags: Iterable[str]) -> str:
    return "".join(f'<span class="tag">{_e(tag)}</span>' for tag in tags)


def _status_html(status: AnchorStatus) -> str:
    return f'<span class="status status-{status.value}">{_e(status.value)}</span>'


def to_html(
    annotations: Sequence[Annotation],
    claims: Sequence[ClaimGroup],
    articles: Sequence[Article],
    *,
    title: str = "annotations",
    generated: str | None = None,
) -> str:
    """A self-contained report: claim groups side by side, then every annotation in context."""
    stamp = generated or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    texts = {article.id: article.text for article in articles}
    counts = {status: 0 for status in AnchorStatus}
    for annotation in annotations:
        counts[annotation.status] += 1
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        # No scripts, images or fetches, whatever the text contains.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'style-src \'unsafe-inline\'">',
        f"<title>Parallax report: {_e(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Parallax report: {_e(title)}</h1>",
        f'<p class="meta">{count_of(len(annotations), "annotation")} on '
        f'{count_of(len(articles), "article")}; '
        + ", ".join(f"{counts[s]} {_e(s.value)}" for s in AnchorStatus)
        + f". Generated {_e(stamp)}.</p>",
        "<h2>Claims compared</h2>",
    ]
    rows = claim_table(annotations, claims, articles)
    if not rows:
        parts.append('<p class="nothing">No claim groups.</p>')
    for row in rows:
        parts.append(f"<h3>{_e(row.claim.name)}</h3>")
        if row.claim.description:
            parts.append(f'<p class="note">{_e(row.claim.description)}</p>')
        parts.append("<table><tr><th>Article</th><th>What it says</th><th>Tags</th>"
                     "<th>Note</th></tr>")
        for cell in row.cells:
            label = _e(cell.title) + (f'<div class="meta">{_e(cell.article_id)}</div>'
                                      if cell.title != cell.article_id else "")
            if not cell.in_corpus:
                label += '<div class="meta">not in this corpus</div>'
            if cell.says_nothing:
                parts.append(f'<tr><td>{label}</td><td class="nothing" colspan="3">nothing'
                             "</td></tr>")
                continue
            quotes = "<br>".join(
                f"\u201c{_e(a.exact)}\u201d"
                + ("" if a.status is AnchorStatus.ANCHORED else " " + _status_html(a.status))
                for a in cell.annotations)
            notes = "<br>".join(_e(n) for n in cell.notes)
            parts.append(f"<tr><td>{label}</td><td>{quotes}</td><td>{_tags_html(cell.tags)}"
                         f'</td><td class="note">{notes}</td></tr>')
        parts.append("</table>")
    parts.append("<h2>All annotations</h2>")
    if not annotations:
        parts.append('<p class="nothing">No annotations.</p>')
    order = {article.id: n for n, article in enumerate(articles)}
    titles = {article.id: article.title or article.id for article in articles}
    ranked = sorted(annotations, key=lambda a: (a.status is AnchorStatus.ORPHANED,
                                                order.get(a.article_id, len(order)),
                                                a.start, a.end))
    current: str | None = None
    for annotation in ranked:
        heading = ("Orphaned (text not found)" if annotation.status is AnchorStatus.ORPHANED
                   else titles.get(annotation.article_id, annotation.article_id))
        if heading != current:
            parts.append(f"<h3>{_e(heading)}</h3>")
            current = heading
        parts.append(_annotation_html(annotation, texts.get(annotation.article_id)))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _annotation_html(annotation: Annotation, text: str | None) -> str:
    if annotation.status is not AnchorStatus.ORPHANED and text is not None:
        before = text[max(0, annotation.start - 80) : annotation.start]
        after = text[annotation.end : annotation.end + 80]
    else:
        before, after = annotation.prefix, annotation.suffix
    lines = [
        '<div class="annotation">',
        f'<div class="context">\u2026{_e(before)}<mark>{_e(annotation.exact)}</mark>'
        f"{_e(after)}\u2026</div>",
        f'<div class="meta">{_status_html(annotation.status)} {_e(annotation.article_id)} '
        f"{annotation.start}\u2013{annotation.end}"
        + (f" \u00b7 claim: <strong>{_e(annotation.claim)}</strong>" if annotation.claim else "")
        + f" {_tags_html(annotation.tags)}</div>",
    ]
    if annotation.original_exact:
        lines.append(f'<div class="meta">originally tagged: \u201c{_e(annotation.original_exact)}'
                     "\u201d</div>")
    if annotation.note:
        lines.append(f'<div class="note">{_e(annotation.note)}</div>')
    lines.append("</div>")
    return "\n".join(lines)
