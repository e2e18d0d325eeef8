"""What a saved page without a metadata header opens with: a line that is a date alone dates it;
an ordinal date is furniture, never its "st" or "th" a word of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.loading.headers import infer_title

from .loading_helpers import only_article, write


def test_a_date_line_among_the_opening_lines_dates_a_file_without_a_header(
        tmp_path: Path) -> None:
    """A tester's saved pages gave their date on a line of its own ("December 16th, 2024" above
    the headline, "2024-12-03 22:59" under it), and the Date column stayed empty; a date in a
    sentence, or further down, dates nothing."""
    write(tmp_path, "a.txt", "December 16th, 2024\n\nWow! This is going to hurt.\n\n"
                              "In her letter she wrote many things.")
    assert only_article(tmp_path / "a.txt").date == "2024-12-16"
    write(tmp_path, "b.txt", "Yoon declares martial law\n\n2024-12-03 22:59\n\nThe president "
                              "spoke late at night.")
    assert only_article(tmp_path / "b.txt").date == "2024-12-03"
    write(tmp_path, "c.txt", "A headline\n\nOn December 16, 2024 she resigned.\n\nMore.")
    assert only_article(tmp_path / "c.txt").date is None
    write(tmp_path, "e.txt", "2024-12-03 Live: what we know\n\nThe president spoke late.")
    assert only_article(tmp_path / "e.txt").date is None  # (a headline opening with a date)
    write(tmp_path, "d.txt", "date: 2020-01-08\n\nA headline\n\nDecember 16th, 2024\n\nText.")
    assert only_article(tmp_path / "d.txt").date == "2020-01-08"  # (the header's date wins)


def test_st_opening_a_headline_with_a_time_is_no_date_word() -> None:
    """An ordinal's ending counts as part of its number ("December 16th, 2024" is a date line),
    never as a word of its own: "St Patrick's Day parade 10:30" stays the title."""
    body = "St Patrick's Day parade 10:30\n\nThe parade began."
    assert infer_title(body) == "St Patrick's Day parade 10:30"


def test_a_time_as_french_and_portuguese_pages_write_it_is_no_title() -> None:
    """A live page's first line "12h07" (a time, as French and Portuguese write it) named the
    article in the list; a headline holding such a time is still one."""
    assert infer_title("12h07\n\nO PSD convoca uma reunião de urgência.") == (
        "O PSD convoca uma reunião de urgência.")
    assert infer_title("Le 5 septembre à 15h30\nBarnier nommé Premier ministre") == (
        "Barnier nommé Premier ministre")
    assert infer_title("Ouverture à 9h30 du Salon du livre\nLe salon ouvre demain.") == (
        "Ouverture à 9h30 du Salon du livre")


def test_a_site_name_left_without_its_headline_is_no_title() -> None:
    """A newcomer's BBC excerpt had lost its headline and opened with what followed it in the
    page's title: it was listed as "- BBC News". "Published" above the date is no title
    either; a headline with a dash in it still is."""
    body = ("- BBC News\n\nPublished\n21 August 2023\n\nLucy Letby has been sentenced to a "
            "whole-life order.\n")
    assert infer_title(body) == "Lucy Letby has been sentenced to a whole-life order."
    for line in ("| The Guardian", "Home | BBC News", "— Le Monde"):
        assert infer_title(f"{line}\n\nThe parade began.") == "The parade began."
    for headline in ("Biden - Trump debate", "- Letby guilty of murders", "Published"):
        # (a headline opening with a dash keeps its words, the dash read as a list's mark)
        assert infer_title(f"{headline}\n\nThe parade began.") == headline.removeprefix("- ")


def test_a_pages_controls_and_a_gallerys_caption_are_no_title() -> None:
    """Saved news pages on a new held-out set were listed as "Skip to Content" (a CNN story's
    skip link) and "1 of 2 | Former FTX chief executive ..." (a UPI gallery's caption, with
    "License Photo" under it); and a title cut at a capitalised abbreviation read "Nov."."""
    assert infer_title("Skip to Content\n\nHolmes found guilty on four charges\n\nBy Sara, "
                       "CNN\n") == "Holmes found guilty on four charges"
    caption = ("1 of 2 | Former FTX chief executive Sam Bankman-Fried arrives for arraignment "
               "proceedings at the Manhattan Federal Court in New York City on January 3. File "
               "photo by John Angelillo/UPI |")
    body = ("Nov. 2 (UPI) -- FTX founder Sam Bankman-Fried has been found guilty. He faces "
            "decades in prison after a month-long trial in which the jury heard from his "
            "former colleagues and friends.")
    assert infer_title(f"{caption}\nLicense Photo\n{body}\n") == (
        "FTX founder Sam Bankman-Fried has been found guilty.")
    assert infer_title("Zum Inhalt springen\n\nFriedrich tritt zurück\n\nText.") == (
        "Friedrich tritt zurück")


@pytest.mark.parametrize("opening", [
    "Last updated:\n| 2 min read\nListen to Article\n00:00 /\n00:00\n",
    "[ad_1]\nSave\n",
    "https://www.faz.net/-gpf-7meiv\n",
    "Katy Balls Katy Balls\n",
    "zur Navigation springen\nNeue Artikel\n",
    "Menú Buscar\n",
    # a tester's titles: a picture's copyright, a newsletter's offer, a count, a skip link
    "© Douglas Magno/AFP\n",
    "A Newsletter As Mais Lidas no seu e-mail\n",
    "Sign up to our free US news bulletin sent out every weekday morning\n",
    "440\n",
    "본문 바로가기\n본문\n",
])
def test_more_of_a_pages_furniture_is_no_title(opening: str) -> None:
    """Titles a new held-out set's saved pages were listed by: a reading time and an audio
    player's clock, a placeholder in square brackets, a web address, a byline naming its author
    twice, a page's menu and skip links. Up to six such lines are passed over."""
    assert infer_title(f"{opening}Sentencing is scheduled for March 28.\n\nMore text.") == (
        "Sentencing is scheduled for March 28.")


