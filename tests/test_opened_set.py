"""`viewer.annotations.opened_set`: a folder window's kept work follows the set it has open."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from viewer.annotations import opened_set
from viewer.annotations.chosen_file import file_in_use
from viewer.annotations.location import default_annotation_file, pasted_folder, view_file
from viewer.annotations.opened_set import Outcome, follow_opened_set


def _set(tmp_path: Path) -> tuple[Path, list[Path], list[Path]]:
    folders = [tmp_path / name for name in ("a", "b", "c")]
    for folder in folders:
        folder.mkdir()
    return tmp_path / "data", folders[:2], folders


def _keep_work(own: Path) -> None:
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text("annotations", encoding="utf-8")
    pasted_folder(own).mkdir()
    (pasted_folder(own) / "pasted.txt").write_text("title: Note\n\nA note.\n", "utf-8")
    view_file(own).write_text("{}", encoding="utf-8")


def test_the_work_is_copied_to_the_new_set_and_the_earlier_set_keeps_its_own(
        tmp_path: Path) -> None:
    data, two, three = _set(tmp_path)
    own = default_annotation_file(two, data)
    _keep_work(own)
    followed = follow_opened_set(own, three, data, made_nothing=False)
    assert followed.outcome is Outcome.COPIED
    assert followed.own_file == default_annotation_file(three, data) != own
    assert followed.own_file.read_text(encoding="utf-8") == "annotations"
    assert (pasted_folder(followed.own_file) / "pasted.txt").exists()
    assert view_file(followed.own_file).exists()
    assert followed.pasted == {pasted_folder(own) / "pasted.txt":
                               pasted_folder(followed.own_file) / "pasted.txt"}
    # (the earlier set's work stays as it was, its own: `parallax a b` finds it, whatever
    # another window on a and b goes on doing; no pointer a later move could leave dangling)
    assert own.read_text(encoding="utf-8") == "annotations"
    assert (pasted_folder(own) / "pasted.txt").exists() and view_file(own).exists()
    assert file_in_use(own)[0] == own
    assert not list(own.parent.glob(".*.copying"))


def test_a_chain_of_sets_leaves_each_its_own_work(tmp_path: Path) -> None:
    """tester55b: a, then a and b, then a, b and c; `parallax a` opened empty, its pointer
    naming a file already moved on."""
    data, two, three = _set(tmp_path)
    one = default_annotation_file(two[:1], data)
    _keep_work(one)
    second = follow_opened_set(one, two, data, made_nothing=False).own_file
    second.write_text("annotations and more", encoding="utf-8")
    third = follow_opened_set(second, three, data, made_nothing=False).own_file
    assert one.read_text(encoding="utf-8") == "annotations"
    assert second.read_text(encoding="utf-8") == "annotations and more"
    assert third.read_text(encoding="utf-8") == "annotations and more"
    assert [file_in_use(f)[0] for f in (one, second, third)] == [one, second, third]


def test_a_set_with_work_of_its_own_keeps_it(tmp_path: Path) -> None:
    data, two, three = _set(tmp_path)
    own, theirs = default_annotation_file(two, data), default_annotation_file(three, data)
    _keep_work(own)
    theirs.write_text("[]", encoding="utf-8")
    followed = follow_opened_set(own, three, data, made_nothing=False)
    assert followed == opened_set.Followed(Outcome.KEPT_APART, own)
    assert theirs.read_text(encoding="utf-8") == "[]"
    assert own.read_text(encoding="utf-8") == "annotations"
    # A window that made nothing takes the new set's work up instead.
    assert follow_opened_set(own, three, data, made_nothing=True).outcome is Outcome.TAKEN_UP


def test_nothing_kept_yet_only_changes_the_name(tmp_path: Path) -> None:
    data, two, three = _set(tmp_path)
    own = default_annotation_file(two, data)
    followed = follow_opened_set(own, three, data, made_nothing=True)
    assert followed.outcome is Outcome.RENAMED
    assert not os.path.lexists(own.with_name(own.name + ".chosen"))
    assert follow_opened_set(own, two, data, made_nothing=True).outcome is Outcome.SAME


def test_a_copy_that_fails_leaves_no_half_copy(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    data, two, three = _set(tmp_path)
    own = default_annotation_file(two, data)
    _keep_work(own)
    real_put, calls = opened_set._put_in_place, []

    def put_in_place(temporary: Path, target: Path, *, folder: bool) -> None:
        calls.append(temporary)
        if len(calls) == 2:  # (the second piece: the disk is full by then)
            raise OSError(28, "No space left on device")
        real_put(temporary, target, folder=folder)

    monkeypatch.setattr(opened_set, "_put_in_place", put_in_place)
    followed = follow_opened_set(own, three, data, made_nothing=False)
    assert followed.outcome is Outcome.NOT_COPIED and followed.own_file == own
    assert followed.reason == "No space left on device"
    assert own.exists() and pasted_folder(own).exists() and view_file(own).exists()
    assert not default_annotation_file(three, data).exists()
    assert not list(own.parent.glob(".*.copying"))
    assert not list(own.parent.glob(default_annotation_file(three, data).stem + "*"))


def test_a_file_another_process_writes_meanwhile_is_never_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review of 2df2948: between the check that the new set keeps nothing and the rename of
    the copy into place, another window may write the new set's file; os.rename replaced it."""
    data, two, three = _set(tmp_path)
    own = default_annotation_file(two, data)
    _keep_work(own)
    wanted = default_annotation_file(three, data)
    real_copy = opened_set.shutil.copy2

    def copy_while_another_writes(source: Path, target: Path, **kwargs: object) -> object:
        copied = real_copy(source, target, **kwargs)  # type: ignore[arg-type]
        if not wanted.exists():  # (the other window saves the new set's annotations now)
            wanted.write_text("the other window's annotations", encoding="utf-8")
        return copied

    monkeypatch.setattr(opened_set.shutil, "copy2", copy_while_another_writes)
    followed = follow_opened_set(own, three, data, made_nothing=False)
    assert followed.outcome is Outcome.KEPT_APART and followed.own_file == own
    assert wanted.read_text(encoding="utf-8") == "the other window's annotations"
    assert sorted(path.name for path in wanted.parent.iterdir()
                  if path.name.startswith(".")) == []  # (no temporary left behind)
    assert own.read_text(encoding="utf-8") == "annotations"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes: POSIX")
