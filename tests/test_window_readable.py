"""The readable window (issue 15): panes keep about 40 characters a line, the selected passage
stays in view when the panes change, the collation and timeline windows show their models, the
shortcut list is read from the real actions, docks share room as tabs, markdown keeps offsets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence

from tests.viewfixtures import TWEET, by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import make_window, narrowest_line_in_chars
from viewer.corpus import Article
from viewer.passage_reports import collation_report, timeline_of
from viewer.resources import docs_path
from widgets.annotation_gui import install_annotations
from widgets.pane_row import MIN_CHARS_PER_LINE
from widgets.reading_views import ShortcutsDialog, UserGuide, shortcut_rows


def test_panes_keep_forty_characters_a_line_when_the_window_narrows_with_the_dock_open(
        qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[tmp_path / "c"], data_dir=tmp_path)
    controller.show_dock(True)
    window.workspace.set_shown([a.id for a in articles[:5]])
    for width in (1400, 1000, 760):
        window.resize(width, 700)  # (as narrow as the window's minimum allows)
        qtbot.waitUntil(lambda: narrowest_line_in_chars(window) >= MIN_CHARS_PER_LINE - 1)
        visible = window.pane_row.visible_panes()
        assert visible and len(visible) <= 5
    # Narrow enough that not every ticked article fits: the rest wait, and the user is told.
    assert len(window.pane_row.visible_panes()) < 5
    assert window.pane_row.hidden_note.isVisible()
    assert "not shown" in window.pane_row.hidden_note.text()
    window.resize(1900, 700)
    qtbot.waitUntil(lambda: len(window.pane_row.visible_panes()) > 2)


def test_widening_the_window_shows_more_of_the_default_panes(qtbot) -> None:
    """The default panes are chosen for the window's width when the alignment starts; a window
    maximised just after it opened kept two wide panes of 110 characters a line."""
    articles = sample_articles()
    window = make_window(qtbot, articles, width=900)
    room = window.pane_row.room()
    assert room < 4
    window.workspace.default_pane_limit = room  # as Session.start_alignment sets it
    assert window.workspace.accept_result(window.workspace.generation,
                                          ground_truth_result(articles))
    assert len(window.workspace.shown) == max(room, 2)
    before = window.workspace.shown
    tweet = window.workspace.result.passage("p1")  # its carriers come first
    window.workspace.select_passage(tweet.id)
    window.resize(2000, 850)
    qtbot.waitUntil(lambda: len(window.pane_row.visible_panes()) >= 4)
    shown = window.workspace.shown
    assert shown[:len(before)] == before  # the panes read so far stay where they were
    assert set(tweet.document_ids) <= set(shown)
    window.resize(900, 850)  # narrower again: panes are hidden, the choice is kept
    qtbot.waitUntil(lambda: len(window.pane_row.visible_panes()) == room)
    assert len(window.workspace.shown) >= 4
    ticked = [articles[0].id, articles[1].id]
    assert window.workspace.set_shown(ticked) is None  # the user's choice is never redone
    window.resize(2000, 850)
    qtbot.waitUntil(lambda: window.pane_row.width() > 1500)
    assert list(window.workspace.shown) == ticked


def test_selected_passage_stays_in_view_when_articles_are_ticked(qtbot) -> None:
    articles = sample_articles()
    docs = by_prefix(articles)
    window = make_window(qtbot, articles, ground_truth_result(articles))
    window.resize(1200, 520)
    window.workspace.set_shown([docs["000"].id, docs["002"].id])
    window.workspace.select_passage("p1")
    pane = window.pane_for(docs["000"].id)
    assert pane is not None
    start = TWEET["000"][0]
    qtbot.waitUntil(lambda: pane.is_visible_range(start, start + 1))
    window.workspace.set_article_shown(docs["003"].id, True)  # a third pane: all re-wrap
    for key in ("000", "002", "003"):
        shown = window.pane_for(docs[key].id)
        assert shown is not None
        begin = TWEET[key][0]
        qtbot.waitUntil(lambda p=shown, b=begin: p.is_visible_range(b, b + 1))


def test_collation_window_shows_the_selected_passage_row_by_row(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    window.workspace.select_passage("p2")
    view = window.reading_views.show_collation()
    qtbot.waitUntil(view.isVisible)
    expected = collation_report(window.workspace.corpus,
                                window.workspace.result.passage("p2")).collation
    assert view.table.rowCount() == len(expected.rows) == 2
    assert view.table.columnCount() == len(expected.columns)
    for r, row in enumerate(expected.rows):
        for c, cell in enumerate(row.cells):
            item = view.table.item(r, c)
            assert item.data(Qt.ItemDataRole.UserRole) == cell.status
    statuses = {cell.status for row in expected.rows for cell in row.cells}
    assert statuses & {"different", "added", "missing"}  # "struck" / "hit" differ
    window.workspace.select_passage("p1")  # it follows the selection
    qtbot.waitUntil(lambda: view.table.rowCount() == 3)
    out = tmp_path / "p1.html"
    assert view.export(out, "html") is None
    assert "<table>" in out.read_text(encoding="utf-8")
    csv_out = tmp_path / "p1.csv"
    assert view.export(csv_out, "csv") is None
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert view.export(tmp_path / "no-such-folder" / "x.csv", "csv") is not None


def test_a_collation_cell_of_many_added_words_is_wrapped_not_as_wide_as_the_window(
        qtbot) -> None:
    from widgets.collation_view import ADDED_LINE_CHARS, _cell_item

    words = "it will be tempting to see it as such this decision is not a reaction to short term"
    item = _cell_item(words, "added")
    lines = item.text().split("\n")
    assert len(lines) > 1 and max(map(len, lines)) <= ADDED_LINE_CHARS
    assert item.text().split() == words.split()
    assert _cell_item(words, "same").text() == words  # (only added words are wrapped)


def test_collation_rows_of_one_article_quoting_twice_are_numbered(qtbot) -> None:
    """An article that quotes the passage twice has two rows; their labels must tell them
    apart (they were the same truncated title twice)."""
    from tests.viewfixtures import occurrence
    from viewer.passages import AlignmentResult, Passage

    articles = sample_articles()
    docs = by_prefix(articles)
    a0, a2 = docs["000"], docs["002"]
    lead = a0.text.index("All is well", a0.body_start)
    assert lead < TWEET["000"][0]
    passage = Passage("twice", (occurrence(a0, lead, lead + len("All is well")),
                                occurrence(a0, *TWEET["000"]), occurrence(a2, *TWEET["002"])))
    result = AlignmentResult(tuple(a.id for a in articles), (passage,))
    window = make_window(qtbot, articles, result)
    window.workspace.select_passage("twice")
    view = window.reading_views.show_collation()
    qtbot.waitUntil(lambda: view.isVisible() and view.table.rowCount() == 3)
    labels = [view.table.verticalHeaderItem(r).text() for r in range(3)]
    assert len(set(labels)) == 3, labels
    assert "(1 of 2)" in labels[0] and "(2 of 2)" in labels[1] and "of 2" not in labels[2]


def test_collation_rows_of_headlines_opening_alike_are_told_apart(qtbot) -> None:
    """Two headlines opening on the same quotation, each article quoting the passage three
    times: every row read "“Painfully earned justic… (n of 3)" (tester, session 54, NQ1)."""
    from viewer.corpus import Article
    from viewer.passages import AlignmentResult, Occurrence, Passage

    statement = "Painfully earned justice has finally arrived for the family."
    text = f"{statement} Then: {statement} Again: {statement}"
    articles = [Article("01_yahoo", text, "“Painfully earned justice has finally arrived”"),
                Article("02_kvue", text, "“Painfully earned justice,” Ben Crump said")]
    passage = Passage("p1", tuple(
        Occurrence(a.id, at, at + len(statement), statement)
        for a in articles for at in (0, len(statement) + 7, 2 * len(statement) + 15)))
    window = make_window(qtbot, articles, AlignmentResult(("01_yahoo", "02_kvue"), (passage,)))
    window.workspace.select_passage("p1")
    view = window.reading_views.show_collation()
    qtbot.waitUntil(lambda: view.isVisible() and view.table.rowCount() == 6)
    labels = [view.table.verticalHeaderItem(r).text() for r in range(6)]
    assert len(set(labels)) == 6, labels

def test_collation_opens_from_the_passage_list_by_double_click(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    view = window.passage_list.view
    index = view.model().index(0, 0)
    view.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: window.reading_views.collation_view is not None
                    and window.reading_views.collation_view.isVisible())


def _dated(article: Article, outlet: str, published: str) -> Article:
    from dataclasses import replace

    return replace(article, source=outlet, published=published)


def test_timeline_window_draws_its_model(qtbot) -> None:
    articles = sample_articles()
    docs = by_prefix(articles)
    dated = [_dated(docs["002"], "Second", "2020-01-08T06:00:00Z"),
             _dated(docs["000"], "First", "2020-01-08T02:00:00Z"),
             *(a for a in articles if a.id not in (docs["000"].id, docs["002"].id))]
    window = make_window(qtbot, dated, ground_truth_result(dated))
    window.workspace.select_passage("p1")
    view = window.reading_views.show_timeline()
    qtbot.waitUntil(view.isVisible)
    model = timeline_of(window.workspace.corpus, window.workspace.result, focus="p1")
    canvas = view.canvas
    assert canvas.timeline == model
    assert [row.label for row in model.rows[:2]] == ["First", "Second"]
    assert canvas.row_label(0).endswith("first") and not canvas.row_label(1).endswith("first")
    assert "First" in view.summary.text()
    assert "3 without a publication time" in view.summary.text()
    assert "Article › Article details… sets one" in view.summary.text()  # where to set one
    assert canvas.axis_caption() == "Times in UTC"  # the ticks leave the zone out to fit
    pane = window.pane_for(docs["000"].id)
    assert pane is not None and "2020-01-08 02:00 UTC" in pane.meta_label.full_text()
    list_model = window.article_list.model()
    date_column = list_model.columnCount() - 3
    assert list_model.headerData(date_column, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole).startswith("Publication date, in UTC")
    image = canvas.grab().toImage()
    assert not image.isNull() and image.width() > 300
    window.workspace.select_passage(None)
    qtbot.waitUntil(lambda: "Select a shared passage" in view.summary.text())


def test_shortcuts_dialog_lists_every_action_key(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    install_annotations(window)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    native = QKeySequence.SequenceFormat.NativeText
    for action in (window.find_action, window.next_passage_action,
                   window.reading_views.collation_action, window.reading_views.timeline_action,
                   window.annotation_gui.actions.tag_action):
        keys = [s.toString(native) for s in action.shortcuts()]
        assert any(all(k in row[2] for k in keys) for row in rows), action.text()
    assert rows == shortcut_rows(window)
    # Changing a key changes the list: it is read from the actions, not written down.
    window.find_action.setShortcut(QKeySequence("Ctrl+Alt+Shift+F"))
    assert any(QKeySequence("Ctrl+Alt+Shift+F").toString(native) in row[2]
               for row in ShortcutsDialog(window).rows())


def test_user_guide_renders_the_markdown(qtbot) -> None:
    guide = UserGuide()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Parallax user guide" in text and "# " not in text.splitlines()[0]
    first = guide.browser.document().firstBlock()
    assert first.blockFormat().headingLevel() == 1  # a heading, not "# " text


def test_user_guide_draws_each_picture_once(qtbot) -> None:
    """A picture described over several lines was drawn once per line (and once per break)."""
    guide = UserGuide()
    qtbot.addWidget(guide)
    names: list[str] = []
    block = guide.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                names.append(form.toImageFormat().name())
            fragments += 1
        block = block.next()
    markdown = docs_path("user-guide.md").read_text(encoding="utf-8")
    assert names and len(names) == markdown.count("](images/") == len(set(names))


def test_a_second_bottom_dock_becomes_a_tab(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[tmp_path / "c"], data_dir=tmp_path)
    controller.show_claims(True)
    window.figures_action.setChecked(True)
    claims = controller.claim_view
    assert claims is not None
    qtbot.waitUntil(lambda: any(window.tabifiedDockWidgets(claims)))


def test_markdown_markers_are_dimmed_and_offsets_kept(qtbot, tmp_path: Path) -> None:
    text = "# Storm hits the coast\n\nThe *river* rose\u2029fast.\n"
    article = Article("md", text, "Storm", path=tmp_path / "storm.md")
    window = make_window(qtbot, [article])
    window.workspace.set_shown(["md"])
    pane = window.pane_for("md")
    assert pane is not None
    shown = pane.editor.toPlainText()
    assert len(shown) == len(text) and shown.count("\n") == text.count("\n") + 1
    heading = pane.char_format_at(text.index("Storm"))
    assert heading.fontWeight() == QFont.Weight.Bold
    assert pane.char_format_at(0).foreground().color().name() != \
        pane.char_format_at(text.index("Storm")).foreground().color().name()
    assert pane.char_format_at(text.index("river")).fontItalic()


def test_claim_comparison_shows_cards_with_the_differences_marked(qtbot) -> None:
    from tests.test_annotations_gui import select, setup
    from widgets.tag_dialog import TagAnswer

    window, controller, docs = setup(qtbot, answers=[
        TagAnswer(("figures",), "", "Missile count"), TagAnswer(("figures",), "", "Missile count")])
    a0, a2 = docs["000"], docs["002"]
    select(window, a0, "a total of 22 missiles struck")
    controller.editing.tag_selection()
    select(window, a2, "a total of 22 missiles hit")
    controller.editing.tag_selection()
    controller.actions.claims_action.trigger()
    view = controller.claim_view
    assert view is not None
    qtbot.waitUntil(view.cards.isVisible)
    assert not view.table.isVisible()
    cards = {card.article_id: card for _name, card, _frame in view.cards.cards}
    assert cards[a0.id].outlet and cards[a0.id].when == "2020-01-08"  # outlet/title and date
    marked = {card.quote[s:e] for card in cards.values() for s, e in card.marks}
    assert marked == {"struck", "hit"}
    # The articles saying nothing are one folded line, not a card each; it opens to name them.
    assert docs["001"].id not in cards
    button, listing = view.cards.silent["Missile count"]
    silent = len(docs) - 2
    assert button.text() == f"▸ {silent} articles not tagged for this claim"
    assert not listing.isVisible()
    button.click()
    qtbot.waitUntil(listing.isVisible)
    assert listing.text().count("•") == silent and button.text().startswith("▾")
    view.table_button.setChecked(True)  # the table is still there on demand
    qtbot.waitUntil(view.table.isVisible)
    assert not view.cards.isVisible()


def test_an_article_ticked_in_a_full_window_is_shown_not_left_waiting(qtbot) -> None:
    """tester16: with every place in view taken, ticking an article added it behind the others
    and nothing changed but "2 more ticked articles not shown". It takes the last place in
    view; the panes before it stay where they were."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), width=900)
    room = window.pane_row.room()
    first = [a.id for a in articles[:room + 1]]
    assert window.workspace.set_shown(first) is None
    qtbot.waitUntil(lambda: len(window.pane_row.visible_panes()) == room)
    ticked = articles[room + 1].id
    model = window.article_list.source_model
    row = next(n for n, r in enumerate(model.rows) if r.article_id == ticked)
    assert model.setData(model.index(row, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    pane = window.pane_for(ticked)
    assert pane is not None
    qtbot.waitUntil(lambda: not pane.isHidden())
    visible = [p.article_id for p in window.pane_row.visible_panes()]
    assert visible == [*first[:room - 1], ticked]
    assert set(window.workspace.shown) == {*first, ticked}  # the one moved out still waits


def test_a_text_pasted_into_six_panes_says_which_article_it_took_the_place_of(qtbot) -> None:
    """A newcomer's report: with six articles ticked, pasting a seventh unticked one of them
    with no word. Six are the most side by side, so one gives way; the status bar names it."""
    from viewer.rows import display_title

    articles = [*sample_articles(),
                Article("extra", "Millbrook evacuates\n\nThe mayor urged residents to leave.", "M")]
    window = make_window(qtbot, articles, ground_truth_result(articles[:-1]), width=2400)
    six = [a.id for a in articles[:6]]
    assert window.workspace.set_shown(six) is None
    pasted = window.session.paste_article("Officials said Iran fired 22 missiles at two bases.")
    assert pasted is not None and pasted.id in window.workspace.shown
    (gone,) = [i for i in six if i not in window.workspace.shown]
    said = window.statusBar().currentMessage()
    assert said.startswith("Showing the pasted article in place of ")
    assert display_title(window.workspace.article(gone)) in said


def test_a_status_message_cut_by_the_counts_is_whole_in_its_tooltip(qtbot) -> None:
    """A newcomer's report: long status messages were cut mid-word where the counts begin,
    with no way to read the rest."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), width=900)
    message = ("Annotations not saved: /a/long/path/to/the/annotations/file.jsonld: could not be "
               "saved: its folder is read-only (Read-only file system); the annotations are kept "
               "in memory -- save them elsewhere with Save As")
    window.statusBar().showMessage(message, 10_000)
    assert window.statusBar().toolTip() == message
    window.statusBar().clearMessage()
    assert window.statusBar().toolTip() == ""


def test_a_folder_opened_into_chosen_panes_is_shown_not_left_waiting(qtbot) -> None:
    """tester55 #12: with panes of the user's choice, a folder of 15 opened into the window
    had two of its articles ticked behind the others, out of view ("2 more ticked articles
    not shown"): the panes did not change. The ones ticked come first, as a few do."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), width=900)
    room = window.pane_row.room()
    chosen = [a.id for a in articles[:room]]
    assert window.workspace.set_shown(chosen) is None
    qtbot.waitUntil(lambda: len(window.pane_row.visible_panes()) == room)
    folder = [Article(f"{n:02d}_nuevo", f"Titular {n}\n\nEl Palacio de la Zarzuela ha "
                      f"emitido este comunicado número {n} esta tarde.", f"Titular {n}")
              for n in range(1, 16)]
    window.session.add_articles(folder, reveal=True)
    ticked = [i for i in window.workspace.shown if i.endswith("_nuevo")]
    assert ticked
    first = ticked[:room]
    qtbot.waitUntil(lambda: all(not window.pane_for(i).isHidden() for i in first))
    assert [p.article_id for p in window.pane_row.visible_panes()][:len(first)] == first
