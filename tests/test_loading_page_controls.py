"""Saved pages' controls, captions and site names above the headline are no title: held-out
real pages were listed as "Skip to main contentSkip to footer", "(Image: Private Media)",
"Table of Contents", "EFEMadrid", "财新传媒" and "2025년 07월 14일(월)"."""

from __future__ import annotations

import pytest

from viewer.loading.headers import infer_title, opening_date
from viewer.loading.page_controls import is_page_control


@pytest.mark.parametrize(("text", "title"), [
    # (two controls run together where the saved text lost the break between them)
    ("Skip to main contentSkip to footer\n\nLos pasos del Rey desde que tuvo conocimiento\n\n"
     "El comunicado de la Casa Real detalla los movimientos.", "Los pasos del Rey desde que "
                                                               "tuvo conocimiento"),
    ("Table of Contents\nBruno Retailleau réagit au meurtre\nLe ministre a exprimé son "
     "indignation.", "Bruno Retailleau réagit au meurtre"),
    # (a picture's caption or credit, all in one parenthesis, above the story's lead)
    ("(Image: Private Media)\nJames Allsop, chief justice of the Federal Court, did his best. "
     "He spoke.", "James Allsop, chief justice of the Federal Court, did his best. He spoke."),
    ("(资料图)\n海关总署公告2023年第103号\n为全面防范日本福岛核污染水排海。",
     "海关总署公告2023年第103号"),
    ("banner913\nbanner932\nFaruk Koca istifa etti\nMaçın sonunda hakem saldırıya uğradı.",
     "Faruk Koca istifa etti"),
    # (a picture's caption run into its credit)
    ("felipe getty© Getty Images\nLos pasos del Rey\nEl comunicado detalla los movimientos.",
     "Los pasos del Rey"),
    # (an agency's credit run into its place)
    ("EFEMadrid\nLa infanta Cristina ha decidido interrumpir su relación. Lo dijo hoy.",
     "La infanta Cristina ha decidido interrumpir su relación. Lo dijo hoy."),
    # (a site's or section's name in a script without spaces, above a headline)
    ("财新传媒\n公安部回应唐山烧烤店打人事件:一定会彻底查清全案\n2022年07月25日 11:29\n"
     "唐山烧烤店打人事件引发社会广泛关注。",
     "公安部回应唐山烧烤店打人事件:一定会彻底查清全案"),
    ("共同通信\n中居正広さんが芸能界を引退すると発表\n本文です。",
     "中居正広さんが芸能界を引退すると発表"),
    # (a picture's caption ending with its credit; a credit after a Korean headline)
    ("Sportdirektor Völler vertraut nicht mehr auf Flick. Foto: dpa/Arne Dedert\n"
     "Flick ist nicht mehr Bundestrainer\nDer Fußball liegt am Boden.",
     "Flick ist nicht mehr Bundestrainer"),
    ("배현진, 피습 당해 병원으로 옮겨져(사진=배현진의원실)\n국민의힘 의원이 가격 당했다.",
     "배현진, 피습 당해 병원으로 옮겨져"),
    # (a Korean date line with its weekday)
    ("2025년 07월 14일(월)\n\"배현진 의원이죠?\" 돌로 머리 내리친 중학생\n"
     "국민의힘 의원이 가격 당했다.",
     "\"배현진 의원이죠?\" 돌로 머리 내리친 중학생"),
])
def test_a_pages_controls_captions_and_names_are_no_title(text: str, title: str) -> None:
    assert infer_title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # (a short headline above a page's number and date stays the title)
    ("听 海哭的声音\n版次:001 2023年08月25日\n日方所作所为是将风险转嫁给全世界。", "听 海哭的声音"),
    # (a short headline in a script without spaces above its story's lead)
    ("普京访华\n俄罗斯总统普京于今天抵达北京，开始为期两天的国事访问。", "普京访华"),
    # (a headline with a parenthesis in it, or a short headline above a paragraph)
    ("Brady retires (again)\nTom Brady said on Wednesday he would retire.",
     "Brady retires (again)"),
    ("Lemondott Novák Katalin\nA köztársasági elnök bejelentette lemondását.",
     "Lemondott Novák Katalin"),
    ("AP names new editor\nThe Associated Press named a new editor on Monday.",
     "AP names new editor"),
])
def test_headlines_like_those_stay_titles(text: str, title: str) -> None:
    assert infer_title(text) == title


def test_a_korean_date_line_dates_the_page() -> None:
    assert opening_date("2025년 07월 14일(월)\n헤드라인\n본문.") == "2025-07-14"
    assert opening_date("2025년 7월 4일\n헤드라인\n본문.") == "2025-07-04"


@pytest.mark.parametrize(("line", "control"), [
    ("Skip to main contentSkip to footer", True), ("Skip to main content", True),
    ("(crédito: Instagram/Reprodução)", True), ("Table of Contents", True),
    ("Skip the queue: how to renew a passport", False), ("Contents of the letter revealed", False),
    ("The (not so) quiet American", False),
])
def test_page_controls(line: str, control: bool) -> None:
    assert is_page_control(line) is control


@pytest.mark.parametrize(("text", "title"), [
    # (Korean spaces its words: a headline of short words is no menu)
    ("배현진 의원 피습 중학생 체포\n국민의힘 배현진 의원이 25일 피습당했다.",
     "배현진 의원 피습 중학생 체포"),
    ("윤 대통령 오늘 국회 시정연설\n본문입니다.", "윤 대통령 오늘 국회 시정연설"),
    ("习近平 会见 美国 国务卿 布林肯\n正文。", "习近平 会见 美国 国务卿 布林肯"),
    # (a short CJK headline above a deck or a lead not ended by "。" is no site's name)
    ("普京访华\n中俄元首举行会谈 签署联合声明\n正文。", "普京访华"),
    ("新元号は令和\n菅官房長官は「新しい元号は令和であります」と発表した\n本文",
     "新元号は令和"),
    # (a picture credit after a CJK headline, its label joined to what follows)
    ("海关总署全面暂停进口日本水产品（图片来源：新华社）\n正文。",
     "海关总署全面暂停进口日本水产品"),
    ("배현진 피습(사진제공=배현진의원실)\n본문.", "배현진 피습"),
    ("写真家の個展(写真集も)\n本文", "写真家の個展(写真集も)"),
])
def test_cjk_headlines_like_furniture_stay_titles(text: str, title: str) -> None:
    assert infer_title(text) == title


@pytest.mark.parametrize("menu", ["뉴스홈 경제 정치 연예 스포츠", "首页 新闻 财经 体育 娱乐",
                                  "资讯 创新 业界 数码 财经 电商 观点"])
def test_a_sites_menu_is_no_title(menu: str) -> None:
    assert infer_title(f"{menu}\n이선균 측 \"비통하고 참담한 심정\"\n본문.") == \
        "이선균 측 \"비통하고 참담한 심정\""


@pytest.mark.parametrize(("line", "date"), [
    ("2025년 7월 14일 월요일", "2025-07-14"), ("2025년 07월 14일(월) 오후 3:05", "2025-07-14"),
    ("2024年5月1日 星期三", "2024-05-01")])
def test_korean_and_chinese_date_lines_date_the_file(line: str, date: str) -> None:
    assert opening_date(f"{line}\n헤드라인입니다\n본문.") == date


HEADLINE = "Westmere council votes to close the old harbour bridge"
STORY = ("The council of Westmere voted on Tuesday to close the old harbour bridge to cars. Its "
         "engineers had warned that the bridge could not carry them much longer.")


# Tester (session 59): a held-out page saved with the banner its site prints over old stories
# was titled "This article is more than 1 year old".
@pytest.mark.parametrize("banner", [
    "This article is more than 1 year old", "This article is more than 5 years old",
    "This story is over 2 years old", "This content is more than a year old.",
    "This article was published more than 3 months ago"])
def test_a_banner_stating_the_articles_age_is_no_title(banner: str) -> None:
    assert is_page_control(banner)
    assert infer_title(f"{banner}\n\n{HEADLINE}\n\n{STORY}") == HEADLINE


@pytest.mark.parametrize("headline", [
    "Tortoise in Westmere zoo is more than 190 years old",
    "This bridge is more than 100 years old, and it shows",
    "Article 5 is more than a year old for the new members"])
def test_headlines_about_something_elses_age_stay_titles(headline: str) -> None:
    assert not is_page_control(headline)
    assert infer_title(f"{headline}\n\n{STORY}") == headline
