"""The notes on folder views not written at close (viewer.folder_view), without Qt."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from viewer.folder_view import noted_unsaved, take_unsaved_note


def test_a_view_not_written_is_said_once_for_its_own_folders() -> None:
    mine, theirs = Path("/data/a-1.view.json"), Path("/data/b-2.view.json")
    records = noted_unsaved("", mine, "Read-only file system", datetime(2024, 3, 5, 17, 4, 33))
    records = noted_unsaved(records, theirs, "No space left on device", datetime(2024, 3, 6))
    line, rest = take_unsaved_note(records, mine)
    assert line == (f"{mine}: the view at your last close (2024-03-05 17:04) could not be kept "
                    "there (Read-only file system); the panes, selected passage, colours and "
                    "removed articles are those kept before it, if any")
    assert take_unsaved_note(rest, mine) == (None, rest)  # (said once)
    line, rest = take_unsaved_note(rest, theirs)
    assert line is not None and "No space left on device" in line
    assert rest == ""


def test_damaged_notes_say_nothing() -> None:
    assert take_unsaved_note("{not json", Path("/x.view.json")) == (None, "{not json")
    assert take_unsaved_note("[1, 2]", Path("/x.view.json")) == (None, "[1, 2]")
    assert take_unsaved_note(noted_unsaved("[1]", Path("/x"), "why", datetime(2024, 1, 1)),
                             Path("/x"))[0] is not None
