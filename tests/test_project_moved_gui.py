"""A project moved or renamed while the window has it open: the first change that cannot be
saved says so in a box that stays and offers Save As, as an annotation file's read-only folder
does (tester, session 53: a status line cut off by the counts, gone in seconds)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.test_article_removal_gui import WAIT_MS, project_window
from viewer.annotations.model import make_annotation
from widgets.annotation_gui import install_annotations


def test_a_project_moved_while_open_offers_save_as_at_the_first_change(qtbot, tmp_path: Path
                                                                       ) -> None:
    window = project_window(qtbot, tmp_path)
    controller = install_annotations(window)
    path = window.project_gui.document.path
    assert path is not None and controller.save_problem_box is None
    os.rename(path, tmp_path / "renamed.parallax")
    article = window.workspace.article("wire")
    controller.annotations.add(make_annotation(article, 0, 4, note="after the move"))
    qtbot.waitUntil(lambda: controller.save_problem_box is not None, timeout=WAIT_MS)
    box = controller.save_problem_box
    assert box is not None and box.isVisible()
    assert "moved, replaced or deleted" in box.text() and str(path) in box.text()
    assert any(button.text() == "Save As…" for button in box.buttons())
    assert window.isWindowModified()
    controller.ask_on_quit = lambda _problem: "discard"  # (the test's end closes the window)
