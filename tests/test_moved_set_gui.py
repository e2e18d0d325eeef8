"""A folder window's look-up, at start, of the work kept for its folders under an earlier name
(`widgets.moved_work.take_up_moved_work`): whatever the data folder holds, the window
starts."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from tests.test_opened_set_gui import _folders, _quit, _window, data_home, looking_up_moved_work
from tests.test_opened_set_retry_gui import _tag

__all__ = ["data_home"]  # (the fixture, used by name)

HOSTILE = {"deep": "[" * 200000,
           "bad-host": '{"items": [{"target": {"source": "file://[x/a.txt"}}]}'}


@pytest.mark.parametrize("hostile", sorted(HOSTILE))
def test_the_window_starts_beside_a_hostile_annotation_file(
        qtbot, tmp_path: Path, data_home: Path, hostile: str) -> None:  # type: ignore[no-untyped-def]
    """A malformed annotation file in the data folder stopped every folder window opening
    (the look-up raised RecursionError or ValueError in the annotation GUI's constructor)."""
    kept = data_home / "annotations" / "other-0123456789abcdef.jsonld"
    kept.parent.mkdir(parents=True)
    kept.write_text(HOSTILE[hostile], encoding="utf-8")
    first, _second, _third = _folders(tmp_path)
    window = _window(qtbot, [first])
    assert len(window.workspace.corpus) == 2
    assert window.notices.notes == []
    _quit(window)


def test_a_failing_look_up_is_one_line_and_the_window_starts(
        qtbot, tmp_path: Path, data_home: Path, capsys,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from viewer.annotations import moved_set

    def failing(*_args: object, **_kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(moved_set, "find_moved_work", failing)
    first, _second, _third = _folders(tmp_path)
    window = _window(qtbot, [first])
    assert len(window.workspace.corpus) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == (f"parallax: {data_home / 'annotations'}: not looked into for work kept "
                    "under an earlier name (OSError: [Errno 5] Input/output error)")
    _quit(window)


def test_a_renamed_folder_of_web_pages_takes_up_its_work(
        qtbot, tmp_path: Path, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    """Review of fb5eaa2: articles with a web address store it as their source, so a folder
    of saved pages never found its work once renamed; the window now records the set's paths
    beside its work, and the look-up goes by them and by the files' names."""
    from tests.test_moved_set import _web_folder
    from viewer.annotations.location import default_annotation_file
    from viewer.annotations.model import make_annotation
    from viewer.annotations.set_record import recorded_set_paths

    before = _web_folder(tmp_path, "dam")
    window = _window(qtbot, [before])
    controller = window.annotation_gui.ensure_controller()
    for article_id, quote in (("dam", "governor said on Tuesday"),
                              ("bridge", "bridge would reopen")):
        article = window.workspace.corpus.get(article_id)
        assert article.url is not None
        start = article.text.index(quote)
        controller.annotations.add(make_annotation(article, start, start + len(quote)))
    _quit(window)
    kept = default_annotation_file([before], data_home)
    assert recorded_set_paths(kept) == [before.resolve()]

    after = before.rename(tmp_path / "dam, renamed")
    again = _window(qtbot, [after])
    controller = again.annotation_gui.controller
    assert controller is not None and len(controller.annotations) == 2
    assert all(a.status.value == "anchored" for a in controller.annotations)
    (note,) = again.notices.notes
    assert note.startswith(f"{kept}: annotations kept for folders no longer there")
    _quit(again)
    # (the set open now has its own record, naming its own folder)
    assert recorded_set_paths(default_annotation_file([after], data_home)) == [after.resolve()]


def test_work_not_copied_is_never_said_to_be(
        qtbot, tmp_path: Path, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    """Review of fb5eaa2: only a failed copy was told apart; where these folders keep
    something of their own (a backup), nothing was copied and the note said 'copied'."""
    from viewer.annotations.location import default_annotation_file
    from viewer.safe_files import backup_path

    first, second, _third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    _tag(window, "c")
    _quit(window)
    renamed = second.rename(tmp_path / "second, renamed")
    own = default_annotation_file([first, renamed], data_home)
    backup_path(own).write_text("{}", encoding="utf-8")  # (left by an earlier save)

    again = _window(qtbot, [first, renamed])
    (note,) = again.notices.notes
    assert ": copied for" not in note
    assert "were not copied for first and second, renamed" in note
    _quit(again)


def test_a_pasted_text_goes_with_the_work_taken_up(
        qtbot, tmp_path: Path, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    from viewer.annotations.location import default_annotation_file, pasted_folder

    first, second, _third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    pasted = window.paste_article("The ministry said the rules take effect at once, and "
                                  "every importer would be told in writing.", "Pasted")
    assert pasted is not None
    qtbot.waitUntil(lambda: not window.busy and len(window.workspace.corpus) == 5,
                    timeout=60000)
    _tag(window, "a")
    _tag(window, "c")
    _tag(window, pasted.id)
    _quit(window)
    renamed = second.rename(tmp_path / "second, renamed")

    again = _window(qtbot, [first, renamed])
    qtbot.waitUntil(lambda: not again.busy and len(again.workspace.corpus) == 5, timeout=60000)
    controller = again.annotation_gui.controller
    assert controller is not None and len(controller.annotations) == 3
    assert all(a.status.value == "anchored" for a in controller.annotations)
    new_pasted = pasted_folder(default_annotation_file([first, renamed], data_home))
    (copy,) = [a for a in again.workspace.corpus.articles
               if a.path is not None and Path(a.path).parent == new_pasted]
    assert again.annotation_gui.pasted.keeps(copy.id)
    _quit(again)


def test_a_guess_offers_a_copy_not_a_file_shared_by_two_sets(
        qtbot, tmp_path: Path, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    """Review of fb5eaa2: the notes sent the user to File › Open annotations… on the earlier
    set's file, which then had two sets save into one file. Import copies the work in."""
    from viewer.annotations.location import default_annotation_file
    from widgets.import_annotations import import_file

    first, second, _third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    _tag(window, "c")
    _quit(window)
    earlier = default_annotation_file([first, second], data_home)
    kept = earlier.read_bytes()
    renamed = second.rename(tmp_path / "second, renamed")
    for name in ("c.txt", "d.txt"):  # (edited since: the quotes are no longer there)
        (renamed / name).write_text("Other words entirely.\n", encoding="utf-8")

    again = _window(qtbot, [first, renamed])
    (note,) = again.notices.notes
    assert "Open annotations" not in note
    assert note.endswith("File › Import annotations… copies them into these folders' own, "
                         "that file left as it was")
    controller = again.annotation_gui.ensure_controller()
    assert import_file(controller, earlier, show=lambda _parent, _lines: None) is not None
    assert len(controller.annotations) == 2
    _quit(again)
    assert controller.document.path == default_annotation_file([first, renamed], data_home)
    assert earlier.read_bytes() == kept


class _HeldLookUp:
    """`find_moved_work` held until `release()` (for at most a few seconds), recording the
    thread it ran on; with `found_first`, its answer is found before it is held (the window
    changes after the look-up read the data folder)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, found_first: bool = False) -> None:
        from viewer.annotations import moved_set

        self._released = threading.Event()
        self.threads: list[threading.Thread] = []
        real = moved_set.find_moved_work

        def held(*args: Any, **kwargs: Any) -> object:
            found = real(*args, **kwargs) if found_first else None
            self.threads.append(threading.current_thread())
            # (bounded: on the window's thread, before the look-up became a job, this waited
            # the window's start out)
            self._released.wait(timeout=3)
            return found if found_first else real(*args, **kwargs)

        monkeypatch.setattr(moved_set, "find_moved_work", held)

    def release(self) -> None:
        self._released.set()


def _renamed_with_work(qtbot, tmp_path: Path) -> tuple[Path, Path, Path]:  # type: ignore[no-untyped-def]
    """Folders first and second annotated (a and c), second renamed since: (first, the renamed
    folder, third)."""
    first, second, third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    _tag(window, "c")
    _quit(window)
    return first, second.rename(tmp_path / "second, renamed"), third


def test_the_look_up_runs_off_the_window_s_thread(
        qtbot, tmp_path: Path, data_home: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A reviewer's: the look-up ran on the window's thread as it started, listing and
    resolving every file of its folders and loading up to 40 of them (3 s for a renamed folder
    of 200 saved news pages on a local disk): the window froze. It is a job now; the window is
    up and aligned while it runs, and the work comes when it ends."""
    first, renamed, _third = _renamed_with_work(qtbot, tmp_path)
    held = _HeldLookUp(monkeypatch)
    window = _window(qtbot, [first, renamed], look_up=False)
    assert held.threads and held.threads[0] is not threading.main_thread()
    assert looking_up_moved_work(window) and window.annotation_gui.controller is None
    held.release()
    qtbot.waitUntil(lambda: not looking_up_moved_work(window), timeout=10000)
    controller = window.annotation_gui.controller
    assert controller is not None and len(controller.annotations) == 2
    (note,) = window.notices.notes
    assert "copied for first and second, renamed" in note
    _quit(window)


def test_work_found_while_a_folder_was_opened_follows_the_folders_open(
        qtbot, tmp_path: Path, data_home: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder opened in the window while the look-up runs: the work found for the folders
    looked up for, all still open, follows the set open now, as it would have had the look-up
    ended first (a reviewer's: it was dropped without a word, the guide saying it followed)."""
    from tests.test_opened_set_gui import _idle
    from viewer.annotations.location import default_annotation_file, has_kept_work

    first, renamed, third = _renamed_with_work(qtbot, tmp_path)
    held = _HeldLookUp(monkeypatch)
    window = _window(qtbot, [first, renamed], look_up=False)
    window.open_paths([third])
    _idle(qtbot, window, 6)
    held.release()
    qtbot.waitUntil(lambda: not looking_up_moved_work(window), timeout=10000)
    controller = window.annotation_gui.controller
    assert controller is not None
    assert sorted(a.article_id for a in controller.annotations) == ["a", "c"]
    (note,) = window.notices.notes
    assert "copied for first, second, renamed and third" in note
    assert has_kept_work(default_annotation_file([first, renamed, third], data_home))
    _quit(window)


def test_work_found_after_saving_a_project_is_said_with_how_to_import_it(
        qtbot, tmp_path: Path, data_home: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Save project as while the look-up runs: the project keeps its own annotations, and is
    never given a folder set's file; where the work found is, and how to take it in, is
    said (it was dropped without a word)."""
    from viewer.annotations.location import default_annotation_file

    first, renamed, _third = _renamed_with_work(qtbot, tmp_path)
    earlier = default_annotation_file([first, tmp_path / "second"], data_home)
    held = _HeldLookUp(monkeypatch)
    window = _window(qtbot, [first, renamed], look_up=False)
    assert window.project_gui.save_as(tmp_path / "inquiry")
    held.release()
    qtbot.waitUntil(lambda: not looking_up_moved_work(window), timeout=10000)
    assert len(window.annotation_gui.controller.annotations) == 0
    (note,) = window.notices.notes
    assert note == (
        f"{earlier}: annotations kept for folders no longer there (renamed or moved?) annotate "
        "the files of first and second, renamed, and were not copied into the project saved "
        "meanwhile; File › Import annotations… copies them into it, that file left as it was")
    window.close()


def test_work_found_after_annotating_began_is_offered_not_copied(
        qtbot, tmp_path: Path, data_home: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A tag made while the look-up runs: the annotations in use are never replaced under
    the user; the work found is offered for import."""
    first, renamed, _third = _renamed_with_work(qtbot, tmp_path)
    held = _HeldLookUp(monkeypatch)
    window = _window(qtbot, [first, renamed], look_up=False)
    _tag(window, "b")
    held.release()
    qtbot.waitUntil(lambda: not looking_up_moved_work(window), timeout=10000)
    assert [a.article_id for a in window.annotation_gui.controller.annotations] == ["b"]
    (note,) = window.notices.notes
    assert "were not copied for first and second, renamed, where this window holds " \
        "annotations, claim groups or pasted articles of its own by now" in note
    assert note.endswith("File › Import annotations… copies them into these folders' own, "
                         "that file left as it was")
    _quit(window)


def test_a_look_up_ending_after_its_window_closed_is_dropped(
        qtbot, tmp_path: Path, data_home: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The window closed while the look-up ran: nothing is copied for it."""
    from viewer.annotations.location import default_annotation_file, has_kept_work

    first, renamed, _third = _renamed_with_work(qtbot, tmp_path)
    held = _HeldLookUp(monkeypatch)
    window = _window(qtbot, [first, renamed], look_up=False)
    _quit(window)
    held.release()
    qtbot.waitUntil(lambda: not looking_up_moved_work(window), timeout=10000)
    assert window.annotation_gui.controller is None
    assert not has_kept_work(default_annotation_file([first, renamed], data_home))


def test_an_article_removed_before_the_folder_was_renamed_stays_out(
        qtbot, tmp_path: Path, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    """A reviewer's, of the look-up as a job: the view copied with the work was read again for
    its panes, but not for the articles the user removed, loaded by the time the job ends; the
    removed article came back, and the record of its removal was written over at close. And
    one removed from the folder renamed (d) came back: the view names it by its old path."""
    import json

    from viewer.annotations.location import default_annotation_file, view_file

    first, second, _third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    _tag(window, "a")
    _tag(window, "c")
    window.session.remove_articles(["b", "d"])
    qtbot.waitUntil(lambda: not window.busy and len(window.workspace.corpus) == 2,
                    timeout=60000)
    _quit(window)
    renamed = second.rename(tmp_path / "second, renamed")

    again = _window(qtbot, [first, renamed])
    qtbot.waitUntil(lambda: not again.busy, timeout=60000)  # (taken out: aligned again)
    assert sorted(a.id for a in again.workspace.corpus.articles) == ["a", "c"]
    _quit(again)
    kept = view_file(default_annotation_file([first, renamed], data_home))
    removed = json.loads(kept.read_text(encoding="utf-8"))["removed"]
    assert removed == sorted([str((first / "b.txt").resolve()),
                              str((renamed / "d.txt").resolve())])


@pytest.mark.parametrize("how", ["dock ticked", "tag cancelled"])
def test_work_found_after_the_annotations_were_merely_opened_is_copied(
        qtbot, tmp_path: Path, data_home: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    """A reviewer's: ticking View › Annotations (or a Tag claim cancelled, Figures, ...)
    installs the annotation machinery without annotating; the work found was then offered,
    not copied, with a note saying annotating had begun. Nothing was made: it is copied, and
    the annotations already open are read again from the copy."""
    from viewer.safe_files import backup_path

    first, renamed, _third = _renamed_with_work(qtbot, tmp_path)
    held = _HeldLookUp(monkeypatch)
    window = _window(qtbot, [first, renamed], look_up=False)
    gui = window.annotation_gui
    if how == "dock ticked":
        gui.actions.dock_action.setChecked(True)
    else:
        gui.ensure_controller(show_dock=False)  # (as Tag claim installs it, then cancelled)
    assert gui.controller is not None and len(gui.controller.annotations) == 0
    held.release()
    qtbot.waitUntil(lambda: not looking_up_moved_work(window), timeout=10000)
    assert sorted(a.article_id for a in gui.controller.annotations) == ["a", "c"]
    (note,) = window.notices.notes
    assert "annotating began" not in note and "copied for first and second, renamed" in note
    # (read from the copy, not saved over it first: that took its annotations in as another
    # window's changes, rewrote it and kept the copy as its backup)
    assert not backup_path(gui.controller.document.path).exists()
    _quit(window)


def test_work_found_after_an_empty_save_is_offered_without_saying_annotating_began(
        qtbot, tmp_path: Path, data_home: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+S with nothing annotated writes these folders' file, which is never written over:
    the work found is offered, and the note names that file, not annotating begun."""
    from viewer.annotations.location import default_annotation_file

    first, renamed, _third = _renamed_with_work(qtbot, tmp_path)
    held = _HeldLookUp(monkeypatch, found_first=True)
    window = _window(qtbot, [first, renamed], look_up=False)
    qtbot.waitUntil(lambda: bool(held.threads))  # (the look-up has read the data folder)
    window.annotation_gui.actions.save_action.trigger()
    own = default_annotation_file([first, renamed], data_home)
    assert own.exists()
    held.release()
    qtbot.waitUntil(lambda: not looking_up_moved_work(window), timeout=10000)
    (note,) = window.notices.notes
    assert "annotating began" not in note
    assert f"were not copied for first and second, renamed, which keep work of their own " \
        f"({own})" in note
    _quit(window)


def test_an_article_removed_below_a_renamed_folder_stays_out(
        qtbot, tmp_path: Path, data_home: Path) -> None:  # type: ignore[no-untyped-def]
    """A reviewer's: strike and strike/wire open, a and b of strike annotated, x of
    strike/wire removed, strike renamed strike-2020: x came back, as only its own folder was
    looked up among those moved, and the look-up maps the folders of annotated files."""
    from tests.test_opened_set_gui import SHARED

    strike = tmp_path / "strike"
    (strike / "wire").mkdir(parents=True)
    for name in ("a", "b", "wire/x", "wire/y"):
        (strike / f"{name}.txt").write_text(
            f"Report {name} on the strike.\n\n{SHARED}\n\nIts own closing line, {name}.\n",
            encoding="utf-8")
    window = _window(qtbot, [strike, strike / "wire"])
    _tag(window, "a")
    _tag(window, "b")
    window.session.remove_articles(["x"])
    qtbot.waitUntil(lambda: not window.busy and len(window.workspace.corpus) == 3,
                    timeout=60000)
    _quit(window)
    renamed = strike.rename(tmp_path / "strike-2020")

    again = _window(qtbot, [renamed, renamed / "wire"])
    qtbot.waitUntil(lambda: not again.busy, timeout=60000)  # (taken out: aligned again)
    assert sorted(a.id for a in again.workspace.corpus.articles) == ["a", "b", "y"]
    _quit(again)
