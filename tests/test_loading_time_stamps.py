"""A page's time stamp (a date written year first with its clock time and a few words of label)
dates the file and is no title: held-out pages in Korean and Chinese gave "입력 2024-01-02 16:22",
"2023-08-24 20:47:43来源:中国新闻网", "海关总署   2023-08-24 15:42" and were listed undated, one of
them titled by its stamp. So are a Chinese source's credit, a menu and an agency's dateline no
title."""

from __future__ import annotations

import pytest

from viewer.loading.headers import infer_title, opening_date
from viewer.loading.time_stamps import stamp_alone, stamp_date


@pytest.mark.parametrize(("line", "date", "alone"), [
    ("2024.01.03 12:50", "2024-01-03", True),
    ("입력 2024-01-02 16:22", "2024-01-02", True),
    ("수정 : 2024.01.03 12:50기사원문", "2024-01-03", True),
    ("유설희 기자 2024. 1. 2. 20:30", "2024-01-02", True),
    ("• 2023-08-24 15:49:41", "2023-08-24", True),
    ("2023-08-24 20:47:43来源:中国新闻网", "2023-08-24", True),
    ("2023-08-25 07:43:49 来源:参考消息网 责任编辑:刘天霖", "2023-08-25", True),
    ("海关总署   2023-08-24 15:42", "2023-08-24", True),
    ("新华社新闻_新华网 ( ) • 2024-05-01 15:22", "2024-05-01", True),
    ("Published 2024/03/29 at 09:15 by the newsroom", "2024-03-29", True),
    # (two stamps on a line, the first read; a Korean or Chinese clock; 年月日)
    ("입력 2024.01.02. 16:22 수정 2024.01.03. 12:50", "2024-01-02", True),
    ("Published: 2024-01-02 16:22 GMT | Updated: 2024-01-03 09:00 GMT", "2024-01-02", True),
    ("입력2024.01.02. 오후 4:22", "2024-01-02", True),
    ("2025년 07월 14일(월) 오후 3:05", "2025-07-14", True),
    ("2024年05月01日 15:22 来源：新华网", "2024-05-01", True),
    ("2024年1月2日 16時22分", "2024-01-02", True),
    ("发布时间：2024-05-01 15:22:33 来源：人民网-人民日报 分享到：", "2024-05-01", True),
    # (a headline the page ran its stamp into: dated, the headline kept)
    ("Quake hits Taiwan 2024-04-03 07:58", "2024-04-03", False),
    ("习近平作出重要指示 新华社2024-05-02 16:48关注", "2024-05-02", False),
    # (no clock time: a headline may open with a date)
    ("2024-12-03 Live: what we know", None, False),
    # (a sentence holding a date and a time is no stamp)
    ("On 2024-01-02 at 16:22 the police arrived at the scene of the crash", None, False),
    # (no such day; day or month first is not read here)
    ("2024-02-30 12:00", None, False), ("03/04/2024 12:00", None, False),
])
def test_stamps(line: str, date: str | None, alone: bool) -> None:
    assert stamp_date(line) == date
    assert stamp_alone(line) is alone


def test_a_headline_keeps_its_words_and_loses_its_stamp() -> None:
    assert infer_title("Quake hits Taiwan 2024-04-03 07:58\nThe quake struck.") == \
        "Quake hits Taiwan"
    assert opening_date("Quake hits Taiwan 2024-04-03 07:58\nThe quake struck.") == "2024-04-03"


def test_a_long_stamp_line_dates_the_file() -> None:
    assert opening_date("Headline of the day\nPublished 2024/03/29 at 09:15 by the newsroom\n"
                        "Text.") == "2024-03-29"


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
