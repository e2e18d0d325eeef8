"""A folder window's look-up, at start, of the work kept for its folders under an earlier name
(`widgets.moved_work.take_up_moved_work`): whatever the data folder holds, the window
starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_opened_set_gui import _folders, _quit, _window, data_home
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
    assert again.annotation_gui.keeps_pasted(copy.id)
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
