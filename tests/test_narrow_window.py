"""A 1000x700 window with docks open (a tester's findings): the panes keep a readable height,
the article list keeps its Shared column in view, and the Annotations dock shows every column
without scrolling sideways."""

from __future__ import annotations

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.listing import COLUMNS
from widgets.annotation_gui import install_annotations
from widgets.article_list import COLUMNS as LIST_COLUMNS
from widgets.pane_row import MIN_PANE_LINES


def _narrow_window_with_docks(qtbot):  # type: ignore[no-untyped-def]
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), width=1000)
    window.resize(1000, 700)
    controller = install_annotations(window)
    window.figures_action.setChecked(True)
    controller.show_claims(True)
    qtbot.waitUntil(lambda: controller.claim_view is not None
                    and controller.claim_view.isVisible())
    return window, controller


def test_the_panes_keep_ten_lines_when_docks_take_the_room(qtbot) -> None:
    window, _controller = _narrow_window_with_docks(qtbot)
    row = window.pane_row

    def readable() -> bool:
        panes = row.visible_panes()
        return bool(panes) and all(
            pane.editor.viewport().height()
            >= MIN_PANE_LINES * pane.editor.fontMetrics().lineSpacing() for pane in panes)

    qtbot.waitUntil(readable)
    if row.hidden_note.isVisible():  # the wrapped note is below the panes, not under them
        qtbot.waitUntil(lambda: row.hidden_note.geometry().top() >= row.row.geometry().bottom())


def test_a_narrow_article_list_hides_words_then_date_and_keeps_shared(qtbot) -> None:
    window, _controller = _narrow_window_with_docks(qtbot)
    listing = window.article_list
    shared = LIST_COLUMNS.index("Shared")
    header = listing.horizontalHeader()

    def shared_in_view() -> bool:
        return not listing.isColumnHidden(shared) and \
            header.sectionViewportPosition(shared) + header.sectionSize(shared) \
            <= listing.viewport().width()

    window.lists_splitter.setSizes([330, 330])
    qtbot.waitUntil(shared_in_view)
    assert LIST_COLUMNS.index("Words") in listing.hidden_for_room
    title = listing.model().index(0, 0).data(3)  # the tooltip still says date and words
    assert "words" in title
    window.lists_splitter.setSizes([1000, 10])
    qtbot.waitUntil(lambda: not listing.hidden_for_room)


def test_the_annotations_dock_fits_every_column_in_its_width(qtbot) -> None:
    _window, controller = _narrow_window_with_docks(qtbot)
    table = controller.dock.table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()

    def fitted() -> bool:
        return sum(header.sectionSize(c) for c in range(len(COLUMNS))) \
            <= table.viewport().width() and all(
                header.sectionSize(c) >= metrics.horizontalAdvance(name)
                for c, name in enumerate(COLUMNS))

    qtbot.waitUntil(fitted)
    assert not table.horizontalScrollBar().isVisible()


def test_the_claim_comparison_opens_tall_enough_for_cards(qtbot) -> None:
    """It opened about 120 px tall: one card row, the next claim group many scrolls away."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    window.resize(1400, 900)
    controller = install_annotations(window)
    controller.show_claims(True)
    view = controller.claim_view
    assert view is not None
    qtbot.waitUntil(lambda: view.isVisible() and view.height() >= 900 // 3 - 20)
