"""What a project says of its files' folders (review of tester s59 #2's check): a folder's files
renamed are each found, its unknown files read once however many were renamed; a file perhaps
among those left unread is never called gone; a folder not on this machine (a project made on
another) is one line, named as the project writes it, not one line per file. No Qt."""

from __future__ import annotations

import os
import time
from pathlib import Path, PureWindowsPath

import pytest

from viewer.corpus import Article
from viewer.loading import load_file
from viewer.projects import Project, renamed_files
from viewer.projects.source_files import (
    FOLDER_GONE,
    MAYBE_RENAMED,
    MISSING,
    RENAMED,
    notice_lines,
    source_changes,
)

EARLIER = "2020-01-01T00:00:00Z"


def _articles(folder: Path, count: int) -> list[Article]:
    """`count` article files of distinct texts in `folder`, dated before they were added."""
    folder.mkdir()
    articles = []
    for number in range(count):
        path = folder / f"{number:04d}_outlet.txt"
        path.write_text(f"Report {number}\n\nThe council met on day {number} of the year.\n",
                        encoding="utf-8")
        articles.append(load_file(path))
    past = time.time() - 3600
    for path in folder.iterdir():
        os.utime(path, (past, past))
    return articles


def _counting_reader(reads: list[Path]):
    def read(path: Path) -> str:
        reads.append(path)
        return load_file(path).text
    return read


def test_every_renamed_file_is_found_reading_each_unknown_file_once(tmp_path: Path) -> None:
    """600 articles with 300 renamed said 200 renamed and 100 "no longer on disk" (each gone
    file read at most 200 of its folder's files, again for every gone file)."""
    folder = tmp_path / "articles"
    articles = _articles(folder, 260)
    added = {article.id: EARLIER for article in articles}
    for article in articles[:230]:
        assert article.path is not None
        article.path.rename(folder / f"renamed_{article.path.name}")
    reads: list[Path] = []
    changes = source_changes(articles, added, _counting_reader(reads))
    assert [change.kind for change in changes] == [RENAMED] * 230
    assert all(Path(change.detail).name == f"renamed_{change.path.name}" for change in changes)
    renamed_reads = [path for path in reads if path.name.startswith("renamed_")]
    assert len(renamed_reads) == len(set(renamed_reads)) == 230


def test_a_file_perhaps_among_those_left_unread_is_not_called_gone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles"
    articles = _articles(folder, 6)
    added = {article.id: EARLIER for article in articles}
    for article in articles[:4]:
        assert article.path is not None
        article.path.rename(folder / f"renamed_{article.path.name}")
    # (a budget of two files' bytes: the folder's other two renamed files are left unread)
    size = (folder / f"renamed_{articles[0].id}.txt").stat().st_size
    monkeypatch.setattr(renamed_files, "MAX_FOLDER_BYTES_READ", 2 * size + 1)
    kinds = {c.article_id: c for c in source_changes(articles, added,
                                                     lambda path: load_file(path).text)}
    assert [kinds[a.id].kind for a in articles[:4]] == [RENAMED, RENAMED, MAYBE_RENAMED,
                                                        MAYBE_RENAMED]
    unread = kinds[articles[2].id]
    assert unread.notice_line() == (
        f"0002_outlet.txt: no longer under this name in {folder}; it may be one of the 2 files "
        "there not read to find it renamed (the project keeps the text as it was added)")
    assert "may be one of the 2 files of its folder" in unread.provenance_line()
    assert MISSING not in {change.kind for change in kinds.values()}


def test_a_project_made_on_another_machine_says_its_folder_once(tmp_path: Path) -> None:
    """A project from Windows said "01_bbc.txt: no longer on disk at /tmp" (the current
    directory as its folder) for each of its articles, and so did every article's details."""
    windows = PureWindowsPath(r"C:\Users\alice\news")
    path = tmp_path / "alice.parallax"
    with Project.create(path) as project:
        project.add_articles([Article(f"{number:02d}_bbc", f"Text {number}.", f"Title {number}",
                                      path=Path(str(windows / f"{number:02d}_bbc.txt")))
                              for number in range(1, 2001)])
        articles, added = project.articles(), project.added_from_files()
    if os.name == "nt":
        pytest.skip("a Windows path is this machine's own on Windows")
    changes = source_changes(articles, added, lambda path: load_file(path).text)
    assert {change.kind for change in changes} == {FOLDER_GONE}
    assert len(changes) == 2000
    assert notice_lines(changes) == [
        r"the project's files in C:\Users\alice\news are not on this machine (2,000 files; the "
        "project keeps their texts as they were added)"]
    assert changes[0].provenance_line() == (
        r"The project's files in C:\Users\alice\news are not on this machine; this is the text "
        "as it was added.")


def test_a_folder_gone_from_this_machine_is_one_line_not_another_machine_s(tmp_path: Path
                                                                           ) -> None:
    """A folder renamed here is gone from where the project read it, not "not on this
    machine" (a review), which is for a path written as another system writes them."""
    folder = tmp_path / "articles"
    articles = _articles(folder, 3)
    added = {article.id: EARLIER for article in articles}
    folder.rename(tmp_path / "elsewhere")
    changes = source_changes(articles, added, lambda path: load_file(path).text)
    assert notice_lines(changes) == [
        f"the project's files in {folder} are no longer there: the folder is gone, renamed or "
        "moved (3 files; the project keeps their texts as they were added)"]
