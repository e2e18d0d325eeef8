"""The docks open at the last close open again at the next start, where the user left them
(tester15: the Figures dock was not reopened after a restart); so do the toolbars."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QToolBar

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.model import make_annotation
from viewer.palette import LIGHT
from viewer.workspace import Workspace
from widgets.dock_places import open_docks
from widgets.main_window import MainWindow

DOCKS = ("figuresDock", "annotationDock", "claimComparisonDock")
CORPUS = [Path("samples-under-test")]


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)


def _dock(window: MainWindow, name: str) -> QDockWidget | None:
    return window.findChild(QDockWidget, name)


def _restarted(qtbot, tmp_path: Path, data_dir: Path | None = None) -> MainWindow:
    """A new window on the same settings (and annotation folder), started as the app starts
    one."""
    again = MainWindow(Workspace(sample_articles()), settings=_settings(tmp_path), theme=LIGHT)
    qtbot.addWidget(again)
    again.add_annotation_gui(corpus_paths=CORPUS, data_dir=data_dir)
    again.reopen_docks()
    again.show()
    qtbot.waitExposed(again)
    return again


def _window(qtbot, tmp_path: Path, data_dir: Path | None = None) -> MainWindow:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles),
                         settings=_settings(tmp_path))
    window.add_annotation_gui(corpus_paths=CORPUS, data_dir=data_dir)
    return window


def _tag_a_claim(window: MainWindow) -> None:
    """One annotation in a claim group, saved in the annotation file."""
    gui = window.annotation_gui
    assert gui is not None
    controller = gui.ensure_controller(show_dock=False)
    article = window.workspace.corpus.articles[0]
    start = article.text.index("22 missiles")
    controller.annotations.add_claim("Missile count")
    controller.annotations.add(make_annotation(article, start, start + 11,
                                               claim="Missile count"))
    assert controller.save_now()


def _saved_open_docks(tmp_path: Path) -> set[str]:
    stored = _settings(tmp_path).value("openDocks", [])
    return {str(name) for name in (stored if isinstance(stored, list) else [stored]) if name}


def _with_docks_open(qtbot, tmp_path: Path, *, claims: bool) -> MainWindow:
    """A window with a claim group, its Figures and Annotations docks open (and Claim
    comparison, with `claims`)."""
    window = _window(qtbot, tmp_path, tmp_path)
    _tag_a_claim(window)
    gui = window.annotation_gui
    assert gui is not None
    window.figures_action.setChecked(True)
    gui.actions.dock_action.setChecked(True)
    gui.actions.claims_action.setChecked(claims)
    return window


def test_the_docks_open_at_close_reopen_at_the_next_start_where_they_were(qtbot,
                                                                           tmp_path: Path
                                                                           ) -> None:
    window = _with_docks_open(qtbot, tmp_path, claims=True)
    figures = _dock(window, "figuresDock")
    assert figures is not None
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, figures)  # the user moved it
    qtbot.waitUntil(lambda: set(open_docks(window)) == set(DOCKS))
    window.close()

    again = _restarted(qtbot, tmp_path, tmp_path)
    for name in DOCKS:
        dock = _dock(again, name)
        assert dock is not None and not dock.isHidden(), name
    reopened = _dock(again, "figuresDock")
    assert reopened is not None
    assert again.dockWidgetArea(reopened) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.figures_action.isChecked()
    gui = again.annotation_gui
    assert gui is not None
    assert gui.actions.dock_action.isChecked() and gui.actions.claims_action.isChecked()


def test_of_docks_tabbed_together_the_one_in_front_at_close_is_in_front_again(
        qtbot, tmp_path: Path) -> None:
    """A newcomer reopened the window to find the Figures tab in front of the one left there:
    the dock opened last took the front. The tab chosen at close is chosen again."""
    window = _with_docks_open(qtbot, tmp_path, claims=False)
    figures, notes = _dock(window, "figuresDock"), _dock(window, "annotationDock")
    assert figures is not None and notes is not None
    window.tabifyDockWidget(figures, notes)
    for front, behind in (("annotationDock", "figuresDock"), ("figuresDock", "annotationDock")):
        chosen, other = _dock(window, front), _dock(window, behind)
        assert chosen is not None and other is not None
        chosen.raise_()
        qtbot.waitUntil(lambda chosen=chosen: not chosen.visibleRegion().isEmpty())
        assert other.visibleRegion().isEmpty()
        window.close()
        window = _restarted(qtbot, tmp_path, tmp_path)
        shown, hidden = _dock(window, front), _dock(window, behind)
        assert shown is not None and hidden is not None
        qtbot.waitUntil(lambda shown=shown: not shown.visibleRegion().isEmpty())
        assert hidden.visibleRegion().isEmpty() and not hidden.isHidden()


def test_an_empty_dock_open_at_quit_waits_until_it_has_something(qtbot, tmp_path: Path
                                                                  ) -> None:
    """The Annotations dock (and Claim comparison) open at quit with nothing in them came back
    empty at the next start, beside the panes: on a small screen a pane went for nothing.
    They now stay closed until they have something, and the choice is kept."""
    window = _window(qtbot, tmp_path, tmp_path)
    gui = window.annotation_gui
    assert gui is not None
    gui.actions.dock_action.setChecked(True)
    gui.actions.claims_action.setChecked(True)
    qtbot.waitUntil(lambda: {"annotationDock", "claimComparisonDock"} <= set(open_docks(window)))
    window.close()

    again = _restarted(qtbot, tmp_path, tmp_path)
    gui = again.annotation_gui
    assert gui is not None
    for name in ("annotationDock", "claimComparisonDock"):
        dock = _dock(again, name)
        assert dock is None or dock.isHidden(), name
    assert not gui.actions.dock_action.isChecked() and not gui.actions.claims_action.isChecked()
    _tag_a_claim(again)  # made here without opening a dock
    again.close()
    assert {"annotationDock", "claimComparisonDock"} <= _saved_open_docks(tmp_path)

    third = _restarted(qtbot, tmp_path, tmp_path)  # now there is something to show
    for name in ("annotationDock", "claimComparisonDock"):
        dock = _dock(third, name)
        assert dock is not None and not dock.isHidden(), name


def test_an_empty_dock_the_user_closes_is_not_kept_open(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    gui = window.annotation_gui
    assert gui is not None
    gui.actions.claims_action.setChecked(True)
    window.close()
    again = _restarted(qtbot, tmp_path)
    gui = again.annotation_gui
    assert gui is not None
    gui.actions.claims_action.setChecked(True)  # opened empty, then closed: the user's choice
    gui.actions.claims_action.setChecked(False)
    again.close()
    assert "claimComparisonDock" not in _saved_open_docks(tmp_path)


def test_the_annotations_dock_closed_at_quit_stays_closed(qtbot, tmp_path: Path) -> None:
    """A corpus with annotations opened with their dock shown even when the user had closed it
    before quitting."""
    window = _window(qtbot, tmp_path, tmp_path)
    _tag_a_claim(window)
    gui = window.annotation_gui
    assert gui is not None
    gui.actions.dock_action.setChecked(True)
    gui.actions.dock_action.setChecked(False)
    window.close()
    again = _restarted(qtbot, tmp_path, tmp_path)
    gui = again.annotation_gui
    assert gui is not None and gui.controller is not None and len(gui.controller.annotations)
    dock = _dock(again, "annotationDock")
    assert dock is not None and dock.isHidden() and not gui.actions.dock_action.isChecked()


def test_a_dock_closed_before_quitting_stays_closed(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles),
                         settings=_settings(tmp_path))
    window.figures_action.setChecked(True)
    window.figures_action.setChecked(False)
    window.close()
    again = _restarted(qtbot, tmp_path)
    assert _dock(again, "figuresDock") is None and not again.figures_action.isChecked()
    assert open_docks(again) == []


def test_the_annotate_toolbar_opens_where_the_user_left_it(qtbot, tmp_path: Path) -> None:
    """It came back at the top each time: it is made with the annotation GUI, after the window
    had restored its saved state (Qt restores only the toolbars that exist then)."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles),
                         settings=_settings(tmp_path))
    gui = window.add_annotation_gui()
    toolbar = gui.actions.toolbar
    assert window.toolBarArea(toolbar) == Qt.ToolBarArea.TopToolBarArea
    window.addToolBar(Qt.ToolBarArea.LeftToolBarArea, toolbar)  # the user dragged it there
    qtbot.waitUntil(toolbar.isVisible)
    window.close()

    again = _restarted(qtbot, tmp_path)
    moved = again.findChild(QToolBar, "annotateToolbar")
    assert moved is not None and not moved.isHidden()
    assert again.toolBarArea(moved) == Qt.ToolBarArea.LeftToolBarArea


