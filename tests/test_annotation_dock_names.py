"""The Annotations dock's Article column never makes two articles one name (tester55 #11:
three Korean titles cut in the middle all read "윤석열 대… 표했다."), names an article by its
outlet once one is set, cuts a name at its end and shows the unknown-article marker whole
(tester58 #13)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyleOptionViewItem

from tests.widgetkit import make_window
from viewer.annotations.listing import COLUMNS
from viewer.annotations.model import make_annotation
from viewer.corpus import Article
from viewer.wording import told_apart_when_cut
from widgets.annotation_gui import install_annotations

TITLES = {
    "01_kukinews_com": "윤석열 대통령이 이재명 더불어민주당 대표의 피습을 두고 우려를 표했다.",
    "03_kgnews_co_kr": "윤석열 대통령은 2일 이재명 더불어민주당 대표의 피습사건에 대해 깊은 "
                       "우려를 표했다.",
    "05_theyouthdream_com": "윤석열 대통령이 2일 이재명 더불어민주당 대표의 피습 사건을 "
                            "전해듣고 \"용납해서는 안 될 일\"이라며 우려를 표했다.",
    "04_jjan_kr": "윤대통령, 이재명 대표 피습에 \"결코 있어서는 안 될 일\" 우려 표명",
}


def _middle(width: int):  # type: ignore[no-untyped-def]
    return lambda name: name if len(name) <= width else \
        name[:width // 2] + "\u2026" + name[-(width - width // 2 - 1):]


def test_names_cut_alike_are_given_as_their_keys() -> None:
    told = told_apart_when_cut(TITLES, _middle(9))
    assert told["01_kukinews_com"] == "01_kukinews_com"
    assert told["03_kgnews_co_kr"] == "03_kgnews_co_kr"
    assert told["05_theyouthdream_com"] == "05_theyouthdream_com"
    assert told["04_jjan_kr"] == TITLES["04_jjan_kr"]  # (its ends read otherwise)
    assert told_apart_when_cut(TITLES, _middle(200)) == TITLES  # wide enough: the titles


def test_the_dock_shows_no_two_articles_under_one_name(qtbot) -> None:
    articles = [Article(key, f"{title}\n\n청와대는 이날 오후 입장을 냈다. 기사 {key}.", title)
                for key, title in TITLES.items()]
    window = make_window(qtbot, articles)
    controller = install_annotations(window)
    controller.annotations.add_many([make_annotation(a, 0, 3) for a in articles])
    table = controller.dock.table
    table.setColumnWidth(COLUMNS.index("Article"),
                         table.fontMetrics().horizontalAdvance("윤석열 대… 표했다.") + 20)
    shown = set(shown_names(table))
    assert len(shown) == len(articles), shown


def shown_names(table) -> list[str]:  # type: ignore[no-untyped-def]
    """Each row's Article cell as the column draws it: the delegate's text, cut to the cell."""
    column = COLUMNS.index("Article")
    delegate = table.itemDelegateForColumn(column)
    shown = []
    for row in range(table.model().rowCount()):
        index = table.model().index(row, column)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect = table.visualRect(index)
        delegate.initStyleOption(option, index)
        shown.append(option.fontMetrics.elidedText(
            option.text, option.textElideMode, option.rect.width() - 2 * COLUMN_MARGIN_PX))
    return shown


COLUMN_MARGIN_PX = 4
"""About what a cell's style takes off each side of its text (styles differ a little)."""
GERMAN = {"01_rnf_de": "Die Amokfahrt in der Mannheimer Innenstadt am Rosenmontag hatte "
                       "offenbar keinen politischen Hintergrund",
          "02_wnoz_de": "Mannheim: Auto rast in Menschenmenge - Zwei Tote, 14 Personen verletzt"}


