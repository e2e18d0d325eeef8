"""The set's annotations and the undo steps' held values re-anchored together, in steps, as a job
in a child process, and only the newest request's outcome handed back (no Qt)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

from tests.test_reliability_reanchoring import hostile
from viewer.annotations.held_anchors import follow_reanchoring, reanchor_with_held
from viewer.annotations.model import Annotation
from viewer.annotations.reanchor_job import CHILD_NAME, ReanchorOutcome, ReanchorRequest
from viewer.annotations.reanchoring import anchor_in_steps
from viewer.session_jobs import PostQueue
from viewer.session_reanchoring import SessionReanchoring

WAIT_SECONDS = 120.0


def expected(annotations: list[Annotation], held: list[Annotation], articles) -> tuple:
    after = anchor_in_steps(annotations, articles)
    assert after is not None

    def anchor(others):
        anchored = anchor_in_steps(others, articles)
        assert anchored is not None
        return anchored

    return tuple(after), tuple(follow_reanchoring(held, annotations, after, anchor))


def a_request(count: int = 40, seed: int = 7, generation: int = 1) -> ReanchorRequest:
    """Half the annotations in the set, the other half (and the set's first few, as an edit's
    before) held by undo steps, on texts edited since."""
    made, articles = hostile(count, seed)
    live, deleted = made[: count // 2], made[count // 2 :]
    return ReanchorRequest(tuple(articles), tuple(live), tuple(deleted + live[:3]), generation)


def children() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.name == CHILD_NAME]


def service_in_a_child() -> tuple[PostQueue, SessionReanchoring]:
    """A re-anchoring service posting to a queue of its own, with no time on the calling
    thread: every request a job in a child process at once."""
    post = PostQueue()
    service = SessionReanchoring(post)
    service.budget_seconds = -1.0
    return post, service


def run_until(post: PostQueue, done, timeout: float = WAIT_SECONDS) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        post.run_pending(timeout=0.05)


def test_the_set_and_the_held_values_are_reanchored_together_with_progress():
    request = a_request()
    shares: list[float] = []
    reanchored = reanchor_with_held(request.annotations, request.held, request.articles,
                                    progress=shares.append)
    assert reanchored is not None
    assert (reanchored.annotations, reanchored.held) == expected(
        list(request.annotations), list(request.held), request.articles)
    assert reanchored.changed
    assert shares == sorted(shares) and shares[-1] == 1.0 and len(shares) > 1


def test_cancelled_while_the_held_values_are_reanchored_gives_nothing():
    request = a_request()
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        # Past the set's annotations (two steps each), into the held values.
        return asked > 2 * len(request.annotations) + 3

    assert reanchor_with_held(request.annotations, request.held, request.articles,
                              cancelled=cancelled) is None


def test_a_large_request_runs_as_a_job_in_a_child_and_its_outcome_comes_back_posted():
    post, service = service_in_a_child()
    finished: list[ReanchorOutcome] = []
    shares: list[float] = []
    service.finished.connect(finished.append)
    service.progress.connect(shares.append)
    request = a_request()
    assert service.start(request) is None and service.busy
    run_until(post, lambda: bool(finished))
    (outcome,) = finished
    assert outcome.request is request and outcome.problem is None
    assert (outcome.reanchored.annotations, outcome.reanchored.held) == expected(
        list(request.annotations), list(request.held), request.articles)
    assert not service.busy and shares and shares == sorted(shares)
    run_until(post, lambda: not children(), timeout=10.0)


def test_a_small_request_is_done_at_once():
    """Within its budget a request is done on the caller's thread (the budget is unlimited
    here so that no machine, however loaded, can make the test fail: the test is not timed)."""
    service = SessionReanchoring(PostQueue())
    service.budget_seconds = float("inf")
    request = a_request(4)
    outcome = service.start(request)
    assert outcome is not None and not service.busy
    assert (outcome.reanchored.annotations, outcome.reanchored.held) == expected(
        list(request.annotations), list(request.held), request.articles)


def test_an_older_requests_outcome_is_dropped_even_when_it_arrives_first():
    """A newer set of articles makes the running re-anchoring void: its outcome, done and on
    its way to the session's thread, is never handed back."""
    post, service = service_in_a_child()
    finished: list[ReanchorOutcome] = []
    service.finished.connect(finished.append)
    older = a_request(generation=1)
    newer = a_request(seed=8, generation=2)
    service.start(older)
    assert service.join(WAIT_SECONDS)  # done: its outcome is posted, not yet handed back
    service.start(newer)
    run_until(post, lambda: bool(finished))
    post.run_pending(timeout=0.2)
    assert [outcome.request for outcome in finished] == [newer]


def test_cancel_ends_the_child_and_hands_nothing_back():
    post, service = service_in_a_child()
    finished: list[ReanchorOutcome] = []
    service.finished.connect(finished.append)
    service.start(a_request(400))
    run_until(post, lambda: bool(children()))
    service.cancel()
    assert not service.busy
    run_until(post, lambda: not children(), timeout=10.0)
    post.run_pending(timeout=0.2)
    assert finished == []


def test_busy_changed_says_when_a_job_runs_for_the_window_s_cancel():
    """The window shows its Cancel while a job runs: busy_changed says so when the first job
    starts and when the last ends (finished or cancelled), not when a newer request supersedes
    a running one."""
    post, service = service_in_a_child()
    said: list[bool] = []
    service.busy_changed.connect(said.append)
    service.start(a_request(400))
    service.start(a_request(400, seed=8))  # supersedes the first: still busy
    assert said == [True]
    service.cancel()
    service.cancel()  # nothing runs: nothing to say
    assert said == [True, False]
    run_until(post, lambda: not children(), timeout=10.0)
    post.run_pending(timeout=0.2)  # the cancelled jobs' ends are stale: nothing more said
    assert said == [True, False]
    finished: list[ReanchorOutcome] = []
    service.finished.connect(finished.append)
    service.start(a_request())
    run_until(post, lambda: bool(finished))
    assert said == [True, False, True, False] and not service.busy
    service.budget_seconds = float("inf")  # done at once: no job, nothing said
    assert service.start(a_request(4)) is not None and said == [True, False, True, False]


def test_a_child_that_dies_is_followed_by_the_same_work_off_the_calling_thread():
    post, service = service_in_a_child()
    finished: list[ReanchorOutcome] = []
    service.finished.connect(finished.append)
    request = a_request()
    service.start(request)
    run_until(post, lambda: bool(children()))
    (child,) = children()
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)  # as the out-of-memory killer would
    run_until(post, lambda: bool(finished))
    (outcome,) = finished
    assert outcome.problem is not None and "ended unexpectedly" in outcome.problem
    assert (outcome.reanchored.annotations, outcome.reanchored.held) == expected(
        list(request.annotations), list(request.held), request.articles)
