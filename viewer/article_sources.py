"""Which articles are one source's text: read from one file (its text changed on disk and added
again beside the first), or, without a file, one page (saved twice, its address written two ways).
The engine aligns one source's copies once (`viewer.engine.identical_texts`), and the figures count
one source once, by its latest version (`viewer.figures.versions`). No Qt, nothing heavy: the
figures ask it without loading the engine."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from viewer.corpus import Article


def source_key(article: Article) -> str | None:
    """What says two articles are one source's text: the file they were read from (a
    project keeps an article's earlier text beside the corrected one, both of its file), else
    the page's address (`page_address`); None where neither is known."""
    if article.path is not None:
        return str(article.path)
    return page_address(article.url) if article.url else None


_TRACKING = re.compile(r"(?:utm_\w+|fbclid|gclid|dclid|mc_[ce]id|igshid|ref|ref_src|cmpid|ocid"
                       r"|at_medium|at_campaign)$", re.IGNORECASE)
"""Query keys that tell where a reader came from, not which page it is."""


def page_address(url: str) -> str:
    """`url` as the page it names: no scheme, "www." or fragment, the host in lower case, no
    trailing slash, and its query without the keys that track a reader (a review: a page saved
    twice, once from a link carrying "?utm_source=twitter", was taken for two sources)."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = sorted(pair for pair in parse_qsl(parts.query, keep_blank_values=True)
                   if not _TRACKING.match(pair[0]))
    path = parts.path.rstrip("/")
    return host + path + ("?" + urlencode(query) if query else "")
