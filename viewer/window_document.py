"""What the window's annotation code needs from the document it holds (no Qt).

Two documents satisfy it: `viewer.annotations.document.AnnotationDocument` (a folder of files:
the annotations in the per-user data file) and `viewer.projects.ProjectDocument` (an open
project). The annotation controller is written against this protocol, so it does not branch on
which one it holds; `SAVE_ERRORS` are the one-line errors either raises when saving.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.store import AnnotationFileError
from viewer.projects.database import ProjectError

SAVE_ERRORS: tuple[type[Exception], ...] = (AnnotationFileError, ProjectError)


class WindowDocument(Protocol):
    """An annotation set and where it is saved."""

    annotations: AnnotationSet
    last_merged: int
    """How many changes another window saved the last save took in (its undo steps are then
    stale)."""

    @property
    def path(self) -> Path | None: ...

    @property
    def blocked(self) -> str | None: ...

    @property
    def is_saved(self) -> bool: ...

    @property
    def nothing_to_lose(self) -> bool: ...

    def mark_saved(self) -> None: ...

    def save_now(self) -> bool: ...

    def save_as(self, path: Path) -> None: ...


def where_saved(document: WindowDocument, *, saved: bool, nothing_to_lose: bool,
                failed: bool, why: str | None = None) -> str:
    """One line on where the annotations are and whether they are saved (the status bar's
    tooltip and the Annotations dock's header): `saved`, nothing in them yet to lose, or the
    last save `failed` (`why`: its line, said after "could not save": the dock said "(could
    not save)" alone, the reason shown only at quit -- a tester's report)."""
    from viewer.annotations.document import AnnotationDocument

    own_file = isinstance(document, AnnotationDocument)
    if document.path is None and not own_file:
        return ("Annotations are in this unsaved project: File › Save project as… keeps them "
                "(closing asks first)")
    if document.path is None:
        return "Annotations are kept only until you quit (no annotation file)"
    if document.blocked and not own_file and saved:
        # (a project in a read-only place opened and left alone: nothing is unsaved, and its
        # reason already says what keeps changes: Save As)
        return f"Annotations: {document.path} (saved; {document.blocked})"
    if document.blocked:
        advice = " Use Save annotations as…" if own_file else ""
        return f"Annotations not saved: {document.blocked}.{advice}"
    state = "saved" if saved else "nothing to save yet" if nothing_to_lose else "unsaved changes"
    if failed:
        reason = (why or "").removeprefix(f"{document.path}: ").removeprefix("not saved: ")
        state = f"could not save: {reason}" if reason else "could not save"
    return f"Annotations: {document.path} ({state})"
