"""The annotation GUI with pytest-qt: tag a claim, tag every copy, dock, undo/redo, claim view,
autosave and restore, blocked files, the tag dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.viewfixtures import TWEET, by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.annotations.location import default_annotation_file
from viewer.annotations.model import AnchorStatus
from viewer.annotations.store import load_set
from viewer.annotations.tags import default_tags
from viewer.corpus import Article
from viewer.tag_scope import TagScope
from widgets.annotation_controller import AnnotationController
from widgets.annotation_gui import install_annotations
from widgets.main_window import MainWindow
from widgets.tag_dialog import NO_CLAIM, TagAnswer, TagDialog


def setup(qtbot, tmp_path: Path | None = None, answers: list[TagAnswer] | None = None
          ) -> tuple[MainWindow, AnnotationController, dict[str, Article]]:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[Path("samples-under-test")],
                                     data_dir=tmp_path)
    controller.autosave_timer.setInterval(10)
    queue = list(answers or [])
    controller.editing.ask = lambda quote, count, editing: queue.pop(0) if queue else None
    return window, controller, by_prefix(articles)


def select(window: MainWindow, article: Article, needle: str) -> tuple[int, int]:
    start = article.text.index(needle)
    window.reveal_range(article.id, start, start + len(needle))
    return start, start + len(needle)


def test_tag_claim_marks_the_pane_and_undo_redo(qtbot):
    window, controller, docs = setup(qtbot, answers=[
        TagAnswer(("figures",), "count differs", "Missile count")])
    a0 = docs["000"]
    start, end = select(window, a0, "22 missiles")
    controller.actions.tag_action.trigger()
    annotations = controller.annotations
    assert len(annotations) == 1
    made = annotations[0]
    assert (made.article_id, made.start, made.end, made.exact) == (a0.id, start, end,
                                                                    "22 missiles")
    assert made.tags == ("figures",) and made.claim == "Missile count"
    pane = window.pane_for(a0.id)
    assert pane is not None and pane._annotations == [(start, end)]
    assert pane.char_format_at(start).fontUnderline() or pane.char_format_at(start).background()
    assert window.isWindowModified()
    controller.undo_action.trigger()
    assert len(annotations) == 0 and annotations.claim_names == ()
    assert pane._annotations == []
    controller.redo_action.trigger()
    assert len(annotations) == 1 and annotations.claim_names == ("Missile count",)
    assert controller.actions.tag_action in pane.context_menu_actions


def test_tag_claim_without_selection_asks_nothing(qtbot):
    window, controller, _ = setup(qtbot, answers=[TagAnswer(("x",), "", None)])
    for pane in window.text_panes():
        cursor = pane.editor.textCursor()
        cursor.clearSelection()
        pane.editor.setTextCursor(cursor)
    assert controller.editing.tag_selection() is None
    assert len(controller.annotations) == 0
    assert "Select some text" in window.statusBar().currentMessage()


def test_tag_every_copy_is_one_undo_step(qtbot):
    window, controller, _ = setup(qtbot, answers=[TagAnswer(("quote",), "Trump tweet", None)])
    window.workspace.select_passage("p1")
    assert controller.actions.tag_copies_action.isEnabled()
    controller.actions.tag_copies_action.trigger()
    annotations = controller.annotations
    spans = {(a.article_id[:3], a.start, a.end) for a in annotations}
    assert spans == {(key, *span) for key, span in TWEET.items()}
    assert all(a.tags == ("quote",) for a in annotations)
    assert controller.undo_stack.count() == 1
    controller.undo_action.trigger()
    assert len(annotations) == 0


def test_tag_every_copy_says_how_many_annotations_in_how_many_articles(qtbot):
    """A tester's Tag every copy made 13 annotations without the dialog saying so."""
    window, controller, _ = setup(qtbot)
    window.workspace.select_passage("p1")
    scopes: list[TagScope] = []
    controller.editing.ask = lambda quote, scope, editing: scopes.append(scope)
    controller.actions.tag_copies_action.trigger()
    (scope,) = scopes
    carriers = window.workspace.result.passage("p1").document_ids
    assert scope == TagScope(len(TWEET), len(set(carriers)))
    dialog = TagDialog("All is well", default_tags(), [], scope=scope)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.scope_label.isVisible()
    assert dialog.scope_label.text().startswith(f"OK adds {len(TWEET)} annotations")
    single = TagDialog("All is well", default_tags(), [])
    qtbot.addWidget(single)
    single.show()
    assert not single.scope_label.isVisible()


