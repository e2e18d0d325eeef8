"""The Figures dock in the window (pytest-qt): it fills in the background when shown, clicking a
figure selects its wording in the article's pane, disagreement is marked by more than colour,
stale results are dropped, and "Make claim group" adds undoable linked annotations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from tests.viewfixtures import sample_articles
from tests.widgetkit import make_window
from viewer.corpus import Article
from viewer.figures.table import DISAGREE_MARK, FIGURE_TAG
from widgets.annotation_gui import install_annotations
from widgets.figures_dock import FiguresDock
from widgets.main_window import MainWindow

SHARED = (" The mayor said the march through the old town had been peaceful until dusk fell on "
          "the square.")
"""A sentence the test articles share: they report one event, so their figures are compared."""


def open_dock(qtbot, window: MainWindow) -> FiguresDock:
    """Show the dock; the figures wait for the articles' alignment (started here if the test's
    window has none, as the app does whenever articles change)."""
    window.figures_action.setChecked(True)
    dock = window.figures_dock  # type: ignore[attr-defined]
    if window.workspace.result is None:
        window.start_alignment()
    qtbot.waitUntil(lambda: dock.table is not None and
                    dock._shown_generation == window.workspace.generation, timeout=20000)
    return dock


def cell_of(dock: FiguresDock, document: str, text: str) -> tuple[int, int]:
    for row in range(dock.grid.rowCount()):
        for column in range(dock.grid.columnCount()):
            mention = dock.mention_at(row, column)
            if mention is not None and mention.document == document and text in mention.text:
                return row, column
    raise AssertionError(f"no cell for {text!r} in {document}")


def test_the_dock_is_not_built_at_start(qtbot) -> None:
    window = make_window(qtbot, sample_articles())
    assert getattr(window, "figures_dock", None) is None
    assert not window.figures_action.isChecked()


def test_clicking_a_figure_selects_it_in_its_pane(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    article = next(a for a in articles if "at least 80 terrorist" in a.text)
    row, column = cell_of(dock, article.id, "at least 80")
    dock.grid.scrollToItem(dock.grid.item(row, column))
    rect = dock.grid.visualItemRect(dock.grid.item(row, column))
    qtbot.mouseClick(dock.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.pane_for(article.id) is not None and
                    window.pane_for(article.id).editor.textCursor().selectedText()
                    == "at least 80 terrorist US soldiers")


def test_disagreeing_rows_carry_a_text_mark_and_an_icon(qtbot) -> None:
    window = make_window(qtbot, sample_articles())
    dock = open_dock(qtbot, window)
    labels = [dock.grid.item(row, 0) for row in range(dock.grid.rowCount())]
    flagged = [item for item in labels if item.text().startswith(DISAGREE_MARK)]
    assert len(flagged) == dock.table.disagreeing >= 2
    assert all(not item.icon().isNull() for item in flagged)
    plain = [item for item in labels if not item.text().startswith(DISAGREE_MARK)]
    assert plain and all(item.icon().isNull() for item in plain)
    assert flagged[0].background().color() != plain[0].background().color()


def test_a_corpus_change_refreshes_and_drops_the_stale_result(qtbot) -> None:
    window = make_window(qtbot, [Article(id="one", text="Police arrested 12 protesters." + SHARED,
                                         title="One")])
    dock = open_dock(qtbot, window)
    stale_generation = window.workspace.generation
    stale_result = window.workspace.result
    window.add_articles([Article(id="two", text="Police arrested 40 protesters." + SHARED,
                                 title="Two")], reveal=False)
    assert dock._shown_generation == stale_generation
    assert "Waiting for the shared passages" in dock.status.text() or dock._running is not None
    dock._on_finished(stale_generation, dock.table, stale_result)  # late, for the old corpus
    assert dock._shown_generation == stale_generation
    qtbot.waitUntil(lambda: dock._shown_generation == window.workspace.generation,
                    timeout=20000)
    assert dock.table is not None and dock.table.documents == ("one", "two")
    assert dock.table.rows[0].disagree


def test_figures_wait_for_the_alignment_and_compare_only_articles_that_share(qtbot) -> None:
    """No table before the current articles' alignment is in place; then articles that share
    no passage are not compared (two rows, none disagreeing)."""
    window = make_window(qtbot, [
        Article(id="quake", text="The quake killed 12 people.", title="Quake"),
        Article(id="fire", text="The fire killed 40 people.", title="Fire"),
    ])
    window.figures_action.setChecked(True)
    dock = window.figures_dock  # type: ignore[attr-defined]
    qtbot.wait(200)
    assert dock.table is None and "Waiting for the shared passages" in dock.status.text()
    window.start_alignment()
    qtbot.waitUntil(lambda: dock.table is not None, timeout=20000)
    assert len(dock.table.rows) == 2 and dock.table.disagreeing == 0
    # (two rows "people killed" alike: each says its event, its tooltip which articles)
    labels = [dock.grid.item(row, 0) for row in range(dock.grid.rowCount())]
    assert sorted(item.text() for item in labels) == ["people killed \u00b7 event 1",
                                                       "people killed \u00b7 event 2"]
    assert all("1 article, " in item.toolTip() for item in labels)


def test_make_claim_group_adds_linked_annotations_and_undo_removes_them(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles)
    controller = install_annotations(window)
    dock = open_dock(qtbot, window)
    row, _column = cell_of(dock, articles[0].id, "22 missiles")
    dock.grid.setCurrentCell(row, 0)
    assert dock.claim_button.isEnabled()
    qtbot.mouseClick(dock.claim_button, Qt.MouseButton.LeftButton)
    made = list(controller.annotations)
    quantity = dock.quantity_at(row)
    assert quantity is not None and len(made) == len(quantity.mentions)
    assert {a.claim for a in made} == {f"Figure: {quantity.name}"}
    assert all(FIGURE_TAG in a.tags for a in made)
    assert len({a.article_id for a in made}) == len(quantity.documents) >= 2
    assert "Made the claim group" in window.statusBar().currentMessage()
    # A second click makes no second group of the same figures (a tester's "(2)"), and says so.
    qtbot.mouseClick(dock.claim_button, Qt.MouseButton.LeftButton)
    assert len(controller.annotations) == len(made)
    assert "already the claim group" in window.statusBar().currentMessage()
    controller.undo_stack.undo()
    assert len(controller.annotations) == 0


def test_the_window_module_does_not_import_the_figures_code() -> None:
    import subprocess
    import sys

    code = ("import sys, widgets.main_window; "
            "print(sorted(m for m in sys.modules if m.startswith('viewer.figures') "
            "or m in ('simplemma', 'text_to_num', 'widgets.figures_dock')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_many_articles_are_listed_one_figure_a_line_and_a_click_still_jumps(qtbot) -> None:
    from widgets.figures_grid import LIST_COLUMNS

    articles = [Article(id=f"a{n}", text=f"Police said {n + 3} protesters were arrested."
                        + SHARED, title=f"Report {n}") for n in range(9)]
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    headers = [dock.grid.horizontalHeaderItem(c).text() for c in range(dock.grid.columnCount())]
    assert tuple(headers) == LIST_COLUMNS and dock.grid.rowCount() == 9
    row, column = cell_of(dock, "a4", "7 protesters")
    dock.grid.scrollToItem(dock.grid.item(row, column))
    rect = dock.grid.visualItemRect(dock.grid.item(row, column))
    qtbot.mouseClick(dock.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.pane_for("a4") is not None and
                    window.pane_for("a4").editor.textCursor().selectedText() == "7 protesters")


def test_the_list_shows_each_quantity_and_figure_on_one_readable_line(qtbot) -> None:
    """With more than eight articles (one figure a line), the quantity, article and source
    columns are as wide as what they hold (up to a limit), not Qt's 100 pixels that wrapped a
    disagreeing quantity onto several lines and cut it."""
    articles = [Article(id=f"a{n}", text=f"Police said {n + 3} protesters were arrested in "
                        "the northern provinces overnight." + SHARED,
                        title=f"Regional report {n}") for n in range(9)]
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    grid = dock.grid
    assert dock.table.list_view and dock.table.disagreeing
    metrics = grid.fontMetrics()
    icon = grid.style().pixelMetric(grid.style().PixelMetric.PM_SmallIconSize)
    for row in range(grid.rowCount()):
        label = grid.item(row, 0)
        bold = label.font()
        needed = (QFontMetrics(bold).horizontalAdvance(label.text())
                  + (icon if not label.icon().isNull() else 0))
        assert grid.columnWidth(0) >= needed, label.text()
        for column in (1, 2, 3):
            text = grid.item(row, column).text()
            assert grid.columnWidth(column) >= metrics.horizontalAdvance(text), text
        assert grid.rowHeight(row) < 2 * metrics.height()


def test_the_list_never_cuts_a_figure(qtbot) -> None:
    """A long clashing figure (bold, with its `!`) is shown whole: the Figure column is as wide
    as its widest figure ("! 2,000,000-999,00…" was cut at 140 pixels)."""
    articles = [Article(id=f"a{n}", text=f"Police said {n + 3} protesters were arrested."
                        + SHARED, title=f"Report {n}") for n in range(8)]
    articles.append(Article(id="big", text="Police said more than 121,500,000 protesters were "
                            "arrested." + SHARED, title="Report big"))
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    grid = dock.grid
    assert dock.table.list_view and dock.table.disagreeing
    widest = max(QFontMetrics(grid.item(row, 2).font()).horizontalAdvance(grid.item(row, 2).text())
                 for row in range(grid.rowCount()))
    assert "! more than 121,500,000" in [grid.item(row, 2).text() for row in range(grid.rowCount())]
    assert grid.columnWidth(2) > widest


def test_a_dock_with_no_figures_says_what_a_figure_is_and_fits_its_width(qtbot) -> None:
    """Articles about a death give ages, dates and years, none of them counts: the empty dock
    says what it looks for (it said only "No counted figures found."), wrapped to its width."""
    texts = ("Il Papa emerito è morto oggi all'età di 95 anni, il 31 dicembre." + SHARED,
             "The Queen died aged 96 after 70 years on the throne, on 8 September." + SHARED)
    articles = [Article(f"a{number}", text, f"Report {number}")
                for number, text in enumerate(texts)]
    window = make_window(qtbot, articles, width=900)
    dock = open_dock(qtbot, window)
    assert dock.table is not None and not dock.table.rows
    assert "22 missiles" in dock.status.text() and "not figures" in dock.status.text()
    qtbot.waitUntil(lambda: dock.status.width() <= dock.widget().viewport().width())


def test_a_dock_with_no_figures_is_as_short_as_its_message_and_grows_back(qtbot) -> None:
    """A tester's small window (900x650, two docks) lost a third of its height to an empty
    Figures table. With no figures the dock shows its message alone, that tall; when the
    articles change and figures come, it is as tall as it was."""
    from widgets.figures_dock import DOCK_HEIGHT, DOCK_SHARE_OF_WINDOW

    window = make_window(qtbot, [Article("a", "The Queen died aged 96 on 8 September." + SHARED,
                                         "A")], width=900)
    opened = min(DOCK_HEIGHT, window.height() // DOCK_SHARE_OF_WINDOW)
    dock = open_dock(qtbot, window)
    assert dock.table is not None and not dock.table.rows
    qtbot.waitUntil(lambda: dock.height() < DOCK_HEIGHT * 2 // 3)
    assert dock.grid.isHidden()
    message_bottom = dock.status.mapTo(dock, dock.status.rect().bottomLeft()).y()
    assert message_bottom <= dock.height()  # (the message whole)
    window.add_articles([Article("b", "Police arrested 12 protesters." + SHARED, "B"),
                         Article("c", "Police arrested 40 protesters." + SHARED, "C")],
                        reveal=False)
    window.start_alignment()
    qtbot.waitUntil(lambda: dock._shown_generation == window.workspace.generation
                    and bool(dock.table and dock.table.rows), timeout=20000)
    qtbot.waitUntil(lambda: dock.height() >= opened - 4)
    assert not dock.grid.isHidden()


def test_in_a_small_window_the_dock_takes_a_quarter_of_its_height_at_most(qtbot) -> None:
    """Tester (session 53): at 1024x700 the dock took 210 px and the panes kept 11 lines."""
    window = make_window(qtbot, sample_articles(), width=1024)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.height() <= 700)
    dock = open_dock(qtbot, window)
    qtbot.waitUntil(lambda: dock.isVisible() and dock.height() > 0)
    assert dock.height() <= 700 // 4 + 2


def test_a_toll_counted_as_of_several_times_is_updated_not_red_and_shows_each_time(
        qtbot) -> None:
    """A tester's report (session 58): 48 dead "截至2日15时30分", the later count, was marked
    "!" against 36 "截至2日6时", and the dock showed neither time. One count at several times:
    the row says "updated" (an icon, not the red of a disagreement), each figure its time,
    and the latest count is marked ↑; in the list view (more than eight articles) too."""
    from viewer.figures.table import LATER_MARK, UPDATED_MARK

    tolls = [("截至1日11时45分,确认死亡人数19人。", "t1"),
             ("截至2日6时,灾害已造成36人死亡。", "t2"),
             ("截至2日15时30分,灾害已造成48人死亡。", "t3")]
    articles = [Article(id=name, text=text + "\n\n" + SHARED, title=f"Report {name}")
                for text, name in tolls]
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    label = dock.grid.item(0, 0)
    assert label.text().startswith(UPDATED_MARK) and not label.icon().isNull()
    assert not dock.table.disagreeing
    row, column = cell_of(dock, "t3", "48人")
    assert dock.grid.item(row, column).text() == f"{LATER_MARK} 48 [截至2日15时30分]"
    assert dock.grid.item(*cell_of(dock, "t2", "36人")).text() == "36 [截至2日6时]"

    many = articles + [Article(id=f"x{n}", text="截至2日6时,灾害已造成36人死亡。\n\n" + SHARED,
                               title=f"Copy {n}") for n in range(6)]
    window = make_window(qtbot, many)
    dock = open_dock(qtbot, window)
    assert dock.table.list_view
    row, _column = cell_of(dock, "t3", "48人")
    assert dock.grid.item(row, 2).text() == f"{LATER_MARK} 48 [截至2日15时30分]"


def test_an_earlier_version_is_shown_in_italics_and_not_counted(qtbot, tmp_path) -> None:
    # One outlet's file corrected from 11 to 12 dead, both texts open (versions 1 and 2), and
    # another outlet's 12: one outlet's correction, not two outlets disagreeing.
    text = "{} people were killed in the blast, police said." + SHARED
    articles = [Article(id="a1", text=text.format("Eleven"), title="A", path=tmp_path / "a.txt"),
                Article(id="b", text=text.format("Twelve"), title="B", path=tmp_path / "b.txt"),
                Article(id="a2", text=text.format("Twelve"), title="A", path=tmp_path / "a.txt")]
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    row, column = cell_of(dock, "a1", "Eleven people")
    earlier = dock.grid.item(row, column)
    assert earlier.font().italic() and "not counted: the latest gives 12" in earlier.text()
    assert not dock.grid.item(row, 0).text().startswith(DISAGREE_MARK)
    latest = dock.grid.item(*cell_of(dock, "a2", "Twelve people"))
    assert not latest.font().italic() and "changed from 11" in latest.text()
