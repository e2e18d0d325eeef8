"""What Tag claim (Ctrl+T) tags: what the user last selected or found, in the pane they work in,
and the dialog names that article.

A tester (session 54) clicked a figure (its wording selected in one pane), selected text in
another pane and dropped it, searched a third pane, pressed Esc and Ctrl+T: the dialog quoted the
figure's wording from the first pane, minutes old, and did not say which article it tagged.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.rows import article_origin, display_title
from viewer.tag_scope import TagScope
from widgets.annotation_gui import install_annotations
from widgets.tag_dialog import TagDialog


def window_asking(qtbot, tmp_path: Path):
    """The samples, three panes in view at least, and every Tag claim's question recorded
    (answered with Cancel)."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[tmp_path / "articles"],
                                     data_dir=tmp_path)
    asked: list[tuple[str, TagScope]] = []
    controller.editing.ask = lambda quote, scope, editing: asked.append((quote, scope))
    messages: list[str] = []
    controller.editing.message = messages.append
    panes = window.pane_row.visible_panes()
    assert len(panes) >= 3
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, controller, asked, messages, panes


def words_in(text: str, start: int, count: int) -> str:
    """`count` whole words of `text` from the first word at or after `start`."""
    found = re.compile(r"(?<!\w)\w+(?:\W+\w+){" + str(count - 1) + "}").search(text, start)
    assert found is not None
    return found.group()


def focus_on(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_ctrl_t_after_find_and_esc_tags_the_hit_not_an_older_selection(qtbot, tmp_path) -> None:
    window, controller, asked, _messages, panes = window_asking(qtbot, tmp_path)
    first, second, third = panes[:3]
    # A figure clicked: its wording selected in the first pane by the program.
    start = first.article.body_start
    window.reveal_range(first.article_id, start, start + 12)
    # Text selected in the second pane, then dropped (Right).
    focus_on(qtbot, second.editor)
    second.select_range(second.article.body_start, second.article.body_start + 10)
    qtbot.keyClick(second.editor, Qt.Key.Key_Right)
    assert second.selected_range() is None
    # Ctrl+F, a phrase of the third article, Enter, Esc, Ctrl+T.
    phrase = words_in(third.article.text, third.article.body_start + 150, 4)
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.edit, phrase)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    hit = window.workspace.find.current
    assert hit is not None and hit.document == third.article_id
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    controller.actions.tag_action.trigger()
    assert [quote for quote, _scope in asked] == [phrase]


def test_ctrl_t_in_the_find_bar_tags_the_current_hit(qtbot, tmp_path) -> None:
    window, controller, asked, _messages, panes = window_asking(qtbot, tmp_path)
    first, third = panes[0], panes[2]
    start = first.article.body_start
    window.reveal_range(first.article_id, start, start + 12)
    phrase = words_in(third.article.text, third.article.body_start + 150, 3)
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.edit, phrase)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.find.current is not None)
    assert QApplication.focusWidget() is window.find_bar.edit, QApplication.focusWidget()
    controller.actions.tag_action.trigger()
    assert [quote for quote, _scope in asked] == [phrase]


def test_a_selection_dropped_in_the_focused_pane_is_not_replaced_by_another_panes(
        qtbot, tmp_path) -> None:
    """The focused pane's selection or nothing: never one left behind in another pane."""
    window, controller, asked, messages, panes = window_asking(qtbot, tmp_path)
    first, second = panes[:2]
    start = first.article.body_start
    window.reveal_range(first.article_id, start, start + 12)
    focus_on(qtbot, second.editor)
    second.select_range(second.article.body_start, second.article.body_start + 10)
    qtbot.keyClick(second.editor, Qt.Key.Key_Right)
    controller.actions.tag_action.trigger()
    assert asked == []
    assert messages and messages[-1].startswith("Select some text")


def test_with_the_focus_elsewhere_the_last_selection_made_is_tagged(qtbot, tmp_path) -> None:
    """A figure clicked in the Figures dock (the focus stays in its table) selects its wording
    in a pane: that is what Ctrl+T tags, even when another pane still holds an older one."""
    window, controller, asked, _messages, panes = window_asking(qtbot, tmp_path)
    first, second = panes[:2]
    older = words_in(first.article.text, first.article.body_start, 2)
    at = first.article.text.index(older)
    window.reveal_range(first.article_id, at, at + len(older))
    newer = words_in(second.article.text, second.article.body_start + 100, 2)
    at = second.article.text.index(newer, second.article.body_start + 100)
    window.reveal_range(second.article_id, at, at + len(newer))
    focus_on(qtbot, window.passage_list.view)
    controller.actions.tag_action.trigger()
    assert [quote for quote, _scope in asked] == [newer]


def test_the_tag_dialog_names_the_article_it_tags(qtbot, tmp_path) -> None:
    window, controller, asked, _messages, panes = window_asking(qtbot, tmp_path)
    pane = panes[1]
    article = pane.article
    start = article.body_start
    window.reveal_range(article.id, start, start + 12)
    controller.actions.tag_action.trigger()
    ((_quote, scope),) = asked
    assert display_title(article)[:30] in scope.article
    assert article_origin(article) in scope.article
    dialog = TagDialog("words", [], [], scope=scope)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.article_label.isVisible() and dialog.article_title_label.isVisible()
    assert dialog.article_label.text() == f"in {scope.origin}:"
    assert dialog.article_title_label.text() == scope.title
