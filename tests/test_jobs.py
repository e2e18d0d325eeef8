"""The job layer without Qt: every backend gives the same result for the same request, honours
the request's pane limit and settings, and cancels without leaving a thread or process behind."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from benchmarks.synthetic import generate
from tests.viewfixtures import sample_articles
from viewer.cancel import Cancelled, CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.jobs.child_process import ChildProcessAligner
from viewer.jobs.choice import Backends
from viewer.jobs.in_thread import InThreadAligner
from viewer.jobs.request import AlignmentRequest
from viewer.limits import PROCESS_THRESHOLD_CHARS
from viewer.passages import AlignmentResult, EngineSettings
from viewer.resources import seeds_dir

REPO = Path(__file__).resolve().parent.parent
LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the head start is Linux-only")
DEFAULTS = EngineSettings()
TIMEOUT = 120


def _corpus(name: str) -> tuple[Article, ...]:
    return tuple(sample_articles()) if name == "samples" else generate(200).articles


def _run_fresh(code: str, *args: str) -> None:
    """Run `code` in a fresh interpreter: the head start forks only before Qt is imported."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], cwd=REPO,
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok", done.stdout + done.stderr


@pytest.mark.parametrize("name", ["samples", "synthetic"])
def test_the_thread_and_child_process_backends_give_the_engine_s_result(name: str) -> None:
    articles = _corpus(name)
    request = AlignmentRequest(7, articles, pane_limit=3)
    thread_progress: list[float] = []
    process_progress: list[float] = []
    in_thread = InThreadAligner().submit(request, thread_progress.append).result(TIMEOUT)
    in_process = ChildProcessAligner().submit(request, process_progress.append).result(TIMEOUT)
    for seen in (thread_progress, process_progress):
        assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 3
    assert in_thread.result == find_shared_passages(articles)
    assert in_thread.result.passages  # a comparison of two empty results proves nothing
    assert in_process == in_thread
    assert len(in_thread.default_panes) == 3


