"""The session service without a display: load -> align -> accept only the current generation's
result -> notify, on whatever backend the request calls for."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.synthetic import generate
from tests.viewfixtures import sample_articles
from viewer.cancel import CancelToken, ProgressCallback
from viewer.corpus import Article, LoadReport
from viewer.engine import find_shared_passages
from viewer.jobs.child_process import ChildProcessAligner
from viewer.jobs.choice import Backends
from viewer.jobs.head_start import HeadStartAligner
from viewer.passages import AlignmentResult, EngineSettings
from viewer.prepared_result import choose_default_panes
from viewer.session import PostQueue, Session
from viewer.workspace import Workspace

DEFAULTS = EngineSettings()
TIMEOUT = 60.0


def _run_until(post: PostQueue, done: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    """Run the session's posted callbacks, as the GUI's event loop would, until `done()`."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        post.run_pending(timeout=0.05)


def _session(articles: Sequence[Article] = (), **backends: object) -> tuple[Session, PostQueue]:
    post = PostQueue()
    session = Session(Workspace(articles), backends=Backends(**backends),  # type: ignore[arg-type]
                      post=post)
    return session, post


def _recorder(signal: object) -> list[tuple[object, ...]]:
    seen: list[tuple[object, ...]] = []
    signal.connect(lambda *args: seen.append(args))  # type: ignore[attr-defined]
    return seen


def test_an_alignment_is_accepted_announced_and_its_first_passage_selected() -> None:
    articles = sample_articles()
    session, post = _session(articles)
    accepted, busy = _recorder(session.result_accepted), _recorder(session.busy_changed)
    idle = _recorder(session.idle)
    session.start_alignment()
    _run_until(post, lambda: not session.busy)
    expected = find_shared_passages(articles)
    assert session.workspace.result == expected
    assert accepted == [(expected,)]
    assert busy == [(True,), (False,)] and idle == [()]
    assert session.workspace.selected == session.workspace.passage_rows()[0].passage_id


def test_a_stale_generation_s_result_is_dropped() -> None:
    articles = sample_articles()
    release, calls = threading.Event(), []

    def late_engine(docs: Sequence[Article], settings: EngineSettings = DEFAULTS, *,
                    progress: ProgressCallback | None = None,
                    cancel: CancelToken | None = None) -> AlignmentResult:
        calls.append(len(docs))
        release.wait(TIMEOUT)  # ignores the cancel token on purpose: a late result
        return find_shared_passages(docs, settings)

    session, post = _session(articles[:3], engine=late_engine)
    accepted = _recorder(session.result_accepted)
    session.start_alignment()
    _run_until(post, lambda: calls == [3])
    session.workspace.add_articles(articles[3:])  # the corpus changes: a new generation
    release.set()
    _run_until(post, lambda: not session.busy)
    assert session.workspace.result is None and accepted == []


def test_a_superseded_alignment_is_dropped_without_a_message() -> None:
    articles = sample_articles()
    release, calls = threading.Event(), []

    def gated_engine(docs: Sequence[Article], settings: EngineSettings = DEFAULTS, *,
                     progress: ProgressCallback | None = None,
                     cancel: CancelToken | None = None) -> AlignmentResult:
        calls.append(len(docs))
        if len(calls) == 1:
            release.wait(TIMEOUT)  # ignores the cancel request on purpose: a late result
        return find_shared_passages(docs, settings)

    session, post = _session(articles[:3], engine=gated_engine)
    messages = _recorder(session.message)
    session.start_alignment()
    _run_until(post, lambda: len(calls) == 1)
    session.add_articles(articles[3:])  # aligns again, cancelling the first
    _run_until(post, lambda: session.workspace.result is not None)
    fresh = session.workspace.result
    assert fresh is not None and len(fresh.document_ids) == 5
    release.set()
    _run_until(post, lambda: not session.busy)
    assert session.workspace.result is fresh
    assert not any("cancelled" in text for text, _timeout in messages)


