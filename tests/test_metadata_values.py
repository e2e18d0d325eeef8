"""The loader and a project agree on which publication times and addresses are used
(`viewer.loading.metadata_values`): what a file's header gives and the loader keeps is kept when
the project it was saved in opens again, without a word; what the loader leaves it says once, in
a note, and the project never holds it. (A project flagged, at every opening, the `Date:
unknown` and `Link: C:\\...` Parallax had itself loaded and stored.) No Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.loading import load_file, load_paths
from viewer.loading.metadata_values import is_page_address, names_a_day
from viewer.projects import Project

BODY = "Storm hits coast. The storm hit the coast on Tuesday, and the town was flooded.\n"


def _saved_and_reopened(tmp_path: Path, header: str) -> tuple[Path, tuple[str | None, ...],
                                                               list[str]]:
    """A text file with `header` loaded with load_file, saved in a project, the project opened
    twice: the file's path, the article's (published, date, url) as loaded, and what the
    second opening says (after checking the first gives the article as loaded)."""
    story = tmp_path / "story.txt"
    story.write_text(header + "\n" + BODY, encoding="utf-8")
    loaded = load_file(story)
    path = tmp_path / "kept.parallax"
    with Project.create(path) as project:
        project.add_articles([loaded])
    for _ in range(2):
        with Project.open(path) as project:
            (reopened,) = project.articles()
            assert (reopened.published, reopened.date, reopened.url) == (
                loaded.published, loaded.date, loaded.url)
            problems = list(project.problems)
    return story, (loaded.published, loaded.date, loaded.url), problems


@pytest.mark.parametrize(("header", "published", "url"), [
    ("Date: 令和元年\nLink: C:\\Users\\me\\story.html", "令和元年", "C:\\Users\\me\\story.html"),
    ("Date: 令和元年5月1日\nurl: D:/news/story.html", "令和元年5月1日", "D:/news/story.html"),
    ("Date: Spring 2020\nurl: https://example.org/story", "Spring 2020",
     "https://example.org/story"),
])
def test_what_the_loader_keeps_a_reopened_project_keeps_without_a_word(
        tmp_path: Path, header: str, published: str, url: str) -> None:
    """'元年' is an era's first year (a numeral), 'C:\\' a drive, not the scheme 'C'."""
    _, (kept_published, _, kept_url), problems = _saved_and_reopened(tmp_path, header)
    assert (kept_published, kept_url) == (published, url)
    assert problems == []


@pytest.mark.parametrize(("header", "notes"), [
    ("Date: unknown\nurl: javascript:alert(1)",
     ["its publication time 'unknown' names no date (no numeral in it); not used",
      "its address 'javascript:alert(1)' is no web page's or file's (only http, https and "
      "file are); not used"]),
    ("Date: not a date\nLink: ipfs://bafy/x",
     ["its publication time 'not a date' names no date (no numeral in it); not used",
      "its address 'ipfs://bafy/x' is no web page's or file's (only http, https and file "
      "are); not used"]),
])
def test_what_the_loader_leaves_it_says_once_and_a_project_never_holds(
        tmp_path: Path, header: str, notes: list[str]) -> None:
    """A user reads "unknown" as no date, and a javascript: address is never an article's
    link: the loader leaves both and says so in notes, in the words a project uses for a
    hand's edit; the project it is saved in holds neither, and opens without a word."""
    story, (published, date, url), problems = _saved_and_reopened(tmp_path, header)
    assert (published, date, url) == (None, None, None)
    assert problems == []
    report = load_paths([story])
    assert report.problems == ()
    assert [(note.path, note.reason) for note in report.notes] == [
        (story, note) for note in notes]


def test_a_header_whose_values_are_used_gives_no_note(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Date: 2020-01-08\nurl: https://example.org/a\n\n" + BODY,
                     encoding="utf-8")
    assert load_paths([story]).notes == ()


@pytest.mark.parametrize(("published", "names"), [
    ("令和元年", True), ("平成元年1月8日", True), ("2020", True), ("二〇二〇年", True),
    ("unknown", False), ("元旦", False)])
def test_a_day_is_named_by_a_numeral_or_an_eras_first_year(published: str,
                                                           names: bool) -> None:
    assert names_a_day(published) is names


@pytest.mark.parametrize(("url", "page"), [
    ("C:\\Users\\me\\story.html", True), ("c:/news/story.html", True),
    ("\\\\server\\share\\story.html", True), ("https://example.org", True),
    ("localhost:8000/story", True), ("javascript:alert(1)", False),
    ("data:text/html,x", False)])
def test_a_drive_letter_is_a_files_path_not_a_scheme(url: str, page: bool) -> None:
    assert is_page_address(url) is page


def test_a_project_writes_no_value_its_reader_would_leave(tmp_path: Path) -> None:
    """An article made elsewhere than by the loader (a caller's own) with such values is
    stored without them: a project Parallax wrote opens without a word."""
    from viewer.corpus import Article

    path = tmp_path / "made.parallax"
    with Project.create(path) as project:
        project.add_articles([Article(id="a", text=BODY, title="Storm", url="javascript:x()",
                                      published="unknown")])
    with Project.open(path) as project:
        (article,) = project.articles()
        assert (article.url, article.published, project.problems) == (None, None, [])
