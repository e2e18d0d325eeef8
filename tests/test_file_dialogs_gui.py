"""Every file dialog of the window starts in the same place (a tester found Export annotations…
in the article folder and Save project as… in the home folder): the articles' folder (beside it
for a save), then the folder of whatever the user last chose in any of them, kept between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from widgets.annotation_gui import install_annotations
from widgets.window_settings import WindowSettings


class Dialogs:
    """QFileDialog's static functions, answered by the test: each call's (caption, folder)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, Path]] = []
        self.answer = ""
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._file))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(self._folder))

    def _start(self, caption: str, where: str) -> None:
        path = Path(where)
        self.asked.append((caption, path if path.is_dir() else path.parent))

    def _file(self, _parent, caption: str, where: str, _filter: str = "") -> tuple[str, str]:
        self._start(caption, where)
        return self.answer, ""

    def _folder(self, _parent, caption: str, where: str) -> str:
        self._start(caption, where)
        return ""


def test_every_file_dialog_starts_in_the_articles_folder_then_the_last_one_chosen(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles_folder, elsewhere = tmp_path / "articles", tmp_path / "elsewhere"
    articles_folder.mkdir()
    elsewhere.mkdir()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), settings=settings)
    window.corpus_paths = [articles_folder]
    controller = install_annotations(window, corpus_paths=[articles_folder],
                                     data_dir=tmp_path / "data")
    dialogs = Dialogs(monkeypatch)
    ask_all = [
        ("Export annotations", controller.choose_export),
        ("Save project as", window.project_gui.choose_save_as),
        ("Open project", window.project_gui.choose_open),
        ("Save annotations as", controller.choose_save_as),
        ("Open a folder of articles", window._choose_folder),
    ]
    for _caption, ask in ask_all:  # all cancelled: nothing remembered
        ask()
    # (a save dialog beside the folder of articles, not in it: a report saved there was listed
    # as "not an article" at every opening of the folder -- a French-speaking newcomer)
    saving = {"Export annotations", "Save project as", "Save annotations as"}
    assert dialogs.asked == [(caption, tmp_path if caption in saving else articles_folder)
                             for caption, _ in ask_all]
    dialogs.asked.clear()
    dialogs.answer = str(elsewhere / "annotations.html")
    controller.choose_export()
    assert (elsewhere / "annotations.html").exists()
    dialogs.answer = ""
    for _caption, ask in ask_all:
        ask()
    assert [folder for _caption, folder in dialogs.asked] == [tmp_path] + [
        elsewhere] * len(ask_all)
    # Kept between runs.
    assert WindowSettings(QSettings(str(tmp_path / "settings.ini"),
                                    QSettings.Format.IniFormat)).last_folder() == elsewhere


def test_export_and_save_as_suggest_the_comparison_s_name(qtbot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """A week's reports from several projects were all suggested as "annotations.html" in one
    folder, each over the last (tester15): the suggestion is the name the title bar gives the
    comparison, as Save project as… suggests the folder's."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[tmp_path], data_dir=tmp_path / "d")
    suggested: list[str] = []

    def ask(_parent, _caption: str, where: str, _filter: str = "") -> tuple[str, str]:
        suggested.append(Path(where).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    window.set_corpus_name("HOLD6")
    controller.choose_export()
    controller.choose_save_as()
    window.set_corpus_name("Gaza: week 2/3")
    controller.choose_export()
    assert suggested == ["HOLD6.html", "HOLD6.jsonld", "Gaza- week 2-3.html"]


def test_a_link_loop_named_with_articles_stays_out_of_recent_files(tmp_path: Path) -> None:
    """`parallax FOLDER LOOP` ended in an internal error at start: the paths opened go to
    Recent files, and `Path.resolve` raised on the loop."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (tmp_path / "one.txt").symlink_to("two.txt")
    (tmp_path / "two.txt").symlink_to("one.txt")
    settings = WindowSettings(QSettings(str(tmp_path / "settings.ini"),
                                        QSettings.Format.IniFormat))
    settings.remember([folder, tmp_path / "one.txt"])
    assert settings.recent_paths() == [str(folder.resolve())]
