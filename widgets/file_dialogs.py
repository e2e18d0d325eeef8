"""The window's file dialogs, all starting where `viewer.dialog_folder.start_folder` says: the
last folder the user chose in any of them (kept between runs in the window's settings), else
the articles' folder, else Documents, else home. Each call remembers the folder of what the user
chose. Thin wrappers over QFileDialog's static functions; `parent` is the widget asking (the
window, a dock, a dialog), whose window holds the settings and the articles' paths."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.dialog_folder import folder_of_choice, save_folder, start_folder
from widgets.window_frame import WindowFrame
from widgets.window_settings import WindowSettings


def _frame(widget: QWidget | None) -> WindowFrame | None:
    """The comparison window `widget` belongs to (a floating dock is its own top level, so
    walk the parents rather than ask for `window()`)."""
    while widget is not None and not isinstance(widget, WindowFrame):
        widget = widget.parentWidget()
    return widget


def _settings(frame: WindowFrame | None) -> WindowSettings | None:
    # The main window's; not declared on WindowFrame (window_settings types its methods
    # against WindowFrame, and the widgets have no import cycle).
    settings = getattr(frame, "settings", None)
    return settings if isinstance(settings, WindowSettings) else None


def dialog_folder(parent: QWidget | None, *, saving: bool = False) -> Path:
    """Where the next file dialog asked from `parent` starts (`saving`: beside a folder of
    articles the window opened, not in it: `viewer.dialog_folder.save_folder`)."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    frame = _frame(parent)
    settings = _settings(frame)
    corpus_paths = frame.corpus_paths if frame else []
    folder = start_folder(settings.last_folder() if settings else None, corpus_paths,
                          Path(documents) if documents else None)
    return save_folder(folder, corpus_paths) if saving else folder


_TYPE_SUFFIX = re.compile(r"\(\*(\.[A-Za-z0-9]+)")
"""A file type's first extension, "(*.json)" -> ".json"."""
_HAS_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}$")
"""A name that ends in an extension ("report.csv"; not "Dr. Smith notes")."""


def _remember(parent: QWidget | None, chosen: str) -> None:
    settings = _settings(_frame(parent))
    if chosen and settings is not None:
        settings.remember_folder(folder_of_choice(Path(chosen)))


def save_file_name(parent: QWidget, caption: str, file_name: str, file_filter: str) -> str:
    """Ask where to save, suggesting `file_name` in the start folder; "" when cancelled."""
    return save_file_name_and_type(parent, caption, file_name, file_filter)[0]


def save_file_name_and_type(parent: QWidget, caption: str, file_name: str, file_filter: str
                            ) -> tuple[str, str]:
    """`save_file_name` and the file type (one of `file_filter`'s) the user chose."""
    path, chosen = QFileDialog.getSaveFileName(parent, caption,
                                               str(dialog_folder(parent, saving=True)
                                                   / file_name),
                                               file_filter)
    typed = path
    path = with_type_suffix(path, chosen)
    if path != typed and Path(path).exists() and not _replace(parent, Path(path)):
        # (the dialog asked "Replace?" of the name as typed; the name it gets is asked here:
        # a reviewer found an existing file replaced without a word)
        return "", chosen
    _remember(parent, path)
    return path, chosen


def _replace(parent: QWidget | None, path: Path) -> bool:
    """Whether the user wants the existing file `path` replaced."""
    answer = QMessageBox.question(
        parent, "Replace file?", f"{path.name} already exists. Do you want to replace it?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def with_type_suffix(path: str, file_type: str) -> str:
    """`path` with the chosen file type's extension when its name has none ("gui_hyp" saved as
    "Hypothesis export (*.json)" was written as `gui_hyp`: an interop tester's report), as a
    native dialog adds it; a name with an extension, or the type "All files (*)", as typed."""
    found = _TYPE_SUFFIX.search(file_type)
    if not path or found is None or _HAS_SUFFIX.search(Path(path).name):
        return path
    return path.rstrip(".") + found.group(1)


def open_file_name(parent: QWidget, caption: str, file_filter: str) -> str:
    """Ask for one file to open; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, str(dialog_folder(parent)),
                                          file_filter)
    _remember(parent, path)
    return path


def open_file_names(parent: QWidget, caption: str, file_filter: str) -> list[str]:
    """Ask for files to open; [] when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, str(dialog_folder(parent)),
                                            file_filter)
    if paths:
        _remember(parent, paths[0])
    return list(paths)


def existing_directory(parent: QWidget, caption: str) -> str:
    """Ask for a folder; "" when cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, caption, str(dialog_folder(parent)))
    _remember(parent, folder)
    return folder
