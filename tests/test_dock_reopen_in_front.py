"""A dock the user opens again from the View menu comes to the front of its tab group
(pytest-qt): re-shown, Qt puts it back as a tab behind the one in front, so View › Claim
comparison (Ctrl+Shift+C) showed nothing new but a tab at the window's foot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget, QTabBar

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from widgets.annotation_gui import install_annotations


def in_front(window, dock: QDockWidget) -> bool:
    """The dock is the current tab of the tab bar it sits in (or in no tab bar at all)."""
    for bar in window.findChildren(QTabBar):
        titles = [bar.tabText(i) for i in range(bar.count())]
        if bar.isVisible() and dock.windowTitle() in titles:
            return bar.tabText(bar.currentIndex()) == dock.windowTitle()
    return dock.isVisible()


def test_a_dock_opened_again_is_the_tab_in_front(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[tmp_path / "c"], data_dir=tmp_path)
    actions = controller.actions
    actions.claims_action.trigger()
    claims = controller.claim_view
    assert claims is not None
    window.figures_action.trigger()
    figures = window.figures_dock
    qtbot.waitUntil(lambda: any(window.tabifiedDockWidgets(claims)))
    qtbot.waitUntil(lambda: in_front(window, figures))
    actions.claims_action.trigger()  # closed
    qtbot.waitUntil(lambda: not claims.isVisible())
    actions.claims_action.trigger()  # opened again (View menu, Ctrl+Shift+C, the toolbar)
    qtbot.waitUntil(lambda: in_front(window, claims))
    window.figures_action.trigger()
    window.figures_action.trigger()
    qtbot.waitUntil(lambda: in_front(window, figures))
    annotations = controller.dock
    window.tabifyDockWidget(figures, annotations)  # the user dragged it there
    figures.raise_()
    qtbot.waitUntil(lambda: in_front(window, figures))
    actions.dock_action.trigger()
    qtbot.waitUntil(lambda: not annotations.isVisible())
    actions.dock_action.trigger()
    qtbot.waitUntil(lambda: in_front(window, annotations))


def test_docks_reopened_at_start_leave_the_front_tab_alone(qtbot, tmp_path: Path) -> None:
    """Reopening at start ticks the actions (toggled, not triggered): no dock is raised."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[tmp_path / "c"], data_dir=tmp_path)
    window.figures_action.trigger()
    figures = window.figures_dock
    controller.actions.claims_action.setChecked(True)
    claims = controller.claim_view
    qtbot.waitUntil(lambda: any(window.tabifiedDockWidgets(claims)))
    figures.raise_()
    qtbot.waitUntil(lambda: in_front(window, figures))
    controller.actions.claims_action.setChecked(False)
    controller.actions.claims_action.setChecked(True)
    qtbot.waitUntil(lambda: claims.toggleViewAction().isChecked())
    assert in_front(window, figures)
