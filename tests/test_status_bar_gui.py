"""The status bar's Cancel stays where it is while the annotations' status beside it changes
(tester, session 53: it moved 125 px as "re-anchoring" appeared, and a click missed it)."""

from __future__ import annotations

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window
from widgets.annotation_gui import install_annotations


def test_cancel_does_not_move_when_the_annotation_status_changes(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window)
    status = window.status_widgets
    status.running("the test's work", lambda: None)
    qtbot.waitUntil(lambda: status.cancel_button.isVisible())
    controller.status_label.show()  # (as while annotations are saved or re-anchored)
    qtbot.waitUntil(lambda: controller.status_label.isVisible())
    before = status.cancel_button.mapTo(window, status.cancel_button.rect().topLeft()).x()
    narrow = controller.status_label.width()
    controller.status_label.setText("Re-anchoring 1,234 annotations against the changed "
                                    "articles… (annotations.jsonld)")
    qtbot.waitUntil(lambda: controller.status_label.width() > narrow + 50)
    after = status.cancel_button.mapTo(window, status.cancel_button.rect().topLeft()).x()
    assert after == before
    status.running("the test's work", None)
