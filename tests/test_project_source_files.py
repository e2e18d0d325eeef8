"""A project says what became of its articles' files since they were added (tester s59 #2):
a file deleted, renamed, unreadable or changed on disk is listed once among the notices when
the project opens, and each article's details say it; the project's own copy of the text
stays what it shows. No Qt."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.faults import refuse_opening
from viewer.loading import load_file, load_paths
from viewer.projects import Project, ProjectDocument
from viewer.projects.binding import ProjectBinding
from viewer.projects.source_files import (
    CHANGED,
    MISSING,
    RENAMED,
    SUPERSEDED,
    UNREADABLE,
    source_changes,
)
from viewer.session import PostQueue, Session
from viewer.workspace import Workspace

TIMEOUT = 30.0

TEXTS = {
    "01_harbour_daily.txt": "Pier closed\n\nThe harbour authority of Westmoor closed the old "
                            "pier on Tuesday; repairs will take 15 weeks.\n",
    "02_coast_post.txt": "Westmoor pier shut\n\nRepairs to Westmoor's old pier will take about "
                         "four months, the harbour authority said.\n",
    "03_bay_times.txt": "Old pier to close\n\nThe pier closes for repairs, Westmoor's harbour "
                        "master told the council on Monday evening.\n",
    "04_town_crier.txt": "Pier repairs\n\nWestmoor's pier will reopen in the autumn, the "
                         "harbour authority expects.\n",
    "05_fishing_news.txt": "Fleet moves\n\nThe fishing fleet moves to the east quay while "
                           "Westmoor's pier is repaired.\n",
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _project(tmp_path: Path, folder: Path) -> Path:
    path = tmp_path / "pier.parallax"
    with Project.create(path) as project:
        project.add_articles(load_paths([folder]).articles)
    return path


def _age(folder: Path) -> None:
    """Date every file an hour back, as files saved the day before the project was made."""
    past = time.time() - 3600
    for path in folder.iterdir():
        os.utime(path, (past, past))


def _refusing(locked: Path):
    """The loader's reading, refusing `locked` as a file of mode 000 is refused (the tests
    may run as root, who reads it all the same)."""
    def read(path: Path) -> str:
        if path == locked:
            raise OSError("cannot read: permission denied")
        return load_file(path).text
    return read


def test_each_kind_of_change_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    _age(folder)
    with Project.open(_project(tmp_path, folder)) as project:
        articles, added = project.articles(), project.added_from_files()
    assert not source_changes(articles, added, lambda path: load_file(path).text)
    (folder / "01_harbour_daily.txt").write_text(
        TEXTS["01_harbour_daily.txt"].replace("15 weeks", "10 weeks"), encoding="utf-8")
    (folder / "02_coast_post.txt").unlink()
    (folder / "03_bay_times.txt").rename(folder / "03_bay_times_com.txt")
    locked = folder / "04_town_crier.txt"
    refuse_opening(monkeypatch, locked)  # (as for a file of mode 000, which root reads)
    changes = {c.article_id: c for c in source_changes(articles, added, _refusing(locked))}
    assert {key: c.kind for key, c in changes.items()} == {
        "01_harbour_daily": CHANGED, "02_coast_post": MISSING, "03_bay_times": RENAMED,
        "04_town_crier": UNREADABLE}
    assert changes["03_bay_times"].notice_line() == \
        "03_bay_times.txt: renamed to 03_bay_times_com.txt (same text)"
    assert changes["04_town_crier"].notice_line() == (
        "04_town_crier.txt: cannot be read (permission denied) (the project keeps the text as "
        "it was added)")
    assert changes["02_coast_post"].notice_line().startswith(
        f"02_coast_post.txt: no longer on disk at {folder}")
    assert changes["01_harbour_daily"].notice_line().startswith(
        "01_harbour_daily.txt: changed on disk since it was added (modified ")


def test_an_unchanged_file_touched_since_is_no_change(tmp_path: Path) -> None:
    """A file saved again with the same text (its time stamp new) has not changed."""
    folder = _folder(tmp_path)
    with Project.open(_project(tmp_path, folder)) as project:
        articles, added = project.articles(), project.added_from_files()
    future = time.time() + 60
    os.utime(folder / "05_fishing_news.txt", (future, future))
    assert source_changes(articles, added, lambda path: load_file(path).text) == []


def test_a_later_version_added_beside_names_the_earlier_one(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = _project(tmp_path, folder)
    story = folder / "05_fishing_news.txt"
    story.write_text(TEXTS[story.name].replace("east quay", "west quay"), encoding="utf-8")
    with Project.open(path) as project:
        project.add_articles(load_paths([story], taken_ids=project.added_from_files()).articles)
        articles, added = project.articles(), project.added_from_files()
    [change] = source_changes(articles, added, lambda path: load_file(path).text)
    assert (change.article_id, change.kind, change.detail) == (
        "05_fishing_news", SUPERSEDED, "05_fishing_news-2")
    assert "earlier version" in change.provenance_line()


def test_opening_the_project_says_so_once_and_in_the_details(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = _project(tmp_path, folder)
    (folder / "02_coast_post.txt").unlink()
    post = PostQueue()
    session = Session(Workspace(), post=post)
    notes: list[list[str]] = []
    session.workspace.file_notes_reported.connect(notes.append)
    binding = ProjectBinding(session, ProjectDocument.open(path))
    binding.load()
    deadline = time.monotonic() + TIMEOUT
    while not notes:
        assert time.monotonic() < deadline, "timed out"
        post.run_pending(timeout=0.05)
    assert notes == [[f"02_coast_post.txt: no longer on disk at {folder} (the project keeps "
                      "the text as it was added)"]]
    origin = binding.origin("02_coast_post")
    assert origin.startswith(f"From the file {folder / '02_coast_post.txt'}; added to the "
                             "project ")
    assert origin.endswith("The file is no longer there; this is the text as it was added.")
    assert binding.origin("01_harbour_daily").endswith("UTC.")  # (untouched: as before)
    assert "02_coast_post" in session.workspace.corpus  # (its text is still shown)
    binding.detach()
