"""The window opens, at its next start, the annotation file the user moved to with File ›
Open annotations… or Save annotations as… (tester, session 52: it went back to the folder's own
file, and the annotations made since seemed lost)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.document import AnnotationDocument
from viewer.annotations.model import make_annotation
from viewer.annotations.store import load_collection
from widgets.annotation_controller import AnnotationController
from widgets.import_annotations import open_annotations
from widgets.main_window import MainWindow

CORPUS = [Path("samples-under-test")]


def _start(qtbot, tmp_path: Path) -> MainWindow:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles),
                         settings=QSettings(str(tmp_path / "parallax.ini"),
                                            QSettings.Format.IniFormat))
    window.add_annotation_gui(corpus_paths=CORPUS, data_dir=tmp_path / "data")
    return window


def _controller(window: MainWindow) -> AnnotationController:
    gui = window.annotation_gui
    assert gui is not None
    return gui.ensure_controller(show_dock=False)


def _tag(controller: AnnotationController, words: str) -> None:
    article = controller.workspace.corpus.articles[0]
    start = article.text.index(words)
    controller.annotations.add(make_annotation(article, start, start + len(words)))
    assert controller.save_now()


def _file_with_one_annotation(path: Path) -> Path:
    document = AnnotationDocument()
    document.annotations.add(make_annotation(sample_articles()[0], 0, 10))
    document.save_as(path)
    return path


def test_a_file_opened_is_opened_again_at_the_next_start(qtbot, tmp_path: Path) -> None:
    window = _start(qtbot, tmp_path)
    own = _controller(window).document.path
    _tag(_controller(window), "22 missiles")  # in the folder's own file
    team = _file_with_one_annotation(tmp_path / "team.jsonld")
    assert open_annotations(_controller(window), team)
    _tag(_controller(window), "Iran")  # the work goes on in the opened file
    window.close()

    again = _start(qtbot, tmp_path)
    controller = _controller(again)
    assert controller.document.path == team and len(controller.annotations) == 2
    assert len(load_collection(own).annotations) == 1  # the own file is as it was left
    assert not again.notices.lines


def test_a_file_saved_as_is_opened_again_and_its_absence_is_said(qtbot, tmp_path: Path
                                                                 ) -> None:
    window = _start(qtbot, tmp_path)
    _tag(_controller(window), "22 missiles")
    own = _controller(window).document.path
    assert own is not None
    elsewhere = tmp_path / "copy.jsonld"
    assert _controller(window).save_as(elsewhere)
    window.close()
    again = _start(qtbot, tmp_path)
    assert _controller(again).document.path == elsewhere
    again.close()

    elsewhere.unlink()  # moved away between two starts
    third = _start(qtbot, tmp_path)
    assert _controller(third).document.path == own
    (line,) = third.notices.lines
    assert str(elsewhere) in line and "not there" in line


def test_the_import_command_merges_into_the_file_the_window_opens(tmp_path: Path,
                                                                  monkeypatch) -> None:
    """`parallax annotations import` without --into wrote to the own file while the window had
    moved to another: the import never showed."""
    from viewer.annotations.chosen_file import remember_choice
    from viewer.annotations.location import app_data_dir, default_annotation_file
    from viewer.cli import main

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path))
    own = default_annotation_file([], app_data_dir())
    team = tmp_path / "team.jsonld"
    AnnotationDocument().save_as(team)
    remember_choice(own, team)
    source = _file_with_one_annotation(tmp_path / "other-tool.jsonld")
    source_id = load_collection(source).annotations[0].id
    assert main(["annotations", "import", str(source)]) == 0
    assert [a.id for a in load_collection(team).annotations] == [source_id]
    assert not own.exists()