@pytest.mark.parametrize(("line", "title"), [
    ("NEW YORK — Sam Bankman-Fried must spend 25 years in prison.",
     "Sam Bankman-Fried must spend 25 years in prison."),
    ("MADRID.- El ministro presentó hoy su renuncia.", "El ministro presentó hoy su renuncia."),
    ("Berlin (dpa) - Der Minister ist zurückgetreten.", "Der Minister ist zurückgetreten."),
    ("WASHINGTON (AP) — The Senate voted.", "The Senate voted."),
    ("COVID-19 — cases rise in the north", "COVID-19 — cases rise in the north"),
    ("EU–US trade deal signed", "EU–US trade deal signed"),
])
def test_a_wire_storys_dateline_opening_the_first_paragraph_is_no_part_of_its_title(
        line: str, title: str) -> None:
    """Articles with no headline of their own were listed by their first paragraph, dateline
    and all: "NEW YORK — Sam Bankman-Fried must spend ...", "MADRID.- El ministro ..."."""
    assert infer_title(f"{line}\n\nMore text.") == title


@pytest.mark.parametrize("headline", [
    "Thousands sign up for vaccine trial", "Newsround: the week in pictures",
    "Brexit", "2024: the year in review"])
def test_a_headline_with_a_furniture_word_is_still_the_title(headline: str) -> None:
    assert infer_title(f"{headline}\n\nThe parade began.") == headline


