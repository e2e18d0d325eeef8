"""`viewer.workers.Later`: one piece of work done by a forked worker while this process goes on,
and `parallax align --json` writing the documents' JSON that way (the same bytes)."""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Iterator

import pytest

from tests.viewfixtures import sample_articles
from viewer import workers
from viewer.align_report import documents_json, write_json
from viewer.commands import align as align_command
from viewer.engine.pipeline import find_shared_passages
from viewer.workers import Later, WorkerFailed

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the worker forks: Linux only")


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The pids forked during the test (pytest-qt's PySide6 import alone would keep the worker
    from forking: no test here starts Qt)."""
    monkeypatch.setattr(workers, "QT_MODULES", ())
    forked: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counting_fork)
    yield forked


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _pid_and(shared: str, _: None) -> tuple[int, str]:
    return os.getpid(), shared.upper()


def _slow_pid(shared: float, _: None) -> int:
    time.sleep(shared)
    return os.getpid()


def _fail(shared: int, _: None) -> int:
    if os.getpid() != shared:
        raise ValueError("bad input")
    return 0


def test_the_work_is_done_by_a_forked_worker_and_it_is_reaped(forks: list[int]) -> None:
    later = Later(_pid_and, "news")
    time.sleep(0.2)  # (the worker takes the work before this process asks for it)
    pid, text = later.result()
    assert (pid, text) == (forks[0], "NEWS")
    assert _gone(forks[0])


def test_without_forking_the_work_is_done_here_when_asked(monkeypatch: pytest.MonkeyPatch,
                                                         ) -> None:
    monkeypatch.setattr(workers, "fork_is_safe", lambda: False)
    assert Later(_pid_and, "x").result() == (os.getpid(), "X")


def test_closing_ends_a_worker_still_at_work(forks: list[int]) -> None:
    with Later(_slow_pid, 60.0):
        time.sleep(0.2)
    assert len(forks) == 1 and _gone(forks[0])


def test_a_worker_s_exception_is_raised_here(forks: list[int]) -> None:
    later = Later(_fail, os.getpid())
    time.sleep(0.2)
    with pytest.raises((ValueError, WorkerFailed)):
        later.result()
    assert _gone(forks[0])


def test_documents_written_beforehand_give_the_same_json() -> None:
    articles = sample_articles()
    result = find_shared_passages(articles)
    whole, parts = io.StringIO(), io.StringIO()
    write_json(articles, result, whole)
    write_json(articles, result, parts, documents_json(articles))
    assert parts.getvalue() == whole.getvalue()


def test_align_writes_the_documents_meanwhile_once_the_engine_has_tokenised(
        forks: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "POOL_THRESHOLD_CHARS", 1)
    monkeypatch.setattr(workers, "configured_workers", lambda: 2)
    articles = sample_articles()
    with align_command._DocumentsMeanwhile(articles) as documents:
        documents.progress(0.1)
        assert not forks
        documents.progress(0.25)
        documents.progress(0.5)
        assert len(forks) == 1
        assert documents.text() == documents_json(articles)
    assert _gone(forks[0])
