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

UNSAVED_VIEWS_GROUP = "folderViewsNotKept"
"""The window's settings group holding the views not written at close, one key per view
(`viewer.folder_view.unsaved_key`)."""
NO_USER_PLATFORMS = frozenset(("offscreen", "minimal"))
"""Qt platforms no one looks at (tests, screenshots): no box is shown there."""


def user_at_screen() -> bool:
    """Someone may read a box: the window is on a screen, not off screen or minimal."""
    return QGuiApplication.platformName() not in NO_USER_PLATFORMS


def note_view_not_kept(settings: QSettings, view_file: Path, problem: str,
                       when: datetime) -> bool:
    """Note in `settings` that the view for `view_file` was not written; False when the note
    cannot be kept either (the settings read-only too)."""
    if not settings.isWritable():
        return False
    from viewer.folder_view import unsaved_key, unsaved_record

    settings.setValue(f"{UNSAVED_VIEWS_GROUP}/{unsaved_key(view_file)}",
                      unsaved_record(view_file, problem, when))
    settings.sync()
    return settings.status() == QSettings.Status.NoError


def take_view_note(settings: QSettings, view_file: Path) -> str | None:
    """The line saying the last view for `view_file` was not written, if it was noted; the
    note goes (said once)."""
    from viewer.folder_view import unsaved_key, unsaved_line

    key = f"{UNSAVED_VIEWS_GROUP}/{unsaved_key(view_file)}"
    settings.sync()  # (another process may have noted it since this one read the settings)
    if not settings.contains(key):
        return None
    line = unsaved_line(str(settings.value(key, "") or ""), view_file)
    settings.remove(key)
    settings.sync()
    return line


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
        self.user_at_screen: Callable[[], bool] = user_at_screen
        """Whether a box can be read (replaceable: a test off screen stands for a user)."""
        stored = getattr(getattr(gui.window, "settings", None), "settings", None)
        self.settings = stored if isinstance(stored, QSettings) else None
        """The window's settings (None: a window keeping none, in tests and screenshots)."""
        self._say_last_close(kept_in())
        if self.view.damaged is not None:
            self.window.notices.add_notes([self.view.damaged])
        gui.window.installEventFilter(self)

    def _say_last_close(self, path: Path | None) -> None:
        """Among the notices: the view of the last close could not be written."""
        if self.settings is None or path is None:
            return
        line = take_view_note(self.settings, path)
        if line is not None:
            self.window.notices.add_notes([line])

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
        if self.settings is not None and note_view_not_kept(self.settings, path, problem,
                                                            datetime.now()):
            return
        if self.settings is not None and self.user_at_screen():
            self.say_at_close(self.window, f"{line}: the panes, selected passage and removed "
                                           "articles will be as they were kept before.")


def keep_folder_view(gui: AnnotationGui) -> QObject:
    """Keep the view of `gui`'s folder window beside its annotation file, restored at the next
    start (tester55: ticks, the chosen passage and a removed article were lost at a restart)."""
    return _SavedAtClose(gui)
