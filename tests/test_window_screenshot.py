"""`parallax --screenshot` writes the image type its extension names (issue 15)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "viewer", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_screenshot_jpg_writes_jpeg_bytes(tmp_path: Path) -> None:
    out = tmp_path / "shot.jpg"
    run = _run("--screenshot", str(out), str(REPO / "seeds"))
    assert run.returncode == 0, run.stderr
    assert out.read_bytes()[:3] == b"\xff\xd8\xff"  # JPEG's start-of-image marker, not PNG


def test_screenshot_with_an_unknown_extension_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "shot.gif"
    run = _run("--screenshot", str(out))
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parallax: error: --screenshot: shot.gif")
    assert not out.exists()
