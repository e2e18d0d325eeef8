"""URL import against a local HTTP server on 127.0.0.1 serving a saved page (no other address).

Success (text file with header + raw snapshot, reloadable with its provenance), redirects,
404, a timeout, a non-HTML answer, a huge page (declared and undeclared length), bad URLs,
and the `parallax fetch` command's output and exit codes.
"""

from __future__ import annotations

import gzip
import os
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from viewer.cli import main
from viewer.fetching import (
    FetchError,
    article_from_fetched,
    fetch_page,
    header_text,
    slug_for,
    write_article,
)
from viewer.loading import load_paths
from viewer.provenance import parse_published

PAGE = (Path(__file__).parent / "data" / "pages" / "outlet-report.html").read_bytes()
HUGE = 300_000
_release = threading.Event()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, code: int, content_type: str, body: bytes, *, length: bool = True) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/report":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/report")
            self.end_headers()
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif self.path == "/slow":
            _release.wait(10)  # longer than the client's timeout; released at teardown
            self._send(200, "text/html", PAGE)
        elif self.path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 ...")
        elif self.path == "/huge-declared":
            self._send(200, "text/html", b"<p>" + b"x" * HUGE + b"</p>")
        elif self.path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(HUGE // 1000):
                self.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
        elif self.path in ("/drip", "/drip-unannounced"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if self.path == "/drip":
                self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(400):  # (a byte every 50 ms, well within the socket's timeout)
                if _release.wait(0.05):
                    break
                self.wfile.write(b"x")
                self.wfile.flush()
        elif self.path == "/slow-headers":  # (headers a byte at a time, never ending)
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(400):
                if _release.wait(0.05):
                    break
                self.wfile.write(b"X")
                self.wfile.flush()
        elif self.path == "/short":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(PAGE) * 5))
            self.end_headers()
            self.wfile.write(PAGE)
            self.close_connection = True
        elif self.path in ("/gzip", "/deflate", "/raw-deflate"):
            packer = zlib.compressobj(wbits={"/gzip": 31, "/deflate": 15,
                                             "/raw-deflate": -15}[self.path])
            packed = packer.compress(PAGE) + packer.flush()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip" if self.path == "/gzip" else "deflate")
            self.send_header("Content-Length", str(len(packed)))
            self.end_headers()
            self.wfile.write(packed)
        elif self.path in ("/gzip-bomb", "/brotli"):
            packed = gzip.compress(b"<p>" + b"0" * 5_000_000)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip" if self.path == "/gzip-bomb" else "br")
            self.send_header("Content-Length", str(len(packed)))
            self.end_headers()
            self.wfile.write(packed)
        elif self.path == "/blank":
            self._send(200, "text/html", b"<html><body><script>var a = 1;</script></body></html>")
        else:
            self._send(404, "text/html", b"<h1>Not Found</h1>")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    _release.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        _release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


def test_a_page_becomes_an_article_file_and_a_snapshot(server: str, tmp_path: Path) -> None:
    page = fetch_page(f"{server}/moved")
    assert page.final_url == f"{server}/report" and page.body == PAGE
    assert page.fetched.endswith("Z")
    article = article_from_fetched(page)
    assert article.title == "Missiles hit two bases housing US troops"
    assert article.source == "The Daily Example"
    assert article.author == "Jane Reporter"
    assert article.published == "2020-01-08T03:45:00+03:30"
    assert "22 missiles struck" in article.text and "Subscribe" not in article.text

    written = write_article(article, page, tmp_path)
    snapshot = tmp_path / "snapshots" / f"{written.stem}.html"
    assert snapshot.read_bytes() == PAGE
    reloaded = load_paths([tmp_path])  # the snapshot folder is not loaded as an article
    assert [a.path for a in reloaded.articles] == [written] and not reloaded.problems
    again = reloaded.articles[0]
    assert (again.title, again.source, again.author, again.url) == (
        article.title, article.source, article.author, article.url)
    time = parse_published(again.published)
    assert time is not None and time.exact
    assert (time.earliest.hour, time.earliest.minute) == (0, 15)  # 03:45 at UTC+03:30
    assert again.body.rstrip("\n") == article.text.rstrip("\n")  # the header hides nothing
    assert f"fetched: {page.fetched}" in again.text[: again.body_start]

    second = write_article(article, page, tmp_path)  # never replaces the first
    assert second != written and written.read_text(encoding="utf-8").count("---") == 2


@pytest.mark.parametrize("path", ["/drip", "/drip-unannounced"])
def test_a_page_trickling_in_byte_by_byte_times_out(server: str, path: str) -> None:
    """A fault tester's report: a server sending a byte every half second, each within the
    socket's timeout, held `parallax fetch --timeout 2` (and the window's import) for good:
    the whole download's deadline was looked at only between reads of 64 KB."""
    with pytest.raises(FetchError, match="timed out"):
        fetch_page(f"{server}{path}", timeout=2, total=0.5)


