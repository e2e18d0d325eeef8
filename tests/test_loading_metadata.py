"""Loading rules: folders and ids, metadata headers and titles, HTML extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.loading import load_paths
from viewer.loading.headers import clean_title, infer_title, normalize_date

from .loading_helpers import BODY, only_article, only_problem, write

# ---------------------------------------------------------------------------------------------
# Folders, extensions and ids


def test_folder_loads_article_files_sorted_by_name_ignoring_others(tmp_path: Path) -> None:
    for name in ["b.md", "a.txt", "c.html", "d.htm", "skip.json", "skip.png", ".hidden.txt"]:
        write(tmp_path, name, f"<p>{BODY}</p>" if "htm" in name else BODY)
    (tmp_path / "sub.txt").mkdir()
    report = load_paths([tmp_path])
    assert report.problems == ()
    assert [a.id for a in report.articles] == ["a", "b", "c", "d"]


def test_uppercase_extensions_count(tmp_path: Path) -> None:
    write(tmp_path, "LOUD.TXT", BODY)
    assert [a.id for a in load_paths([tmp_path]).articles] == ["LOUD"]


def test_explicit_unknown_extension_is_tried_as_text(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "wire.story", BODY))
    assert article.text == BODY and article.id == "wire"


def test_explicit_unknown_binary_is_reported(tmp_path: Path) -> None:
    assert "binary" in only_problem(write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0" * 50)).reason


def test_duplicate_names_in_two_folders_get_unique_ids(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    write(first, "story.txt", BODY)
    write(second, "story.txt", BODY + "More.\n")
    write(second, "story.md", BODY + "Markdown.\n")
    report = load_paths([first, second])
    assert [a.id for a in report.articles] == ["story", "story-2", "story-3"]


def test_ids_avoid_taken_ids(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", BODY)
    report = load_paths([path], taken_ids={"story", "story-2"})
    assert [a.id for a in report.articles] == ["story-3"]


def test_same_file_twice_loads_once(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", BODY)
    assert len(load_paths([path, tmp_path, path]).articles) == 1


# ---------------------------------------------------------------------------------------------
# Metadata headers and titles


def test_front_matter_is_metadata_hidden_by_body_start(tmp_path: Path) -> None:
    header = (
        "---\ntitle: \"Missiles hit bases\"\nsource: Wire Service\nurl: https://example.org/a\n"
        "date: 2020-01-08T10:00:00Z\nauthor: Jane Doe\ntags: [iran]\n---\n\n"
    )
    article = only_article(write(tmp_path, "fm.md", header + BODY))
    assert article.text == header + BODY
    assert article.body == BODY
    assert (article.title, article.source, article.url, article.date, article.author) == (
        "Missiles hit bases", "Wire Service", "https://example.org/a", "2020-01-08", "Jane Doe"
    )


def test_unclosed_front_matter_is_body_text(tmp_path: Path) -> None:
    text = "---\n" + BODY
    article = only_article(write(tmp_path, "rule.md", text))
    assert article.body_start == 0 and article.source is None


def test_title_header_lines(tmp_path: Path) -> None:
    header = "Title: Strike on Ain al-Asad\nSource: The Daily\nDate: 8 January 2020\n\n"
    article = only_article(write(tmp_path, "head.txt", header + BODY))
    assert article.body_start == len(header)
    assert article.title == "Strike on Ain al-Asad"
    assert article.source == "The Daily"
    assert article.date == "2020-01-08"


def test_a_colon_line_that_is_not_a_known_key_is_body(tmp_path: Path) -> None:
    text = "Update: the Pentagon has confirmed the attack.\n" + BODY
    article = only_article(write(tmp_path, "update.txt", text))
    assert article.body_start == 0
    assert article.title == "Update: the Pentagon has confirmed the attack."


def test_leading_date_token(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "dated.txt", "date 2021-03-04\n" + BODY))
    assert article.date == "2021-03-04"
    assert article.body == BODY


def test_invalid_date_token_is_body(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "dated.txt", "date 2021-13-45 " + BODY))
    assert article.date is None and article.body_start == 0


def test_title_inferred_from_first_line_without_metadata(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "plain.txt", "A short headline\n\n" + BODY))
    assert article.title == "A short headline"
    assert article.source is None and article.date is None


def test_long_first_line_gives_first_sentence_trimmed() -> None:
    body = ("The U.S. military said that " + "many words " * 30 + "ended. Second sentence.")
    title = infer_title(body)
    assert len(title) <= 101 and title.endswith("…")
    assert title.startswith("The U.S. military said")
    assert not title[:-1].endswith(" ")


def test_first_sentence_kept_when_short() -> None:
    body = "Iran fired missiles. " + "Then a long paragraph follows " * 10
    assert infer_title(body) == "Iran fired missiles."


@pytest.mark.parametrize("abbreviation", ["ds.", "ul.", "vs."])
def test_a_title_is_not_cut_at_a_short_abbreviation(abbreviation: str) -> None:
    """A long first line is cut at its first sentence's end, but not at the full stop of an
    abbreviation in lower case ("Dotychczasowy minister ds. Unii Europejskiej ..."): a title
    ending in an abbreviation misleads; one going on is trimmed at a word boundary anyway."""
    body = (f"Dotychczasowy minister {abbreviation} Unii Europejskiej Adam Szłapka został nowym "
            "rzecznikiem rządu, ogłosił premier Donald Tusk na konferencji prasowej w Warszawie. "
            "Dalszy ciąg.")
    title = infer_title(body)
    assert not title.endswith(abbreviation)
    assert title.startswith(f"Dotychczasowy minister {abbreviation} Unii")


def test_a_title_trimmed_right_after_a_sentence_end_gets_no_ellipsis() -> None:
    """A first line no sentence end is found in (the next sentence opens with a Cyrillic
    capital) is trimmed at the last word boundary before TITLE_MAX_CHARS; where that falls right
    after a full stop, the title is that sentence whole, no "…" after its stop."""
    body = ("Мэр города Варров Илья Кузнецов прокомментировал сообщения о наводнении в северных "
            "районах области. Он сказал, что помощь уже в пути.")
    assert infer_title(body) == ("Мэр города Варров Илья Кузнецов прокомментировал сообщения о "
                                 "наводнении в северных районах области.")
    assert infer_title(body.replace("области. Он", "области, и он")).endswith("…")



@pytest.mark.parametrize("dateline", ["25.11.2020 - 13:51 | Deportes", "Updated 10:31 AM EST",
                                      "2020-11-25"])
def test_a_dateline_before_the_headline_is_not_the_title(dateline: str) -> None:
    body = f"{dateline}\n\nAFA despide a Maradona\n\nLa Asociación del Fútbol Argentino ..."
    assert infer_title(body) == "AFA despide a Maradona"


@pytest.mark.parametrize("furniture", [
    "8 minutes ago", "vor 3 Stunden", "Connect with us", "Bitte aktivieren Sie Javascript",
    "Please enable JavaScript to view this page", "Image Source : AP Scotland first minister",
    "Mannheim (dpa).", "【中居正広の引退報告文を見る】"])
def test_posting_times_requests_and_datelines_above_an_article_are_not_its_title(
        furniture: str) -> None:
    # Tester (session 53): the held-out pages gave titles such as "8 minutes ago", "Connect
    # with us", "Bitte aktivieren Sie Javascript" and "Mannheim (dpa)."
    body = (f"{furniture}\n\nHumza Yousaf has resigned as first minister. He told reporters "
            "at Bute House that he had underestimated the hurt he caused.\n\nMore ...")
    assert infer_title(body) == "Humza Yousaf has resigned as first minister."


def test_a_dateline_sentence_opening_the_first_paragraph_is_not_the_title() -> None:
    assert infer_title("Mannheim (dpa). Einmal mehr rast ein Auto in eine Menschenmenge. "
                       "Wieder gibt es Tote.\n\nMehr.") == \
        "Einmal mehr rast ein Auto in eine Menschenmenge. Wieder gibt es Tote."


@pytest.mark.parametrize("first", ["JavaScript creator steps down",
                                   "【速報】中居正広さん引退を発表",
                                   "Police say 8 minutes ago a man was seen"])
def test_headlines_that_only_look_like_furniture_stay_titles(first: str) -> None:
    assert infer_title(f"{first}\n\nBody text follows here.") == first


@pytest.mark.parametrize("first", ["Brexit", "Storm hits coast at 10:30 as thousands flee",
                                   "Pelé 25/11/2020 17:19 se despede de Maradona: o mundo perdeu"])
def test_a_headline_with_a_time_or_one_word_is_the_title(first: str) -> None:
    assert infer_title(f"{first}\n\nBody text follows here.") == first


def test_markdown_heading_title() -> None:
    assert infer_title("# Missiles hit two bases\n\nBody.") == "Missiles hit two bases"


def test_clean_title_only_undoes_escapes_and_whitespace() -> None:
    assert clean_title("\\'Slap\\'  in \\\"face\\\"") == "'Slap' in \"face\""


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2020-01-08", "2020-01-08"), ("2020-01-08T23:00:00+01:00", "2020-01-08"),
     ("8 January 2020", "2020-01-08"), ("January 8, 2020", "2020-01-08"),
     ("December 16th, 2024", "2024-12-16"), ("1st March 2021", "2021-03-01"),
     ("2024-12-03 22:59", "2024-12-03"), ("someday", None), ("", None), (None, None)],
)
def test_normalize_date(value: str | None, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_html_looking_text_file_stays_plain_text(tmp_path: Path) -> None:
    hostile = "<script>alert('x')</script><b>Bold</b> &amp; <img src=x onerror=alert(1)>\n" + BODY
    article = only_article(write(tmp_path, "hostile.txt", hostile))
    assert article.text == hostile


# ---------------------------------------------------------------------------------------------
# HTML

PAGE = """<!doctype html>
<html><head>
<title>Missiles hit two bases - The Daily</title>
<meta property="og:title" content="Missiles hit two bases">
<meta property="og:site_name" content="The Daily">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2020-01-08T10:00:00Z">
<link rel="canonical" href="https://daily.example/news/missiles">
<style>body { color: red } .STYLE-TEXT {}</style>
<script>var secret = "SCRIPT-TEXT";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Missiles hit two bases</h1>
<p>Iran launched more than a dozen ballistic missiles at two bases in Iraq housing American
troops, officials said on Wednesday, in retaliation for the killing of a top general.</p>
<script>document.write("SCRIPT-TEXT")</script>
<p>The Pentagon said the missiles were launched from Iran and targeted at least two Iraqi
military bases hosting U.S. military and coalition personnel at Al-Assad and Irbil.</p>
<p>&ldquo;All is well!&rdquo; the president wrote on Twitter late on Tuesday night.</p>
</article></body></html>
"""


def test_html_article_text_and_metadata(tmp_path: Path) -> None:
    article = only_article(write(tmp_path, "page.html", PAGE))
    assert "Iran launched more than a dozen ballistic missiles" in article.text
    assert "“All is well!”" in article.text
    for leftover in ("SCRIPT-TEXT", "STYLE-TEXT", "<p>", "</", "&ldquo;"):
        assert leftover not in article.text
    assert article.title == "Missiles hit two bases"
    assert article.source == "The Daily"
    assert article.date == "2020-01-08"
    assert article.author == "Jane Doe"
    assert article.url == "https://daily.example/news/missiles"
    assert article.body_start == 0


def test_tiny_html_falls_back_to_tag_stripping(tmp_path: Path) -> None:
    page = ("<html><head><title>Tiny &amp; page</title><style>p{}</style></head><body>"
            "<script>alert('SCRIPT-TEXT')</script><p>One line.</p><p>Two &amp; three.</p>"
            "</body></html>")
    article = only_article(write(tmp_path, "tiny.htm", page))
    assert "SCRIPT-TEXT" not in article.text and "<" not in article.text
    assert "One line." in article.text and "Two & three." in article.text
    assert article.title == "Tiny & page"
    assert article.source is None


def test_huge_html_is_tag_stripped_quickly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("viewer.loading.pages.EXTRACTION_MAX_CHARS", 100)
    article = only_article(write(tmp_path, "page.html", PAGE))
    assert "Iran launched more than a dozen ballistic missiles" in article.text
    assert "Home" in article.text  # no boilerplate removal past the cap
    assert "SCRIPT-TEXT" not in article.text and "STYLE-TEXT" not in article.text
    assert article.title == "Missiles hit two bases - The Daily"
    assert article.source is None


def test_html_without_text_is_reported(tmp_path: Path) -> None:
    page = "<html><head><script>var x = 1;</script></head><body><img src=x></body></html>"
    assert "no article text" in only_problem(write(tmp_path, "empty.html", page)).reason


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head>'
            "<body><p>Caf\xe9 \x93quoted\x94 na\xefve.</p></body></html>")
    article = only_article(write(tmp_path, "legacy.html", page.encode("latin-1")))
    assert "Café “quoted” naïve." in article.text


@pytest.mark.parametrize("furniture", [
    "Thursday, December 5, 2013", "6 décembre 2017", "Lunes 25 de noviembre de 2020",
    "WHITE HOUSE —", "ROME —", "Isabel Debre and Samy Magdy", "By Isabel Debre",
    "The Associated Press", "REUTERS", "US News", "Obituario", "source Getty", "Foto: dpa",
    "Isabel Debre and Samy Magdy\n\nThe Associated Press", "December 16th, 2024"])
def test_a_pages_furniture_above_the_headline_is_not_the_title(furniture: str) -> None:
    body = f"{furniture}\n\nShip freed from the canal\n\nSalvage teams on Monday freed the ship."
    assert infer_title(body) == "Ship freed from the canal"


@pytest.mark.parametrize("credit", ["source Getty", "Getty Images", "Photo: AP", "Source: Reuters",
                                    "이미지=연합뉴스", "사진=뉴스1"])
def test_a_photo_credit_above_the_first_paragraph_is_not_the_title(credit: str) -> None:
    body = f"{credit}\n\nTheresa May held back tears.\n\nThe prime minister was emotional."
    assert infer_title(body) == "Theresa May held back tears."


@pytest.mark.parametrize(("first", "title"), [
    ("6 décembre 2017. Après des mois d’inquiétude, la nouvelle tombait au petit matin.",
     "Après des mois d’inquiétude, la nouvelle tombait au petit matin."),
    ("Marseille. Andreas L. schloss sich im Cockpit ein.",
     "Andreas L. schloss sich im Cockpit ein."),
    ("ASSOCIATED PRESS. (AP) - Retired NBA star Kobe Bryant died Sunday.",
     "Retired NBA star Kobe Bryant died Sunday."),
    ("Reuters — Rescuers freed the last four boys.", "Rescuers freed the last four boys."),
])
def test_a_date_dateline_or_credit_opening_the_first_line_is_left_out(first: str,
                                                                        title: str) -> None:
    assert infer_title(f"{first}\n\nMore text.") == title


@pytest.mark.parametrize(("body", "title"), [
    ("Notre-Dame-de-Paris\n\nLe Président a annulé son adresse à la Nation lundi soir, alors "
     "que la cathédrale brûlait encore et que les pompiers luttaient contre les flammes.",
     "Notre-Dame-de-Paris"),
    ("Prince William and Kate visit Paris\n\nThe couple arrived on Monday.",
     "Prince William and Kate visit Paris"),
    ("新元号は令和\n\n政府が発表", "新元号は令和"),
    ("US News", "US News"),
])
def test_a_short_headline_is_kept(body: str, title: str) -> None:
    assert infer_title(body) == title


def test_a_huge_first_line_is_not_read_word_by_word_for_furniture(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from viewer.loading import page_controls, page_furniture

    read: list[int] = []
    words = page_furniture._LETTER_WORD

    class Counting:
        def findall(self, text: str) -> list[str]:
            read.append(len(text))
            return words.findall(text)

    monkeypatch.setattr(page_furniture, "_LETTER_WORD", Counting())
    # (the page's controls are read with the same words, `viewer.loading.page_controls`)
    monkeypatch.setattr(page_controls, "LETTER_WORD", Counting())
    # (two words in turn: one word repeated over and over is no title's line at all,
    # `viewer.loading.title_sentences`)
    assert infer_title("many words " * 100_000 + "\n\nMore.").startswith("many words")
    assert all(size <= page_furniture.HEADLINE_MAX_CHARS for size in read)


@pytest.mark.parametrize("headline", ["Credit Suisse shares plunge", "Photo finish at Ascot",
                                      "Source code of Windows leaks", "Getty Museum reopens"])
def test_a_headline_opening_with_a_credit_word_is_kept(headline: str) -> None:
    # (a credit line says whose picture it is: "Foto: dpa", "source Getty"; these say news)
    body = f"{headline}\n\nThe news came on Wednesday, and the rest followed."
    assert infer_title(body) == headline


@pytest.mark.parametrize("under", ["By Jane Doe", "Thursday, December 5, 2013", "Reuters"])
def test_a_short_headline_above_a_byline_or_date_is_kept(under: str) -> None:
    # (a label stands above a headline; a byline or a date stands under one)
    body = f"Brexit chaos\n\n{under}\n\nThe government lost the vote on Tuesday by 230 votes."
    assert infer_title(body) == "Brexit chaos"


@pytest.mark.parametrize("headline", ["Stocks Rise And Oil Falls", "Di Maio Resigns",
                                      "De Niro Returns"])
def test_a_title_case_headline_is_not_a_byline(headline: str) -> None:
    # (a byline joins its names with a lower-case "and", and "de"/"di" open it in lower case:
    # in Title Case they are a headline's word and a surname's particle)
    body = f"{headline}\n\nMarkets moved on Monday after the central bank spoke."
    assert infer_title(body) == headline


@pytest.mark.parametrize("byline", ["ISABEL DEBRE AND SAMY MAGDY", "di Mario Rossi",
                                    "Von Hans Müller", "Por Juan Pérez"])
def test_bylines_in_capitals_or_with_a_byline_word_are_furniture(byline: str) -> None:
    assert infer_title(f"{byline}\n\nShip freed\n\nThe ship was freed.") == "Ship freed"


@pytest.mark.parametrize("title", ["AP Global Soccer Writer", "Associated Press Writer",
                                   "Reuters Staff", "AFP correspondent"])
def test_a_wire_writers_title_under_the_byline_is_furniture(title: str) -> None:
    body = f"By ROB HARRIS\n\n{title}\n\nLONDON (AP) — Manchester United has fired its manager."
    assert infer_title(body) != title


@pytest.mark.parametrize("headline", ["Reuters editor quits", "AP staff walk out over pay",
                                      "AFP writer wins prize", "Reuters names new editor"])
def test_a_headline_about_an_agencys_staff_is_kept(headline: str) -> None:
    assert infer_title(f"{headline}\n\nThe news came on Wednesday.") == headline


@pytest.mark.parametrize("line", ["Dr. Fauci warns of a new wave", "Mr. Smith goes to Washington",
                                  "St. Louis mayor resigns", "Sen. Warren backs the bill",
                                  "Brexit. What happens next",
                                  "Gen. Milley said the troops would stay until spring."])
def test_an_abbreviation_or_a_headlines_first_word_is_not_a_dateline(line: str) -> None:
    # (a one-word dateline opens the first paragraph: "Marseille. Andreas L. schloss ...")
    assert infer_title(f"{line}\n\nThe rest of the article.") == line


def test_a_dateline_opens_a_paragraph_ending_in_a_closing_quote() -> None:
    line = "Marseille. Der Pilot sagte: „Wir landen nicht.“"
    assert infer_title(f"{line}\n\nMore text.") == "Der Pilot sagte: „Wir landen nicht.“"


@pytest.mark.parametrize("date", ["2023年10月26日 星期四", "2022年7月8日(金)",
                                  "2019年4月1日 月曜日", "10月27日 下午3:05"])
def test_a_chinese_or_japanese_date_above_the_headline_is_not_the_title(date: str) -> None:
    """tester16: a Hong Kong page saved as text opened with "2023年10月26日 星期四", and that
    date was the article's title in the list."""
    body = f"{date}\n\n中國國務院前總理李克強過世 享壽68歲\n\n中國官媒央視新聞上午發布訊息。"
    assert infer_title(body) == "中國國務院前總理李克強過世 享壽68歲"


