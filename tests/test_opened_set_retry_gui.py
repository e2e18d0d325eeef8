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
    # The earlier folders keep what was saved for them, nothing more nor less: e, tagged in
    # third while the folder was read-only, went to the copy only (tester57 #11: the save
    # that made the copy wrote it to the earlier set's file first, on an article it lacks).
    alone = _window(qtbot, [first, second])
    assert [a.article_id for a in alone.annotation_gui.controller.annotations] == ["a"]
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


def _close_with_the_copy_failing(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                 data_home: Path) -> tuple[list[Path], Path]:
    first, second, third = _folders(tmp_path)
    settings_file = tmp_path / "parallax.ini"
    window = _window(qtbot, [first, second], settings_file)
    _tag(window, "a")
    assert window.annotation_gui.controller.save_now()
    with read_only_folder(data_home / "annotations"):
        window.open_paths([third])
        _idle(qtbot, window, 6)
        window.close()  # (the copy tried at close fails too; nothing unsaved to ask about)
    assert not default_annotation_file([first, second, third], data_home).exists()
    return [first, second, third], settings_file


def test_a_copy_still_failing_at_close_is_made_at_the_next_start_of_the_new_set(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    """Review of 825cbf8: the waiting copy lived in memory only; the next start of the new set
    opened empty, with no hint."""
    paths, settings_file = _close_with_the_copy_failing(qtbot, tmp_path, data_home)
    again = _window(qtbot, paths, settings_file)
    controller = again.annotation_gui.controller
    assert controller is not None and len(controller.annotations) == 1
    assert controller.document.path == default_annotation_file(paths, data_home)
    (note,) = again.notices.notes
    assert "could not be copied at your last close (" in note
    assert "is copied now for these folders, and opened" in note
    _quit(again)
    third_start = _window(qtbot, paths, settings_file)
    assert third_start.notices.notes == []  # (said once)
    _quit(third_start)


def test_a_copy_still_failing_at_close_is_made_at_the_next_start_of_the_earlier_set(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    paths, settings_file = _close_with_the_copy_failing(qtbot, tmp_path, data_home)
    earlier = _window(qtbot, paths[:2], settings_file)
    # (the other note: the view at close, in the read-only folder too, was not kept)
    (note,) = [line for line in earlier.notices.notes if "the view at your last" not in line]
    assert "is copied now for first, second and third: opening them together brings it" in note
    assert earlier.annotation_gui.controller.document.path == \
        default_annotation_file(paths[:2], data_home)  # (it stays on its own work)
    _quit(earlier)
    both = _window(qtbot, paths, settings_file)
    assert len(both.annotation_gui.controller.annotations) == 1
    assert both.notices.notes == []
    _quit(both)


def test_a_copy_failing_again_at_the_next_start_says_so(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    paths, settings_file = _close_with_the_copy_failing(qtbot, tmp_path, data_home)
    with read_only_folder(data_home / "annotations"):
        again = _window(qtbot, paths, settings_file)
        (note,) = again.notices.notes
        assert "could still not be copied for first, second and third (" in note
        again.close()
    later = _window(qtbot, paths, settings_file)
    assert len(later.annotation_gui.controller.annotations) == 1
    _quit(later)


def test_a_copy_that_failed_made_when_a_folder_is_opened_says_so(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    """Review of 825cbf8: a waiting copy made when the next folder was opened said nothing
    (only one made at a save did); and the note promised nothing was lost while the
    read-only folder failed the saves too."""
    first, second, third = _folders(tmp_path)
    fourth = tmp_path / "fourth"
    fourth.mkdir()
    (fourth / "g.txt").write_text((first / "a.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    assert window.annotation_gui.controller.save_now()
    _open_third_read_only(qtbot, window, third, data_home)
    assert "nothing is lost" not in window.notices.notes[0]
    assert "where that file cannot be saved either, the window says so" in \
        window.notices.notes[0]
    window.open_paths([fourth])
    _idle(qtbot, window, 7)
    every = default_annotation_file([first, second, third, fourth], data_home)
    assert window.annotation_gui.controller.document.path == every
    assert window.notices.notes[-1].startswith(f"{every}: the annotations are copied now")
    _quit(window)


def _fifo_among_the_pasted(annotation_file: Path) -> Path:
    """A FIFO in the pasted articles' folder kept for `annotation_file` (tester56 #12)."""
    import os

    from viewer.annotations.location import pasted_folder

    pasted_folder(annotation_file).mkdir(exist_ok=True)
    fifo = pasted_folder(annotation_file) / "fifo.txt"
    os.mkfifo(fifo)
    return fifo


def _left_out(fifo: Path) -> str:
    return f"{fifo}: a FIFO (named pipe), not an article; not copied with the pasted articles"


def test_a_fifo_left_out_of_the_copy_for_a_renamed_folder_is_said(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    first, second, _third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "c")
    _quit(window)
    fifo = _fifo_among_the_pasted(default_annotation_file([first, second], data_home))
    renamed = second.rename(tmp_path / "second, renamed")
    again = _window(qtbot, [first, renamed])
    assert again.annotation_gui.controller.document.path == \
        default_annotation_file([first, renamed], data_home)
    assert _left_out(fifo) in again.notices.lines
    _quit(again)


def test_a_fifo_left_out_of_a_copy_made_at_the_next_start_is_said(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    paths, settings_file = _close_with_the_copy_failing(qtbot, tmp_path, data_home)
    fifo = _fifo_among_the_pasted(default_annotation_file(paths[:2], data_home))
    again = _window(qtbot, paths, settings_file)
    assert "is copied now for these folders, and opened" in again.notices.notes[0]
    assert _left_out(fifo) in again.notices.lines
    _quit(again)