def _cancelled_alignment(previous: AlignmentResult | None) -> tuple[Session, list[tuple]]:
    """A session over the samples holding `previous` as its result, whose alignment is
    cancelled once its engine reports half done; the session and its messages."""
    articles = sample_articles()

    def waiting_engine(docs: Sequence[Article], settings: EngineSettings = DEFAULTS, *,
                       progress: ProgressCallback | None = None,
                       cancel: CancelToken | None = None) -> AlignmentResult:
        assert cancel is not None and progress is not None
        progress(0.5)
        cancel._event.wait(TIMEOUT)
        cancel.raise_if_cancelled()
        raise AssertionError("unreachable")

    session, post = _session(articles, engine=waiting_engine)
    if previous is not None:
        session.workspace.accept_result(session.workspace.generation, previous)
    progress = _recorder(session.progress)
    messages = _recorder(session.message)
    session.start_alignment()
    _run_until(post, lambda: progress == [(0.5,)])
    session.cancel_all()
    _run_until(post, lambda: not session.busy)
    return session, messages


def test_cancel_keeps_the_previous_result_and_says_so() -> None:
    previous = find_shared_passages(sample_articles())
    session, messages = _cancelled_alignment(previous)
    assert session.workspace.result is previous
    assert "cancelled" in messages[-1][0]


def test_a_large_corpus_goes_to_a_child_process_and_honours_the_pane_limit() -> None:
    articles = generate(200).articles
    session, post = _session(articles)
    session.workspace.default_pane_limit = 3  # a narrow window
    request = session.request()
    assert isinstance(session.backends.aligner_for(request), ChildProcessAligner)
    session.start_alignment()
    _run_until(post, lambda: not session.busy)
    result = session.workspace.result
    assert result is not None and result.passages
    expected = choose_default_panes([a.id for a in articles], result, 3)
    assert len(expected) == 3
    assert session.workspace.shown == expected


