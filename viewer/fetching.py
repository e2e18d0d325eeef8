"""Import articles from the web: fetch a page, keep its bytes and fetch time, extract the article.

`fetch_page` is the one network call (urllib, standard library): http and https only, a
timeout per socket operation and for the whole download, a size cap checked before and while
reading, at most `MAX_REDIRECTS` redirects, and HTML only. Every failure is a `FetchError`
whose text is one line naming the URL. `write_article` stores a fetched article as a text file
with its metadata header (the format `viewer.loading` reads) and the raw page under
`snapshots/`, so the comparison survives the page changing or disappearing. File › Import from
URL and `parallax fetch` both use these functions. No Qt.
"""

from __future__ import annotations

import errno
import http.client
import os
import re
import time
import unicodedata
import urllib.error
import urllib.request
import zlib
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from viewer.cancel import CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.fetch_watchdog import Watchdog
from viewer.printable import printable

DEFAULT_TIMEOUT_SECONDS = 20.0
MAX_PAGE_BYTES = 10 * 1024 * 1024
"""Pages larger than this are refused (news pages are well under 2 MB with their markup)."""
MAX_REDIRECTS = 5
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SNAPSHOT_FOLDER = "snapshots"
USER_AGENT = "Parallax (article comparison; +https://example.invalid/parallax)"
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A page that could not be imported; `str()` is one line naming the URL."""

    def __init__(self, url: str, reason: str) -> None:
        # printable: the URL and a server's reason phrase may hold terminal escapes.
        super().__init__(printable(f"{url}: {reason}"))
        self.url = url
        self.reason = reason


@dataclass(frozen=True)
class FetchedPage:
    """A web page as received: the proof of what it said when."""

    url: str
    """As asked for."""
    final_url: str
    """After redirects."""
    fetched: str
    """When, ISO 8601 in UTC."""
    content_type: str
    body: bytes


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, and only to http or https."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req: urllib.request.Request, fp: object, code: int, msg: str,
                         headers: object, newurl: str) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(req.full_url, f"redirected to a non-web address ({newurl[:80]})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def check_url(url: str) -> str | None:
    """Why `url` cannot be fetched (None when it can be tried)."""
    if any(char.isspace() or unicodedata.category(char) == "Cc" for char in url):
        return "not a web address (it holds a space or a control character)"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (read for its check: a port out of range or not a number)
    except ValueError as error:
        # ("http://[::1" was an "internal error: ValueError: Invalid IPv6 URL"; ":99999" and
        # ":abc" were read as a name no server has -- found by a tester)
        return f"not a valid web address ({str(error)[:80]})"
    if parts.scheme.lower() not in ("http", "https"):
        return "not a web address (it must start with http:// or https://)"
    if not parts.hostname:
        return "no host name in the address"
    if parts.username is not None or parts.password is not None:
        return "the address holds a user name or password, which Parallax does not send"
    return None


def fetch_page(url: str, *, timeout: float = DEFAULT_TIMEOUT_SECONDS,
               max_bytes: int = MAX_PAGE_BYTES, total: float | None = None,
               token: CancelToken | None = None) -> FetchedPage:
    """Download one HTML page; raises FetchError with a one-line reason, `Cancelled` when
    `token` is cancelled meanwhile. `timeout` bounds each wait on the server; `total` the
    whole download (by default three times `timeout`, at least ten seconds more than it)."""
    problem = check_url(url)
    if problem is not None:
        raise FetchError(url, problem)
    seconds = total if total is not None else max(timeout * 3, timeout + 10)
    # (the body's reads look at the deadline; the headers' cannot: the watchdog shuts them)
    watchdog = Watchdog(seconds)
    opener = urllib.request.build_opener(_SafeRedirects(), *watchdog.handlers())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "text/html,application/xhtml+xml"})
    deadline = time.monotonic() + seconds
    fetched = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    watchdog.start()
    try:
        with opener.open(request, timeout=timeout) as response:
            if watchdog.expired:  # (headers cut off by the watchdog read as a whole answer)
                raise FetchError(url, "timed out (the server kept the page coming too slowly)")
            content_type = response.headers.get_content_type()
            if content_type not in HTML_TYPES:
                raise FetchError(url, f"not a web page ({content_type}); only HTML pages "
                                      "can be imported")
            declared = response.headers.get("Content-Length")
            if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(url, _too_large(int(declared), max_bytes))
            encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
            if encoding not in ("identity", *_DECODERS):
                raise FetchError(url, f"the server sent the page compressed as '{encoding[:20]}', "
                                      "which Parallax cannot read")
            body = _read_capped(response, url, max_bytes, deadline, token)
            if encoding != "identity":
                body = _decoded(body, encoding, url, max_bytes)
            final_url = response.geturl()
            full_type = response.headers.get("Content-Type", content_type)
    except FetchError:
        raise
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as error:
        if isinstance(error, ValueError) and not watchdog.expired:
            raise
        if watchdog.expired:  # (its timer shut the connection: the deadline passed)
            raise FetchError(url, "timed out (the server kept the page coming too slowly)"
                             ) from None
        raise _failed(url, error, timeout) from None
    finally:
        watchdog.stop()
    if not body.strip():
        raise FetchError(url, "the page is empty")
    return FetchedPage(url, final_url, fetched, full_type, body)


def _failed(url: str, error: Exception, timeout: float) -> FetchError:
    """What a failed exchange was, in words (the watchdog's deadline aside)."""
    if isinstance(error, urllib.error.HTTPError):
        if 300 <= error.code < 400:  # urllib refused it: too many, or to a non-web address
            return FetchError(url, f"redirect not followed ({_reason(error.reason)})")
        return FetchError(url, f"the server answered {error.code} {error.reason}")
    if isinstance(error, urllib.error.URLError):
        if isinstance(error.reason, TimeoutError):
            return FetchError(url, f"timed out after {timeout:g} s")
        return FetchError(url, f"could not connect ({_reason(error.reason)})")
    if isinstance(error, TimeoutError):
        return FetchError(url, f"timed out after {timeout:g} s")
    return FetchError(url, f"the connection broke off ({_reason(error)})")


def _read_capped(response: http.client.HTTPResponse, url: str, max_bytes: int,
                 deadline: float, token: CancelToken | None = None) -> bytes:
    """The body, read as it arrives: `read1` returns what one wait on the socket gave, so the
    deadline is looked at after each (`read(64 KB)` waited for 64 KB: a server sending a byte
    at a time, each within the socket's timeout, held `parallax fetch --timeout 2` and the
    window's import for good). A body shorter than the length the server announced is a
    connection that broke off, not a page."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(url, "timed out (the page kept arriving too slowly)")
        if token is not None:
            token.raise_if_cancelled()
        chunk = response.read1(_CHUNK)
        if not chunk:
            missing = response.length
            if missing:
                raise FetchError(url, f"the connection broke off after {size:,} of the "
                                      f"{size + missing:,} bytes the server announced; "
                                      "nothing was imported")
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(url, _too_large(None, max_bytes))
        chunks.append(chunk)


_DECODERS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS,
             "deflate": zlib.MAX_WBITS}
"""The compressions a page may come in though Parallax asks for none (zlib's window bits for
each; "deflate" is tried raw too, as some servers send it)."""


def _decoded(body: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """A compressed body decompressed, the size cap applied to what it decompresses to (a small
    compressed page can hold gigabytes of nothing)."""
    for bits in (_DECODERS[encoding], -zlib.MAX_WBITS):
        decompressor = zlib.decompressobj(bits)
        try:
            page = decompressor.decompress(body, max_bytes + 1)
        except zlib.error:
            if encoding == "deflate" and bits > 0:
                continue  # (raw deflate, without zlib's header)
            raise FetchError(url, f"the page is damaged ({encoding} data that does not "
                                  "decompress)") from None
        if len(page) > max_bytes or decompressor.unconsumed_tail:
            raise FetchError(url, _too_large(None, max_bytes))
        if not decompressor.eof:
            raise FetchError(url, f"the connection broke off (the {encoding} page is cut "
                                  "short); nothing was imported")
        return page
    raise FetchError(url, f"the page is damaged ({encoding} data that does not decompress)")


def _too_large(size: int | None, limit: int) -> str:
    limit_text = f"{limit / (1024 * 1024):.1f} MB"
    if size is None:
        return f"larger than the limit of {limit_text}; not imported"
    return f"too large ({size / (1024 * 1024):.1f} MB; the limit is {limit_text})"


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return " ".join(str(reason).split())[:120] or type(reason).__name__


def article_from_fetched(page: FetchedPage, article_id: str | None = None) -> Article:
    """The article in a fetched page (metadata from the page; its URL if the page names none).

    Raises FetchError when the page holds no article text.
    """
    from viewer.loading.pages import article_from_page
    from viewer.loading.unusable import UnusableFile

    try:
        article = article_from_page(article_id or slug_for(page.final_url), page.body)
    except UnusableFile as unusable:
        raise FetchError(page.url, str(unusable)) from None
    return replace(article, url=article.url or page.final_url)


@dataclass(frozen=True)
class UrlImport:
    """What importing a list of URLs gave: articles (each with its page) and one line per
    URL that failed."""

    articles: tuple[Article, ...]
    pages: tuple[FetchedPage, ...]
    """`pages[i]` is the page `articles[i]` came from (its snapshot, for a project)."""
    problems: tuple[str, ...]


def import_urls(urls: Sequence[str], *, taken_ids: Collection[str] = (),
                token: CancelToken | None = None, progress: ProgressCallback | None = None,
                timeout: float = DEFAULT_TIMEOUT_SECONDS) -> UrlImport:
    """Fetch each URL as an article whose text starts with its metadata header (as
    `parallax fetch` writes it, `fetched` time included); what File › Import from URL runs in
    the background. Ids are made unique against `taken_ids` and each other."""
    from viewer.loading import article_from_text, unique_id

    articles: list[Article] = []
    pages: list[FetchedPage] = []
    problems: list[str] = []
    used = set(taken_ids)
    for done, url in enumerate(urls):
        if token is not None:
            token.raise_if_cancelled()
        try:
            page = fetch_page(url.strip(), timeout=timeout, token=token)
            extracted = article_from_fetched(page)
        except FetchError as error:
            problems.append(str(error))
            if progress is not None:
                progress((done + 1) / len(urls))
            continue
        article_id = unique_id(slug_for(page.final_url, extracted.title), used)
        used.add(article_id)
        header = header_text(extracted, fetched=page.fetched)
        article = article_from_text(article_id, header + extracted.text[extracted.body_start:])
        articles.append(article)
        pages.append(page)
        if progress is not None:
            progress((done + 1) / len(urls))
    return UrlImport(tuple(articles), tuple(pages), tuple(problems))


# -- writing an article file ----------------------------------------------------------------


def header_text(article: Article, *, fetched: str | None = None,
                snapshot: str | None = None) -> str:
    """The metadata header `viewer.loading` reads, for `article` (one `key: value` a line)."""
    fields = [("title", article.title), ("outlet", article.source), ("url", article.url),
              ("author", article.author), ("published", article.published or article.date),
              ("fetched", fetched), ("snapshot", snapshot)]
    lines = [f"{key}: {_header_value(value)}" for key, value in fields if value and value.strip()]
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n\n"


def _header_value(value: str) -> str:
    value = " ".join(value.split())
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        # The reader strips one pair of matching quotes: keep the page's own.
        other = "'" if value[0] == '"' else '"'
        return f"{other}{value}{other}"
    return value


def write_article(article: Article, page: FetchedPage, folder: Path) -> Path:
    """Write `folder/NAME.txt` (header + text) and `folder/snapshots/NAME.html` (the raw page).

    Never replaces an existing file: NAME gets `-2`, `-3`, ... when taken. Returns the text
    file's path.
    """
    snapshots = folder / SNAPSHOT_FOLDER
    if os.path.lexists(snapshots) and not snapshots.is_dir():
        # (mkdir's "File exists" named no file)
        raise NotADirectoryError(errno.ENOTDIR, f"'{SNAPSHOT_FOLDER}' there is a file, not "
                                                "the folder for the pages' snapshots")
    snapshots.mkdir(parents=True, exist_ok=True)
    base = slug_for(page.final_url, article.title)
    body = article.text[article.body_start:]
    n = 1
    while True:
        name = base if n == 1 else f"{base}-{n}"
        n += 1
        text_path, snapshot_path = folder / f"{name}.txt", snapshots / f"{name}.html"
        # (`lexists`: a link that leads nowhere takes the name too; writing through it was
        # "File exists")
        if os.path.lexists(text_path) or os.path.lexists(snapshot_path):
            continue
        try:
            _write_new(snapshot_path, page.body)
        except FileExistsError:
            continue
        header = header_text(article, fetched=page.fetched,
                             snapshot=f"{SNAPSHOT_FOLDER}/{snapshot_path.name}")
        try:
            _write_new(text_path, (header + body.rstrip("\n") + "\n").encode("utf-8"))
        except FileExistsError:
            snapshot_path.unlink(missing_ok=True)  # (taken meanwhile: the next name)
            continue
        except BaseException:
            snapshot_path.unlink(missing_ok=True)
            raise
        return text_path


def _write_new(path: Path, data: bytes) -> None:
    """Create `path` (never replacing a file) with `data`, flushed to disk."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_APOSTROPHE = re.compile(r"(?<=[a-z0-9])'(?=[a-z0-9])")
"""A straight apostrophe inside a word goes, as the curly one does ("harry's", "harry’s" ->
"harrys"), instead of splitting the word ("harry-s")."""


def slug_for(url: str, title: str | None = None, *, max_chars: int = 60) -> str:
    """A file-name-safe name: from the title, else the URL's host and path."""
    parts = urlsplit(url)
    for candidate in (title or "", f"{parts.hostname or ''} {parts.path}"):
        ascii_text = unicodedata.normalize("NFKD", candidate).encode("ascii", "ignore").decode()
        slug = _NOT_SLUG.sub("-", _APOSTROPHE.sub("", ascii_text.lower()))
        slug = slug.strip("-")[:max_chars].rstrip("-")
        if slug:
            return slug
    return "article"
