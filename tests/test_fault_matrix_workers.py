"""A cell of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed and was
fixed: a worker process SIGKILLed (the out-of-memory killer, a user's `kill`) while `parallax
align` read a large folder was reported as "internal error: WorkerFailed ...", as if Parallax
had a bug. A real `parallax align` process whose worker really dies of SIGKILL (the kill is
sent by the worker itself, on its first chunk, so the test does not race the clock)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

_ALIGN_WITH_A_KILLED_WORKER = textwrap.dedent("""
    import os, signal, sys
    import viewer.loading as loading
    import viewer.workers as workers
    from viewer.cli import main

    workers.POOL_THRESHOLD_CHARS = 0  # the pool for this small folder too
    parent = os.getpid()
    read_chunk = loading._load_chunk

    def killed_in_a_worker(max_bytes, files):
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return read_chunk(max_bytes, files)

    loading._load_chunk = killed_in_a_worker
    sys.exit(main(["align", sys.argv[1]]))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers, SIGKILL")
def test_a_killed_worker_is_said_as_such_not_as_an_internal_error(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for k in range(1200):  # enough files for the loader to use the workers
        (folder / f"a{k:04d}.txt").write_text(f"Article {k} says the bridge reopens.\n")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PARALLAX_WORKERS": "2"}
    env.pop("PYTEST_CURRENT_TEST", None)
    done = subprocess.run([sys.executable, "-c", _ALIGN_WITH_A_KILLED_WORKER, str(folder)],
                          capture_output=True, text=True, timeout=120, cwd=REPO, env=env,
                          check=False)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "parallax: a worker process ended unexpectedly (killed, or out of memory); nothing was "
        "written -- run the command again, or with PARALLAX_WORKERS=1 to use no worker "
        "processes"]
    assert done.stdout == ""
