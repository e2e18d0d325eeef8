"""Web pages to articles: the article text and metadata extracted with trafilatura (a plain tag
strip for huge pages or when it finds nothing), the page shown as plain text, never as markup.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from viewer.corpus import Article
from viewer.loading.decoding import decode, normalize_newlines
from viewer.loading.headers import GIVEN_TITLE_MAX_CHARS, clean_title, infer_title, normalize_date
from viewer.loading.unusable import UnusableFile
from viewer.own_files import is_parallax_report

EXTRACTION_MAX_CHARS = 5_000_000
"""Web pages longer than this skip trafilatura's article extraction for a plain tag strip."""

# Keep third-party extraction chatter off the user's stderr: the one-line problem is enough.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def article_from_html(path: Path, page: str, article_id: str) -> Article:
    """Extract the article text and metadata of a web page (trafilatura, else plain tag strip)."""
    if not page.strip():
        raise UnusableFile("empty file (nothing but whitespace)")
    if is_parallax_report(page):
        raise UnusableFile("a Parallax report (exported annotations), not an article; skipped")
    # Boilerplate removal costs about a second per megabyte; beyond the cap a plain tag strip
    # (twenty times faster) keeps a huge page from stalling the load.
    small = len(page) <= EXTRACTION_MAX_CHARS
    extracted = _trafilatura_extract(page) if small else {}
    text = (extracted.get("text") or "") if extracted else ""
    if not text.strip():
        text = _strip_tags(page)
    text = normalize_newlines(text).strip()
    if not text:
        raise UnusableFile("no article text found in the page")
    metadata = extracted or (_trafilatura_metadata(page) if small else {})
    title = clean_title(metadata.get("title") or "", GIVEN_TITLE_MAX_CHARS) \
        or _html_title(page) or infer_title(text)
    # Here, not at the top: viewer.provenance (HTML parser, email, json) costs the window's
    # start-up ~20 ms, and only web pages need it.
    from viewer.provenance import html_published_time

    return Article(
        id=article_id,
        text=text,
        title=title or article_id,
        path=path,
        source=_text_or_none(metadata.get("sitename")),
        date=normalize_date(metadata.get("date")),
        url=_text_or_none(metadata.get("url")),
        author=_text_or_none(metadata.get("author")),
        published=html_published_time(page) or _text_or_none(metadata.get("date")),
    )


def article_from_page(article_id: str, raw: bytes, *, path: Path | None = None) -> Article:
    """An article from a web page's bytes (as fetched): decoded, extracted, with metadata."""
    from dataclasses import replace

    article = article_from_html(path or Path(f"{article_id}.html"), decode(raw, html_hint=True),
                                 article_id)
    return replace(article, path=path)


def _text_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _date_params() -> dict[str, Any]:
    # Dates only from the page's metadata and markup, never guessed from the running text.
    return {
        "original_date": True,
        "extensive_search": False,
        "max_date": dt.date.today().isoformat(),
    }


def _as_dict(document: Any) -> dict[str, Any]:
    if document is None:
        return {}
    if isinstance(document, dict):
        return document
    as_dict = getattr(document, "as_dict", None)
    return as_dict() if callable(as_dict) else {}


def _trafilatura_extract(page: str) -> dict[str, Any]:
    try:
        import trafilatura

        document = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_date_params(),
        )
    except Exception:  # any extractor failure falls back to the plain tag strip
        return {}
    return _as_dict(document)


def _trafilatura_metadata(page: str) -> dict[str, Any]:
    try:
        from trafilatura.metadata import extract_metadata

        return _as_dict(extract_metadata(page, date_config=_date_params()))
    except Exception:  # metadata is optional; the text is what matters
        return {}


_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)


class _TextCollector(HTMLParser):
    """Text outside scripts, styles and the head, with a line break at each block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            self.parts.append(data)


def _collect(page: str) -> _TextCollector:
    collector = _TextCollector()
    try:
        collector.feed(page)
        collector.close()
    except Exception:  # html.parser is lenient; keep whatever was collected before a failure
        pass
    return collector


def _strip_tags(page: str) -> str:
    """Plain text of a page with markup, scripts and styles dropped; paragraphs kept apart."""
    lines = (" ".join(line.split()) for line in "".join(_collect(page).parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _html_title(page: str) -> str:
    return clean_title(html.unescape("".join(_collect(page).title_parts)), GIVEN_TITLE_MAX_CHARS)
