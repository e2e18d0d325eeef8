"""A copy of a folder window's work to the new set of folders that failed (a read-only data
folder) is tried again once it can succeed: at the next save, or when the window closes
(tester55b #1: it was never tried again, and the note sent the user to the earlier folders)."""

from __future__ import annotations

from pathlib import Path

from tests.faults import read_only_folder
from tests.test_opened_set_gui import _folders, _idle, _quit, _window, data_home
from viewer.annotations.location import default_annotation_file, view_file
from viewer.annotations.model import make_annotation
from widgets.main_window import MainWindow

__all__ = ["data_home"]  # (the fixture, used by name)


def _tag(window: MainWindow, article_id: str) -> None:
    controller = window.annotation_gui.ensure_controller()
    controller.annotations.add(make_annotation(window.workspace.corpus.get(article_id), 0, 6))


def _open_third_read_only(qtbot, window: MainWindow, third: Path,  # type: ignore[no-untyped-def]
                          data_home: Path) -> None:
    with read_only_folder(data_home / "annotations"):
        window.open_paths([third])
        _idle(qtbot, window, 6)
        (note,) = window.notices.notes
        assert "could not be copied for all the folders open (" in note
        assert "the copy is tried again at each save" in note
        _tag(window, "e")
        assert not window.annotation_gui.controller.save_now()  # (still read-only)


def test_a_copy_that_failed_is_made_at_the_next_save(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    first, second, third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    controller = window.annotation_gui.controller
    assert controller.save_now()
    earlier = default_annotation_file([first, second], data_home)
    _open_third_read_only(qtbot, window, third, data_home)
    assert controller.document.path == earlier

    assert controller.save_now()  # the folder can be written again
    both = default_annotation_file([first, second, third], data_home)
    assert controller.document.path == both
    assert "the annotations are copied now, kept for first, second and third" \
        in window.notices.notes[-1]
    _tag(window, "c")
    _quit(window)

    again = _window(qtbot, [first, second, third])
    assert len(again.annotation_gui.controller.annotations) == 3
    _quit(again)
    # The earlier folders keep what was saved for them, nothing more nor less.
    alone = _window(qtbot, [first, second])
    assert len(alone.annotation_gui.controller.annotations) == 2
    _quit(alone)


def test_a_copy_that_failed_is_made_when_the_window_closes(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    first, second, third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    assert window.annotation_gui.controller.save_now()
    _open_third_read_only(qtbot, window, third, data_home)
    window.close()  # (its unsaved annotation is saved at close, then copied)
    both = default_annotation_file([first, second, third], data_home)
    assert view_file(both).exists()  # (the view went with the work)
    again = _window(qtbot, [first, second, third])
    assert len(again.annotation_gui.controller.annotations) == 2
    _quit(again)


def test_a_renamed_folder_takes_up_the_work_kept_for_its_old_name(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    """tester55b #2: a folder renamed since the work was saved opened with no annotation and
    no hint of where they were."""
    first, second, _third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "c")
    _tag(window, "a")
    _quit(window)
    earlier = default_annotation_file([first, second], data_home)
    kept = earlier.read_bytes()
    renamed = second.rename(tmp_path / "second, renamed")

    again = _window(qtbot, [first, renamed])
    controller = again.annotation_gui.controller
    assert controller is not None and len(controller.annotations) == 2
    assert all(a.status.value == "anchored" for a in controller.annotations)
    (note,) = again.notices.notes
    assert note.startswith(f"{earlier}: annotations kept for folders no longer there")
    assert "copied for first and second, renamed" in note
    assert controller.document.path == default_annotation_file([first, renamed], data_home)
    _quit(again)
    assert earlier.read_bytes() == kept  # (left as it was)