def test_opening_files_loads_them_in_the_background_then_aligns(tmp_path: Path) -> None:
    for article in sample_articles()[:3]:
        (tmp_path / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    session, post = _session()
    problems = _recorder(session.workspace.problems_reported)
    session.open_paths([tmp_path])
    _run_until(post, lambda: not session.busy)
    assert len(session.workspace.corpus) == 3
    assert session.workspace.result is not None and session.workspace.result.passages
    assert len(problems) == 1 and "broken.txt" in problems[0][0][0]


def test_one_article_needs_no_job() -> None:
    session, _post = _session(sample_articles()[:1])
    idle = _recorder(session.idle)
    session.start_alignment()
    assert not session.busy and idle == [()]
    assert session.workspace.result == AlignmentResult((session.workspace.corpus.ids[0],), ())


class _ReadyHeadStart:
    """Stands in for a head start whose child has sent both answers."""

    def __init__(self, report: LoadReport, result: AlignmentResult) -> None:
        self.answers: tuple[LoadReport, AlignmentResult] | None = (report, result)

    def answers_if_ready(self, paths: Sequence[Path], *,
                         wait_seconds: float = 0.0) -> tuple[LoadReport, AlignmentResult] | None:
        answers, self.answers = self.answers, None
        return answers

    def close(self) -> None:
        pass


def _refuse(*_args: object, **_kwargs: object) -> AlignmentResult:
    raise AssertionError("the head start's answers were ready: nothing may be computed")


def test_a_ready_head_start_fills_the_workspace_before_open_first_returns(tmp_path: Path) -> None:
    articles = tuple(sample_articles())
    result = find_shared_passages(articles)
    head_start = HeadStartAligner(_ReadyHeadStart(LoadReport(articles, ()), result),  # type: ignore[arg-type]
                                  fallback=_refuse)
    session, post = _session(engine=_refuse, loader=_refuse, head_start=head_start)
    idle = _recorder(session.idle)
    session.open_first([tmp_path])
    assert not session.busy and idle == [()]  # no job ran, nothing is left to post
    assert session.workspace.result == result
    assert session.workspace.selected == session.workspace.passage_rows()[0].passage_id
    assert post.run_pending() == 0


def test_cancel_before_any_result_does_not_speak_of_previous_highlights() -> None:
    """Cancelling the first alignment of 20,000 articles said "the highlights are from the
    previous alignment": there were none (tester15)."""
    session, messages = _cancelled_alignment(None)
    assert session.workspace.result is None
    text = messages[-1][0]
    assert "cancelled" in text and "previous" not in text
    assert "Align again" in text


def test_opening_says_files_are_being_read_and_nothing_else() -> None:
    """The window's progress bar says "Opening files…" while this holds (not while the
    corrections of a project are applied, which is no reading)."""
    release = threading.Event()

    def slow_loader(paths: Sequence[Path], taken_ids: Sequence[str] = ()) -> LoadReport:
        release.wait(TIMEOUT)
        return LoadReport(sample_articles(), [])

    session, post = _session(loader=slow_loader)
    assert not session.opening
    session.open_paths([Path("folder")])
    assert session.opening and session.busy and not session.aligning
    release.set()
    _run_until(post, lambda: not session.busy)
    assert not session.opening and session.workspace.result is not None


def _held_loader(release: threading.Event, articles: Sequence[Article]):
    def loader(paths: Sequence[Path], taken_ids: Sequence[str] = ()) -> LoadReport:
        release.wait(TIMEOUT)  # ignores cancelling, as a long read of a large folder does
        return LoadReport(articles, [])

    return loader


def test_a_cancelled_reading_announces_no_paths_and_adds_nothing() -> None:
    """File › Open folder…, then Cancel while it is read: the folder stayed in the window's
    corpus paths and recent files (tester15); the session announced nothing it could tell
    apart from a reading that finished."""
    release = threading.Event()
    session, post = _session(sample_articles()[:2],
                             loader=_held_loader(release, sample_articles()[2:]))
    opened = _recorder(session.paths_opened)
    session.open_paths([Path("folder")], remember=True)
    session.cancel_all()
    release.set()
    _run_until(post, lambda: not session.busy)
    assert opened == []
    assert len(session.workspace.corpus) == 2


def test_a_finished_reading_announces_the_chosen_paths_once_only_if_remembered() -> None:
    release = threading.Event()
    release.set()
    session, post = _session(loader=_held_loader(release, sample_articles()[:3]))
    opened = _recorder(session.paths_opened)
    session.open_paths([Path("folder")], remember=True)
    _run_until(post, lambda: not session.busy)
    assert opened == [((Path("folder"),),)] and len(session.workspace.corpus) == 3
    session.open_paths([Path("other")])  # not the user's choice (pasted texts kept): unsaid
    _run_until(post, lambda: not session.busy)
    assert len(opened) == 1


def test_a_reading_that_found_no_article_announces_no_paths() -> None:
    release = threading.Event()
    release.set()
    session, post = _session(loader=_held_loader(release, ()))
    opened = _recorder(session.paths_opened)
    session.open_paths([Path("empty folder")], remember=True)
    _run_until(post, lambda: not session.busy)
    assert opened == []


def test_opening_a_folder_already_open_adds_only_its_new_files(tmp_path: Path) -> None:
    """tester16: File › Open folder on the folder the window had open added every article a
    second time (36 became 72, each 100% shared with its copy). Files already open are not
    added again, and the status bar says so; a new file in the folder is added."""
    for article in sample_articles()[:3]:
        (tmp_path / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    session, post = _session()
    messages = _recorder(session.message)
    session.open_paths([tmp_path])
    _run_until(post, lambda: not session.busy)
    assert len(session.workspace.corpus) == 3
    session.open_paths([tmp_path])
    _run_until(post, lambda: not session.busy)
    assert len(session.workspace.corpus) == 3
    assert any(m[0] == "3 files already open: not added again" for m in messages)
    added = sample_articles()[3]
    (tmp_path / "later.txt").write_text(added.text, encoding="utf-8")
    session.open_paths([tmp_path, tmp_path / "later.txt"])
    _run_until(post, lambda: not session.busy)
    assert session.workspace.corpus.ids[3:] == ["later"]


def test_a_file_whose_text_differs_from_the_article_open_from_it_is_added_beside_it(
        tmp_path: Path) -> None:
    """A tester's report: a project opened a file at the path of a stored article whose text
    differed (the folder moved, another file there now) and said "1 file already open: not
    added again"; the new text could not be brought in. Only the same text is already open."""
    for article in sample_articles()[:2]:
        (tmp_path / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    session, post = _session()
    messages = _recorder(session.message)
    session.open_paths([tmp_path])
    _run_until(post, lambda: not session.busy)
    first, second = session.workspace.corpus.ids
    (tmp_path / f"{first}.txt").write_text(sample_articles()[3].text, encoding="utf-8")
    session.open_paths([tmp_path])
    _run_until(post, lambda: not session.busy)
    corpus = session.workspace.corpus
    assert len(corpus) == 3  # the unchanged file is not added again; the changed one is
    (added,) = [article for article in corpus if article.id not in (first, second)]
    assert added.text == sample_articles()[3].text and added.path == tmp_path / f"{first}.txt"
    assert corpus.get(first).text == sample_articles()[0].text  # (the one open stays as it was)
    said = [m[0] for m in messages]
    assert "1 file already open: not added again" in said
    assert any(f"1 file whose text differs from the article open from it, added beside it: "
               f"{added.id} beside {first}" in m for m in said), said


def test_versions_and_copies_are_kept_among_the_notices_and_told_apart(tmp_path: Path) -> None:
    """Tester s59 #3: the status bar's "added beside it" and "copy of an article's text" were
    replaced by the alignment's line within a fifth of a second, and both versions of one file
    were headed by its name alone. They are said among the notices, which stay, and each
    version says which it is in the article list (and the pane's header, as the list)."""
    from viewer.rows import article_rows

    texts = [article.text for article in sample_articles()]
    (tmp_path / "a_story.txt").write_text(texts[0], encoding="utf-8")
    (tmp_path / "b_story.txt").write_text(texts[1], encoding="utf-8")
    session, post = _session()
    notes = _recorder(session.workspace.file_notes_reported)
    session.open_paths([tmp_path])
    _run_until(post, lambda: not session.busy)
    assert notes == []
    (tmp_path / "a_story.txt").write_text(texts[2], encoding="utf-8")
    (tmp_path / "b_story_copy.txt").write_text(texts[1], encoding="utf-8")
    session.open_paths([tmp_path])
    _run_until(post, lambda: not session.busy)
    assert notes == [([
        "a_story.txt: its text differs from a_story, the article open from it (the file "
        "changed since); added beside it as a_story-2",
        "b_story_copy.txt: the same text as b_story; added as b_story_copy"],)]
    workspace = session.workspace
    assert (workspace.version_of("a_story"), workspace.version_of("a_story-2")) == (
        (1, 2), (2, 2))
    assert workspace.version_of("b_story") is None
    rows = {row.article_id: (row.outlet, row.version)
            for row in article_rows(workspace.corpus, None)}
    # (the tag apart from the file's name: the list shows it after the title, which gives way
    # to it, tests/test_article_list_versions_gui.py)
    assert rows["a_story"] == ("a_story.txt", "version 1 of 2")
    assert rows["a_story-2"] == ("a_story.txt", "version 2 of 2, latest")
    assert rows["b_story"] == ("b_story.txt", "")


def test_the_first_load_says_what_was_opened_only_once_its_articles_are_in(tmp_path: Path
                                                                            ) -> None:
    """Files given on the command line went into File › Recent files before they were read:
    one that could not be read stayed there."""
    release = threading.Event()
    readable, unreadable = tmp_path / "good", tmp_path / "bad.bin"

    def loader(paths: Sequence[Path], taken_ids: Sequence[str] = ()) -> LoadReport:
        release.wait(TIMEOUT)
        if paths == [readable]:
            return LoadReport(sample_articles(), [])
        return LoadReport((), [f"{unreadable}: not a text file"])  # type: ignore[list-item]

    for paths, opened in (([readable], [((readable,),)]), ([unreadable], [])):
        release.clear()
        session, post = _session(loader=loader)
        seen = _recorder(session.paths_opened)
        session.open_first(paths, remember=True, wait_seconds=0)
        assert seen == []  # not before they are read
        release.set()
        _run_until(post, lambda s=session: not s.busy)  # type: ignore[misc]
        assert seen == opened


def test_articles_with_the_text_of_an_article_open_are_added_and_named(tmp_path: Path) -> None:
    """A French-speaking newcomer opened a folder holding copies of articles open: the window
    went to pairs of identical titles, each 100% shared, and nothing said why. They are added
    (two outlets may print one text; a folder opened again is not added, above), and the status
    bar names them."""
    first, second = tmp_path / "articles", tmp_path / "mistakes"
    first.mkdir()
    second.mkdir()
    articles = sample_articles()[:2]
    for article in articles:
        (first / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    (second / "copy.txt").write_text(articles[0].text, encoding="utf-8")
    (second / "own.txt").write_text(sample_articles()[2].text, encoding="utf-8")
    session, post = _session()
    messages = _recorder(session.message)
    session.open_paths([first])
    _run_until(post, lambda: not session.busy)
    session.open_paths([second])
    _run_until(post, lambda: not session.busy)
    assert len(session.workspace.corpus) == 4
    assert any(m[0] == f"Added 2 articles (1 copy of an article's text: copy = {articles[0].id})"
               "; aligning…" for m in messages), messages
