"""A folder window's look-up, at start, of the work kept for its folders under an earlier name
(`widgets.opened_set_follower.take_up_moved_work`): whatever the data folder holds, the window
starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_opened_set_gui import _folders, _quit, _window, data_home

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
