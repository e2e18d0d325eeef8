"""The notice above the panes: files' problems and notes on where the work is kept under
headings of their own, long lines wrapped whole (tester55b #4)."""

from __future__ import annotations

from widgets.notices import NoticeArea

LONG_NOTE = ("/tmp/data/share/Parallax/Parallax/annotations/P-4de599944205a7ba.jsonld: this "
             "window's annotations stay in this file, kept for P and Q, not for all the folders "
             "open: it could not be copied (Read-only file system); they are copied at the next "
             "save once the data folder can be written")


def _area(qtbot, width: int = 500) -> NoticeArea:  # type: ignore[no-untyped-def]
    area = NoticeArea()
    qtbot.addWidget(area)
    area.resize(width, 200)
    area.show()
    return area


def test_a_note_on_the_work_is_not_headed_as_a_file_s_problem(qtbot) -> None:
    area = _area(qtbot)
    area.add_notes([LONG_NOTE])
    assert area.isVisible()
    assert area.notes_heading.text() == "Where your work is kept:"
    assert area.notes_details.isVisible() and not area.details.isVisible()
    assert area.lines == []  # (the status bar counts these as problems with files)
    area.add(["/tmp/photo.txt: not a text file"])
    assert area.heading.text() == "Problems with 1 file:"
    assert area.notes_details.toPlainText() == LONG_NOTE
    area.dismiss_button.click()
    assert not area.isVisible() and area.notes == [] and area.lines == []


def test_a_long_line_wraps_and_is_shown_whole(qtbot) -> None:
    """A tester's note was cut at the window's edge, its end below a one-line box."""
    area = _area(qtbot, width=1200)
    area.add_notes([LONG_NOTE])
    details = area.notes_details
    qtbot.waitUntil(lambda: details.document().size().height() > 1)
    qtbot.waitUntil(lambda: details.verticalScrollBar().maximum() == 0)
    assert details.horizontalScrollBar().maximum() == 0
    # (narrower, it wraps to more lines and grows with them)
    tall = details.height()
    area.resize(800, 200)
    qtbot.waitUntil(lambda: details.height() > tall)
    qtbot.waitUntil(lambda: details.verticalScrollBar().maximum() == 0)
