"""What keeps the annotation GUI from losing work or freezing: the questions it asks and the
background re-anchoring.

- `BackgroundReanchor` re-anchors a large annotation set in a child process
  (`viewer.annotations.reanchoring`), reports progress, and hands back only the newest request's
  result; the GUI thread just applies it.
- `ask_on_quit` (Save As / Discard / Cancel), `ask_on_conflict` (keep mine / keep theirs) and
  `offer_save_as` (a read-only folder or a full disk: a non-blocking box with Save As) are the
  dialogs; the controller holds them as replaceable attributes so tests answer for the user.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.annotations.merge import Side
from viewer.annotations.model import Annotation
from viewer.annotations.reanchoring import run_in_child
from viewer.corpus import Article
from widgets.project_closing import QuitAnswer, ask_save_discard_cancel

if TYPE_CHECKING:
    from multiprocessing.connection import Connection


ANNOTATION_FILE_FILTER = "Web Annotation JSON-LD (*.jsonld *.json);;All files (*)"
"""The file dialogs' filter for annotation files (open, save as)."""
FOREGROUND_BUDGET_SECONDS = 0.03
"""Re-anchoring is tried on the GUI thread for this long (most sets are done by then, and the
marks are right at once); what takes longer -- thousands of annotations, long quotes needing a
fuzzy search at some 40 ms each -- starts again in a child process."""


class BackgroundReanchor(QObject):
    """Re-anchors in a child process (`reanchoring.run_in_child`); `finished(annotations)` for
    the newest request only. A child process, not a thread: in a thread the fuzzy search holds
    the interpreter lock between the window's many short calls into Python (the dock's rows,
    the panes' marks) and the window stutters by hundreds of milliseconds."""

    progress = Signal(float)
    finished = Signal(object)
    """emit(list[Annotation]): the newest request's result (stale and cancelled ones dropped)."""
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: Any = None
        self._connection: Connection | None = None
        self._received: list[Annotation] = []
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._receive)

    @property
    def busy(self) -> bool:
        return self._process is not None

    def start(self, annotations: Sequence[Annotation], articles: Sequence[Article]) -> None:
        self.cancel()
        context = _context()
        child_inbox, to_child = context.Pipe(duplex=False)
        from_child, child_outbox = context.Pipe(duplex=False)
        process = context.Process(target=run_in_child, name="parallax-reanchor", daemon=True,
                                  args=(child_inbox, child_outbox))
        process.start()  # the arguments are two pipes: nothing large is written here
        child_inbox.close()
        child_outbox.close()
        self._process, self._connection, self._received = process, from_child, []
        # The input goes over from a thread: the pipe fills until the child has started and
        # reads, and a send blocks (without the interpreter lock) meanwhile.
        threading.Thread(target=_send, args=(to_child, tuple(articles), tuple(annotations)),
                         name="parallax-reanchor-input", daemon=True).start()
        self._poll.start()

    def cancel(self) -> None:
        """Drop the running request (its child is ended)."""
        self._poll.stop()
        process, connection = self._process, self._connection
        self._process = self._connection = None
        if connection is not None:
            connection.close()
        if process is not None and process.is_alive():
            process.terminate()
            process.join(1.0)

    def _receive(self) -> None:
        """Take what the child sent so far; at most one chunk of results per call, so the
        window handles its events between chunks."""
        connection = self._connection
        if connection is None:
            return
        try:
            while connection.poll():
                kind, payload = connection.recv()
                if kind == "progress":
                    self.progress.emit(payload)
                elif kind == "chunk":
                    self._received.extend(payload)
                    return
                elif kind == "done":
                    result = self._received
                    self.cancel()
                    self.finished.emit(result)
                    return
                else:
                    self.cancel()
                    self.failed.emit(str(payload))
                    return
        except (EOFError, OSError):
            self.cancel()
            self.failed.emit("the re-anchoring process ended unexpectedly")


POLL_MS = 30
INPUT_CHUNK = 100


def _send(connection: Connection, articles: tuple[Article, ...],
          annotations: tuple[Annotation, ...]) -> None:
    try:
        for article in articles:
            connection.send(article)
        connection.send(None)
        for first in range(0, len(annotations), INPUT_CHUNK):
            connection.send(annotations[first : first + INPUT_CHUNK])
        connection.send(None)
    except OSError:
        pass  # the child was ended (cancelled): nothing more to send
    finally:
        connection.close()


def _context() -> Any:
    import multiprocessing

    # spawn: a clean child without the window's Qt threads (fork would copy them), started
    # without waiting (a fork server's first start holds the window for most of a second).
    return multiprocessing.get_context("spawn")


def ask_on_quit(parent: QWidget, problem: str) -> QuitAnswer:
    """Quit with annotations that are not saved: Save As / Discard / Cancel."""
    return ask_save_discard_cancel(parent, "Unsaved annotations",
                                   f"Your annotations are not saved.\n\n{problem}", "Save As…")


def ask_on_conflict(parent: QWidget, problem: str, count: int) -> Side | None:
    """The same annotations changed here and in another window: whose version to keep."""
    box = QMessageBox(QMessageBox.Icon.Question, "Annotations changed in another window",
                      f"{problem}\n\nKeep your version of the {count} annotation"
                      f"{'' if count == 1 else 's'} changed on both sides, or theirs? Every "
                      "other change from both windows is kept either way.", parent=parent)
    mine = box.addButton("Keep mine", QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton("Keep theirs", QMessageBox.ButtonRole.RejectRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "mine" if clicked is mine else "theirs" if clicked is theirs else None


def offer_save_as(parent: QWidget, problem: str, save_as: Callable[[], object]) -> QMessageBox:
    """Say, without blocking, that the annotations could not be saved where they are, with a
    Save As button (the annotations stay in memory meanwhile)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Annotations not saved", problem, parent=parent)
    button = box.addButton("Save As…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
    button.clicked.connect(save_as)
    box.open()
    return box
