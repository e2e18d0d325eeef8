"""Claim groups with a verdict as schema.org `ClaimReview` JSON-LD, the fact-checkers' format.

One `ClaimReview` per claim group the user gave a verdict: `claimReviewed` is the group's
description (else its name); `itemReviewed` is a `Claim` whose `appearance` lists each article
that makes the claim (its web address, else its file's name as `identifier` -- its article id
where several articles open were read from files of that name, two versions of one file, with
its `version` among them in the order they were added -- its headline whole, outlet, author,
date and the quoted text);
`reviewRating` carries the verdict in words as `alternateName` and, when the verdict is one of
`RATING_SCALE`, its `ratingValue` on that scale with `bestRating`/`worstRating`; `author`,
`datePublished` and `url` are the verdict's -- the URL only when it is a web address (http or
https): a review is published, and a verdict read from another file may give any text there
(`javascript:alert(3)`, a tester's), which a reader's page would link; the others are left
out and said (`claimreview_losses`). Groups without a verdict are left out. No Qt.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import unquote_to_bytes, urlsplit

from viewer.corpus import Article
from viewer.printable import printable, writable
from viewer.whole_titles import whole_title

from .claims import claim_table
from .export_losses import Dropped
from .model import Annotation, ClaimGroup, Verdict, article_source

SCHEMA_CONTEXT = "https://schema.org"
RATING_SCALE = ("False", "Mostly false", "Half true", "Mostly true", "True")
"""The verdicts with a place on a scale: `ratingValue` 1 (worst) to 5 (best)."""


def scale_value(rating: str) -> int | None:
    """The `ratingValue` of a verdict named like one of RATING_SCALE (any case), else None."""
    folded = rating.strip().casefold()
    for value, name in enumerate(RATING_SCALE, start=1):
        if name.casefold() == folded:
            return value
    return None


def make_verdict(rating: str, *, author: str = "", date: str = "", url: str = "") -> Verdict:
    """A verdict, its scale value filled in when the rating is on the scale."""
    rating = rating.strip()
    return Verdict(rating, scale_value(rating), author.strip(), date.strip(), url.strip())


def claim_reviews(annotations: Iterable[Annotation], claims: Iterable[ClaimGroup],
                  articles: Sequence[Article]) -> list[dict[str, Any]]:
    """One ClaimReview object per claim group with a verdict, in claim-group order."""
    by_id = {article.id: article for article in articles}
    versions = _versions(articles)
    reviews = []
    for row in claim_table(annotations, claims, articles):
        verdict = row.claim.verdict
        if verdict is None:
            continue
        appearances = [_appearance(cell.article_id, cell.title, cell.quotes,
                                   by_id.get(cell.article_id), cell.annotations,
                                   cell.article_id in versions, versions.get(cell.article_id))
                       for cell in row.cells if not cell.says_nothing]
        claim: dict[str, Any] = {"@type": "Claim", "name": row.claim.name}
        if appearances:
            claim["appearance"] = appearances
        review: dict[str, Any] = {
            "@type": "ClaimReview",
            "claimReviewed": row.claim.description or row.claim.name,
            "itemReviewed": claim,
            "reviewRating": _rating(verdict),
        }
        if verdict.author:
            review["author"] = {"@type": "Organization", "name": verdict.author}
        if verdict.date:
            review["datePublished"] = verdict.date
        if is_web_address(verdict.url):
            review["url"] = verdict.url
        reviews.append(review)
    return reviews


def claimreview_text(annotations: Iterable[Annotation], claims: Iterable[ClaimGroup],
                     articles: Sequence[Article]) -> str:
    """The export file: `{"@context": "https://schema.org", "@graph": [ClaimReview, ...]}`."""
    document = {"@context": SCHEMA_CONTEXT,
                "@graph": claim_reviews(annotations, claims, articles)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def is_web_address(url: str) -> bool:
    """Whether `url` is an http or https address with a host: the only URLs a review gives."""
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


HOST_FIRST = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}(?::\d{1,5})?(?:[/?#]\S*)?")
"""A web address typed without its scheme: a host name of dotted labels ending in letters
(`www.factcheck.org`, `faktencheck.de:8080`), then maybe a path, query or fragment."""


FILE_EXTENSIONS = frozenset((
    "pdf", "doc", "docx", "odt", "rtf", "txt", "html", "htm", "xls", "xlsx", "ods",
    "ppt", "pptx", "odp", "csv", "json", "jsonld", "xml", "png", "jpg", "jpeg", "gif", "webp",
    "svg", "zip", "gz", "mp3", "mp4", "mov"))
"""Common files' extensions: a name typed alone that ends in one ("report.pdf") is a file's,
although a few of them are top-level domains too (.zip, .mov); not Markdown's .md, Moldova's
domain (stopfals.md, a fact-checker's)."""


def with_web_scheme(typed: str) -> str:
    """A review URL as typed, with `https://` before it where it is a host (and path) typed
    without a scheme (`www.factcheck.org/x`): a browser's address bar takes it so, and the
    export, which writes web addresses only (`is_web_address`), left it out. Anything else as
    typed, its white space at either end left out (a `javascript:` URL, or words, stay what
    they are: not made an address they are not); so does a file's name ("report.pdf",
    `_names_a_file`), which as https://report.pdf passed for an address, went unsaid and was
    exported as a host that is none."""
    text = typed.strip()
    if not HOST_FIRST.fullmatch(text) or _names_a_file(text):
        return text
    return f"https://{text}"


def _names_a_file(text: str) -> bool:
    """Whether host-like `text` is a file's name: nothing after its last label (no port, path,
    query or fragment, which only a host has) and that label one of FILE_EXTENSIONS."""
    if re.search(r"[:/?#]", text):
        return False
    return text.rsplit(".", 1)[-1].casefold() in FILE_EXTENSIONS


SHOWN_URLS = 3
"""Left-out URLs the export's line names (then how many more)."""


def claimreview_losses(claims: Iterable[ClaimGroup]) -> tuple[Dropped, ...]:
    """The export's line on the verdicts' URLs it left out for not being web addresses, each
    with its claim group; none when it left none out."""
    unwritten = [(group.name, group.verdict.url) for group in claims
                 if group.verdict is not None and group.verdict.url
                 and not is_web_address(group.verdict.url)]
    if not unwritten:
        return ()
    named = "; ".join(f"{printable(name)}: {printable(url)}"
                      for name, url in unwritten[:SHOWN_URLS])
    more = f" and {len(unwritten) - SHOWN_URLS:,} more" if len(unwritten) > SHOWN_URLS else ""
    return (Dropped(len(unwritten), "a verdict whose review URL is no web address (http or "
                    f"https), left out: {named}{more}", noun="claim group"),)


def _rating(verdict: Verdict) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.rating}
    if verdict.value is not None:
        rating.update(ratingValue=verdict.value, bestRating=len(RATING_SCALE), worstRating=1)
    return rating


