"""A copy of a folder window's work to the new set of folders that failed on a full disk and
is made once the disk is freed takes the earlier set's work as it was kept: what the window
does from then on (the save that makes the copy, a text pasted or removed, Ctrl+S, a folder
opened, the close) goes to the new set's files only, the earlier set's staying byte for byte
as they were
(tester57 #11: the save that made the copy wrote the earlier set's file first, which gained an
annotation on an article it does not have, while the notice said it stays as it was)."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults import fill_disk, small_filesystem
from tests.test_opened_set_gui import _folders, _idle, _quit, _window, data_home
from tests.test_opened_set_retry_gui import _tag
from viewer.annotations import document as annotation_document
from viewer.annotations import opened_set
from viewer.annotations.document import AnnotationDocument
from viewer.annotations.location import default_annotation_file, kept_beside, pasted_folder
from viewer.annotations.set_record import set_record
from widgets.main_window import MainWindow

__all__ = ["data_home"]  # (the fixture, used by name)


class _Disk:
    """The data folder's disk, which `fill` fills and `free` frees (`full_disk`)."""

    full = False
    filler: Path | None = None
    """Real: the file taking the tmpfs's last blocks."""

    def fill(self) -> None:
        self.full = True
        if self.filler is not None:
            fill_disk(self.filler)

    def free(self) -> None:
        self.full = False
        if self.filler is not None:
            self.filler.unlink()


@pytest.fixture(params=["simulated", "tmpfs"])
def full_disk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
              data_home: Path) -> Iterator[_Disk]:
    """The tester's full 300 KB tmpfs as the data folder where one can be mounted (root), and
    everywhere a simulated one: while full, writing the annotation file and copying the work to
    a new set fail with ENOSPC; freed, they write again."""
    disk = _Disk()
    if request.param == "tmpfs":
        with small_filesystem(data_home / "annotations", 300) as folder:
            disk.filler = folder / "filler"
            yield disk
        return

    def when_not_full(write: Any) -> Any:
        def written(*args: Any, **kwargs: Any) -> Any:
            if disk.full:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return write(*args, **kwargs)
        return written

    monkeypatch.setattr(annotation_document, "atomic_write_bytes",
                        when_not_full(annotation_document.atomic_write_bytes))
    monkeypatch.setattr(opened_set, "_copy", when_not_full(opened_set._copy))
    yield disk


def _kept_bytes(annotation_file: Path) -> dict[Path, bytes]:
    """Every file kept for the set whose own annotation file is `annotation_file`, those in
    its pasted articles' folder included."""
    kept: dict[Path, bytes] = {}
    for place in (*kept_beside(annotation_file), set_record(annotation_file)):
        files = sorted(place.rglob("*")) if place.is_dir() else [place]
        kept.update((file, file.read_bytes()) for file in files if file.is_file())
    return kept


def _tagged_articles(annotation_file: Path) -> list[str]:
    return sorted(a.article_id for a in AnnotationDocument.open(annotation_file).annotations)


def _copied_after_a_full_disk(qtbot, tmp_path: Path, data_home: Path,  # type: ignore[no-untyped-def]
                              disk: _Disk) -> tuple[MainWindow, list[Path], dict[Path, bytes]]:
    """Tester57 #11's steps: the window on first and second tags a, the disk fills, it tags c
    (not saved), third is opened (the copy fails), the disk is freed and e in third is tagged
    (autosaved). Returns the window, its folders and what was kept for the earlier set
    before the disk filled."""
    first, second, third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    controller = window.annotation_gui.controller
    assert controller.save_now()
    kept = _kept_bytes(default_annotation_file([first, second], data_home))
    disk.fill()
    _tag(window, "c")
    assert not controller.save_now()
    window.open_paths([third])
    _idle(qtbot, window, 6)
    (note,) = window.notices.notes
    assert f"could not be copied for all the folders open ({os.strerror(errno.ENOSPC)})" in note
    disk.free()
    with qtbot.waitSignal(controller.saved, timeout=10000):  # (the autosave)
        _tag(window, "e")
    return window, [first, second, third], kept


