"""Article list (columns, sort, checkboxes pick panes); passage list (order, filters, selection)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from tests.viewfixtures import by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import make_window
from widgets.article_list import COLUMNS, ID_ROLE, MIN_TITLE_WIDTH, OUTLET_COLUMN
from widgets.passage_list import ID_ROLE as PASSAGE_ID


def test_article_list_columns_and_values(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    proxy = window.article_list.proxy
    assert [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())] \
        == list(COLUMNS) == ["Title", "Outlet", "Date", "Words", "Shared"]
    assert proxy.rowCount() == 5
    zero = by_prefix(articles)["000"]
    row = next(r for r in range(5) if proxy.index(r, 0).data(ID_ROLE) == zero.id)
    assert proxy.index(row, 2).data() == "2020-01-08"
    assert proxy.index(row, 3).data() == f"{zero.word_count:,}"
    assert proxy.index(row, 4).data().endswith("%")


def test_titles_stay_readable_when_outlets_are_shown_in_a_narrow_list(qtbot) -> None:
    articles = [replace(a, source="An Outlet With A Rather Long Name") for a in sample_articles()]
    window = make_window(qtbot, articles, ground_truth_result(articles))
    view = window.article_list
    assert not view.isColumnHidden(OUTLET_COLUMN)
    window.lists_splitter.setSizes([380, 1020])
    qtbot.waitUntil(lambda: view.width() < 420)
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= MIN_TITLE_WIDTH)
    assert header.sectionSize(0) > header.sectionSize(OUTLET_COLUMN)
    # A wide list: the title takes all the room the other columns leave.
    window.lists_splitter.setSizes([900, 500])
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(len(COLUMNS)))
                    == view.viewport().width())
    # ... and the outlet column takes its natural width back.
    qtbot.waitUntil(lambda: header.sectionSize(OUTLET_COLUMN) == view._outlet_width)


def test_article_list_sorts_by_words_and_share(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    view = window.article_list
    view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    words = [window.workspace.article(i).word_count for i in view.article_ids_in_view_order()]
    assert words == sorted(words, reverse=True)
    view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    coverage = window.workspace.result.coverage
    shares = [coverage[i] for i in view.article_ids_in_view_order()]
    assert shares == sorted(shares)


def test_checkboxes_choose_the_panes(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    model = window.article_list.source_model
    shown_before = [p.article_id for p in window.text_panes()]
    assert len(shown_before) == 5
    first = model.index(0, 0)
    target = first.data(ID_ROLE)
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert target not in [p.article_id for p in window.text_panes()]
    assert len(window.link_maps()) == 3
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    # Ticked again: shown, in the last place in view (at the end when every pane fits).
    visible = [p.article_id for p in window.pane_row.visible_panes()]
    assert visible[-1] == target
    # Fewer than two panes is refused with a message in the status bar.
    window.workspace.set_shown(window.workspace.shown[:2])
    index = next(model.index(r, 0) for r in range(5)
                 if model.index(r, 0).data(ID_ROLE) == window.workspace.shown[0])
    assert not model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "at least" in window.statusBar().currentMessage()
    assert len(window.text_panes()) == 2


def test_passage_list_order_and_columns(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    model = window.passage_list.model
    ids = [model.index(r, 0).data(PASSAGE_ID) for r in range(model.rowCount())]
    assert ids == ["p1", "p3", "p2", "p4"]  # spread, then length
    assert model.index(0, 0).data().startswith("All is well!")
    assert model.index(0, 1).data() == "3"
    assert by_prefix(articles)["003"].title[:20] in model.index(0, 2).data()


def test_passage_list_filters_by_text_and_article(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    plist = window.passage_list
    qtbot.keyClicks(plist.filter_edit, "escalation")
    assert plist.model.rowCount() == 1
    assert plist.model.index(0, 0).data(PASSAGE_ID) == "p4"
    plist.filter_edit.clear()
    assert plist.model.rowCount() == 4
    combo = plist.article_filter
    combo.setCurrentIndex(combo.findData(by_prefix(articles)["001"].id))
    assert [plist.model.index(r, 0).data(PASSAGE_ID) for r in range(plist.model.rowCount())] \
        == ["p3"]


def test_selecting_a_row_selects_the_passage_and_back(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    plist = window.passage_list
    plist.view.setCurrentIndex(plist.model.index(3, 0))
    assert window.workspace.selected == "p4"
    window.workspace.select_passage("p3")
    rows = plist.view.selectionModel().selectedRows()
    assert [r.data(PASSAGE_ID) for r in rows] == ["p3"]


def test_the_article_filter_shows_long_titles_cut_and_whole_in_their_tooltip(qtbot) -> None:
    """tester15: a long headline made the article filter's popup run off the screen."""
    from widgets.passage_list import CHOICE_CHARS

    headline = "A headline that goes on " * 15
    articles = [replace(sample_articles()[0], title=headline), *sample_articles()[1:]]
    window = make_window(qtbot, articles, ground_truth_result(articles))
    combo = window.passage_list.article_filter
    row = combo.findData(articles[0].id)
    shown = combo.model().index(row, 0).data(Qt.ItemDataRole.DisplayRole)
    assert len(shown) <= CHOICE_CHARS and shown.endswith("\u2026")
    assert headline.strip() in combo.model().index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    widest = combo.view().sizeHintForColumn(0)
    assert widest <= combo.fontMetrics().horizontalAdvance("W" * CHOICE_CHARS)


def test_the_words_column_shows_a_long_articles_count_whole(qtbot) -> None:
    """A newcomer's report: a 19 MB article's count read "3,382,9…" in a Words column made for
    "99,999", with room to spare beside it."""
    from viewer.corpus import Article
    from widgets.article_list import WORDS_COLUMN

    articles = [*sample_articles(), Article("huge", "Huge\n\n" + "word " * 1_200_000, "H")]
    window = make_window(qtbot, articles, width=2400)
    table = window.article_list
    count = f"{1_200_000:,}"
    assert table.model().index(len(articles) - 1, WORDS_COLUMN).data() in (count, f"{1_200_001:,}")
    width = table.horizontalHeader().sectionSize(WORDS_COLUMN)
    # (the room around the digits that the column gives "99,999")
    assert width >= table.fontMetrics().horizontalAdvance(f"{1_200_001:,}") + 24
    assert not table.isColumnHidden(WORDS_COLUMN)


def test_articles_with_the_same_title_and_no_outlet_are_told_apart_by_their_file(
        qtbot, tmp_path) -> None:
    """tester55 #10: three files of one folder with no header, one title: the Outlet column
    was hidden and the three rows read the same, while the panes named each file."""
    from viewer.loading import load_paths

    title = "La Casa del Rey ha anunciado este domingo que Felipe VI ha renunciado"
    for name in ("01_publico_es", "02_postdigital_es", "11_e-noticies_es"):
        (tmp_path / f"{name}.txt").write_text(
            f"{title}\n\nTexto propio de {name} sobre el anuncio de este domingo.\n", "utf-8")
    articles = load_paths([tmp_path]).articles
    assert {a.title for a in articles} == {title} and not any(a.source for a in articles)
    window = make_window(qtbot, articles)
    view, proxy = window.article_list, window.article_list.proxy
    assert not view.isColumnHidden(OUTLET_COLUMN)
    rows = {(proxy.index(r, 0).data(), proxy.index(r, OUTLET_COLUMN).data())
            for r in range(proxy.rowCount())}
    assert rows == {(title, f"{name}.txt")
                    for name in ("01_publico_es", "02_postdigital_es", "11_e-noticies_es")}
