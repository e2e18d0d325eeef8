"""The start-up head start: a forked child loads and aligns the first corpus; its answers must be
exactly what the window would have computed, and any other request must be computed as usual."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from viewer.corpus import Article, LoadReport
from viewer.jobs.head_start import HeadStart
from viewer.passages import AlignmentResult

REPO = Path(__file__).resolve().parent.parent


def _run_fresh(code: str) -> None:
    """Run `code` in a fresh interpreter: the fork is only made before Qt is imported."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=REPO,
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok", done.stdout + done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_answers_are_what_the_window_would_compute() -> None:
    _run_fresh("""
        from viewer.jobs.head_start import HeadStart
        from viewer.resources import seeds_dir
        paths = [seeds_dir()]
        head_start = HeadStart.begin(paths, align_limit_chars=10**9)
        assert head_start is not None
        from viewer.engine import find_shared_passages
        from viewer.loading import load_paths
        expected = load_paths(paths, taken_ids=())
        assert head_start.report_for(paths, ("other",)) is None   # other loader arguments
        report = head_start.report_for(paths, ())
        assert report == expected
        assert head_start.report_for(paths, ()) is None           # each answer is given once
        result = head_start.result_for(report.articles, None)
        assert result == find_shared_passages(expected.articles)
        assert result.passages
        print("ok")
    """)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_other_articles_are_aligned_as_usual_and_the_child_is_reaped() -> None:
    _run_fresh("""
        import os
        from viewer.jobs.head_start import HeadStart
        from viewer.resources import seeds_dir
        paths = [seeds_dir()]
        head_start = HeadStart.begin(paths, align_limit_chars=10**9)
        report = head_start.report_for(paths, ())
        assert head_start.result_for(report.articles[1:], None) is None
        try:
            os.waitpid(head_start._pid, os.WNOHANG)
            raise AssertionError("the child was not reaped")
        except ChildProcessError:
            pass
        assert head_start.result_for(report.articles, None) is None  # too late: stopped
        print("ok")
    """)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_a_corpus_over_the_limit_is_loaded_but_not_aligned() -> None:
    _run_fresh("""
        from viewer.jobs.head_start import HeadStart
        from viewer.resources import seeds_dir
        paths = [seeds_dir()]
        head_start = HeadStart.begin(paths, align_limit_chars=100)
        report = head_start.report_for(paths, ())
        assert len(report.articles) == 5
        assert head_start.result_for(report.articles, None) is None
        print("ok")
    """)


