"""A deadline on a whole HTTP exchange: the connections an opener makes are shut when it passes.

urllib's timeout bounds each wait on the socket, not the exchange: a server sending its headers
(or its page) a byte at a time, each within the timeout, held a fetch for as long as it liked
(a reviewer's report; the body's reads look at the deadline themselves, the headers' cannot).
`Watchdog.handlers()` give an opener HTTP and HTTPS handlers whose connections it knows; a timer
shuts their sockets at the deadline, and the read waiting on one fails at once. (Connecting and
the TLS handshake come before a connection is known: each is bounded by the socket's timeout.)
No Qt.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import urllib.request
from typing import Any


class Watchdog:
    """Shuts the connections of its handlers `seconds` after `start()`; `expired` says it did."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._connections: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def handlers(self) -> list[urllib.request.BaseHandler]:
        return [_WatchedHTTP(self), _WatchedHTTPS(self)]

    def start(self) -> None:
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def watched(self, base: type[http.client.HTTPConnection]) -> Any:
        """A connection class like `base` that this watchdog knows once connected."""
        watchdog = self

        class Watched(base):  # type: ignore[valid-type,misc]
            def connect(self) -> None:
                super().connect()
                with watchdog._lock:
                    watchdog._connections.append(self)
                    late = watchdog.expired
                if late:
                    _shut(self)

        return Watched

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            connections = list(self._connections)
        for connection in connections:
            _shut(connection)


def _shut(connection: http.client.HTTPConnection) -> None:
    sock = connection.sock
    if sock is None:
        return
    # (the raw descriptor's shutdown: an SSL socket's own would unwrap it under the thread
    # reading from it, a ValueError there instead of a read that fails)
    with contextlib.suppress(OSError, ValueError):  # (already closed)
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _WatchedHTTP(urllib.request.HTTPHandler):
    def __init__(self, watchdog: Watchdog) -> None:
        super().__init__()
        self._watchdog = watchdog

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._watchdog.watched(http.client.HTTPConnection), req)


class _WatchedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, watchdog: Watchdog) -> None:
        super().__init__()
        self._watchdog = watchdog

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        options: dict[str, Any] = {"context": getattr(self, "_context", None)}
        if hasattr(self, "_check_hostname"):  # (Python 3.11's handler passes it on)
            options["check_hostname"] = self._check_hostname
        return self.do_open(self._watchdog.watched(http.client.HTTPSConnection), req,
                            **options)