@pytest.mark.parametrize(("text", "title"), [
    ("date 2023-06 © Douglas Magno/AFP\nO ex-Presidente disse que levou uma facada.\n",
     "O ex-Presidente disse que levou uma facada."),
    ("date 2024-03-29 What happened\n\nA federal judge sentenced him to 25 years.\n",
     "A federal judge sentenced him to 25 years."),
    ("date 2023-03-03 Judge sentences Murdaugh to life\n\nText.\n",
     "Judge sentences Murdaugh to life"),
    ("Foto: Sem van der Wal/ANP\nAsscher legt het lijsttrekkerschap neer\n\nText.\n",
     "Asscher legt het lijsttrekkerschap neer"),
    ("Anzeige\nZschäpe zu lebenslanger Haft verurteilt\n\nText.\n",
     "Zschäpe zu lebenslanger Haft verurteilt"),
    ("Follow us on Image Source : PTI/FILE Prime Minister Narendra Modi\nModi reacts to the "
     "accident\n\nText.\n", "Modi reacts to the accident"),
    ("US Morning Headlines email {{ #verifyErrors }} {{ message }}\nMurdaugh gets life\n\nT.\n",
     "Murdaugh gets life"),
])
def test_a_pages_date_field_and_more_furniture_are_no_title(text: str, title: str) -> None:
    """The stored pages of the held-out sets open with their date ("date 2023-06 ") on the
    headline's line; the header takes the date, and what follows it on that line may be a
    page's furniture (a picture's copyright) or, in two words or fewer, a section's label.
    Read as the window reads a file (`article_from_text`)."""
    from viewer.loading import article_from_text

    assert article_from_text("a", text).title == title


@pytest.mark.parametrize(("text", "title"), [
    ("BELO HORIZONTE, MG (FOLHAPRESS) - Bolsonaro disse que recorrerá.\n\nText.\n",
     "Bolsonaro disse que recorrerá."),
    ("LOS ANGELES, Calif. (AP) — The actor died on Sunday.\n\nText.\n",
     "The actor died on Sunday."),
    ("Cristian Reino Jueves, 22 de febrero de 2024\nEl Gobierno aprueba la ley\n\nText.\n",
     "El Gobierno aprueba la ley"),
    ("Deze inhoud kan helaas niet worden getoond\nAsscher stapt op\n\nText.\n",
     "Asscher stapt op"),
    ("This content cannot be shown\nAsscher quits\n\nText.\n", "Asscher quits"),
    ("This content is not available in your region\nAsscher quits\n\nText.\n",
     "Asscher quits"),
    ("Osaka: 'Best thing' is my withdrawalUpdated 1 June 2021\n\nText.\n",
     "Osaka: 'Best thing' is my withdrawal"),
])
def test_a_state_in_a_dateline_a_byline_beside_its_date_and_an_embeds_placeholder_are_no_title(
        text: str, title: str) -> None:
    """Titles a tester read in session 48's held-out sets: a dateline naming the state before
    the agency, an author's name on the date's line, the placeholder of a post the page could
    not show, a time stamp run into the headline."""
    assert infer_title(text) == title


@pytest.mark.parametrize("headline", [
    "Trump Wins Iowa January 15", "ROME, Italy — a city waits", "Updated guidance issued",
    "This content creator is not happy"])
def test_headlines_like_that_furniture_stay_titles(headline: str) -> None:
    """A headline naming a day without a year is no byline's date; a headline opening with
    "Updated" has nothing before it."""
    assert infer_title(f"{headline}\n\nThe parade began.") == headline


@pytest.mark.parametrize(("text", "title"), [
    ("您所在的位置:康巴传媒网 >> 新闻 >> 党政要闻 >> 浏览文章\n\n习近平作出重要指示\n\n正文。\n",
     "习近平作出重要指示"),
    ("Logo Epoch Times\n« Il a toujours servi la France »\n\nTexte.\n",
     "« Il a toujours servi la France »"),
    ("Deel dit artikel: Share App Mail Pin\nWat gebeurt er na exit PVV?\n\nTekst.\n",
     "Wat gebeurt er na exit PVV?"),
    ("发新帖\n梅大高速一路段发生塌方\n\n正文。\n", "梅大高速一路段发生塌方"),
    ("来源:都市快报\n梅大高速一路段发生塌方\n\n正文。\n", "梅大高速一路段发生塌方"),
    ("第01版:要闻\n梅大高速一路段发生塌方\n\n正文。\n", "梅大高速一路段发生塌方"),
    ("原标题:已致48人遇难!刚刚,发布会现场默哀\n\n正文。\n", "已致48人遇难!刚刚,发布会现场默哀"),
    ("Meta will lay off more than 11,000 of its staff. (Photo: AFP)\n\nText.\n",
     "Meta will lay off more than 11,000 of its staff."),
    ("习近平作出重要指示 新华社2024-05-02 16:48关注\n\n正文。\n", "习近平作出重要指示"),
    ("NECROLOGIE: Giscard est mort Rédigé par leral.net le 3 Décembre 2020\n\nTexte.\n",
     "NECROLOGIE: Giscard est mort"),
])
def test_more_furniture_of_chinese_dutch_and_french_pages_is_no_title(text: str, title: str
                                                                       ) -> None:
    """Titles session 49's held-out pages were listed by: where the page says the reader is,
    a logo's caption, a share bar, a forum's and a picture's labels, a printed paper's page, a
    reprint's "original title" label, a picture's credit, and the source, time or byline a page
    prints on the headline's line."""
    assert infer_title(text) == title


