"""The collation window over a statement written right to left: its columns run from the right,
and a word spelled differently in Arabic is underlined, not drawn in an italic face that has no
Arabic letters (tester, session 58: "أن" showed as two empty boxes)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.widgetkit import make_window
from viewer.corpus import Article
from viewer.passages import AlignmentResult, Occurrence, Passage

STATEMENT = "إن اغتيال القائد إسماعيل هنية عمل جبان ولن يمر سدى"
RESPELLED = "أن" + STATEMENT[2:]


def _collation_of(qtbot, texts: dict[str, str]):  # type: ignore[no-untyped-def]
    """The collation window of one passage carried whole by each of `texts`."""
    articles = [Article(d, f"{t}\n", f"title {d}") for d, t in texts.items()]
    passage = Passage("p1", tuple(Occurrence(d, 0, len(t), t) for d, t in texts.items()))
    window = make_window(qtbot, articles, AlignmentResult(tuple(texts), (passage,)))
    window.workspace.select_passage("p1")
    view = window.reading_views.show_collation()
    qtbot.waitUntil(lambda: view.isVisible() and view.table.rowCount() == len(texts))
    return view


def test_an_arabic_statement_s_columns_run_from_the_right(qtbot) -> None:
    view = _collation_of(qtbot, {"a": STATEMENT, "b": RESPELLED, "c": STATEMENT})
    table = view.table
    last = table.columnCount() - 1
    assert table.horizontalHeaderItem(0).text() == "إن"
    qtbot.waitUntil(lambda: table.columnViewportPosition(0) > table.columnViewportPosition(last))
    assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_an_english_statement_s_columns_still_run_from_the_left(qtbot) -> None:
    english = "Iran fired 22 missiles at two bases in Iraq"
    view = _collation_of(qtbot, {"a": english, "b": english})
    table = view.table
    qtbot.waitUntil(lambda: table.columnViewportPosition(0)
                    < table.columnViewportPosition(table.columnCount() - 1))


def test_an_arabic_word_spelled_differently_is_underlined_not_italic(qtbot) -> None:
    view = _collation_of(qtbot, {"a": STATEMENT, "b": RESPELLED, "c": STATEMENT})
    cell = view.table.item(1, 0)
    assert cell.text() == "أن" and cell.data(Qt.ItemDataRole.UserRole) == "spelling"
    assert not cell.font().italic() and cell.font().underline()
    assert "underlined in scripts without italics" in view.legend.text()


def test_a_latin_word_spelled_differently_stays_in_italics(qtbot) -> None:
    texts = {"a": "Iran hit two U.S. bases", "b": "Iran hit two US bases",
             "c": "Iran hit two U.S. bases"}
    view = _collation_of(qtbot, texts)
    cell = next(view.table.item(1, c) for c in range(view.table.columnCount())
                if view.table.item(1, c).text() == "US")
    assert cell.data(Qt.ItemDataRole.UserRole) == "spelling"
    assert cell.font().italic() and not cell.font().underline()


def _left_to_right_on_screen(text: str, direction: Qt.LayoutDirection, font: QFont) -> str:
    """The characters of one-line `text` in the order they stand on the screen from the left,
    laid out as Qt lays out a cell or a label in `direction` (without the marks that draw
    nothing: of no width, their place ties with a neighbour's)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    lefts = {}
    for index in range(len(text)):
        runs = layout.glyphRuns(index, 1)
        if runs and runs[0].positions() and unicodedata.category(text[index]) != "Cf":
            lefts[index] = runs[0].positions()[0].x()
    return "".join(text[index] for index in sorted(lefts, key=lefts.__getitem__))


def test_latin_words_and_times_in_a_right_to_left_table_read_in_their_own_direction(
        qtbot) -> None:
    """Every "U.S." cell read ".U.S" and الجزيرة's time "06:00 31-07-2024 UTC" in the window,
    the table's direction lent to each; the HTML export had them right (reviewer)."""
    text = "إن اغتيال القائد إسماعيل هنية عمل جبان ولن يمر سدى U.S."
    outlets = {"a": ("CNN", "2024-07-31T07:15Z"), "b": ("الجزيرة", "2024-07-31T09:00+03:00"),
               "c": ("U.S. News", "2024-07-31T10:00Z")}
    articles = [Article(d, f"{text}\n", f"title {d}", source=outlet, published=published)
                for d, (outlet, published) in outlets.items()]
    passage = Passage("p1", tuple(Occurrence(d, 0, len(text), text) for d in outlets))
    window = make_window(qtbot, articles, AlignmentResult(tuple(outlets), (passage,)))
    window.workspace.select_passage("p1")
    view = window.reading_views.show_collation()
    table = view.table
    qtbot.waitUntil(lambda: view.isVisible() and table.rowCount() == 3)
    assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft  # (columns from the right)
    last = table.columnCount() - 1
    assert table.horizontalHeaderItem(last).text() == "U.S."
    delegate = table.itemDelegate()
    for row in range(3):
        for column, own in ((0, Qt.LayoutDirection.RightToLeft),
                            (last, Qt.LayoutDirection.LeftToRight)):
            cell = QStyleOptionViewItem()
            delegate.initStyleOption(cell, table.model().index(row, column))
            assert cell.direction == own
        assert _left_to_right_on_screen(cell.text, cell.direction, cell.font) == "U.S."
    header = table.verticalHeader()
    name, when = header.shown_label(1).split("\n")
    assert name == "\u2067الجزيرة\u2069"  # (its own direction, right to left)
    assert _left_to_right_on_screen(when, header.layoutDirection(), header.font()) == \
        "2024-07-31 06:00 UTC"
    assert table.verticalHeaderItem(1).text() == "الجزيرة\n2024-07-31 06:00 UTC"
    heading = table.horizontalHeader()
    assert _left_to_right_on_screen(heading.shown_label(last), heading.layoutDirection(),
                                    heading.font()) == "U.S."
    assert not header.grab().isNull() and not heading.grab().isNull()  # (drawn as shown)
