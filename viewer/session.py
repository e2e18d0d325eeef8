"""The session service: load -> align -> accept only the current generation's result -> notify.

Qt-free. The window's menus call it (open, paste, remove, align, cancel) and its views subscribe
to its signals and to the workspace's; it runs every load and alignment as a `Job` of the job
layer, on the backend `Backends.aligner_for` picks, and says here what each outcome means. Which
jobs run, and bringing each outcome onto the session's own thread (`post`), is
`viewer.session_jobs`; what a finishing job does to a result before it is shown (the
corrections, the colours), `viewer.session_finishing`. So every change to the workspace happens
on that one thread, and a result stamped with an older generation than the workspace's is
dropped there.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.already_open import (
    added_message,
    differing_from_open,
    file_notes,
    not_open_yet,
    same_text,
)
from viewer.cancel import Cancelled, CancelToken, ProgressCallback
from viewer.corpus import Article, LoadReport, prepare_list_facts
from viewer.events import Signal
from viewer.jobs.choice import Backends
from viewer.jobs.job import Job, JobFailed
from viewer.jobs.request import AlignmentRequest
from viewer.limits import DEFAULT_PANES, MIN_PANES
from viewer.passage_choice import first_passage_in_view
from viewer.passages import AlignmentResult, EngineSettings
from viewer.prepared_result import PreparedResult
from viewer.session_finishing import colouring, correcting, missed_corrections_line
from viewer.session_jobs import Post, PostQueue, RunningJob, RunningJobs
from viewer.wording import count_of
from viewer.workspace import Workspace

__all__ = ["HEAD_START_WAIT_SECONDS", "Post", "PostQueue", "Session"]

if TYPE_CHECKING:
    from viewer.corrections import Correction, CorrectionOutcome
    from viewer.fetching import FetchedPage

HEAD_START_WAIT_SECONDS = 0.2
"""How long the first load waits for the head start's answers before the window is first shown:
an empty window painted and then filled costs about as long again, and looks unfinished."""


class Session:
    """One window's loads and alignments over one `Workspace`."""

    def __init__(self, workspace: Workspace | None = None, *, backends: Backends | None = None,
                 post: Post | None = None, settings: EngineSettings | None = None,
                 room_for_panes: Callable[[], int] | None = None) -> None:
        """`room_for_panes`: how many panes fit side by side now (the window's width decides);
        the default view then shows at most that many, and at least MIN_PANES."""
        self.room_for_panes = room_for_panes
        self.workspace = workspace if workspace is not None else Workspace()
        self.backends = backends if backends is not None else Backends()
        self.post: Post = post if post is not None else PostQueue()
        self.settings = settings if settings is not None else EngineSettings()
        self.select_first_passage = True
        """Select a passage when the first alignment result arrives (the first of the list
        that two of the panes shown carry)."""
        self.keep_pasted: Callable[[Article], Article] | None = None
        """Stores a pasted article somewhere lasting and returns it with that path (the
        annotation GUI sets it: `viewer.annotations.pasted`); None keeps it in memory."""
        self._jobs = RunningJobs(self.post, self._ended)
        self._latest_finishing = 0
        """The key of the last finishing job started (corrections, colours): an earlier one
        still running is superseded by it."""

        self.message = Signal()
        """emit(text, timeout_ms): a line for the status bar (0: until replaced)."""
        self.progress = Signal()
        """emit(fraction in [0, 1]) of the running alignment."""
        self.result_accepted = Signal()
        """emit(AlignmentResult) once it is in the workspace (a stale one is never announced)."""
        self.busy_changed = self._jobs.busy_changed
        """emit(True) when the first job starts, emit(False) once the last has ended."""
        self.idle = self._jobs.idle
        """Nothing runs and the workspace shows the outcome of what ran."""
        self.articles_added = Signal()
        """emit(articles as added, origin, {article id: FetchedPage}): for a project to store
        them (`origin` is "file", "pasted" or "imported"; None: they came from the project)."""
        self.article_removed = Signal()
        """emit(article_id)."""
        self.paths_opened = Signal()
        """emit(paths): what `open_paths(..., remember=True)` read is in the comparison (for
        the window's corpus paths and recent files); not sent for a cancelled reading, nor
        for files and folders in which no article could be read."""
        self.corrections: Callable[[], Sequence[Correction]] = lambda: ()
        """The user's corrections, laid over every alignment result before it is installed
        (an open project provides them)."""
        self.correction_outcomes: tuple[CorrectionOutcome, ...] = ()
        """Whether each correction could be applied to the result shown."""
        self._uncorrected: tuple[int, AlignmentResult] | None = None
        """(generation, the engine's result before the corrections) for re-applying them."""

    # --- state ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    @property
    def aligning(self) -> bool:
        return any(not r.loading and not r.finishing for r in self._jobs)

    @property
    def opening(self) -> bool:
        """Files are being read (a load job runs)."""
        return any(r.loading for r in self._jobs)

    # --- loading ----------------------------------------------------------------------------

    def open_paths(self, paths: Sequence[Path | str], *, reveal: bool = True,
                   remember: bool = False) -> None:
        """Read files and folders in the background, then add them and align again.
        `remember`: the user chose them; `paths_opened` says so once their articles are in."""
        chosen = [Path(p) for p in paths]
        if not chosen:
            return
        self.message.emit(f"Opening {count_of(len(chosen), 'item')}…", 0)
        self._load(chosen, self.workspace.corpus.ids, reveal=reveal,
                   remember=tuple(chosen) if remember else ())

    def open_first(self, paths: Sequence[Path], *, remember: bool = False,
                   wait_seconds: float = HEAD_START_WAIT_SECONDS) -> None:
        """The first load, before the window is shown. If the head start has these files and
        their alignment, or has them within `wait_seconds`, they are in the workspace when this
        returns (so the window's first paint is the result); otherwise they are read and
        aligned in the background as usual. `remember`: the user chose them (on the command
        line); `paths_opened` says so once their articles are in, as for `open_paths`."""
        chosen = [Path(p) for p in paths]
        remembered = tuple(chosen) if remember else ()
        report = self.backends.ready_report(chosen, wait_seconds=wait_seconds)
        if report is None:
            # Said as File › Open does: a large folder takes a while to read.
            self.message.emit(f"Opening {count_of(len(chosen), 'item')}…", 0)
            self._load(chosen, (), reveal=False, remember=remembered)
        else:
            self._loaded(report, reveal=False, chosen=remembered)

    def _load(self, paths: list[Path], taken_ids: Collection[str], *, reveal: bool,
              remember: tuple[Path, ...] = ()) -> None:
        backends, taken = self.backends, tuple(taken_ids)

        def work(_token: CancelToken, _progress: ProgressCallback) -> LoadReport:
            report = backends.load(paths, taken)
            prepare_list_facts(report.articles)
            return report

        self._jobs.start(self._jobs.new_key(),
                         RunningJob(Job.start(work, name="parallax-load"), reveal=reveal,
                                    chosen=remember))

    def _loaded(self, report: LoadReport, reveal: bool, chosen: tuple[Path, ...] = ()) -> None:
        problems = [str(p) for p in report.problems]
        self.workspace.report_problems(problems)
        fresh = self._not_open_yet(report.articles)
        if fresh:
            # Said first: with the head start's alignment at hand, the result (and its
            # message) comes before add_articles returns.
            open_articles = tuple(self.workspace.corpus)
            copies = same_text(open_articles, fresh)
            differing = differing_from_open(open_articles, fresh)
            self.message.emit(added_message(fresh, copies, differing), 0)
            # (and among the notices, which stay: the next alignment's line replaced this one;
            # with the loader's own notes on the new articles' files, a page saved as text)
            new_files = {article.path for article in fresh}
            self.workspace.report_file_notes(
                file_notes(copies, differing)
                + [str(note) for note in report.notes if note.path in new_files])
            if chosen:  # first: what the new articles set off finds the paths in place
                self.paths_opened.emit(chosen)
            self.add_articles(fresh, reveal=reveal)
        elif not problems and not report.articles:
            self.message.emit("No article files found", 0)

    def _not_open_yet(self, articles: Sequence[Article]) -> tuple[Article, ...]:
        """`articles` but those read from a file the window has open already (the folder
        opened again: every article came twice, each 100% shared with its copy), which are
        said in the status bar."""
        fresh = not_open_yet(tuple(self.workspace.corpus), articles)
        if len(fresh) < len(articles):
            already = count_of(len(articles) - len(fresh), "file")
            self.message.emit(f"{already} already open: not added again", 0)
        return fresh

    # --- editing the corpus -----------------------------------------------------------------

    def add_articles(self, articles: Sequence[Article], *, reveal: bool = True,
                     origin: str | None = "file",
                     pages: Sequence[FetchedPage] = ()) -> None:
        """Add articles and align again. `pages[i]` is the fetched page of `articles[i]`
        (File › Import from URL); `origin` says where they came from (see `articles_added`)."""
        added = self.workspace.add_articles(articles,
                                            reveal=reveal and len(self.workspace.corpus) > 0)
        if added:
            # The workspace keeps the order and may rename ids: pair pages by position.
            by_id = {article.id: page for article, page in zip(added, pages, strict=False)}
            self.articles_added.emit(tuple(added), origin, by_id)
            self.start_alignment()

    def paste_article(self, text: str, title: str = "") -> Article | None:
        """Add pasted text as an article (plain text, metadata header read as for files)."""
        if not text.strip():
            self.message.emit("Nothing to add: the pasted text is empty", 0)
            return None
        from viewer.loading import article_from_pasted_text

        try:
            article = article_from_pasted_text(self.workspace.corpus.unique_id("pasted"), text,
                                               title)
        except Exception as error:  # the loader's UnusableFile: a one-line reason
            self.message.emit(f"pasted text: {error}", 0)
            return None
        if self.keep_pasted is not None:
            try:
                article = self.keep_pasted(article)
            except (OSError, ValueError) as error:
                reason = error.strerror if isinstance(error, OSError) else None
                # (among the notices, which stay: a status message went with the next
                # alignment's, and a tester never saw it on a full disk)
                self.workspace.report_problems([
                    f"pasted text: could not be stored ({reason or error}); it is kept only "
                    "until you quit"])
        self.add_articles([article], origin="pasted")
        return article

    def remove_articles(self, article_ids: list[str]) -> None:
        """Remove several articles at once: one message, one alignment afterwards."""
        removed = [i for i in article_ids if i in self.workspace.corpus]
        self.workspace.remove_articles(removed)
        for article_id in removed:
            self.article_removed.emit(article_id)
        if removed:
            self.message.emit(f"Removed {removed[0]}" if len(removed) == 1 else
                              f"Removed {count_of(len(removed), 'article')}", 0)
            self.start_alignment()

    def remove_article(self, article_id: str | None) -> None:
        if article_id is None or article_id not in self.workspace.corpus:
            self.message.emit("Select an article in the list (or click in its pane) to remove "
                              "it", 0)
            return
        self.remove_articles([article_id])

    # --- aligning ---------------------------------------------------------------------------

    def request(self) -> AlignmentRequest:
        """The request for the workspace as it is now."""
        workspace = self.workspace
        return AlignmentRequest(workspace.generation, workspace.corpus.articles, self.settings,
                                workspace.default_pane_limit)

    def start_alignment(self) -> None:
        """Align the corpus in the background; a running alignment is cancelled first."""
        if self.room_for_panes is not None:
            self.workspace.default_pane_limit = max(MIN_PANES,
                                                    min(DEFAULT_PANES, self.room_for_panes()))
        for running in self._jobs:
            if not running.loading:
                running.superseded = True
                running.job.cancel()
        request = self.request()
        if len(request.articles) < 2:
            ids = tuple(a.id for a in request.articles)
            self.workspace.accept_result(request.generation, AlignmentResult(ids, ()))
            if not self.busy:
                self.idle.emit()
            return
        aligner = self.backends.aligner_for(request)
        key = self._jobs.new_key()
        job = aligner.submit(request, lambda fraction: self.post(
            lambda: self._progressed(key, fraction)))
        self._jobs.start(key, RunningJob(job, request.generation))

    def reapply_corrections(self) -> None:
        """Lay the corrections (as they are now) over the engine's last result again, in the
        background; nothing to do while an alignment runs (its result gets them)."""
        if self._uncorrected is None or self.aligning:
            return
        generation, result = self._uncorrected
        if generation == self.workspace.generation:
            self._start_correcting(generation, result)

    def _start_correcting(self, generation: int, result: AlignmentResult) -> None:
        """Apply the corrections and prepare the rows off the GUI thread (they grow with the
        corpus); the outcome is installed like an alignment's."""
        workspace = self.workspace
        outcomes: list[CorrectionOutcome] = []
        work = correcting(result, workspace.corpus.articles, tuple(self.corrections()),
                          workspace.default_pane_limit, workspace.result,
                          dict(workspace.colours), outcomes)
        self._start_finishing(Job.start(work, name="parallax-corrections"), generation,
                              corrected=True, outcomes=outcomes)

    def _start_colouring(self, generation: int, prepared: PreparedResult) -> None:
        """Give the passages still there the colours they have now, off the GUI thread; the
        outcome is installed like an alignment's."""
        work = colouring(prepared, self.workspace.result, dict(self.workspace.colours))
        self._start_finishing(Job.start(work, name="parallax-colours"), generation)

    def _start_finishing(self, job: Job[PreparedResult], generation: int, *,
                         corrected: bool = False,
                         outcomes: list[CorrectionOutcome] | None = None) -> None:
        """Run a job finishing the result of `generation`; it supersedes any earlier one."""
        key = self._jobs.new_key()
        self._latest_finishing = key
        self._jobs.start(key, RunningJob(job, generation, corrected=corrected, coloured=True,
                                         outcomes=outcomes if outcomes is not None else []))

    def cancel_all(self) -> None:
        self._jobs.cancel_all()

    def close(self, timeout: float = 3.0) -> None:
        """Cancel everything, wait up to `timeout` seconds for the jobs' threads (their child
        processes end with them), and stop the head start."""
        self.cancel_all()
        self._jobs.join(timeout)
        self.backends.close()

    # --- outcomes (on the session's thread) ---------------------------------------------------

    def _progressed(self, key: int, fraction: float) -> None:
        running = self._jobs.get(key)
        if running is not None and not running.job.cancelled:
            self.progress.emit(fraction)

    def _ended(self, key: int, running: RunningJob) -> None:
        """What a job's outcome means (`RunningJobs` calls it once the job is done)."""
        try:
            outcome = running.job.result()
        except Cancelled:
            if running.loading:
                self.message.emit("Opening cancelled", 0)
            elif not running.superseded and self.workspace.result is None:
                # The first alignment: there is no earlier one whose highlights stay.
                self.message.emit("Alignment cancelled: no shared passages yet (Align again "
                                  "finds them)", 0)
            elif not running.superseded:
                self.message.emit("Alignment cancelled; the highlights are from the previous "
                                  "alignment", 0)
        except JobFailed as error:  # a process killed, and so on: said in its own words
            self.message.emit(str(error), 0)
        except Exception as error:  # a bug in the work must not take the window down
            self.message.emit(f"Background work failed: {type(error).__name__}: {error}", 0)
        else:
            if running.loading:
                assert isinstance(outcome, LoadReport)
                self._loaded(outcome, running.reveal, running.chosen)
            else:
                assert isinstance(outcome, PreparedResult)
                if running.finishing and key != self._latest_finishing:
                    pass  # a newer finishing job started meanwhile (corrections changed)
                else:
                    if running.corrected:
                        self.correction_outcomes = tuple(running.outcomes)
                        self._report_corrections()
                    self._aligned(running, outcome)

    def _aligned(self, running: RunningJob, prepared: PreparedResult) -> None:
        generation = running.generation
        if not running.finishing and generation == self.workspace.generation:
            self._uncorrected = (generation, prepared.result)
            if self.corrections():
                self._start_correcting(generation, prepared.result)
                return
            self.correction_outcomes = ()
            if self.workspace.result is not None and self.workspace.result.passages:
                self._start_colouring(generation, prepared)
                return
        if not self.workspace.accept_result(generation, prepared.result, prepared):
            return  # stale: the corpus changed while it was being aligned
        self.result_accepted.emit(prepared.result)
        if self.select_first_passage and self.workspace.selected is None:
            # On the first result, show a passage linked across the panes: the first of the
            # list that two panes carry (the list's first may be in none of them when the
            # folder holds several events).
            self.select_first_passage = False
            self.workspace.select_passage(first_passage_in_view(self.workspace.passage_rows(),
                                                                self.workspace.shown))

    def _report_corrections(self) -> None:
        line = missed_corrections_line(self.correction_outcomes)
        if line is not None:
            self.message.emit(line, 0)
