"""The annotations an undo step holds (an import, undone) are re-anchored off the GUI thread when
the articles change, and a stale outcome is never applied (pytest-qt).

They were re-anchored in the call that changed the articles: with 5,000 held annotations and an
article updated, the window froze for 1.8 s (benchmarks/bench_held_reanchoring.py)."""

from __future__ import annotations

import multiprocessing
import random
import time
from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.test_annotations_gui import setup
from viewer.annotations.model import AnchorStatus, Annotation, make_annotation
from viewer.annotations.reanchor_job import CHILD_NAME
from viewer.corpus import Article
from widgets.annotation_commands import AddAnnotations, held_by

COUNT = 1500


def edited(article: Article) -> Article:
    """The outlet's update of `article` from the same file: a line on top, copy-edited, so
    most spans move and many need a fuzzy search."""
    text = article.text.replace(" said ", " stated ").replace(" and ", " & ")
    return replace(article, id=f"{article.id}-update",
                   text="Updated after publication.\n" + text.replace(" the ", " this "))


def made_on(article: Article, count: int) -> list[Annotation]:
    rng = random.Random(3)
    made = []
    for _ in range(count):
        length = rng.randint(20, 120)
        start = rng.randint(article.body_start, len(article.text) - length)
        made.append(make_annotation(article, start, start + length))
    return made


def held_values(controller) -> list[Annotation]:
    return [value for step in held_by(controller.undo_stack) for value in step.held()]


def anchored_in(values: list[Annotation], article_ids: set[str]) -> list[Annotation]:
    """Those of `values` not orphaned but anchored in one of `article_ids`."""
    return [value for value in values if value.article_id in article_ids
            and value.status is not AnchorStatus.ORPHANED]


def undone_import(qtbot, tagged: list[Annotation] | None = None):
    """A window whose undo history holds COUNT annotations (an import undone), and the article
    they are on; the set holds `tagged` (tagged before the import), or nothing."""
    window, controller, docs = setup(qtbot)
    article = docs["001"]
    if tagged is not None:
        tagged.append(made_on(article, 1)[0])
        controller.undo_stack.push(AddAnnotations(controller.annotations, tagged, "Tag"))
    controller.undo_stack.push(AddAnnotations(controller.annotations,
                                              made_on(article, COUNT), "Import"))
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: not controller.background.busy, timeout=60_000)
    assert len(controller.annotations) == len(tagged or ())
    assert len(held_values(controller)) == COUNT + len(tagged or ())
    return window, controller, article


def replace_article(window, article: Article) -> Article:
    window.workspace.remove_article(article.id)
    (added,) = window.workspace.add_articles([edited(article)])
    return added


def test_held_annotations_are_reanchored_off_the_gui_thread(qtbot):
    window, controller, article = undone_import(qtbot)
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start()
    updated = replace_article(window, article)
    returned = time.monotonic()
    # The call that changed the articles did not do the work: it goes on in the background,
    # the status bar says so, and none of the held annotations has found the new text yet.
    assert controller.background.busy
    assert anchored_in(held_values(controller), {updated.id}) == []
    assert controller.status_label.text().startswith(
        "Re-anchoring 1,500 annotations in the undo history…")
    qtbot.waitUntil(lambda: not controller.background.busy, timeout=120_000)
    done = time.monotonic()
    heartbeat.stop()
    # The GUI thread kept running its timers while the work went on.
    assert len([t for t in beats if returned <= t <= done]) >= 5
    after = held_values(controller)
    assert anchored_in(after, {article.id}) == []
    assert sum(value.article_id == updated.id for value in after) > COUNT * 0.9
    statuses = {value.status for value in after}
    assert AnchorStatus.MOVED in statuses and AnchorStatus.FUZZY in statuses
    for value in after:
        if value.status is AnchorStatus.MOVED:
            assert updated.text[value.start:value.end] == value.exact
    # Redo puts the import back where its words are now.
    controller.undo_stack.redo()
    assert controller.annotations.annotations == tuple(after)
    assert controller.status_label.text() == "1,500 annotations ·"


