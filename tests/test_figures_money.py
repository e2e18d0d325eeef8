"""Amounts of money as figures (`viewer.figures.money`, `money_purposes`, `money_mentions`):
each currency form, what the amount is for, its qualifier and source, and what is no money."""

from __future__ import annotations

import pytest

from viewer.figures.extraction import Mention
from viewer.figures.money import BARE_DOLLAR, find_amounts
from viewer.figures.money_mentions import UNREAD_PURPOSE, money_mentions
from viewer.figures.money_purposes import SOUGHT


def amounts(text: str, continental: bool = False) -> list[tuple[str, float, str]]:
    return [(text[a.start:a.end], a.number, a.currency)
            for a in find_amounts(text, lambda: continental)]


@pytest.mark.parametrize(("text", "written", "number", "currency"), [
    ("Acme paid $787.5 million.", "$787.5 million", 787.5e6, BARE_DOLLAR),
    ("a US$3bn deal", "US$3bn", 3e9, "USD"),
    ("eine Strafe von €1,2 Mio. verhängt", "€1,2 Mio.", 1.2e6, "EUR"),
    ("eine Strafe von 1,2 Millionen Euro", "1,2 Millionen Euro", 1.2e6, "EUR"),
    ("a £40m fine", "£40m", 40e6, "GBP"),
    ("bail of Rs 10 lakh", "Rs 10 lakh", 1e6, "INR"),
    ("bail of ₹10 lakh", "₹10 lakh", 1e6, "INR"),
    ("compensation of 10 lakh rupees", "10 lakh rupees", 1e6, "INR"),
    ("a fine of 5 crore.", "5 crore", 5e7, "INR"),
    ("paid 787,500,000 dollars", "787,500,000 dollars", 787.5e6, BARE_DOLLAR),
    ("pagó 3 millones de dólares", "3 millones de dólares", 3e6, BARE_DOLLAR),
    ("賠償金1億円を支払う", "1億円", 1e8, "JPY"),
    ("합의금 10억 원을", "10억 원", 1e9, "KRW"),
    ("罚款500万元", "500万元", 5e6, "CNY"),
    ("和解金は7億8750万ドル", "7億8750万ドル", 787.5e6, BARE_DOLLAR),
    ("a A$2.5 billion package", "A$2.5 billion", 2.5e9, "AUD"),
    ("USD 5 million was wired", "USD 5 million", 5e6, "USD"),
    ("a 5 million pound fine", "5 million pound", 5e6, "GBP"),
    ("the $1.6-billion lawsuit", "$1.6-billion", 1.6e9, BARE_DOLLAR),
    ("tebusan sebesar USD 8 juta", "USD 8 juta", 8e6, "USD"),
    ("setara Rp131,2 miliar", "Rp131,2 miliar", 131.2e9, "IDR"),
])
def test_each_currency_form_is_read(text: str, written: str, number: float,
                                    currency: str) -> None:
    continental = "Strafe" in text
    assert amounts(text, continental) == [(written, pytest.approx(number), currency)]


@pytest.mark.parametrize("text", [
    "$TSLA fell", "No. 5 on the list", "Euro 2024 final", "the dollar 2019 low",
    "USD 2020 outlook", "10 lakh people attended", "he weighs 200 pounds", "the team won 3",
    "40% of voters", "5 to 10 people", "in the last 16 of Euro 2028", "($1 = 0.91 euros)",
])
def test_what_is_no_money(text: str) -> None:
    assert amounts(text) == []


def test_a_range_keeps_its_high_end() -> None:
    (found,) = find_amounts("between $5-10 million")
    assert (found.number, found.high, found.currency) == (5e6, 10e6, BARE_DOLLAR)


def test_in_to_a_currency_after_a_range_only_the_named_amount_is_money() -> None:
    assert amounts("5 to $10 million") == [("$10 million", 10e6, BARE_DOLLAR)]


def mentions(text: str) -> list[Mention]:
    return money_mentions("doc", text)


def only(text: str) -> Mention:
    (mention,) = mentions(text)
    return mention


@pytest.mark.parametrize(("text", "purpose", "outcome"), [
    ("Acme agreed to a $787.5 million settlement.", "settlement", None),
    ("Acme agreed to pay $787.5 million to settle the case.", "settlement", None),
    ("Acme settled the case for $787.5 million.", "settlement", None),
    ("Acme News Settles Globex Suit for $787 Million", "settlement", None),
    ("Acme paid $787.5 million as part of a settlement.", "settlement", None),
    ("Globex had sought $1.6 billion in damages.", "damages", SOUGHT),
    ("Globex sued Acme for $1.6 billion.", "damages", SOUGHT),
    ("the $1.6 billion defamation lawsuit", "damages", SOUGHT),
    ("Acme had to pay $787 million damages to Globex.", "damages", None),
    ("The regulator fined the bank £40m.", "fine", None),
    ("A fine of £40m was imposed.", "fine", None),
    ("He was released on $1 million bail.", "bail", None),
    ("Bail was set at $1 million.", "bail", None),
    ("The victims get $10,000 as compensation.", "compensation", None),
    ("The city's budget of $5 billion", "budget", None),
    ("The platform was sold for $44 billion.", "price", None),
    ("the buyer's $44 billion acquisition of the platform", "deal", None),
    ("The kidnappers demanded a ransom of $2 million.", "ransom", SOUGHT),
    ("He earns $15 an hour.", "amount per hour", None),
    ("He earns $15/hour.", "amount per hour", None),
    ("a $20 per hour minimum", "amount per hour", None),
    ("He earns $15 /hr.", "amount per hour", None),
    ("The rent is $2,000/month.", "rent per month", None),
    ("a salary of $90,000/year", "salary per year", None),
    ("a $50,000/yr job", "amount per year", None),
    ("The company reported a $3 billion loss.", "loss", None),
    ("The US pledged $40 billion in military aid.", "aid", None),
    ("Acme paid $787.5 million to Globex.", UNREAD_PURPOSE, None),
    ("The rules let a club lose a maximum £90million.", "limit", None),
    ("The company spent more than $26 billion on deals.", "spending", None),
    ("his £500,000-a-week contract", "contract per week", None),
    ("The carrier offered them a $5 credit.", "refund", None),
    ("le impone una multa de 5.400 euros", "fine", None),
    ("un préjudice de 12 millions d'euros", "loss", None),
    ("罚款500万元。", "fine", None),
    ("和解金は7億8750万ドル。", "settlement", None),
])
def test_what_the_amount_is_for(text: str, purpose: str, outcome: str | None) -> None:
    mention = only(text)
    assert (mention.thing.kind, mention.outcome) == (purpose, outcome)


