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
