"""A pane's top line is shown whole: after a passage is selected, when the window opens, with
synchronised scrolling, and at the end of an article (the view may scroll a little past the end).

Measured independently of the panes' own geometry code: the line under the viewport's top edge,
as QTextEdit.cursorRect reports it, starts exactly at the top edge (or the view is at the very
start of the text, the document margin above the first line)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.viewfixtures import TWEET, by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import char_point, make_window
from viewer.engine import find_shared_passages
from viewer.jobs.choice import Backends
from viewer.loading import load_paths
from viewer.palette import LIGHT
from viewer.passages import Passage
from viewer.resources import seeds_dir
from widgets.main_window import MainWindow
from widgets.text_pane import TextPane


def top_line_offset(pane: TextPane) -> int:
    """How far the pane's first visible line starts from the viewport's top edge, in pixels:
    0 when it starts there (or the view is at the start of the text), negative when its top is
    cut off, positive when a paragraph's gap shows above it."""
    editor = pane.editor
    if editor.verticalScrollBar().value() == 0:
        return 0
    cursor = editor.cursorForPosition(QPoint(0, 0))
    rect = editor.cursorRect(cursor)
    if rect.top() + rect.height() <= 0:  # a line ending at the edge: the next one is the first
        cursor.movePosition(QTextCursor.MoveOperation.Down)
        rect = editor.cursorRect(cursor)
    return rect.top()


def offsets(panes: list[TextPane]) -> dict[str, int]:
    return {pane.article_id[:3]: top_line_offset(pane) for pane in panes}


def whole(panes: list[TextPane]) -> bool:
    return not any(offsets(panes).values())


def assert_whole(panes: list[TextPane], what: object = "") -> None:
    """For qtbot.waitUntil: on a timeout, the last failure says which pane is off by how much."""
    assert whole(panes), (what, offsets(panes))


def passages_in(window, pane: TextPane) -> list[Passage]:
    result = window.workspace.result
    return [p for p in result.passages if p.occurrences_in(pane.article_id)]


def test_selecting_a_passage_in_each_pane_with_synchronised_scrolling_shows_whole_lines(
        qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    window.sync_scroll_action.setChecked(True)
    panes = window.pane_row.visible_panes()
    assert len(panes) >= 3
    selected = 0
    for pane in panes:
        for passage in passages_in(window, pane):
            # chosen in the list (every pane scrolls), then clicked in this pane (the others
            # scroll, this one follows them)
            window.workspace.select_passage(None)
            window.workspace.select_passage(passage.id)
            qtbot.waitUntil(lambda p=passage.id: assert_whole(panes, p), timeout=2000)
            window.workspace.select_passage(None)
            start = passage.occurrences_in(pane.article_id)[0].start
            qtbot.mouseClick(pane.editor.viewport(), Qt.MouseButton.LeftButton,
                             pos=char_point(pane, start))
            assert window.workspace.selected == passage.id
            qtbot.waitUntil(lambda p=passage.id: assert_whole(panes, ("click", p)),
                            timeout=2000)
            selected += 1
    assert selected >= 5


def test_a_pane_scrolled_to_the_end_of_its_article_shows_its_top_line_whole(qtbot) -> None:
    """000's tweet is near its end: scrolling to it reaches the end of the text, where the
    scroll range used to stop inside a line. The view then goes a little past the end."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    pane = window.pane_for(by_prefix(articles)["000"].id)
    assert pane is not None
    editor = pane.editor
    bar = editor.verticalScrollBar()
    line = editor.fontMetrics().lineSpacing()
    ends = 0
    for height in range(700, 1000, 7):  # viewports of many heights: the end falls anywhere
        window.resize(1400, height)
        pane.scroll_to(TWEET["000"][0])
        qtbot.waitUntil(lambda h=height: assert_whole([pane], h), timeout=2000)
        if bar.value() < bar.maximum():
            continue
        ends += 1
        end = QTextCursor(editor.document())
        end.movePosition(QTextCursor.MoveOperation.End)
        last_bottom = editor.cursorRect(end).bottom()
        # the whole end in view, and less than a line and a paragraph's gap of blank below it
        assert editor.viewport().height() - 2 * line <= last_bottom < editor.viewport().height()
    assert ends >= 10


def test_the_window_opens_with_whole_top_lines(qtbot) -> None:
    """As `parallax` opens: the first result selects a passage, every pane carrying it
    scrolls to it (000 to its end) before and while the window is laid out."""
    window = MainWindow(backends=Backends(engine=find_shared_passages, loader=load_paths),
                        theme=LIGHT)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.open_first([seeds_dir()], remember=False)
        window.show()
    assert window.workspace.selected is not None
    panes = window.pane_row.visible_panes()
    assert len(panes) >= 3
    qtbot.waitUntil(lambda: assert_whole(panes), timeout=2000)
    assert any(pane.editor.verticalScrollBar().value() > 0 for pane in panes)


def test_synchronised_scrolling_moves_the_other_panes_to_whole_lines(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    docs = by_prefix(articles)
    window.resize(1000, 560)  # two panes whose texts both scroll
    window.workspace.set_shown([docs["000"].id, docs["002"].id])
    window.workspace.select_passage("p1")
    window.sync_scroll_action.setChecked(True)
    left, right = window.text_panes()
    bar = left.editor.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() >= 60)
    for step in range(1, 60, 3):  # the user drags the left pane a few pixels at a time
        bar.setValue(bar.value() - step % 7)
        assert top_line_offset(right) == 0, step
    window.workspace.select_passage(None)  # no passage to keep level: the same share of each
    for step in range(1, 60, 3):
        bar.setValue(bar.value() + step % 7)
        assert right.editor.verticalScrollBar().value() > 0
        assert top_line_offset(right) == 0, step