def test_a_special_file_among_the_pasted_articles_is_left_out_of_the_copy_and_said(
        tmp_path: Path) -> None:
    """tester56 #12: a FIFO in the pasted articles' folder (which the loader skips) failed the
    whole copy, and the window said why as Python's list of errors."""
    data, two, three = _set(tmp_path)
    own = default_annotation_file(two, data)
    _keep_work(own)
    fifo = pasted_folder(own) / "fifo.txt"
    os.mkfifo(fifo)
    followed = follow_opened_set(own, three, data, made_nothing=False)
    assert followed.outcome is Outcome.COPIED
    assert (pasted_folder(followed.own_file) / "pasted.txt").exists()
    assert not os.path.lexists(pasted_folder(followed.own_file) / "fifo.txt")
    assert fifo.is_fifo()  # (the earlier set's folder as it was)
    assert followed.skipped == (f"{fifo}: a FIFO (named pipe), not an article; not copied "
                                "with the pasted articles",)
    assert list(followed.pasted) == [pasted_folder(own) / "pasted.txt"]


def test_a_copy_that_failed_on_some_files_gives_one_readable_reason() -> None:
    """What a folder's copy raises is a list of every file's error, which the window showed
    as it was (tester56 #12): the first file and its reason, with how many more."""
    import shutil

    error = shutil.Error([
        ("/d/a.txt", "/e/a.txt", "[Errno 13] Permission denied: '/d/a.txt'"),
        ("/d/b.txt", "/e/b.txt", "[Errno 5] Input/output error: '/d/b.txt'")])
    assert opened_set.copy_problem(error) == "/d/a.txt: Permission denied (and 1 more file)"
    assert opened_set.copy_problem(OSError(28, "No space left on device")) == \
        "No space left on device"


def test_a_new_set_whose_annotations_cannot_be_read_is_said_so(tmp_path: Path) -> None:
    """tester56 #16: an unreadable file kept for the new set was reported as that set having
    annotations of its own; it is kept apart still (never overwritten), and why is said."""
    data, two, three = _set(tmp_path)
    own = default_annotation_file(two, data)
    _keep_work(own)
    theirs = default_annotation_file(three, data)
    theirs.write_text('{"type": "AnnotationCollection", "total": NaN', encoding="utf-8")
    followed = follow_opened_set(own, three, data, made_nothing=False)
    assert (followed.outcome, followed.own_file) == (Outcome.KEPT_APART, own)
    assert followed.reason.startswith(f"{theirs}: ")
    assert followed.reason.endswith("; the file is left as it is")
    assert theirs.read_text(encoding="utf-8").endswith("NaN")
    readable = default_annotation_file(three[1:], data)
    readable.write_text("[]", encoding="utf-8")  # (work of its own: no reason)
    assert follow_opened_set(own, three[1:], data, made_nothing=False).reason == ""