def test_a_chinese_headline_opening_with_a_date_stays_the_title() -> None:
    body = "10月27日 李克強在上海逝世\n\n中國官媒央視新聞上午發布訊息。"
    assert infer_title(body) == "10月27日 李克強在上海逝世"


def test_a_title_saved_with_its_encoding_broken_is_read_as_meant_as_the_pane_shows_it() -> None:
    """tester16: a Spanish page that passed through GBK and Latin-1 was listed (and drawn on the
    timeline, the claim cards, the report) as "El Rey: ¡°Cuando vuelvo atr¨¢s…", while its pane
    read "El Rey: “Cuando vuelvo atrás…”". A text holding a few such characters as written
    keeps its title as it is."""
    broken = ("El Rey: ¡°Cuando vuelvo atr¨¢s la mirada no puedo sino sentir orgullo¡±\n"
              "Mensaje de don Juan Carlos tras anunciarse su abdicaci¨®n\n"
              "Me acerco a todos vosotros a trav¨¦s de este mensaje, con singular emoci¨®n.")
    assert infer_title(broken) == ("El Rey: “Cuando vuelvo atrás la mirada no puedo sino "
                                   "sentir orgullo”")
    spanish = "¡Atención! El Rey abdica\n\nEl Rey ha decidido abdicar en favor de su hijo."
    assert infer_title(spanish) == "¡Atención! El Rey abdica"


