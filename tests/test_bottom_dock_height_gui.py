"""The docks below the panes (Figures, Claim comparison) open tall enough to read, and the one
the View menu asks for comes to the front (tester, session 58: with nothing to count the Figures
dock shrank to its message and the Claim comparison tabbed with it showed its legend line alone;
View › Claim comparison left the Figures tab in front; a project reopened at 1600x1000 showed
one row of figures)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from tests.test_dock_reopen_in_front import in_front
from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.model import make_annotation
from viewer.corpus import Article
from viewer.palette import LIGHT
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.workspace import Workspace
from widgets.dock_places import on_a_separator, usable_lines_height
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
    # (on the statement where the articles carry it, else on the first article's opening)
    start = max(article.text.find(STATEMENT), article.body_start)
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


def _after_queued_events(qtbot, rounds: int = 3) -> None:
    """Until what the event loop holds now, and what that posts in turn (a dock's check when it
    comes into view, then the window's layout of a height it asks), has run."""
    for _ in range(rounds):
        _one_pass(qtbot)


def _one_pass(qtbot) -> None:
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran))


def _figures_with_rows(qtbot, window: MainWindow) -> QDockWidget:
    window.figures_action.trigger()
    figures = window.figures_dock
    qtbot.waitUntil(lambda: figures.table is not None and bool(figures.table.rows))
    qtbot.waitUntil(lambda: figures.height() >= usable_lines_height(figures))
    _after_queued_events(qtbot)
    return figures


def _drag_separator_above(qtbot, window: MainWindow, dock: QDockWidget, by: int) -> None:
    """The user drags the separator between the panes and `dock` `by` pixels down (up when
    negative), as with the mouse: pressed on it, moved a step at a time, released."""
    panes, placed = window.centralWidget().geometry(), dock.geometry()
    assert panes.bottom() < placed.top(), "the dock is below the panes"
    point = QPoint(placed.center().x(), (panes.bottom() + placed.top() + 1) // 2)
    assert on_a_separator(window, point)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    steps = 8
    for step in range(1, steps + 1):
        QTest.mouseMove(window, point + QPoint(0, by * step // steps))
        _one_pass(qtbot)  # (Qt moves the separator from a timer)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       point + QPoint(0, by))


def _made_low(qtbot, window: MainWindow, dock: QDockWidget) -> int:
    """The user drags `dock` down to a row or two by the separator above it."""
    _drag_separator_above(qtbot, window, dock, dock.height() - 60)
    qtbot.waitUntil(lambda: dock.height() < usable_lines_height(dock))
    return dock.height()


def test_a_height_the_user_set_in_this_run_stays_when_the_dock_is_opened_again(
        qtbot, tmp_path: Path) -> None:
    """Made low on purpose, the Figures dock grew back at every View toggle (reviewer)."""
    articles = sample_articles()
    window = _window(qtbot, tmp_path, articles, ground_truth_result(articles))
    figures = _figures_with_rows(qtbot, window)
    low = _made_low(qtbot, window, figures)
    window.figures_action.trigger()  # View › Figures: closed
    qtbot.waitUntil(lambda: not figures.isVisible())
    window.figures_action.trigger()  # and opened again
    qtbot.waitUntil(lambda: not figures.visibleRegion().isEmpty())
    _after_queued_events(qtbot)
    assert figures.height() == low


def test_a_height_the_user_set_stays_across_a_tab_switch_for_the_docks_tabbed_there(
        qtbot, tmp_path: Path) -> None:
    """The tab group made low with the Claim comparison in front: choosing the Figures tab and
    back grew it again (reviewer); they have one height between them."""
    articles = sample_articles()
    window = _window(qtbot, tmp_path, articles, ground_truth_result(articles))
    figures = _figures_with_rows(qtbot, window)
    _add_claim_group(window)
    gui = window.annotation_gui
    assert gui is not None
    gui.actions.claims_action.trigger()
    claims = _dock(window, "claimComparisonDock")
    qtbot.waitUntil(lambda: claims in window.tabifiedDockWidgets(figures)
                    and in_front(window, claims))
    qtbot.waitUntil(lambda: claims.height() >= usable_lines_height(claims))
    _after_queued_events(qtbot)
    low = _made_low(qtbot, window, claims)
    figures.raise_()  # the Figures tab chosen
    qtbot.waitUntil(lambda: in_front(window, figures))
    _after_queued_events(qtbot)
    assert figures.height() == low
    claims.raise_()
    qtbot.waitUntil(lambda: in_front(window, claims))
    _after_queued_events(qtbot)
    assert claims.height() == low


def test_a_dock_the_window_squeezes_comes_back_usable_when_opened_again(
        qtbot, tmp_path: Path) -> None:
    """A window made smaller squeezes the dock below the panes (their minimum holds): no choice
    of the user's, so the dock comes into view usable again (it stayed at 84 px for the rest of
    the run, below its minimum, as if the user had dragged it there: reviewer)."""
    articles = sample_articles()
    window = _window(qtbot, tmp_path, articles, ground_truth_result(articles))
    figures = _figures_with_rows(qtbot, window)
    opening = figures.height()
    window.resize(1024, 500)
    qtbot.waitUntil(lambda: figures.height() < usable_lines_height(figures))
    _after_queued_events(qtbot)
    window.resize(1400, 1000)
    _after_queued_events(qtbot)
    window.figures_action.trigger()  # View › Figures: closed
    qtbot.waitUntil(lambda: not figures.isVisible())
    window.figures_action.trigger()  # and opened again
    qtbot.waitUntil(lambda: not figures.visibleRegion().isEmpty())
    qtbot.waitUntil(lambda: figures.height() >= min(opening, usable_lines_height(figures)))


def test_a_height_the_user_drags_back_up_is_kept_too(qtbot, tmp_path: Path) -> None:
    """Dragged low, then up again to a usable height and squeezed by a smaller window: the
    squeeze is not the user's, their last drag (up) is: the dock comes back usable."""
    articles = sample_articles()
    window = _window(qtbot, tmp_path, articles, ground_truth_result(articles))
    figures = _figures_with_rows(qtbot, window)
    opening = figures.height()
    low = _made_low(qtbot, window, figures)
    _drag_separator_above(qtbot, window, figures, low - opening)
    qtbot.waitUntil(lambda: figures.height() >= usable_lines_height(figures))
    window.resize(1024, 500)
    qtbot.waitUntil(lambda: figures.height() < usable_lines_height(figures))
    window.resize(1400, 1000)
    _after_queued_events(qtbot)
    window.figures_action.trigger()
    qtbot.waitUntil(lambda: not figures.isVisible())
    window.figures_action.trigger()
    qtbot.waitUntil(lambda: not figures.visibleRegion().isEmpty())
    qtbot.waitUntil(lambda: figures.height() >= usable_lines_height(figures))