def test_a_hidden_annotate_toolbar_stays_hidden(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles),
                         settings=_settings(tmp_path))
    toolbar = window.add_annotation_gui().actions.toolbar
    qtbot.waitUntil(toolbar.isVisible)
    toolbar.toggleViewAction().trigger()  # the toolbar's context menu: untick Annotate
    assert toolbar.isHidden()
    window.close()
    again = _restarted(qtbot, tmp_path)
    restored = again.findChild(QToolBar, "annotateToolbar")
    assert restored is not None and restored.isHidden()


def test_a_file_whose_annotations_were_all_deleted_opens_no_empty_dock(qtbot, tmp_path: Path
                                                                        ) -> None:
    """Tester (session 52): the folder's annotation file, saved after its last annotation was
    deleted, opened the Annotations dock empty at every start beside the panes."""
    window = _window(qtbot, tmp_path, tmp_path)
    _tag_a_claim(window)
    gui = window.annotation_gui
    assert gui is not None and gui.controller is not None
    controller = gui.controller
    controller.annotations.remove(next(iter(controller.annotations)).id)
    assert controller.save_now() and gui.annotation_file().exists()
    gui.actions.dock_action.setChecked(True)
    window.close()

    again = _restarted(qtbot, tmp_path, tmp_path)
    dock = _dock(again, "annotationDock")
    assert dock is None or dock.isHidden()
    gui = again.annotation_gui
    assert gui is not None and not gui.actions.dock_action.isChecked()
