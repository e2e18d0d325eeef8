"""The HTML report of anchored annotations (`parallax export --format html`, the window's
Export annotations… to .html): one self-contained page (inline CSS, no scripts, no external
resources) in which every user and article string is escaped -- the claim groups side by side,
then every annotation in its context. (`viewer.annotations.export` chooses the format.)
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone

from viewer.corpus import Article
from viewer.own_files import REPORT_MARKER, REPORT_TITLE
from viewer.wording import count_of

from .claims import claim_table, says_nothing_line
from .export_losses import Comment, comments_of
from .model import AnchorStatus, Annotation, ClaimGroup, Verdict

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
.sep{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
 white-space:nowrap}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _tags_html(tags: Iterable[str]) -> str:
    """The tags as pills, with a comma between them that the style sheet hides: where the
    CSS is dropped (a mail client, copy and paste, a plain reader) the tags read
    "casualties, figures, toll-update", not "casualtiesfiguresToll-update" (tester58); a
    space alone would make one tag of two that hold spaces ("death toll"). Hidden as screen
    readers' visually-hidden text is, so they read the comma too."""
    return TAG_SEPARATOR.join(f'<span class="tag">{_e(tag)}</span>' for tag in tags)


TAG_SEPARATOR = '<span class="sep">, </span>'


def _status_html(status: AnchorStatus) -> str:
    return f'<span class="status status-{status.value}">{_e(status.value)}</span>'


def to_html(
    annotations: Sequence[Annotation],
    claims: Sequence[ClaimGroup],
    articles: Sequence[Article],
    *,
    title: str = "annotations",
    generated: str | None = None,
    events: Mapping[str, int] | None = None,
) -> str:
    """A self-contained report: claim groups side by side, then every annotation in context.
    `events`: each article's event; a claim's "nothing" row names only articles of the events
    its quoting articles report (`viewer.annotations.claims.claim_table`)."""
    stamp = generated or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    by_id = {article.id: article for article in articles}
    counts = {status: 0 for status in AnchorStatus}
    for annotation in annotations:
        counts[annotation.status] += 1
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        REPORT_MARKER,
        # No scripts, images or fetches, whatever the text contains.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'style-src \'unsafe-inline\'">',
        f"{REPORT_TITLE}{_e(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Parallax report: {_e(title)}</h1>",
        f'<p class="meta">{count_of(len(annotations), "annotation")} on '
        f'{count_of(len(articles), "article")}; '
        + ", ".join(f"{counts[s]} {_e(s.value)}" for s in AnchorStatus)
        + f". Generated {_e(stamp)}.</p>",
        "<h2>Claims compared</h2>",
    ]
    rows = claim_table(annotations, claims, articles, events)
    languages: dict[str, str] = {}
    if not rows:
        parts.append('<p class="nothing">No claim groups.</p>')
    for row in rows:
        parts.append(f"<h3>{_e(row.claim.name)}</h3>")
        if row.claim.verdict is not None:
            parts.append(_verdict_html(row.claim.verdict))
        if row.claim.description:
            parts.append(f'<p class="note">{_e(row.claim.description)}</p>')
        parts.append("<table><tr><th>Article</th><th>What it says</th><th>Tags</th>"
                     "<th>Note</th></tr>")
        silent = [cell for cell in row.cells if cell.says_nothing]
        for cell in row.cells:
            if cell.says_nothing:
                continue
            label = _e(cell.title) + _article_meta(by_id.get(cell.article_id), cell.article_id,
                                                   cell.title)
            if not cell.in_corpus:
                label += '<div class="meta">not in this corpus</div>'
            quotes = "<br>".join(
                f"\u201c{_e(a.exact)}\u201d"
                + ("" if a.status is AnchorStatus.ANCHORED else " " + _status_html(a.status))
                for a in cell.annotations)
            notes = "<br>".join(_comment_html(comments_of(a)[0])
                                for a in cell.annotations if a.note)
            lang = _language(by_id.get(cell.article_id), languages)
            parts.append(f"<tr><td{lang}>{label}</td><td{lang}>{quotes}</td>"
                         f"<td>{_tags_html(cell.tags)}"
                         f"</td><td{NOTE_ATTRIBUTES}>{notes}</td></tr>")
        if silent:
            # One row, as in the window's claim comparison: a folder of several events
            # otherwise filled the table with a "nothing" row per article of the other events.
            names = "; ".join(cell.title for cell in silent)
            parts.append(f'<tr><td class="nothing" colspan="4">'
                         f"{_e(says_nothing_line(len(silent), row.other_events))}"
                         f'<div class="meta">{_e(names)}</div></td></tr>')
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
        heading = ("Orphaned (not placed)" if annotation.status is AnchorStatus.ORPHANED
                   else titles.get(annotation.article_id, annotation.article_id))
        if heading != current:
            article = (None if annotation.status is AnchorStatus.ORPHANED
                       else by_id.get(annotation.article_id))
            parts.append(f"<h3{_language(article, languages)}>{_e(heading)}</h3>"
                         + (_article_meta(article, annotation.article_id, heading)
                            if article is not None else ""))
            current = heading
        parts.append(_annotation_html(annotation, by_id.get(annotation.article_id),
                                      _language(by_id.get(annotation.article_id), languages)))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _verdict_html(verdict: Verdict) -> str:
    """The verdict line under a claim's name: rating, who reviewed it, when and where."""
    facts = [_e(fact) for fact in (verdict.author, verdict.date) if fact]
    if verdict.url:
        facts.append(_link_html(verdict.url))  # (where the review is read: a link to it)
    more = f" ({' · '.join(facts)})" if facts else ""
    return f'<p class="verdict">Verdict: <strong>{_e(verdict.rating)}</strong>{more}</p>'


