"""`parallax align` on the samples is byte for byte what it was: golden files in tests/data/.

The files were written by the code before the entry points moved (issue 11), with
`cd REPO && python -m viewer align [--json] seeds > tests/data/align_samples.{json,txt}`.
A deliberate change of the output (a new JSON version, a better engine) regenerates them the
same way, in the commit that makes the change, with the reason in its message.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"


@pytest.mark.parametrize(("options", "golden"), [(["--json"], "align_samples.json"),
                                                   ([], "align_samples.txt")])
def test_align_on_the_samples_is_byte_for_byte_the_golden_file(
    options: list[str], golden: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "align", *options, "seeds"],
        cwd=REPO, env=env, capture_output=True, timeout=300, stdin=subprocess.DEVNULL,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    expected = (DATA / golden).read_bytes()
    assert len(expected) > 1000
    assert result.stdout == expected
