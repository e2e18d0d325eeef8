"""The name Save project as suggests (viewer.projects.naming), without Qt."""

from __future__ import annotations

from pathlib import Path

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
