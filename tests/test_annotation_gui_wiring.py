"""The annotation GUI is one component the window creates, and works whatever the order in which
the workspace's subscribers were connected."""

from __future__ import annotations

from pathlib import Path

from tests.viewfixtures import by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.events import Signal
from widgets.annotation_gui import AnnotationGui
from widgets.tag_dialog import TagAnswer


def _reverse_subscribers(signal: Signal) -> None:
    callbacks = list(signal._callbacks)
    for callback in callbacks:
        signal.disconnect(callback)
    for callback in reversed(callbacks):
        signal.connect(callback)


def test_new_panes_get_the_actions_and_marks_whatever_the_connection_order(qtbot) -> None:
    articles = sample_articles()
    docs = by_prefix(articles)
    window = make_window(qtbot, articles, ground_truth_result(articles))
    gui = window.add_annotation_gui(corpus_paths=[Path("corpus-under-test")])
    assert isinstance(gui, AnnotationGui) and window.add_annotation_gui() is gui  # one per window
    controller = gui.ensure_controller()
    controller.editing.ask = lambda quote, count, editing: TagAnswer(("figures",), "", None)
    article = docs["001"]
    start = article.text.index("Pentagon")
    window.reveal_range(article.id, start, start + len("Pentagon"))
    made = controller.editing.tag_selection()
    assert made is not None

    workspace = window.workspace
    others = [a.id for a in articles if a.id != article.id][:2]
    assert workspace.set_shown(others) is None  # the tagged article's pane goes
    assert window.pane_for(article.id) is None
    for signal in (workspace.shown_changed, workspace.corpus_changed,
                   workspace.selection_changed, workspace.result_changed):
        _reverse_subscribers(signal)  # the annotation GUI's callbacks now run first
    assert workspace.set_shown([*others, article.id]) is None  # and comes back, a new pane
    panes = window.text_panes()
    assert [p.article_id for p in panes] == [*others, article.id]
    for pane in panes:
        assert gui.actions.tag_action in pane.context_menu_actions
        assert gui.actions.tag_copies_action in pane.context_menu_actions
    pane = window.pane_for(article.id)
    assert pane is not None and pane._annotations == [(made.start, made.end)]
