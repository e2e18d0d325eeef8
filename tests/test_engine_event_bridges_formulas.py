"""A sentence of Chinese agency copy's formulas, longer than a short sentence, that two events'
coverage prints (`viewer.engine.event_bridges.figures_apart`, asked by
`viewer.engine.statements`): the documents' figures tell the events, and a year two events
share tells nothing. Small hand-made texts."""

from __future__ import annotations

import numpy as np

from viewer.engine.chance import as_words
from viewer.engine.tokens import tokenise

from .engine_texts import articles, passage_documents

BRIDGE = ("新华社临江2024年4月12日电 4月12日15时20分许,临江市北郊一座在建大桥发生坍塌,"
          "造成17人被困、5人受伤,当地已调集300余名救援人员赶赴现场全力搜救。")
FLOOD = ("新华社青河2024年8月3日电 8月3日凌晨2时许,青河县遭遇特大暴雨引发山洪,"
         "26人失联、9人受伤,县里已转移群众4000余人并连夜组织力量抢险。")
SENT = ("根据总书记指示和总理要求,中共中央政治局委员、国务院副总理率国家防总、应急管理部、"
        "交通运输部有关负责同志赶赴现场指导救援处置工作")
"""What a vice-premier did, as the agency writes it for every disaster: one sentence of titles
and formulas, and no word of the event's own."""


def test_the_formula_is_longer_than_a_short_sentence() -> None:
    """(What the rule is for: twenty words or more, as its characters count.)"""
    corpus = tokenise(articles(SENT))
    zero, count = np.array([0]), np.array([corpus.token_count(0)])
    assert as_words(corpus, zero, zero, count, count)[0] >= 20


def test_a_long_agency_formula_links_no_story_of_another_event() -> None:
    """Two outlets reprint the bridge's agency copy, one prints the flood's; the bridge's and
    the flood's both end with the vice-premier's sentence. The documents' figures ("4月",
    "17人" / "8月", "26人") have nothing alike but the year, "2024年": two events, the flood's
    story is linked to nothing."""
    texts = [f"{BRIDGE}\n\n{SENT}。", f"{BRIDGE}\n\n桥梁专家正在分析原因。", f"{FLOOD}\n\n{SENT}。"]
    assert passage_documents(*texts) == [["d0", "d1"]]


def test_the_formula_still_links_two_stories_of_one_event() -> None:
    """The same sentence in a local paper's story of the bridge, which gives its date and toll
    ("4月12日", "17人"): one event, linked."""
    local = ("本报讯 4月12日下午,临江市北郊在建大桥坍塌,现场17人被困,救援仍在进行。"
             "记者在现场看到,多台大型机械正在作业,周边道路已经封闭,市民绕行。")
    texts = [f"{BRIDGE}\n\n{SENT}。", f"{BRIDGE}\n\n桥梁专家正在分析原因。", f"{local}\n\n{SENT}。"]
    assert any({"d0", "d2"} <= set(group) for group in passage_documents(*texts))
