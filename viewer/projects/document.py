"""A project as the window holds it: the project plus its live, re-anchored annotation set.

`ProjectDocument` offers the surface the window's annotation code already uses with
`viewer.annotations.document.AnnotationDocument` (`annotations`, `path`, `blocked`,
`is_saved`, `nothing_to_lose`, `mark_saved`, `save_now`, `save_as`), so the window can hold a
project where it held an annotation file. Saving merges: what another window saved to the same
project meanwhile comes back into the set (kept in the set's order, theirs after). A project not
yet given a file (the samples, or a new investigation) lives in memory until `save_as`. No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.model import Annotation, ClaimGroup
from viewer.corpus import Article

from .database import ProjectError
from .project import Project, Snapshot

UNSAVED_TITLE = "Unsaved project"


class ProjectDocument:
    """An open project and its annotation set; see the module docstring."""

    def __init__(self, project: Project, annotations: AnnotationSet | None = None) -> None:
        self.project = project
        if annotations is None:
            stored, claims = project.annotations()
            annotations = AnnotationSet(anchor_all(stored, project.articles()), claims)
        self.annotations = annotations
        self._saved_revision = annotations.revision
        self._changed_unsaved = False
        """An unsaved project got articles or edits beyond what it was made with."""

    @classmethod
    def open(cls, path: Path | str) -> ProjectDocument:
        """Open a project file; raises ProjectError (one line naming the file) if unusable."""
        return cls(Project.open(path))

    @classmethod
    def unsaved(cls, articles: Sequence[Article] = ()) -> ProjectDocument:
        """A new project in memory holding `articles` (how the samples open)."""
        project = Project.new()
        if articles:
            project.add_articles(articles)
        return cls(project)

    # -- what the window shows -------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self.project.path

    @property
    def title(self) -> str:
        """For the title bar: the file's name without suffix, or "Unsaved project"."""
        return self.path.stem if self.path is not None else UNSAVED_TITLE

    @property
    def blocked(self) -> str | None:
        """Why changes cannot be written to the file (None: they can)."""
        if self.project.read_only:
            return "the project is in a read-only place; use Save As to keep changes"
        return None

    @property
    def is_saved(self) -> bool:
        return self.path is not None and self._saved_revision == self.annotations.revision

    @property
    def nothing_to_lose(self) -> bool:
        """Nothing the user made would be lost by closing (an untouched unsaved project)."""
        if self.path is not None:
            return self.is_saved
        return (not len(self.annotations) and not self._changed_unsaved
                and self._saved_revision == self.annotations.revision)

    def mark_saved(self) -> None:
        self._saved_revision = self.annotations.revision

    def articles(self) -> tuple[Article, ...]:
        return self.project.articles()

    def add_articles(self, articles: Sequence[Article], origin: str = "file",
                     snapshots: Mapping[str, Snapshot] | None = None) -> tuple[Article, ...]:
        """Add articles to the project (stored at once in a saved project); `snapshots` maps
        an article's id to the page it was fetched from."""
        added = self.project.add_articles(articles, origin, snapshots)
        self._changed_unsaved = self._changed_unsaved or self.path is None
        return added

    def note_change(self) -> None:
        """Say that the project itself changed (provenance, corrections, view): an unsaved
        project then has something to lose."""
        if self.path is None:
            self._changed_unsaved = True

    # -- saving ------------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Write the annotations if they changed since the last save; True if written.

        Raises ProjectError when the project has no file yet, is read-only, or the write fails
        (the file then keeps its previous state).
        """
        if self.path is None:
            raise ProjectError(UNSAVED_TITLE, "not saved to a file yet; use Save As")
        if self.blocked:
            raise ProjectError(self.path, f"not saved: {self.blocked}")
        if self.is_saved:
            return False
        self._write()
        return True

    def save_as(self, path: Path | str) -> None:
        """Write the whole project to `path` (atomically) and continue there."""
        if self.blocked is None:
            self._write()  # the set reaches the current file (or memory) first
        self.project.save_as(path)
        self._write()  # a read-only original: the set reaches the copy now (else: no change)
        self._changed_unsaved = False

    def _write(self) -> None:
        annotations, claims = self.project.save_annotations(self.annotations.annotations,
                                                            self.annotations.claims)
        self._absorb(annotations, claims)
        self._saved_revision = self.annotations.revision

    def _absorb(self, merged: Sequence[Annotation], claims: Sequence[ClaimGroup]) -> None:
        """Take in what another process saved: only when the merge differs from the set."""
        ours = {a.id: a for a in self.annotations.annotations}
        theirs = {a.id: a for a in merged}
        our_claims = {c.name: c for c in self.annotations.claims}
        their_claims = {c.name: c for c in claims}
        if ours == theirs and our_claims == their_claims:
            return
        ordered = [theirs[key] for key in ours if key in theirs]
        ordered += [a for key, a in theirs.items() if key not in ours]
        groups = [their_claims[name] for name in our_claims if name in their_claims]
        groups += [c for name, c in their_claims.items() if name not in our_claims]
        self.annotations.replace_all(anchor_all(ordered, self.project.articles()), groups)
