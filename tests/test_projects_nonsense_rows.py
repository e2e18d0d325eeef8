"""A project edited by hand into nonsense (tester60 #15), built from a real saved project with
sqlite3 as a hand would: an article's text stored as bytes with no letter, a
publication time that names no date, an address in a scheme no page has. Each is said in one
line naming the project and the article, and the row is left in the file as it was. No Qt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from viewer.loading import load_sample_corpus
from viewer.projects import Project


def _project_changed(tmp_path: Path, change: str, *values: object) -> tuple[Path, list[str]]:
    """A saved project of two sample articles, then `change` (SQL whose last `?` is the first
    article's id, after `values`); its path and the articles' ids."""
    path = tmp_path / "nonsense.parallax"
    with Project.create(path) as project:
        ids = [a.id for a in project.add_articles(load_sample_corpus().articles[:2])]
    with sqlite3.connect(path) as connection:
        connection.execute(change, (*values, ids[0]))
    connection.close()
    return path, ids


@pytest.mark.parametrize("text", [b"12345", b"\x00\x00\x00", "\u2014 3.5 %".encode()])
def test_an_article_whose_text_is_bytes_of_no_letter_is_refused_in_one_line(
        tmp_path: Path, text: bytes) -> None:
    """A BLOB in the text column opened as an article titled by its id, without a word:
    bytes that hold no letter are no article's text. (Bytes holding text are read as UTF-8:
    `test_fault_matrix_project_reading`; the number 12345 written into the column is kept by
    SQLite as the text "12345", as Parallax keeps a pasted "12345", and read as one.)"""
    path, (first, second) = _project_changed(
        tmp_path, "UPDATE articles SET text = ? WHERE id = ?", text)
    with Project.open(path) as project:
        assert [a.id for a in project.articles()] == [second]
        (line,) = project.problems
        assert line.startswith(f"{path}: article {first!r} skipped: its text is stored as "
                               "bytes with no letter in any script")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT text FROM articles WHERE id = ?",
                                  (first,)).fetchone() == (text,)
    connection.close()


@pytest.mark.parametrize("published", ["not a date", "unknown", "???"])
def test_a_publication_time_that_names_no_date_is_no_date(tmp_path: Path,
                                                          published: str) -> None:
    """"not a date" was shown as it was in the Date column (and the article's details): a
    publication time with no numeral in it names no day."""
    path, (first, _) = _project_changed(
        tmp_path, "UPDATE articles SET published = ? WHERE id = ?", published)
    with Project.open(path) as project:
        article = {a.id: a for a in project.articles()}[first]
        assert (article.published, article.date) == (None, None)
        assert project.problems == [f"{path}: article {first!r}: its publication time "
                                    f"{published!r} names no date (no numeral in it); "
                                    "not used"]


@pytest.mark.parametrize("published", ["2020-01-08T07:15:00Z", "8 January 2020",
                                       "令和二年一月八日", "Spring 2020"])
def test_a_publication_time_with_a_numeral_is_kept_as_it_was(tmp_path: Path,
                                                             published: str) -> None:
    path, (first, _) = _project_changed(
        tmp_path, "UPDATE articles SET published = ? WHERE id = ?", published)
    with Project.open(path) as project:
        assert {a.id: a for a in project.articles()}[first].published == published
        assert project.problems == []


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)",
                                 "data:text/html,<b>x</b>", "vbscript:msgbox(1)",
                                 "mailto:desk@example.org"])
def test_an_address_in_a_scheme_no_page_has_is_refused(tmp_path: Path, url: str) -> None:
    """A `javascript:` address was kept as the article's, and every export named the article
    by it (Hypothesis' `uri`, the JSON-LD's `source`): nothing said it."""
    path, (first, _) = _project_changed(
        tmp_path, "UPDATE articles SET url = ? WHERE id = ?", url)
    with Project.open(path) as project:
        assert {a.id: a for a in project.articles()}[first].url is None
        assert project.problems == [f"{path}: article {first!r}: its address {url!r} is no "
                                    "web page's or file's (only http, https and file are); "
                                    "not used"]


@pytest.mark.parametrize("url", ["https://example.org/story", "http://example.org/a?b=1",
                                 "file:///home/me/story.txt", "www.example.org/story",
                                 "example.org:8080/story", "localhost:8000/story"])
def test_a_web_or_file_address_is_kept(tmp_path: Path, url: str) -> None:
    path, (first, _) = _project_changed(
        tmp_path, "UPDATE articles SET url = ? WHERE id = ?", url)
    with Project.open(path) as project:
        assert {a.id: a for a in project.articles()}[first].url == url
        assert project.problems == []