@pytest.mark.parametrize(("text", "kind"), [
    ("a settlement of nearly $800 million", "approx"),
    ("a settlement of about $800 million", "approx"),
    ("a settlement of more than $700 million", "more_than"),
    ("fines of up to $5 million", "at_most"),
    ("damages of at least $1 billion", "at_least"),
    ("a settlement of $787.5 million", "exact"),
])
def test_the_qualifier_is_read_as_for_counts(text: str, kind: str) -> None:
    mention = only(text)
    assert mention.value.kind == kind
    assert mention.text in text and mention.text.startswith(
        ("nearly", "about", "more", "up", "at", "$"))


def test_the_source_is_who_the_sentence_credits() -> None:
    mention = only("The case was settled for $787.5 million, according to Globex lawyer "
                   "Jane Roe.")
    assert mention.source == "Globex lawyer Jane Roe"
    assert mention.currency == BARE_DOLLAR and mention.value.precision == 1e5


def test_offsets_index_the_text_after_a_header() -> None:
    text = "Header $5 line\nAcme paid a $787.5 million settlement."
    (mention,) = money_mentions("doc", text, body_start=text.index("\n") + 1)
    assert text[mention.start:mention.end] == mention.text == "$787.5 million"


def test_an_amount_in_brackets_in_another_currency_is_its_conversion() -> None:
    fine, converted = mentions("The champions were also fined 20 million euros ($21.7 "
                               "million), but can appeal.")
    assert (fine.thing.kind, fine.currency, fine.value.kind) == ("fine", "EUR", "exact")
    assert (converted.thing.kind, converted.currency, converted.value.kind) == (
        "fine", BARE_DOLLAR, "approx")
    paid, yen = mentions("口座から300万ドル(約4億5000万円)を送金")
    assert (yen.currency, yen.value.kind, yen.thing) == ("JPY", "approx", paid.thing)


@pytest.mark.parametrize("text", [
    "Dollár\n362,48 Ft\nBitcoin\n59,583 $\n\nThe minister resigned.",
    "İstanbul\n  • DOLAR\n    43.50\n  • BTC\n    75367.459$\n\nThe federation spoke.",
    "Bitcoin / 59,583 $",
    "• BTC: 75367.459$ (+1.2%)",
    "EUR/USD 1.0850",
])
def test_a_price_ticker_s_line_is_no_amount(text: str) -> None:
    # (page furniture: each price was a row "amount (USD, purpose not read)")
    assert mentions(text) == []


@pytest.mark.parametrize(("text", "written"), [
    ("Fine: £25m", "£25m"),  # a fact box: its label says what the amount is for
    ("The fine\n£25m", "£25m"),
    ("Bitcoin\nBitcoin rose to 59,583 $ on Monday.", "59,583 $"),  # a sentence
    ("Bitcoin\n\n$59,583", "$59,583"),  # a line apart from the word before it
    ("Acme agreed to a settlement worth\n$787.5 million", "$787.5 million"),
    # (a fact box's short labels: amounts, not tickers -- a review found them dropped)
    ("Key facts\nTotal: $4.5 million\nSource: court filings", "$4.5 million"),
    ("Key facts\nNet worth\n$4.5 million\n", "$4.5 million"),
    ("Box office: $4.5 million", "$4.5 million"),
])
def test_an_amount_that_is_no_ticker_s_price_is_kept(text: str, written: str) -> None:
    assert [mention.text for mention in mentions(text)] == [written]


@pytest.mark.parametrize(("text", "shown"), [
    ("The government will give Rs 10 lakh to each family.", "INR 10 lakh"),
    ("A compensation of Rs 2 lakh was announced for the injured.", "INR 2 lakh"),
    ("The stadium project costs Rs 1,200 crore.", "INR 1,200 crore"),
])
def test_rupees_are_shown_in_lakh_and_crore(text: str, shown: str) -> None:
    """A tester: "Rs 10 lakh" was shown as "INR 1 million", not as the outlets count."""
    from viewer.figures.money_rows import value_text

    assert [value_text(mention) for mention in mentions(text)] == [shown]
