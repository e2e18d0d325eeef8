"""The comparison window: article list, 2-6 linked text panes, passage list, status bar, menus.

A thin view over `viewer.workspace.Workspace`: menus and lists call workspace operations, and the
panes, link maps and lists redraw when the workspace signals a change. Loading and alignment run
in the background (`widgets.runner`); a result for a corpus that has changed since is dropped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from viewer.corpus import Article
from viewer.head_start import HeadStart, with_head_start
from viewer.palette import Theme, theme_for
from viewer.passages import AlignmentResult
from viewer.wording import count_of
from viewer.workspace import (
    DEFAULT_PANES,
    MAX_PANES,
    MIN_PANES,
    PreparedResult,
    Workspace,
    prepare_result,
)
from widgets.article_list import ArticleList
from widgets.find_bar import FindBar
from widgets.link_map import LinkMap
from widgets.notices import NoticeArea
from widgets.passage_list import PassageList
from widgets.process_align import PROCESS_THRESHOLD_CHARS
from widgets.runner import Aligner, BackgroundRunner, Loader
from widgets.text_pane import TextPane

MAX_RECENT = 10
MIN_PANE_WIDTH = 260
"""Narrowest pane (with its link map) the default view allows; about 35 characters a line."""
HEAD_START_WAIT_SECONDS = 0.2
"""How long the first load waits for the head start's answers before the window is first shown:
an empty window painted and then filled costs about as long again, and looks unfinished."""
ARTICLE_FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


def _default_aligner() -> Aligner:
    def align(*args: object, **kwargs: object) -> AlignmentResult:
        # Imported on first use, in the worker thread, so start-up does not wait for it.
        from viewer.engine import find_shared_passages

        return find_shared_passages(*args, **kwargs)  # type: ignore[arg-type]

    return align


def _default_loader() -> Loader:
    def load(*args: object, **kwargs: object) -> object:
        from viewer.loading import load_paths

        return load_paths(*args, **kwargs)  # type: ignore[arg-type]

    return load


def detect_theme() -> Theme:
    palette = QGuiApplication.palette()
    return theme_for(palette.color(QPalette.ColorRole.Base).lightness() < 128)


class MainWindow(QMainWindow):
    """The Parallax main window."""

    idle = Signal()
    """Loading and alignment have ended and the panes show the outcome."""

    def __init__(self, workspace: Workspace | None = None, *, aligner: Aligner | None = None,
                 loader: Loader | None = None, settings: QSettings | None = None,
                 theme: Theme | None = None, head_start: HeadStart | None = None) -> None:
        """`head_start` (the app's): the first corpus, loaded and aligned in a child process
        while this window was being built; used when the first load asks for it."""
        super().__init__()
        self.workspace = workspace if workspace is not None else Workspace()
        self.settings = settings
        self.theme = theme or detect_theme()
        # The real engine runs large corpora in a child process; an injected aligner (tests)
        # always runs in a thread.
        self._head_start = head_start
        self._ready_alignment: tuple[tuple[Article, ...], AlignmentResult] | None = None
        """The head start's alignment, taken with its load by `open_first`, for the alignment
        `start_alignment` then begins."""
        load, align = with_head_start(head_start, loader or _default_loader(),
                                      aligner or _default_aligner())
        self.runner = BackgroundRunner(align, load, self, process_threshold=None if aligner else
                                       PROCESS_THRESHOLD_CHARS)
        self._panes: list[TextPane] = []
        self._link_maps: list[LinkMap] = []
        self._scroll_lock = False
        self.select_first_passage = True
        """Select the widest-spread passage when the first alignment result arrives."""
        self.setWindowTitle("Parallax")
        self.setAcceptDrops(True)

        self.article_list = ArticleList(self.workspace)
        self.passage_list = PassageList(self.workspace, self.theme)
        self.notices = NoticeArea()
        self.find_bar = FindBar(self.workspace)
        self.pane_row = QWidget()
        self.pane_row.setObjectName("paneRow")
        self.pane_layout = QHBoxLayout(self.pane_row)
        self.pane_layout.setContentsMargins(0, 0, 0, 0)
        self.pane_layout.setSpacing(0)
        self.placeholder = QLabel("Open articles with File › Open files… or drop files here.")
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        top_layout.addWidget(self.notices)
        top_layout.addWidget(self.pane_row, 1)
        top_layout.addWidget(self.placeholder, 1)
        top_layout.addWidget(self.find_bar)
        self.lists_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.lists_splitter.setObjectName("listsSplitter")
        self.lists_splitter.addWidget(_titled("Articles — tick up to six to compare",
                                              self.article_list))
        self.lists_splitter.addWidget(_titled("Shared passages", self.passage_list))
        self.lists_splitter.setSizes([700, 700])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(top)
        self.main_splitter.addWidget(self.lists_splitter)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setSizes([600, 200])
        self.setCentralWidget(self.main_splitter)

        self._build_status_bar()
        self._build_menus()

        self.article_list.source_model.refused.connect(self._show_message)
        self.article_list.doubleClicked.connect(self._article_double_clicked)
        self.workspace.shown_changed.connect(self._rebuild_panes)
        self.workspace.result_changed.connect(self._update_counts)
        self.workspace.corpus_changed.connect(self._update_counts)
        self.workspace.problems_reported.connect(self._report_problems)
        self.runner.loaded.connect(self._on_loaded)
        self.runner.aligned.connect(self._on_aligned)
        self.runner.progress.connect(self._on_progress)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self._rebuild_panes()
        self._update_counts()
        self._restore_settings()

    # --- API used by the annotation GUI and the app -----------------------------------------

    def text_panes(self) -> list[TextPane]:
        return list(self._panes)

    def link_maps(self) -> list[LinkMap]:
        return list(self._link_maps)

    def pane_for(self, article_id: str) -> TextPane | None:
        return next((p for p in self._panes if p.article_id == article_id), None)

    def reveal_range(self, article_id: str, start: int, end: int) -> None:
        """Show `article_id` in a pane (replacing the last one if six are shown), select
        code points [start, end) and scroll to them."""
        if article_id not in self.workspace.corpus:
            return
        if self.pane_for(article_id) is None:
            shown = list(self.workspace.shown)
            if len(shown) >= MAX_PANES:
                shown = shown[:-1]
            self.workspace.set_shown([*shown, article_id])
        pane = self.pane_for(article_id)
        if pane is not None:
            pane.select_range(start, end)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    # --- opening, pasting, removing ---------------------------------------------------------

    def open_paths(self, paths: Sequence[Path | str], *, reveal: bool = True) -> None:
        """Read files and folders in the background, then add them and align again."""
        chosen = [Path(p) for p in paths]
        if not chosen:
            return
        self._remember_recent(chosen)
        self._show_message(f"Opening {count_of(len(chosen), 'item')}…")
        self.runner.load(chosen, self.workspace.corpus.ids, reveal=reveal)

    def open_first(self, paths: Sequence[Path], *, remember: bool) -> None:
        """The app's first load (before the window is shown). If the head start has sent these
        files and their alignment, or sends them within HEAD_START_WAIT_SECONDS, they are shown
        at once, so the window's first paint is the highlighted result; otherwise they are read
        and aligned in the background as usual. `remember`: add the paths to the recent files
        (the user chose them)."""
        chosen = [Path(p) for p in paths]
        ready = self._head_start.answers_if_ready(chosen, wait_seconds=HEAD_START_WAIT_SECONDS) \
            if self._head_start else None
        if ready is None:
            if remember:
                self.open_paths(chosen, reveal=False)
            else:
                self.runner.load(chosen, (), reveal=False)
            return
        if remember:
            self._remember_recent(chosen)
        report, result = ready
        self._ready_alignment = (tuple(report.articles), result)
        # The number of panes follows the width the window will have: lay it out now.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self._on_loaded(report, reveal=False)
        self._ready_alignment = None

    def add_articles(self, articles: Sequence[Article], *, reveal: bool = True) -> None:
        if self.workspace.add_articles(articles, reveal=reveal and len(self.workspace.corpus) > 0):
            self.start_alignment()

    def paste_article(self, text: str, title: str = "") -> Article | None:
        """Add pasted text as an article (plain text, metadata header read as for files)."""
        if not text.strip():
            self._show_message("Nothing to add: the pasted text is empty")
            return None
        article_id = self.workspace.corpus.unique_id("pasted")
        try:
            from viewer.loading import article_from_text

            article = article_from_text(article_id, text)
        except Exception as error:  # the loader's UnusableFile: a one-line reason
            self._show_message(f"pasted text: {error}")
            return None
        if title:
            article = dataclasses.replace(article, title=title)
        self.add_articles([article])
        return article

    def remove_article(self, article_id: str | None = None) -> None:
        """Remove an article (default: the one selected in the list, else the focused pane)."""
        article_id = (article_id or self.article_list.selected_article_id()
                      or self._focused_pane_id())
        if article_id is None or article_id not in self.workspace.corpus:
            self._show_message("Select an article in the list (or click in its pane) to remove it")
            return
        self.workspace.remove_article(article_id)
        self._show_message(f"Removed {article_id}")
        self.start_alignment()

    def start_alignment(self) -> None:
        # The default view shows as many panes as fit readably beside each other.
        available = self.main_splitter.width()
        self.workspace.default_pane_limit = max(MIN_PANES, min(DEFAULT_PANES,
                                                               available // MIN_PANE_WIDTH))
        request = self.workspace.begin_alignment()
        if len(request.articles) < 2:
            self.runner.cancel_alignment()
            ids = tuple(a.id for a in request.articles)
            self.workspace.accept_result(request.generation, AlignmentResult(ids, ()))
            if not self.runner.busy:
                self.idle.emit()
            return
        if self._ready_alignment is not None and self._ready_alignment[0] == request.articles:
            # Work that grows with the corpus, on the GUI thread: bounded, since the head start
            # aligns only corpora the engine handles in a fraction of a second.
            self._on_aligned(request.generation, prepare_result(request, self._ready_alignment[1]))
            if not self.runner.busy:
                self.idle.emit()
            return
        self.runner.align(request)

    def cancel_background(self) -> None:
        self.runner.cancel_all()

    # --- runner outcomes --------------------------------------------------------------------

    def _on_loaded(self, report: object, reveal: bool) -> None:
        problems = [str(p) for p in getattr(report, "problems", ())]
        articles = list(getattr(report, "articles", ()))
        self.workspace.report_problems(problems)
        if articles:
            # Said first: with the head start's alignment at hand, the result (and its
            # message) comes before add_articles returns.
            self._show_message(f"Added {count_of(len(articles), 'article')}"
                               "; aligning…")
            self.add_articles(articles, reveal=reveal)
        elif not problems:
            self._show_message("No article files found")

    def _on_aligned(self, generation: int, prepared: PreparedResult) -> None:
        result = prepared.result
        if self.workspace.accept_result(generation, result, prepared):
            problems = len(self.notices.lines)
            note = f" · {count_of(problems, 'file')} could not be opened " \
                "(see the notice above the panes)" if problems else ""
            self._show_message(f"Found {len(result.passages)} shared passages{note}",
                               0 if problems else 6000)
            if self.select_first_passage and self.workspace.selected is None:
                # On the first result, show the most widely shared passage linked across panes.
                self.select_first_passage = False
                rows = self.workspace.passage_rows()
                if rows:
                    self.workspace.select_passage(rows[0].passage_id)

    def _on_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(round(fraction * 100))

    def _on_failed(self, message: str) -> None:
        self._show_message(f"Background work failed: {message}")

    def _on_cancelled(self) -> None:
        self._show_message("Alignment cancelled; the highlights are from the previous alignment")

    def _on_busy_changed(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress_bar.setValue(0)
        if not busy:
            self.idle.emit()

    def _report_problems(self, lines: list[str]) -> None:
        self.notices.add(lines)
        self._show_message(f"{count_of(len(lines), 'file')} could not be "
                           "opened (see the notice above the panes)", 8000)

    # --- panes ------------------------------------------------------------------------------

    def _rebuild_panes(self) -> None:
        existing = {p.article_id: p for p in self._panes}
        wanted = [i for i in self.workspace.shown if i in self.workspace.corpus]
        for link_map in self._link_maps:
            link_map.detach()
            link_map.setParent(None)
            link_map.deleteLater()
        self._link_maps = []
        for article_id, pane in existing.items():
            if article_id not in wanted:
                pane.detach()
                pane.setParent(None)
                pane.deleteLater()
        while self.pane_layout.count():
            self.pane_layout.takeAt(0)
        panes: list[TextPane] = []
        for article_id in wanted:
            kept = existing.get(article_id)
            if kept is None:
                kept = TextPane(self.workspace, article_id, self.theme)
                kept.editor.verticalScrollBar().valueChanged.connect(
                    lambda _value, pane=kept: self._pane_scrolled(pane))
            panes.append(kept)
        for number, pane in enumerate(panes):
            if number:
                link_map = LinkMap(self.workspace, panes[number - 1], pane)
                self._link_maps.append(link_map)
                self.pane_layout.addWidget(link_map)
            self.pane_layout.addWidget(pane, 1)
        self._panes = panes
        self.pane_row.setVisible(bool(panes))
        self.placeholder.setVisible(not panes)

    def _focused_pane_id(self) -> str | None:
        focus = QApplication.focusWidget()
        for pane in self._panes:
            if focus is not None and (focus is pane.editor or pane.isAncestorOf(focus)):
                return pane.article_id
        return None

    def _pane_scrolled(self, source: TextPane) -> None:
        """Synchronised scrolling: keep the selected passage level across panes (else the same
        share of each text). The lock drops the nested calls our own scrolling causes."""
        if self._scroll_lock or not self.sync_scroll_action.isChecked():
            return
        self._scroll_lock = True
        try:
            selected = self.workspace.selected
            source_first = (self.workspace.highlights(source.article_id).first_offset_of(selected)
                            if selected else None)
            source_bar = source.editor.verticalScrollBar()
            fraction = source_bar.value() / max(source_bar.maximum(), 1)
            for pane in self._panes:
                if pane is source:
                    continue
                bar = pane.editor.verticalScrollBar()
                first = (self.workspace.highlights(pane.article_id).first_offset_of(selected)
                         if selected else None)
                if source_first is not None and first is not None:
                    level = source.scroll_offset_of(source_first)
                    bar.setValue(int(pane.document_y_range(first, first + 1)[0] - level))
                else:
                    bar.setValue(round(fraction * bar.maximum()))
        finally:
            self._scroll_lock = False

    # --- chrome -----------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.setFormat("Aligning… %p%")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the background alignment")
        self.cancel_button.clicked.connect(self.cancel_background)
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.progress_bar)
        status.addPermanentWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()

    def _action(self, menu: QMenu, text: str, slot, shortcuts: Sequence[QKeySequence
                | QKeySequence.StandardKey | str] = (), tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.open_files_action = self._action(
            self.file_menu, "&Open files…", self._choose_files, [QKeySequence.StandardKey.Open],
            "Add article files to the comparison")
        self.open_folder_action = self._action(
            self.file_menu, "Open &folder…", self._choose_folder, ["Ctrl+Shift+O"],
            "Add every article file of a folder")
        self.paste_action = self._action(
            self.file_menu, "&Paste text as article…", self._paste_dialog, ["Ctrl+Shift+V"])
        self.remove_action = self._action(
            self.file_menu, "&Remove article", lambda: self.remove_article(), ["Ctrl+W"],
            "Remove the article selected in the list, or the one whose pane has the focus")
        self.recent_menu = self.file_menu.addMenu("Recent &files")
        self.file_menu.addSeparator()
        # One binding only: Qt finds a shortcut listed twice (the platform's Quit key is Ctrl+Q
        # on Linux desktops) ambiguous and then runs neither.
        self.quit_action = self._action(self.file_menu, "&Quit", self.close,
                                        [QKeySequence.StandardKey.Quit]
                                        if QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                                        else ["Ctrl+Q"])
        self.edit_menu = bar.addMenu("&Edit")
        self.find_action = self._action(self.edit_menu, "&Find…", self.find_bar.open_bar,
                                        [QKeySequence.StandardKey.Find])
        self.find_next_action = self._action(self.edit_menu, "Find &next",
                                             lambda: self.find_bar.step(+1), ["F3"])
        self.find_previous_action = self._action(self.edit_menu, "Find &previous",
                                                 lambda: self.find_bar.step(-1), ["Shift+F3"])
        self.view_menu = bar.addMenu("&View")
        self.next_passage_action = self._action(
            self.view_menu, "&Next shared passage", self.workspace.next_passage,
            ["Alt+Down", "F8"])
        self.previous_passage_action = self._action(
            self.view_menu, "&Previous shared passage", self.workspace.previous_passage,
            ["Alt+Up", "Shift+F8"])
        self.view_menu.addSeparator()
        self.sync_scroll_action = QAction("&Synchronised scrolling", self)
        self.sync_scroll_action.setCheckable(True)
        self.sync_scroll_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sync_scroll_action.setStatusTip(
            "Scroll all panes together, keeping the selected passage level")
        self.view_menu.addAction(self.sync_scroll_action)
        self._fill_recent_menu()

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", "", ARTICLE_FILE_FILTER)
        if files:
            self.open_paths(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of articles")
        if folder:
            self.open_paths([folder])

    def _paste_dialog(self) -> None:
        from widgets.dialogs import PasteArticleDialog  # on first use: not needed at start-up

        dialog = PasteArticleDialog(self)
        if dialog.exec():
            self.paste_article(dialog.article_text(), dialog.article_title())

    def _article_double_clicked(self) -> None:
        article_id = self.article_list.selected_article_id()
        if article_id is not None and self.pane_for(article_id) is None:
            self.reveal_range(article_id, 0, 0)

    def _show_message(self, message: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(message, timeout)

    def _update_counts(self) -> None:
        articles = len(self.workspace.corpus)
        result = self.workspace.result
        passages = "aligning…" if result is None and articles > 1 else \
            count_of(len(result.passages) if result else 0, "shared passage")
        self.counts_label.setText(f"{count_of(articles, 'article')} · {passages}")

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

    def _remember_recent(self, paths: Sequence[Path]) -> None:
        if self.settings is None:
            return
        recent = [str(p.resolve()) for p in paths]
        for old in self.recent_paths():
            if old not in recent:
                recent.append(old)
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self._fill_recent_menu()

    def recent_paths(self) -> list[str]:
        if self.settings is None:
            return []
        stored = self.settings.value("recent", [])
        values = stored if isinstance(stored, list) else [stored]
        return [str(s) for s in values if s]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_paths()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_paths([p]))
        self.recent_menu.setEnabled(bool(recent))

    def _restore_settings(self) -> None:
        if self.settings is None:
            return
        for key, restore in (("geometry", self.restoreGeometry),
                             ("mainSplitter", self.main_splitter.restoreState),
                             ("listsSplitter", self.lists_splitter.restoreState)):
            value = self.settings.value(key)
            if isinstance(value, QByteArray | bytes):
                restore(QByteArray(value))
        self.sync_scroll_action.setChecked(bool(self.settings.value("syncScroll", False, bool)))

    def save_settings(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("mainSplitter", self.main_splitter.saveState())
        self.settings.setValue("listsSplitter", self.lists_splitter.saveState())
        self.settings.setValue("syncScroll", self.sync_scroll_action.isChecked())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.runner.cancel_all()
        self.runner.wait(3000)
        if self._head_start is not None:
            self._head_start.close()
        super().closeEvent(event)


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    label = QLabel(title)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("sectionTitle")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 2, 4, 0)
    layout.setSpacing(2)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box
