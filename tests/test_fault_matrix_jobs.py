"""A cell of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed and was
fixed in the job layer: the window SIGKILLed while its alignment ran in a child process. The
orphaned child's next progress message met a closed pipe and it printed a `BrokenPipeError`
traceback on the terminal the window was started from. Real processes, a real SIGKILL."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

_KILLED_WINDOW = textwrap.dedent("""
    import os, signal
    from benchmarks.synthetic import generate
    from viewer.jobs.child_process import ChildProcessAligner
    from viewer.jobs.request import AlignmentRequest

    def killed(_fraction):
        # The first progress message: the child is aligning. The window dies at once.
        os.kill(os.getpid(), signal.SIGKILL)

    ChildProcessAligner().submit(AlignmentRequest(0, generate(200).articles),
                                 killed).result(120)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL, fork server")
def test_the_alignment_child_of_a_killed_window_ends_without_a_traceback() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    # The child inherits stderr: `run` returns once the orphan has ended and closed it too.
    done = subprocess.run([sys.executable, "-c", _KILLED_WINDOW], capture_output=True,
                          text=True, timeout=120, cwd=REPO, env=env, check=False)
    assert done.returncode == -9
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr
