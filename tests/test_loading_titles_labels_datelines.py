"""Lines above a headline tester 60b found taken for titles: a desk's byline with its date and
time, a site widget's ticked link, a one-word section label in Chinese characters, a profile
box's entry and a photo's caption in Japanese, a dateline with its source's credit. Texts
written for these tests."""

from __future__ import annotations

import pytest

from viewer.loading import article_from_text

STORY_JA = ("市は4日、川の堤防が決壊し三つの村が浸水したと発表した。"
            "住民約200人が避難しているという。市は復旧作業を急いでいる。")
STORY_BN = "বুধবার ভোরে নদীর বাঁধ ভেঙে তিনটি গ্রাম প্লাবিত হয়েছে বলে জানিয়েছে প্রশাসন।"
HEADLINE_BN = "নদীর বাঁধ ভেঙে তিন গ্রাম প্লাবিত"


@pytest.mark.parametrize(("text", "title"), [
    # a desk's byline, the section and the page's date and time on one line
    (f"রবিবার । ডিসেম্বর ৭, ২০২৫\nনগর ডেস্ক জাতীয় ১৭ নভেম্বর ২০২৫, ৬:২৭ অপরাহ্ন\nশেয়ার\n\n"
     f"{HEADLINE_BN}\n\n{STORY_BN}\n", HEADLINE_BN),
    ("City Desk National 17 November 2025, 6:27 PM\n\nRiver floods three villages\n\n"
     "The river broke its banks overnight, officials said.\n", "River floods three villages"),
    # a site widget's link, ticked, between the page's dates and its headline
    (f"সোমবার, ১৭ নভেম্বর ২০২৫\n✔ টেক্সট কনভার্টার\n{HEADLINE_BN}\n\n{STORY_BN}\n",
     HEADLINE_BN),
    # a section's label of one Bengali word ("Headlines") above the headline
    (f"শিরোনাম\n{HEADLINE_BN}\n\n{STORY_BN}\n", HEADLINE_BN),
    # a section's label of two Chinese characters above the headline
    (f"特集\n\n堤防決壊で三つの村が浸水、住民200人避難\n\n{STORY_JA}\n",
     "堤防決壊で三つの村が浸水、住民200人避難"),
    # a profile box's entry and a photo's caption (its day and place) above the story
    (f"【地方自治体】人口約20万人の中核市。\n堤防を視察する市長(4日午前、川辺市)\n{STORY_JA}\n",
     STORY_JA),
    # a dateline and its source's credit
    ("الدوحة –خليج برس\nأدانت دولة قطر بأشد العبارات الهجوم الذي استهدف المدينة.\n",
     "أدانت دولة قطر بأشد العبارات الهجوم الذي استهدف المدينة."),
    ("Doha – Gulf Press\nQatar condemned the attack on the city in the strongest terms.\n",
     "Qatar condemned the attack on the city in the strongest terms."),
])
def test_bylines_widgets_labels_and_datelines_are_no_title(text: str, title: str) -> None:
    assert article_from_text("a", text).title == title


@pytest.mark.parametrize(("text", "title"), [
    # a headline that ran its date and time in stays the title
    ("River floods three villages near the city 17 November 2025, 6:27 PM\n\n"
     "The river broke its banks.\n",
     "River floods three villages near the city 17 November 2025, 6:27 PM"),
    # a short headline with a dash
    ("Gaza - ceasefire holds\n\nThe truce held overnight, officials said.\n",
     "Gaza - ceasefire holds"),
    ("Brexit - what next\n\nThe government lost another vote.\n", "Brexit - what next"),
    # a short Chinese headline above its story or its standfirst, and one opening with a label
    # in brackets
    (f"堤防決壊\n{STORY_JA}\n", "堤防決壊"),
    ("普京访华\n中俄元首举行会谈 签署联合声明\n正文。\n", "普京访华"),
    (f"【速報】堤防決壊で三つの村が浸水\n{STORY_JA}\n", "【速報】堤防決壊で三つの村が浸水"),
    # a headline opening with a bullet: a summary's first point
    ("• River floods three villages\n\nThe river broke its banks.\n",
     "River floods three villages"),
])
def test_headlines_like_them_stay_titles(text: str, title: str) -> None:
    assert article_from_text("a", text).title == title