def test_dock_lists_filters_reveals_edits_and_deletes(qtbot):
    window, controller, docs = setup(qtbot, answers=[
        TagAnswer(("figures",), "", "Missile count"),
        TagAnswer(("casualties",), "none reported", None),
        TagAnswer(("figures", "disputed"), "edited", "Missile count"),
    ])
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    select(window, docs["000"], "no Iraqi casualties")
    controller.editing.tag_selection()
    dock = controller.dock
    assert dock.proxy.rowCount() == 2
    dock.tag_filter.setCurrentIndex(dock.tag_filter.findData("casualties"))
    assert [a.exact for a in dock.visible_annotations()] == ["no Iraqi casualties"]
    dock.tag_filter.setCurrentIndex(0)
    qtbot.keyClicks(dock.text_filter, "NONE REPORTED")  # matches the note, whatever the case
    assert [a.exact for a in dock.visible_annotations()] == ["no Iraqi casualties"]
    dock.text_filter.clear()
    dock.claim_filter.setCurrentIndex(dock.claim_filter.findData("Missile count"))
    assert len(dock.visible_annotations()) == 1
    dock.claim_filter.setCurrentIndex(0)

    # Double-click jumps to the span.
    target = controller.annotations[1]
    pane = window.pane_for(target.article_id)
    assert pane is not None
    pane.select_range(0, 1)
    dock.select_annotation(target.id)
    index = dock.table.selectionModel().selectedRows()[0]
    dock.table.doubleClicked.emit(index)
    assert pane.selected_range() == (target.start, target.end)

    # Edit, undo the edit.
    dock.select_annotation(controller.annotations[0].id)
    dock.edit_button.click()
    assert controller.annotations[0].tags == ("figures", "disputed")
    assert controller.annotations[0].note == "edited"
    controller.undo_action.trigger()
    assert controller.annotations[0].tags == ("figures",)

    # Delete both, undo brings them back in order.
    dock.table.selectAll()
    before = controller.annotations.annotations
    dock.delete_button.click()
    assert len(controller.annotations) == 0
    controller.undo_action.trigger()
    assert controller.annotations.annotations == before


def test_dock_tooltips_show_notes_and_quotes_as_plain_text(qtbot):
    window, controller, docs = setup(qtbot, answers=[
        TagAnswer(("quote",), "<b>bold?</b> <img src=x onerror=alert(1)>", None)])
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    model = controller.dock.model
    note = model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    quote = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    # Qt renders tooltips that look like HTML as rich text: ours arrive escaped.
    assert "&lt;b&gt;bold?&lt;/b&gt;" in note and "<b>" not in note and "<img" not in note
    assert "22 missiles" in quote
    assert model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)  # every cell has one


def test_claim_comparison_shows_each_article_or_nothing(qtbot):
    window, controller, docs = setup(qtbot, answers=[
        TagAnswer(("figures",), "", "Missile count"),
        TagAnswer(("figures",), "vaguer", "Missile count"),
    ])
    a0, a2 = docs["000"], docs["002"]
    select(window, a0, "22 missiles")
    controller.editing.tag_selection()
    quote = a2.text[TWEET["002"][0] : TWEET["002"][0] + 12]
    window.reveal_range(a2.id, TWEET["002"][0], TWEET["002"][0] + 12)
    controller.editing.tag_selection()
    assert controller.claim_view is None  # made when first shown
    controller.actions.claims_action.trigger()
    view = controller.claim_view
    assert view.isVisible()
    assert view.text_at("Missile count", a0.id).startswith("\u201c22 missiles\u201d")
    assert f"\u201c{quote}\u201d" in view.text_at("Missile count", a2.id)
    assert "note: vaguer" in view.text_at("Missile count", a2.id)
    assert view.text_at("Missile count", docs["001"].id) == "not tagged"
    assert view.table.rowCount() == 1 and view.table.columnCount() == 5
    view.close()  # the dock's own close button
    assert not controller.actions.claims_action.isChecked()
    # (closed, it is not rebuilt for every change -- seconds with hundreds of articles -- but
    # when it is shown again)
    controller.annotations.add_claim("Casualties")
    assert [row.claim.name for row in view.rows] == ["Missile count"]
    controller.actions.claims_action.trigger()
    assert controller.claim_view is view and view.isVisible()
    assert [row.claim.name for row in view.rows] == ["Missile count", "Casualties"]