@pytest.mark.parametrize("charset", ["base64", "rot13", "hex", "zlib", "idna", "punycode",
                                     "undefined", "utf-8"])
def test_a_page_declaring_a_charset_its_bytes_are_not_in_is_read_as_found(
        tmp_path: Path, charset: str) -> None:
    """A fault tester's pages: a charset naming no text encoding ("base64") made the whole
    folder an internal error; Latin-1 declared "utf-8" came out as "Gen\ufffdve". The bytes
    are read as a plain text file's are."""
    page = (f'<html><head><meta charset="{charset}"><title>Gen\xe8ve</title></head>'
            "<body><p>Le pr\xe9sident a d\xe9clar\xe9 \xe0 Gen\xe8ve que la r\xe9union "
            "reprendrait lundi.</p></body></html>")
    article = only_article(write(tmp_path, "page.html", page.encode("latin-1")))
    assert "Le président a déclaré à Genève" in article.text


def test_a_page_declaring_gb2312_keeps_its_gbk_characters(tmp_path: Path) -> None:
    """Browsers read "gb2312" as GBK (GB18030): 镕 is in GBK, not in GB2312."""
    body = "朱镕基总理在北京会见了代表团，双方就合作问题交换了意见。"
    page = (f'<html><head><meta charset="gb2312"><title>会见</title></head>'
            f"<body><p>{body}</p></body></html>")
    article = only_article(write(tmp_path, "page.html", page.encode("gbk")))
    assert body in article.text


