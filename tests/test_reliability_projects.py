"""A project in a read-only folder and on a full disk, made for real (tests/faults.py).

The permission-bit versions of these tests skip as root, which CI runs as, so nothing checked
them there: a read-only bind mount and a small tmpfs make the faults for root too.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from viewer.annotations.model import make_annotation
from viewer.corpus import Article
from viewer.projects import Project, ProjectError
from viewer.provenance import Provenance

from .faults import fill_disk, read_only_folder, small_filesystem


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _project(folder: Path) -> Path:
    path = folder / "case.parallax"
    with Project.create(path) as project:
        (article,) = project.add_articles([Article("a", "Some text here for the case.", "A")])
        project.save_annotations([make_annotation(article, 0, 4)], [])
    return path


def _writes(project: Project) -> dict[str, Callable[[], object]]:
    article = project.articles()[0]
    return {
        "details": lambda: project.set_provenance("a", Provenance(outlet="X")),
        "annotations": lambda: project.save_annotations(
            [make_annotation(article, 5, 9) for _ in range(200)], []),
        "article": lambda: project.add_articles([Article("b", "More text. " * 20_000, "B")]),
        "view": lambda: project.set_view_state({"panes": ["a"]}),
    }


def test_a_project_in_a_read_only_folder_opens_and_refuses_each_write_in_one_line(
        tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = _project(folder)
    before = _digest(path)
    with read_only_folder(folder), Project.open(path) as project:
        assert project.read_only and [a.id for a in project.articles()] == ["a"]
        for write in _writes(project).values():
            with pytest.raises(ProjectError) as refused:
                write()
            message = str(refused.value)
            assert message.startswith(str(path)) and "\n" not in message
            assert "read-only" in message
        assert len(project.annotations()[0]) == 1
    assert _digest(path) == before and os.listdir(folder) == ["case.parallax"]


def test_a_project_on_a_full_disk_keeps_its_last_state_and_opens_again(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with small_filesystem(disk, size_kb=256):
        path = _project(disk)
        fill_disk(disk / "filler")
        with Project.open(path) as project:
            for write in ("annotations", "article"):
                with pytest.raises(ProjectError) as refused:
                    _writes(project)[write]()
                message = str(refused.value)
                assert message.startswith(str(path)) and "\n" not in message
                assert "previous state is kept" in message
            assert [a.id for a in project.articles()] == ["a"]
        (disk / "filler").unlink()
        with Project.open(path) as project:
            assert [a.id for a in project.articles()] == ["a"]
            assert len(project.annotations()[0]) == 1
        assert sorted(os.listdir(disk)) == ["case.parallax"]


def test_an_older_project_on_a_nearly_full_disk_is_left_whole_with_no_part_copy(
        tmp_path: Path) -> None:
    """A fault tester's report: opening a version 1 project on a nearly full disk was
    "internal error: OSError: [Errno 28] No space left on device" and left 12 KB of the
    36 KB project as NAME.parallax.v1.bak; once space was freed, the next opening took that
    part for the copy and migrated the project: its only "original" was a damaged file."""
    source = Path(__file__).parent / "data" / "project-v1.parallax"
    disk = tmp_path / "disk"
    with small_filesystem(disk, size_kb=200):
        path = disk / "old.parallax"
        path.write_bytes(source.read_bytes())
        before = _digest(path)
        fill_disk(disk / "filler")
        with pytest.raises(ProjectError) as refused:
            Project.open(path)
        message = str(refused.value)
        assert message.startswith(str(path)) and "\n" not in message
        assert "old.parallax.v1.bak" in message and "the file was not changed" in message
        assert _digest(path) == before
        assert sorted(os.listdir(disk)) == ["filler", "old.parallax"]
        # a part copy an earlier Parallax left under the name is no copy
        (disk / "filler").unlink()
        (disk / "old.parallax.v1.bak").write_bytes(source.read_bytes()[:4096])
        with Project.open(path) as project:
            assert project.articles()
        assert (disk / "old.parallax.v1.bak").read_bytes() == source.read_bytes()
        assert sorted(os.listdir(disk)) == ["old.parallax", "old.parallax.v1.bak"]


def test_a_screenshot_of_a_read_only_project_with_annotations_finishes(tmp_path: Path) -> None:
    """The re-anchored annotations could not be saved, so closing asked Save As / Discard /
    Cancel -- off screen, where no one answers: `--screenshot` waited forever."""
    import subprocess
    import sys

    folder = tmp_path / "shared"
    folder.mkdir()
    path = _project(folder)
    before = _digest(path)
    shot = tmp_path / "shot.png"
    repo = Path(__file__).resolve().parent.parent
    with read_only_folder(folder):
        done = subprocess.run(
            [sys.executable, "-m", "viewer", "--screenshot", str(shot), str(path)],
            capture_output=True, timeout=60, cwd=repo, check=False,
            env={**os.environ, "PYTHONPATH": str(repo), "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr.decode()
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert _digest(path) == before


def test_a_screenshot_of_a_writable_project_leaves_its_files_as_they_were(
        tmp_path: Path) -> None:
    """Opening the project re-anchored its annotations and the window saved their status at
    once: a screenshot changed the user's project (its revision, the annotation records)."""
    import subprocess
    import sys

    folder = tmp_path / "shared"
    folder.mkdir()
    _project(folder)
    before = {path.name: _digest(path) for path in folder.iterdir()}
    shot = tmp_path / "shot.png"
    repo = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-m", "viewer", "--screenshot", str(shot), str(folder / "case.parallax")],
        capture_output=True, timeout=60, cwd=repo, check=False,
        env={**os.environ, "PYTHONPATH": str(repo), "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr.decode()
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert {path.name: _digest(path) for path in folder.iterdir()} == before
    # What the window showed is what the project holds: the annotation is there.
    with Project.open(folder / "case.parallax") as project:
        assert len(project.annotations()[0]) == 1


def test_a_project_read_into_memory_keeps_changes_there(tmp_path: Path) -> None:
    path = _project(tmp_path)
    before = _digest(path)
    project = Project.read_into_memory(path)
    try:
        assert project.path == path and not project.read_only
        article = project.articles()[0]
        added = make_annotation(article, 5, 9)
        project.save_annotations([added], [])
        project.set_view_state({"panes": ["a"]})
        assert added.id in {annotation.id for annotation in project.annotations()[0]}
        assert project.view_state() == {"panes": ["a"]}
    finally:
        project.close()
    assert _digest(path) == before
    assert sorted(os.listdir(tmp_path)) == ["case.parallax"]