def test_a_copy_made_after_a_full_disk_leaves_the_earlier_sets_file_as_it_was(
        qtbot, tmp_path: Path, data_home: Path, full_disk: _Disk) -> None:
    """Tester57 #11: the save that tried the copy again wrote the earlier set's file first,
    so it gained an annotation on an article it does not have (orphaned when opened alone),
    while the notice said its copy stays as it was."""
    window, paths, kept = _copied_after_a_full_disk(qtbot, tmp_path, data_home, full_disk)
    every = default_annotation_file(paths, data_home)
    assert window.annotation_gui.controller.document.path == every
    assert window.notices.notes[-1] == (
        f"{every}: the annotations are copied now, kept for first, second and third (the copy "
        "kept for first and second stays as it was)")
    earlier = default_annotation_file(paths[:2], data_home)
    assert _tagged_articles(earlier) == ["a"]
    assert _kept_bytes(earlier) == kept
    assert _tagged_articles(every) == ["a", "c", "e"]
    _quit(window)


def test_after_a_copy_made_late_nothing_more_goes_to_the_earlier_set(
        qtbot, tmp_path: Path, data_home: Path, full_disk: _Disk) -> None:
    window, paths, kept = _copied_after_a_full_disk(qtbot, tmp_path, data_home, full_disk)
    earlier = default_annotation_file(paths[:2], data_home)
    controller = window.annotation_gui.controller
    window.annotation_gui.actions.save_action.trigger()  # Ctrl+S
    assert _kept_bytes(earlier) == kept
    with qtbot.waitSignal(controller.saved, timeout=10000):
        _tag(window, "b")
    assert _kept_bytes(earlier) == kept
    fourth = tmp_path / "fourth"
    fourth.mkdir()
    (fourth / "g.txt").write_text((paths[0] / "a.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    window.open_paths([fourth])
    _idle(qtbot, window, 7)
    _tag(window, "g")
    window.close()
    assert _kept_bytes(earlier) == kept
    three = default_annotation_file(paths, data_home)
    assert _tagged_articles(three) == ["a", "b", "c", "e"]
    assert _tagged_articles(default_annotation_file([*paths, fourth], data_home)) == \
        ["a", "b", "c", "e", "g"]
    alone = _window(qtbot, paths[:2])
    assert [a.status.value for a in alone.annotation_gui.controller.annotations] == ["anchored"]
    _quit(alone)


def _third_opened_on_a_full_disk(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                 third: Path, articles: int, disk: _Disk) -> None:
    """`third` opened while the disk is full (the copy fails), the disk freed after."""
    disk.fill()
    window.open_paths([third])
    _idle(qtbot, window, articles)
    assert "could not be copied for all the folders open (" in window.notices.notes[0]
    disk.free()


def test_a_text_pasted_once_the_disk_is_freed_is_kept_for_the_new_set_only(
        qtbot, tmp_path: Path, data_home: Path, full_disk: _Disk) -> None:
    """The pasted text was kept beside the earlier set's file, which then opened with it."""
    first, second, third = paths = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    assert window.annotation_gui.controller.save_now()
    earlier = default_annotation_file([first, second], data_home)
    kept = _kept_bytes(earlier)
    _third_opened_on_a_full_disk(qtbot, window, third, 6, full_disk)
    assert window.paste_article("A note pasted by hand about the new rules.", "Note")
    _idle(qtbot, window, 7)
    every = default_annotation_file(paths, data_home)
    assert window.notices.notes[-1].startswith(f"{every}: the annotations are copied now")
    assert not pasted_folder(earlier).exists()
    assert _kept_bytes(earlier) == kept
    _quit(window)
    again = _window(qtbot, paths)
    assert len(again.workspace.corpus) == 7  # (the pasted text came back with the three)
    _quit(again)
    alone = _window(qtbot, [first, second])
    assert len(alone.workspace.corpus) == 4
    _quit(alone)


def test_a_pasted_article_removed_once_the_disk_is_freed_stays_for_the_earlier_set(
        qtbot, tmp_path: Path, data_home: Path, full_disk: _Disk) -> None:
    """Its text, kept for the earlier set, was set aside there: the earlier set lost it."""
    first, second, third = paths = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    pasted = window.paste_article("A note pasted by hand about the new rules.", "Note")
    assert pasted is not None
    _idle(qtbot, window, 5)
    _tag(window, "a")
    assert window.annotation_gui.controller.save_now()
    earlier = default_annotation_file([first, second], data_home)
    kept = _kept_bytes(earlier)
    _third_opened_on_a_full_disk(qtbot, window, third, 7, full_disk)
    window.session.remove_articles([pasted.id])
    _idle(qtbot, window, 6)
    assert _kept_bytes(earlier) == kept
    _quit(window)
    again = _window(qtbot, paths)
    assert len(again.workspace.corpus) == 6  # (removed from the three, it stays out)
    _quit(again)
    alone = _window(qtbot, [first, second])
    assert len(alone.workspace.corpus) == 5  # (the earlier set keeps it)
    _quit(alone)


def _saved_then_third_waiting(qtbot, tmp_path: Path, data_home: Path,  # type: ignore[no-untyped-def]
                              disk: _Disk) -> tuple[MainWindow, list[Path], dict[Path, bytes]]:
    """The window on first and second tags a and saves; third is opened on a full disk (the
    copy waits); the disk is freed. Returns the window, its folders and what was kept for
    the earlier set."""
    first, second, third = paths = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    assert window.annotation_gui.controller.save_now()
    kept = _kept_bytes(default_annotation_file([first, second], data_home))
    _third_opened_on_a_full_disk(qtbot, window, third, 6, disk)
    return window, paths, kept


def test_save_annotations_as_while_a_copy_waits_leaves_the_earlier_set_as_it_was(
        qtbot, tmp_path: Path, data_home: Path, full_disk: _Disk) -> None:
    """A reviewer's: Save annotations as… (what the full-disk box offers) sent no word that
    it writes, so the copy waiting was not tried first, and the file chosen was remembered
    as the earlier set's: opened alone, first and second showed e of third, orphaned."""
    from viewer.annotations.chosen_file import choice_record

    window, paths, kept = _saved_then_third_waiting(qtbot, tmp_path, data_home, full_disk)
    controller = window.annotation_gui.controller
    _tag(window, "e")
    elsewhere = tmp_path / "elsewhere.jsonld"
    assert controller.save_as(elsewhere)
    earlier = default_annotation_file(paths[:2], data_home)
    assert not choice_record(earlier).exists()
    assert _kept_bytes(earlier) == kept
    every = default_annotation_file(paths, data_home)
    assert choice_record(every).read_bytes() == os.fsencode(elsewhere) + b"\n"
    assert window.notices.notes[-1].startswith(f"{every}: the annotations are copied now")
    _quit(window)
    alone = _window(qtbot, paths[:2])
    assert [a.status.value for a in alone.annotation_gui.controller.annotations] == ["anchored"]
    _quit(alone)


def test_open_annotations_while_a_copy_waits_is_remembered_for_the_new_set(
        qtbot, tmp_path: Path, data_home: Path, full_disk: _Disk) -> None:
    """A reviewer's: Open annotations… tried the copy waiting only where the set had unsaved
    changes (by saving them first): on a saved set the file opened was remembered as the
    earlier set's, which then opened it alone."""
    from viewer.annotations.chosen_file import choice_record

    window, paths, kept = _saved_then_third_waiting(qtbot, tmp_path, data_home, full_disk)
    other = tmp_path / "other.jsonld"
    AnnotationDocument().save_as(other)
    assert window.annotation_gui.controller.open_instead(other)
    earlier = default_annotation_file(paths[:2], data_home)
    assert not choice_record(earlier).exists()
    assert _kept_bytes(earlier) == kept
    every = default_annotation_file(paths, data_home)
    assert choice_record(every).read_bytes() == os.fsencode(other) + b"\n"
    _quit(window)
