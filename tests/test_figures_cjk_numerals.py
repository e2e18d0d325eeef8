"""Chinese, Japanese and Korean numbers made of parts, read whole (`viewer.figures.cjk_numerals`):
as counts of people (`east_asian`) and amounts of money (`money`), never as their last part."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.figures.cjk_numerals import NUMERAL, read_numeral
from viewer.figures.corpus import find_figures
from viewer.figures.east_asian import people_counts
from viewer.figures.money import find_amounts


@pytest.mark.parametrize(("written", "value", "precision"), [
    ("1万2000", 12_000, 1_000),
    ("一万二千", 12_000, 1_000),
    ("１万２千", 12_000, 1_000),
    ("一万二", 12_000, 1_000),  # (the unit after a scale left out, as Chinese says it)
    ("三千五", 3_500, 100),
    ("廿二", 22, 1),
    ("卅", 30, 10),
    ("十二", 12, 1),
    ("一百零五", 105, 1),
    ("一万零五百", 10_500, 100),
    ("十二亿", 1.2e9, 1e8),
    ("一百二十亿", 1.2e10, 1e9),
    ("一点五万", 15_000, 1_000),
    ("1.2万", 12_000, 1_000),
    ("7億8750万", 787_500_000, 100_000),
    ("1兆2000億", 1.2e12, 1e11),
    ("1.2万亿", 1.2e12, 1e11),
    ("1만 2000", 12_000, 1_000),
    ("2천", 2_000, 1_000),
    ("12,000", 12_000, 1_000),
])
def test_a_number_of_parts_is_read_whole(written: str, value: float, precision: float) -> None:
    assert re.fullmatch(NUMERAL, written)
    numeral = read_numeral(written)
    assert numeral is not None
    assert (numeral.value, numeral.precision) == (value, precision)


@pytest.mark.parametrize("written", [
    "三四",  # three or four
    "二三十",  # twenty or thirty
    "2000万1亿",  # scales out of order
    "十百",
    "二〇二〇",  # a year's digits
    "一点",
])
def test_what_is_no_one_number(written: str) -> None:
    assert read_numeral(written) is None


def _counts(paragraph: str) -> list[tuple[str, dict[str, object]]]:
    return [(paragraph[c.start:c.end], c.value.to_json()) for c in people_counts(paragraph)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("1万2000人被紧急疏散。", [("1万2000人", {"exact": 12_000})]),
    ("一万二千人被紧急疏散。", [("一万二千人", {"exact": 12_000})]),
    ("１万２千人被紧急疏散。", [("１万２千人", {"exact": 12_000})]),
    ("事故造成廿二人死亡。", [("廿二人", {"exact": 22})]),
    ("三万五千人撤离。", [("三万五千人", {"exact": 35_000})]),
    ("地震で1万2千人が避難した。", [("1万2千人", {"exact": 12_000})]),
    ("1만 2000명이 대피했다.", [("1만 2000명", {"exact": 12_000})]),
    ("洪水迫使100多万人撤离。", [("100多万人", {"more_than": 1_000_000})]),
    ("确认死亡人数19人。", [("19人", {"exact": 19})]),  # (digits after "数" are a number)
    ("12,000人被疏散。", [("12,000人", {"exact": 12_000})]),
    ("车上共有乘客12，3人受伤。", [("3人", {"exact": 3})]),  # (a clause's comma: no 123)
    # (点 after digits or 十 is o'clock, no decimal point: the count after it is whole)
    ("截至今天上午10点3人死亡。", [("3人", {"exact": 3})]),
    ("截至今天上午十点3人死亡。", [("3人", {"exact": 3})]),
    ("洪水迫使一点五万人撤离。", [("一点五万人", {"exact": 15_000})]),
])
def test_a_count_of_people_is_its_whole_number(paragraph: str, expected: object) -> None:
    assert _counts(paragraph) == expected


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("3～5万人が避難した。", [("3～5万人", {"range": [30_000, 50_000]})]),
    ("3～5万人撤离。", [("3～5万人", {"range": [30_000, 50_000]})]),
    ("三万至五万人撤离。", [("三万至五万人", {"range": [30_000, 50_000]})]),
    ("十至十二万人撤离。", [("十至十二万人", {"range": [100_000, 120_000]})]),
    ("8000至1万人撤离。", [("8000至1万人", {"range": [8_000, 10_000]})]),
    ("事故造成10至12人死亡。", [("10至12人", {"range": [10, 12]})]),
    ("事故造成10到12人死亡。", [("10到12人", {"range": [10, 12]})]),
    ("事故造成10-12人死亡。", [("10-12人", {"range": [10, 12]})]),
    ("事故造成十至十二人死亡。", [("十至十二人", {"range": [10, 12]})]),
    ("事故造成10人至12人死亡。", [("10人至12人", {"range": [10, 12]})]),
    ("10~12명이 다쳤다.", [("10~12명", {"range": [10, 12]})]),
    ("事故造成12至10人死亡。", []),  # (no range in order: left out, not read as 10)
])
def test_a_range_is_read_as_a_range_not_its_high_end(paragraph: str, expected: object) -> None:
    assert _counts(paragraph) == expected


def test_a_range_is_no_place() -> None:
    article = Article(id="a", text="地震造成十至十二人死亡。", title="a")
    (quantity,) = find_figures([article])
    assert quantity.place is None  # (it was "十至", the low end read as a place's name)


@pytest.mark.parametrize("paragraph", [
    "二三十人受伤。",  # twenty or thirty: no one number, and not its tail "三十"
    "三四万人撤离。",  # thirty or forty thousand
    "数百万人撤离。",  # millions: not "百万", a million
])
def test_a_number_not_read_whole_is_left_out_not_its_tail(paragraph: str) -> None:
    assert _counts(paragraph) == []


@pytest.mark.parametrize(("text", "written", "number", "currency"), [
    ("公司损失十二亿元。", "十二亿元", 1.2e9, "CNY"),
    ("损失一百二十亿元。", "一百二十亿元", 1.2e10, "CNY"),
    ("赔偿1万2000元。", "1万2000元", 12_000, "CNY"),
    ("損失は１２億円。", "１２億円", 1.2e9, "JPY"),
    ("和解金7億8750万ドル", "7億8750万ドル", 787_500_000, "$"),
])
def test_an_amount_in_numerals_is_read_whole(text: str, written: str, number: float,
                                             currency: str) -> None:
    (amount,) = find_amounts(text)
    assert (text[amount.start:amount.end], amount.number, amount.currency) \
        == (written, number, currency)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("损失三至五亿元。", 3e8, 5e8),
    ("賠償額は3～5億円。", 3e8, 5e8),
])
def test_a_range_of_money_is_read_as_a_range(text: str, low: float, high: float) -> None:
    (amount,) = find_amounts(text)
    assert (amount.number, amount.high) == (low, high)


@pytest.mark.parametrize("text", [
    "推进一元化管理。", "関東一円で雨。", "损失数百万元。",
    # (a banknote, a coin, a one-price shop: a denomination)
    "劫匪抢走了百元大钞。", "他开了一家十元店。", "一万円札を数枚奪った。", "千円札を拾った。",
    "五百円玉を集めた。", "百円ショップで火災。", "1000원짜리 지폐를 냈다.",
])
def test_words_with_a_numeral_are_no_amount(text: str) -> None:
    assert find_amounts(text) == []


def test_outlets_writing_one_count_differently_agree() -> None:
    sentence = "四川地震后，{}被紧急疏散，救援仍在进行。"
    articles = [Article(id=name, text=sentence.format(count), title=name)
                for name, count in (("a", "1万2000人"), ("b", "12000人"), ("c", "一万二千人"))]
    (quantity,) = find_figures(articles)
    assert [m.value.number for m in quantity.mentions] == [12_000] * 3
    assert not quantity.disagree


@given(st.text(alphabet="0123456789１２一二三十百千万亿廿零点.,", max_size=12))
def test_a_numeral_is_read_or_refused_never_raises(written: str) -> None:
    for match in re.finditer(NUMERAL, written):
        numeral = read_numeral(match.group())
        assert numeral is None or numeral.value >= 0


def test_a_long_run_of_digits_with_no_count_after_it_is_read_in_linear_time() -> None:
    """A helper's property run hung: NUMERAL repeats its parts, and a run of digits the
    repetition could split anywhere (an ID, a telephone number, with no 人 after it) took time
    doubling per digit -- 22 digits, 11 s. Taken whole, 60 digits are read at once (exponential,
    this test would never end)."""
    from viewer.figures.extraction import extract_mentions
    assert extract_mentions("d", "编号" + "1" * 60 + "x，事故造成3人死亡。")[0].value.number == 3
