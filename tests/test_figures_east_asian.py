"""Counts of people in Chinese, Japanese and Korean (`viewer.figures.east_asian`), and their
place in the figures of an article and a corpus."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.east_asian import people_counts
from viewer.figures.extraction import extract_mentions
from viewer.figures.report import (
    EAST_ASIAN_RULES,
    ENGLISH_RULES,
    TABLE_WIDTH,
    format_figures_table,
    no_figures_message,
)
from viewer.terminal_columns import columns


def _read(paragraph: str) -> list[tuple[str, dict[str, object], str | None, str | None]]:
    return [(paragraph[c.start:c.end], c.value.to_json(), c.outcome, c.place)
            for c in people_counts(paragraph)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("地震已造成86人遇难。", [("86人", {"exact": 86}, "killed", None)]),
    ("目前已有3名工人受伤。", [("3名", {"exact": 3}, "injured", None)]),
    ("事故致三人死亡。", [("三人", {"exact": 3}, "killed", None)]),
    ("事故造成二十五人失踪。", [("二十五人", {"exact": 25}, "missing", None)]),
    ("地震造成１１８人遇难。", [("１１８人", {"exact": 118}, "killed", None)]),
    ("洪水迫使1.2万人撤离。", [("1.2万人", {"exact": 12000}, "evacuated", None)]),
    ("车祸致至少12人死亡。", [("至少12人", {"at_least": 12}, "killed", None)]),
    ("已有100多人受伤。", [("100多人", {"more_than": 100}, "injured", None)]),
    ("約200人が避難した。", [("約200人", {"approx": 200}, "evacuated", None)]),
    ("另有数百人受伤。", [("数百人", {"range": [200, 999]}, "injured", None)]),
    ("死亡人数升至118人。", [("118人", {"exact": 118}, "killed", None)]),
    ("交通事故で3人が死亡した。", [("3人", {"exact": 3}, "killed", None)]),
    ("少なくとも116人が死亡しました。", [("少なくとも116人", {"at_least": 116}, "killed", None)]),
    ("負傷者は合わせて700人超に上った。", [("700人超", {"more_than": 700}, "injured", None)]),
    ("200人以上がけがをしました。", [("200人以上", {"at_least": 200}, "injured", None)]),
    ("死者は148人に上った。", [("148人", {"exact": 148}, "killed", None)]),
    ("지진으로 86명이 숨지고 96명이 다쳤다.", [("86명", {"exact": 86}, "killed", None),
                                      ("96명", {"exact": 96}, "injured", None)]),
    ("사고로 두 명이 숨졌다.", [("두 명", {"exact": 2}, "killed", None)]),
    ("10여 명이 다쳤다.", [("10여 명", {"more_than": 10}, "injured", None)]),
    ("최소 190명 사상.", [("최소 190명", {"at_least": 190}, "harmed", None)]),
    ("사망자는 179명으로 집계됐다.", [("179명", {"exact": 179}, "killed", None)]),
    # (the seriously or lightly injured are some of the injured: rows of their own, as in the
    # other languages)
    ("事故で3人が重傷を負った。", [("3人", {"exact": 3}, "injured (seriously)", None)]),
    ("5人が軽傷。", [("5人", {"exact": 5}, "injured (lightly)", None)]),
    ("2명이 중상을 입었다.", [("2명", {"exact": 2}, "injured (seriously)", None)]),
    # (the reviewer's: injured seriously and lightly is all the injured, no degree)
    ("事故造成12人轻重伤。", [("12人", {"exact": 12}, "injured", None)]),
    ("事故造成12人輕重傷。", [("12人", {"exact": 12}, "injured", None)]),
    ("事故で12人が重軽傷を負った。", [("12人", {"exact": 12}, "injured", None)]),
    ("12명이 중경상을 입었다.", [("12명", {"exact": 12}, "injured", None)]),
    ("事故造成3名工人重伤。", [("3名", {"exact": 3}, "injured (seriously)", None)]),
])
def test_counts_of_people_and_their_outcome(paragraph: str, expected: list[object]) -> None:
    assert _read(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    "12月18日23时59分发生6.2级地震，震源深度10公里。",  # date, time, magnitude, distance
    "国家消防救援队伍共出动1440名消防救援人员赶赴灾区。",  # rescuers: their outcome is not told
    "已调集各方救援力量数千人赶赴灾区。",
    "一名男子在现场接受采访。",  # "a man"
    "他获得第3名。",  # an ordinal
    "当局は580명의 수색대원을 투입했다。",  # a count of searchers
    "全市100万人口。",  # population, not people counted
])
def test_numbers_that_are_no_count_of_people(paragraph: str) -> None:
    assert _read(paragraph) == []


def test_recently_and_nearby_are_no_qualifier() -> None:
    assert _read("最近3人死亡。") == [("3人", {"exact": 3}, "killed", None)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    # two provinces listed after one verb, and a count after a place that keeps it
    ("地震已造成甘肃100人死亡、青海11人死亡，另有数百人受伤。",
     [("100人", "killed", "甘肃"), ("11人", "killed", "青海"), ("数百人", "injured", None)]),
    ("地震共造成甘肃105人遇难，186人受伤。",
     [("105人", "killed", "甘肃"), ("186人", "injured", "甘肃")]),
    ("地震已造成青海省海东市11人死亡。", [("11人", "killed", "青海")]),
    # a traditional spelling is the mainland's
    ("已知地震造成甘肅100人死亡。", [("100人", "killed", "甘肃")]),
    # Japanese: places listed without an outcome take the total's, which has no place
    ("甘粛省で113人、隣接する青海省で13人の計126人が死亡した。",
     [("113人", "killed", "甘粛"), ("13人", "killed", "青海"), ("126人", "killed", None)]),
    ("甘粛省臨夏回族自治州で地震があり、同省で少なくとも113人が死亡した。",
     [("少なくとも113人", "killed", "甘粛")]),
    # Korean: a place, a count that keeps it, and two places joined (a total)
    ("간쑤성에서 113명이 숨지고 536명이 다쳤다.",
     [("113명", "killed", "간쑤"), ("536명", "injured", "간쑤")]),
    ("간쑤성과 인근 칭하이성에서 118명이 숨졌다.", [("118명", "killed", None)]),
    ("칭하이성에서 발생한 사망자 13명을 합하면 118명이 숨진 걸로 파악됩니다.",
     [("13명", "killed", None), ("118명", "killed", None)]),
])
def test_the_place_a_count_is_given_for(paragraph: str, expected: list[object]) -> None:
    assert [(text, outcome, place) for text, _value, outcome, place in _read(paragraph)] \
        == expected


@pytest.mark.parametrize(("paragraph", "source"), [
    ("据新华社报道，地震已造成86人遇难。", "新华社"),
    ("警察によると、3人が死亡した。", "警察"),
    ("소방당국에 따르면 2명이 숨졌다.", "소방당국"),
    ("地震已造成86人遇难。", None),
])
def test_the_source_of_a_count(paragraph: str, source: str | None) -> None:
    (count,) = people_counts(paragraph)
    assert count.source == source


def test_mentions_in_an_article_index_its_text() -> None:
    text = ("--- 标题\n\n😀 据新华社报道，地震已造成甘肃105人遇难，186人受伤。\n"
            "Three people died in Gansu.")
    mentions = extract_mentions("a", text)
    assert [(m.text, m.outcome, m.place, m.source) for m in mentions] == [
        ("105人", "killed", "甘肃", "新华社"), ("186人", "injured", "甘肃", "新华社"),
        ("Three people", "killed", "Gansu", None)]
    assert all(text[m.start:m.end] == m.text for m in mentions)


def _article(identifier: str, text: str) -> Article:
    return Article(id=identifier, text=text, title=identifier)


def test_outlets_that_disagree_on_a_toll_are_one_row() -> None:
    articles = [_article("a", "截至19日6时，地震造成105人遇难。"),
                _article("b", "據報道，截至19日6時，地震造成86人遇難。")]
    (quantity,) = find_figures(articles)
    assert (quantity.kind, quantity.outcome) == ("people", "killed")
    assert [m.text for m in quantity.mentions] == ["105人", "86人"]
    assert quantity.disagree  # (as of one time: they cannot both be right)
    # (tolls given "so far" with no time, "已造成": nothing says which is the later count, and
    # the larger need not be: they disagree, as before counts had times; `test_figures_updates`)
    articles = [_article("a", "截至目前，地震已造成105人遇难。"),
                _article("b", "據報道，地震已造成86人遇難。")]
    (quantity,) = find_figures(articles)
    assert quantity.disagree and not quantity.updated and not quantity.later


def test_the_empty_table_says_which_rules_read_the_articles() -> None:
    chinese = [_article("a", "今天天气很好，我们去公园散步。")]
    polish = [_article("b", "Dzisiaj jest piękna pogoda, idziemy na spacer do parku.")]
    assert no_figures_message(chinese).endswith(EAST_ASIAN_RULES)
    assert no_figures_message(polish).endswith(ENGLISH_RULES)
    # (its lines are cut by a terminal's columns too: held-out NY2 printed one of 103)
    for articles in (chinese, polish):
        table = format_figures_table(articles, [])
        assert all(columns(line) <= TABLE_WIDTH for line in table.splitlines())


_PIECES = st.sampled_from([
    "地震", "造成", "甘肃", "、", "，", "。", "100", "１１", "三", "人", "名", "명", "이", "死亡",
    "受伤", "숨지고", "至少", "多", "以上", "数百", "省", "で", "에서 ", "计", "12月", "6.2级",
    "が", " ", "\n",
])


@given(st.lists(_PIECES, max_size=30))
def test_counts_index_the_paragraph_and_do_not_overlap(pieces: list[str]) -> None:
    paragraph = "".join(pieces)
    counts = people_counts(paragraph)
    previous_end = 0
    for count in counts:
        assert 0 <= count.start < count.end <= len(paragraph)
        assert count.start >= previous_end
        assert count.outcome is not None
        assert paragraph[count.start:count.end].strip() == paragraph[count.start:count.end]
        previous_end = count.end


@pytest.mark.parametrize("paragraph", [
    # (a classifier phrase modifying a noun: the people singled out, or their kin, no toll)
    "记者联系到一位不幸遇难的女孩母亲，她质疑车门为何打不开。",
    "一名遇难者的母亲发布微博。",
    "一位遇难女孩的母亲通过微博发文。",
    "罗先生称，3位遇难者家属聚集当地。",
    # (令 and 致 inside words name no cause: "令人同情", sympathetic)
    "记者采访了令人同情的一位遇难者的母亲。",
    "双方一致同意一位遇难者的父亲出席。",
    # (a part of the group counted before, told without an outcome: never read)
    "3名遇难者为同学，其中一位是其女友，两人均为球队忠实粉丝。",
    "另一名女孩经抢救无效死亡。",
])
def test_people_described_by_an_outcome_are_no_toll(paragraph: str) -> None:
    counted = [text for text, _value, _outcome, _place in _read(paragraph)]
    assert not set(counted) & {"一位", "一名", "3位", "两人", "其中一位"}


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("这是一起造成3人死亡的事故。", [("3人", "killed")]),
    ("事故致3人遇难、5人受伤的车祸引发关注。", [("3人", "killed"), ("5人", "injured")]),
    ("网传3人遇难的消息。", [("3人", "killed")]),
    ("3名遇难者为同学。", [("3名", "killed")]),
    # (the noun after the toll is its event, or the dead's bodies, or the toll's phrase ends
    # and another begins: no person, so the count is the toll)
    ("这起3人死亡的交通事故引发关注。", [("3人", "killed")]),
    ("这起3人死亡的矿难引发关注。", [("3人", "killed")]),
    ("这起3人遇难的重大事故引发关注。", [("3人", "killed")]),
    ("3名遇难者的身份已经确认。", [("3名", "killed")]),
    ("3名遇难者的遗体已找到。", [("3名", "killed")]),
    ("事故中3人死亡成为今年的焦点。", [("3人", "killed")]),
    ("地震中3人遇难其中的两人是儿童。", [("3人", "killed")]),
    ("致3人死亡的男子被捕。", [("3人", "killed")]),  # (the man who killed three)
])
def test_a_toll_modifying_its_event_is_still_a_toll(paragraph: str,
                                                    expected: list[object]) -> None:
    assert [(text, outcome) for text, _value, outcome, _place in _read(paragraph)] == expected


@pytest.mark.parametrize(("paragraph", "place"), [
    ("事故造成车内3人身亡。", None),  # in the car: a position by a thing, no place
    ("事故造成楼内5人受伤。", None),
    ("事故造成四川省内3人死亡。", "四川"),
    # (a place's name may end as a locative does: no thing before it)
    ("地震造成台中3人死亡。", "台中"),
    ("地震造成晋中3人遇难。", "晋中"),
    ("事故造成矿井下3人被困死亡。", None),
])
def test_a_position_by_a_thing_is_no_place(paragraph: str, place: str | None) -> None:
    ((_text, _value, _outcome, found),) = _read(paragraph)
    assert found == place


def test_a_toll_told_with_people_described_agrees_across_outlets() -> None:
    shared = "事故发生后，涉事企业表示将全力配合调查，并向遇难者家属致以深切哀悼。"
    articles = [
        _article("a", "一辆轿车在高速上起火，造成车内3人身亡。" + shared),
        _article("b", "事故造成3人死亡。同日，记者联系到一位不幸遇难的女孩母亲，"
                 "她质疑车门为何打不开。" + shared),
        _article("c", "事故致3人遇难。当晚，一名遇难者的母亲发布微博。" + shared)]
    (quantity,) = find_figures(articles)
    assert [m.text for m in quantity.mentions] == ["3人", "3人", "3人"]
    assert quantity.place is None and not quantity.disagree


def test_a_place_in_another_script_is_named_beside_the_english_words() -> None:
    from viewer.figures.grouping import quantity_name

    assert quantity_name("people", "killed", None, "甘肃") == "people killed (甘肃)"
    assert quantity_name("people", "killed", None, "Gansu") == "people killed in Gansu"
