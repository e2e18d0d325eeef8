"""Issue 12, the command line: no display, and one line per problem (naming the file) on stderr.

Real processes with a real environment: `python -m viewer` started with no DISPLAY, and
`parallax align` / `export` given every kind of bad input at once.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from viewer.cli import no_display

REPO = Path(__file__).resolve().parent.parent
BODY = ("Iran launched more than a dozen ballistic missiles at two bases in Iraq.\n"
        "The Pentagon said the strikes began at about 5:30 p.m. Eastern time.\n")


def run(args: list[str | bytes], env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    environment.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run([sys.executable, *args], capture_output=True, timeout=60,
                          env=environment, cwd=REPO, check=False)


def test_no_display_exits_at_once_with_one_line_and_loads_no_qt() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    probe = ("import sys; from viewer.cli import main; code = main(sys.argv[1:]); "
             "print(code, 'PySide6' in sys.modules)")
    for args in ([], ["seeds"]):
        done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True,
                              timeout=60, env={**env, "PYTHONPATH": str(REPO)}, cwd=REPO,
                              check=False)  # the old code never returned
        assert done.stdout.decode().split() == ["1", "False"]
        (line,) = done.stderr.decode().splitlines()
        assert line.startswith("parallax: no display to open the window on")
        assert "'parallax align' and 'parallax export' work without one" in line


def test_the_display_check_follows_the_environment() -> None:
    assert no_display({}, "linux") is not None
    assert no_display({"DISPLAY": ":0"}, "linux") is None
    assert no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display({}, "darwin") is None and no_display({}, "win32") is None


def test_every_bad_input_is_one_line_naming_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good-1.txt").write_text(BODY, encoding="utf-8")
    (folder / "good-2.txt").write_text(BODY, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    os.mkfifo(folder / "pipe.txt")
    (folder / "outside.txt").symlink_to("/etc/passwd")
    (folder / os.fsdecode(b"\x1b[31mred\xff.txt")).write_bytes(b"")
    missing = tmp_path / "missing.txt"
    done = run(["-m", "viewer", "align", os.fsencode(folder), os.fsencode(missing)])
    assert done.returncode == 0
    lines = done.stderr.decode("utf-8").splitlines()
    assert sorted(lines) == sorted([
        f"parallax: {folder}/\\x1b[31mred\\xff.txt: empty file",
        f"parallax: {folder}/binary.txt: binary file (a PNG image), not text",
        f"parallax: {folder}/empty.txt: empty file",
        f"parallax: {folder}/outside.txt: a link to /etc/passwd, outside the folder; skipped "
        "(open that file by name to use it)",
        f"parallax: {folder}/pipe.txt: a FIFO (named pipe), not a file; skipped",
        f"parallax: {missing}: no such file or folder",
    ])
    assert b"Traceback" not in done.stderr
