"""The Qt side of the session service: runs the callables its jobs post on the GUI thread.

`viewer.session.Session` is Qt-free; its jobs finish on worker threads and hand their outcome to
a `Post`. This is that `Post` for a Qt application: a queued signal, so the callable runs in the
GUI thread's event loop. It marshals and nothing else: which backend runs, and what an outcome
does, are the session's business.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, Qt, Signal


class GuiThreadPost(QObject):
    """`post(callback)` from any thread; `callback()` runs later in this object's thread."""

    _posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self, callback: Callable[[], None]) -> None:
        # (the window or dock this posts to was closed while a job ran: its outcome has no one
        # to go to and is dropped, as a stale result is; "Signal source has been deleted" was
        # printed from the worker thread on every such close)
        with suppress(RuntimeError):
            self._posted.emit(callback)

    def _run(self, callback: Callable[[], None]) -> None:
        callback()