@pytest.mark.parametrize(("encoding", "body"), [
    ("gb18030", "甘肃积石山县发生6.2级地震，造成甘肃105人遇难、青海11人死亡。新华社记者报道说，"
                "救援工作正在紧张进行中，当地政府已经启动一级应急响应。"),
    ("big5", "甘肅積石山縣發生6.2級地震，造成甘肅105人遇難。新華社記者報導說，救援工作正在"
             "緊張進行中，當地政府已經啟動一級應急響應。"),
    ("cp949", "무안국제공항에서 착륙하던 제주항공 여객기가 활주로를 벗어나 외벽과 "
              "충돌했다. 소방당국은 구조 작업을 계속하고 있다고 밝혔다."),
])
@pytest.mark.parametrize("charset", ["iso-8859-1", "windows-1252"])
def test_a_page_declaring_a_latin_code_page_over_east_asian_bytes_is_read_as_found(
        tmp_path: Path, charset: str, encoding: str, body: str) -> None:
    """A single-byte code page reads any bytes without a fault: a Chinese page saved in GB18030
    under a template's "iso-8859-1" came out as "¸ÊËà»ýÊ¯É½". Runs of symbols and accented
    capitals no Latin language writes say the declaration is wrong; the bytes are read as a
    plain text file's are."""
    page = (f'<html><head><meta charset="{charset}"></head>'
            f"<body><p>{body}</p></body></html>")
    article = only_article(write(tmp_path, "page.html", page.encode(encoding)))
    assert body in article.text


