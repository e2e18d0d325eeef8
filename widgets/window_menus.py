"""The main window's menu bar: File, Edit and View, the actions on them, and the file choosers
and recent-files list they open. `widgets.main_window.MainWindow` builds on it; the projects,
annotations and reading views add their own menus and actions (`widgets.project_actions`,
`widgets.annotation_actions`, `widgets.reading_views`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.corpus import Article
from widgets.dock_places import raise_when_chosen
from widgets.file_dialogs import existing_directory, open_file_names
from widgets.find_bar import FindBar
from widgets.url_import import add_url_import
from widgets.window_chrome import Shortcut, add_action, fill_recent_menu
from widgets.window_frame import WindowFrame
from widgets.window_settings import WindowSettings

NO_OTHER_PASSAGE = ("No other shared passage in the articles shown: tick more articles in the "
                    "list, or pick a passage under Shared passages")
"""What the status bar says when Next/Previous shared passage has nowhere else to go."""
NO_PASSAGES = "No shared passages to step through (yet: the alignment may still be running)"
"""... and when the articles share none, or the alignment has not finished."""
NO_OTHER_PASSAGE_MS = 8000

ARTICLE_FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


class WindowMenus(WindowFrame):
    """The comparison window's menus (module docstring); the window provides what they call."""

    find_bar: FindBar
    settings: WindowSettings
    recent_menu: QMenu

    def open_paths(self, paths: Sequence[Path | str], *, reveal: bool = True) -> None:
        raise NotImplementedError

    def paste_article(self, text: str, title: str = "") -> Article | None:
        raise NotImplementedError

    def _step_passage(self, direction: int) -> None:
        """Select the next (previous) shared passage of the articles shown; say so when there
        is no other (a tester pressed Alt+Down twice and nothing moved, nothing said why)."""
        before = self.workspace.selected
        # (down the panes in view: a tester's Alt+Down chose passages of ticked articles left
        # out for want of room, and the panes did not move)
        in_view = self.pane_row.ids_in_view()
        if direction > 0:
            self.workspace.next_passage(in_view)
        else:
            self.workspace.previous_passage(in_view)
        if self.workspace.selected is not None:
            self.bring_passage_into_view(self.workspace.selected)
        if self.workspace.selected == before:
            result = self.workspace.result
            self.statusBar().showMessage(
                NO_OTHER_PASSAGE if result is not None and result.passages else NO_PASSAGES,
                NO_OTHER_PASSAGE_MS)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcuts: Sequence[Shortcut] = (), tip: str = "") -> QAction:
        return add_action(self, menu, text, slot, shortcuts, tip)

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
        self.import_url_action = add_url_import(
            self, self.file_menu, self.session,
            running=lambda what, cancel: self.status_widgets.running(what, cancel))
        self.remove_action = self._action(
            self.file_menu, "&Remove article", lambda: self.remove_article_asking(), ["Ctrl+W"],
            "Remove the article selected in the list, or the one whose pane has the focus")
        self.recent_menu = self.file_menu.addMenu("Recent &files")
        self.file_menu.addSeparator()
        # The Figures dock's export, here too (the dock is built on first use): offered once
        # the dock shows figures (`widgets.figures_export`). Other parts' file entries go
        # before it (`widgets.annotation_actions`): the exports end the menu together.
        self.export_figures_action = self._action(
            self.file_menu, "Export fi&gures…", self._export_figures,
            tip="Save the figures the Figures dock shows (View › Figures): a table, JSON or CSV")
        self.export_figures_action.setEnabled(False)
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
            self.view_menu, "&Next shared passage", lambda: self._step_passage(+1),
            ["Alt+Down", "F8"])
        self.previous_passage_action = self._action(
            self.view_menu, "&Previous shared passage", lambda: self._step_passage(-1),
            ["Alt+Up", "Shift+F8"])
        self.view_menu.addSeparator()
        self.sync_scroll_action = QAction("&Synchronised scrolling", self)
        self.sync_scroll_action.setCheckable(True)
        self.sync_scroll_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sync_scroll_action.setStatusTip(
            "Scroll all panes together, keeping the selected passage level")
        self.view_menu.addAction(self.sync_scroll_action)
        # --- Figures dock (issue 16): built and imported on first use, not at start-up ---
        self.figures_action = QAction("&Figures", self)
        self.figures_action.setCheckable(True)
        self.figures_action.setStatusTip("Each outlet's numbers per quantity, disagreement flagged")
        self.figures_action.toggled.connect(self._show_figures)
        raise_when_chosen(self.figures_action, lambda: getattr(self, "figures_dock", None))
        self.view_menu.addAction(self.figures_action)
        self._fill_recent_menu()
        from widgets.reading_views import ReadingViews  # collation, timeline, Help (issue 15)

        self.reading_views = ReadingViews(self)

    def _show_figures(self, shown: bool) -> None:  # issue 16
        from widgets.figures_dock import show_figures_dock

        show_figures_dock(self, shown)

    def _export_figures(self) -> None:
        dock = getattr(self, "figures_dock", None)
        if dock is not None:
            dock.export.choose_and_export()

    def _choose_files(self) -> None:
        files = open_file_names(self, "Open articles", ARTICLE_FILE_FILTER)
        if files:
            self.open_paths(files)

    def _choose_folder(self) -> None:
        folder = existing_directory(self, "Open a folder of articles")
        if folder:
            self.open_paths([folder])

    def _paste_dialog(self) -> None:
        from widgets.dialogs import PasteArticleDialog  # on first use: not needed at start-up

        dialog = PasteArticleDialog(self)
        if dialog.exec():
            self.paste_article(dialog.article_text(), dialog.article_title())

    def recent_paths(self) -> list[str]:
        return self.settings.recent_paths()

    def _remember_recent(self, paths: Sequence[Path]) -> None:
        self.settings.remember(paths)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self.recent_menu, self.recent_paths(), self.open_paths)