def _write_articles(folder: Path, articles: Sequence[Article]) -> None:
    folder.mkdir()
    for article in articles:
        (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")


HEAD_START_AGREES = """
    import sys
    from pathlib import Path
    from viewer.jobs.head_start import HeadStart, HeadStartAligner
    paths = [Path(sys.argv[1])]
    head_start = HeadStart.begin(paths, align_limit_chars=10**9)  # before anything heavy
    assert head_start is not None
    def refuse(*args, **kwargs):
        raise AssertionError("the child's answer was expected, not a computation")
    from viewer.jobs.choice import Backends
    from viewer.jobs.in_thread import InThreadAligner
    from viewer.jobs.request import AlignmentRequest
    aligner = HeadStartAligner(head_start, fallback=refuse)
    backends = Backends(head_start=aligner, loader=refuse)
    report = backends.load(paths, ())
    request = AlignmentRequest(3, tuple(report.articles), pane_limit=4)
    assert backends.aligner_for(request) is aligner
    seen = []
    job = aligner.submit(request, seen.append)
    got = job.result(120)
    assert seen == [1.0] and job.progress == 1.0
    assert got == InThreadAligner().submit(request).result(120)
    assert got.result.passages and len(got.default_panes) == 4
    print("ok")
"""


@LINUX_ONLY
@pytest.mark.parametrize("name", ["samples", "synthetic"])
def test_the_head_start_backend_gives_the_same_result(name: str, tmp_path: Path) -> None:
    folder = seeds_dir() if name == "samples" else tmp_path / "corpus"
    if name != "samples":
        _write_articles(folder, _corpus(name))
    _run_fresh(HEAD_START_AGREES, str(folder))


@LINUX_ONLY
def test_a_ready_head_start_answer_is_served_at_once_and_only_for_its_request() -> None:
    _run_fresh("""
        from dataclasses import replace
        from viewer.jobs.head_start import HeadStart, HeadStartAligner
        from viewer.resources import seeds_dir
        paths = [seeds_dir()]
        aligner = HeadStartAligner(HeadStart.begin(paths, align_limit_chars=10**9))
        report = aligner.first_load(paths, wait_seconds=60)
        assert report is not None and len(report.articles) == 5
        from viewer.jobs.request import AlignmentRequest
        from viewer.passages import EngineSettings
        request = AlignmentRequest(1, tuple(report.articles))
        assert not aligner.serves(replace(request, settings=EngineSettings(min_words=12)))
        assert not aligner.serves(replace(request, articles=request.articles[1:]))
        assert aligner.serves(request)
        job = aligner.submit(request)
        assert job.done() and job.result().result.passages
        assert not aligner.serves(request)  # each answer is given once
        print("ok")
    """)


def test_backends_choose_by_size_and_engine() -> None:
    small = AlignmentRequest(0, tuple(sample_articles()))
    assert isinstance(Backends().aligner_for(small), InThreadAligner)
    assert isinstance(Backends(process_threshold_chars=0).aligner_for(small), ChildProcessAligner)
    # A stand-in engine exists only in this process: never a child process.
    assert isinstance(Backends(engine=find_shared_passages, process_threshold_chars=0)
                      .aligner_for(small), InThreadAligner)
    large = AlignmentRequest(0, generate(200).articles)
    assert large.total_chars > PROCESS_THRESHOLD_CHARS
    assert isinstance(Backends().aligner_for(large), ChildProcessAligner)


def test_the_child_process_is_given_the_settings() -> None:
    articles = tuple(sample_articles())
    strict = EngineSettings(min_words=40)
    request = AlignmentRequest(0, articles, strict)
    got = ChildProcessAligner().submit(request).result(TIMEOUT)
    assert got.result == find_shared_passages(articles, strict)
    assert got.result != find_shared_passages(articles)


# --- cancel -----------------------------------------------------------------------------------

def _waiting_engine(entered: threading.Event) -> object:
    def engine(articles: Sequence[Article], settings: EngineSettings = DEFAULTS, *,
               progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> AlignmentResult:
        assert cancel is not None
        entered.set()
        while not cancel.cancelled:
            cancel._event.wait(0.01)
        cancel.raise_if_cancelled()
        raise AssertionError("unreachable")

    return engine


def test_cancel_ends_an_in_thread_job_and_its_thread() -> None:
    entered = threading.Event()
    job = InThreadAligner(_waiting_engine(entered)).submit(  # type: ignore[arg-type]
        AlignmentRequest(0, tuple(sample_articles())))
    assert entered.wait(TIMEOUT)
    job.cancel()
    with pytest.raises(Cancelled):
        job.result(TIMEOUT)
    assert job.join(TIMEOUT)


def test_cancel_stops_the_child_process() -> None:
    request = AlignmentRequest(0, generate(200).articles)
    children: list[multiprocessing.process.BaseProcess] = []
    holder: list[object] = []

    def cancel_on_first_progress(_fraction: float) -> None:
        # In the job's thread, while the child works: note it, then cancel.
        if not children:
            children.extend(multiprocessing.active_children())
            holder[0].cancel()  # type: ignore[attr-defined]

    job = ChildProcessAligner().submit(request, cancel_on_first_progress)
    holder.append(job)
    with pytest.raises(Cancelled):
        job.result(TIMEOUT)
    assert job.join(TIMEOUT)
    assert [c.name for c in children] == ["parallax-align"]
    assert multiprocessing.active_children() == []
    assert not children[0].is_alive()
    with pytest.raises(ProcessLookupError):
        os.kill(children[0].pid, 0)  # type: ignore[arg-type]


@LINUX_ONLY
def test_cancel_stops_and_reaps_the_head_start_child(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    _write_articles(folder, generate(200).articles)
    _run_fresh("""
        import os, sys
        from pathlib import Path
        from viewer.jobs.head_start import HeadStart, HeadStartAligner
        paths = [Path(sys.argv[1])]
        head_start = HeadStart.begin(paths, align_limit_chars=10**9)
        aligner = HeadStartAligner(head_start)
        report = aligner.report_for(paths, ())
        from viewer.cancel import Cancelled
        from viewer.jobs.request import AlignmentRequest
        job = aligner.submit(AlignmentRequest(0, tuple(report.articles)))
        job.cancel()
        try:
            job.result(120)
            raise AssertionError("not cancelled")
        except Cancelled:
            pass
        assert job.join(120)
        try:
            os.waitpid(head_start._pid, os.WNOHANG)
            raise AssertionError("the child was not reaped")
        except ChildProcessError:
            pass
        print("ok")
    """, str(folder))
