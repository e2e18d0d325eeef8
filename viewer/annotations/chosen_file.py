"""The annotation file a corpus uses when the user chose another than its own.

A folder of articles keeps its annotations in its own file (`location.default_annotation_file`).
File › Open annotations… and Save annotations as… move the window to another file; the choice
is remembered beside the own file, so the next start (and `parallax annotations import` without
`--into`) uses the file the work went on in, not the own file left behind:

    DATA_DIR/annotations/<corpus>-<hash>.jsonld          the corpus's own file
    DATA_DIR/annotations/<corpus>-<hash>.jsonld.chosen   the path of the file chosen instead

The record holds the path's bytes (`os.fsencode`, so a file name that is not UTF-8 comes back
as it was) and is written atomically. A chosen file that is not there is not guessed at: the
own file is used meanwhile and the caller is given one line saying so; the record stays (a drive
not plugged in yet comes back), until the user opens or saves another file.
No Qt here.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from viewer.printable import printable
from viewer.safe_files import atomic_write_bytes, read_bytes

CHOSEN_SUFFIX = ".chosen"
_RECORD_LIMIT = 64 * 1024
"""A path longer than this is no record Parallax wrote."""


def choice_record(own_file: Path) -> Path:
    """Where the choice of another file for the corpus of `own_file` is kept."""
    return own_file.with_name(own_file.name + CHOSEN_SUFFIX)


def file_in_use(own_file: Path) -> tuple[Path, str | None]:
    """The annotation file the corpus of `own_file` uses, and a line for the user when a file
    chosen earlier could not be used (None when all is as it was left)."""
    record = choice_record(own_file)
    try:
        data = read_bytes(record, _RECORD_LIMIT)
    except FileNotFoundError:
        return own_file, None
    except OSError as error:
        return own_file, (f"{printable(str(record))}: the annotation file chosen earlier could "
                          f"not be read ({error.strerror or error}); using "
                          f"{printable(str(own_file))}")
    chosen = Path(os.fsdecode(data.rstrip(b"\n")))
    if not chosen.is_absolute():
        return own_file, None  # not a record Parallax wrote: the own file, as without one
    if chosen.is_file():
        return chosen, None
    # (the record is kept: a drive not plugged in yet, a share not mounted, comes back; the
    # user's Open or Save annotations as… replaces it)
    return own_file, (f"{printable(str(chosen))}: the annotation file opened last time is not "
                      f"there (moved, deleted, or on a drive not mounted?); using "
                      f"{printable(str(own_file))} meanwhile (File › Open annotations… opens "
                      "another)")


def remember_choice(own_file: Path, chosen: Path) -> None:
    """The corpus of `own_file` now uses `chosen` (its own file again: the record goes).
    Raises OSError when the record cannot be written."""
    chosen = Path(os.path.abspath(chosen))
    if chosen == Path(os.path.abspath(own_file)):
        forget_choice(own_file)
        return
    record = choice_record(own_file)
    record.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(record, os.fsencode(chosen) + b"\n")


def forget_choice(own_file: Path) -> None:
    """The corpus of `own_file` uses its own file again (a record that cannot be removed is
    left: the next start says the file is not there, or uses it)."""
    with contextlib.suppress(OSError):
        choice_record(own_file).unlink()
