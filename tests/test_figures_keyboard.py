"""The Figures dock from the keyboard (tester, session 54): Enter or Space on a figure selects its
wording in the article's pane, as a click does; the arrow keys follow along in the panes in view
(without changing the panes); the Menu key opens the figure's menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from tests.test_figures_dock import cell_of, open_dock
from tests.viewfixtures import sample_articles
from tests.widgetkit import make_window
from widgets.figures_dock import FiguresDock
from widgets.figures_export import EXPORT_TEXT
from widgets.figures_grid import SHOW_WORDING
from widgets.main_window import MainWindow


def keyboard_on(qtbot, window: MainWindow, dock: FiguresDock, row: int, column: int) -> None:
    """The focus in the table, on cell (row, column), nothing selected in any pane."""
    for pane in window.pane_row.panes():
        pane.select_range(0, 0)
    window.activateWindow()
    dock.grid.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.grid)
    dock.grid.setCurrentCell(row, column)


def selected_in(window: MainWindow, article_id: str) -> str:
    pane = window.pane_for(article_id)
    return "" if pane is None else pane.editor.textCursor().selectedText()


def test_enter_and_space_on_a_figure_select_its_wording(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    article = next(a for a in articles if "at least 80 terrorist" in a.text)
    row, column = cell_of(dock, article.id, "at least 80")
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        keyboard_on(qtbot, window, dock, row, column)
        qtbot.keyClick(dock.grid, key)
        qtbot.waitUntil(lambda: selected_in(window, article.id)
                        == "at least 80 terrorist US soldiers")


def test_the_arrow_keys_follow_the_figures_in_the_panes_in_view(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    in_view = window.pane_row.ids_in_view()
    cells = [(row, column) for row in range(dock.grid.rowCount())
             for column in range(dock.grid.columnCount())
             if (m := dock.mention_at(row, column)) is not None and m.document in in_view]
    (row, column), (next_row, next_column) = cells[0], cells[1]
    target = dock.mention_at(next_row, next_column)
    assert target is not None
    keyboard_on(qtbot, window, dock, row, column)
    # Down and Right as often as it takes to reach the next figure's cell from this one.
    for _step in range(next_row - row):
        qtbot.keyClick(dock.grid, Qt.Key.Key_Down)
    key = Qt.Key.Key_Right if next_column > dock.grid.currentColumn() else Qt.Key.Key_Left
    for _step in range(abs(next_column - dock.grid.currentColumn())):
        qtbot.keyClick(dock.grid, key)
    assert (dock.grid.currentRow(), dock.grid.currentColumn()) == (next_row, next_column)
    qtbot.waitUntil(lambda: selected_in(window, target.document) == target.text)


def test_the_arrow_keys_never_change_the_panes(qtbot) -> None:
    """A figure of an article out of view is shown only on Enter: moving along fifty rows
    would otherwise bring article after article in, unticking the user's."""
    articles = sample_articles()
    window = make_window(qtbot, articles, width=900)
    dock = open_dock(qtbot, window)
    in_view = window.pane_row.ids_in_view()
    out = [(row, column) for row in range(dock.grid.rowCount())
           for column in range(dock.grid.columnCount())
           if (m := dock.mention_at(row, column)) is not None and m.document not in in_view]
    assert out
    row, column = out[0]
    keyboard_on(qtbot, window, dock, max(row - 1, 0) if row else row + 1, column)
    qtbot.keyClick(dock.grid, Qt.Key.Key_Down if row else Qt.Key.Key_Up)
    assert (dock.grid.currentRow(), dock.grid.currentColumn()) == (row, column)
    assert window.pane_row.ids_in_view() == in_view
    qtbot.keyClick(dock.grid, Qt.Key.Key_Return)
    mention = dock.mention_at(row, column)
    assert mention is not None
    qtbot.waitUntil(lambda: mention.document in window.pane_row.ids_in_view())


def test_the_menu_key_offers_show_make_claim_group_and_export(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    article = next(a for a in articles if "at least 80 terrorist" in a.text)
    row, column = cell_of(dock, article.id, "at least 80")
    keyboard_on(qtbot, window, dock, row, column)
    offered: list[str] = []

    def choose_show() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.extend(action.text() for action in menu.actions())
        show = next(a for a in menu.actions() if a.text() == SHOW_WORDING)
        menu.close()
        show.trigger()

    QTimer.singleShot(0, choose_show)
    origin = dock.grid.mapToGlobal(QPoint(0, 0))
    QApplication.sendEvent(dock.grid, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard,
                                                        QPoint(0, 0), origin))
    assert offered == [SHOW_WORDING, "Make &claim group", EXPORT_TEXT]
    qtbot.waitUntil(lambda: selected_in(window, article.id)
                    == "at least 80 terrorist US soldiers")


def test_in_the_list_enter_on_a_lines_quantity_shows_its_figure(qtbot) -> None:
    """With more than eight articles the dock lists one figure a line, and the keyboard lands
    on a line's first cell, the quantity: Enter there shows that line's figure."""
    from tests.test_figures_dock import SHARED
    from viewer.corpus import Article

    articles = [Article(id=f"a{n}", text=f"Police said {n + 3} protesters were arrested."
                        + SHARED, title=f"Report {n}") for n in range(9)]
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    assert dock.table is not None and dock.table.list_view
    row, _column = cell_of(dock, "a4", "7 protesters")
    keyboard_on(qtbot, window, dock, row, 0)
    qtbot.keyClick(dock.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: selected_in(window, "a4") == "7 protesters")


def test_tab_from_the_passage_list_reaches_the_figures_table(qtbot) -> None:
    """The dock's scroll frame (it lets the dock be shorter than its table) took a Tab stop of
    its own: a tester's Tab landed on it, and Down, Down, Enter scrolled the dock instead of
    moving along the figures."""
    articles = sample_articles()
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    window.activateWindow()
    view = window.passage_list.view
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    # (the bar's buttons, where enabled, come first: Make claim group, Export figures…)
    for button in (dock.claim_button, dock.export.button):
        if QApplication.focusWidget() is button:
            qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dock.grid, QApplication.focusWidget()
