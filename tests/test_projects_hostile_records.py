"""A project's stored records written by hand or by another tool: what cannot be read is said
in one line naming the project and the record, and never wipes what the article said. No Qt;
real project files, changed with sqlite3 as a hostile hand would."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from viewer.annotations.model import make_annotation
from viewer.annotations.store import load_set
from viewer.cli import main
from viewer.loading import load_sample_corpus
from viewer.projects import Project, ProjectDocument


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


def _project_with_a_copied_annotation_row(tmp_path: Path, *, copy_first: bool = False
                                          ) -> tuple[Path, str]:
    """A project with one annotation whose row is also copied, JSON and all, under the key
    'copy' (as a hand or another tool might), after its row or, with `copy_first`, before
    it; returns its path and the annotation's id."""
    path = tmp_path / "work.parallax"
    article = load_sample_corpus().articles[0]
    annotation_id = ""
    with Project.create(path) as project:
        (stored,) = project.add_articles([article])
        annotation = make_annotation(stored, 0, 9)
        annotation_id = annotation.id
        project.save_annotations([annotation], [])
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO records (kind, key, value, revision, modified) "
                           "SELECT kind, 'copy', value, revision, modified FROM records "
                           "WHERE kind = 'annotation'")
        if copy_first:  # (rows are read in the order written)
            connection.execute("DELETE FROM records WHERE kind = 'annotation' AND key = ?",
                               (annotation_id,))
            connection.execute("INSERT INTO records (kind, key, value, revision, modified) "
                               "SELECT kind, ?, value, revision, modified FROM records "
                               "WHERE kind = 'annotation'", (annotation_id,))
    connection.close()
    return path, annotation_id


@pytest.mark.parametrize("copy_first", [False, True])
def test_two_annotation_rows_holding_one_annotation_give_it_once_and_say_so(
        tmp_path: Path, copy_first: bool) -> None:
    """Review of 4ddbef2 (B3), then of d34e77e: a row copied under another key gave the
    annotation twice, which no annotation set takes (the project did not open). The row
    stored under the annotation's id is used, first or not; the copy is said in one line and
    kept."""
    path, annotation_id = _project_with_a_copied_annotation_row(tmp_path, copy_first=copy_first)
    with Project.open(path) as project:
        annotations, _ = project.annotations()
        assert [a.id for a in annotations] == [annotation_id]
        assert project.problems == [
            f"{path}: annotation 'copy' skipped: holds annotation {annotation_id!r}, as "
            f"record {annotation_id!r} does, which is used"]
        project.save_annotations(annotations, [])
    with sqlite3.connect(path) as connection:
        keys = {key for (key,) in connection.execute(
            "SELECT key FROM records WHERE kind = 'annotation'")}
    connection.close()
    assert keys == {annotation_id, "copy"}  # (a save keeps the skipped row as it is)


@pytest.mark.parametrize("copy_first", [False, True])
def test_an_annotation_deleted_or_edited_does_not_come_back_from_its_copied_row(
        tmp_path: Path, copy_first: bool) -> None:
    """Review of 0ad5c86: the copy, skipped but written back with every save, was the only row
    of the annotation once it was deleted, and it was there again on reopening (the version
    before an edit, once edited). The copy belongs to the annotation: deleted or edited here,
    the annotation takes its copy along, kept aside in the file's `overwritten` records (a
    hand may have made it), no longer read."""
    path, _ = _project_with_a_copied_annotation_row(tmp_path, copy_first=copy_first)
    with Project.open(path) as project:
        (annotation,) = project.annotations()[0]
        project.save_annotations([replace(annotation, note="edited")], [])
    with Project.open(path) as project:
        assert [a.note for a in project.annotations()[0]] == ["edited"]
        assert project.problems == []
        assert [(kind, key) for kind, key, _, _ in project.overwritten()] == [
            ("annotation", "copy")]
        project.save_annotations([], [])
    with Project.open(path) as project:
        assert project.annotations()[0] == ()
        assert project.problems == []


def test_an_annotation_deleted_does_not_come_back_from_its_copied_row(tmp_path: Path) -> None:
    """Deleted without an edit first (review of 0ad5c86), it stays deleted."""
    path, _ = _project_with_a_copied_annotation_row(tmp_path)
    with Project.open(path) as project:
        project.annotations()
        project.save_annotations([], [])
    with Project.open(path) as project:
        assert project.annotations()[0] == ()
        assert project.problems == []
        assert [(kind, key) for kind, key, _, _ in project.overwritten()] == [
            ("annotation", "copy")]


def test_a_project_with_a_copied_annotation_row_opens_in_the_window(tmp_path: Path) -> None:
    """`parallax work.parallax` ended in a traceback: ValueError, annotation ids must be
    unique (the window catches the projects' own errors only)."""
    path, annotation_id = _project_with_a_copied_annotation_row(tmp_path)
    document = ProjectDocument.open(path)
    with document.project:
        assert [a.id for a in document.annotations] == [annotation_id]
        assert len(document.project.problems) == 1


