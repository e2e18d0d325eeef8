"""The docks below the panes (Figures, Claim comparison) open tall enough to read, and the one
the View menu asks for comes to the front (tester, session 58: with nothing to count the Figures
dock shrank to its message and the Claim comparison tabbed with it showed its legend line alone;
View › Claim comparison left the Figures tab in front; a project reopened at 1600x1000 showed
one row of figures)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from tests.test_dock_reopen_in_front import in_front
from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.model import make_annotation
from viewer.corpus import Article
from viewer.palette import LIGHT
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.workspace import Workspace
from widgets.dock_places import usable_lines_height
from widgets.main_window import MainWindow

STATEMENT = "إن اغتيال القائد إسماعيل هنية عمل جبان ولن يمر سدى"
CORPUS = [Path("articles-under-test")]


def _articles() -> list[Article]:
    """Two articles sharing a statement and counting nothing: the Figures dock has no rows."""
    return [Article(name, f"قال المتحدث: {STATEMENT}\nوأضاف البيان كلاما آخر.\n", name)
            for name in ("01_first", "02_second")]


def _result(articles: list[Article]) -> AlignmentResult:
    start = articles[0].text.index(STATEMENT)
    return AlignmentResult(tuple(a.id for a in articles), (Passage("p1", tuple(
        Occurrence(a.id, start, start + len(STATEMENT), STATEMENT) for a in articles)),))


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)


def _window(qtbot, tmp_path: Path, articles: list[Article],
            result: AlignmentResult) -> MainWindow:
    window = make_window(qtbot, articles, result, settings=_settings(tmp_path))
    window.resize(1400, 1000)
    window.add_annotation_gui(corpus_paths=CORPUS, data_dir=tmp_path)
    return window


def _restarted(qtbot, tmp_path: Path, articles: list[Article],
               result: AlignmentResult) -> MainWindow:
    """A new window on the same settings and annotation folder, started as the app starts one
    (its saved state restored before any dock is built)."""
    again = MainWindow(Workspace(articles), settings=_settings(tmp_path), theme=LIGHT)
    qtbot.addWidget(again)
    again.add_annotation_gui(corpus_paths=CORPUS, data_dir=tmp_path)
    again.reopen_docks()
    again.show()
    qtbot.waitExposed(again)
    assert again.workspace.accept_result(again.workspace.generation, result)
    return again


def _add_claim_group(window: MainWindow) -> None:
    gui = window.annotation_gui
    assert gui is not None
    controller = gui.ensure_controller(show_dock=False)
    article = window.workspace.corpus.articles[0]
    start = article.text.index(STATEMENT)
    controller.annotations.add_claim("Who said it")
    controller.annotations.add(make_annotation(article, start, start + 10, claim="Who said it"))


def _dock(window: MainWindow, name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    assert dock is not None, name
    return dock


def _figures_and_claims_tabbed(qtbot, window: MainWindow) -> None:
    """Figures (with nothing to count) and Claim comparison open, one tab behind the other."""
    gui = window.annotation_gui
    assert gui is not None
    window.figures_action.trigger()
    qtbot.waitUntil(lambda: window.figures_dock.table is not None)
    gui.actions.claims_action.trigger()
    claims = _dock(window, "claimComparisonDock")
    qtbot.waitUntil(lambda: claims in window.tabifiedDockWidgets(window.figures_dock))


def test_view_claim_comparison_brings_it_to_the_front_of_the_tab_it_is_put_back_in(
        qtbot, tmp_path: Path) -> None:
    """Built in this run and put back in the tab group it had at the last quit, its tab did not
    exist yet when the menu raised it: Figures stayed in front."""
    articles, result = _articles(), _result(_articles())
    window = _window(qtbot, tmp_path, articles, result)
    _figures_and_claims_tabbed(qtbot, window)
    window.figures_dock.raise_()
    qtbot.waitUntil(lambda: in_front(window, window.figures_dock))
    window.close()

    again = _restarted(qtbot, tmp_path, articles, result)  # no claim group: Figures alone
    figures = _dock(again, "figuresDock")
    qtbot.waitUntil(lambda: figures.table is not None and in_front(again, figures))
    _add_claim_group(again)
    gui = again.annotation_gui
    assert gui is not None
    gui.actions.claims_action.trigger()  # View › Claim comparison
    claims = _dock(again, "claimComparisonDock")
    qtbot.waitUntil(lambda: in_front(again, claims))
    qtbot.waitUntil(lambda: claims.height() >= usable_lines_height(claims))


def test_the_tab_in_front_at_quit_is_in_front_again_with_room_to_read(
        qtbot, tmp_path: Path) -> None:
    """The Figures dock fitted itself to its one-line message, and its tab group with it: the
    Claim comparison beside it came back at the next start as its legend line alone, behind
    the Figures tab although it was in front at the quit (the last dock built: Qt's raise_()
    leaves the window's last child as it is)."""
    articles, result = _articles(), _result(_articles())
    window = _window(qtbot, tmp_path, articles, result)
    _add_claim_group(window)
    _figures_and_claims_tabbed(qtbot, window)
    claims = _dock(window, "claimComparisonDock")
    qtbot.waitUntil(lambda: in_front(window, claims))
    window.close()

    again = _restarted(qtbot, tmp_path, articles, result)
    figures, claims = _dock(again, "figuresDock"), _dock(again, "claimComparisonDock")
    qtbot.waitUntil(lambda: figures.table is not None and not claims.isHidden())
    qtbot.waitUntil(lambda: in_front(again, claims))
    qtbot.waitUntil(lambda: claims.height() >= usable_lines_height(claims))
    figures.raise_()  # its tab chosen: a tab group never shrinks to the Figures message
    qtbot.waitUntil(lambda: in_front(again, figures))
    assert not figures.table.rows and figures.height() >= usable_lines_height(figures)


def test_an_empty_figures_dock_alone_still_fits_its_message(qtbot, tmp_path: Path) -> None:
    """Alone below the panes, the Figures dock with nothing to count is as tall as its message
    (an empty table 220 px tall took the panes' room in a small window)."""
    articles, result = _articles(), _result(_articles())
    window = _window(qtbot, tmp_path, articles, result)
    window.figures_action.trigger()
    figures = window.figures_dock
    qtbot.waitUntil(lambda: figures.table is not None)
    qtbot.waitUntil(lambda: figures.height() < usable_lines_height(figures))


def test_a_saved_height_too_low_to_read_is_not_restored_a_usable_one_is(
        qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    result = ground_truth_result(articles)
    window = _window(qtbot, tmp_path, articles, result)
    window.figures_action.trigger()
    figures = window.figures_dock
    qtbot.waitUntil(lambda: figures.table is not None and bool(figures.table.rows))
    window.resizeDocks([figures], [60], Qt.Orientation.Vertical)  # one row
    qtbot.waitUntil(lambda: figures.height() < usable_lines_height(figures))
    window.close()

    again = _restarted(qtbot, tmp_path, articles, result)
    figures = _dock(again, "figuresDock")
    qtbot.waitUntil(lambda: figures.height() >= usable_lines_height(figures))
    usable = figures.height() + 40  # taller than it opens: the user's own choice
    again.resizeDocks([figures], [usable], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: abs(figures.height() - usable) <= 2)
    again.close()

    third = _restarted(qtbot, tmp_path, articles, result)
    figures = _dock(third, "figuresDock")
    qtbot.waitUntil(lambda: figures.table is not None and not figures.visibleRegion().isEmpty())
    qtbot.waitUntil(lambda: abs(figures.height() - usable) <= 2)