def test_headers_trickling_in_time_out_too(server: str) -> None:
    """A reviewer's report: a server sending its headers a byte at a time held
    `fetch_page(timeout=1, total=2)` for as long as it liked: the deadline was looked at only
    between the body's reads. A watchdog shuts the connection when the deadline passes."""
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch_page(f"{server}/slow-headers", timeout=2, total=0.5)
    assert time.monotonic() - started < 15  # (not the 20 s the server would go on for)


def test_a_page_cut_short_of_its_announced_length_is_not_imported(server: str) -> None:
    """A fault tester's report: a server announcing 5,000 bytes and closing after 1,000 gave a
    page saved as complete, its snapshot "the page exactly as it was received"."""
    with pytest.raises(FetchError) as caught:
        fetch_page(f"{server}/short")
    assert f"the connection broke off after {len(PAGE):,} of the {len(PAGE) * 5:,} bytes" in str(
        caught.value)


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/raw-deflate"])
def test_a_page_sent_compressed_is_decompressed(server: str, path: str) -> None:
    """A fault tester's report: a page sent with `Content-Encoding: gzip` (Parallax asks for
    none, but servers send it) was "binary file (a gzip archive), not text"."""
    page = fetch_page(f"{server}{path}")
    assert page.body == PAGE
    assert "22 missiles struck" in article_from_fetched(page).text


@pytest.mark.parametrize(("path", "expected"), [
    ("/gzip-bomb", "larger than the limit"),
    ("/brotli", "compressed as 'br', which Parallax cannot read"),
])
def test_a_compressed_page_is_capped_and_an_unknown_compression_named(
        server: str, path: str, expected: str) -> None:
    with pytest.raises(FetchError, match=expected):
        fetch_page(f"{server}{path}", max_bytes=100_000)


def test_a_dangling_link_takes_its_name_and_a_file_named_snapshots_is_said(
        server: str, tmp_path: Path) -> None:
    """A fault tester's report: where NAME.txt was a link leading nowhere, or a file stood
    where the snapshots folder goes, `parallax fetch` failed with "(File exists)"."""
    page = fetch_page(f"{server}/report")
    article = article_from_fetched(page)
    name = slug_for(page.final_url, article.title)
    (tmp_path / f"{name}.txt").symlink_to(tmp_path / "nowhere.txt")
    written = write_article(article, page, tmp_path)
    assert written.name == f"{name}-2.txt" and written.read_text(encoding="utf-8")
    assert os.readlink(tmp_path / f"{name}.txt") == str(tmp_path / "nowhere.txt")
    other = tmp_path / "other"
    other.mkdir()
    (other / "snapshots").write_text("mine\n")
    with pytest.raises(OSError) as caught:
        write_article(article, page, other)
    assert caught.value.strerror == ("'snapshots' there is a file, not the folder for the "
                                     "pages' snapshots")
    assert sorted(p.name for p in other.iterdir()) == ["snapshots"]


@pytest.mark.parametrize(("path", "expected"), [
    ("/missing", "the server answered 404 Not Found"),
    ("/pdf", "not a web page (application/pdf)"),
    ("/huge-declared", "too large"),
    ("/huge-streamed", "larger than the limit"),
    ("/to-file", "redirect not followed"),
])
def test_failures_are_one_line_naming_the_url(server: str, path: str, expected: str) -> None:
    url = f"{server}{path}"
    with pytest.raises(FetchError) as caught:
        fetch_page(url, max_bytes=100_000)
    assert str(caught.value).startswith(url + ": ") and expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_server_that_does_not_answer_times_out(server: str) -> None:
    with pytest.raises(FetchError, match=r"timed out after 0\.5 s"):
        fetch_page(f"{server}/slow", timeout=0.5)


def test_a_page_without_article_text_is_refused(server: str) -> None:
    page = fetch_page(f"{server}/blank")
    with pytest.raises(FetchError, match="no article text"):
        article_from_fetched(page)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "news.example",
                                 "http://"])
def test_only_web_addresses_are_tried(url: str) -> None:
    with pytest.raises(FetchError, match=r"web address|host name"):
        fetch_page(url)


