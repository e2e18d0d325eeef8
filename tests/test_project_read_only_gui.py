"""A project in a read-only place through the window: opened quietly, read-only said in the
title, asked about only at a real save (a tester's report: a box "Annotations not saved" at once
for a colleague's project on a read-only share nobody had changed).

The place is read-only as the operating system says it at opening (`os.access`, which a
read-only mount answers for root too); tests/faults.py makes one for real where it can
(tests/test_project_gui.py)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.test_corrections import _corpus
from tests.widgetkit import make_window
from viewer.annotations.model import make_annotation
from viewer.projects import Project

WAIT_MS = 60_000


def _read_only_for_this_process(monkeypatch, folder: Path) -> None:
    """Every write into `folder` refused by the operating system's answer, as on a read-only
    mount (root ignores permission bits, and mounting is not allowed everywhere)."""
    real_access = os.access

    def access(path, mode, *args, **kwargs) -> bool:
        inside = Path(os.path.abspath(path)).is_relative_to(folder)
        if inside and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def _opened(qtbot, path: Path):
    window = make_window(qtbot, [])
    window.add_annotation_gui()
    opened = window.project_gui.open_project(path)
    assert opened is not None
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: not opened.busy and opened.workspace.result is not None,
                    timeout=WAIT_MS)
    gui = opened.annotation_gui
    assert gui is not None and gui.controller is not None
    asked: list[str] = []  # (set first: a failing assertion must not leave a modal question)
    gui.controller.ask_on_quit = lambda problem: (asked.append(problem), "discard")[1]
    return opened, gui.controller, asked


def _project(tmp_path: Path, annotated: bool) -> Path:
    folder = tmp_path / "share"
    folder.mkdir(parents=True)
    path = folder / "colleague.parallax"
    with Project.create(path) as project:
        stored = project.add_articles(_corpus())
        if annotated:
            project.save_annotations([make_annotation(stored[0], 0, 10)], [])
    return path


def test_a_read_only_project_opens_quietly_and_says_read_only_in_its_title(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    for annotated in (False, True):
        path = _project(tmp_path / str(annotated), annotated)
        _read_only_for_this_process(monkeypatch, path.parent)
        opened, controller, asked = _opened(qtbot, path)
        assert controller.document.project.read_only
        assert controller.save_problem_box is None and controller.last_error is None
        assert "read-only" in opened.windowTitle() and not opened.isWindowModified()
        # (the unsaved-work "*" goes right after the name, not after the long read-only note,
        # where a tester missed it)
        assert opened.windowTitle().startswith(f"{path.stem}[*] ")
        footer = controller.dock.location_label.text()
        assert "not saved" not in footer and "read-only" in footer, footer
        # Ctrl+S with nothing changed: nothing refused, said in the status bar only.
        opened.annotation_gui.actions.save_action.trigger()
        assert controller.save_problem_box is None
        assert opened.statusBar().currentMessage().startswith("Nothing to save: ")
        opened.close()
        assert not asked and not opened.isVisible()


def test_a_read_only_project_asks_at_a_real_save(qtbot, tmp_path: Path, monkeypatch) -> None:
    path = _project(tmp_path, annotated=True)
    _read_only_for_this_process(monkeypatch, path.parent)
    opened, controller, asked = _opened(qtbot, path)
    controller.annotations.remove(controller.annotations[0].id)  # a change to keep
    assert controller.save_problem_box is None  # (the edit itself asks nothing)
    opened.annotation_gui.actions.save_action.trigger()
    assert controller.save_problem_box is not None  # Save As offered, at the save
    assert "read-only" in (controller.last_error or "")
    controller.save_problem_box.close()
    opened.close()
    assert asked  # the change would be lost: closing asks
