"""A fault the fault matrix left alone and session 14 fixed in the job layer: a process killed
while the window aligns a folder it has loaded (the out-of-memory killer, a user's `kill`) --
a worker process of the alignment's child, or the child itself. The window said "Background work
failed: RuntimeError: WorkerFailed: a worker process ended unexpectedly" and left the articles
unaligned. Now the alignment is retried once, in one process with no workers (the least memory);
if that process is killed too, the status bar says so in one line.

Real processes: a `Session` (the window's loads and alignments, without Qt) in a fresh
interpreter, whose alignment runs in a child process that forks real workers; a worker (or, the
second time, the child itself) sends itself SIGKILL when it starts tokenising, so the test does
not race the clock. The child is forked rather than served by the fork server, so that it
inherits the function that kills it; the rest is the window's code path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from viewer.jobs.child_process import DIED_TWICE

REPO = Path(__file__).resolve().parent.parent

_SESSION_WITH_KILLED_PROCESSES = textwrap.dedent("""
    import json, multiprocessing, os, signal, sys, time
    from pathlib import Path
    import viewer.engine.tokens as tokens
    import viewer.workers as workers
    from viewer.jobs import child_process
    from viewer.jobs.choice import Backends
    from viewer.session import PostQueue, Session

    workers.POOL_THRESHOLD_CHARS = 0  # workers for this small folder too
    tokens.TOKENIZE_BATCH_CHARS = 200  # several batches to share out among them
    child_process._context = lambda: multiprocessing.get_context("fork")
    window = os.getpid()
    tokenise = tokens._tokenise_batch
    killed = sys.argv[2]  # "workers": the child's workers; "every": any process but this one

    def tokenise_or_die(*args):
        if os.getpid() != window and (killed == "every" or os.getppid() != window):
            os.kill(os.getpid(), signal.SIGKILL)
        return tokenise(*args)

    tokens._tokenise_batch = tokenise_or_die
    post = PostQueue()
    session = Session(backends=Backends(process_threshold_chars=0), post=post)
    messages = []
    session.message.connect(lambda text, *_: messages.append(text))
    session.open_paths([Path(sys.argv[1])], reveal=False)
    deadline = time.monotonic() + 100
    while time.monotonic() < deadline and (session.busy or not messages):
        post.run_pending(timeout=0.05)
    session.close()
    result = session.workspace.result
    print(json.dumps({"messages": messages, "articles": len(session.workspace.corpus),
                      "passages": None if result is None else len(result.passages)}))
""")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    shared = ("The ministry said in a statement that all of the missiles had been launched from "
              "inside the country and that no one at the base was hurt in the attack.")
    for k in range(6):
        (folder / f"a{k}.txt").write_text(f"title: Report {k}\n\nReporter {k} wrote this. "
                                          f"{shared} Article {k} ends here.\n", encoding="utf-8")
    return folder


def _window(folder: Path, killed: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PARALLAX_WORKERS": "2"}
    env.pop("PYTEST_CURRENT_TEST", None)
    done = subprocess.run([sys.executable, "-c", _SESSION_WITH_KILLED_PROCESSES, str(folder),
                           killed], capture_output=True, text=True, timeout=150, cwd=REPO,
                          env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    outcome: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return outcome


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers, SIGKILL")
def test_an_alignment_whose_worker_is_killed_is_retried_and_shown(tmp_path: Path) -> None:
    outcome = _window(_folder(tmp_path), "workers")
    messages = outcome["messages"]
    assert isinstance(messages, list)
    assert not any("failed" in message.lower() for message in messages), messages
    assert outcome["articles"] == 6
    assert outcome["passages"] == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers, SIGKILL")
def test_a_retry_killed_too_is_said_in_one_line_and_the_articles_stay(tmp_path: Path) -> None:
    outcome = _window(_folder(tmp_path), "every")
    messages = outcome["messages"]
    assert isinstance(messages, list)
    assert messages[-1] == DIED_TWICE
    assert not any("Background work failed" in message for message in messages), messages
    assert outcome["articles"] == 6
    assert outcome["passages"] is None  # never aligned: no result, and none pretended