def _article_meta(article: Article | None, article_id: str, title: str) -> str:
    """The line under an article's name: its outlet, day and address when known (set in the
    file or in Article details: a colleague reading the report looks the article up by its
    address -- it named none, tester58), and its file id when the title is not it."""
    facts = [_e(fact) for fact in (article.source, article.date) if fact] if article else []
    if article is not None and article.url:
        facts.append(_link_html(article.url))
    if title != article_id:
        facts.append(_e(article_id))
    return f'<div class="meta">{" · ".join(facts)}</div>' if facts else ""


def _link_html(url: str) -> str:
    """`url` as a link when it is a web address (http or https), else as text: the report is
    opened from mail and shared folders, and an address from an article's header or another
    tool's file may be `javascript:` or `file:` (as ClaimReview writes only web addresses)."""
    from .claimreview import is_web_address

    if not is_web_address(url):
        return _e(url)
    return f'<a href="{_e(url)}" rel="noreferrer">{_e(url)}</a>'


LANGUAGE_SAMPLE_CHARS = 2_000
"""How much of an article `_language` reads."""


NOT_ENGLISH = ' lang="" dir="auto"'
"""Words not in English: their language unknown, and their direction their own (`dir="auto"`,
from their first letter: an Arabic or Hebrew quote's context was laid out left to right, its
punctuation at the wrong end -- an interop tester's report)."""
NOTE_ATTRIBUTES = ' class="note" dir="auto"'
"""A note, in whatever language and direction its author wrote it."""


def _language(article: Article | None, known: dict[str, str]) -> str:
    """The `lang` and `dir` attributes for an article's words in the report: none where they
    are mostly English (the page's own language), else `NOT_ENGLISH`, unknown -- the page
    declared `lang="en"` for a French or Spanish article's quotes (two newcomers' report);
    which language they are in is not told (that would load a dictionary per language), but
    for Chinese, Japanese and Korean, told by their scripts: a browser draws a Chinese
    character by the language it is told."""
    if article is None:
        return ""
    if article.id not in known:
        from viewer.english import east_asian_language, is_english

        sample = article.body[:LANGUAGE_SAMPLE_CHARS]
        east_asian = east_asian_language(sample)
        known[article.id] = (
            f' lang="{east_asian}"' if east_asian is not None
            else "" if not sample.strip() or is_english(sample) else NOT_ENGLISH)
    return known[article.id]


def _annotation_html(annotation: Annotation, article: Article | None, lang: str = "") -> str:
    if annotation.status is not AnchorStatus.ORPHANED and article is not None:
        # (the context stays in the article's body: its metadata header is not its text)
        text = article.text
        before = text[max(article.body_start, annotation.start - 80) : annotation.start]
        after = text[annotation.end : annotation.end + 80]
    else:
        before, after = annotation.prefix, annotation.suffix
    orphaned = annotation.status is AnchorStatus.ORPHANED
    # (an orphan has no place: its reason instead of "0-0", a French-speaking newcomer's report;
    # not "text not found" -- a quote several articles carry alike is not placed either)
    where = "" if orphaned else f" {annotation.start}\u2013{annotation.end}"
    lines = [
        '<div class="annotation">',
        f'<div class="context"{lang}>\u2026{_e(before)}<mark>{_e(annotation.exact)}</mark>'
        f"{_e(after)}\u2026</div>",
        f'<div class="meta">{_status_html(annotation.status)} {_e(annotation.article_id)}'
        f"{where}"
        + (f" \u00b7 claim: <strong>{_e(annotation.claim)}</strong>" if annotation.claim else "")
        + f" {_tags_html(annotation.tags)}</div>",
    ]
    if annotation.anchor_note:
        lines.append(f'<div class="meta">{"not placed: " if orphaned else ""}'
                     f"{_e(annotation.anchor_note)}</div>")
    if annotation.original_exact:
        lines.append(f'<div class="meta">originally tagged: \u201c{_e(annotation.original_exact)}'
                     "\u201d</div>")
    lines.extend(f'<div{NOTE_ATTRIBUTES}>{_comment_html(comment)}</div>'
                 for comment in comments_of(annotation))
    if annotation.links:
        # (a link body: named as the annotation list names it, as text -- the page links to
        # nothing, whatever the file says)
        lines.append(f'<div class="meta">links: {_e(" ".join(annotation.links))}</div>')
    lines.append("</div>")
    return "\n".join(lines)


def _comment_html(comment: Comment) -> str:
    """A comment, escaped, in the language its body declared (`lang`, so that a browser
    hyphenates, reads aloud and draws it as that language; the page says "en")."""
    if comment.language is None:
        return _e(comment.text)
    return f'<span lang="{_e(comment.language)}">{_e(comment.text)}</span>'