def test_an_outcome_for_articles_changed_since_is_dropped(qtbot):
    """A newer set of articles makes the running re-anchoring void: its outcome never reaches
    the window, only the newest one's does."""
    window, controller, article = undone_import(qtbot)
    applied: list[int] = []
    controller.background.finished.connect(
        lambda outcome: applied.append(outcome.request.generation))
    replace_article(window, article)
    assert controller.background.busy
    stale_generation = window.workspace.generation
    other = window.workspace.corpus.articles[0]
    window.workspace.remove_article(other.id)  # while the first re-anchoring runs
    qtbot.waitUntil(lambda: not controller.background.busy, timeout=120_000)
    assert applied == [window.workspace.generation] != [stale_generation]
    assert anchored_in(held_values(controller), {article.id, other.id}) == []


def test_a_tag_made_while_the_held_annotations_are_reanchored_is_kept(qtbot):
    """The outcome asked for before the user tagged a claim is stale: applied, it would put back
    the set as it was (the new tag gone) and give the undo steps values they no longer hold."""
    earlier: list[Annotation] = []
    window, controller, article = undone_import(qtbot, earlier)
    updated = replace_article(window, article)
    assert controller.background.busy
    start = updated.text.index("Updated")
    tag = make_annotation(updated, start, start + len("Updated"), tags=("new",))
    controller.undo_stack.push(AddAnnotations(controller.annotations, [tag], "Tag claim"))
    qtbot.waitUntil(lambda: not controller.background.busy, timeout=120_000)
    assert [a.id for a in controller.annotations] == [earlier[0].id, tag.id]
    assert [a.article_id for a in controller.annotations] == [updated.id] * 2
    # The undo steps hold the set's values: undoing both leaves nothing, redoing gives them.
    now = controller.annotations.annotations
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert not len(controller.annotations)
    controller.undo_stack.redo()
    controller.undo_stack.redo()
    assert controller.annotations.annotations == now


def test_cancel_stops_the_reanchoring_and_leaves_every_annotation_as_it_was(qtbot):
    """Re-anchoring the undo history showed its progress but could not be stopped. The window's
    Cancel (the alignment's) stops it: the set and the values the undo steps hold stay as they
    were when it was pressed, the job's outcome is dropped, undo and redo still work, and the
    next change to the articles re-anchors them all."""
    earlier: list[Annotation] = []
    window, controller, article = undone_import(qtbot, earlier)
    applied: list[object] = []
    controller.background.finished.connect(applied.append)
    updated = replace_article(window, article)
    assert controller.background.busy
    # (the old article's removal orphaned them at once; the new one is not searched yet)
    in_set, held = controller.annotations.annotations, held_values(controller)
    assert window.cancel_button.isVisible() and not window.progress_bar.isVisible()
    assert window.cancel_button.toolTip() == "Stop re-anchoring the annotations"
    window.cancel_button.click()
    assert not controller.background.busy and not window.cancel_button.isVisible()
    assert "Re-anchoring cancelled" in window.statusBar().currentMessage()
    assert controller.status_label.text() == "1 annotation ·"
    qtbot.waitUntil(lambda: not reanchoring_children(), timeout=10_000)
    QApplication.processEvents()  # what the cancelled job posted on its way out
    assert applied == []
    assert controller.annotations.annotations == in_set and held_values(controller) == held
    controller.undo_stack.redo()  # the import comes back as it was held
    assert by_id(controller.annotations.annotations) == by_id([*in_set, *held])
    assert len(controller.annotations) == COUNT + 1
    controller.undo_stack.undo()
    assert controller.annotations.annotations == in_set
    window.workspace.remove_article(window.workspace.corpus.articles[0].id)
    qtbot.waitUntil(lambda: not controller.background.busy, timeout=120_000)
    assert applied and anchored_in(held_values(controller), {article.id}) == []
    assert sum(value.article_id == updated.id for value in held_values(controller)) > COUNT * 0.9


def by_id(values) -> dict[str, Annotation]:
    return {value.id: value for value in values}


def reanchoring_children() -> list[multiprocessing.Process]:
    return [p for p in multiprocessing.active_children() if p.name == CHILD_NAME]
