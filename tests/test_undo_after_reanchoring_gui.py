"""The annotation undo history survives re-anchoring (pytest-qt): an article removed or changed
moves or orphans annotations, and Ctrl+Z still undoes every earlier tag, putting back positions
the text has now."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QKeySequence

from tests.test_annotations_gui import select, setup
from viewer.annotations.model import AnchorStatus
from viewer.corpus import Article
from widgets.tag_dialog import TagAnswer

SHIFT = "Update, an hour later.\n\n"


def shifted(window, article: Article) -> Article:
    """`article` as a later version with a line put before it: realigned, every span moves."""
    window.workspace.remove_article(article.id)
    (added,) = window.workspace.add_articles([replace(article, text=SHIFT + article.text)])
    return added


def tag_two(qtbot, tmp_path=None):
    window, controller, docs = setup(qtbot, tmp_path, answers=[
        TagAnswer(("figures",), "count", None), TagAnswer(("quote",), "", None)])
    select(window, docs["000"], "22 missiles")
    first = controller.editing.tag_selection()
    select(window, docs["001"], docs["001"].text[docs["001"].body_start:][:12])
    second = controller.editing.tag_selection()
    assert first is not None and second is not None
    return window, controller, docs, first, second


def test_ctrl_z_undoes_an_earlier_tag_after_its_article_is_removed(qtbot):
    window, controller, docs, first, second = tag_two(qtbot)
    annotations = controller.annotations
    window.workspace.remove_article(docs["000"].id)
    assert annotations.get(first.id).status is AnchorStatus.ORPHANED
    assert controller.undo_stack.count() == 2  # was cleared: Ctrl+Z had nothing left
    assert controller.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    controller.undo_action.trigger()
    assert [a.id for a in annotations] == [first.id]
    controller.undo_action.trigger()
    assert len(annotations) == 0 and not controller.undo_stack.canUndo()
    controller.redo_action.trigger()
    # Put back as the articles now open have it: orphaned, not anchored in a removed article.
    assert annotations.get(first.id).status is AnchorStatus.ORPHANED
    controller.redo_action.trigger()
    assert [a.id for a in annotations] == [first.id, second.id]


def test_undo_then_redo_after_a_realignment_gives_the_same_annotations(qtbot):
    window, controller, docs, first, _second = tag_two(qtbot)
    annotations = controller.annotations
    moved = shifted(window, docs["000"])
    now = annotations.get(first.id)
    assert (now.status, now.start) == (AnchorStatus.MOVED, first.start + len(SHIFT))
    before = annotations.annotations
    controller.undo_action.trigger()
    controller.undo_action.trigger()
    assert len(annotations) == 0
    controller.redo_action.trigger()
    controller.redo_action.trigger()
    assert annotations.annotations == before
    pane = window.pane_for(moved.id)
    if pane is not None:  # shown: its mark is on the moved words
        assert (now.start, now.end) in pane._annotations
        assert moved.text[now.start:now.end] == "22 missiles"


def test_a_deleted_annotation_comes_back_where_its_words_are_now(qtbot, tmp_path):
    window, controller, docs, first, second = tag_two(qtbot, tmp_path)
    annotations = controller.annotations
    controller.editing.delete([annotations.get(first.id)])
    moved = shifted(window, docs["000"])
    controller.undo_action.trigger()  # the delete
    back = annotations.get(first.id)
    assert moved.text[back.start:back.end] == "22 missiles"
    assert back.tags == ("figures",) and back.note == "count"
    # Delete, then its article goes: undoing the delete brings it back orphaned, kept.
    controller.editing.delete([back])
    window.workspace.remove_article(moved.id)
    controller.undo_action.trigger()
    assert annotations.get(first.id).status is AnchorStatus.ORPHANED
    assert [a.id for a in annotations] == [first.id, second.id]
    # Nothing the user made is lost: all of it is saved.
    qtbot.waitUntil(lambda: controller.document.is_saved)
    assert controller.document.path is not None
    saved = controller.document.path.read_text("utf-8")
    assert first.id in saved and second.id in saved


def test_undoing_an_edit_after_a_realignment_keeps_the_new_position(qtbot):
    window, controller, docs, first, _second = tag_two(qtbot)
    annotations = controller.annotations
    controller.editing.ask = lambda quote, scope, editing: TagAnswer(("edited",), "", None)
    controller.editing.edit(annotations.get(first.id))
    moved = shifted(window, docs["000"])
    controller.undo_action.trigger()  # the edit
    undone = annotations.get(first.id)
    assert undone.tags == ("figures",)
    assert moved.text[undone.start:undone.end] == "22 missiles"
    controller.redo_action.trigger()
    redone = annotations.get(first.id)
    assert redone.tags == ("edited",) and (redone.start, redone.end) == (undone.start,
                                                                        undone.end)


def test_steps_inside_a_macro_follow_too(qtbot):
    """An import is one macro of steps: its annotations follow re-anchoring like a tag's."""
    from viewer.annotations.model import make_annotation
    from widgets.annotation_commands import AddAnnotations

    window, controller, docs = setup(qtbot)
    article = docs["000"]
    start = article.text.index("22 missiles")
    made = make_annotation(article, start, start + len("22 missiles"), tags=("imported",))
    controller.undo_stack.beginMacro("Import 1 annotation")
    controller.undo_stack.push(AddAnnotations(controller.annotations, [made], "Import"))
    controller.undo_stack.endMacro()
    moved = shifted(window, article)
    before = controller.annotations.annotations
    assert before[0].start == start + len(SHIFT)
    controller.undo_action.trigger()
    assert len(controller.annotations) == 0
    controller.redo_action.trigger()
    assert controller.annotations.annotations == before
    assert moved.text[before[0].start:before[0].end] == "22 missiles"