@pytest.mark.parametrize(("charset", "body", "padding"), [
    ("iso-8859-1", "Þjóðfélagið ræddi málið í gær. Forsætisráðherra sagði að æðstu menn "
                   "þjóðarinnar hefðu fundað og að ákvörðun yrði tekin í dag.", ""),
    ("iso-8859-2", "Źdźbło trawy w Łodzi. Prezydent powiedział, że spotkanie odbędzie się w "
                   "środę, a ministrowie złożą sprawozdanie w piątek.", ""),
    # (cells and paragraphs padded with no-break spaces, which are no runs of mojibake; the
    # code pages a plain text file would be guessed in read these wrongly: "siê", "½uvre")
    ("iso-8859-2", "Prezydent powiedział, że spotkanie odbędzie się w środę w Łodzi.",
     "<table><tr>" + "<td>\xa0\xa0\xa0</td>" * 12 + "</tr></table>"),
    ("iso-8859-15", "L'œuvre coûte 10 € à Besançon, dit le maire.",
     "<p>" + "\xa0\xa0\xa0" * 10 + "</p>"),
])
def test_a_latin_page_keeps_the_code_page_it_declares(tmp_path: Path, charset: str,
                                                       body: str, padding: str) -> None:
    page = (f'<html><head><meta charset="{charset}"></head>'
            f"<body>{padding}<p>{body}</p>{padding}</body></html>")
    article = only_article(write(tmp_path, "page.html", page.encode(charset)))
    assert body in article.text


