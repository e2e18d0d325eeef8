"""An export never writes over the user's work (`viewer.export_target`), in the core and in
the window's three exports (annotations, the collation table, ClaimReview)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from tests.test_annotations_gui import select
from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.claimreview import make_verdict
from viewer.export_target import work_at
from viewer.projects import Project
from widgets.annotation_gui import install_annotations
from widgets.tag_dialog import TagAnswer


def _project(path: Path) -> bytes:
    Project.create(path).close()
    return path.read_bytes()


def test_the_users_work_is_named_and_other_files_are_free(tmp_path: Path) -> None:
    project = tmp_path / "case.parallax"
    _project(project)
    article = tmp_path / "a.txt"
    article.write_text("Iran fired 22 missiles.\n")
    annotations = tmp_path / "notes.jsonld"
    annotations.write_text("{}")
    os.link(article, tmp_path / "hard.txt")
    (tmp_path / "soft.txt").symlink_to(article)
    assert work_at(project) == "a Parallax project"
    for spelling in (tmp_path / "hard.txt", tmp_path / "soft.txt", tmp_path / "." / "a.txt"):
        assert work_at(spelling, articles=[article]) == "an article being compared"
    assert work_at(tmp_path / "x" / ".." / "notes.jsonld",
                   annotation_file=annotations) == "the annotation file itself"
    (tmp_path / "old.csv").write_text("a,b\n")  # (an earlier export is replaced, as asked)
    for free in (tmp_path / "old.csv", tmp_path / "new.csv", tmp_path / "no-dir" / "x.csv"):
        assert work_at(free, annotation_file=annotations, articles=[article]) is None


def test_the_windows_exports_refuse_a_project_and_an_article(qtbot, tmp_path: Path,
                                                              monkeypatch) -> None:
    """A fault tester's report: the collation window's Export CSV, pointed at the open project
    and confirmed at Qt's "Replace?", wrote a CSV over it ("the whole investigation is
    unrecoverable"); the ClaimReview export had no guard either and said nothing when it failed.
    Export annotations refused only the annotation file itself."""
    copies = []
    for article in sample_articles():
        assert article.path is not None
        copy = tmp_path / article.path.name
        copy.write_bytes(article.path.read_bytes())
        copies.append(dataclasses.replace(article, path=copy))
    window = make_window(qtbot, copies, ground_truth_result(copies))
    controller = install_annotations(window, corpus_paths=[tmp_path], data_dir=tmp_path / "data")
    controller.editing.ask = lambda quote, count, editing: TagAnswer(("figures",), "", None)
    project = tmp_path / "case.parallax"
    before = _project(project)
    article = copies[0].path
    assert article is not None
    text = article.read_bytes()

    window.workspace.select_passage("p1")
    view = window.reading_views.show_collation()
    qtbot.waitUntil(lambda: view.table.rowCount() == 3)
    assert view.export(project, "csv") == "Choose another file: that is a Parallax project"
    assert view.heading.text() == "Choose another file: that is a Parallax project"
    assert view.export(article, "html") == "Choose another file: that is an article being compared"
    assert view.export(tmp_path / "p1.csv", "csv") is None

    select(window, copies[0], "22 missiles")
    controller.editing.tag_selection()
    assert not controller.export_to(project) and not controller.export_to(article)
    assert controller.export_to(tmp_path / "report.html")

    controller.annotations.add_claim("Missile count")
    controller.actions.claims_action.trigger()
    claims = controller.claim_view
    claims.ask_verdict = lambda group: (True, make_verdict("False", author="Desk"))
    claims.choose_verdict()
    assert claims.export_to(project) == "Choose another file: that is a Parallax project"
    assert claims.export_to(article) == "Choose another file: that is an article being compared"
    assert claims.export_to(tmp_path / "review.json") is None
    # (nor the window's annotation file: a reviewer found both views writing over it)
    controller.save_now()
    own = controller.document.path
    assert own is not None and own.exists()
    kept = own.read_bytes()
    assert claims.export_to(own) == "Choose another file: that is the annotation file itself"
    assert view.export(own, "csv") == "Choose another file: that is the annotation file itself"
    assert own.read_bytes() == kept
    monkeypatch.setattr("widgets.file_dialogs.save_file_name", lambda *args: str(project))
    claims.choose_export()  # (what it refused is said in the status bar)
    assert window.statusBar().currentMessage() == (
        "Choose another file: that is a Parallax project")
    assert project.read_bytes() == before and article.read_bytes() == text
