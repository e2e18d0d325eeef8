"""Cells of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed and were
fixed for project files: a file named `.parallax` that is not SQLite at all (JSON, text) was read
as an article -- `parallax align`, `export --corpus` and the window took its bytes for a news
text and said nothing (a project is still told by its content, tests/test_projects_content.py;
such a file is refused by the loader); Save project as onto a FIFO or onto links leading in a
circle replaced them with the project, and onto a link replaced the link instead of writing
through it as annotation saves do. Real `python -m viewer` processes, real FIFOs and links."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.corpus import Article
from viewer.projects import Project, ProjectError

REPO = Path(__file__).resolve().parent.parent
REFUSAL = ("named like a Parallax project, but is not one (not an SQLite database) nor an "
           "article")
BODY = ("Iran launched more than a dozen ballistic missiles at two bases in Iraq.\n"
        "The Pentagon said the strikes began at about 5:30 p.m. Eastern time.\n")


def _viewer(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run([sys.executable, "-m", "viewer", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def not_a_project(tmp_path: Path) -> Path:
    path = tmp_path / "work.parallax"
    path.write_text('{"articles": [{"title": "A", "text": "' + BODY.strip() + '"}', "utf-8")
    return path


def test_align_refuses_it_in_one_line_and_loads_the_rest(
        not_a_project: Path, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(BODY, "utf-8")
    before = not_a_project.read_bytes()
    run = _viewer("align", "--json", not_a_project, tmp_path / "a.txt", tmp_path / "b.txt")
    assert run.returncode == 0, run.stderr
    assert run.stderr.splitlines() == [f"parallax: {not_a_project}: {REFUSAL}"]
    assert '"work"' not in run.stdout  # not an article
    alone = _viewer("align", not_a_project)
    assert alone.returncode == 2
    assert alone.stderr.splitlines()[0] == f"parallax: {not_a_project}: {REFUSAL}"
    assert not_a_project.read_bytes() == before


def test_the_window_refuses_it_in_one_line(not_a_project: Path, tmp_path: Path) -> None:
    run = _viewer("--screenshot", tmp_path / "shot.png", not_a_project)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [f"parallax: {not_a_project}: {REFUSAL}",
                                       "parallax: no usable articles to work on"]
    assert "Traceback" not in run.stderr and not (tmp_path / "shot.png").exists()


def _saved_as(tmp_path: Path, target: Path) -> None:
    with Project.create(tmp_path / "work.parallax") as project:
        project.add_articles([Article("a", BODY, "A")])
        project.save_as(target)
        assert [a.id for a in project.articles()] == ["a"]


def test_save_as_onto_a_fifo_or_a_link_loop_is_refused_in_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.parallax"
    os.mkfifo(fifo)
    loop = tmp_path / "one.parallax"
    loop.symlink_to("two.parallax")
    (tmp_path / "two.parallax").symlink_to("one.parallax")
    for target, reason in ((fifo, "a FIFO (named pipe)"), (loop, "leads in a circle")):
        with pytest.raises(ProjectError) as refused:
            _saved_as(tmp_path, target)
        assert str(refused.value).startswith(f"{target}: ") and reason in str(refused.value)
        assert "\n" not in str(refused.value)
        (tmp_path / "work.parallax").unlink()
    assert fifo.is_fifo() and os.readlink(loop) == "two.parallax"
    assert os.readlink(tmp_path / "two.parallax") == "one.parallax"


def test_save_as_onto_a_link_writes_through_it(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    link = tmp_path / "case.parallax"
    link.symlink_to(tmp_path / "real" / "case.parallax")
    _saved_as(tmp_path, link)
    assert os.readlink(link) == str(tmp_path / "real" / "case.parallax")
    with Project.open(link) as project:
        assert [a.id for a in project.articles()] == ["a"]


def test_a_project_moved_while_open_says_so_and_save_as_keeps_the_work(tmp_path: Path) -> None:
    # Moved in a file manager (or replaced by a sync tool, or deleted) while the window had
    # it open: SQLite refuses to write, in words ("attempt to write a readonly database")
    # that sent the user looking for a permission problem.
    from viewer.annotations.model import make_annotation

    path = tmp_path / "case.parallax"
    with Project.create(path) as project:
        project.add_articles([Article("a", BODY, "A")])
    project = Project.open(path)
    try:
        article = project.articles()[0]
        os.rename(path, tmp_path / "moved.parallax")
        with pytest.raises(ProjectError) as refused:
            project.save_annotations([make_annotation(article, 0, 4)], [])
        assert str(refused.value) == (
            f"{path}: could not be saved: the file was moved, replaced or deleted after it "
            "was opened; use Save As to keep the changes")
        assert refused.value.save_elsewhere  # (the window offers Save As: tester, session 53)
        project.save_as(tmp_path / "kept.parallax")
        project.save_annotations([make_annotation(article, 0, 4)], [])
    finally:
        project.close()
    with Project.open(tmp_path / "kept.parallax") as kept:
        assert [a.id for a in kept.articles()] == ["a"] and len(kept.annotations()[0]) == 1
