"""A project's stored records written by hand or by another tool: what cannot be read is said
in one line naming the project and the record, and never wipes what the article said. No Qt;
real project files, changed with sqlite3 as a hostile hand would."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from viewer.annotations.model import make_annotation
from viewer.loading import load_sample_corpus
from viewer.projects import Project


def _project_with_record(tmp_path: Path, value: object) -> tuple[Path, str]:
    path = tmp_path / "work.parallax"
    article = load_sample_corpus().articles[0]
    with Project.create(path) as project:
        (stored,) = project.add_articles([article])
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO records (kind, key, value, revision, modified) "
                           "VALUES ('provenance', ?, ?, 99, '2020-01-01T00:00:00Z')",
                           (stored.id, json.dumps(value)))
    connection.close()
    return path, stored.id


def test_edits_of_an_article_s_details_that_are_not_text_keep_what_it_said(
        tmp_path: Path) -> None:
    """tester56 #7: `{"title": ["a","b"], "published": 12345, "outlet": {"x": 1}}` made the
    outlet the file's name and the date "No publication time", and nothing was said."""
    path, article_id = _project_with_record(tmp_path, {
        "title": ["a", "b"], "published": 12345, "outlet": {"x": 1}, "author": "Dana"})
    with Project.open(path) as project:
        read = project.read_provenance(article_id)
        (article,) = project.articles()
        shown = project.provenance(article_id)
        problems = list(project.problems)
    assert (article.title, article.source, article.published) == (
        read.title, read.outlet, read.published)
    assert (shown.title, shown.outlet, shown.published, shown.author) == (
        read.title, read.outlet, read.published, "Dana")  # (the text edit stays)
    assert problems == [f"{path}: provenance {article_id!r}: its edited title, outlet and "
                        "publication time are not text; what the article said is used"]


def test_an_edit_record_that_is_no_object_is_said_and_kept(tmp_path: Path) -> None:
    path, article_id = _project_with_record(tmp_path, [1, 2])
    with Project.open(path) as project:
        (article,) = project.articles()
        assert article.title == project.read_provenance(article_id).title
        assert project.problems == [f"{path}: provenance {article_id!r} skipped: not an edit "
                                    "of an article's details"]


def test_two_annotation_rows_holding_the_same_json_both_open(tmp_path: Path) -> None:
    """Review of 4ddbef2 (B3): a row copied under another key held the same JSON text, the
    reading kept one annotation per text, and the first row's text could not be found: the
    project did not open (`parallax export` said internal error: KeyError)."""
    path = tmp_path / "work.parallax"
    article = load_sample_corpus().articles[0]
    with Project.create(path) as project:
        (stored,) = project.add_articles([article])
        project.save_annotations([make_annotation(stored, 0, 9)], [])
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO records (kind, key, value, revision, modified) "
                           "SELECT kind, 'copy', value, revision, modified FROM records "
                           "WHERE kind = 'annotation'")
    connection.close()
    with Project.open(path) as project:
        annotations, _ = project.annotations()
    assert len(annotations) == 2 and annotations[0] == annotations[1]


@pytest.mark.parametrize(("value", "reason"), [
    ('{"type": "Annotation", "n": 1' + "0" * 5000 + "}", "a number more than 4,300 digits long"),
    ('{"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", '
     '"start": NaN, "end": 4}}}', "NaN is not a JSON number"),
    ('{"type": "Annotation", "n": 1e999}', "the number 1e999 is too large to keep"),
])
def test_an_annotation_record_holding_a_value_json_does_not_keep_is_said_in_words(
        tmp_path: Path, value: str, reason: str) -> None:
    """tester56 #14: a 5,001-digit number said "use sys.set_int_max_str_digits() to increase
    the limit", and NaN as a position "expected a whole number, got a number"."""
    path = tmp_path / "work.parallax"
    with Project.create(path) as project:
        project.add_articles([load_sample_corpus().articles[0]])
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO records (kind, key, value, revision, modified) "
                           "VALUES ('annotation', 'odd', ?, 1, '2020-01-01T00:00:00Z')", (value,))
    connection.close()
    with Project.open(path) as project:
        assert project.annotations()[0] == ()
        assert project.problems == [f"{path}: annotation 'odd' skipped: {reason}"]