def test_export_of_a_project_with_a_copied_annotation_row_writes_it_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`parallax export work.parallax --format jsonld` wrote the annotation twice under one
    id, a file Parallax's own reader refuses."""
    path, annotation_id = _project_with_a_copied_annotation_row(tmp_path)
    out = tmp_path / "out.jsonld"
    assert main(["export", str(path), "--format", "jsonld", "-o", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    ids = [item["id"] for item in written["first"]["items"]]
    assert ids == [annotation_id]
    assert "'copy' skipped" in capsys.readouterr().err
    assert [a.id for a in load_set(out)] == [annotation_id]


UNKEPT_NUMBERS = [
    ('{"type": "Annotation", "n": 1' + "0" * 5000 + "}", "a number more than 4,300 digits long"),
    ('{"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", '
     '"start": NaN, "end": 4}}}', "NaN is not a JSON number"),
    ('{"type": "Annotation", "n": 1e999}', "the number 1e999 is too large to keep (it would "
                                           "be written back as Infinity, which is not JSON)"),
]
"""Annotation records holding a number JSON does not keep, and the reason said for each."""


@pytest.mark.parametrize(("value", "reason"), UNKEPT_NUMBERS)
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


def test_an_annotation_record_giving_a_key_twice_is_refused_and_named(tmp_path: Path) -> None:
    """A tester's report: a record giving "id" twice was read with the last value, so one
    annotation silently became another; annotation files refuse such an annotation, and so
    does a project, naming the key and both values. The record stays in the file."""
    path = tmp_path / "work.parallax"
    with Project.create(path) as project:
        (stored,) = project.add_articles([load_sample_corpus().articles[0]])
        kept = make_annotation(stored, 0, 9)
        project.save_annotations([kept], [])
    twice = ('{"type": "Annotation", "id": "https://ex.org/anno/1", "target": "x", '
             '"id": "https://ex.org/anno/99"}')
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO records (kind, key, value, revision, modified) "
                           "VALUES ('annotation', 'https://ex.org/anno/1', ?, 1, "
                           "'2020-01-01T00:00:00Z')", (twice,))
    connection.close()
    with Project.open(path) as project:
        assert [a.id for a in project.annotations()[0]] == [kept.id]
        (line,) = project.problems
        assert line.startswith(f"{path}: annotation 'https://ex.org/anno/1' skipped: the key "
                               '"id" is given twice, "https://ex.org/anno/1" and '
                               '"https://ex.org/anno/99"'), line
        project.save_annotations(project.annotations()[0], [])
    with sqlite3.connect(path) as connection:
        (value,) = connection.execute("SELECT value FROM records WHERE key = ?",
                                      ("https://ex.org/anno/1",)).fetchone()
    connection.close()
    assert value == twice  # (left as it is)


@pytest.mark.parametrize(("stored", "said"), [
    (b"\x00\xff\xfe{}", "its value is stored as bytes (a BLOB)"),
    (None, "its value is stored as nothing (NULL)")])
def test_an_annotation_record_that_is_no_text_is_said_and_left_as_it_is(
        tmp_path: Path, stored: object, said: str) -> None:
    """A tester's report: an annotation record stored as a BLOB was dropped with no line (the
    window showed 13 of 14 annotations). It is said, naming the project and the record, and
    left in the file as it is by a save."""
    path = tmp_path / "work.parallax"
    with Project.create(path) as project:
        (stored_article,) = project.add_articles([load_sample_corpus().articles[0]])
        kept = make_annotation(stored_article, 0, 9)
        project.save_annotations([kept], [])
    with sqlite3.connect(path) as connection:
        # (another tool's table, the NOT NULL dropped, for the NULL row)
        connection.executescript(
            "ALTER TABLE records RENAME TO typed; CREATE TABLE records (kind TEXT NOT NULL, "
            "key TEXT NOT NULL, value TEXT, revision INTEGER NOT NULL, modified TEXT NOT NULL,"
            " PRIMARY KEY (kind, key)); INSERT INTO records SELECT * FROM typed; "
            "DROP TABLE typed; CREATE INDEX records_by_revision ON records (kind, revision);")
        connection.execute("INSERT INTO records (kind, key, value, revision, modified) "
                           "VALUES ('annotation', 'odd', ?, 1, '2020-01-01T00:00:00Z')",
                           (stored,))
    connection.close()
    with Project.open(path) as project:
        assert [a.id for a in project.annotations()[0]] == [kept.id]
        assert project.problems == [f"{path}: annotation 'odd' skipped: {said}, not JSON "
                                    "text; left in the file as it is"]
        project.save_annotations([kept.edited(note="edited", when="2026-12-07T00:00:00Z")], [])
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT value FROM records WHERE key = 'odd'").fetchall()
    connection.close()
    assert rows == [(stored,)]


def _project_with_untyped_articles(tmp_path: Path, changes: str) -> tuple[Path, list[str]]:
    """A project of two sample articles whose articles table another tool laid out again
    with columns of no declared type (the names Parallax checks are kept), then `changes`
    (SQL naming the first article's id `:first`): SQLite turns a number written into
    a column declared TEXT into text, so only there does a number stay a number."""
    path = tmp_path / "work.parallax"
    with Project.create(path) as project:
        ids = [a.id for a in project.add_articles(load_sample_corpus().articles[:2])]
    with sqlite3.connect(path) as connection:
        connection.executescript(
            "ALTER TABLE articles RENAME TO typed; CREATE TABLE articles (id, position, title, "
            "text, path, outlet, url, author, published, origin, body_start, added, revision);"
            " INSERT INTO articles SELECT * FROM typed; DROP TABLE typed;")
        connection.execute(changes, {"first": ids[0]})
    connection.close()
    return path, ids


def test_an_article_whose_text_is_stored_as_a_number_is_refused_alone(tmp_path: Path) -> None:
    """A reviewer's: an article's text stored as a number refused the whole project as
    "damaged (an article without text)". That article is left out, in one line naming the
    file and the field; the other opens, and the row stays in the file as it was."""
    path, (first, second) = _project_with_untyped_articles(
        tmp_path, "UPDATE articles SET text = 12345 WHERE id = :first")
    with Project.open(path) as project:
        assert [a.id for a in project.articles()] == [second]
        assert project.problems == [f"{path}: article {first!r} skipped: its text is stored "
                                    "as a number, not text"]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT text FROM articles WHERE id = ?",
                                  (first,)).fetchone() == (12345,)
    connection.close()


