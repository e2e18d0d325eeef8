"""The article list at the window's default size keeps each version's tag ("version 2 of 2,
latest") in view: two versions of one file have one title, and the tag tells them apart. It was
in the Outlet column, whose default width cut it off whole after the file's name (session 60)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from tests.viewfixtures import sample_articles
from tests.widgetkit import make_window
from widgets.app import MIN_HEIGHT, MIN_WIDTH
from widgets.article_list import ID_ROLE, ArticleList


def shown_text(view: ArticleList, index: QModelIndex) -> str:
    """A cell's text as the view draws it: its delegate's text, cut as Qt's style cuts a cell's
    text to its text area less the margins inside it (not read from pixels)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width()
    return option.fontMetrics.elidedText(option.text, option.textElideMode, room - 2 * margin)


def test_each_version_tag_is_in_view_at_the_default_window_size(qtbot, tmp_path: Path) -> None:
    first, *others = sample_articles()
    path = tmp_path / "000_2634b00bab60cbc7.txt"  # (the sample's own name: a long one)
    old = replace(first, path=path)
    new = replace(first, id=f"{first.id}-2", path=path,
                  text=first.text.replace("missiles", "rockets", 1))
    window = make_window(qtbot, [old, *others, new], width=MIN_WIDTH)
    window.resize(MIN_WIDTH, MIN_HEIGHT)
    view = window.article_list
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    model = view.model()
    shown: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        article_id = model.index(row, 0).data(ID_ROLE)
        shown[article_id] = [shown_text(view, model.index(row, column))
                             for column in range(model.columnCount())
                             if not view.isColumnHidden(column)]
    assert any(text.endswith("version 1 of 2") for text in shown[old.id]), shown[old.id]
    assert any(text.endswith("version 2 of 2, latest") for text in shown[new.id]), shown[new.id]
    (title_cell, *_rest) = shown[new.id]
    assert title_cell.startswith(first.title[:12]) and "\u2026" in title_cell  # (the title cut)
    # (an article alone of its file: its title as before, no tag)
    assert not any("version" in text for text in shown[others[0].id])


def test_a_narrow_title_column_keeps_the_title_s_start_and_shortens_the_tag(
        qtbot, tmp_path: Path) -> None:
    """In a Title column narrowed (by its header, or the splitter) the tag gave way to nothing:
    ' · version 2 of 2, la…' at 150 pixels, no title and the tag cut; ' · v…' at 60. The
    title keeps its first characters and "…", and the tag takes a shorter form that fits."""
    first, *others = sample_articles()
    path = tmp_path / "000_2634b00bab60cbc7.txt"
    old = replace(first, path=path)
    new = replace(first, id=f"{first.id}-2", path=path,
                  text=first.text.replace("missiles", "rockets", 1))
    window = make_window(qtbot, [old, *others, new], width=MIN_WIDTH)
    view = window.article_list
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    model = view.model()
    rows = {model.index(row, 0).data(ID_ROLE): row for row in range(model.rowCount())}
    start = first.title[:3]
    said: dict[int, tuple[str, str]] = {}
    for width in (150, 100, 60):
        view.horizontalHeader().resizeSection(0, width)
        qtbot.waitUntil(lambda width=width: view.columnWidth(0) == width)
        said[width] = (shown_text(view, model.index(rows[old.id], 0)),
                       shown_text(view, model.index(rows[new.id], 0)))
    # (room for "version 1 of 2" beside the title's start, not for "version 2 of 2, latest")
    assert said[150][0] == f"{start}\u2026 \u00b7 version 1 of 2", said
    assert said[150][1].startswith(start) and said[150][1].endswith(
        "\u2026 \u00b7 v2/2, latest"), said
    assert said[100][0].startswith(start) and said[100][0].endswith("\u2026 \u00b7 v1/2"), said
    assert said[100][1].startswith(start) and said[100][1].endswith("\u2026 \u00b7 v2/2"), said
    # (at 60 pixels no tag fits beside the title's start, which stays: the tooltip says which)
    assert said[60] == (f"{start}\u2026", f"{start}\u2026"), said
