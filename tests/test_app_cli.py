"""The window's command line keeps the CLI contract: bad files are one line on stderr naming the
file, a screenshot run with nothing usable exits 2, and no traceback or Qt noise is printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _run_viewer(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "viewer", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def test_screenshot_with_only_unusable_files_exits_2_naming_each(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    missing = tmp_path / "gone.txt"
    out = tmp_path / "shot.png"

    run = _run_viewer("--screenshot", str(out), str(binary), str(missing))

    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert any(str(binary) in line and "binary data" in line for line in lines)
    assert any(str(missing) in line and "no such file" in line for line in lines)
    assert all(line.startswith("parallax: ") for line in lines), run.stderr
    assert not out.exists()


def test_screenshot_reports_a_bad_file_and_still_renders_the_good_ones(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "shot.png"

    run = _run_viewer("--screenshot", str(out), str(REPO / "seeds"), str(binary))

    assert run.returncode == 0, run.stderr
    assert run.stderr.strip().splitlines() == [
        f"parallax: {binary}: binary data, not text (save the article as .txt, .md or .html)"
    ]
    assert out.read_bytes().startswith(b"\x89PNG")
