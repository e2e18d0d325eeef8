"""A project open in a window: keeps the project and the window's session in step. No Qt.

`ProjectBinding(session, document)` is what the window holds beside its `ProjectDocument`:
articles the session adds (opened, pasted, imported with their pages) are stored in the project,
removed ones leave it; the project's corrections are laid over every alignment result (through
`Session.corrections`, so the session re-applies them after each re-alignment); provenance edits
are stored as the user's edits over the read values and shown at once; the view (panes and the
selected passage) is stored and restored. The window's menus call these methods; undo commands
call `add_correction` / `remove_correction`. A write the project refuses (a read-only place, a
full disk) is said in one line through `Session.message` and the window keeps running; the
methods the menus call return False then, but for articles and article details, which the window
shows all the same and the document keeps for Save project as (`ProjectDocument.unstored`,
`unstored_details`), each said in a notice line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from viewer.cancel import CancelToken
from viewer.corpus import Article
from viewer.corrections import Correction
from viewer.jobs.job import Job
from viewer.provenance import Provenance
from viewer.view_state import restore_view, view_state

from .article_rows import with_provenance
from .database import ProjectError
from .document import ProjectDocument
from .project import Snapshot
from .source_files import SourceChange, notice_lines, source_changes

if TYPE_CHECKING:
    from viewer.fetching import FetchedPage
    from viewer.session import Session


class ProjectBinding:
    """One project and one session; see the module docstring."""

    def __init__(self, session: Session, document: ProjectDocument) -> None:
        self.session = session
        self.workspace = session.workspace
        self.document = document
        self._corrections = document.project.corrections()
        self._view_restored = False
        self._source_check: Job[list[SourceChange]] | None = None
        self.source_changes: dict[str, SourceChange] = {}
        """Article id -> what became of its file since it was added (once looked at)."""
        session.corrections = lambda: self._corrections
        session.articles_added.connect(self._store_articles)
        session.article_removed.connect(self._forget_article)
        session.result_accepted.connect(self._restore_view)

    def detach(self) -> None:
        if self._source_check is not None:
            self._source_check.cancel()
            self._source_check = None
        self.session.corrections = lambda: ()
        self.session.articles_added.disconnect(self._store_articles)
        self.session.article_removed.disconnect(self._forget_article)
        self.session.result_accepted.disconnect(self._restore_view)

    # --- articles -------------------------------------------------------------------------------

    def load(self) -> None:
        """Put the project's articles into the session (already stored: not stored again)."""
        articles = self.document.articles()
        if articles:
            self.session.add_articles(articles, reveal=False, origin=None)
        # Stored annotations, claims, corrections or details it could not read stay in the
        # file untouched; the window says so (one line each) rather than silently leaving
        # them out.
        unread = self.document.project.problems
        if unread:
            self.workspace.report_problems(list(unread))
        self._check_source_files(articles)

    def _check_source_files(self, articles: Sequence[Article]) -> None:
        """Look, in the background, at what became of the files the articles were read from
        (`viewer.projects.source_files`): said once among the notices, and in each article's
        details (a tester's project opened as if nothing had happened to its files)."""
        added = self.document.project.added_from_files()
        if not added:
            return

        def work(token: CancelToken, _progress: object) -> list[SourceChange]:
            from viewer.loading import load_file

            return source_changes(articles, added, lambda path: load_file(path).text, token)

        self._source_check = job = Job.start(work, name="parallax-source-files")
        job.add_done_callback(lambda done: self.session.post(lambda: self._checked(done)))

    def _checked(self, job: Job[list[SourceChange]]) -> None:
        if job is not self._source_check or job.cancelled:
            return  # (detached meanwhile)
        try:
            changes = job.result()
        except Exception as error:  # (a bug here must not take the window down; said)
            self.session.message.emit(f"Could not look at the articles' files: {error}", 0)
            return
        self.source_changes = {change.article_id: change for change in changes}
        self.workspace.report_file_notes(notice_lines(changes))

    def _store_articles(self, articles: Sequence[Article], origin: str | None,
                        pages: Mapping[str, FetchedPage]) -> None:
        if origin is None:
            return  # they came from the project
        snapshots = {article_id: Snapshot(page.final_url, page.fetched, page.content_type,
                                          page.body)
                     for article_id, page in pages.items()}
        try:
            self.document.add_articles(articles, origin, snapshots)
        except ProjectError as error:
            # (said among the notices, which stay, not in the status bar alone: a tester added
            # an article on a full disk, went on to annotate it, and lost both at reopening;
            # kept for Save project as, and closing asks)
            self.document.unstored.append((tuple(articles), origin, snapshots))
            titles = ", ".join(f"“{article.title or article.id}”" for article in articles[:3])
            more = f" and {len(articles) - 3} more" if len(articles) > 3 else ""
            self.workspace.report_problems([
                f"{error}; {titles}{more} shown but not stored in the project (File › Save "
                "project as… keeps them)"])
            self.session.message.emit(f"{error}; the articles are shown but not stored in the "
                                      "project", 0)

    def _forget_article(self, article_id: str) -> None:
        if self.document.forget_unstored(article_id):
            return  # (never stored: nothing in the file to remove)
        if self._written(lambda: self.document.project.remove_article(article_id),
                         "the article stays in the project"):
            self.document.note_change()

    def _written(self, write: Callable[[], object], consequence: str) -> bool:
        """Run one write; a refused one is said in one line (True: written)."""
        try:
            write()
        except ProjectError as error:
            self.session.message.emit(f"{error}; {consequence}", 0)
            return False
        return True

    # --- provenance -----------------------------------------------------------------------------

    def origin(self, article_id: str) -> str:
        """Where the article came from and when it joined the project, one sentence
        (`provenance.origin_sentence`)."""
        from viewer.provenance import origin_sentence

        project = self.document.project
        stored = project.origin_of(article_id)  # (one row: not every article's text)
        said = len(project.problems)
        snapshot = project.snapshot(article_id)
        if len(project.problems) > said:  # (a snapshot it cannot use, read only now)
            self.workspace.report_problems(project.problems[said:])
        origin, path, added = stored if stored is not None else ("unknown", None, "")
        sentence = origin_sentence(origin, path, added,
                               snapshot.url if snapshot is not None else None,
                               snapshot.fetched if snapshot is not None else None)
        change = self.source_changes.get(article_id)
        return f"{sentence} {change.provenance_line()}" if change is not None else sentence

    def read_provenance(self, article_id: str) -> Provenance:
        return self.document.project.read_provenance(article_id)

    def provenance(self, article_id: str) -> Provenance:
        return self.document.project.provenance(article_id)

    def set_provenance(self, article_id: str, wanted: Provenance) -> bool:
        """Store `wanted` as the user's edits over what was read, and show it at once. Details
        the project refuses to store (a read-only place, a full disk) are shown all the same and
        kept for Save project as, said among the notices (a tester's typed details were lost)."""
        current = self.workspace.article(article_id)
        try:
            self.document.project.set_provenance(article_id, wanted)
        except ProjectError as error:
            self.document.unstored_details[article_id] = wanted
            self.workspace.update_metadata(with_provenance(current, dataclasses.replace(
                wanted, title=wanted.title or current.title)))
            self.workspace.report_problems([
                f"{error}; the details of “{current.title or article_id}” are shown but not "
                "stored in the project (File › Save project as… keeps them)"])
            return True
        self.document.note_change()
        stored = next(a for a in self.document.articles() if a.id == article_id)
        self.workspace.update_metadata(dataclasses.replace(
            current, title=stored.title, source=stored.source, url=stored.url,
            author=stored.author,
            published=stored.published, date=stored.date))
        return True

    # --- corrections ----------------------------------------------------------------------------

    @property
    def corrections(self) -> tuple[Correction, ...]:
        return self._corrections

    def add_correction(self, correction: Correction) -> bool:
        if not self._written(lambda: self.document.project.add_correction(correction),
                             "the correction was not kept"):
            return False
        self._corrections_changed()
        return True

    def remove_correction(self, correction_id: str) -> bool:
        if not self._written(lambda: self.document.project.remove_correction(correction_id),
                             "the correction stays"):
            return False
        self._corrections_changed()
        return True

    def _corrections_changed(self) -> None:
        self._corrections = self.document.project.corrections()
        self.document.note_change(counted=True)
        self.session.reapply_corrections()

    # --- the view -------------------------------------------------------------------------------

    def view_state(self) -> dict[str, Any]:
        return view_state(self.workspace)

    def save_view(self) -> None:
        """Store what the window shows (on save and on close); nothing when it is unchanged."""
        if self.document.blocked is None and self.document.project.view_state() != \
                self.view_state():
            self._written(lambda: self.document.project.set_view_state(self.view_state()),
                          "the view was not stored")

    def _restore_view(self, _result: object) -> None:
        if self._view_restored:
            return
        self._view_restored = True
        restore_view(self.workspace, self.document.project.view_state())


def store_shown_articles(document: ProjectDocument, articles: Sequence[Article],
                         pasted_in: Path | None = None) -> None:
    """Store the articles a window already shows (a folder turned into a project), in order: one
    with no file was pasted, and so was one whose file is in `pasted_in`, the folder a folder
    window keeps its pasted texts in: stored as pasted, without that file (it was recorded as
    a file of the data folder, and its details said "From the file .../Parallax/annotations/
    ...pasted/pasted.txt" -- tester56 #11)."""
    for article in articles:
        kept_pasted = (pasted_in is not None and article.path is not None
                       and Path(article.path).parent == pasted_in)
        if kept_pasted:
            article = dataclasses.replace(article, path=None)
        document.add_articles([article], "pasted" if article.path is None else "file")