def test_an_article_s_details_stored_as_numbers_are_said_not_used(tmp_path: Path) -> None:
    """Its title and outlet stored as numbers were dropped without a word (the title became
    the article's id): the article opens, and one line says which were not text."""
    path, (first, _) = _project_with_untyped_articles(
        tmp_path, "UPDATE articles SET title = 42, outlet = 3.5 WHERE id = :first")
    with Project.open(path) as project:
        assert len(project.articles()) == 2
        assert project.problems == [f"{path}: article {first!r}: its title and outlet are "
                                    "stored as numbers, not text; not used"]


def test_where_an_article_came_from_names_a_file_stored_as_bytes_as_a_path(
        tmp_path: Path) -> None:
    """A file name that is not UTF-8 is stored as its bytes; the article's origin read it with
    str(), "From the file b'/news/caf\\xe9.txt'", and a number as the path "12345"."""
    import os

    name = os.fsdecode(b"/news/caf\xe9.txt")
    path = tmp_path / "work.parallax"
    with Project.create(path) as project:
        (stored,) = project.add_articles([replace(load_sample_corpus().articles[0],
                                                  path=Path(name))])
        assert project.origin_of(stored.id) == ("file", name, project.origin_of(stored.id)[2])
    (tmp_path / "untyped").mkdir()
    untyped, (first, _) = _project_with_untyped_articles(
        tmp_path / "untyped", "UPDATE articles SET path = 12345, added = 7 WHERE id = :first")
    with Project.open(untyped) as project:
        assert project.origin_of(first) == ("file", None, "")


def project_with_numbered_snapshot(tmp_path: Path) -> tuple[Path, str]:
    """A project of one imported article whose snapshots table another tool laid out again
    without declared types, its page's address then stored as a number; its path and the
    article's id."""
    from viewer.projects import Snapshot

    path = tmp_path / "work.parallax"
    article = load_sample_corpus().articles[0]
    with Project.create(path) as project:
        (stored,) = project.add_articles([article], "imported", {article.id: Snapshot(
            "https://news.example.org/a", "2026-12-01T10:00:00Z", "text/html", b"<html>")})
    with sqlite3.connect(path) as connection:
        connection.executescript(
            "ALTER TABLE snapshots RENAME TO typed; CREATE TABLE snapshots (article_id, url, "
            "fetched, content_type, body); INSERT INTO snapshots SELECT * FROM typed; "
            "DROP TABLE typed; UPDATE snapshots SET url = 12345")
    connection.close()
    return path, stored.id


def test_a_snapshot_whose_texts_are_stored_as_numbers_is_said_not_used(tmp_path: Path) -> None:
    """A fetched page's address stored as a number was read as the text "12345"."""
    path, article_id = project_with_numbered_snapshot(tmp_path)
    with Project.open(path) as project:
        assert project.snapshot(article_id) is None
        assert project.problems == [f"{path}: snapshot {article_id!r} skipped: its URL is "
                                    "stored as a number, not text"]


@pytest.mark.parametrize(("value", "reason"), UNKEPT_NUMBERS)
def test_an_annotation_file_refuses_such_a_number_in_the_same_words(
        tmp_path: Path, value: str, reason: str) -> None:
    """A reviewer's: a project's records checked NaN, Infinity and long numbers with a check
    of their own, worded otherwise than an annotation file's ("4300" digits there, "4,300"
    here; Infinity explained there only). One check, one wording."""
    from viewer.annotations.store import AnnotationFileError, load_collection

    path = tmp_path / "notes.json"
    path.write_text(value, encoding="utf-8")
    with pytest.raises(AnnotationFileError) as refused:
        load_collection(path)
    assert str(refused.value).endswith(f"not usable JSON: {reason}")
