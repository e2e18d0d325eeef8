"""The Annotations dock's Article column never makes two articles one name (tester55 #11:
three Korean titles cut in the middle all read "윤석열 대… 표했다.")."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    column = COLUMNS.index("Article")
    delegate = table.itemDelegateForColumn(column)
    table.setColumnWidth(column, table.fontMetrics().horizontalAdvance("윤석열 대… 표했다.") + 20)
    shown = set()
    for row in range(table.model().rowCount()):
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect = table.visualRect(table.model().index(row, column))
        delegate.initStyleOption(option, table.model().index(row, column))
        shown.add(option.fontMetrics.elidedText(option.text, Qt.TextElideMode.ElideMiddle,
                                                option.rect.width()))
    assert len(shown) == len(articles), shown
