"""The name Save project as suggests (viewer.projects.naming), without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.projects.naming import suggested_project_name


def test_a_folder_named_for_what_it_holds_gives_its_parent_s_name(tmp_path: Path) -> None:
    """A tester's projects were all suggested as "articles.parallax"."""
    story = tmp_path / "murdaugh-sentencing" / "articles"
    story.mkdir(parents=True)
    (story / "01.txt").write_text("x", encoding="utf-8")
    assert suggested_project_name([story]) == "murdaugh-sentencing.parallax"
    assert suggested_project_name([story / "01.txt"]) == "murdaugh-sentencing.parallax"
    named = tmp_path / "Alaska 1282"
    named.mkdir()
    assert suggested_project_name([named]) == "Alaska 1282.parallax"
    assert suggested_project_name([]) == "project.parallax"


def test_several_folders_are_named_by_the_folder_they_share(tmp_path: Path) -> None:
    """tester55b #5: three folders opened together were suggested the first one's name."""
    story = tmp_path / "ukraine-dam"
    for name in ("bbc", "reuters", "articles"):
        (story / name).mkdir(parents=True)
    folders = [story / "bbc", story / "reuters"]
    assert suggested_project_name(folders, home=tmp_path) == "ukraine-dam.parallax"
    # (a generic shared folder gives its parent's name, as for one folder)
    generic = tmp_path / "strike" / "articles"
    (generic / "a").mkdir(parents=True)
    (generic / "b").mkdir()
    assert suggested_project_name([generic / "a", generic / "b"],
                                  home=tmp_path) == "strike.parallax"
    # (a folder and one inside it: the outer one names them)
    assert suggested_project_name([story, story / "bbc"], home=tmp_path) == "ukraine-dam.parallax"


def test_folders_sharing_only_the_home_folder_are_first_and_the_others_counted(
        tmp_path: Path) -> None:
    for name in ("Alaska 1282", "Boeing: MAX", "third"):
        (tmp_path / name).mkdir()
    folders = [tmp_path / "Alaska 1282", tmp_path / "Boeing: MAX", tmp_path / "third"]
    assert suggested_project_name(folders, home=tmp_path) == "Alaska 1282 and 2 more.parallax"
    # (made safe as a file name: no ':' on Windows)
    assert suggested_project_name(folders[1:], home=tmp_path) == "Boeing- MAX and 1 more.parallax"
    # (two files of one folder are that folder)
    (tmp_path / "third" / "1.txt").write_text("x", encoding="utf-8")
    (tmp_path / "third" / "2.txt").write_text("x", encoding="utf-8")
    assert suggested_project_name([tmp_path / "third" / "1.txt", tmp_path / "third" / "2.txt"],
                                  home=tmp_path) == "third.parallax"


def test_folders_on_two_drives_are_first_and_the_others_counted(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Review of 38ed280: os.path.commonpath raises ValueError for paths on two drives
    (Windows), and Save project as failed."""
    import ntpath

    from viewer.projects import naming

    with pytest.raises(ValueError):
        ntpath.commonpath(["C:\\news\\bbc", "D:\\news\\reuters"])  # (what Windows does)

    def on_two_drives(paths: object) -> str:
        raise ValueError("Paths don't have the same drive")

    monkeypatch.setattr(naming.os.path, "commonpath", on_two_drives)
    for name in ("bbc", "reuters"):
        (tmp_path / name).mkdir()
    assert suggested_project_name([tmp_path / "bbc", tmp_path / "reuters"],
                                  home=tmp_path / "home") == "bbc and 1 more.parallax"


def test_a_generic_shared_folder_in_the_home_folder_does_not_give_the_home_s_name(
        tmp_path: Path) -> None:
    """Review of 38ed280: ~/articles/a and ~/articles/b were named after the home folder
    (the generic folder's parent)."""
    home = tmp_path / "maria"
    for name in ("a", "b"):
        (home / "articles" / name).mkdir(parents=True)
    assert suggested_project_name([home / "articles" / "a", home / "articles" / "b"],
                                  home=home) == "a and 1 more.parallax"


def test_a_long_name_is_cut_to_the_bytes_a_file_name_may_hold(tmp_path: Path) -> None:
    """Review of 38ed280: the cap counted characters; 84 CJK characters are 252 bytes of
    UTF-8, and with ".parallax" past the 255 a file name may hold."""
    folder = tmp_path / ("北京" * 42)
    folder.mkdir()
    name = suggested_project_name([folder])
    assert name.endswith(".parallax") and name.startswith("北京")
    assert 230 < len(name.encode("utf-8")) <= 255
    assert "\ufffd" not in name  # (cut at a character's edge)
