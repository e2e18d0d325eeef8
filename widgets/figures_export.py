"""Export figures…: the Figures dock's button, the same entry in its table's menu and in the File
menu, and the export they run -- the table the dock shows, written where the user chooses.

The file is the table as shown, not the figures found again: `FiguresTable` keeps the articles
and events it was made of, and `viewer.figures.exports` turns it into the readable table or the
JSON that `parallax figures` prints for those articles, or a CSV of the figures. Offered only
while the dock shows figures of the current articles (not before its table is filled, nor while
a newer one is being found). Written in one step (`viewer.safe_files.atomic_write_bytes`), as
every export: a failed write leaves the file there before it whole, and says why, naming the
file, in the notice above the panes and the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from viewer.figures.exports import FILE_TYPES, KIND_NAMES, export_kind
from viewer.figures.table import FiguresTable
from viewer.printable import printable
from viewer.wording import count_of
from viewer.workspace import Workspace

EXPORT_TEXT = "&Export figures…"
EXPORT_TIP = ("Save the figures shown here: the table or JSON that `parallax figures` prints, "
              "or a CSV spreadsheet of them")
STATUS_MS = 15000
"""How long the status bar says what was written, or that nothing was (long enough to read)."""


class FiguresExport(QObject):
    """The dock's Export figures… button and menu entry, enabled while it shows figures of the
    current articles (`current_table`: the dock's table if it is of them); `window_action`
    (File › Export figures…) follows them. The dock calls `update_enabled` when it shows a
    table."""

    def __init__(self, dock: QWidget, workspace: Workspace,
                 current_table: Callable[[], FiguresTable | None],
                 window_action: QAction | None = None) -> None:
        super().__init__(dock)
        self.dock = dock
        self.current_table = current_table
        self.button = QPushButton(EXPORT_TEXT.replace("&", ""))
        self.button.setToolTip(EXPORT_TIP)
        self.button.clicked.connect(self.choose_and_export)
        self.action = QAction(EXPORT_TEXT, dock)
        self.action.setToolTip(EXPORT_TIP)
        self.action.triggered.connect(self.choose_and_export)
        self.window_action = window_action
        # (a corpus or alignment changed: the table shown is no longer the articles', until the
        # dock's new one is ready)
        workspace.corpus_changed.connect(self._articles_changed)
        workspace.result_changed.connect(self._articles_changed)
        self.update_enabled()

    def _articles_changed(self, *_args: object) -> None:
        self.update_enabled()

    def table(self) -> FiguresTable | None:
        """The table to export: the dock's, when it is of the current articles and has figures."""
        table = self.current_table()
        return table if table is not None and table.rows else None

    def update_enabled(self) -> None:
        enabled = self.table() is not None
        for control in (self.button, self.action, self.window_action):
            if control is not None:
                control.setEnabled(enabled)

    def choose_and_export(self) -> None:
        """Ask where to save the figures (and as what), then write them there."""
        from viewer.window_title import comparison_name, file_stem
        from widgets.file_dialogs import save_file_name_and_type

        if self.table() is None:
            return
        window = self.dock.window()
        # Named after the comparison ("HOLD6-figures.txt"), as the annotation exports are.
        stem = file_stem(comparison_name(window.windowTitle()), "")
        path, file_type = save_file_name_and_type(
            window, "Export figures", f"{stem}-figures.txt" if stem else "figures.txt",
            ";;".join(FILE_TYPES))
        if path:
            self.export_to(Path(path), export_kind(Path(path), file_type))

    def export_to(self, path: Path, kind: str) -> bool:
        """Write the dock's table to `path` as `kind` (`viewer.figures.exports`); say in the
        status bar what was written, or why nothing was. Whether it was written."""
        from viewer.export_target import work_at
        from viewer.figures.exports import figures_file
        from viewer.safe_files import atomic_write_bytes
        from widgets.window_work import annotation_file_of

        table = self.table()
        if table is None:
            return self._not_written(path, "not exported: the Figures dock shows no figures of "
                                           "the current articles yet")
        window = self.dock.window()
        work = work_at(path, annotation_file=annotation_file_of(window), articles=[
            *getattr(window, "corpus_paths", ()),
            *(article.path for article in table.articles if article.path is not None)])
        if work is not None:
            # (a project or an article replaced by a table would be the investigation lost)
            return self._not_written(path, f"not exported: that is {work}; choose another file")
        try:
            data = figures_file(table, kind)
        except Exception as error:  # a bug must not leave the user believing the file was made
            return self._not_written(path, f"not exported ({type(error).__name__}: {error}); "
                                           "nothing was written")
        try:
            atomic_write_bytes(path, data)
        except OSError as error:
            return self._not_written(path, f"could not be written ({error.strerror or error}); "
                                           "the file there before, if any, is as it was")
        figures = sum(len(row.quantity.mentions) for row in table.rows)
        self._say(f"Exported {count_of(figures, 'figure')} of "
                  f"{count_of(len(table.rows), 'quantity', 'quantities')} to {printable(path)} "
                  f"({KIND_NAMES[kind]})")
        return True

    def _not_written(self, path: Path, reason: str) -> bool:
        """Say that nothing was written to `path` and why: whole among the notice's problems
        (a long reason is cut in the status bar, and it goes after a while), and in short in
        the status bar, as the window's other exports say it."""
        window = self.dock.window()
        notices = getattr(window, "notices", None)
        if notices is None:
            self._say(f"Figures: {printable(path)}: {reason}")
            return False
        notices.add([f"{printable(path)}: figures {reason}"])
        self._say(f"Figures not exported to {printable(path.name)} (see the notice above the "
                  "panes)")
        return False

    def _say(self, line: str) -> None:
        window = self.dock.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(line, STATUS_MS)
