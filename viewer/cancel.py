"""Cancellation and progress reporting for long-running core work, with no Qt dependency.

Background runners (a Qt thread in the GUI, nothing at all on the command line) hand a
`CancelToken` to the work; the work calls `token.raise_if_cancelled()` at safe points.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressCallback = Callable[[float], None]
"""Called with a fraction in [0, 1] as work advances; may be called from a worker thread."""


class Cancelled(Exception):
    """Raised inside work whose token was cancelled."""


class CancelToken:
    """A thread-safe flag that the requester sets and the worker polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
