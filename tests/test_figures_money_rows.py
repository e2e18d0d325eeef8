"""Rows of amounts of money (`viewer.figures.money_rows` in `grouping`): one currency, one
purpose, one event; a conversion or an amount of unread purpose is a row of its own; the table,
the command's text and its JSON show the currency."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.grouping import Quantity
from viewer.figures.report import figures_to_json, format_figures_table
from viewer.figures.table import figures_table


def article(ident: str, text: str) -> Article:
    return Article(id=ident, text=text, title=ident)


def row_of(quantities: list[Quantity], document: str, text: str) -> Quantity:
    return next(q for q in quantities for m in q.mentions
                if m.document == document and text in m.text)


SETTLEMENT = [
    article("ap", "Acme agreed to a $787.5 million settlement with Globex, its lawyer said."),
    article("headline", "Acme News Settles Globex Suit for $787 Million"),
    article("round", "Acme settled the case for $790 million."),
    article("nearly", "The settlement of nearly $800 million ends the case."),
]


def test_one_settlement_written_to_different_digits_is_one_row_that_agrees() -> None:
    quantities = find_figures(SETTLEMENT)
    (row,) = quantities
    assert row.name == "settlement (USD)" and row.currency == "USD"
    assert len(row.documents) == 4 and not row.disagree


def test_another_amount_for_the_same_settlement_disagrees() -> None:
    quantities = find_figures([*SETTLEMENT, article("wrong", "Acme paid an $850 million "
                                                             "settlement.")])
    (row,) = quantities
    assert row.disagree
    assert [row.mentions[index].document for index in row.marked] == ["wrong"]


def test_damages_sought_are_not_the_settlement() -> None:
    quantities = find_figures([
        *SETTLEMENT[:2],
        article("claim", "Globex had sought $1.6 billion in damages."),
        article("suit", "Globex sued Acme for $1.6 billion."),
    ])
    assert {q.name for q in quantities} == {"settlement (USD)", "damages sought (USD)"}
    assert not any(q.disagree for q in quantities)


def test_a_converted_amount_is_another_row_never_a_disagreement() -> None:
    quantities = find_figures([
        article("us", "Acme agreed to a $787.5 million settlement."),
        article("eu", "Acme agreed to a settlement of about €720 million."),
    ])
    assert sorted(q.name for q in quantities) == ["settlement (EUR)", "settlement (USD)"]
    assert not any(q.disagree for q in quantities)


def test_a_bare_dollar_is_the_us_dollar_unless_the_event_names_another() -> None:
    us = find_figures([article("a", "a $5 million fine"), article("b", "a US$5 million fine")])
    assert [q.name for q in us] == ["fine (USD)"]
    canada = find_figures([article("a", "a $5 million fine"),
                           article("b", "a C$6.8 million fine"),
                           article("c", "a US$5 million fine")])
    assert sorted(q.currency for q in canada) == ["$", "CAD", "USD"]
    assert not any(q.disagree for q in canada)


def test_an_amount_of_unread_purpose_joins_only_amounts_of_its_value() -> None:
    quantities = find_figures([
        article("a", "Acme agreed to a $787.5 million settlement. Acme paid $900 million to "
                     "Globex."),
        article("b", "Acme paid $787.5 million to Globex."),
        article("c", "Acme transferred $787.5 million."),
    ])
    unread = [q for q in quantities if q.kind == "amount"]
    assert sorted(len(q.documents) for q in unread) == [1, 2]
    assert all(q.name == "amount (USD, purpose not read)" for q in unread)
    assert not any(q.disagree for q in quantities)


def test_amounts_of_two_events_are_never_compared() -> None:
    articles = [article("a", "a $5 million fine"), article("b", "a $9 million fine")]
    quantities = find_figures(articles, events={"a": 0, "b": 1})
    assert len(quantities) == 2 and not any(q.disagree for q in quantities)


def test_counts_beside_money_keep_their_rows() -> None:
    quantities = find_figures([
        article("a", "The crash killed 12 people. The airline paid $5 million in compensation."),
        article("b", "12 people were killed, and the airline paid a $5m compensation."),
    ])
    people = row_of(quantities, "a", "12")
    assert people.name == "people killed" and people.currency is None
    money = row_of(quantities, "a", "$5 million")
    assert money.name == "compensation (USD)" and len(money.documents) == 2


def test_the_table_the_text_and_the_json_show_the_currency() -> None:
    quantities = find_figures(SETTLEMENT[:2])
    table = figures_table(SETTLEMENT[:2], quantities)
    assert [cell.text for cell in table.rows[0].cells if cell] == [
        "$787.5 million (its lawyer)", "$787 million"]
    text = format_figures_table(SETTLEMENT[:2], quantities)
    assert "settlement (USD)" in text and "$787.5 million" in text
    payload = figures_to_json(SETTLEMENT[:2], quantities)
    (row,) = payload["quantities"]
    assert row["currency"] == "USD"
    assert [m["currency"] for m in row["mentions"]] == ["$", "$"]
    assert row["mentions"][0]["value"] == {"exact": 787500000}


def test_amounts_of_one_purpose_far_apart_are_of_different_things() -> None:
    quantities = find_figures([
        article("a", "Globex sued Acme for $1.6 billion. Initech has a $2.7-billion "
                     "defamation suit against Acme."),
        article("b", "Globex had sought $1.6 billion in damages."),
    ])
    sought = [q for q in quantities if q.name == "damages sought (USD)"]
    assert sorted(len(q.documents) for q in sought) == [1, 2]
    assert not any(q.disagree for q in quantities)


def test_conversions_at_outlets_own_rates_agree() -> None:
    quantities = find_figures([
        article("a", "The club was fined 20 million euros ($21.7 million) by the league."),
        article("b", "The club was fined 20 million euros ($22 million) by the league."),
        article("c", "The club was fined 20 million euros ($21.74 million) by the league."),
    ])
    assert sorted(q.name for q in quantities) == ["fine (EUR)", "fine (USD)"]
    assert not any(q.disagree for q in quantities)
