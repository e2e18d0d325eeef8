"""The comparison window: article list, 2-6 linked text panes, passage list, status bar, menus.

It builds the views and wires them to the Qt-free services: `viewer.workspace.Workspace` (what
is shown) and `viewer.session.Session` (loading and aligning in the background, dropping stale
results). No backend is chosen or driven here: the session does that, on the `Backends` it is
given; `widgets.session_bridge` brings its outcomes onto the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QSplitter, QToolBar, QVBoxLayout, QWidget

from viewer.already_open import paths_not_covered
from viewer.corpus import Article
from viewer.jobs.choice import Backends
from viewer.palette import Theme
from viewer.passages import AlignmentResult
from viewer.session import HEAD_START_WAIT_SECONDS, Session
from viewer.window_title import corpus_name, window_title
from viewer.wording import corpus_counts, count_of, problems_with
from viewer.workspace import DEFAULT_PANES, MAX_PANES, MIN_PANES, Workspace
from widgets.article_list import ArticleList
from widgets.article_removal import ask_to_remove, ask_to_remove_many
from widgets.find_bar import FindBar
from widgets.notices import NoticeArea
from widgets.pane_row import PaneRow
from widgets.passage_list import PassageList
from widgets.project_actions import ProjectGui
from widgets.session_bridge import GuiThreadPost
from widgets.window_chrome import (
    ElidingStatusBar,
    StatusWidgets,
    detect_theme,
    titled,
)
from widgets.window_menus import WindowMenus
from widgets.window_settings import ReopenedDock, WindowSettings

if TYPE_CHECKING:
    from viewer.window_document import WindowDocument
    from widgets.annotation_gui import AnnotationGui

__all__ = ["DEFAULT_PANES", "MAX_PANES", "MIN_PANES", "MainWindow"]

MESSAGE_TIMEOUT_MS = 12000
"""How long a status message about something finished stays."""
ALIGNING = "the background alignment"


class MainWindow(WindowMenus):
    """The Parallax main window."""

    idle = Signal()
    """Loading and alignment have ended and the panes show the outcome."""

    def __init__(self, workspace: Workspace | None = None, *, backends: Backends | None = None,
                 settings: QSettings | None = None, theme: Theme | None = None) -> None:
        """`backends`: what the session may run alignments on (default: the real engine, in a
        thread or, for a large corpus, a child process; the app adds its head start)."""
        super().__init__()
        self.workspace = workspace if workspace is not None else Workspace()
        self.settings = WindowSettings(settings)
        self.theme = theme or detect_theme()
        # How many panes the width allows: each needs about 40 characters a line (PaneRow).
        self.session = Session(self.workspace, backends=backends, post=GuiThreadPost(self),
                               room_for_panes=lambda: self.pane_row.room(
                                   self.main_splitter.width()))
        self.corpus_paths: list[Path] = []
        """The files and folders the user opened (exports start in their folder)."""
        self._on_samples = False
        """The window was opened on the sample corpus (the title names it)."""
        self.set_corpus_name("untitled")
        self.setAcceptDrops(True)

        self.article_list = ArticleList(self.workspace)
        self.passage_list = PassageList(self.workspace, self.theme)
        self.notices = NoticeArea()
        self.find_bar = FindBar(self.workspace)
        self.pane_row = PaneRow(self.workspace, self.theme)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        top_layout.addWidget(self.notices)
        top_layout.addWidget(self.pane_row, 1)
        top_layout.addWidget(self.find_bar)
        self.lists_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.lists_splitter.setObjectName("listsSplitter")
        self.lists_splitter.addWidget(titled("Articles — tick up to six to compare",
                                             self.article_list))
        self.lists_splitter.addWidget(titled("Shared passages", self.passage_list))
        self.lists_splitter.setSizes([700, 700])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(top)
        self.main_splitter.addWidget(self.lists_splitter)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setSizes([600, 200])
        self.setCentralWidget(self.main_splitter)

        self.setStatusBar(ElidingStatusBar())
        self.status_widgets = status = StatusWidgets(self.statusBar(), self.start_alignment)
        self.counts_label = status.counts_label
        self.progress_bar = status.progress_bar
        self.cancel_button = status.cancel_button
        self.align_again_button = status.align_again_button
        self._aligned_generation: int | None = None
        """The corpus generation the highlights shown were found for."""
        self._build_menus()
        self.project_gui = ProjectGui(self)  # File › projects, Article menu (issue 15)
        self.ask_remove = lambda article_id: ask_to_remove(self, article_id)
        self.ask_remove_many = lambda article_ids: ask_to_remove_many(self, article_ids)

        self.article_list.source_model.refused.connect(self._show_message)
        self.article_list.source_model.ticked.connect(self.bring_ticked_into_view)
        self.article_list.doubleClicked.connect(self._article_double_clicked)
        # (connected before bring_passage_into_view, which may say something new of the next)
        self.workspace.selection_changed.connect(self.drop_passage_note)
        # (and when the panes change: "Showing 3 of the 7 ..." stayed with 2 panes: tester55)
        self.workspace.shown_changed.connect(self.drop_passage_note)
        self.passage_list.passage_chosen.connect(self.bring_passage_into_view)
        self.find_bar.closed.connect(self.pane_row.keep_found)
        self.pane_row.panes_changed.connect(self._chain_tab_stops)
        self.session.articles_added.connect(self.bring_added_into_view)
        self.session.paths_opened.connect(self._opened)
        self.workspace.result_changed.connect(self._update_counts)
        self.workspace.corpus_changed.connect(self._update_counts)
        self.workspace.problems_reported.connect(self._report_problems)
        self.workspace.file_notes_reported.connect(self._note_files)
        self.session.message.connect(self._show_message)
        self.session.result_accepted.connect(self._on_result_accepted)
        self.session.progress.connect(self._on_progress)
        # Alignment starts right after the articles are added (in the same call).
        self.workspace.corpus_changed.connect(
            lambda: QTimer.singleShot(0, self, self._show_busy_kind))
        self.session.busy_changed.connect(self._on_busy_changed)
        self.session.idle.connect(self.idle.emit)
        self.sync_scroll_action.toggled.connect(self._set_synchronised)
        self._update_counts()
        self._chain_tab_stops()
        self.settings.restore(self)

    # --- API used by the annotation GUI and the app -----------------------------------------

    def new_window(self) -> MainWindow:
        return MainWindow(settings=self.settings.settings, theme=self.theme)

    def add_tool_bar(self, title: str, object_name: str) -> QToolBar:
        toolbar = self.addToolBar(title)
        toolbar.setObjectName(object_name)  # saveState and restoreState know it by this
        self.settings.restore_tool_bars(self)
        return toolbar

    def add_annotation_gui(self, *, corpus_paths: Sequence[Path | str] = (),
                           data_dir: Path | str | None = None,
                           document: WindowDocument | None = None) -> AnnotationGui:
        """`widgets.annotation_gui.add_annotation_gui` for this window."""
        from widgets.annotation_gui import add_annotation_gui

        return add_annotation_gui(self, corpus_paths=corpus_paths, data_dir=data_dir,
                                  document=document)

    @property
    def annotation_gui(self) -> AnnotationGui | None:
        """Claim annotation, once `add_annotation_gui` has given the window its actions."""
        from widgets.annotation_gui import installed_annotation_gui

        return installed_annotation_gui(self)

    def set_corpus_name(self, name: str) -> None:
        """The title bar: "NAME — Parallax" (Qt adds the application name, and a `*` at the
        `[*]` while there is unsaved work)."""
        self.setWindowTitle(window_title(name))

    @property
    def busy(self) -> bool:
        return self.session.busy

    # --- user operations: the session does the work ------------------------------------------

    def open_paths(self, paths: Sequence[Path | str], *, reveal: bool = True) -> None:
        """Read files and folders in the background, then add them and align again."""
        # Remembered (corpus paths, recent files) only once their articles are in: a reading
        # cancelled, or one that found no article, leaves both as they were.
        self.session.open_paths(paths, reveal=reveal, remember=True)

    def _opened(self, paths: Sequence[Path]) -> None:
        self._remember_recent(paths)
        named = self.windowTitle() == window_title(
            corpus_name(self.corpus_paths, samples=self._on_samples))
        self.corpus_paths.extend(paths_not_covered(self.corpus_paths, paths))
        if named:  # (a project's window bears the project's name instead: it stays)
            self.set_corpus_name(corpus_name(self.corpus_paths, samples=self._on_samples))

    def open_first(self, paths: Sequence[Path], *, remember: bool,
                   wait_seconds: float = HEAD_START_WAIT_SECONDS) -> None:
        """The app's first load, before the window is shown (see `Session.open_first`).
        `remember`: add the paths to the recent files (the user chose them) once their
        articles are in: a file that cannot be read does not go into File › Recent files."""
        if remember:
            self.corpus_paths = [Path(p) for p in paths]
        self._on_samples = not remember
        self.set_corpus_name(corpus_name(self.corpus_paths, samples=self._on_samples))
        # The number of panes follows the width the window will have: lay it out now.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.session.open_first(paths, remember=remember, wait_seconds=wait_seconds)

    def add_articles(self, articles: Sequence[Article], *, reveal: bool = True) -> None:
        self.session.add_articles(articles, reveal=reveal)

    def paste_article(self, text: str, title: str = "") -> Article | None:
        return self.session.paste_article(text, title)

    def start_alignment(self) -> None:
        self.session.start_alignment()

    def cancel_background(self) -> None:
        self.session.cancel_all()

    # --- session outcomes -------------------------------------------------------------------

    def _on_result_accepted(self, result: AlignmentResult) -> None:
        self._aligned_generation = self.workspace.generation
        problems = len(self.notices.lines)
        note = f" · {problems_with(self.notices.lines)} " \
            "(see the notice above the panes)" if problems else ""
        self._show_message(f"Found {count_of(len(result.passages), 'shared passage')}{note}",
                           MESSAGE_TIMEOUT_MS if problems else 6000)

    def _on_progress(self, fraction: float) -> None:
        self._show_busy_kind()
        self.progress_bar.setValue(round(fraction * 100))

    def _show_busy_kind(self) -> None:
        """Reading files or aligning: the progress bar and the empty panes say which (a large
        folder takes a while to read, and "Aligning… 0%" beside "Open articles with File ›
        Open files…" looked as if nothing had been opened)."""
        # Only a load: applying corrections is no reading, and while an alignment runs too
        # the bar counts its progress.
        opening = self.session.opening and not self.session.aligning
        self.progress_bar.setFormat("Opening files…" if opening else "Aligning… %p%")
        self.pane_row.set_opening(opening)

    def _on_busy_changed(self, busy: bool) -> None:
        self._update_counts()
        self._show_busy_kind()
        if not busy and self.statusBar().currentMessage().endswith("…"):
            self.statusBar().clearMessage()  # "Opening…" / "aligning…" is over
        self.progress_bar.setVisible(busy)
        self.status_widgets.running(ALIGNING, self.cancel_background if busy else None)
        self.progress_bar.setValue(0)
        # A cancelled alignment leaves the added articles unaligned and nothing would align
        # them until the next change: offer it.
        self.align_again_button.setVisible(
            not busy and len(self.workspace.corpus) >= 2
            and self._aligned_generation != self.workspace.generation)

    def _note_files(self, lines: list[str]) -> None:
        self.notices.add_file_notes(lines)
        self._show_message(f"{count_of(len(lines), 'note')} on the articles' files (see the "
                           "notice above the panes)", MESSAGE_TIMEOUT_MS)

    def _report_problems(self, lines: list[str]) -> None:
        self.notices.add(lines)
        self._show_message(f"{count_of(len(lines), 'file')} could not be "
                           "opened (see the notice above the panes)", 8000)

    def _set_synchronised(self, on: bool) -> None:
        self.pane_row.synchronised = on

    # --- chrome -----------------------------------------------------------------------------

    def _article_double_clicked(self) -> None:
        article_id = self.article_list.selected_article_id()
        if article_id is not None and self.pane_for(article_id) is None:
            self.reveal_range(article_id, 0, 0)

    def _chain_tab_stops(self) -> None:
        """Tab follows the screen: the panes left to right, the find bar, the article list,
        the passage list; the docks come after them. Qt chains widgets in the order they were
        made, and panes are made anew as the articles shown change: a tester's Tab went pane 1
        → the Figures dock → pane 2 (session 54). Each `setTabOrder` moves the second widget
        just after the first, so the docks' own widgets keep their order, after these."""
        stops: list[QWidget] = [pane.editor for pane in self.pane_row.panes()]
        stops += [*self.find_bar.tab_stops(), self.article_list, *self.passage_list.tab_stops()]
        for before, after in pairwise(stops):
            QWidget.setTabOrder(before, after)

    def _show_message(self, message: str, timeout: int = 0) -> None:
        """A message about work under way ("…") stays until the next state replaces it; any
        other goes after a while, so no stale message outlives what it was about."""
        if timeout == 0 and not message.endswith("…"):
            timeout = MESSAGE_TIMEOUT_MS
        self.statusBar().showMessage(message, timeout)

    def _update_counts(self) -> None:
        result = self.workspace.result
        self.counts_label.setText(corpus_counts(
            len(self.workspace.corpus), None if result is None else len(result.passages),
            busy=self.busy))

    # --- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # --- settings ---------------------------------------------------------------------------

    def save_settings(self) -> None:
        self.settings.save(self)

    def reopen_docks(self) -> None:
        """Open again the docks the user had open when the window was last closed, but not
        empty (the app calls it once the annotation GUI is installed: two of them are its)."""
        gui = self.annotation_gui
        self.settings.reopen_docks({"figuresDock": ReopenedDock(self.figures_action),
                                    **(gui.reopened_docks() if gui is not None else {})})
        self.settings.raise_front_docks(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.session.close(timeout=3.0)
        super().closeEvent(event)

