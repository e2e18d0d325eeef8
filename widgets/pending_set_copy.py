"""A copy of a folder window's work to a new set of folders that failed and still waits at
close: kept in the window's settings and tried again at the next start of either set, which
says so among its notices (`viewer.annotations.pending_copy`; review of 825cbf8: the waiting
lived in memory only, and the new set opened empty with no hint).

The start of the new set takes the copy up before it chooses its annotation file, as the
window does for work found under an earlier name, so it opens on the work; the start of the
earlier set makes the copy and stays on its own work.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings

from viewer.printable import printable
from viewer.window_title import corpus_name

if TYPE_CHECKING:
    from viewer.window_document import WindowDocument
    from widgets.window_frame import WindowFrame

SETTINGS_GROUP = "pendingSetCopies"
"""The window's settings group holding the copies waiting, one key per earlier set."""


class AnnotationGui(Protocol):
    """What this module uses of `widgets.annotation_gui.AnnotationGui` (its own: the set
    follower imports this module)."""

    window: WindowFrame
    corpus_paths: list[Path]
    data_dir: Path | None
    document: WindowDocument | None


def window_settings(gui: AnnotationGui) -> QSettings | None:
    """The window's settings (None: a window keeping none, in tests and screenshots)."""
    stored = getattr(getattr(gui.window, "settings", None), "settings", None)
    return stored if isinstance(stored, QSettings) else None


def note_pending(gui: AnnotationGui, earlier: Path, paths: Sequence[Path], reason: str) -> None:
    """Keep in the window's settings that the copy from `earlier` to `paths` waits."""
    settings = window_settings(gui)
    if settings is None:
        return
    from viewer.annotations.pending_copy import PendingCopy, encoded, pending_key

    settings.setValue(f"{SETTINGS_GROUP}/{pending_key(earlier)}",
                      encoded(PendingCopy(earlier, tuple(paths), reason)))
    settings.sync()


def forget_pending(gui: AnnotationGui, earlier: Path) -> None:
    """The copy from `earlier` waits no more (made, or the set moved on)."""
    settings = window_settings(gui)
    if settings is None:
        return
    from viewer.annotations.pending_copy import pending_key

    key = f"{SETTINGS_GROUP}/{pending_key(earlier)}"
    if settings.contains(key):
        settings.remove(key)
        settings.sync()


def retry_pending_copies(gui: AnnotationGui) -> None:
    """At start, before the window chooses its annotation file: a copy that waited at the last
    close, from or to the set open now, is tried again and its outcome said."""
    settings, data_dir = window_settings(gui), gui.data_dir
    if settings is None or data_dir is None or not gui.corpus_paths or gui.document is not None:
        return
    from viewer.annotations.location import default_annotation_file
    from viewer.annotations.opened_set import Outcome, follow_opened_set
    from viewer.annotations.pending_copy import decoded

    own = default_annotation_file(gui.corpus_paths, data_dir)
    settings.sync()  # (another window may have noted or made one since this process started)
    settings.beginGroup(SETTINGS_GROUP)
    try:
        records = {key: str(settings.value(key, "") or "") for key in settings.childKeys()}
    finally:
        settings.endGroup()
    for key, record in records.items():
        pending = decoded(record)
        if pending is not None and not pending.concerns(own, data_dir):
            continue
        if pending is None:  # (damaged: nothing can be done with it)
            settings.remove(f"{SETTINGS_GROUP}/{key}")
            continue
        followed = follow_opened_set(pending.earlier, list(pending.paths), data_dir,
                                     made_nothing=True)
        names = corpus_name(list(pending.paths), samples=False)
        kept_in = printable(str(pending.earlier))
        if followed.outcome is Outcome.NOT_COPIED:
            gui.window.notices.add_notes([
                f"{kept_in}: the work kept here could still not be copied for {names} "
                f"({followed.reason}), as at your last close; it stays here and is tried again "
                f"at the next start of these folders or of {names}"])
            continue
        settings.remove(f"{SETTINGS_GROUP}/{key}")
        if followed.outcome is Outcome.COPIED:
            gui.window.workspace.report_problems(list(followed.skipped))  # (a FIFO left out)
            where = ("these folders, and opened" if followed.own_file == own
                     else f"{names}: opening them together brings it")
            gui.window.notices.add_notes([
                f"{printable(str(followed.own_file))}: the work kept in {kept_in}, which could "
                f"not be copied at your last close ({pending.reason}), is copied now for "
                f"{where} (the earlier copy stays as it was)"])
    settings.sync()
