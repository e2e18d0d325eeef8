"""Page furniture tester 60 found taken for titles in Japanese and Korean pages: a memo box's
labels, an agency's credit printed twice under "Published by", a breadcrumb trail in Japanese, a
numbered trail, a site's banner its footer repeats. Texts written for these tests."""

from __future__ import annotations

import pytest

from viewer.loading import article_from_text

STORY = ("市は4日、川の堤防が決壊し三つの村が浸水したと発表した。住民約200人が避難しているという。"
         "市は復旧作業を急いでいる。")


@pytest.mark.parametrize(("text", "title"), [
    # a memo box: its label, its limit, its status
    (f"メモ入力\n-最大400文字まで\n完了しました\n{STORY}\n", STORY),
    # an agency's credit under its label, its name printed twice
    (f"Published by\n共同通信\n共同通信\n{STORY}\n", STORY),
    # a trail in Japanese, alone on its line or ending with the page's title
    (f"市役所トップ > 防災・安全 > お知らせ\n堤防決壊について\n{STORY}\n", "堤防決壊について"),
    (f"市役所トップ > 防災・安全 > お知らせ > 堤防決壊について(令和6年8月8日)\n\n{STORY}\n",
     "堤防決壊について(令和6年8月8日)"),
    # a trail saved as a numbered list
    (f"1. トップ\n  2. 新着ニュース\n  3. 社会\n堤防決壊で三つの村が浸水\n{STORY}\n",
     "堤防決壊で三つの村が浸水"),
    # a site's banner, its name printed again in the page's footer
    ("강변 소식 - 2024년 실시간 업데이트\n제방 붕괴로 세 마을 침수\n"
     "시는 4일 제방이 무너져 세 마을이 침수됐다고 밝혔다.\n주민 200명이 대피했다.\n"
     "강변 소식 - 최고의 지역 뉴스\n강변 소식 - \n",
     "제방 붕괴로 세 마을 침수"),
    # a credit printed twice in English
    ("Some Wire\nSome Wire\nRiver floods three villages\n\nThe river broke its banks.\n",
     "River floods three villages"),
    # an advertisement's shortcode, printed twice (no headline printed twice)
    ('[adning id="4711"]\n[adning id="4711"]\nRiver floods three villages\n\nThe river broke.\n',
     "River floods three villages"),
    # a credit printed twice under its label, above the story
    (f"Published by\n河北新報\n河北新報\n{STORY}\n", STORY),
    # a Bengali date line with its weekday
    ("সোমবার, ১৭ নভেম্বর ২০২৫\nনদীর বাঁধ ভেঙে তিন গ্রাম প্লাবিত\n\nবুধবার ভোরে বাঁধ ভেঙেছে।\n",
     "নদীর বাঁধ ভেঙে তিন গ্রাম প্লাবিত"),
    # a Thai date line with the era's mark
    ("วันพุธที่ 14 สิงหาคม พ.ศ. 2567\nน้ำท่วมสามหมู่บ้าน\n\nแม่น้ำล้นตลิ่งเมื่อคืนนี้\n", "น้ำท่วมสามหมู่บ้าน"),
])
def test_a_pages_furniture_in_any_script_is_no_title(text: str, title: str) -> None:
    assert article_from_text("a", text).title == title


@pytest.mark.parametrize(("text", "title"), [
    # a headline printed twice stays the title
    ("River floods three villages near the city\nRiver floods three villages near the city\n\n"
     "The river broke its banks.\n", "River floods three villages near the city"),
    # ... a short one too (a page's og:title, then its h1), in any script: nothing marks it a
    # credit (reviewer: "Brexit chaos" and a Japanese headline were lost)
    ("Brexit chaos\nBrexit chaos\n\nThe government lost another vote.\n", "Brexit chaos"),
    (f"堤防決壊から1年、被災地の今\n堤防決壊から1年、被災地の今\n{STORY}\n",
     "堤防決壊から1年、被災地の今"),
    ("长江洪水致三村被淹\n长江洪水致三村被淹\n据报道，长江中游连日暴雨，三个村庄被洪水淹没。\n",
     "长江洪水致三村被淹"),
    # a headline with a dash whose words the footer does not repeat
    ("Floods - what we know\n\nThe river broke its banks.\nMore news - sport\n",
     "Floods - what we know"),
    # a headline quoting a trail's separator
    ("Inflation > 5% in March\n\nPrices rose.\n", "Inflation > 5% in March"),
])
def test_headlines_like_them_stay_titles(text: str, title: str) -> None:
    assert article_from_text("a", text).title == title


COAST = ("The storm brought down power lines across the county overnight, officials said.\n"
         "Crews worked through the night.\n")


@pytest.mark.parametrize(("text", "title"), [
    # a footer's link opening with the headline's words: no site's name
    (f"Gaza - ceasefire holds\n\n{COAST}Gaza - earlier coverage\n", "Gaza - ceasefire holds"),
    # the site's name before the headline, the footer's copyright naming it: the headline
    (f"Storm Watch - Storm hits coast\n\n{COAST}Storm Watch - all rights reserved\n",
     "Storm hits coast"),
    # the site's motto the footer prints again whole, over the story
    (f"Storm Watch - live updates\n\n{COAST}Storm Watch - live updates\n",
     "The storm brought down power lines across the county overnight, officials said."),
    # over a standfirst in Title Case, footer links opening with the headline's words, no
    # copyright there and the line not repeated whole: the headline
    ("Gaza - ceasefire holds\nIsrael and Hamas Agree to Extend the Truce by Two Days\n\n"
     f"{COAST}Related\nGaza - earlier coverage\nGaza - live updates\n",
     "Gaza - ceasefire holds"),
    # ... the site's name with an empty motto there: its banner, over the headline
    ("Storm Watch - live updates\nIsrael and Hamas Agree to Extend the Truce by Two Days\n\n"
     f"{COAST}Storm Watch - sport\nStorm Watch - \n",
     "Israel and Hamas Agree to Extend the Truce by Two Days"),
    # ... its copyright there: its banner, over the headline
    ("Storm Watch - live updates\nIsrael and Hamas Agree to Extend the Truce by Two Days\n\n"
     f"{COAST}Storm Watch - sport\n© Storm Watch 2024\nStorm Watch - all rights reserved\n",
     "Israel and Hamas Agree to Extend the Truce by Two Days"),
])
def test_a_line_is_a_sites_banner_only_where_the_footer_says_it_is_the_sites(
        text: str, title: str) -> None:
    """Reviewer: a headline whose first words opened a footer line ("Gaza - earlier coverage",
    "Storm Watch - all rights reserved") was taken for the site's banner and lost."""
    assert article_from_text("a", text).title == title


def test_a_byline_stamp_with_a_month_name_dates_the_page_under_a_banner() -> None:
    """A Bengali page's banner "রবিবার । ডিসেম্বর ৭, ২০২৫" (the day it was saved) over its desk's
    stamp "... ১৭ নভেম্বর ২০২৫, ৬:২৭ অপরাহ্ন": dated by the stamp."""
    text = ("রবিবার । ডিসেম্বর ৭, ২০২৫\nডেস্ক রিপোর্ট জাতীয় ১৭ নভেম্বর ২০২৫, ৬:২৭ অপরাহ্ন\n"
            "নদীর বাঁধ ভেঙে তিন গ্রাম প্লাবিত\n\nবুধবার ভোরে বাঁধ ভেঙেছে।\n")
    assert article_from_text("a", text).date == "2025-11-17"
