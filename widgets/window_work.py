"""The file a window keeps its annotations in, for the exports that must never write over it
(`viewer.export_target`). Asked of the window by what it has (no import of the annotation
modules: they import the views that ask)."""

from __future__ import annotations

from pathlib import Path


def annotation_file_of(window: object) -> Path | None:
    """The window's annotation file (or project) as it is now: the open document's, else the
    one the window would open; None without annotations or a file."""
    gui = getattr(window, "annotation_gui", None)
    if gui is None:
        return None
    controller = getattr(gui, "controller", None)
    if controller is not None:
        path = getattr(controller.document, "path", None)
        return path if isinstance(path, Path) else None
    found = gui.annotation_file()
    return found if isinstance(found, Path) else None