def _versions(articles: Sequence[Article]) -> dict[str, int | None]:
    """Article id -> its version (1, 2, ...) among the articles read from one file, in the
    order they were added (a file read again after it changed, added beside its first
    version), for each article whose file's name another article's file has: its identifier
    is then its article id (one `identifier` named both versions of a tester's file, citing
    "12_dailywow_com.txt" for words that file no longer says). None: a file of the same name
    in another folder (two sites' "index.html"), no version of it."""
    by_name: dict[str, dict[str, list[str]]] = {}
    for article in articles:
        if article.path is not None:
            by_name.setdefault(article.path.name, {}).setdefault(
                os.path.abspath(article.path), []).append(article.id)
    versions: dict[str, int | None] = {}
    for by_path in by_name.values():
        if sum(len(ids) for ids in by_path.values()) < 2:
            continue
        for ids in by_path.values():
            versions.update({article_id: number if len(ids) > 1 else None
                             for number, article_id in enumerate(ids, start=1)})
    return versions


def _appearance(article_id: str, title: str, quotes: Sequence[str], article: Article | None,
                annotations: Sequence[Annotation], named_alike: bool = False,
                version: int | None = None) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if article is not None:
        _where(work, article_source(article), article_id)
        if named_alike and "identifier" in work:
            # (the article id, as the other exports name it, tells them apart)
            work["identifier"] = writable(article_id)
            if version is not None:
                work["version"] = version
        # (whole: a machine reads it, and a title cut with "…" matches no headline)
        work["headline"] = whole_title(article)
        if article.source:
            work["publisher"] = {"@type": "Organization", "name": article.source}
        if article.author:
            work["author"] = {"@type": "Person", "name": article.author}
        if article.date:
            work["datePublished"] = article.date
    else:
        _where(work, next((a.source for a in annotations if a.source), ""), article_id)
        work["headline"] = title
    work["text"] = " / ".join(quotes)
    return work


def _where(work: dict[str, Any], source: str, article_id: str) -> None:
    """The article's address as `url` when it is a web page's; a saved file is named by its
    file name as `identifier` instead: a review is published, and a `file:///home/...` URL
    names nothing its readers can open and tells them where the checker keeps files
    (tester55). A name that is not UTF-8 is escaped as every other format writes it
    (`writable`): decoded as UTF-8, its bytes became U+FFFD, and two names could become one."""
    if urlsplit(source).scheme in ("http", "https"):
        work["url"] = source
    elif urlsplit(source).scheme == "file":
        name = unquote_to_bytes(urlsplit(source).path.rstrip("/").rsplit("/", 1)[-1])
        work["identifier"] = writable(os.fsdecode(name))
    else:
        work["identifier"] = article_id
