"""Real faults for tests: a read-only folder, a full small file system, an unprivileged child.

Tests run as root on CI, and root ignores permission bits, so a `chmod 0o555` folder is not
read-only for them. What is real instead, tried in order:
  * not root: the permission bits themselves;
  * root: a read-only bind mount of the folder onto itself (writes fail with EROFS), else an
    immutable folder (`chattr +i`, writes fail with EPERM), else the test is skipped;
  * a full disk: a tmpfs of a few kilobytes mounted on the folder (writes fail with ENOSPC);
    where mounting is not allowed the test is skipped (never faked);
  * `as_unprivileged(fn)`: as root, `fn` runs in a forked child that dropped to uid/gid 65534
    (nobody), so permission bits apply to it for real.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

NOBODY = 65534


def _run(*command: str) -> bool:
    if shutil.which(command[0]) is None:
        return False
    done = subprocess.run(command, capture_output=True, check=False)
    return done.returncode == 0


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Make `folder` (existing, with whatever it holds) read-only for this process; yields how.

    Files inside stay readable; creating, replacing or deleting entries fails.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if not is_root():
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield "permission bits"
        finally:
            folder.chmod(mode & 0o777)
        return
    if _run("mount", "--bind", str(folder), str(folder)):
        if _run("mount", "-o", "remount,bind,ro", str(folder)):
            try:
                yield "read-only bind mount"
            finally:
                _unmount(folder)
            return
        _unmount(folder)
    if _run("chattr", "+i", str(folder)):
        try:
            yield "immutable folder (chattr +i)"
        finally:
            _run("chattr", "-i", str(folder))
        return
    pytest.skip("cannot make a folder read-only for root here (no mount, no chattr)")


@contextlib.contextmanager
def small_filesystem(folder: Path, size_kb: int = 64) -> Iterator[Path]:
    """A real file system of `size_kb` KB mounted on `folder` (root only); skips otherwise."""
    folder.mkdir(parents=True, exist_ok=True)
    if not is_root() or not _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755",
                                 "tmpfs", str(folder)):
        pytest.skip("cannot mount a small file system here (needs root and mount)")
    try:
        yield folder
    finally:
        _unmount(folder)


def fill_disk(path: Path) -> None:
    """Take every block the disk has left: write `path` until the file system refuses."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"f" * 4096)
    except OSError:
        pass  # full
    finally:
        os.close(fd)


def _unmount(folder: Path) -> None:
    if not _run("umount", str(folder)):
        _run("umount", "-l", str(folder))


def as_unprivileged(function: Callable[..., Any], *args: Any) -> Any:
    """`function(*args)` as a user whom permission bits apply to: as root, in a forked child
    that dropped to nobody; otherwise here. Its exception, if any, is raised here."""
    if not is_root():
        return function(*args)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            outcome: tuple[bool, Any] = (True, function(*args))
        except BaseException as error:  # handed to the parent to raise
            outcome = (False, error)
        try:
            payload = pickle.dumps(outcome)
        except Exception as error:
            payload = pickle.dumps((False, RuntimeError(f"unpicklable outcome: {error!r}")))
        with os.fdopen(write_end, "wb") as stream:
            stream.write(payload)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as stream:
        payload = stream.read()
    os.waitpid(pid, 0)
    ok, value = pickle.loads(payload)
    if not ok:
        raise value
    return value


@contextlib.contextmanager
def public_folder() -> Iterator[Path]:
    """A fresh folder anyone may enter (pytest's tmp_path is private to root, which would deny
    an unprivileged child for the wrong reason)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="parallax-faults-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def refuse_opening(monkeypatch: pytest.MonkeyPatch, refused: Path) -> None:
    """`os.open` of `refused` fails with "Permission denied", as for a file of mode 000 (root
    reads such a file: the refusal is made where the file is opened); every other file opens."""
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any) -> int:
        if Path(path) == refused:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
