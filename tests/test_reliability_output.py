"""Standard output that fills up: `parallax align --json > out.json` on a full disk is an error.

Python's text layer drops the short count a buffered writer returns when the disk fills in the
middle of a large write, so the commands wrote part of their output and exited 0 as if all of
it were there. Made for real with a small tmpfs (root, tests/faults.py) and, everywhere, with
an output whose writes stop short.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.commands.common import EXIT_FAILURE, EXIT_OK, write_output

from .faults import small_filesystem

REPO = Path(__file__).resolve().parent.parent


class _FillingRaw(io.RawIOBase):
    """A file on a disk with `room` bytes left: a write takes what fits, the next one fails."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
        if not self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        taken = bytes(data[: self.room])
        self.data += taken
        self.room -= len(taken)
        return len(taken)


def test_a_short_write_is_an_error_not_a_truncated_success(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    raw = _FillingRaw(room=5000)
    stream = io.TextIOWrapper(io.BufferedWriter(raw, buffer_size=1024), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    assert write_output("x" * 100_000 + "\n") == EXIT_FAILURE
    monkeypatch.undo()
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("parallax: standard output: could not be written (No space left")
    assert len(raw.data) <= 5000


def test_a_whole_write_is_ok(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _FillingRaw(room=10**6)
    stream = io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    assert write_output("ü" * 100_000) == EXIT_OK
    assert write_output(b"bytes") == EXIT_OK
    assert bytes(raw.data) == "ü".encode() * 100_000 + b"bytes"


def test_an_output_in_pieces_is_written_in_order_and_a_full_disk_stops_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`align --json` hands its output over as pieces (never one string of it all)."""
    pieces_given: list[str] = []

    def pieces():  # type: ignore[no-untyped-def]
        for piece in ("{", "ä" * 20_000, "}\n"):
            pieces_given.append(piece)
            yield piece

    raw = _FillingRaw(room=10**6)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-8"))
    assert write_output(pieces()) == EXIT_OK
    assert bytes(raw.data) == ("{" + "ä" * 20_000 + "}\n").encode()
    full = _FillingRaw(room=100)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(full), encoding="utf-8"))
    pieces_given.clear()
    assert write_output(pieces()) == EXIT_FAILURE
    monkeypatch.undo()
    assert pieces_given == ["{", "ä" * 20_000]  # stopped at the failing piece, not carried on
    assert "No space left" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["align", "--json"], ["figures", "--json"],
                                     ["export"]])
def test_commands_writing_onto_a_full_disk_exit_1_with_one_line(
        tmp_path: Path, command: list[str]) -> None:
    if command[0] == "export":
        annotations = tmp_path / "notes.jsonld"
        annotations.write_text('{"type": "Annotation", "target": "urn:x", '
                               '"body": {"type": "TextualBody", "value": "'
                               + "n" * 60_000 + '"}}', encoding="utf-8")
        command = ["export", str(annotations), "--format", "jsonld"]
    disk = tmp_path / "disk"
    with small_filesystem(disk, size_kb=16):
        (disk / "filler").write_bytes(b"f" * 12 * 1024)  # 4 KB left: less than each output
        with open(disk / "out", "wb") as out:
            done = subprocess.run([sys.executable, "-m", "viewer", *command], stdout=out,
                                  stderr=subprocess.PIPE, cwd=REPO, timeout=120, check=False,
                                  env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == EXIT_FAILURE  # was 0, with the first 4 KB in the file
    lines = done.stderr.decode().splitlines()
    assert lines[-1] == ("parallax: standard output: could not be written (No space left on "
                         "device); the output is incomplete")
    assert b"Traceback" not in done.stderr
