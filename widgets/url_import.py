"""File › Import from URL…: ask for web addresses, fetch them in the background, add the articles.

A thin view over `viewer.fetching.import_urls`: the dialog collects addresses (one a line), a
job of the job layer fetches them off the GUI thread, and the outcome is handed back through
the session's `post` to the GUI thread, where the articles join the comparison (text under its
metadata header, fetch time included) and each failed address becomes one notice line. Until
the window holds a project, the raw pages (snapshots) are not kept: `parallax fetch` keeps them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.wording import count_of

IMPORTING = "the import from URL"
"""What the window's Cancel button names while the pages are fetched."""

if TYPE_CHECKING:
    from viewer.jobs.job import Job
    from viewer.session import Session


class UrlImportDialog(QDialog):
    """Asks for one or more web addresses, one a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import from URL")
        label = QLabel("Web addresses of the articles, one a line (http:// or https://):")
        self.urls_edit = QPlainTextEdit()
        self.urls_edit.setPlaceholderText("https://news.example.org/world/…")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.urls_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.urls_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(600, 260)
        self._update_ok()

    def urls(self) -> list[str]:
        return [line.strip() for line in self.urls_edit.toPlainText().splitlines()
                if line.strip()]

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.urls()))


class UrlImporter(QObject):
    """Runs the fetches as a job and gives the outcome to the session on the GUI thread."""

    finished = Signal(object)
    """emit(UrlImport) once the articles are added (tests wait on it)."""

    def __init__(self, session: Session, parent: QObject | None = None, *,
                 running: Callable[[str, Callable[[], object] | None], object] | None = None
                 ) -> None:
        """`running`: how the window shows its Cancel button for background work
        (`StatusWidgets.running`): a page that never finishes arriving was "Fetching 1 page…"
        with no way to stop it."""
        super().__init__(parent)
        self._session = session
        self._running = running
        self._live: list[Job[Any]] = []
        """The imports fetching now: Cancel stops them all (two overlapping imports shared
        one entry, and the first to end took the other's Cancel away: a reviewer's report)."""

    def start(self, urls: Sequence[str]) -> None:
        from viewer.cancel import CancelToken, ProgressCallback
        from viewer.fetching import import_urls
        from viewer.jobs.job import Job

        chosen = list(urls)
        taken = set(self._session.workspace.corpus.ids)

        def work(token: CancelToken, progress: ProgressCallback) -> object:
            return import_urls(chosen, taken_ids=taken, token=token, progress=progress)

        self._session.message.emit(f"Fetching {count_of(len(chosen), 'page')}…", 0)
        job = Job.start(work, name="parallax-fetch")
        self._live.append(job)
        if self._running is not None:
            self._running(IMPORTING, self._cancel)
        job.add_done_callback(lambda done: self._session.post(lambda: self._finish(done)))

    def _cancel(self) -> None:
        """Stop the fetches: said at once, whatever they were waiting for; what they give
        later is dropped."""
        for job in self._live:
            job.cancel()
        self._live.clear()
        if self._running is not None:
            self._running(IMPORTING, None)
        self._session.message.emit("Import from URL cancelled", 0)

    def _finish(self, job: Job[Any]) -> None:
        from viewer.cancel import Cancelled
        from viewer.fetching import UrlImport

        if job.cancelled:
            return  # (said when cancelled)
        if job in self._live:
            self._live.remove(job)
        if self._running is not None and not self._live:
            self._running(IMPORTING, None)
        try:
            outcome = job.result()
        except Cancelled:
            self._session.message.emit("Import from URL cancelled", 0)
            return
        except Exception as error:  # a bug in the work must not take the window down
            self._session.message.emit(f"Import from URL failed: {error}", 0)
            return
        assert isinstance(outcome, UrlImport)
        self._session.workspace.report_problems(list(outcome.problems))
        if outcome.articles:
            self._session.add_articles(outcome.articles, origin="imported", pages=outcome.pages)
        fetched = count_of(len(outcome.articles), "page")
        failed = f"; {count_of(len(outcome.problems), 'address', 'addresses')} failed" \
            if outcome.problems else ""
        self._session.message.emit(f"Imported {fetched}{failed}", 0)
        self.finished.emit(outcome)


def add_url_import(window: QWidget, menu: QMenu, session: Session, *,
                   running: Callable[[str, Callable[[], object] | None], object] | None = None
                   ) -> QAction:
    """Give `menu` an Import from URL… action that imports into `session`; returns the action.
    `running`: as `UrlImporter`'s."""
    importer = UrlImporter(session, window, running=running)
    action = QAction("Import from &URL…", window)
    action.setStatusTip("Fetch web pages and add their articles")

    def ask() -> None:
        dialog = UrlImportDialog(window)
        if dialog.exec():
            importer.start(dialog.urls())

    action.triggered.connect(ask)
    menu.addAction(action)
    return action
