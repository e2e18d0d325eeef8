"""The first Tag claim opens the Annotations dock, and the panes narrow and reflow: the tagged
words stay in view (a newcomer's were pushed out of the pane's view by the reflow)."""

from __future__ import annotations

from pathlib import Path

from tests.viewfixtures import by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import make_window
from widgets.tag_dialog import TagAnswer


def test_the_tagged_words_stay_in_view_when_the_dock_narrows_the_panes(qtbot) -> None:
    articles = sample_articles()
    docs = by_prefix(articles)
    window = make_window(qtbot, articles, ground_truth_result(articles), width=1400)
    gui = window.add_annotation_gui(corpus_paths=[Path("corpus-under-test")])
    controller = gui.ensure_controller(show_dock=False)
    controller.editing.ask = lambda quote, scope, editing: TagAnswer(("figures",), "", None)
    article = docs["002"]
    pane = window.pane_for(article.id)
    assert pane is not None and controller.dock.isHidden()
    words = "White House Press Secretary"
    start = article.text.index(words)
    window.reveal_range(article.id, start, start + len(words))
    editor = pane.editor
    # (the words on the pane's last lines, where a reflow pushes them out first)
    bar = editor.verticalScrollBar()
    qtbot.waitUntil(lambda: editor.cursorRect().bottom() <= editor.viewport().height())
    bar.setValue(max(0, bar.value() + editor.cursorRect().bottom()
                     - editor.viewport().height() + 4))
    assert controller.editing.tag_selection() is not None
    qtbot.waitUntil(lambda: not controller.dock.isHidden())
    qtbot.waitUntil(lambda: editor.cursorRect().top() >= 0
                    and editor.cursorRect().bottom() <= editor.viewport().height())
