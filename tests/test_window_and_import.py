"""`parallax annotations import` while a window on the same corpus is open: two processes, the
window here (pytest-qt), the import a real `parallax` process writing the file the window uses.

The README said the window "keeps its own copy and saves it over the import: close it first".
It does not: the window's save (the autosave, Ctrl+S, quitting) holds the folder's lock and
merges what another process saved since the window last read or wrote the file, so the import
is kept and the window then shows it. A file another program rewrote meanwhile, which a merge
would lose from, is left as that program wrote it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.location import app_data_dir, default_annotation_file
from viewer.annotations.model import make_annotation
from viewer.annotations.store import load_set
from viewer.annotations.w3c import annotation_to_json
from viewer.resources import seeds_dir
from widgets.annotation_gui import install_annotations

REPO = Path(__file__).resolve().parent.parent


def _import(tmp_path: Path, environment: dict[str, str], name: str, count: int) -> set[str]:
    """`parallax annotations import` of `count` annotations into the sample corpus's file."""
    items = [{"id": f"urn:uuid:{name}-{k}", "type": "Annotation", "bodyValue": f"{name} {k}",
              "target": {"source": "file:///elsewhere.txt",
                         "selector": {"type": "TextQuoteSelector", "exact": "Iran"}}}
             for k in range(count)]
    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps(items), "utf-8")
    done = subprocess.run([sys.executable, "-m", "viewer", "annotations", "import", str(source),
                           "--corpus", str(seeds_dir())], cwd=REPO, capture_output=True,
                          timeout=120, env=environment, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return {item["id"] for item in items}


def test_an_import_while_a_window_is_open_is_kept_by_the_windows_saves(
        qtbot, tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
                   "XDG_DATA_HOME": str(tmp_path / "share")}
    data_dir = app_data_dir(environment, "linux")
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[seeds_dir()], data_dir=data_dir)
    path = controller.document.path
    assert path == default_annotation_file([seeds_dir()], data_dir)
    article = articles[0]
    mine = make_annotation(article, article.body_start, article.body_start + 8, note="mine")
    controller.annotations.add(mine)
    assert controller.save_now()

    imported = _import(tmp_path, environment, "first", 4)
    assert {a.id for a in load_set(path)} == imported | {mine.id}
    # The window annotates more and saves (as its autosave does): the import stays.
    later = make_annotation(article, article.body_start + 20, article.body_start + 30)
    controller.annotations.add(later)
    assert controller.save_now()
    saved = {a.id for a in load_set(path)}
    assert saved == imported | {mine.id, later.id}
    assert {a.id for a in controller.annotations} == saved  # and the window shows it
    assert "Merged" in window.statusBar().currentMessage()

    # Another import, then the window is closed with a change not yet saved.
    again = _import(tmp_path, environment, "second", 3)
    last = make_annotation(article, article.body_start + 40, article.body_start + 50)
    controller.annotations.add(last)
    window.close()
    assert {a.id for a in load_set(path)} == imported | again | {mine.id, later.id, last.id}


def test_ctrl_s_with_nothing_new_takes_in_an_import_made_meanwhile(qtbot, tmp_path: Path) -> None:
    """tester56 #17: Ctrl+S said "Annotations saved" and the window went on showing 17 of the
    file's 18 annotations; the README says the next save, Ctrl+S included, shows the import."""
    environment = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
                   "XDG_DATA_HOME": str(tmp_path / "share")}
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[seeds_dir()],
                                     data_dir=app_data_dir(environment, "linux"))
    article = articles[0]
    controller.annotations.add(make_annotation(article, article.body_start,
                                               article.body_start + 8))
    assert controller.save_now()
    imported = _import(tmp_path, environment, "meanwhile", 2)
    assert controller.document.is_saved
    window.annotation_gui.actions.save_action.trigger()  # (Ctrl+S)
    assert imported <= {a.id for a in controller.annotations}
    said = window.statusBar().currentMessage()
    assert said.startswith("Annotations saved in ") and "merged 2 changes" in said


def test_ctrl_s_leaves_a_file_another_program_rewrote_and_offers_save_as(
        qtbot, tmp_path: Path) -> None:
    """Review of deba091: Ctrl+S merged a file another program had rewritten as a plain JSON
    array and wrote it back in Parallax's format; now the file stays as that program left it,
    the window keeps its annotations, says why, offers Save As, and quitting asks."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[seeds_dir()],
                                     data_dir=tmp_path / "data")
    path = controller.document.path
    assert path is not None
    article = articles[0]
    mine = make_annotation(article, article.body_start, article.body_start + 8)
    controller.annotations.add(mine)
    assert controller.save_now()
    path.write_text(json.dumps([annotation_to_json(mine)]), "utf-8")
    written = path.read_bytes()
    window.annotation_gui.actions.save_action.trigger()  # (Ctrl+S)
    said = window.statusBar().currentMessage()
    assert said.startswith("Annotations not saved: ") and "another writer" in said
    assert controller.save_problem_box is not None and controller.save_problem_box.isVisible()
    assert path.read_bytes() == written and [a.id for a in controller.annotations] == [mine.id]
    asked: list[str] = []

    def cancel(problem: str) -> str:
        asked.append(problem)
        return "cancel"

    controller.ask_on_quit = cancel
    assert not window.close() and asked and "another writer" in asked[0]
    assert path.read_bytes() == written
    controller.ask_on_quit = lambda problem: "discard"  # (lets the test close the window)
