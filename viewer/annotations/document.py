"""The annotation file behind a window: where it lives, whether it is saved, and "save now".

`default_annotation_file` (from `location`) keys a corpus to a file in a per-user data folder
chosen by the caller, so reopening the same corpus restores its annotations and the user's
article folders are never written to. `AnnotationDocument` pairs an `AnnotationSet` with its
file; the GUI's (debounced) autosave timer calls `save_now()`. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from viewer.corpus import Article

from .anchoring import anchor_all
from .location import ANNOTATION_SUFFIX, SAMPLE_CORPUS_KEY, corpus_key, default_annotation_file
from .model import AnnotationSet
from .store import AnnotationFileError, load_set, save_set

__all__ = ["ANNOTATION_SUFFIX", "SAMPLE_CORPUS_KEY", "AnnotationDocument", "corpus_key",
           "default_annotation_file"]


class AnnotationDocument:
    """An annotation set and the file it is saved to.

    `blocked` holds the reason saving is refused (the file on disk could not be read or was
    written by a newer version): the GUI shows it and offers Save As instead of overwriting.
    """

    def __init__(self, annotations: AnnotationSet | None = None, path: Path | None = None,
                 *, blocked: str | None = None) -> None:
        self.annotations = annotations if annotations is not None else AnnotationSet()
        self.path = path
        self.blocked = blocked
        self._saved_revision: int | None = self.annotations.revision if path else None

    @classmethod
    def open(cls, path: Path | str, articles: Iterable[Article] | None = None
             ) -> AnnotationDocument:
        """Load `path` (re-anchored against `articles` when given); a missing file starts empty.

        Raises AnnotationFileError for a file that exists but cannot be used.
        """
        path = Path(path)
        if not path.exists():
            document = cls(AnnotationSet(), path)
            document._saved_revision = None  # Nothing on disk yet.
            return document
        annotation_set = load_set(path)
        if articles is not None:
            annotation_set.replace_all(anchor_all(annotation_set.annotations, articles))
        document = cls(annotation_set, path)
        return document

    @classmethod
    def open_or_block(cls, path: Path | str, articles: Iterable[Article] | None = None
                      ) -> AnnotationDocument:
        """Like `open`, but a bad file gives an empty, save-blocked document (file untouched)."""
        try:
            return cls.open(path, articles)
        except AnnotationFileError as error:
            return cls(AnnotationSet(), Path(path), blocked=str(error))

    @property
    def is_saved(self) -> bool:
        return self._saved_revision == self.annotations.revision

    @property
    def nothing_to_lose(self) -> bool:
        """No annotations and no file yet: not saved, but there is nothing the user could lose
        (no unsaved marker, no save needed on quit)."""
        return not len(self.annotations) and not (self.path is not None and self.path.exists())

    def mark_saved(self) -> None:
        self._saved_revision = self.annotations.revision

    def save_now(self) -> bool:
        """Write the set to its file if it changed since the last save; True if written.

        Raises AnnotationFileError when there is no file, saving is blocked, or writing fails
        (the previous file is then unchanged).
        """
        if self.path is None:
            raise AnnotationFileError(Path("(unsaved)"), "no annotation file chosen yet")
        if self.blocked:
            raise AnnotationFileError(self.path, f"not saved: {self.blocked}")
        if self.is_saved and self.path.exists():
            return False
        revision = self.annotations.revision
        self.path.parent.mkdir(parents=True, exist_ok=True)
        save_set(self.annotations, self.path)
        self._saved_revision = revision
        return True

    def save_as(self, path: Path | str) -> None:
        """Write to `path` and make it this document's file (unblocks a blocked document)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        save_set(self.annotations, path)
        self.path = path
        self.blocked = None
        self._saved_revision = self.annotations.revision