def test_no_fork_once_qt_is_imported(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtCore")
    assert HeadStart.begin([tmp_path], align_limit_chars=10**9) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_an_alignment_with_other_settings_is_computed_not_taken_from_the_child() -> None:
    _run_fresh("""
        from dataclasses import replace
        from viewer.jobs.choice import Backends
        from viewer.jobs.head_start import HeadStart, HeadStartAligner
        from viewer.jobs.in_thread import InThreadAligner
        from viewer.jobs.request import AlignmentRequest
        from viewer.passages import EngineSettings
        from viewer.resources import seeds_dir
        paths = [seeds_dir()]
        head_start = HeadStartAligner(HeadStart.begin(paths, align_limit_chars=10**9))
        backends = Backends(head_start=head_start)
        report = backends.load(paths, ())
        request = AlignmentRequest(0, tuple(report.articles))
        other = replace(request, settings=EngineSettings(min_words=12))
        assert isinstance(backends.aligner_for(other), InThreadAligner)
        assert backends.aligner_for(request) is head_start   # the defaults: the child's
        print("ok")
    """)


class OwnPipe:
    """A HeadStart reading a pipe the test writes to, in place of a forked child (a sleeping
    process stands in for the child, so that closing has something to stop and reap)."""

    def __init__(self, paths: tuple[Path, ...]) -> None:
        self.paths = paths
        self.stand_in = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
        reader, self.writer = os.pipe()
        self.head_start = HeadStart(self.stand_in.pid, reader, paths)
        self._open = True

    def write(self, data: bytes) -> None:
        os.write(self.writer, data)

    def end(self) -> None:
        """The child closes its end (it has finished or died)."""
        if self._open:
            os.close(self.writer)
            self._open = False


@pytest.fixture
def own_pipe(tmp_path: Path):  # type: ignore[no-untyped-def]
    pipe = OwnPipe((tmp_path,))
    yield pipe
    pipe.end()
    pipe.stand_in.kill()
    pipe.stand_in.wait()


def _message(value: object) -> bytes:
    data = pickle.dumps(value)
    return len(data).to_bytes(8, "little") + data


REPORT = LoadReport((Article("a", "text a", "A"), Article("b", "text b", "B")), ())
RESULT = AlignmentResult(("a", "b"), ())
LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the head start is Linux-only")


@LINUX_ONLY
def test_answers_if_ready_gives_both_answers_only_once_both_have_arrived(
        own_pipe: OwnPipe, tmp_path: Path) -> None:
    head_start, paths = own_pipe.head_start, own_pipe.paths
    first = _message(True) + _message(REPORT)
    own_pipe.write(first[:5])                             # not even the length yet
    assert head_start.answers_if_ready(paths) is None
    own_pipe.write(first[5:])                             # the report, but no alignment yet
    assert head_start.answers_if_ready(paths) is None
    assert head_start.answers_if_ready((tmp_path / "other",)) is None
    second = _message(RESULT)
    own_pipe.write(second[:-1])
    assert head_start.answers_if_ready(paths) is None
    own_pipe.write(second[-1:])
    assert head_start.answers_if_ready(paths) == (REPORT, RESULT)
    assert head_start.answers_if_ready(paths) is None    # each answer is given once
    assert head_start.report_for(paths, ()) is None
    assert own_pipe.stand_in.wait(timeout=10) is not None  # stopped and reaped


@LINUX_ONLY
def test_after_answers_if_ready_said_not_yet_the_answers_come_as_usual(own_pipe: OwnPipe) -> None:
    head_start, paths = own_pipe.head_start, own_pipe.paths
    whole = _message(True) + _message(REPORT) + _message(RESULT)
    own_pipe.write(whole[:-3])                            # the bytes read now are kept
    assert head_start.answers_if_ready(paths) is None
    assert head_start.report_for(paths, ()) == REPORT
    own_pipe.write(whole[-3:])
    assert head_start.result_for(REPORT.articles, None) == RESULT


@LINUX_ONLY
def test_answers_if_ready_waits_for_answers_that_come_in_time(own_pipe: OwnPipe) -> None:
    own_pipe.write(_message(True) + _message(REPORT))
    late = threading.Thread(target=own_pipe.write, args=(_message(RESULT),))
    late.start()
    assert own_pipe.head_start.answers_if_ready(own_pipe.paths, wait_seconds=60) == \
        (REPORT, RESULT)
    late.join()


@LINUX_ONLY
def test_answers_if_ready_does_not_wait_for_a_corpus_the_child_does_not_align(
        own_pipe: OwnPipe) -> None:
    own_pipe.write(_message(False) + _message(REPORT))
    # It knows at once that no alignment will come: a minute's wait would fail the test.
    assert own_pipe.head_start.answers_if_ready(own_pipe.paths, wait_seconds=60) is None
    assert own_pipe.head_start.report_for(own_pipe.paths, ()) == REPORT


@LINUX_ONLY
def test_answers_if_ready_gives_up_when_the_child_ends_early(own_pipe: OwnPipe) -> None:
    own_pipe.write(_message(True)[:3])
    own_pipe.end()  # the child died mid-message
    assert own_pipe.head_start.answers_if_ready(own_pipe.paths, wait_seconds=60) is None
    assert own_pipe.head_start.report_for(own_pipe.paths, ()) is None  # the window loads itself


@LINUX_ONLY
def test_asking_the_backend_never_waits_while_a_job_waits_for_the_child(own_pipe: OwnPipe) -> None:
    from viewer.jobs.head_start import HeadStartAligner
    from viewer.jobs.request import AlignmentRequest
    from viewer.prepared_result import prepare_result

    head_start, paths = own_pipe.head_start, own_pipe.paths
    own_pipe.write(_message(True) + _message(REPORT))  # the alignment has not come yet
    aligner = HeadStartAligner(head_start)
    assert aligner.report_for(paths, ()) == REPORT
    request = AlignmentRequest(0, REPORT.articles)
    assert aligner.serves(request)
    job = aligner.submit(request)  # its thread waits for the child, holding the lock
    answers: list[bool] = []
    asking = threading.Thread(target=lambda: answers.append(
        head_start.will_answer(REPORT.articles) and aligner.serves(request)))
    asking.start()
    asking.join(10)
    assert answers == [False]  # at once: the answer is spoken for
    own_pipe.write(_message(RESULT))
    assert job.result(60) == prepare_result(REPORT.articles, RESULT)
