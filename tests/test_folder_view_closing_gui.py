"""A folder window's view that could not be written at close is said at the next start of the
same folders, among the notices (tester55b #3: it was said on stderr only, as the window went)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tests.faults import read_only_folder
from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.location import default_annotation_file, view_file
from widgets.folder_view_closing import UNSAVED_VIEWS_KEY
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
    assert not settings.value(UNSAVED_VIEWS_KEY, "")
    third = _start(qtbot, tmp_path)
    assert third.notices.notes == []
    assert list(third.workspace.shown) == shown_at_close
