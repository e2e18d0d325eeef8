"""A long note never reaches a view whole (tester60 #1: hovering and double-clicking a 100 MB
note's row froze the window for good, 100% CPU and gigabytes, SIGTERM ignored): the dock's
cells and tooltips, the claim's cards and the Edit annotation dialog show a bounded start of
it, and the dialog keeps a note longer than it edits as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.widgetkit import make_window
from viewer.annotations.listing import COLUMNS
from viewer.annotations.model import make_annotation
from viewer.annotations.tags import default_tags
from viewer.annotations.text_limits import MAX_NOTE_CHARS
from viewer.corpus import Article
from widgets.annotation_gui import install_annotations
from widgets.tag_dialog import TagDialog

TEXT = "The ministry said the strike hit two bases. Nobody was hurt, officials added."
LONG_NOTE = "evidence " * 250_000  # (2.25 MB)


def test_the_dock_shows_a_bounded_start_of_a_long_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    articles = [Article("story", TEXT, "Strike on two bases"),
                Article("other", TEXT.replace("two", "three"), "Strike on three bases")]
    window = make_window(qtbot, articles)
    controller = install_annotations(window)
    controller.annotations.add_many([make_annotation(articles[0], 4, 12, note=LONG_NOTE)])
    table = controller.dock.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    index = table.model().index(0, COLUMNS.index("Note"))
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert shown.startswith("evidence evidence") and len(shown) <= 200
    assert "more characters" in tooltip and len(tooltip) < 3_000


def test_the_edit_dialog_shows_a_long_note_s_start_and_keeps_it_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TagDialog("hit two bases", default_tags(), [], note=LONG_NOTE)
    qtbot.addWidget(dialog)
    shown = dialog.note_edit.toPlainText()
    assert len(shown) < MAX_NOTE_CHARS + 100 and "more characters" in shown
    assert dialog.note_edit.isReadOnly()
    assert dialog.answer().note == LONG_NOTE
    short = TagDialog("hit two bases", default_tags(), [], note="A short note.")
    qtbot.addWidget(short)
    assert not short.note_edit.isReadOnly() and short.answer().note == "A short note."
