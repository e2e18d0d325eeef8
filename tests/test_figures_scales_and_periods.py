"""Figures a tester's week found misread (`viewer.figures.numbers`, `things`, `places`): a
decimal before its scale word taken for a clock time ("1.52 million employees" became "million
employees", about 1,000,000, and was marked as the clashing figure); Indian English's lakh and
crore left out ("2-3 lakh people" read as 2-3); a running total of a period counted as this
event's toll ("16 people had been killed in shootings at schools this year"); a text's
paragraphs compared as counts. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from viewer.figures.extraction import extract_mentions


def read(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(mention.text, mention.value.describe(), mention.place)
            for mention in extract_mentions("doc", sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The retailer's workforce grew 14% to 1.52 million employees.",
     [("1.52 million employees", "about 1,520,000", None)]),
    ("The network now has 2.75 billion users.",
     [("2.75 billion users", "about 2,750,000,000", None)]),
])
def test_a_decimal_with_its_scale_word_is_a_figure_not_a_time(sentence, expected) -> None:
    assert read(sentence) == expected


def test_a_clock_time_written_with_a_full_stop_is_still_no_figure() -> None:
    assert read("Seven people were hurt when the roof fell at 14.30 in the afternoon.") == [
        ("Seven people", "7", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Around 2-3 lakh people gathered outside the stadium.",
     [("Around 2-3 lakh people", "200,000-300,000", None)]),
    ("Nearly one lakh people gathered outside the stadium.",
     [("Nearly one lakh people", "about 100,000", None)]),
    ("Police said 35,000 people were expected, but two to three lakh people came.",
     [("35,000 people", "35,000", None), ("two to three lakh people", "200,000-300,000", None)]),
    ("Officials said 1.2 crore people live in the district.",
     [("1.2 crore people", "about 12,000,000", None)]),
])
def test_lakh_and_crore_scale_the_number_before_them(sentence, expected) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "period"), [
    ("Before Monday's attack, 16 people had been killed in shootings at schools this year.",
     "this year"),
    ("Floods have killed 40 people so far this year, the agency said.", "so far this year"),
    ("Storms have killed 212 people so far in 2023.", "so far in 2023"),
    ("At least 48 people were killed in attacks across the region last year.", "last year"),
])
def test_a_period_s_running_total_is_a_quantity_of_its_own(sentence, period) -> None:
    [(_, _, scope)] = read(sentence)
    assert scope == period


def test_a_figure_said_this_year_by_someone_is_not_scoped_by_the_saying() -> None:
    [(_, _, scope)] = read("Twelve people were killed, the minister said this year.")
    assert scope is None


def test_a_text_s_paragraphs_are_no_count() -> None:
    assert read("The news came ten paragraphs into the memo, after two whole paragraphs "
                "of thanks.") == []


def test_a_period_s_total_neither_joins_nor_draws_in_the_event_s_toll() -> None:
    """One outlet's toll and another's period total ("16 people had been killed in shootings at
    schools this year"): two rows, the toll's named as ever and the total's by its period; the
    silent figures joined the only period named, and its row disagreed."""
    from viewer.corpus import Article
    from viewer.figures.corpus import find_figures
    rows = find_figures([
        Article(id="a", title="a", text="Two people were killed in the shooting on Monday."),
        Article(id="b", title="b", text="Two people were killed. Before Monday, 16 people had "
                                        "been killed in shootings at schools this year.")])
    names = sorted((row.name, row.disagree) for row in rows)
    assert names == [("people killed", False), ("people killed this year", False)]


@pytest.mark.parametrize(("first", "second"), [
    ("Acme laid off 200 workers in 2023, the union said.",
     "Acme laid off 250 workers, the union said."),
    ("The storm killed 30 people last year across the state.", "The storm killed 45 people."),
    ("The hurricane killed 30 people this month, officials said.",
     "The hurricane killed 45 people, officials said."),
])
def test_a_bare_period_says_when_it_happened_and_scopes_nothing(first, second) -> None:
    """A review: "in 2023", "last year", "this month" after a figure were taken for a running
    total, and two outlets' different tolls of one event no longer disagreed."""
    from viewer.corpus import Article
    from viewer.figures.corpus import find_figures
    [row] = find_figures([Article(id="a", title="a", text=first),
                          Article(id="b", title="b", text=second)])
    assert row.disagree and len(row.documents) == 2
