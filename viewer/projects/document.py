"""A project as the window holds it: the project plus its live, re-anchored annotation set.

`ProjectDocument` offers the surface the window's annotation code already uses with
`viewer.annotations.document.AnnotationDocument` (`annotations`, `path`, `blocked`,
`is_saved`, `nothing_to_lose`, `mark_saved`, `save_now`, `save_as`), so the window can hold a
project where it held an annotation file. Saving merges: what another window saved to the same
project meanwhile comes back into the set (kept in the set's order, theirs after). A project not
yet given a file (the samples, or a new investigation) lives in memory until `save_as`;
`unsaved_work` says what closing it would lose (for the quit question). No Qt.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.model import Annotation, ClaimGroup
from viewer.corpus import Article
from viewer.provenance import Provenance
from viewer.window_title import READ_ONLY_MARK, window_title
from viewer.wording import count_of

from .database import ProjectError
from .opened_on import read_from
from .project import Project, Snapshot
from .replaced_edits import Replaced, replaced_unseen

UNSAVED_TITLE = "Unsaved project"
MADE_HERE = ("pasted", "imported")
"""Origins of articles that exist nowhere but in the project (no file to open again)."""


@dataclasses.dataclass(frozen=True)
class UnsavedWork:
    """What closing an unsaved project would lose (all zero/False: nothing)."""

    annotations: int = 0
    made_articles: int = 0
    """Pasted texts and pages imported from a URL: they exist nowhere else."""
    corrections: int = 0
    other: bool = False
    """Articles added from files or removed, article details edited."""

    def __bool__(self) -> bool:
        return bool(self.annotations or self.made_articles or self.corrections or self.other)

    def describe(self) -> str:
        """One sentence for the quit question, naming what exists only in this window."""
        parts = [count_of(self.annotations, "annotation") if self.annotations else "",
                 count_of(self.made_articles, "pasted or imported article")
                 if self.made_articles else "",
                 count_of(self.corrections, "correction") if self.corrections else ""]
        named = [part for part in parts if part]
        if not named:
            return "Your changes to this window's articles are not saved in any file."
        listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        more = " and other changes" if self.other else ""
        one = not more and len(named) == 1 and named[0].startswith("1 ")
        verb, pronoun = ("exists", "it is") if one else ("exist", "they are")
        return f"{listed}{more} {verb} only in this window: {pronoun} not saved in any file."


class ProjectDocument:
    """An open project and its annotation set; see the module docstring."""

    def __init__(self, project: Project, annotations: AnnotationSet | None = None) -> None:
        self.project = project
        if annotations is None:
            stored, claims = project.annotations()
            annotations = AnnotationSet(anchor_all(stored, project.articles()), claims)
        self.annotations = annotations
        self._saved_revision = annotations.revision
        self._saved_state = self._state()
        """The set's annotations and claims when last read or written: a set that changed and
        changed back (re-anchored against no articles while the window opens, then against
        them again; an edit undone) is saved still."""
        self._changed_unsaved = False
        """An unsaved project got articles or edits beyond what it was made with."""
        self._other_changes = False
        """...of which some are not annotations, pasted articles or corrections."""
        self.unstored: list[tuple[tuple[Article, ...], str, Mapping[str, Snapshot] | None]] = []
        """Articles the window shows that the project refused to store (a full disk): the
        articles, their origin and their pages, stored by `save_as` in the new file."""
        self.unstored_details: dict[str, Provenance] = {}
        """Article details the window shows that the project refused to store, by article id:
        stored by `save_as` in the new file."""
        self.last_merged = 0
        """How many annotations and claim groups the last save or `take_in_saved` took in
        from another window's saves (its undo history then starts again: its steps hold the
        states from before, and undoing one wrote over the other window's edit)."""
        self.replaced_here: list[Replaced] = []
        """This window's versions of annotations that another window's save replaced without
        having seen them (kept in the project's `overwritten`), found by the last take-ins and
        saves, for the window to name and offer back; it empties the list."""
        self._restoring: set[str] = set()
        """Annotations whose version the user put back (`restore`), until a write stores it."""
        self._archive_seen = project.last_overwritten()
        """The newest `overwritten` record this window has looked at (older ones were found by
        an earlier take-in, or are from before it opened: never read again)."""
        self.opened_on: tuple[Path, ...] = ()
        """The files and folders the window was opened on (the samples): adding their
        articles to an unsaved project is not a change, so showing what the window showed
        from the start never counts as work to lose."""

    @classmethod
    def open(cls, path: Path | str, *, write: bool = True) -> ProjectDocument:
        """Open a project file; raises ProjectError (one line naming the file) if unusable.
        Without `write`, the file is read into memory and never written (a screenshot run:
        re-anchored annotations and the view are kept in the copy)."""
        return cls(Project.open(path) if write else Project.read_into_memory(path))

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
        """For the title bar: the file's name without suffix, or "Unsaved project"; a project in
        a read-only place says so there, once and quietly (a box at opening said "not saved"
        of a colleague's project nobody had changed)."""
        if self.path is None:
            return UNSAVED_TITLE
        return f"{self.path.stem} {READ_ONLY_MARK}" if self.project.read_only else self.path.stem

    @property
    def window_title(self) -> str:
        """`title` for Qt, the unsaved-work marker right after the name (`window_title`)."""
        if self.path is None:
            return window_title(UNSAVED_TITLE)
        return window_title(self.path.stem, read_only=self.project.read_only)

    @property
    def blocked(self) -> str | None:
        """Why changes cannot be written to the file (None: they can)."""
        if self.project.read_only:
            return "the project is in a read-only place; use Save As to keep changes"
        return None

    @property
    def is_saved(self) -> bool:
        if self.path is None or self.unstored or self.unstored_details:
            return False  # (articles or details the project refused are still to be stored)
        if self._saved_revision != self.annotations.revision and self._state() == self._saved_state:
            self._saved_revision = self.annotations.revision  # (the same set again)
        return self._saved_revision == self.annotations.revision

    def _state(self) -> tuple[tuple[Annotation, ...], tuple[ClaimGroup, ...]]:
        return tuple(self.annotations.annotations), tuple(self.annotations.claims)

    @property
    def nothing_to_lose(self) -> bool:
        """Nothing the user made would be lost by closing (an untouched unsaved project)."""
        if self.path is not None:
            return self.is_saved
        return (not len(self.annotations) and not self._changed_unsaved
                and self._saved_revision == self.annotations.revision)

    def mark_saved(self) -> None:
        self._saved_revision = self.annotations.revision
        self._saved_state = self._state()

    def articles(self) -> tuple[Article, ...]:
        return self.project.articles()

    def add_articles(self, articles: Sequence[Article], origin: str = "file",
                     snapshots: Mapping[str, Snapshot] | None = None) -> tuple[Article, ...]:
        """Add articles to the project (stored at once in a saved project); `snapshots` maps
        an article's id to the page it was fetched from."""
        added = self.project.add_articles(articles, origin, snapshots)
        if self.path is None and not (origin == "file" and self._opened_on_all(articles)):
            self._changed_unsaved = True
            self._other_changes = self._other_changes or origin not in MADE_HERE
        return added

    def _opened_on_all(self, articles: Iterable[Article]) -> bool:
        """Are these articles read from the files the window was opened on?"""
        return read_from(articles, self.opened_on)

    def not_in_file(self) -> str | None:
        """What closing would lose of a saved project: the articles and the article details it
        refused to store, in a sentence; None when the file holds all the window shows."""
        count = sum(len(articles) for articles, _, _ in self.unstored)
        parts = [f"{count_of(count, 'article')} you added" if count else "",
                 f"the details of {count_of(len(self.unstored_details), 'article')} you edited"
                 if self.unstored_details else ""]
        named = " and ".join(part for part in parts if part)
        if not named:
            return None
        return (f"{named} could not be stored in the project and exist only in this window: "
                "Save project as… writes them, with everything else, to another place.")

    def unsaved_work(self) -> UnsavedWork:
        """What closing would lose: nothing for a project saved in a file (it is written at
        once), else the annotations, pasted or imported articles and corrections it holds."""
        if self.nothing_to_lose or self.path is not None:
            return UnsavedWork()
        made = sum(1 for stored in self.project.stored_articles() if stored.origin in MADE_HERE)
        corrections = len(self.project.corrections())
        return UnsavedWork(len(self.annotations), made, corrections, self._other_changes)

    def note_change(self, *, counted: bool = False) -> None:
        """Say that the project itself changed (provenance, corrections, view): an unsaved
        project then has something to lose. `counted`: a change `unsaved_work` counts by
        name (a correction)."""
        if self.path is None:
            self._changed_unsaved = True
            self._other_changes = self._other_changes or not counted

    # -- saving ------------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Write the annotations if they changed since the last save; True if written.

        Raises ProjectError when the project has no file yet, is read-only with changes to
        write, or the write fails (the file then keeps its previous state).
        """
        if self.path is None:
            raise ProjectError(UNSAVED_TITLE, "not saved to a file yet; use Save As")
        if self.blocked:
            if self.is_saved:
                return False  # nothing to write: a read-only place refuses nothing yet
            raise ProjectError(self.path, f"not saved: {self.blocked}", save_elsewhere=True)
        self.last_merged = 0  # (a count from an earlier save or take-in is no news now)
        refused = bool(self.unstored or self.unstored_details)
        self._store_unstored()
        if self.is_saved:
            return refused  # (written: what the project refused before)
        self._write()
        return True

    def forget_unstored(self, article_id: str) -> bool:
        """Drop a removed article from what is still to be stored (and its details); True when
        the article itself was never stored. A removed article came back with the next save,
        and details kept for one made every save fail (a reviewer's report)."""
        self.unstored_details.pop(article_id, None)
        found = False
        kept: list[tuple[tuple[Article, ...], str, Mapping[str, Snapshot] | None]] = []
        for articles, origin, snapshots in self.unstored:
            left = tuple(a for a in articles if a.id != article_id)
            found = found or len(left) != len(articles)
            if left:
                kept.append((left, origin, snapshots))
        self.unstored[:] = kept
        return found

    def _store_unstored(self) -> None:
        """Store the articles and details the project refused (a full disk) now that it may
        take them; raises ProjectError, keeping what is still refused. Left for Save project
        as only, they were lost with a crash while the window said all was saved (a
        week-of-work tester's report)."""
        while self.unstored:
            articles, origin, snapshots = self.unstored[0]
            self.project.add_articles(articles, origin, snapshots)
            self.unstored.pop(0)
        if not self.unstored_details:
            return  # (each save asked for every article's text: 1,000 removals took 10 s)
        stored = {article.id for article in self.project.articles()}
        for article_id, details in list(self.unstored_details.items()):
            if article_id in stored:  # (one removed since has no details to keep)
                self.project.set_provenance(article_id, details)
            del self.unstored_details[article_id]

    def save_as(self, path: Path | str) -> None:
        """Write the whole project to `path` (atomically) and continue there."""
        if self.blocked is None:
            # (the file moved, replaced or deleted, or failing to write: Save As is the way
            # out the message gave; the set reaches the copy below)
            with contextlib.suppress(ProjectError):
                self._write()  # the set reaches the current file (or memory) first
        self.project.save_as(path)
        # (articles the old place refused to store reach the new file with the rest)
        for articles, origin, snapshots in self.unstored:
            self.project.add_articles(articles, origin, snapshots)
        self.unstored.clear()
        for article_id, details in self.unstored_details.items():
            self.project.set_provenance(article_id, details)
        self.unstored_details.clear()
        self._write()  # a read-only original: the set reaches the copy now (else: no change)
        self._changed_unsaved = self._other_changes = False

    def restore(self, keys: Iterable[str]) -> None:
        """Say that the user puts back their own versions of these annotations (Restore mine):
        the write that stores them keeps the version they replace in `overwritten` first, as a
        save over an edit unseen does, and the other window is told at its next take-in. Having
        taken the other's version in, this window wrote the restore as a plain later edit, and
        the other window's words were lost without a word (a reviewer's report)."""
        self._restoring.update(keys)

    def take_in_saved(self) -> bool:
        """Take in what another window saved to the project since this one last read or wrote
        it (two windows on one project: a tester's window went on showing, and exporting, a
        note the other window had since replaced); True when the set changed. Only while this
        set has nothing unsaved: its own changes go first, and their save merges."""
        if self.path is None or not self.is_saved:
            return False
        before = self._state()
        self.last_merged = self._absorb(*self.project.annotations())
        self.mark_saved()
        return self._state() != before

    def _write(self) -> None:
        annotations, claims = self.project.save_annotations(
            self.annotations.annotations, self.annotations.claims, set_aside=self._restoring)
        self._restoring.clear()
        self.last_merged = self._absorb(annotations, claims)
        self.mark_saved()

    def _absorb(self, merged: Sequence[Annotation], claims: Sequence[ClaimGroup]) -> int:
        """Take in what another process saved: only when the merge differs from the set;
        returns how many annotations and claim groups differed."""
        ours = {a.id: a for a in self.annotations.annotations}
        theirs = {a.id: a for a in merged}
        our_claims = {c.name: c for c in self.annotations.claims}
        their_claims = {c.name: c for c in claims}
        if ours == theirs and our_claims == their_claims:
            return 0
        differing = sum(ours.get(key) != theirs.get(key) for key in {*ours, *theirs}) + sum(
            our_claims.get(name) != their_claims.get(name)
            for name in {*our_claims, *their_claims})
        ordered = [theirs[key] for key in ours if key in theirs]
        ordered += [a for key, a in theirs.items() if key not in ours]
        groups = [their_claims[name] for name in our_claims if name in their_claims]
        groups += [c for name, c in their_claims.items() if name not in our_claims]
        self.annotations.replace_all(anchor_all(ordered, self.project.articles()), groups)
        # (up to the newest now: one another process adds meanwhile is read next time)
        newest = self.project.last_overwritten()
        archived = self.project.overwritten(self._archive_seen, newest)
        self.replaced_here += replaced_unseen(ours, theirs, archived)
        self._archive_seen = newest
        return differing

