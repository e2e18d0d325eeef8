"""Quality gates the suite enforces: ruff and mypy clean, configured in pyproject.toml, and
`mypy --strict` clean on the core."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=600,
        stdin=subprocess.DEVNULL, env={**os.environ, "NO_COLOR": "1"},
    )


def test_ruff_is_clean() -> None:
    result = _run("ruff", "check", "--no-fix", ".")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_mypy_is_clean() -> None:
    # Packages and options come from [tool.mypy] in pyproject.toml.
    result = _run("mypy")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_the_core_is_mypy_strict_clean() -> None:
    # The command line's own --strict, so the check does not depend on the per-module flags in
    # pyproject.toml staying a faithful copy of it.
    result = _run("mypy", "--strict", "-p", "viewer")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


MAX_MODULE_LINES = 400
"""The house's limit on a module's length (split one before it passes, by a coherent piece):
a module that grows past it has taken on a second job."""


def test_no_module_of_the_core_or_the_widgets_passes_the_size_limit() -> None:
    too_long = {str(path.relative_to(REPO)): lines
                for package in ("viewer", "widgets") for path in (REPO / package).rglob("*.py")
                if (lines := len(path.read_text(encoding="utf-8").splitlines()))
                > MAX_MODULE_LINES}
    assert not too_long, too_long