def german_window(qtbot):  # type: ignore[no-untyped-def]
    articles = [Article(key, f"{title}\n\nElf Menschen wurden verletzt. {key}.", title)
                for key, title in GERMAN.items()]
    window = make_window(qtbot, articles)
    controller = install_annotations(window)
    controller.annotations.add_many([make_annotation(a, a.body_start, a.body_start + 12)
                                     for a in articles])
    return window, controller


def test_a_name_too_long_for_the_column_is_cut_at_its_end(qtbot) -> None:
    """tester58: cut in the middle, titles read "Mannhe…rletzt", "Die A…chen…"."""
    _window, controller = german_window(qtbot)
    table = controller.dock.table
    table.setColumnWidth(COLUMNS.index("Article"),
                         table.fontMetrics().horizontalAdvance("Mannheim: Auto rast") + 20)
    for name, title in zip(shown_names(table), GERMAN.values(), strict=True):
        assert name.endswith("\u2026") and title.startswith(name[:-1].rstrip()), name


def test_the_column_names_an_article_by_the_outlet_set_in_article_details(qtbot) -> None:
    """tester58: after Article details set 01_rnf's outlet the dock still gave its title,
    where the claim cards gave "Rhein-Neckar Fernsehen"; and the article filter follows."""
    from dataclasses import replace

    window, controller = german_window(qtbot)
    dock = controller.dock
    window.workspace.update_metadata(replace(window.workspace.corpus.get("01_rnf_de"),
                                             source="Rhein-Neckar Fernsehen"))
    column = COLUMNS.index("Article")
    assert [dock.proxy.index(row, column).data() for row in range(2)] == [
        "Rhein-Neckar Fernsehen", GERMAN["02_wnoz_de"]]
    assert shown_names(dock.table)[0].startswith("Rhein-Neckar")  # (drawn so, too)
    filter_box = controller.dock.article_filter
    assert "Rhein-Neckar Fernsehen" in [filter_box.itemText(i) for i in range(filter_box.count())]


def test_the_unknown_article_marker_is_shown_whole_in_a_narrow_dock(qtbot) -> None:
    """tester58: an orphan naming no article read "(unknow…rticle)"."""
    from dataclasses import replace

    from viewer.annotations.listing import UNKNOWN_ARTICLE
    from viewer.annotations.model import AnchorStatus

    _window, controller = german_window(qtbot)
    dock = controller.dock
    first = controller.annotations.annotations[0]
    controller.annotations.add(replace(first, id="urn:uuid:orphan", article_id="", source="",
                                       status=AnchorStatus.ORPHANED))
    dock.resize(350, dock.height())
    qtbot.waitUntil(lambda: dock.table.viewport().width() < 350)
    dock.fit_columns()
    assert UNKNOWN_ARTICLE in shown_names(dock.table)


def test_the_text_filter_finds_an_article_by_its_title_once_it_names_its_outlet(qtbot) -> None:
    """A reviewer's report: "Rosenmontag", a word of 01_rnf_de's title, showed its row until
    Article details gave the article an outlet, then none; the title is still what a user
    remembers an article by, and the Article cell's tooltip shows it."""
    from dataclasses import replace

    from PySide6.QtCore import Qt

    window, controller = german_window(qtbot)
    dock = controller.dock
    dock.text_filter.setText("Rosenmontag")
    qtbot.waitUntil(lambda: dock.proxy.rowCount() == 1)
    window.workspace.update_metadata(replace(window.workspace.corpus.get("01_rnf_de"),
                                             source="Rhein-Neckar Fernsehen"))
    column = COLUMNS.index("Article")
    qtbot.waitUntil(lambda: dock.model.index(0, column).data() == "Rhein-Neckar Fernsehen")
    assert dock.proxy.rowCount() == 1
    tooltip = dock.proxy.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "Rhein-Neckar Fernsehen" in tooltip and GERMAN["01_rnf_de"] in tooltip
    dock.text_filter.setText("Rhein-Neckar")  # (the outlet the column shows finds it too)
    qtbot.waitUntil(lambda: dock.proxy.rowCount() == 1)
