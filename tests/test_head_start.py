"""The start-up head start: a forked child loads and aligns the first corpus; its answers must be
exactly what the window would have computed, and any other request must be computed as usual."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from viewer.head_start import HeadStart, with_head_start

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
        from viewer.head_start import HeadStart
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
        from viewer.head_start import HeadStart
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
        from viewer.head_start import HeadStart
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


def test_without_a_head_start_the_window_functions_are_used_unchanged() -> None:
    def loader(*_args: object, **_kwargs: object) -> str:
        return "loaded"

    def aligner(*_args: object, **_kwargs: object) -> str:
        return "aligned"

    assert with_head_start(None, loader, aligner) == (loader, aligner)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_an_alignment_with_other_settings_is_computed_not_taken_from_the_child() -> None:
    _run_fresh("""
        from viewer.head_start import HeadStart, with_head_start
        from viewer.passages import EngineSettings
        from viewer.resources import seeds_dir
        paths = [seeds_dir()]
        head_start = HeadStart.begin(paths, align_limit_chars=10**9)
        calls = []
        def aligner(articles, *args, **kwargs):
            calls.append((args, sorted(kwargs)))
            return "computed"
        load, align = with_head_start(head_start, lambda p, taken_ids=(): None, aligner)
        report = load(paths)
        assert align(report.articles, EngineSettings(min_words=12)) == "computed"
        assert align(report.articles, settings=EngineSettings(min_words=12)) == "computed"
        assert len(calls) == 2
        assert align(report.articles, progress=None) != "computed"   # defaults: the child's
        print("ok")
    """)


def _head_start_on_own_pipe(paths: tuple[Path, ...]) -> tuple[HeadStart, int, subprocess.Popen]:
    """A HeadStart reading a pipe the test writes to, in place of a forked child (a sleeping
    process stands in for it, so that closing has something to stop and reap)."""
    import os

    stand_in = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    reader, writer = os.pipe()
    return HeadStart(stand_in.pid, reader, paths), writer, stand_in


def _message(value: object) -> bytes:
    import pickle

    data = pickle.dumps(value)
    return len(data).to_bytes(8, "little") + data


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_answers_if_ready_gives_both_answers_only_once_both_have_arrived(tmp_path: Path) -> None:
    import os

    from viewer.corpus import Article, LoadReport
    from viewer.passages import AlignmentResult

    paths = (tmp_path,)
    report = LoadReport((Article("a", "text a", "A"), Article("b", "text b", "B")), ())
    result = AlignmentResult(("a", "b"), ())
    head_start, writer, stand_in = _head_start_on_own_pipe(paths)
    try:
        first = _message(True) + _message(report)
        os.write(writer, first[:5])                       # not even the length yet
        assert head_start.answers_if_ready(paths) is None
        os.write(writer, first[5:])                       # the report, but no alignment yet
        assert head_start.answers_if_ready(paths) is None
        assert head_start.answers_if_ready((tmp_path / "other",)) is None
        second = _message(result)
        os.write(writer, second[:-1])
        assert head_start.answers_if_ready(paths) is None
        os.write(writer, second[-1:])
        assert head_start.answers_if_ready(paths) == (report, result)
        assert head_start.answers_if_ready(paths) is None  # each answer is given once
        assert head_start.report_for(paths, ()) is None
        assert stand_in.wait(timeout=10) is not None       # stopped and reaped
    finally:
        os.close(writer)
        stand_in.kill()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_after_answers_if_ready_said_not_yet_the_answers_come_as_usual(tmp_path: Path) -> None:
    import os

    from viewer.corpus import Article, LoadReport
    from viewer.passages import AlignmentResult

    paths = (tmp_path,)
    report = LoadReport((Article("a", "text a", "A"), Article("b", "text b", "B")), ())
    result = AlignmentResult(("a", "b"), ())
    head_start, writer, stand_in = _head_start_on_own_pipe(paths)
    try:
        whole = _message(True) + _message(report) + _message(result)
        os.write(writer, whole[:len(whole) - 3])          # the bytes read now are kept
        assert head_start.answers_if_ready(paths) is None
        assert head_start.report_for(paths, ()) == report
        os.write(writer, whole[len(whole) - 3:])
        assert head_start.result_for(report.articles, None) == result
    finally:
        os.close(writer)
        stand_in.kill()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_answers_if_ready_waits_for_answers_that_come_in_time(tmp_path: Path) -> None:
    import os
    import threading

    from viewer.corpus import Article, LoadReport
    from viewer.passages import AlignmentResult

    paths = (tmp_path,)
    report = LoadReport((Article("a", "text a", "A"), Article("b", "text b", "B")), ())
    result = AlignmentResult(("a", "b"), ())
    head_start, writer, stand_in = _head_start_on_own_pipe(paths)
    try:
        os.write(writer, _message(True) + _message(report))
        late = threading.Thread(target=os.write, args=(writer, _message(result)))
        late.start()
        assert head_start.answers_if_ready(paths, wait_seconds=60) == (report, result)
        late.join()
    finally:
        os.close(writer)
        stand_in.kill()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_answers_if_ready_does_not_wait_for_a_corpus_the_child_does_not_align(
        tmp_path: Path) -> None:
    import os

    from viewer.corpus import Article, LoadReport

    paths = (tmp_path,)
    report = LoadReport((Article("a", "text a", "A"),), ())
    head_start, writer, stand_in = _head_start_on_own_pipe(paths)
    try:
        os.write(writer, _message(False) + _message(report))
        # It knows at once that no alignment will come: a minute's wait would fail the test.
        assert head_start.answers_if_ready(paths, wait_seconds=60) is None
        assert head_start.report_for(paths, ()) == report
    finally:
        os.close(writer)
        stand_in.kill()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the head start is Linux-only")
def test_answers_if_ready_gives_up_when_the_child_ends_early(tmp_path: Path) -> None:
    import os

    paths = (tmp_path,)
    head_start, writer, stand_in = _head_start_on_own_pipe(paths)
    try:
        os.write(writer, _message(True)[:3])
        os.close(writer)  # the child died mid-message
        assert head_start.answers_if_ready(paths, wait_seconds=60) is None
        assert head_start.report_for(paths, ()) is None  # and the window loads as usual
    finally:
        stand_in.kill()
