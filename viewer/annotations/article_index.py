"""Look-up tables over a corpus (by id, source, file name), built once to resolve many annotations.

No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from viewer.corpus import Article

from .model import article_source


class ArticleIndex:
    """Look-up tables over a corpus, built once for resolving many annotations."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.articles: tuple[Article, ...] = tuple(articles)
        self.by_id: dict[str, Article] = {a.id: a for a in self.articles}
        self.by_source: dict[str, Article] = {}
        self.by_file_name: dict[str, list[Article]] = {}
        self.by_page: dict[str, Article] = {}
        """By the page its URL names (`page_key`): the same page at another spelling of its
        address (http or https, a tracking parameter, a fragment, a trailing slash)."""
        for article in self.articles:
            if article.url:
                self.by_source.setdefault(article.url, article)
                self.by_page.setdefault(page_key(article.url), article)
            if article.path is not None:
                path = Path(article.path)
                self.by_source.setdefault(path.resolve().as_uri(), article)
                self.by_file_name.setdefault(path.name, []).append(article)
            self.by_source.setdefault(article_source(article), article)
        # Resolving a path touches the file system: do it once per article, not per annotation.
        self.source_of: dict[str, str] = {a.id: article_source(a) for a in self.articles}


_TRACKING = ("utm_", "fbclid", "gclid", "mc_", "ref", "cmpid", "ocid")
"""Query parameters that say how a reader came to a page, not which page it is."""


def page_key(url: str) -> str:
    """`url` as the page it names: without its scheme, "www.", fragment, trailing slash and
    tracking parameters, the host in lower case. A page imported again at another spelling of
    its address keeps its annotations (they are found by their address, not by their words:
    `viewer.annotations.anchoring`)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = "&".join(sorted(pair for pair in parts.query.split("&")
                            if pair and not pair.lower().startswith(_TRACKING)))
    path = parts.path.rstrip("/") or "/"
    return f"{host}{path}" + (f"?{query}" if query else "")


_COPY_HOST_LABELS = ("www.", "m.", "mobile.", "amp.")
"""A host's first labels that name a copy of the same site's page (its mobile or AMP edition)."""


def site_key(url: str) -> str:
    """The site `url` is on: its host in lower case without the labels of a mobile or AMP copy
    ("m.valley-post.example" and "www.valley-post.example" are one outlet); "" for no host."""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:  # (a malformed address: "http://[")
        return ""
    while host.startswith(_COPY_HOST_LABELS):
        host = host.split(".", 1)[1]
    return host
