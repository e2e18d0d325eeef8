"""The collation window over a statement written right to left: its columns run from the right,
and a word spelled differently in Arabic is underlined, not drawn in an italic face that has no
Arabic letters (tester, session 58: "أن" showed as two empty boxes)."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
