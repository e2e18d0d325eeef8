"""The article details dialog: shows what was read, describes the time, returns the edits."""

from __future__ import annotations

from viewer.provenance import Provenance, apply_edits, edits_between
from widgets.provenance_dialog import ProvenanceDialog

READ = Provenance(outlet="Wire", url="https://wire.example/1", published="2020-01-08")


def test_edits_come_back_and_the_read_values_stay_reachable(qtbot) -> None:
    current = Provenance(outlet="Wire Agency", url="https://wire.example/1",
                         published="2020-01-08")
    dialog = ProvenanceDialog("<b>Strike</b> report", READ, current)
    qtbot.addWidget(dialog)
    assert dialog.edits["outlet"].text() == "Wire Agency"
    assert "From the file or page: Wire" in dialog.edits["outlet"].toolTip()
    assert dialog.time_note.text().startswith("A day without time")
    dialog.edits["published"].setText("2020-01-08T06:15:00+03:00")
    assert dialog.time_note.text() == "Exact: 2020-01-08 03:15 UTC."
    dialog.edits["author"].setText("  A.  Writer ")
    dialog.edits["url"].clear()
    wanted = dialog.wanted()
    assert wanted == Provenance("Wire Agency", None, "A. Writer", "2020-01-08T06:15:00+03:00")
    assert apply_edits(READ, edits_between(READ, wanted)) == wanted
    dialog.use_read_values()
    assert dialog.wanted() == READ


def test_a_time_that_is_not_understood_is_said_at_once(qtbot) -> None:
    dialog = ProvenanceDialog("t", Provenance(), Provenance())
    qtbot.addWidget(dialog)
    assert dialog.time_note.text().startswith("No publication time")
    dialog.edits["published"].setText("last Tuesday")
    assert dialog.time_note.text().startswith("Not understood")


def test_the_dialog_says_where_the_article_came_from(qtbot) -> None:
    dialog = ProvenanceDialog("Strike", READ, READ,
                              origin="From the file /news/a.txt; added to the project "
                                     "2026-12-07 08:10 UTC.")
    qtbot.addWidget(dialog)
    assert "/news/a.txt" in dialog.origin_label.text() and not dialog.origin_label.isHidden()
    bare = ProvenanceDialog("Strike", READ, READ)
    qtbot.addWidget(bare)
    assert bare.origin_label.isHidden()


def test_a_projects_article_details_say_its_origin_and_when_it_was_added(qtbot, tmp_path
                                                                         ) -> None:
    """Tester (session 53): the project stores where each article came from and when it was
    added, and the window showed neither."""
    from tests.test_article_removal_gui import project_window

    window = project_window(qtbot, tmp_path)
    projects = window.project_gui
    seen: list[str] = []
    projects.ask_provenance = lambda _title, _read, _current: seen.append(
        projects.shown_origin)
    projects.show_details("wire")
    assert seen and "added to the project" in seen[0]
    assert seen[0].startswith(("From a file", "From the file", "Pasted", "Fetched"))
