"""A folder window's view (panes, selected passage, colours, removed articles) written at close
beside its annotations (`viewer.folder_view`), and a view that could not be written said to
the user: noted in the window's settings and said among the notices at the next start of the
same folders.

Why the next start rather than a question at close: the window is going, and nothing the user
could do then would keep the view (it has no Save As); a modal box would also hold up a
scripted close. The next start is when the missing view shows, so that is where it is
explained. Only where the note itself cannot be kept (the settings are read-only too) and a user
is at the screen does a box say it before the window goes; stderr always has it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from widgets.opened_set_follower import AnnotationGui, in_project

UNSAVED_VIEWS_KEY = "unsavedFolderViews"
"""The window's settings key holding the views not written at close (`viewer.folder_view`)."""
NO_USER_PLATFORMS = frozenset(("offscreen", "minimal"))
"""Qt platforms no one looks at (tests, screenshots): no box is shown there."""


def _say_at_close(parent: QWidget, line: str) -> None:
    QMessageBox.warning(parent, "View not kept", line)


class _SavedAtClose(QObject):
    """Writes a folder window's view when the window closes (`viewer.folder_view`)."""

    def __init__(self, gui: AnnotationGui) -> None:
        super().__init__(gui.window)
        from viewer.annotations.location import view_file
        from viewer.folder_view import FolderView

        def kept_in() -> Path | None:
            own = gui.annotation_file()
            return None if own is None or in_project(gui) else view_file(own)

        self.view = FolderView(gui.window.session, kept_in)
        self.window = gui.window
        self.say_at_close: Callable[[QWidget, str], None] = _say_at_close
        """Shows the line at close where it cannot wait for the next start (replaceable:
        tests answer for the user)."""
        stored = getattr(getattr(gui.window, "settings", None), "settings", None)
        self.settings = stored if isinstance(stored, QSettings) else None
        """The window's settings (None: a window keeping none, in tests and screenshots)."""
        self._say_last_close(kept_in())
        gui.window.installEventFilter(self)

    def _say_last_close(self, path: Path | None) -> None:
        """Among the notices: the view of the last close could not be written."""
        if self.settings is None or path is None:
            return
        from viewer.folder_view import take_unsaved_note

        line, rest = take_unsaved_note(str(self.settings.value(UNSAVED_VIEWS_KEY, "") or ""),
                                       path)
        if line is not None:
            self.window.notices.add_notes([line])
            self.settings.setValue(UNSAVED_VIEWS_KEY, rest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            problem = self.view.save()
            path = self.view.view_file()
            if problem is not None and path is not None:
                self._say_not_kept(path, problem)
        return False

    def _say_not_kept(self, path: Path, problem: str) -> None:
        line = f"{path}: the view was not kept ({problem})"
        print(f"parallax: {line}", file=sys.stderr)
        if self._noted_for_next_start(path, problem):
            return
        if self.settings is not None \
                and QGuiApplication.platformName() not in NO_USER_PLATFORMS:
            self.say_at_close(self.window, f"{line}: the panes, selected passage and removed "
                                           "articles will be as they were kept before.")

    def _noted_for_next_start(self, path: Path, problem: str) -> bool:
        settings = self.settings
        if settings is None or not settings.isWritable():
            return False
        from viewer.folder_view import noted_unsaved

        records = str(settings.value(UNSAVED_VIEWS_KEY, "") or "")
        settings.setValue(UNSAVED_VIEWS_KEY, noted_unsaved(records, path, problem,
                                                           datetime.now()))
        settings.sync()
        return settings.status() == QSettings.Status.NoError


def keep_folder_view(gui: AnnotationGui) -> QObject:
    """Keep the view of `gui`'s folder window beside its annotation file, restored at the next
    start (tester55: ticks, the chosen passage and a removed article were lost at a restart)."""
    return _SavedAtClose(gui)
