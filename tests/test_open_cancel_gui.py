"""File › Open folder… then Cancel, in the dialog or while the folder is read: the comparison,
the window's corpus paths and its recent files stay as they were (tester15)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from tests.viewfixtures import sample_articles
from tests.widgetkit import make_window
from viewer.corpus import LoadReport
from viewer.engine import find_shared_passages
from viewer.jobs.choice import Backends
from widgets.main_window import MainWindow

TIMEOUT_MS = 20000


def _window(qtbot, tmp_path: Path, release: threading.Event) -> MainWindow:
    articles = sample_articles()

    def held_loader(paths: Sequence[Path], taken_ids: Sequence[str] = ()) -> LoadReport:
        release.wait(TIMEOUT_MS / 1000)  # a large folder, still being read
        return LoadReport(articles[3:], [])

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("recent", [str(tmp_path / "earlier")])
    window = make_window(qtbot, articles[:3],
                         settings=settings,
                         backends=Backends(engine=find_shared_passages, loader=held_loader))
    window.corpus_paths = [tmp_path / "earlier"]
    return window


def _state(window: MainWindow) -> tuple[object, ...]:
    return (list(window.corpus_paths), window.recent_paths(),
            [a.text() for a in window.recent_menu.actions()],
            window.workspace.corpus.ids)


def test_cancelling_the_reading_of_a_folder_leaves_paths_and_recent_files_alone(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    window = _window(qtbot, tmp_path, release)
    folder = tmp_path / "chosen"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_args: str(folder)))
    before = _state(window)
    window.open_folder_action.trigger()
    qtbot.waitUntil(lambda: window.cancel_button.isVisible(), timeout=TIMEOUT_MS)
    with qtbot.waitSignal(window.idle, timeout=TIMEOUT_MS):
        window.cancel_button.click()
        release.set()
    assert _state(window) == before
    assert window.statusBar().currentMessage() == "Opening cancelled"


def test_cancelling_the_folder_dialog_changes_nothing(qtbot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    release.set()
    window = _window(qtbot, tmp_path, release)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: ""))
    before = _state(window)
    window.open_folder_action.trigger()
    assert not window.busy and _state(window) == before


def test_a_folder_read_to_the_end_is_remembered(qtbot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    release.set()
    window = _window(qtbot, tmp_path, release)
    folder = tmp_path / "chosen"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_args: str(folder)))
    with qtbot.waitSignal(window.idle, timeout=TIMEOUT_MS):
        window.open_folder_action.trigger()
    assert window.corpus_paths == [tmp_path / "earlier", folder]
    assert window.recent_paths() == [str(folder.resolve()), str(tmp_path / "earlier")]
    assert len(window.workspace.corpus) == 5


def test_a_file_given_on_the_command_line_goes_into_recent_files_once_read(
        qtbot, tmp_path: Path) -> None:
    """It went in before it was read: one that could not be read was offered again in
    File › Recent files."""
    release = threading.Event()
    window = _window(qtbot, tmp_path, release)
    good = tmp_path / "good.txt"
    good.write_text("A readable article.", encoding="utf-8")
    window.open_first([good], remember=True, wait_seconds=0)
    assert window.recent_paths() == [str(tmp_path / "earlier")]  # not yet: still being read
    with qtbot.waitSignal(window.idle, timeout=TIMEOUT_MS):
        release.set()
    assert window.recent_paths() == [str(good.resolve()), str(tmp_path / "earlier")]
    assert window.corpus_paths == [good]


def test_a_file_given_on_the_command_line_that_cannot_be_read_stays_out_of_recent_files(
        qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("recent", [str(tmp_path / "earlier")])
    window = make_window(qtbot, [], settings=settings,
                         backends=Backends(engine=find_shared_passages))
    unreadable = tmp_path / "photo.bin"
    unreadable.write_bytes(bytes(range(256)) * 64)
    with qtbot.waitSignal(window.idle, timeout=TIMEOUT_MS):
        window.open_first([unreadable], remember=True, wait_seconds=0)
    assert len(window.workspace.corpus) == 0
    assert window.recent_paths() == [str(tmp_path / "earlier")]
    assert [a.text() for a in window.recent_menu.actions()] == [str(tmp_path / "earlier")]
