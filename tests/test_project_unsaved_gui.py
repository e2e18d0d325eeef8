"""Closing a window whose work exists only in memory (the samples' unsaved project): opening a
view is not work, pasted texts and annotations are, and closing then asks Save project as… /
Discard / Cancel (answered here by the test)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.test_corrections import STATEMENT, _corpus
from tests.widgetkit import make_window
from viewer.projects import Project
from widgets.main_window import MainWindow
from widgets.tag_dialog import TagAnswer

WAIT_MS = 60_000
REPO = Path(__file__).resolve().parent.parent


def _samples_window(qtbot, folder: Path) -> MainWindow:
    """A window as `parallax` opens the samples: articles read from `folder`, annotation
    actions without an annotation file, an unsaved project made on first need."""
    folder.mkdir()
    files = []
    for article in _corpus():
        path = folder / f"{article.id}.txt"
        path.write_text(article.text, encoding="utf-8")
        files.append(dataclasses.replace(article, path=path))
    window = make_window(qtbot, files)
    window.add_annotation_gui()
    window.set_corpus_name("sample corpus")
    window.project_gui.start_unsaved(opened_on=[folder])
    window.start_alignment()
    qtbot.waitUntil(lambda: not window.busy and window.workspace.result is not None,
                    timeout=WAIT_MS)
    return window


def _answers(window: MainWindow, *answers: str) -> list[str]:
    """Answer the close question with `answers` in turn; returns what was asked."""
    asked: list[str] = []
    queue = list(answers)
    window.project_gui.ask_on_close = lambda what: (asked.append(what), queue.pop(0))[1]
    return asked


def test_opening_the_claim_comparison_does_not_mark_the_samples_modified(qtbot, tmp_path: Path
                                                                          ) -> None:
    window = _samples_window(qtbot, tmp_path / "seeds")
    gui = window.annotation_gui
    assert gui is not None
    gui.actions.claims_action.setChecked(True)
    qtbot.waitUntil(lambda: gui.controller is not None and gui.controller.claim_view is not None
                    and gui.controller.claim_view.isVisible())
    gui.actions.dock_action.setChecked(True)
    assert window.project_gui.document is not None  # made now, holding the samples
    assert window.project_gui.document.nothing_to_lose
    assert not window.isWindowModified()
    assert window.windowTitle() == "sample corpus[*]"
    asked = _answers(window)
    window.close()  # nothing made here: no question
    assert not asked and not window.isVisible()


def test_a_pasted_text_is_kept_in_the_unsaved_project_and_closing_asks(qtbot, tmp_path: Path
                                                                        ) -> None:
    window = _samples_window(qtbot, tmp_path / "seeds")
    window.paste_article("A pasted statement from a press release, only in this window.",
                         "Release")
    qtbot.waitUntil(lambda: "pasted" in window.workspace.corpus and not window.busy,
                    timeout=WAIT_MS)
    document = window.project_gui.document
    assert document is not None and document.path is None  # made by the paste
    assert window.isWindowModified() and window.windowTitle() == "sample corpus[*]"
    gui = window.annotation_gui
    assert gui is not None and gui.controller is not None
    assert not gui.controller.dock.isVisible()  # a paste does not open the Annotations dock
    asked = _answers(window, "cancel", "save_as")
    chosen: list[Path | None] = [None, tmp_path / "kept"]  # first: the file dialog cancelled
    window.project_gui.ask_path = lambda _purpose: chosen.pop(0)
    window.close()
    assert window.isVisible() and len(asked) == 1  # Cancel: the window stays, work in it
    assert asked[0].startswith("1 pasted or imported article exists only in this window")
    _answers(window, "save_as", "save_as")
    window.close()  # Save project as…, the dialog cancelled: asked again; then saved
    assert not window.isVisible()
    with Project.open(tmp_path / "kept.parallax") as project:
        stored = {s.article.id: s.origin for s in project.stored_articles()}
    assert stored == {"wire": "file", "paper": "file", "blog": "file", "pasted": "pasted"}


def test_annotations_in_the_samples_are_not_lost_silently_discard_closes(qtbot, tmp_path: Path
                                                                          ) -> None:
    window = _samples_window(qtbot, tmp_path / "seeds")
    gui = window.annotation_gui
    assert gui is not None
    controller = gui.ensure_controller()
    controller.editing.ask = lambda *_args: TagAnswer(("claim",), "checked", None)
    article = window.workspace.article("paper")
    start = article.text.index(STATEMENT)
    if window.pane_for("paper") is None:
        window.reveal_range("paper", start, start)
    pane = window.pane_for("paper")
    assert pane is not None
    pane.select_range(start, start + 40)
    assert controller.editing.tag_selection() is not None
    assert window.isWindowModified()
    asked = _answers(window, "discard")
    window.close()
    assert not window.isVisible() and len(asked) == 1
    assert asked[0].startswith("1 annotation exists only in this window")
    assert "Save project as" in controller.dock.location_label.text()


SAMPLES_CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from widgets.app import build_window
    app, window = build_window([])
    gui = window.annotation_gui
    print("unsaved", window.project_gui._unsaved_wanted, "keep_pasted",
          window.session.keep_pasted is not None)
    window.paste_article("A note pasted into the samples.", "Note")
    document = window.annotation_gui.ensure_controller().document
    print("annotations", document.path)
    window.project_gui.ask_on_close = lambda what: "discard"
    window.session.close(timeout=5.0)
    window.close()
""")


def _run_samples(tmp_path: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "HOME": str(tmp_path)}
    env.pop("PYTEST_CURRENT_TEST", None)
    done = subprocess.run([sys.executable, "-c", SAMPLES_CHILD], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env=env, stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_samples_write_nothing_to_the_data_folder_unless_they_kept_work_there(
        tmp_path: Path) -> None:
    annotations = tmp_path / "data" / "Parallax" / "Parallax" / "annotations"
    lines = _run_samples(tmp_path)
    assert lines[0] == "unsaved True keep_pasted False"
    assert lines[1] == "annotations None"  # in the unsaved project
    assert not annotations.exists() or not any(annotations.iterdir())

    # Kept there by an earlier Parallax or `parallax annotations import` (no --corpus): the
    # samples go on keeping their annotations and pasted texts there, as a folder does.
    annotations.mkdir(parents=True, exist_ok=True)
    (annotations / "sample-corpus.jsonld").write_text(
        '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", '
        '"items": []}', encoding="utf-8")
    lines = _run_samples(tmp_path)
    assert lines[0] == "unsaved False keep_pasted True"
    assert lines[1] == f"annotations {annotations / 'sample-corpus.jsonld'}"
    assert [p.name for p in (annotations / "sample-corpus.pasted").iterdir()] == ["pasted.txt"]


def test_files_opened_into_the_samples_make_them_ask_on_close(qtbot, tmp_path: Path) -> None:
    window = _samples_window(qtbot, tmp_path / "seeds")
    assert window.project_gui.document is None  # the samples' own articles are not work
    own = tmp_path / "mine.txt"
    own.write_text("My own report: Iran fired missiles at two bases overnight.", encoding="utf-8")
    window.open_paths([own])
    qtbot.waitUntil(lambda: not window.busy and any(a.path == own for a in
                                                    window.workspace.corpus), timeout=WAIT_MS)
    assert window.project_gui.document is not None and window.isWindowModified()
    asked = _answers(window, "discard")
    window.close()
    assert not window.isVisible() and asked and "changes" in asked[0]
