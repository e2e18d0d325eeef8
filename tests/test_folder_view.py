"""The notes on folder views not written at close (viewer.folder_view), without Qt."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from viewer.folder_view import unsaved_key, unsaved_line, unsaved_record


def test_a_view_not_written_is_said_for_its_own_folders() -> None:
    mine, theirs = Path("/data/a-1.view.json"), Path("/data/b-2.view.json")
    assert unsaved_key(mine) != unsaved_key(theirs)  # (one settings key each)
    record = unsaved_record(mine, "Read-only file system", datetime(2024, 3, 5, 17, 4, 33))
    assert unsaved_line(record, mine) == (
        f"{mine}: the view at your last close (2024-03-05 17:04) could not be kept there "
        "(Read-only file system); the panes, selected passage, colours and removed articles "
        "are those kept before it, if any")
    assert unsaved_line(record, theirs) is None


def test_damaged_notes_say_nothing() -> None:
    view = Path("/x.view.json")
    assert unsaved_line("{not json", view) is None
    assert unsaved_line("[1, 2]", view) is None
    # (nested past the parser's depth: RecursionError, not ValueError)
    assert unsaved_line("[" * 200000, view) is None
    # (a path that is not UTF-8, a Linux name in Latin-1 bytes: kept by JSON's escapes)
    latin = Path("/data/caf\udce9.view.json")
    assert unsaved_line(unsaved_record(latin, "why", datetime(2024, 1, 1)), latin) is not None
