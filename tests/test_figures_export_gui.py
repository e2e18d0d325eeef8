"""Export figures… in the window (pytest-qt; tester, session 59: the window had no way to save
the Figures): the dock's button, its table's menu and File › Export figures… write the table the
dock shows -- the readable table and JSON exactly as `parallax figures` prints them for the same
folder, or a CSV --, are offered only once the dock shows figures of the current articles, and
a write that fails says so naming the file and loses nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.faults import read_only_folder
from tests.test_figures_dock import open_dock
from tests.test_figures_export import command_output, seeds_copy
from tests.widgetkit import make_window
from viewer.corpus import Article
from viewer.figures.exports import CSV, FILE_TYPES, JSON, TABLE
from viewer.loading import load_paths
from widgets.figures_dock import FiguresDock
from widgets.main_window import MainWindow


def window_on(qtbot, folder: Path) -> tuple[MainWindow, FiguresDock]:
    window = make_window(qtbot, load_paths([folder]).articles)
    window.corpus_paths = [folder]
    return window, open_dock(qtbot, window)


def test_each_format_is_what_the_command_prints_for_the_same_folder(
        qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = seeds_copy(tmp_path)
    _window, dock = window_on(qtbot, folder)
    out = tmp_path / "out"
    out.mkdir()
    assert dock.export.export_to(out / "figures.txt", TABLE)
    assert dock.export.export_to(out / "figures.json", JSON)
    assert dock.export.export_to(out / "figures.csv", CSV)
    assert (out / "figures.txt").read_text("utf-8") == command_output(
        ["figures", str(folder)], capsys)
    assert (out / "figures.json").read_text("utf-8") == command_output(
        ["figures", str(folder), "--json"], capsys)
    lines = list(csv.reader(io.StringIO((out / "figures.csv").read_text("utf-8-sig"),
                                        newline="")))
    assert dock.table is not None
    assert len(lines) == 1 + sum(len(row.quantity.mentions) for row in dock.table.rows)


def test_the_dialog_s_file_type_is_written_and_the_status_bar_says_where(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, _dock = window_on(qtbot, seeds_copy(tmp_path))
    csv_type = next(file_type for file_type, kind in FILE_TYPES.items() if kind == CSV)
    target = tmp_path / "week-figures"  # (no extension: the chosen file type alone decides)
    asked: list[str] = []

    def dialog(_parent, _caption, name, file_filter):
        asked.append(name)
        assert csv_type in file_filter.split(";;")
        return str(target), csv_type

    monkeypatch.setattr("widgets.file_dialogs.save_file_name_and_type", dialog)
    window.export_figures_action.trigger()  # File › Export figures…, as the button does
    assert asked and asked[0].endswith("figures.txt")
    assert target.read_bytes().startswith(b'\xef\xbb\xbf"row","quantity"')
    assert str(target) in window.statusBar().currentMessage()


def test_it_is_offered_only_while_the_dock_shows_figures_of_the_current_articles(
        qtbot, tmp_path: Path) -> None:
    window, dock = window_on(qtbot, seeds_copy(tmp_path))
    controls = (dock.export.button, dock.export.action, window.export_figures_action)
    assert all(control.isEnabled() for control in controls)
    assert dock.export.action in dock.grid.menu_actions
    # Another article: the table shown is no longer the articles' until the new one is found.
    window.workspace.add_articles([Article(id="new", title="New", text="Police said 3 people "
                                           "were hurt in an unrelated fire.")])
    assert not any(control.isEnabled() for control in controls)
    window.start_alignment()
    qtbot.waitUntil(lambda: dock.current_table() is not None, timeout=20000)
    assert all(control.isEnabled() for control in controls)


def test_a_window_without_the_dock_offers_no_export_yet(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, load_paths([seeds_copy(tmp_path)]).articles)
    assert not window.export_figures_action.isEnabled()


def test_a_read_only_folder_is_said_naming_the_file_and_nothing_is_lost(
        qtbot, tmp_path: Path) -> None:
    window, dock = window_on(qtbot, seeds_copy(tmp_path))
    folder = tmp_path / "shared"
    folder.mkdir()
    earlier = folder / "figures.csv"
    earlier.write_bytes(b"last week's figures\n")
    shown = dock.table
    with read_only_folder(folder):
        assert not dock.export.export_to(earlier, CSV)
        listed = set(folder.iterdir())
    assert listed == {earlier}  # (no half-written file left beside it)
    assert earlier.read_bytes() == b"last week's figures\n"
    problems = " ".join(window.notices.lines)
    assert str(earlier) in problems and "could not be written" in problems
    assert "figures.csv" in window.statusBar().currentMessage()
    # The dock keeps its table, and another try elsewhere works.
    assert dock.table is shown and dock.export.button.isEnabled()
    assert dock.export.export_to(tmp_path / "figures.csv", CSV)


def test_an_article_being_compared_is_never_written_over(qtbot, tmp_path: Path) -> None:
    folder = seeds_copy(tmp_path)
    window, dock = window_on(qtbot, folder)
    article = sorted(folder.iterdir())[0]
    before = article.read_bytes()
    assert not dock.export.export_to(article, TABLE)
    assert article.read_bytes() == before
    assert "an article being compared" in " ".join(window.notices.lines)


def test_an_article_s_details_edited_are_in_the_next_export(qtbot, tmp_path: Path) -> None:
    """A review: after an edit of Article details the export stayed offered and wrote the old
    title (the edit replaces the article with no new generation, and the table was kept)."""
    import dataclasses

    window, dock = window_on(qtbot, seeds_copy(tmp_path))
    first = window.workspace.corpus.articles[0]
    window.workspace.update_metadata(dataclasses.replace(first, title="Edited headline TEST"))
    qtbot.waitUntil(lambda: dock.current_table() is not None
                    and "Edited headline TEST" in dock.current_table().titles, timeout=20000)
    assert dock.export.export_to(tmp_path / "after.json", JSON)
    assert "Edited headline TEST" in (tmp_path / "after.json").read_text("utf-8")
