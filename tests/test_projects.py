"""Project files: round trip, one file on disk, bad files refused untouched, migration, read-only.

The crash and two-process tests, which start real child processes, are in
tests/test_projects_processes.py.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from viewer.annotations.model import ClaimGroup, make_annotation
from viewer.corpus import Article
from viewer.corrections import SpanAnchor, link_spans
from viewer.projects import Project, ProjectError, Snapshot
from viewer.projects.schema import SCHEMA_VERSION
from viewer.provenance import Provenance

V1_FIXTURE = Path(__file__).parent / "data" / "project-v1.parallax"


def _articles() -> list[Article]:
    return [
        Article("wire", "---\nsource: Wire\npublished: 2020-01-08T02:10:00Z\n---\nIran fired "
                "22 missiles at two bases overnight, officials said.", "Strike",
                path=Path("/somewhere/wire.txt"), source="Wire",
                published="2020-01-08T02:10:00Z", date="2020-01-08", body_start=54),
        Article("paper", "Officials said Iran fired 22 missiles at two bases. 🚀 Later more.",
                "Paper"),
    ]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    target = tmp_path / "case.parallax"
    project = Project.new()
    wire, paper = project.add_articles(_articles())
    imported = project.add_articles(
        [Article("wire", "A fetched page's text, long enough.", "Fetched", url="https://x.test/a")],
        origin="imported",
        snapshots={"wire": Snapshot("https://x.test/a", "2026-12-01T00:00:00Z", "text/html",
                                    b"<html>\xe2\x80\x94</html>")})
    assert imported[0].id == "wire-2"  # ids stay unique within the project
    project.set_provenance("paper", Provenance(outlet="The Paper", author="B. Writer",
                                               published="2020-01-08T09:00:00+03:00"))
    note = make_annotation(paper, 15, 36, tags=("disputed",), note="check", claim="Missiles")
    project.save_annotations([note], [ClaimGroup("Missiles", "how many")])
    correction = link_spans([SpanAnchor.of(wire, 54, 70), SpanAnchor.of(paper, 15, 31)])
    project.add_correction(correction)
    project.set_view_state({"panes": ["wire", "paper"], "selected": "p1"})
    project.save_as(target)
    project.close()

    with Project.open(target) as reopened:
        articles = {a.id: a for a in reopened.articles()}
        assert [a.id for a in reopened.articles()] == ["wire", "paper", "wire-2"]
        assert articles["paper"].text == _articles()[1].text  # emoji and all
        assert articles["wire"].body_start == 54 and articles["wire"].path == Path(
            "/somewhere/wire.txt")
        assert articles["paper"].source == "The Paper"
        assert articles["paper"].date == "2020-01-08"
        assert reopened.read_provenance("paper") == Provenance(title="Paper")
        assert reopened.provenance("wire").published == "2020-01-08T02:10:00Z"
        origins = {s.article.id: s.origin for s in reopened.stored_articles()}
        assert origins == {"wire": "file", "paper": "file", "wire-2": "imported"}
        snapshot = reopened.snapshot("wire-2")
        assert snapshot is not None and snapshot.body == b"<html>\xe2\x80\x94</html>"
        assert reopened.snapshot("wire") is None
        annotations, claims = reopened.annotations()
        assert annotations == (note,)
        assert claims == (ClaimGroup("Missiles", "how many"),)
        assert reopened.corrections() == (correction,)
        assert reopened.view_state() == {"panes": ["wire", "paper"], "selected": "p1"}
        assert reopened.problems == []


def test_provenance_edits_are_kept_apart_from_what_was_read(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.parallax") as project:
        project.add_articles(_articles()[:1])
        read = project.read_provenance("wire")
        project.set_provenance("wire", Provenance(outlet="Wire Agency", url=None,
                                                  published=read.published))
        assert project.provenance("wire").outlet == "Wire Agency"
        assert project.read_provenance("wire").outlet == "Wire"
        project.set_provenance("wire", read)  # back to what the file said: no edit left
        assert project.provenance("wire") == read


def test_a_title_edit_is_kept_apart_and_a_blank_title_is_the_read_one(tmp_path: Path) -> None:
    """A pasted text's first paragraph is its title; Article details gives it another, kept in
    the project like the outlet (the title read stays, so "Use what the page said" finds it)."""
    target = tmp_path / "p.parallax"
    with Project.create(target) as project:
        project.add_articles(_articles()[1:])
        read = project.read_provenance("paper")
        assert read.title == "Paper"
        project.set_provenance("paper", replace(read, title="Iran strike:  what officials said"))
    with Project.open(target) as reopened:
        assert reopened.provenance("paper").title == "Iran strike: what officials said"
        assert reopened.articles()[0].title == "Iran strike: what officials said"
        assert reopened.read_provenance("paper").title == "Paper"
        reopened.set_provenance("paper", replace(read, title=None))  # blank: the read title
        assert reopened.articles()[0].title == "Paper"
        assert reopened.provenance("paper") == read
        # A title given again with only its spaces changed is no edit either.
        reopened.set_provenance("paper", replace(read, title=" Paper "))
        assert reopened.provenance("paper") == read


def test_project_is_one_file_between_saves_and_after_close(tmp_path: Path) -> None:
    target = tmp_path / "mail-me.parallax"
    project = Project.create(target)
    project.add_articles(_articles())
    project.set_view_state({"a": 1})
    assert _siblings(target) == ["mail-me.parallax"]  # no -journal, -wal or -shm while open
    project.close()
    assert _siblings(target) == ["mail-me.parallax"]
    copy = tmp_path / "copy" / "mailed.parallax"
    copy.parent.mkdir()
    shutil.copyfile(target, copy)
    with Project.open(copy) as opened:
        assert len(opened.articles()) == 2


def test_removing_an_article_keeps_its_annotations(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.parallax") as project:
        _, paper = project.add_articles(_articles())
        project.save_annotations([make_annotation(paper, 0, 9)], [])
        project.remove_article("paper")
        assert [a.id for a in project.articles()] == ["wire"]
        assert len(project.annotations()[0]) == 1


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    existing = tmp_path / "notes.parallax"
    existing.write_text("mine")
    with pytest.raises(ProjectError, match="already exists"):
        Project.create(existing)
    assert existing.read_text() == "mine"


def _other_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()


def _newer(path: Path) -> None:
    Project.create(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()


def _with_trigger(path: Path) -> None:
    Project.create(path).close()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TRIGGER wipe AFTER INSERT ON records BEGIN "
                       "DELETE FROM articles; END")
    connection.commit()
    connection.close()


def _truncated(path: Path) -> None:
    with Project.create(path) as project:
        project.add_articles(_articles() * 40)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scribbled(path: Path) -> None:
    with Project.create(path) as project:
        project.add_articles(_articles() * 40)
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 997):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(("make", "expected"), [
    (lambda p: p.write_bytes(b""), "is empty"),
    (lambda p: p.write_text("{\"not\": \"a project\"}"), "not an SQLite database"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200)), "not an SQLite database"),
    (_other_sqlite, "not a Parallax project"),
    (_newer, "newer Parallax"),
    (_with_trigger, "trigger"),
    (_truncated, "not"),
    (_scribbled, "the file was not changed"),
])
def test_bad_files_get_one_line_and_stay_untouched(tmp_path: Path, make, expected: str) -> None:
    target = tmp_path / "bad.parallax"
    make(target)
    before = _digest(target)
    with pytest.raises(ProjectError) as caught:
        Project.open(target)
    message = str(caught.value)
    assert message.startswith(str(target)) and "\n" not in message
    assert expected in message
    assert _digest(target) == before
    assert _siblings(target) == ["bad.parallax"]


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such file"):
        Project.open(tmp_path / "nope.parallax")
    with pytest.raises(ProjectError, match="not a regular file"):
        Project.open(tmp_path)


def test_version_1_file_is_migrated_with_a_backup(tmp_path: Path) -> None:
    target = tmp_path / "old.parallax"
    shutil.copyfile(V1_FIXTURE, target)
    connection = sqlite3.connect(target)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1  # the fixture is v1
    connection.close()

    with Project.open(target) as project:
        articles = project.articles()
        assert [a.id for a in articles] == ["wire", "paper"]
        assert articles[0].source == "Wire Agency"
        assert articles[0].published == "2020-01-08T02:10:00+00:00"
        assert articles[0].path == Path("/home/a/wire.txt")
        annotations, _ = project.annotations()
        assert [a.exact for a in annotations] == ["fired 22 missiles"]
        assert annotations[0].tags == ("disputed",)
        assert project.view_state() == {"panes": ["wire", "paper"]}
        project.set_view_state({"panes": ["paper"]})  # and it can be written at once
    backup = tmp_path / "old.parallax.v1.bak"
    assert _digest(backup) == _digest(V1_FIXTURE)
    connection = sqlite3.connect(target)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()


def _layout(path: Path) -> list[tuple[str, str, list[tuple[object, ...]]]]:
    """Every table's and index's name and columns (name, type, not null, default, key)."""
    connection = sqlite3.connect(path)
    try:
        names = connection.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
        return [(kind, name, [tuple(row[1:]) for row in connection.execute(
                    f"PRAGMA {'table_info' if kind == 'table' else 'index_info'}({name})")])
                for kind, name in names]
    finally:
        connection.close()


def test_a_migrated_file_is_laid_out_as_a_new_one(tmp_path: Path) -> None:
    """The migration from version 1 and a new file's schema give the same tables, columns and
    indexes (the columns ALTER TABLE appends included)."""
    migrated = tmp_path / "old.parallax"
    shutil.copyfile(V1_FIXTURE, migrated)
    with Project.open(migrated):
        pass
    with Project.create(tmp_path / "new.parallax"):
        pass
    assert _layout(migrated) == _layout(tmp_path / "new.parallax")


def test_unreadable_records_are_reported_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "p.parallax"
    with Project.create(target) as project:
        _, paper = project.add_articles(_articles())
        project.save_annotations([make_annotation(paper, 0, 9)], [])
    connection = sqlite3.connect(target)
    connection.execute("INSERT INTO records VALUES ('annotation', 'broken', '{\"type\": 3', 0, '')")
    connection.execute("INSERT INTO records VALUES ('correction', 'odd', '[1, 2]', 0, '')")
    connection.commit()
    connection.close()
    with Project.open(target) as project:
        annotations, _ = project.annotations()
        assert len(annotations) == 1
        assert project.corrections() == ()
        assert len(project.problems) == 2 and all(str(target) in p for p in project.problems)
        project.save_annotations([], [])  # the user deletes the annotation they can see
    connection = sqlite3.connect(target)
    kept = connection.execute("SELECT key FROM records WHERE kind = 'annotation'").fetchall()
    connection.close()
    assert kept == [("broken",)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_place_opens_for_reading(tmp_path: Path) -> None:  # pragma: no cover - root
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "p.parallax"
    with Project.create(target) as project:
        project.add_articles(_articles())
    folder.chmod(0o555)
    try:
        with Project.open(target) as project:
            assert project.read_only and len(project.articles()) == 2
            with pytest.raises(ProjectError, match="read-only"):
                project.set_view_state({})
    finally:
        folder.chmod(0o755)


def test_save_as_replaces_atomically_and_continues_there(tmp_path: Path) -> None:
    first = tmp_path / "first.parallax"
    second = tmp_path / "second.parallax"
    second.write_text("old bytes the user agreed to replace")
    with Project.create(first) as project:
        project.add_articles(_articles()[:1])
        project.save_as(second)
        project.set_view_state({"after": True})
        assert project.path == second
    with Project.open(first) as project:
        assert project.view_state() == {}
    with Project.open(second) as project:
        assert project.view_state() == {"after": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.parallax", "second.parallax"]


def test_save_as_gives_the_file_the_permissions_any_new_file_gets(tmp_path: Path) -> None:
    # A project on a shared folder is for colleagues too: mkstemp's 0600 kept them out.
    made_by_open = tmp_path / "plain"
    made_by_open.write_bytes(b"")
    new_file_mode = made_by_open.stat().st_mode & 0o777
    kept = tmp_path / "kept.parallax"
    kept.write_bytes(b"")
    kept.chmod(0o640)
    with Project.new() as project:
        project.add_articles(_articles()[:1])
        project.save_as(tmp_path / "new.parallax")
        project.save_as(kept)
    assert (tmp_path / "new.parallax").stat().st_mode & 0o777 == new_file_mode
    assert kept.stat().st_mode & 0o777 == 0o640  # a file replaced keeps its own permissions


def test_save_as_over_a_read_only_file_leaves_a_project_it_can_write(tmp_path: Path) -> None:
    """A reviewer's report: Save project as over a 0444 file gave the project 0444, and the
    next change failed ("attempt to write a readonly database") while the window took the
    project for writable. The file Parallax goes on writing keeps the owner's write bit (the
    other bits are the replaced file's). Checked by the mode: as root the write works anyway."""
    old = tmp_path / "old.parallax"
    old.write_bytes(b"")
    old.chmod(0o444)
    with Project.new() as project:
        project.add_articles(_articles()[:1])
        project.save_as(old)
        assert old.stat().st_mode & 0o777 == 0o644
        assert not project.read_only
        project.add_articles(_articles()[1:])
    with Project.open(old) as reopened:
        assert not reopened.read_only and len(reopened.articles()) == 2


