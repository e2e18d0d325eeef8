"""Article details edits the title too: a pasted text keeps its first paragraph as its title
until the user gives it another, which the project keeps like the outlet and the date."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt

from tests.test_corrections import _corpus
from tests.widgetkit import make_window
from viewer.provenance import Provenance
from widgets.main_window import MainWindow
from widgets.provenance_dialog import ProvenanceDialog

WAIT_MS = 60_000
PASTED = ("Officials said 80 people were evacuated from the coastal villages overnight.\n\n"
          "The storm is expected to reach the coast by morning, forecasters said.")


def _idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.busy and window.workspace.result is not None,
                    timeout=WAIT_MS)


def test_the_details_dialog_has_an_editable_title_and_gives_back_the_read_one(qtbot) -> None:
    read = Provenance(title=PASTED.split("\n")[0])
    dialog = ProvenanceDialog(read.title or "", read, read)
    qtbot.addWidget(dialog)
    title = dialog.edits["title"]
    assert title.text() == read.title
    assert next(iter(dialog.edits)) == "title"  # the first field, above the outlet
    title.clear()
    qtbot.keyClicks(title, "Storm evacuations")
    assert dialog.wanted().title == "Storm evacuations"
    title.clear()
    assert dialog.wanted().title is None  # blank: the title it was read with (no edit)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert title.text() == read.title


def test_a_pasted_articles_title_is_changed_and_kept_in_the_project(qtbot, tmp_path: Path
                                                                     ) -> None:
    window = make_window(qtbot, _corpus())
    window.start_alignment()
    _idle(qtbot, window)
    pasted = window.paste_article(PASTED)
    assert pasted is not None
    qtbot.waitUntil(lambda: pasted.id in window.workspace.corpus and not window.busy,
                    timeout=WAIT_MS)
    assert window.workspace.article(pasted.id).title.startswith("Officials said 80 people")
    projects = window.project_gui
    assert projects.save_as(tmp_path / "storm")

    projects.ask_provenance = lambda _title, _read, current: dataclasses.replace(
        current, title="Storm evacuations")
    assert projects.show_details(pasted.id)
    model = window.article_list.source_model
    qtbot.waitUntil(lambda: "Storm evacuations" in {
        str(model.index(row, 0).data()) for row in range(model.rowCount())})
    window.workspace.set_shown([pasted.id])
    qtbot.waitUntil(lambda: window.pane_for(pasted.id) is not None)
    pane = window.pane_for(pasted.id)
    assert pane is not None
    qtbot.waitUntil(lambda: pane.title_label.full_text() == "Storm evacuations")

    again = projects.open_project(tmp_path / "storm.parallax")
    assert again is not None
    qtbot.addWidget(again)
    _idle(qtbot, again)
    assert again.workspace.article(pasted.id).title == "Storm evacuations"
    again_gui = again.project_gui
    assert again_gui.binding is not None
    assert (again_gui.binding.read_provenance(pasted.id).title or "").startswith("Officials")


def test_details_edited_in_a_folders_window_mark_it_modified(qtbot, tmp_path: Path) -> None:
    """Tester (session 53): the status bar said the details were kept for this session only,
    but the title showed no "*" (the README: it does while anything is not yet in a file)."""
    window = make_window(qtbot, _corpus())
    window.start_alignment()
    _idle(qtbot, window)
    projects = window.project_gui
    article_id = window.workspace.corpus.ids[0]
    assert not window.isWindowModified()
    projects.ask_provenance = lambda _title, _read, current: dataclasses.replace(
        current, outlet="The Daily Courier")
    assert projects.show_details(article_id)
    if projects.binding is None:  # (a folder's window: the details live here only)
        assert projects.details_only_here
    assert window.isWindowModified()
    assert projects.save_as(tmp_path / "kept")  # (now in a file: no "*")
    qtbot.waitUntil(lambda: not window.isWindowModified())