def test_autosave_writes_the_file_and_reopening_restores(qtbot, tmp_path):
    window, controller, docs = setup(qtbot, tmp_path, answers=[
        TagAnswer(("figures",), "<b>note</b>", "Missile count")])
    path = default_annotation_file([Path("samples-under-test")], tmp_path)
    # Nothing made yet and no file: nothing to lose, so no unsaved marker.
    assert not path.exists() and not window.isWindowModified()
    assert "nothing to save yet" in controller.dock.location_label.text()
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    qtbot.waitUntil(lambda: path.exists() and not window.isWindowModified(), timeout=5000)
    saved = load_set(path)
    assert [a.exact for a in saved] == ["22 missiles"] and saved.claim_names == ("Missile count",)
    assert str(path) in controller.dock.location_label.text()

    again, reopened, _ = setup(qtbot, tmp_path)
    assert [a.exact for a in reopened.annotations] == ["22 missiles"]
    assert reopened.annotations[0].status is AnchorStatus.ANCHORED
    pane = again.pane_for(docs["000"].id)
    assert pane is not None and pane._annotations


def test_a_corrupt_annotation_file_is_kept_and_saving_is_blocked(qtbot, tmp_path):
    path = default_annotation_file([Path("samples-under-test")], tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text('{"@context": ["http://www.w3.org/ns/anno.jsonld"], "first": {', "utf-8")
    before = path.read_bytes()
    window, controller, docs = setup(qtbot, tmp_path, answers=[TagAnswer(("x",), "", None)])
    assert controller.document.blocked
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    assert controller.save_now() is False
    assert path.read_bytes() == before
    assert "Save annotations as" in controller.dock.location_label.text()
    elsewhere = tmp_path / "rescued.jsonld"
    assert controller.save_as(elsewhere)
    assert len(load_set(elsewhere)) == 1 and path.read_bytes() == before


def test_reanchoring_when_an_article_is_removed_keeps_orphans(qtbot):
    window, controller, docs = setup(qtbot, answers=[TagAnswer(("figures",), "", None)])
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    window.workspace.remove_article(docs["000"].id)
    assert controller.annotations[0].status is AnchorStatus.ORPHANED
    assert "orphaned" in controller.dock.count_label.text()
    window.workspace.add_articles([docs["000"]])
    assert controller.annotations[0].status is AnchorStatus.ANCHORED


def test_export_from_the_window_escapes_and_refuses_the_annotation_file(qtbot, tmp_path):
    window, controller, docs = setup(qtbot, tmp_path, answers=[
        TagAnswer(("quote",), "<script>x</script>", None)])
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    assert controller.save_now()
    report = tmp_path / "report.html"
    assert controller.export_to(report)
    page = report.read_text("utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert controller.document.path is not None
    before = controller.document.path.read_bytes()
    assert not controller.export_to(controller.document.path)
    assert controller.document.path.read_bytes() == before
    assert json.loads(before)["total"] == 1


def test_tag_dialog_collects_tags_note_and_a_new_claim(qtbot):
    dialog = TagDialog("22 missiles", default_tags(), ["Missile count"], chosen=["figures"])
    qtbot.addWidget(dialog)
    dialog.set_tag_checked("disputed")
    qtbot.keyClicks(dialog.new_tag_edit, "my tag")
    qtbot.keyClick(dialog.new_tag_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.note_edit, "Pentagon says 16")
    dialog.claim_box.setCurrentText("Launch count")
    answer = dialog.answer()
    assert answer.tags == ("figures", "disputed", "my tag")
    assert answer.note == "Pentagon says 16" and answer.claim == "Launch count"
    dialog.claim_box.setCurrentText(NO_CLAIM)
    assert dialog.answer().claim is None


def test_a_claim_group_typed_into_the_empty_field_is_its_name_alone(qtbot):
    """A French-speaking newcomer clicked in the claim field (it showed "(no claim group)")
    and typed: the group was named "(no claim group)Hommage de Merkel". The field is empty,
    the words its placeholder."""
    dialog = TagDialog("Je suis très attristée", default_tags(), ["Missile count"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.claim_box.currentText() == ""
    assert dialog.claim_box.lineEdit().placeholderText() == NO_CLAIM
    qtbot.mouseClick(dialog.claim_box.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.claim_box.lineEdit(), "Hommage de Merkel")
    assert dialog.answer().claim == "Hommage de Merkel"
    assert dialog.answer().claim is not None
    dialog.claim_box.setCurrentIndex(0)  # the "(no claim group)" item picked, then typed after
    dialog.claim_box.lineEdit().end(False)
    qtbot.keyClicks(dialog.claim_box.lineEdit(), " Hommage")
    assert dialog.answer().claim == "Hommage"


@pytest.mark.parametrize("title", ["untitled"])
def test_window_title_gets_the_unsaved_marker_placeholder(qtbot, title):
    window, _, _ = setup(qtbot)
    # Qt adds " — Parallax" itself (the application display name): never "Parallax* — Parallax".
    assert window.windowTitle() == title + "[*]"


def test_the_pane_being_tagged_stays_in_view_when_the_dock_opens(qtbot):
    """The first accepted Tag claim opens the Annotations dock; the panes narrow and the
    rightmost gives way. When that is the pane the user is tagging in, it comes back (first)."""
    from widgets.annotation_gui import add_annotation_gui

    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    before = window.pane_row.visible_panes()
    last = before[-1]
    article = window.workspace.article(last.article_id)
    needle = article.body.split()[0]
    start = article.text.index(needle, article.body_start)
    window.reveal_range(article.id, start, start + len(needle))
    gui = add_annotation_gui(window)
    gui.installed_controller.connect(lambda controller: setattr(
        controller.editing, "ask", lambda *_args: TagAnswer(("quote",), "", None)))
    gui.actions.tag_action.trigger()
    assert len(gui.controller.annotations) == 1
    assert gui.controller.dock.isVisible()
    assert len(window.pane_row.visible_panes()) < len(before)  # the dock took room
    pane = window.pane_for(article.id)
    assert pane is not None and not pane.isHidden()
    assert pane.editor.textCursor().selectedText() == needle


@pytest.mark.parametrize("action", ["tag_action", "tag_copies_action"])
def test_a_cancelled_first_tag_changes_nothing(qtbot, action):
    """A tester cancelled the first Tag claim and the Annotations dock opened anyway, pushing
    a pane out of the row: cancel leaves the window as it was; the next accepted tag opens it."""
    from widgets.annotation_gui import add_annotation_gui

    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    panes = [pane.article_id for pane in window.pane_row.visible_panes()]
    article = window.workspace.article(panes[0])
    needle = article.body.split()[0]
    start = article.text.index(needle, article.body_start)
    window.reveal_range(article.id, start, start + len(needle))
    window.workspace.select_passage(window.workspace.result.passages[0].id)
    gui = add_annotation_gui(window)
    answers: list[TagAnswer | None] = [None, TagAnswer(("quote",), "", None)]
    gui.installed_controller.connect(lambda controller: setattr(
        controller.editing, "ask", lambda *_args: answers.pop(0)))
    getattr(gui.actions, action).trigger()
    assert gui.controller is not None and not gui.controller.annotations
    assert not gui.controller.dock.isVisible() and not gui.actions.dock_action.isChecked()
    assert [pane.article_id for pane in window.pane_row.visible_panes()] == panes
    assert not gui.controller.status_label.isVisible()  # no "0 annotations" either
    window.reveal_range(article.id, start, start + len(needle))
    getattr(gui.actions, action).trigger()
    assert len(gui.controller.annotations) >= 1
    qtbot.waitUntil(gui.controller.dock.isVisible)
    assert gui.actions.dock_action.isChecked() and gui.controller.status_label.isVisible()


def test_tag_every_copy_keeps_a_pane_carrying_the_passage_in_view(qtbot):
    """Tag every copy of a passage only the rightmost pane carries: the Annotations dock the
    first tag opens pushes that pane out; the passage's articles come back into view."""
    from widgets.annotation_gui import add_annotation_gui

    articles = sample_articles()
    docs = by_prefix(articles)
    window = make_window(qtbot, articles, ground_truth_result(articles))
    shown = [docs["000"].id, docs["001"].id, docs["002"].id, docs["003"].id]
    assert window.workspace.set_shown(shown) is None
    qtbot.waitUntil(lambda: len(window.pane_row.visible_panes()) == 4)
    zarif = window.workspace.result.passage("p4")  # in 003 and 004 only
    window.workspace.select_passage(zarif.id)
    gui = add_annotation_gui(window)

    def carried_in_view() -> bool:
        return any(pane.article_id in zarif.document_ids
                   for pane in window.pane_row.visible_panes())

    gui.installed_controller.connect(lambda controller: setattr(
        controller.editing, "ask", lambda *_args: TagAnswer(("quote",), "", None)))
    gui.actions.tag_copies_action.trigger()
    assert len(gui.controller.annotations) == 2
    assert gui.controller.dock.isVisible()
    assert carried_in_view()


def test_the_dialog_of_edit_says_edit_not_tag(qtbot):
    """Edit… opened a dialog titled "Tag claim", as if OK would add a second annotation."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    window, controller, docs = setup(qtbot, answers=[TagAnswer(("figures",), "", None)])
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    titles: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, answer)
            return
        titles.append(dialog.windowTitle())
        dialog.reject()

    for editing in (controller.annotations[0], None):
        QTimer.singleShot(0, answer)
        assert controller.editing._ask_with_dialog("22 missiles", TagScope(), editing) is None
    assert titles == ["Edit annotation", "Tag claim"]


def test_the_html_report_is_titled_as_the_window_names_the_comparison(qtbot, tmp_path):
    """tester14: a folder's report was titled by its per-user annotation file
    ("Parallax report: HOLD8-03ad93ccd3fc31fb.jsonld")."""
    window, controller, docs = setup(qtbot, tmp_path, answers=[TagAnswer(("quote",), "", None)])
    window.set_corpus_name("HOLD8")
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    assert controller.save_now() and controller.document.path is not None
    report = tmp_path / "report.html"
    assert controller.export_to(report)
    page = report.read_text("utf-8")
    assert "<h1>Parallax report: HOLD8</h1>" in page
    assert controller.document.path.name not in page


def test_a_verdict_is_autosaved_like_an_annotation(qtbot, tmp_path):
    """tester14: a verdict set in the claim comparison left "unsaved changes" (and the window's
    `*`) for good: the autosave listened to annotations only, not to claim groups."""
    from viewer.annotations.claimreview import make_verdict
    from widgets.verdict_dialog import SetVerdict

    window, controller, docs = setup(qtbot, tmp_path, answers=[
        TagAnswer(("figures",), "", "Missile count")])
    path = default_annotation_file([Path("samples-under-test")], tmp_path)
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    qtbot.waitUntil(lambda: path.exists() and not window.isWindowModified(), timeout=5000)
    controller.undo_stack.push(SetVerdict(controller.annotations, "Missile count",
                                          make_verdict("Mostly true", author="Desk")))
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)
    (group,) = load_set(path).claims
    assert group.verdict is not None and group.verdict.rating == "Mostly true"


@pytest.mark.parametrize("scope", [TagScope(), TagScope(19, 7)], ids=["one", "every copy"])
def test_the_tag_dialog_shows_every_default_tag_without_scrolling(qtbot, scope: TagScope):
    """The tag list showed 7 of the 9 tags (3.5 in Tag every copy, under a long quote) while
    the note box took 200 pixels: "unverified" and "context" needed scrolling (tester15)."""
    quote = "Michelle and I are saddened to learn of the passing of Steve Jobs. " * 6
    dialog = TagDialog(quote, default_tags(), [], scope=scope)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tags = dialog.tag_list
    assert tags.count() == len(default_tags()) >= 9
    last = tags.visualItemRect(tags.item(tags.count() - 1))
    assert tags.viewport().rect().contains(last)
    assert tags.verticalScrollBar().maximum() == 0
    assert dialog.note_edit.height() >= 3 * dialog.note_edit.fontMetrics().lineSpacing()
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()


def test_the_status_column_shows_its_word_whole(qtbot, tmp_path: Path) -> None:
    """A newcomer's report: Status read "ancho…" while Note and Claim stood empty beside it: its
    width was capped at ten average characters, less than "anchored" in a proportional font."""
    from tests.test_keyboard_use import annotated_window
    from widgets.annotation_dock import COLUMN_PADDING, STATUS_COLUMN

    _window, controller = annotated_window(qtbot, tmp_path)
    dock = controller.dock
    dock.resize(1200, dock.height())
    qtbot.waitUntil(lambda: dock.table.viewport().width() > 1000)
    dock.fit_columns()
    assert not dock.table.isColumnHidden(STATUS_COLUMN)
    assert dock.proxy.index(0, STATUS_COLUMN).data() == "anchored"
    metrics = dock.table.fontMetrics()
    assert dock.table.columnWidth(STATUS_COLUMN) >= (metrics.horizontalAdvance("anchored")
                                                     + COLUMN_PADDING)


def test_a_wide_dock_shows_whole_article_titles_its_quotes_leave_room_for(
        qtbot, tmp_path: Path) -> None:
    """A newcomer's report: every title in the Article column was cut at 18 characters while
    the Quote column beside it had a blank margin."""
    from tests.test_keyboard_use import annotated_window
    from widgets.annotation_dock import (
        COLUMN_CAP_CHARS,
        COLUMN_PADDING,
        QUOTE_COLUMN,
        QUOTE_MIN_CHARS,
    )

    _window, controller = annotated_window(qtbot, tmp_path)
    dock = controller.dock
    title = str(dock.proxy.index(0, 0).data())
    metrics = dock.table.fontMetrics()
    whole = metrics.horizontalAdvance(title) + COLUMN_PADDING
    capped = COLUMN_CAP_CHARS[0] * metrics.averageCharWidth()
    assert whole > capped  # (the fixture's title is longer than the cap)
    dock.resize(1600, dock.height())
    qtbot.waitUntil(lambda: dock.table.viewport().width() > 1400)
    dock.fit_columns()
    assert dock.table.columnWidth(0) >= whole
    dock.resize(350, dock.height())
    qtbot.waitUntil(lambda: dock.table.viewport().width() < 350)
    dock.fit_columns()
    # Narrow, the quote keeps its room first.
    assert dock.table.columnWidth(QUOTE_COLUMN) >= QUOTE_MIN_CHARS * metrics.averageCharWidth()


def test_a_selection_of_blank_space_is_no_claim(qtbot):
    """A week-of-work tester's report: a drag from a line's end into the blank space below it
    selected the line break alone, and Tag claim saved an annotation quoting "\\n"."""
    window, controller, docs = setup(qtbot, answers=[TagAnswer(("figures",), "", None)])
    article = docs["000"]
    at = article.text.index("\n\n", article.body_start)
    messages: list[str] = []
    controller.editing.message = messages.append
    window.reveal_range(article.id, at, at + 2)
    assert controller.editing.tag_selection() is None
    assert len(controller.annotations) == 0
    assert messages[-1].startswith("The selection holds only spaces or line breaks")


def test_a_selection_with_spaces_at_its_ends_quotes_the_words(qtbot):
    """A newcomer's report: a selection dragged from the space before a word to the one after it
    was shown trimmed in the Tag dialog but saved, and shown on the claim card, with its
    spaces. The annotation quotes the words."""
    window, controller, docs = setup(qtbot, answers=[TagAnswer(("figures",), "", None)])
    article = docs["000"]
    at = article.text.index(" ", article.body_start + 10)
    end = article.text.index(" ", at + 12)
    window.reveal_range(article.id, at, end + 1)
    annotation = controller.editing.tag_selection()
    assert annotation is not None
    assert annotation.exact == article.text[at + 1:end]
    assert (annotation.start, annotation.end) == (at + 1, end)


def test_dock_article_names_too_long_for_the_column_are_cut_at_their_end(qtbot):
    """Cut in the middle, titles read as fragments ("Mannhe…rletzt", tester58): the column
    cuts a name at its end, as every list does (those that then read alike, "Humza Yousaf …"
    in session 53, show their ids: tests/test_annotation_dock_names.py)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from viewer.annotations.listing import COLUMNS

    window, controller, docs = setup(qtbot, answers=[TagAnswer(("quote",), "", None)])
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    table = controller.dock.table
    for name, wanted in (("Article", Qt.TextElideMode.ElideRight),
                         ("Quote", Qt.TextElideMode.ElideRight)):
        index = table.model().index(0, COLUMNS.index(name))
        option = QStyleOptionViewItem()
        option.textElideMode = table.textElideMode()  # (as the view hands it to the delegate)
        table.itemDelegateForIndex(index).initStyleOption(option, index)
        assert option.textElideMode == wanted, name
