"""File-system facts and steps shared by the article loader, the annotation store and projects:
what a special file is, in words, and making a rename in a folder durable. No Qt here."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path


def special_file_kind(mode: int) -> str | None:
    """"a FIFO (named pipe)", "a device" or "a socket" for such a file mode, else None."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


def resolved_path(path: Path) -> Path | None:
    """`path` with its links followed, or None where they cannot be: a link leading in a circle
    (such a path names no file to read; its one line is the loader's). A path that names
    nothing yet, or that this user cannot reach, is resolved as far as it goes."""
    # Strictly, because only then is a loop an error on every version: from Python 3.13 a
    # plain `resolve()` returns the loop's own path (before, it raised RuntimeError), while
    # strict resolving raises RuntimeError before 3.13 and OSError(ELOOP) from it.
    try:
        return path.resolve(strict=True)
    except RuntimeError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            return None
    except ValueError:  # (a NUL in the name)
        return None
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; not possible (nor needed) on every platform."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