def test_save_as_where_the_file_system_refuses_chmod_still_saves(tmp_path: Path,
                                                                  monkeypatch) -> None:
    """A reviewer's report: on a share that refuses chmod (gvfs, SMB through FUSE) Save project
    as said "could not be saved (Operation not supported); nothing was replaced", where an
    annotation save goes on with the permissions the share gives."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOTSUP, os.strerror(errno.ENOTSUP))

    target = tmp_path / "share.parallax"
    with Project.new() as project:
        project.add_articles(_articles()[:1])
        monkeypatch.setattr(os, "chmod", refuse)
        project.save_as(target)
        monkeypatch.undo()
        project.add_articles(_articles()[1:])
    with Project.open(target) as reopened:
        assert len(reopened.articles()) == 2


def test_records_written_by_another_connection_are_merged(tmp_path: Path) -> None:
    target = tmp_path / "p.parallax"
    with Project.create(target) as one:
        _, paper = one.add_articles(_articles())
    one, two = Project.open(target), Project.open(target)
    try:
        mine = make_annotation(paper, 0, 9, note="one")
        theirs = make_annotation(paper, 15, 36, note="two")
        one.save_annotations([mine], [])
        merged, _ = two.save_annotations([theirs], [])
        assert {a.id for a in merged} == {mine.id, theirs.id}
        # Two edits the annotation after seeing one's edit: a plain update.
        one.save_annotations([mine.edited(note="one, edited")], [])
        two.annotations()
        two.save_annotations([mine.edited(note="two, edited"), theirs], [])
        final, _ = one.annotations()
        assert {a.note for a in final} == {"two, edited", "two"}
        assert one.overwritten() == []  # two had seen one's edit: nothing to keep aside
    finally:
        one.close()
        two.close()


def test_edit_over_an_unseen_change_is_archived(tmp_path: Path) -> None:
    target = tmp_path / "p.parallax"
    with Project.create(target) as one:
        _, paper = one.add_articles(_articles())
    one, two = Project.open(target), Project.open(target)
    try:
        base = make_annotation(paper, 0, 9, note="base")
        one.save_annotations([base], [])
        two.annotations()  # two has seen "base"
        one.save_annotations([base.edited(note="one's change")], [])
        two.save_annotations([base.edited(note="two's change")], [])  # never saw one's
        archived = [json.loads(v or "{}") for kind, key, v, _ in two.overwritten()
                    if kind == "annotation" and key == base.id]
        assert [a["body"][-1]["value"] for a in archived] == ["one's change"]
        assert [a.note for a in one.annotations()[0]] == ["two's change"]
    finally:
        one.close()
        two.close()


def test_save_as_into_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    with Project.new() as project:
        project.add_articles(_articles())
        target = tmp_path / "gone" / "p.parallax"
        with pytest.raises(ProjectError) as caught:
            project.save_as(target)
        assert str(caught.value).startswith(str(target)) and "\n" not in str(caught.value)
        assert project.path is None and len(project.articles()) == 2  # still usable


def test_a_full_disk_during_a_save_keeps_the_previous_state(tmp_path: Path) -> None:
    target = tmp_path / "p.parallax"
    with Project.create(target) as project:
        project.add_articles(_articles())
        # SQLite's own "disk full" path (SQLITE_FULL), reached by capping the file's pages.
        connection = project._database.connection
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(ProjectError, match="full") as caught:
            project.add_articles([Article("big", "word " * 200_000, "Big")])
        assert "previous state is kept" in str(caught.value)
        assert [a.id for a in project.articles()] == ["wire", "paper"]
    with Project.open(target) as project:
        assert [a.id for a in project.articles()] == ["wire", "paper"]
    assert _siblings(target) == ["p.parallax"]


def test_a_claim_group_s_verdict_is_kept_in_the_project(tmp_path: Path) -> None:
    """A week-of-work tester's report: a verdict set in a project's window was never stored
    (the claim record held its description only): the card never showed it, Export ClaimReview
    found none, and reopening lost it. A verdict the record holds that cannot be read keeps
    the record as it is."""
    from viewer.annotations.claimreview import make_verdict

    target = tmp_path / "p.parallax"
    verdict = make_verdict("Mostly false", author="Desk", date="2026-12-06",
                           url="https://example.org/check")
    with Project.create(target) as project:
        _, paper = project.add_articles(_articles())
        _merged, claims = project.save_annotations(
            [make_annotation(paper, 0, 9, claim="Count")],
            [ClaimGroup("Count", "how many", verdict), ClaimGroup("Open", "")])
        assert [(c.name, c.verdict) for c in claims] == [("Count", verdict), ("Open", None)]
    with Project.open(target) as project:
        _, claims = project.annotations()
        assert {c.name: c.verdict for c in claims} == {"Count": verdict, "Open": None}
    connection = sqlite3.connect(target)
    connection.execute("INSERT INTO records VALUES ('claim', 'odd', ?, 0, '')",
                       ('{"description": "", "verdict": {"ratingValue": 2}}',))
    connection.commit()
    connection.close()
    with Project.open(target) as project:
        _, claims = project.annotations()
        assert sorted(c.name for c in claims) == ["Count", "Open"]
        assert len(project.problems) == 1


def test_claim_records_it_cannot_read_are_kept_by_a_save(tmp_path: Path) -> None:
    """A claim group record that is not {"description": text} (another program's, a newer
    Parallax's, damaged) stays in the file as it is: it was read as an empty claim, or not
    at all, and the next save wrote that over it, or deleted it."""
    target = tmp_path / "p.parallax"
    with Project.create(target) as project:
        _, paper = project.add_articles(_articles())
        project.save_annotations([make_annotation(paper, 0, 9)], [ClaimGroup("kept", "fine")])
    odd = {"null": "null", "list": "[1, 2]", "number": '{"description": 5}',
           "nested": '{"description": {"text": "x"}}', "broken": '{"description": '}
    connection = sqlite3.connect(target)
    connection.executemany("INSERT INTO records VALUES ('claim', ?, ?, 0, '')", odd.items())
    connection.commit()
    connection.close()
    with Project.open(target) as project:
        annotations, claims = project.annotations()
        assert [c.name for c in claims] == ["kept"]
        assert len(project.problems) == len(odd)
        assert all(str(target) in line and "\n" not in line for line in project.problems)
        project.save_annotations(annotations, [*claims, ClaimGroup("new", "")])
    connection = sqlite3.connect(target)
    stored = dict(connection.execute("SELECT key, value FROM records WHERE kind = 'claim'"))
    connection.close()
    assert {key: stored[key] for key in odd} == odd
    assert set(stored) == {*odd, "kept", "new"}