def test_fetch_command_writes_what_it_can_and_reports_the_rest(
        server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "fetched"
    code = main(["fetch", f"{server}/report", f"{server}/missing", "-o", str(out),
                 "--timeout", "5"])
    captured = capsys.readouterr()
    assert code == 1
    written = [Path(line) for line in captured.out.splitlines()]
    assert len(written) == 1 and written[0].parent == out and written[0].exists()
    assert captured.err.strip() == (f"parallax: {server}/missing: the server answered "
                                    "404 Not Found")
    assert main(["fetch", f"{server}/report", "-o", str(out)]) == 0
    assert len(list(out.glob("*.txt"))) == 2 and len(list((out / "snapshots").iterdir())) == 2


def test_fetch_command_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", "https://news.example.org/a"]) == 2  # no -o
    assert main(["fetch", "mailto:x@example.org", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "mailto:x@example.org: not a web address" in err
    assert list(tmp_path.iterdir()) == []


def test_fetch_messages_never_print_escapes_and_name_a_file_given_as_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    escaped = "http://127.0.0.1:9/\x1b[31mred"
    with pytest.raises(FetchError, match="space or a control character") as caught:
        fetch_page(escaped)
    assert "\x1b" not in str(caught.value) and "\\x1b[31mred" in str(caught.value)
    assert main(["fetch", escaped, "-o", str(tmp_path / "out")]) == 2
    a_file = tmp_path / "file\x1b[0m"
    a_file.write_text("mine", "utf-8")
    assert main(["fetch", "http://127.0.0.1:9/", "-o", str(a_file)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("\n") == 2
    assert err.splitlines()[1] == (f"parallax: {tmp_path}/file\\x1b[0m: not a folder (-o names "
                                   "the folder to write the articles to)")
    assert a_file.read_text("utf-8") == "mine"


def test_header_keeps_quotes_and_one_line_values() -> None:
    from viewer.corpus import Article
    from viewer.loading import article_from_text

    article = Article("a", "Body text here.", '"All is well!"', source="Outlet\nName",
                      published="2020-01-08T06:15:00+03:00")
    text = header_text(article, fetched="2026-12-01T00:00:00Z") + "Body text here."
    reread = article_from_text("a", text)
    assert reread.title == '"All is well!"' and reread.source == "Outlet Name"
    assert reread.published == "2020-01-08T06:15:00+03:00" and reread.body == "Body text here."


def test_slugs_are_file_safe() -> None:
    assert slug_for("https://x.test/a", "Iran’s strike: “All is well!” — 2020") == (
        "irans-strike-all-is-well-2020")
    assert slug_for("https://news.example.org/world/a-b.html") == "news-example-org-world-a-b-html"
    assert slug_for("https://x.test/", "///") == "x-test"


def test_a_straight_apostrophe_does_not_split_a_word_of_the_slug() -> None:
    """tester17: NDTV's "Prince Harry's Move" was saved as "prince-harry-s-move", Signal's
    "Prince Harry’s Exit" (curly) as "prince-harrys-exit"."""
    assert slug_for("https://x.test/a", "Prince Harry's Move") == "prince-harrys-move"
    assert slug_for("https://x.test/a", "Prince Harry’s Move") == "prince-harrys-move"
    assert slug_for("https://x.test/a", "'Them's the breaks'") == "thems-the-breaks"


def test_import_urls_gives_articles_with_headers_and_one_line_per_failure(server: str) -> None:
    from viewer.cancel import Cancelled, CancelToken
    from viewer.fetching import import_urls

    steps: list[float] = []
    outcome = import_urls([f"{server}/report", f"{server}/pdf", f"{server}/report"],
                          taken_ids={"missiles-hit-two-bases-housing-us-troops"},
                          progress=steps.append)
    assert [a.id for a in outcome.articles] == ["missiles-hit-two-bases-housing-us-troops-2",
                                                "missiles-hit-two-bases-housing-us-troops-3"]
    article = outcome.articles[0]
    assert article.source == "The Daily Example" and article.published is not None
    assert f"fetched: {outcome.pages[0].fetched}" in article.text[: article.body_start]
    assert article.body.startswith("Missiles hit two bases")
    assert outcome.problems == (f"{server}/pdf: not a web page (application/pdf); only HTML "
                                "pages can be imported",)
    assert steps[-1] == 1.0
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        import_urls([f"{server}/report"], token=token)


@pytest.mark.parametrize(("url", "said"), [
    ("http://[::1", "not a valid web address (Invalid IPv6 URL)"),
    ("http://127.0.0.1:99999/", "not a valid web address (Port out of range 0-65535)"),
    ("http://127.0.0.1:abc/", "not a valid web address (Port could not be cast"),
    ("http://user:pw@127.0.0.1:1/", "the address holds a user name or password"),
])
def test_an_address_that_cannot_be_fetched_is_said_so_before_any_connection(url: str,
                                                                            said: str) -> None:
    """A malformed address was an "internal error" or read as a host nobody has ("Name or
    service not known" for a port out of range; a tester, session 52)."""
    from viewer.fetching import check_url

    problem = check_url(url)
    assert problem is not None and problem.startswith(said)
    assert check_url("https://example.org:8443/a?b=1") is None
