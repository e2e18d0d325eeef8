"""File › Import from URL against a local HTTP server on 127.0.0.1 (no other address)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.widgetkit import make_window
from viewer.corpus import Article
from widgets.url_import import UrlImportDialog, UrlImporter

PAGE = (Path(__file__).parent / "data" / "pages" / "outlet-report.html").read_bytes()
_stop = threading.Event()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/drip":  # (a page that keeps arriving, a byte at a time)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(600):
                if _stop.wait(0.05):
                    return
                self.wfile.write(b"x")
                self.wfile.flush()
            return
        found = self.path == "/report"
        body = PAGE if found else b"<h1>Not Found</h1>"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _stop.clear()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        _stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


ARTICLES = [Article("a", "Iran fired 22 missiles at two bases overnight, officials said.", "A"),
            Article("b", "Officials said Iran fired 22 missiles at two bases on Wednesday.", "B")]


def test_imported_pages_join_the_comparison_and_failures_are_notices(qtbot, server) -> None:
    window = make_window(qtbot, ARTICLES)
    assert window.import_url_action in window.file_menu.actions()
    importer = UrlImporter(window.session, window)
    notices: list[list[str]] = []
    window.workspace.problems_reported.connect(notices.append)
    messages: list[str] = []
    window.session.message.connect(lambda text, _timeout: messages.append(text))
    with qtbot.waitSignal(importer.finished, timeout=60_000) as finished:
        importer.start([f"{server}/report", f"{server}/missing", f"{server}/gone"])
    outcome = finished.args[0]
    assert [a.id for a in outcome.articles] == ["missiles-hit-two-bases-housing-us-troops"]
    added = window.workspace.corpus.get("missiles-hit-two-bases-housing-us-troops")
    assert added.source == "The Daily Example" and added.body.startswith("Missiles hit")
    assert notices == [[f"{server}/missing: the server answered 404 Not Found",
                        f"{server}/gone: the server answered 404 Not Found"]]
    # (a newcomer's report: the status said "3 addresss failed")
    assert "Imported 1 page; 2 addresses failed" in messages
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)  # aligned with the rest


def test_dialog_wants_at_least_one_address(qtbot) -> None:
    dialog = UrlImportDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.urls_edit.setPlainText("  https://a.example/1 \n\n https://b.example/2\n")
    assert ok.isEnabled()
    assert dialog.urls() == ["https://a.example/1", "https://b.example/2"]


def test_the_status_bars_cancel_stops_a_page_that_never_finishes(qtbot, server) -> None:
    """A fault tester's report: a page arriving a byte at a time was "Fetching 1 page…" 80 s
    later, with no way to stop it. The status bar's Cancel shows while the pages are fetched
    and stops them, said at once; nothing is added."""
    window = make_window(qtbot, ARTICLES)
    messages: list[str] = []
    window.session.message.connect(lambda text, _timeout: messages.append(text))
    importer = window.findChild(UrlImporter)  # (the File menu's, wired to the window)
    importer.start([f"{server}/drip"])
    cancel = window.status_widgets.cancel_button
    qtbot.waitUntil(lambda: not cancel.isHidden())
    assert "import from URL" in cancel.toolTip()
    cancel.click()
    assert messages[-1] == "Import from URL cancelled" and cancel.isHidden()
    qtbot.waitUntil(lambda: not any(t.name == "parallax-fetch" for t in threading.enumerate()),
                    timeout=10_000)  # (the fetch itself stopped, not only its outcome dropped)
    assert window.workspace.corpus.ids == ["a", "b"]


def test_two_imports_at_once_keep_cancel_until_both_end(qtbot, server) -> None:
    """A reviewer's report: two imports shared one Cancel entry, so the first to end took it
    away while the other still fetched, and Cancel stopped only the last one started."""
    window = make_window(qtbot, ARTICLES)
    importer = window.findChild(UrlImporter)
    cancel = window.status_widgets.cancel_button
    added: list[object] = []
    importer.finished.connect(added.append)
    importer.start([f"{server}/drip"])
    with qtbot.waitSignal(importer.finished, timeout=60_000):
        importer.start([f"{server}/report"])
    assert not cancel.isHidden() and "import from URL" in cancel.toolTip()  # (one fetches)
    cancel.click()
    assert cancel.isHidden() or "import from URL" not in cancel.toolTip()
    qtbot.waitUntil(lambda: not any(t.name == "parallax-fetch" for t in threading.enumerate()),
                    timeout=10_000)
    assert len(added) == 1  # (the one that ended; the cancelled one adds nothing)