@pytest.mark.parametrize(("first_line", "title"), [
    ("Início » António Costa deixa cargo de Primeiro-Ministro em Portugal",
     "António Costa deixa cargo de Primeiro-Ministro em Portugal"),
    ("Home > News > World > Costa resigns over lithium probe", "Costa resigns over lithium probe"),
    ("Sport › Football › Ronaldo retires", "Ronaldo retires"),
    # (not a trail: a French quotation's closing mark, a comparison after a colon)
    ("« Je démissionne » : Costa quitte son poste", "« Je démissionne » : Costa quitte son poste"),
    ("Costa: a > b in polls", "Costa: a > b in polls"),
    # (nor a headline's own comparison, one separator after no front page: a review's cases)
    ("Inflation > 5% for the third month running", "Inflation > 5% for the third month running"),
    ("PSD > PS nas sondagens, diz estudo", "PSD > PS nas sondagens, diz estudo"),
    ("Musk › Altman? The feud goes on", "Musk › Altman? The feud goes on"),
])
def test_a_breadcrumb_trail_before_the_headline_is_not_the_title(first_line: str,
                                                                  title: str) -> None:
    """A saved Portuguese page opened with its site's trail, "Início » António Costa deixa
    cargo ...", and the article list showed "Início »" first."""
    assert infer_title(f"{first_line}\n\nO primeiro-ministro apresentou a demissão.") == title


@pytest.mark.parametrize("trail", ["Home > World News > Europe", "Início » Política » Governo »",
                                   "Startseite › Politik › Ausland ›"])
def test_a_line_that_is_only_a_breadcrumb_trail_is_passed_over(trail: str) -> None:
    """A trail on a line of its own above the headline made its last crumb the title ("News")."""
    body = (f"{trail}\n\nCosta resigns over lithium probe\n\nThe prime minister resigned on "
            "Tuesday after prosecutors named him in an inquiry.")
    assert infer_title(body) == "Costa resigns over lithium probe"


def test_a_leading_date_of_year_and_month_is_hidden_and_guesses_no_day(tmp_path: Path) -> None:
    """Saved excerpts open with ' date 2023-11 "Encerro esta etapa ..."': the article list showed
    the title "date 2023-11 "Encerro ...". The token is hidden; no date is made up."""
    article = only_article(write(tmp_path, "a.txt", ' date 2023-11 "Encerro esta etapa com a '
                                 'consciência tranquila", afirmou António Costa.\n\n' + BODY))
    assert article.title.startswith('"Encerro esta etapa')
    assert article.date is None
    assert article.text.startswith(" date 2023-11")  # (the file's text is kept as it is)
