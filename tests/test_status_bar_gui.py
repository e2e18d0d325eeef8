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


def test_a_note_about_the_passage_selected_goes_when_another_is_selected(qtbot) -> None:
    """"Showing 2 of the 2 articles that carry the selected passage" stayed after the next F8
    selected a passage already in view (tester, session 54): it was about the passage before."""
    from viewer.corpus import Article
    from viewer.passages import AlignmentResult, Occurrence, Passage

    first = "The first statement was read out at noon by the spokesman."
    second = "A second statement followed in the evening from the ministry."
    texts = {"a": "Intro a. " + first, "b": "Intro b. " + first,
             "c": "Intro c. " + second + " " + first, "d": "Intro d. " + second + " " + first}
    articles = [Article(doc, text, f"Article {doc}") for doc, text in texts.items()]

    def carried(passage_id: str, words: str, docs: str) -> Passage:
        return Passage(passage_id, tuple(Occurrence(d, texts[d].index(words),
                                                    texts[d].index(words) + len(words), words)
                                         for d in docs))

    result = AlignmentResult(tuple(texts), (carried("p1", first, "abcd"),
                                            carried("p2", second, "cd")))
    window = make_window(qtbot, articles, result, width=900)
    assert window.workspace.set_shown(["a", "b"]) is None
    window.workspace.select_passage("p2")
    window.bring_passage_into_view("p2")
    assert window.pane_row.ids_in_view()[:2] == ["c", "d"]
    assert "carry the selected passage" in window.statusBar().currentMessage()
    window.workspace.select_passage("p1")  # in view already: nothing to say
    window.bring_passage_into_view("p1")
    assert window.statusBar().currentMessage() == ""
    # tester55 #18: nor does it stay once the panes change ("Showing 3 of the 7 ..." with 2
    # panes left after one was unticked)
    window.workspace.select_passage("p2")
    assert window.workspace.set_shown(["a", "b"]) is None
    window.bring_passage_into_view("p2")
    assert "carry the selected passage" in window.statusBar().currentMessage()
    assert window.workspace.set_shown(["c", "a"]) is None  # (one unticked, another ticked)
    assert window.statusBar().currentMessage() == ""


def test_the_annotation_count_is_separated_from_the_counts_beside_it(qtbot) -> None:
    """It read "· 1 annotation  14 articles · 13 shared passages": the separator stood on the
    side with nothing (tester, session 54). Read left to right, the status bar's counts are one
    list."""
    from PySide6.QtWidgets import QLabel

    from widgets.tag_dialog import TagAnswer

    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window)
    controller.editing.ask = lambda quote, scope, editing: TagAnswer(("figures",), "", None)
    article = articles[0]
    window.reveal_range(article.id, article.body_start, article.body_start + 5)
    assert controller.editing.tag_selection() is not None
    qtbot.waitUntil(controller.status_label.isVisible)
    labels = [label for label in window.statusBar().findChildren(QLabel)
              if label.isVisible() and label.text()
              and label in (controller.status_label, window.counts_label)]
    labels.sort(key=lambda label: label.mapTo(window, label.rect().topLeft()).x())
    line = " ".join(label.text() for label in labels)
    assert line == f"1 annotation · {len(articles)} articles · 4 shared passages"
