"""Cells of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed and were
fixed for `parallax --screenshot OUT`: OUT a FIFO waited for a reader forever (Qt opened it
itself), and on a full disk a cut-off image replaced the file that was there (plus a stray
"libpng error" line). The image is now encoded in memory and written whole or not at all.
Real processes, a real FIFO, a real full tmpfs (tests/faults.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from viewer.screenshot import write_screenshot

from .faults import fill_disk, read_only_folder, small_filesystem

REPO = Path(__file__).resolve().parent.parent


def _screenshot(out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run([sys.executable, "-m", "viewer", "--screenshot", str(out),
                           str(REPO / "seeds")], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def test_a_screenshot_onto_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "shot.png"
    os.mkfifo(fifo)
    run = _screenshot(fifo)  # the old code never returned (timeout)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"parallax: {fifo}: a FIFO (named pipe); refusing to replace it with a file; "
        "the screenshot was not saved"]


def test_a_screenshot_on_a_full_disk_keeps_the_old_image(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with small_filesystem(disk, size_kb=64):
        old = disk / "shot.png"
        old.write_bytes(b"the user's earlier image")
        fill_disk(disk / "filler")
        run = _screenshot(old)
        assert run.returncode == 1
        assert run.stderr.splitlines() == [
            f"parallax: {old}: could not save the screenshot (No space left on device)"]
        assert old.read_bytes() == b"the user's earlier image"
        assert sorted(os.listdir(disk)) == ["filler", "shot.png"]


def test_a_screenshot_into_a_read_only_folder_is_one_file_problem_line(tmp_path: Path) -> None:
    """tester56 #14: a failed save was said in the usage-error form, "parallax: error: ...",
    as if the command line were wrong; it is the file's problem, "parallax: FILE: reason"."""
    folder = tmp_path / "shots"
    with read_only_folder(folder):
        run = _screenshot(folder / "shot.png")
    assert run.returncode == 1
    (line,) = run.stderr.splitlines()
    assert line.startswith(f"parallax: {folder / 'shot.png'}: could not save the screenshot (")


def test_write_screenshot_writes_whole_bytes(tmp_path: Path) -> None:
    assert write_screenshot(tmp_path / "a.png", b"\x89PNG data") is None
    assert (tmp_path / "a.png").read_bytes() == b"\x89PNG data"
    assert write_screenshot(tmp_path / "missing" / "a.png", b"x") is not None
