"""A project whose files changed on disk says so in the notice above the panes, under its own
heading, and in Article details (tester s59 #2: the window opened as if nothing had happened)."""

from __future__ import annotations

from pathlib import Path

from tests.test_project_source_files import _folder, _project
from tests.widgetkit import make_window

WAIT_MS = 20000


def test_a_deleted_and_a_changed_file_are_said_on_opening(qtbot, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = _project(tmp_path, folder)
    (folder / "02_coast_post.txt").unlink()
    changed = folder / "01_harbour_daily.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("15", "10"),
                       encoding="utf-8")
    untouched = make_window(qtbot, [])
    untouched.add_annotation_gui()
    window = untouched.project_gui.open_project(path)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(window.notices.file_notes) == 2, timeout=WAIT_MS)
    assert window.notices.isVisible()
    assert window.notices.files_heading.text() == (
        "The articles' files: changes on disk, versions and copies (2 notes):")
    shown = window.notices.files_details.toPlainText()
    assert "01_harbour_daily.txt: changed on disk since it was added" in shown
    assert "02_coast_post.txt: no longer on disk" in shown
    assert not window.notices.lines  # (no file's problem: the project has every text)
    asked: list[str] = []
    gui = window.project_gui
    gui.ask_provenance = lambda *_args: asked.append(gui.shown_origin)
    gui.show_details("01_harbour_daily")
    assert asked and asked[0].endswith(
        "this is the text as it was added.") and "changed on disk" in asked[0]


def test_two_versions_of_one_file_are_told_apart_in_headers_and_details(
        qtbot, tmp_path: Path) -> None:
    """Tester s59 #3: both versions of a corrected file were headed "12_dailywow_com.txt", and
    their details differed only in the time added; the notice said nothing of the version."""
    folder = _folder(tmp_path)
    story = folder / "05_fishing_news.txt"
    window = make_window(qtbot, [])
    window.session.open_paths([folder])
    qtbot.waitUntil(lambda: window.workspace.result is not None and not window.busy,
                    timeout=WAIT_MS)
    story.write_text(story.read_text(encoding="utf-8").replace("east", "west"),
                     encoding="utf-8")
    window.session.open_paths([story])
    qtbot.waitUntil(lambda: "05_fishing_news-2" in window.workspace.corpus
                    and not window.busy, timeout=WAIT_MS)
    assert window.notices.file_notes == [
        "05_fishing_news.txt: its text differs from 05_fishing_news, the article open from it "
        "(the file changed since); added beside it as 05_fishing_news-2"]
    for article_id, label in (("05_fishing_news", "version 1 of 2"),
                              ("05_fishing_news-2", "version 2 of 2, latest")):
        start = window.workspace.article(article_id).body_start
        window.reveal_range(article_id, start, start)
        pane = window.pane_for(article_id)
        assert pane is not None
        assert f"05_fishing_news.txt · {label}" in pane.meta_label.full_text()
    window.add_annotation_gui()
    asked: list[str] = []
    gui = window.project_gui
    gui.ask_provenance = lambda *_args: asked.append(gui.shown_origin)
    gui.show_details("05_fishing_news")
    assert asked[-1].endswith("This is version 1 of 2 of this file open here, in the order "
                              "they were added: an earlier text than version 2.")
