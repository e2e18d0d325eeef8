"""The Figures dock shows amounts of money (pytest-qt): a row named by purpose and currency,
each figure with its currency as written to its digits, a conversion on a row of its own."""

from __future__ import annotations

from tests.test_figures_dock import SHARED, cell_of, open_dock
from tests.widgetkit import make_window
from viewer.corpus import Article
from viewer.figures.table import DISAGREE_MARK


def test_the_dock_shows_a_money_row_with_its_currency(qtbot) -> None:
    articles = [
        Article(id="wire", title="Wire", text="Acme agreed to a $787.5 million settlement with "
                                              "Globex, its lawyer said." + SHARED),
        Article(id="headline", title="Headline", text="Acme News Settles Globex Suit for "
                                                      "$787 Million." + SHARED),
        Article(id="abroad", title="Abroad", text="Acme agreed to a settlement of about €720 "
                                                  "million." + SHARED),
    ]
    window = make_window(qtbot, articles)
    dock = open_dock(qtbot, window)
    labels = {dock.grid.item(row, 0).text(): row for row in range(dock.grid.rowCount())}
    dollars = next(row for text, row in labels.items() if "settlement (USD)" in text)
    euros = next(row for text, row in labels.items() if "settlement (EUR)" in text)
    assert dollars != euros
    assert not any(text.startswith(DISAGREE_MARK) for text in labels)
    row, column = cell_of(dock, "wire", "$787.5 million")
    assert row == dollars
    assert dock.grid.item(row, column).text().startswith("$787.5 million")
    row, column = cell_of(dock, "headline", "$787 Million")
    assert (row, dock.grid.item(row, column).text()) == (dollars, "$787 million")
    row, column = cell_of(dock, "abroad", "€720")
    assert dock.grid.item(row, column).text().startswith("about EUR 720 million")