@pytest.mark.parametrize("headline", [
    "Logo redesign divides fans of the club", "Share prices fall in Tokyo",
    "Photo finish at Ascot", "来源不明的包裹引发恐慌"])
def test_headlines_opening_with_those_words_stay_titles(headline: str) -> None:
    assert infer_title(f"{headline}\n\nThe parade began.") == headline


@pytest.mark.parametrize(("line", "date"), [
    ("16.01.2023, 16:50 Uhr", "2023-01-16"), ("时间:2024/5/2", "2024-05-02"),
    ("2024年05月03日 08:15", "2024-05-03"), ("Wednesday, Nov 09, 2022", "2022-11-09"),
    ("Published: 12.3.2024", "2024-03-12"), ("05/02/2024", None), ("31.02.2024", None),
    # (session 58's tester: the page's next field after the date, a paper's name before it)
    ("时间:2024/5/2 发布者:杜海全", "2024-05-02"),
    ("Date: 12.3.2024 Author: Ana Ruiz", "2024-03-12"),
    ("人民日报 2024年05月03日 星期五", "2024-05-03"), ("Police said 12.3.2024 was the day", None),
])
def test_a_date_line_in_digits_or_after_a_weekday_dates_the_file(line: str, date: str | None
                                                                  ) -> None:
    """Session 49's pages left the Date column empty for date lines a tester read plainly: a
    German one with its time, Chinese ones with a label or 年月日, an English one after its
    weekday. Month first ("05/02/2024") may be either order: no date."""
    from viewer.loading import article_from_text

    assert article_from_text("a", f"A headline\n\n{line}\n\nThe text.").date == date


@pytest.mark.parametrize(("line", "title"), [
    ("MANCHESTER, England, Feb 14 (Reuters) - Manchester City have been banned.",
     "Manchester City have been banned."),
    ("Berlin/Ulm (dpa) - Es ist ein Abschied voller Bitterkeit.",
     "Es ist ein Abschied voller Bitterkeit."),
    ("Soccer-Man City banned from European competition",
     "Man City banned from European competition"),
    ("UPDATE 2-Meta cuts 11,000 jobs", "Meta cuts 11,000 jobs"),
    ("Football-mad town celebrates", "Football-mad town celebrates"),
])
def test_a_wire_dateline_with_its_date_and_a_wire_slug_are_no_part_of_the_title(
        line: str, title: str) -> None:
    """A tester read Reuters' and dpa's datelines with commas, a date or two places in titles,
    and Reuters' sports slug ("Soccer-"); a word joined by a hyphen stays ("Football-mad")."""
    assert infer_title(f"{line}\n\nMore text.") == title


def test_a_sites_menu_of_sections_is_no_title() -> None:
    """A Bengali page opened with its site's title, "Sarabangla | Breaking News | Sports |
    Entertainment", which named the article (session 58's tester); a headline with a site's
    name after one bar stays the title."""
    assert infer_title("Sarabangla | Breaking News | Sports | Entertainment\n\nহাসিনা-কামালকে "
                       "ফেরত পাঠাতে ভারতের প্রতি বাংলাদেশের আহ্বান\n\nText.") == (
        "হাসিনা-কামালকে ফেরত পাঠাতে ভারতের প্রতি বাংলাদেশের আহ্বান")
    assert infer_title("Storm hits coast | BBC News\n\nThe storm came.") == (
        "Storm hits coast | BBC News")
