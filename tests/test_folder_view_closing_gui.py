"""A folder window's view that could not be written at close is said at the next start of the
same folders, among the notices (tester55b #3: it was said on stderr only, as the window went)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tests.faults import read_only_folder
from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.location import default_annotation_file, view_file
from widgets.folder_view_closing import UNSAVED_VIEWS_GROUP
from widgets.main_window import MainWindow

CORPUS = [Path("folder-under-test")]


def _start(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles),
                         settings=QSettings(str(tmp_path / "parallax.ini"),
                                            QSettings.Format.IniFormat))
    window.add_annotation_gui(corpus_paths=CORPUS, data_dir=tmp_path / "data")
    return window


def test_a_view_not_kept_at_close_is_said_at_the_next_start(qtbot, tmp_path: Path,
                                                           capsys) -> None:  # type: ignore[no-untyped-def]
    kept_in = view_file(default_annotation_file(CORPUS, tmp_path / "data"))
    window = _start(qtbot, tmp_path)
    shown_at_close = list(window.workspace.shown)
    asked: list[str] = []
    window.annotation_gui.folder_view.say_at_close = lambda _parent, line: asked.append(line)
    with read_only_folder(kept_in.parent):
        window.close()
        assert not kept_in.exists()
    assert "the view was not kept" in capsys.readouterr().err
    assert asked == []  # (noted for the next start instead: no box holds the close up)

    again = _start(qtbot, tmp_path)
    (line,) = again.notices.notes
    assert line.startswith(f"{kept_in}: the view at your last close (")
    assert "could not be kept there (" in line
    assert again.notices.lines == []  # (no file's problem)
    # Said once: the start after it says nothing more, and this close keeps the view.
    again.close()
    assert kept_in.exists()
    settings = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    settings.beginGroup(UNSAVED_VIEWS_GROUP)
    assert settings.childKeys() == []
    settings.endGroup()
    third = _start(qtbot, tmp_path)
    assert third.notices.notes == []
    assert list(third.workspace.shown) == shown_at_close


def test_where_the_note_cannot_be_kept_a_box_says_it_at_close(
        qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Review of dbc43db: the box's path could not be reached off screen, so no test could
    fail on it. The settings file read-only too: the note cannot wait for the next start."""
    kept_in = view_file(default_annotation_file(CORPUS, tmp_path / "data"))
    window = _start(qtbot, tmp_path)
    asked: list[str] = []
    closing = window.annotation_gui.folder_view
    closing.say_at_close = lambda _parent, line: asked.append(line)
    closing.user_at_screen = lambda: True  # (as on a screen a user looks at)
    kept_in.parent.mkdir(parents=True)
    with read_only_folder(tmp_path):  # (the settings file's folder, and the data folder)
        window.close()
    (line,) = asked
    assert line.startswith(f"{kept_in}: the view was not kept (")
    assert "the view was not kept" in capsys.readouterr().err


def test_two_processes_noting_views_not_kept_keep_both_notes(tmp_path: Path) -> None:
    """Review of dbc43db: the notes were one JSON value under one key, read at start and
    written at close, so a second process's close wrote over the first's note."""
    import subprocess
    import sys
    from datetime import datetime

    from widgets.folder_view_closing import note_view_not_kept, take_view_note

    ini = tmp_path / "parallax.ini"
    mine, theirs = tmp_path / "a.view.json", tmp_path / "b.view.json"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.value("anything")  # (this process has read its settings: they are cached)
    other = ("from datetime import datetime; from pathlib import Path; "
             "from PySide6.QtCore import QSettings; "
             "from widgets.folder_view_closing import note_view_not_kept; "
             f"assert note_view_not_kept(QSettings({str(ini)!r}, QSettings.Format.IniFormat), "
             f"Path({str(theirs)!r}), 'No space left on device', datetime(2024, 3, 6))")
    subprocess.run([sys.executable, "-c", other], check=True, cwd=Path(__file__).parent.parent,
                   timeout=60)
    assert note_view_not_kept(settings, mine, "Read-only file system", datetime(2024, 3, 5))
    fresh = QSettings(str(ini), QSettings.Format.IniFormat)
    assert "(Read-only file system)" in (take_view_note(fresh, mine) or "")
    assert "(No space left on device)" in (take_view_note(fresh, theirs) or "")
    assert take_view_note(fresh, mine) is None  # (said once)


def test_a_kept_view_that_cannot_be_read_is_a_notice_and_kept_aside_at_close(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A tester's report: a kept view nested 100,000 deep was silently read as none and
    replaced at close. The start says so among the notices; the close keeps it as .bak."""
    kept_in = view_file(default_annotation_file(CORPUS, tmp_path / "data"))
    kept_in.parent.mkdir(parents=True)
    damaged = b"[" * 100_000 + b"]" * 100_000
    kept_in.write_bytes(damaged)
    window = _start(qtbot, tmp_path)
    (line,) = window.notices.notes
    assert line.startswith(f"{kept_in}: the view kept for these folders could not be read "
                           "(nested too deeply to read)")
    window.close()
    assert kept_in.with_name(kept_in.name + ".bak").read_bytes() == damaged
    assert kept_in.read_bytes() != damaged
