"""A page's time stamp (a date written year first with its clock time and a few words of label)
dates the file and is no title: held-out pages in Korean and Chinese gave "입력 2024-01-02 16:22",
"2023-08-24 20:47:43来源:中国新闻网", "海关总署   2023-08-24 15:42" and were listed undated, one of
them titled by its stamp. So are a Chinese source's credit, a menu and an agency's dateline no
title."""

from __future__ import annotations

import pytest

from viewer.loading.headers import infer_title, opening_date
from viewer.loading.time_stamps import stamp_date


@pytest.mark.parametrize(("line", "date"), [
    ("2024.01.03 12:50", "2024-01-03"),
    ("입력 2024-01-02 16:22", "2024-01-02"),
    ("수정 : 2024.01.03 12:50기사원문", "2024-01-03"),
    ("유설희 기자 2024. 1. 2. 20:30", "2024-01-02"),
    ("• 2023-08-24 15:49:41", "2023-08-24"),
    ("2023-08-24 20:47:43来源:中国新闻网", "2023-08-24"),
    ("2023-08-25 07:43:49 来源:参考消息网 责任编辑:刘天霖", "2023-08-25"),
    ("海关总署   2023-08-24 15:42", "2023-08-24"),
    ("新华社新闻_新华网 ( ) • 2024-05-01 15:22", "2024-05-01"),
    # (a headline the page ran its stamp into is no stamp: the title ends before it)
    ("习近平作出重要指示 新华社2024-05-02 16:48关注", None),
    ("Published 2024/03/29 at 09:15 by the newsroom", "2024-03-29"),
    # (no clock time: a headline may open with a date)
    ("2024-12-03 Live: what we know", None),
    # (a sentence holding a date and a time is no stamp)
    ("On 2024-01-02 at 16:22 the police arrived at the scene of the crash", None),
    # (no such day; day or month first is not read here)
    ("2024-02-30 12:00", None), ("03/04/2024 12:00", None),
])
def test_stamps(line: str, date: str | None) -> None:
    assert stamp_date(line) == date


def test_a_stamp_among_the_opening_lines_dates_the_file_and_is_no_title() -> None:
    body = ("2023-08-25 07:43:49 来源:参考消息网 责任编辑:刘天霖\n"
            "海关总署:全面暂停进口日本水产品\n正文。")
    assert opening_date(body) == "2023-08-25"
    assert infer_title(body) == "海关总署:全面暂停进口日本水产品"


@pytest.mark.parametrize(("text", "title"), [
    ("资讯 创新 业界 数码 财经 电商 观点\n日本宣布启动核污水排海,外交部回应\n正文。",
     "日本宣布启动核污水排海,外交部回应"),
    ("参考消息网2023-08-25号报道\n商务部回应日本福岛核污染水排海\n正文。",
     "商务部回应日本福岛核污染水排海"),
    ("中新网8月24日电 据商务部网站消息,发言人表示坚决反对。",
     "据商务部网站消息,发言人表示坚决反对。"),
])
def test_a_chinese_pages_menu_credit_and_dateline_are_no_title(text: str, title: str) -> None:
    assert infer_title(text) == title


@pytest.mark.parametrize("headline", [
    "普京 访华 习近平 会谈",  # (four short words: no menu)
    "新华社记者报道",  # (no date: a headline's words)
])
def test_short_chinese_headlines_stay_titles(headline: str) -> None:
    assert infer_title(f"{headline}\n正文第一句。") == headline
