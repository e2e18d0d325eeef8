"""Annotation saves killed mid-write (real forked processes) leave the old or the new file."""

from __future__ import annotations

import os
import random
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from viewer.annotations import store
from viewer.annotations.store import load_set, save_set

from .test_annotations_store import sample_set

# -- saves killed mid-write -------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_save_killed_at_random_moments_leaves_the_old_or_the_new_file(tmp_path):
    """Random kill moments explore the whole save; no count of them is required to land
    mid-write (under heavy load the child may barely run before the kill): the test below
    kills at chosen moments inside the write, which always happens."""
    small, big = sample_set(tmp_path, 400), sample_set(tmp_path, 450)
    path = tmp_path / "killed.jsonld"
    save_set(small, path)
    rng = random.Random(20261120)
    for _ in range(30):
        pid, signals = _saving_child(path, small, big, _slow_fsync)
        os.read(signals, 1)  # the child is about to save
        _sleep_briefly(rng.uniform(0.0, 0.08))
        _kill(pid, signals)
        _assert_old_or_new_and_count_temporaries(tmp_path, path)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("moment", ["half the bytes written", "syncing the new bytes"])
def test_a_save_killed_in_the_middle_of_writing_leaves_the_old_or_the_new_file(tmp_path,
                                                                               moment):
    small, big = sample_set(tmp_path, 400), sample_set(tmp_path, 450)
    path = tmp_path / "killed.jsonld"
    save_set(small, path)
    for _ in range(2):  # the second save of `big` has a backup to keep as well
        stop = _stop_half_way_through_write if moment.startswith("half") else _stop_in_fsync
        pid, signals = _saving_child(path, small, big, stop)
        os.read(signals, 1)  # the child is about to save
        assert os.read(signals, 1) == b"k"  # ...and now stands at the moment: kill it there
        _kill(pid, signals)
        # A temporary file left behind: the kill really cut a save in the middle.
        assert _assert_old_or_new_and_count_temporaries(tmp_path, path) > 0


def _saving_child(path: Path, small, big, patch_os: Callable[[int], None]) -> tuple[int, int]:
    """Fork a child that saves `big` and `small` alternately until killed, after
    `patch_os(signal_fd)` changed its `os` functions; returns its pid and the read end of its
    signal pipe (b"x" when it starts saving, b"k" from a patch that reached its moment)."""
    signals, child_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(signals)
            patch_os(child_end)
            os.write(child_end, b"x")
            while True:
                save_set(big, path)
                save_set(small, path)
        finally:
            os._exit(0)
    os.close(child_end)
    return pid, signals


def _kill(pid: int, signals: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(signals)


def _assert_old_or_new_and_count_temporaries(folder: Path, path: Path) -> int:
    """Check the file and its backup hold the old or the new set; remove and count the
    temporary files the killed save left."""
    assert len(load_set(path)) in (400, 450)
    if store.backup_path(path).exists():
        assert len(load_set(store.backup_path(path))) in (400, 450)
    temps = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    for temp in temps:
        temp.unlink()
    return len(temps)


def _slow_fsync(_signal_fd: int) -> None:
    """fsync on a slow disk: widens the moments when a kill lands mid-save."""
    real_fsync = os.fsync

    def slow_fsync(fd: int) -> None:
        _sleep_briefly(0.015)
        real_fsync(fd)

    os.fsync = slow_fsync  # type: ignore[assignment]


def _stop_half_way_through_write(signal_fd: int) -> None:
    """The first write of more than a few bytes puts out half of them, then waits to die."""
    real_write = os.write

    def half_write(fd: int, data: bytes) -> int:
        if fd == signal_fd or len(data) < 1000:
            return real_write(fd, data)
        real_write(fd, memoryview(data)[:len(data) // 2])
        _wait_to_be_killed(signal_fd)
        return 0

    os.write = half_write  # type: ignore[assignment]


def _stop_in_fsync(signal_fd: int) -> None:
    """The first fsync (of the new file's bytes, before it replaces the old one) never ends."""

    def stuck_fsync(_fd: int) -> None:
        _wait_to_be_killed(signal_fd)

    os.fsync = stuck_fsync  # type: ignore[assignment]


def _wait_to_be_killed(signal_fd: int) -> None:
    import select

    os.write(signal_fd, b"k")
    select.select([], [], [])


def _sleep_briefly(seconds: float) -> None:
    """Let the child run for `seconds` (the random moment of the kill)."""
    import select

    select.select([], [], [], seconds)
