"""The engine's worker pool (`viewer.workers`): the same result as in process, results in
order, errors and cancellation surfacing as they would in process with no child left behind,
and no fork where forking is unsafe (threads running, Qt loaded, the window's thread backend)."""

from __future__ import annotations

import io
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.realistic import generate
from tests.viewfixtures import sample_articles
from viewer import workers
from viewer.align_report import write_json
from viewer.cancel import Cancelled, CancelToken
from viewer.corpus import Article
from viewer.engine import align, chain, tokens
from viewer.engine.pipeline import find_shared_passages
from viewer.jobs.in_thread import InThreadAligner
from viewer.jobs.request import AlignmentRequest
from viewer.workers import (
    IN_PROCESS,
    ChunkMapper,
    ForkPool,
    InProcess,
    WorkerFailed,
    default_mapper,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the worker pool forks: Linux only")
TIMEOUT = 120


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The pids of the workers forked during the test (the pool forks with `os.fork`).

    pytest-qt has imported PySide6 into this process, which alone keeps the pool from forking:
    here only threads do (no test of this module starts Qt)."""
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


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of a few documents and statements, so a small corpus is several chunks."""
    monkeypatch.setattr(tokens, "TOKENIZE_BATCH_CHARS", 3_000)
    monkeypatch.setattr(chain, "CHAIN_CHUNK_SEEDS", 8)
    monkeypatch.setattr(align, "ALIGN_CHUNK_OCCURRENCES", 4)


def _json(articles: Sequence[Article], mapper: ChunkMapper) -> str:
    out = io.StringIO()
    write_json(articles, find_shared_passages(articles, mapper=mapper), out)
    return out.getvalue()


def _gone(pid: int) -> bool:
    """The process no longer exists (it was reaped: a zombie would still exist)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _add(shared: int, chunk: int) -> int:
    return shared + chunk


# The pool's own process computes chunks too. The functions below misbehave (sleep, raise, die)
# only in a forked worker; in the parent their chunk waits until every worker has started one,
# so that the workers surely take the chunks that misbehave. `shared` is (the parent's pid, a
# folder where each worker notes its pid when it starts a chunk, how many workers there are).
Shared = tuple[int, Path, int]


def _worker_started(shared: Shared) -> bool:
    """In a worker: notes that it started a chunk and says True. In the parent: waits until
    every worker has, then says False."""
    parent, folder, workers = shared
    if os.getpid() != parent:
        (folder / str(os.getpid())).touch()
        return True
    deadline = time.monotonic() + TIMEOUT
    while len(list(folder.iterdir())) < workers and time.monotonic() < deadline:
        time.sleep(0.01)
    return False


def _fail_in_the_second_worker(shared: Shared, chunk: int) -> int:
    if _worker_started(shared):
        if len(list(shared[1].iterdir())) == 1:
            time.sleep(60)  # the first worker: still working when the error arrives
        raise ValueError(f"chunk {chunk} is bad")
    return chunk


class _Unpicklable(Exception):
    def __init__(self, handle: object) -> None:
        super().__init__("cannot travel")
        self.handle = handle


def _raise_unpicklable(shared: Shared, chunk: int) -> int:
    if _worker_started(shared):
        raise _Unpicklable(lambda: None)
    return chunk


def _die(shared: Shared, chunk: int) -> int:
    if _worker_started(shared):
        os._exit(3)
    return chunk


def _sleep(shared: Shared, chunk: int) -> int:
    if _worker_started(shared):
        time.sleep(60)
    return chunk


def _shared(tmp_path: Path, workers: int) -> Shared:
    folder = tmp_path / "started"
    folder.mkdir()
    return os.getpid(), folder, workers


def _pid(shared: None, chunk: int) -> int:
    time.sleep(0.02)
    return os.getpid()


def test_results_come_back_in_order_from_forked_workers(forks: list[int]) -> None:
    chunks = list(range(40))
    assert ForkPool(2).map(_add, 100, chunks) == [100 + c for c in chunks]
    assert len(forks) == 1  # and this process
    assert all(_gone(pid) for pid in forks)


def test_this_process_and_every_worker_compute_chunks(forks: list[int]) -> None:
    computed_by = ForkPool(3).map(_pid, None, list(range(60)))
    assert len(forks) == 2
    assert set(computed_by) == {os.getpid(), *forks}
    assert all(_gone(pid) for pid in forks)


def test_meanwhile_runs_once_here_after_forking(forks: list[int]) -> None:
    calls: list[tuple[int, int]] = []
    pool = ForkPool(2, meanwhile=lambda: calls.append((os.getpid(), len(forks))))
    assert pool.map(_add, 1, list(range(20))) == list(range(1, 21))
    assert pool.map(_add, 2, list(range(20))) == list(range(2, 22))
    assert calls == [(os.getpid(), 1)]  # here, once, with the worker already forked
    assert ForkPool(1, meanwhile=lambda: calls.append((0, 0))).map(_add, 0, [1, 2]) == [1, 2]
    assert len(calls) == 1  # no fork, no meanwhile: the caller does that work itself


def test_the_engine_gives_the_same_json_with_the_pool_on_the_samples(
        forks: list[int], small_chunks: None) -> None:
    articles = sample_articles()
    assert _json(articles, ForkPool(2)) == _json(articles, IN_PROCESS)
    # (three stages, and the fragments found beside the long matches: a worker each, and
    # this process)
    assert len(forks) == 4


@settings(max_examples=12, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=4, max_value=14))
def test_the_pool_gives_the_same_result_on_generated_corpora(seed: int, count: int) -> None:
    truth = generate(count, seed=seed)
    articles = [Article(id=d.id, text=d.text, title=d.id) for d in truth.documents]
    forked: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        pid = real_fork()
        forked.append(pid)
        return pid

    # Function-scoped fixtures do not mix with @given: the same patches as `forks` and
    # `small_chunks`, by hand.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(workers, "QT_MODULES", ())
        patch.setattr(os, "fork", counting_fork)
        patch.setattr(tokens, "TOKENIZE_BATCH_CHARS", 3_000)
        patch.setattr(chain, "CHAIN_CHUNK_SEEDS", 8)
        patch.setattr(align, "ALIGN_CHUNK_OCCURRENCES", 4)
        assert _json(articles, ForkPool(3)) == _json(articles, IN_PROCESS)
    assert forked  # the corpus was cut into chunks and the pool did run


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=1, max_value=20_000))
def test_tokenising_does_not_depend_on_how_documents_are_batched(batch_chars: int) -> None:
    """What lets the pool cut the corpus anywhere: any batching gives the same corpus."""
    articles = sample_articles()
    whole = tokens.tokenise(articles)
    saved = tokens.TOKENIZE_BATCH_CHARS
    tokens.TOKENIZE_BATCH_CHARS = batch_chars
    try:
        batched = tokens.tokenise(articles)
    finally:
        tokens.TOKENIZE_BATCH_CHARS = saved
    for name in ("offsets", "starts", "ends", "hashes", "spellings", "line_start", "gaps",
                 "quote_first", "quote_end", "initials"):
        assert np.array_equal(getattr(whole, name), getattr(batched, name)), name
        assert getattr(whole, name).dtype == getattr(batched, name).dtype


def test_a_worker_s_exception_is_raised_as_in_process_and_no_worker_is_left(
        forks: list[int], tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(ValueError, match=r"chunk [0-5] is bad"):
        ForkPool(3).map(_fail_in_the_second_worker, _shared(tmp_path, 2), list(range(6)))
    assert time.monotonic() - started < 30  # the sleeping sibling was stopped, not waited for
    assert len(forks) == 2
    assert all(_gone(pid) for pid in forks)


def test_an_exception_here_stops_the_workers(forks: list[int], tmp_path: Path) -> None:
    def fail_here(shared: Shared, chunk: int) -> int:  # (only this process can run a closure)
        _sleep(shared, chunk)
        raise ValueError("bad here")

    started = time.monotonic()
    with pytest.raises(ValueError, match="bad here"):
        ForkPool(2).map(fail_here, _shared(tmp_path, 1), list(range(4)))
    assert time.monotonic() - started < 30
    assert len(forks) == 1 and all(_gone(pid) for pid in forks)


def test_an_exception_that_cannot_be_pickled_arrives_as_its_message(forks: list[int],
                                                                     tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="_Unpicklable: cannot travel"):
        ForkPool(2).map(_raise_unpicklable, _shared(tmp_path, 1), [1, 2])
    assert all(_gone(pid) for pid in forks)


def test_a_worker_that_dies_is_an_error_not_a_hang(forks: list[int], tmp_path: Path) -> None:
    with pytest.raises(WorkerFailed):
        ForkPool(2).map(_die, _shared(tmp_path, 1), list(range(4)))
    assert all(_gone(pid) for pid in forks)


def test_cancelling_stops_the_workers_at_once_and_reaps_them(forks: list[int],
                                                             tmp_path: Path) -> None:
    shared = _shared(tmp_path, 2)

    def check() -> None:
        # Cancel once both workers are busy (they note their pid before sleeping).
        if len(list(shared[1].iterdir())) == 2:
            raise Cancelled()

    started = time.monotonic()
    with pytest.raises(Cancelled):
        ForkPool(3).map(_sleep, shared, [1, 2, 3], check)
        pytest.fail("not cancelled")
    assert time.monotonic() - started < 30  # the workers sleep 60 s each
    busy = sorted(int(path.name) for path in shared[1].iterdir())
    assert busy == sorted(forks)
    assert all(_gone(pid) for pid in busy)


def test_a_cancelled_engine_run_stops_between_pools_and_leaves_no_worker(
        forks: list[int], small_chunks: None) -> None:
    token = CancelToken()

    def progress(fraction: float) -> None:
        if fraction >= 0.7:  # tokenised (with the pool), about to align
            token.cancel()

    with pytest.raises(Cancelled):
        find_shared_passages(sample_articles(), progress=progress, cancel=token,
                             mapper=ForkPool(2))
    # (the tokenising, chaining and fragments' workers; no aligning worker)
    assert len(forks) == 3
    assert all(_gone(pid) for pid in forks)


def test_cancelling_before_the_pool_starts_forks_nothing(forks: list[int]) -> None:
    def cancelled() -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        ForkPool(2).map(_add, 0, [1, 2, 3], cancelled)
    assert forks == []


def test_no_fork_while_another_thread_runs(forks: list[int]) -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert ForkPool(2).map(_add, 1, [1, 2, 3]) == [2, 3, 4]
        assert isinstance(default_mapper(10**9), InProcess)
    finally:
        release.set()
        other.join()
    assert forks == []


def test_no_fork_once_qt_is_loaded(forks: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "QT_MODULES", ("PySide6", "shiboken6"))
    monkeypatch.setitem(sys.modules, "PySide6", type(sys)("PySide6"))
    assert ForkPool(2).map(_add, 1, [1, 2, 3]) == [2, 3, 4]
    assert forks == []


def test_the_window_s_thread_backend_never_forks(forks: list[int], small_chunks: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "POOL_THRESHOLD_CHARS", 0)
    monkeypatch.setenv(workers.WORKERS_VARIABLE, "2")
    request = AlignmentRequest(0, tuple(sample_articles()))
    prepared = InThreadAligner().submit(request).result(TIMEOUT)
    assert prepared.result == find_shared_passages(request.articles, mapper=IN_PROCESS)
    assert forks == []


def test_the_default_mapper_follows_size_and_the_workers_variable(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "QT_MODULES", ())  # pytest-qt imported it; see `forks`
    monkeypatch.setenv(workers.WORKERS_VARIABLE, "3")
    large = default_mapper(workers.POOL_THRESHOLD_CHARS)
    assert isinstance(large, ForkPool) and large.workers == 3
    assert default_mapper(workers.POOL_THRESHOLD_CHARS - 1) is IN_PROCESS
    monkeypatch.setenv(workers.WORKERS_VARIABLE, "1")
    assert default_mapper(10**9) is IN_PROCESS
    monkeypatch.setenv(workers.WORKERS_VARIABLE, "many")  # not a number: the cores
    assert workers.configured_workers() == workers.available_cores()


def test_a_large_folder_loads_alike_on_the_workers(tmp_path: Path, forks: list[int],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Files read by the workers give the same articles, ids and problems, in the same order,
    as files read here: bad files, a name twice and a link to a file already loaded included."""
    from viewer.loading import load_paths

    monkeypatch.setattr("viewer.loading.LOAD_CHUNK_FILES", 7)
    folder = tmp_path / "articles"
    folder.mkdir()
    for k in range(40):
        (folder / f"story-{k:02d}.txt").write_text(
            f"Story {k}\n\nThe river rose {k} feet overnight in the valley town.", encoding="utf-8")
    (folder / "story-05-binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "story-06-empty.txt").write_bytes(b"")
    (folder / "story-07-link.txt").symlink_to(folder / "story-07.txt")
    other = tmp_path / "other"
    other.mkdir()
    (other / "story-01.txt").write_text("Another story one.", encoding="utf-8")
    named = [folder, other, folder / "story-03.txt"]
    here = load_paths(named, taken_ids={"story-02"})
    assert not forks
    pooled = load_paths(named, taken_ids={"story-02"}, mapper=ForkPool(2))
    assert forks  # the folder's files were read by workers
    assert pooled == here
    assert len(here.articles) == 41 and len(here.problems) == 2
