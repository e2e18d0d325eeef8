"""Numbers as South Asian outlets write them: digits grouped in lakh and crore ("25,00,000"),
lakh and crore in Hindi and Bengali with their own digits ("₹१० लाख", "৳ ২৫ লক্ষ"), the taka, and
"12 hundred" (`viewer.figures.money`, `viewer.figures.numbers`)."""

from __future__ import annotations

import pytest

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.money import find_amounts
from viewer.figures.money_mentions import money_mentions
from viewer.figures.money_rows import value_text
from viewer.figures.numbers import find_numbers


@pytest.mark.parametrize(("text", "written", "number", "currency"), [
    ("The family got Rs 25,00,000 as compensation.", "Rs 25,00,000", 2_500_000, "INR"),
    ("A sum of ₹1,25,000 was paid.", "₹1,25,000", 125_000, "INR"),
    ("The budget is ₹ 1,25,000 crore.", "₹ 1,25,000 crore", 1.25e12, "INR"),
    ("सरकार ने ₹१० लाख मुआवजे की घोषणा की।", "₹१० लाख", 1_000_000, "INR"),
    ("परिवार को 10 लाख रुपये दिए जाएंगे।", "10 लाख रुपये", 1_000_000, "INR"),
    ("₹५० हज़ार की सहायता", "₹५० हज़ार", 50_000, "INR"),
    ("সরকার ৳ ২৫ লক্ষ ক্ষতিপূরণ দেবে।", "৳ ২৫ লক্ষ", 2_500_000, "BDT"),
    ("৳২৫,০০০ দেওয়া হবে", "৳২৫,০০০", 25_000, "BDT"),
    ("Each family will get Tk 25 lakh.", "Tk 25 lakh", 2_500_000, "BDT"),
    ("He was fined Rs 12 hundred.", "Rs 12 hundred", 1_200, "INR"),
    # (a hundred of another scale: the scales multiply)
    ("It cost $2 hundred million.", "$2 hundred million", 2e8, "$"),
    ("It cost $2 hundred thousand.", "$2 hundred thousand", 2e5, "$"),
    ("The state will spend Rs 5 hundred crore.", "Rs 5 hundred crore", 5e9, "INR"),
    ("The state will spend Rs 12 hundred crore.", "Rs 12 hundred crore", 1.2e10, "INR"),
    ("The TK 5 crore was paid.", "TK 5 crore", 50_000_000, "BDT"),  # (as Dhaka's outlets write it)
])
def test_south_asian_amounts_are_read_whole(text: str, written: str, number: float,
                                            currency: str) -> None:
    (amount,) = find_amounts(text)
    assert (text[amount.start:amount.end], amount.number, amount.currency) \
        == (written, number, currency)


@pytest.mark.parametrize("text", ["Tcl/Tk 8.6 was released.", "The USD/INR 83 level held."])
def test_a_code_after_a_slash_is_no_currency(text: str) -> None:
    assert find_amounts(text) == []  # (a name's, "Tcl/Tk", or a currency pair's)


def test_a_word_that_starts_as_a_scale_is_no_scale() -> None:
    (amount,) = find_amounts("৳ ২৫ লক্ষ্য")  # (a goal: the word goes on past its virama)
    assert amount.number == 25


def test_the_zeros_of_other_digits_are_zeros_for_the_place_of_the_last_digit() -> None:
    (amount,) = find_amounts("৳২৫,০০০ দেওয়া হবে")
    assert amount.precision == 1_000  # (as "25,000": rounded to the thousand)


def test_taka_are_shown_in_lakh_as_rupees_are() -> None:
    (mention,) = money_mentions("a", "The government will give Tk 25 lakh to each family.")
    assert value_text(mention) == "BDT 25 lakh"


@pytest.mark.parametrize(("text", "written", "value"), [
    ("12 hundred people were evacuated.", "12 hundred", 1_200),
    ("1,25,000 people gathered at the ground.", "1,25,000", 125_000),
    ("Some 25,00,000 pilgrims came.", "25,00,000", 2_500_000),
    ("2 hundred million people were affected.", "2 hundred million", 2e8),
    ("3 hundred thousand people were evacuated.", "3 hundred thousand", 3e5),
    ("12 hundred and 50 people were evacuated.", "12 hundred and 50", 1_250),
])
def test_counts_in_indian_grouping_and_hundreds_are_read_whole(text: str, written: str,
                                                               value: float) -> None:
    (number,) = find_numbers(text)
    assert (text[number.start:number.end], number.value) == (written, value)


def test_a_scale_after_a_range_is_both_ends() -> None:
    text = "10-12 hundred people were evacuated."
    (number,) = find_numbers(text)
    assert (text[number.start:number.end], number.kind, number.value, number.high) \
        == ("10-12 hundred", "range", 1_000, 1_200)


def _article(name: str, sentence: str) -> Article:
    shared = ("The district collector said the relief camps would stay open until the water "
              "receded and that every family would be helped.")
    return Article(id=name, text=f"{sentence} {shared}", title=name)


def test_outlets_writing_one_amount_in_lakh_differently_agree() -> None:
    articles = [_article("a", "The government announced compensation of Rs 10 lakh."),
                _article("b", "The government announced compensation of Rs 10,00,000."),
                _article("c", "The government announced compensation of ₹१० लाख.")]
    (quantity,) = [q for q in find_figures(articles) if q.currency == "INR"]
    assert [m.value.number for m in quantity.mentions] == [1e6] * 3
    assert not quantity.disagree


def test_twelve_hundred_evacuated_agrees_with_1200() -> None:
    articles = [_article("a", "12 hundred people were evacuated."),
                _article("b", "1,200 people were evacuated.")]
    (quantity,) = find_figures(articles)
    assert [m.value.number for m in quantity.mentions] == [1_200] * 2
    assert not quantity.disagree
