"""The annotation report (`viewer.annotations.html_report`): articles named by outlet and day,
verdicts, tags, languages and directions, all escaped (split from test_annotations_export.py)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from viewer.annotations.html_report import to_html
from viewer.annotations.model import ClaimGroup, make_annotation
from viewer.loading import load_paths


def text_without_css(page: str) -> str:
    """What a reader that drops the style sheet shows (a mail client, copy and paste): the
    text of the body, markup gone."""
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.in_style = False

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.in_style = tag == "style"

        def handle_endtag(self, tag: str) -> None:
            self.in_style = False

        def handle_data(self, data: str) -> None:
            if not self.in_style:
                self.parts.append(data)

    reader = Text()
    reader.feed(page)
    return "".join(reader.parts)


def test_html_escapes_hostile_article_text_too():
    from viewer.corpus import Article

    article = Article(id="x<y", text="<b>bold</b> said \"hi\" & left", title="<i>t</i>")
    annotation = make_annotation(article, 0, 11, claim="C", note="n")
    page = to_html([annotation], [ClaimGroup("<C>")], [article])
    assert "<b>" not in page and "<i>" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "&lt;C&gt;" in page


def test_html_names_each_article_by_its_outlet_and_day_too():
    """A journalist's report says which outlet said what, and when: the outlet and day (from
    the file's header or Article details) stand under each article's title."""
    from viewer.corpus import Article

    known = Article(id="a1", text="Officials said 22 missiles hit.", title="Missiles hit",
                    source="Daily Ledger", date="2020-01-08")
    unknown = Article(id="b2", text="Officials said 22 missiles hit.", title="b2")
    tagged = [make_annotation(known, 15, 26, claim="C"), make_annotation(unknown, 15, 26,
                                                                         claim="C")]
    page = to_html(tagged, [ClaimGroup("C")], [known, unknown])
    row = page.split("<h3>C</h3>", 1)[1].split("</tr>", 2)[1]
    assert 'Missiles hit<div class="meta">Daily Ledger · 2020-01-08 · a1</div>' in row
    assert '<h3>Missiles hit</h3><div class="meta">Daily Ledger · 2020-01-08 · a1</div>' in page
    assert "<h3>b2</h3><div" not in page  # nothing known beyond the id, no empty line


def test_html_names_the_verdict_and_folds_the_articles_saying_nothing():
    """tester14: the verdict set in the claim comparison was missing from the report."""
    from viewer.annotations.model import Verdict
    from viewer.corpus import Article

    quoting = Article(id="a", text="Iran fired 22 missiles.", title="Wire story")
    silent = [Article(id=f"s{n}", text="Other news.", title=f"Other {n}") for n in range(4)]
    annotation = make_annotation(quoting, 0, 22, claim="Missile count")
    verdict = Verdict("Mostly true", 4, author="Desk", date="2026-12-03")
    page = to_html([annotation], [ClaimGroup("Missile count", verdict=verdict)],
                   [quoting, *silent])
    section = page.split("<h3>Missile count</h3>", 1)[1].split("</table>", 1)[0]
    assert "Verdict: <strong>Mostly true</strong> (Desk · 2026-12-03)" in section
    assert section.count("<tr>") == 1 + 1 + 1
    assert "4 articles not tagged for this claim" in section
    assert "Other 0; Other 1; Other 2; Other 3" in section


def test_the_report_marks_an_article_s_words_in_another_language(tmp_path: Path) -> None:
    """Two newcomers' report: the HTML page declared `lang="en"` for a French or Spanish
    article's quotes. Its words carry `lang=""` (unknown) where they are not English; an
    English article's inherit the page's "en"."""
    from viewer.annotations.html_report import to_html

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "fr.txt").write_text("Hommage\n\nJacques Chirac est mort jeudi matin à l'âge de "
                                   "86 ans, a annoncé sa famille dans un communiqué.\n",
                                   encoding="utf-8")
    (folder / "en.txt").write_text("Tribute\n\nJacques Chirac died on Thursday morning at the "
                                   "age of 86, his family said in a statement.\n",
                                   encoding="utf-8")
    articles = load_paths([folder]).articles
    notes = [make_annotation(a, a.body_start, a.body_start + 14) for a in articles]
    page = to_html(notes, [], articles)
    french = page.index("est mort")
    english = page.index("died on")
    foreign = '<div class="context" lang="" dir="auto">'
    assert page.rfind(foreign, 0, french) > page.rfind('<div class="context">', 0, french)
    assert page.rfind('<div class="context">', 0, english) > page.rfind(foreign, 0, english)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')


def test_right_to_left_words_and_notes_take_their_own_direction() -> None:
    """An interop tester's report: an Arabic or Hebrew context and note were laid out left to
    right (the page's direction), their punctuation at the wrong end."""
    from viewer.annotations.html_report import to_html
    from viewer.corpus import Article

    text = "قال المتحدث إن الوضع تحت السيطرة، وأكد أن لا إصابات."
    article = Article("ar", text, "خبر", url="https://example.org/ar")
    note = make_annotation(article, 0, 11, note="מקור: הודעה רשמית.")
    page = to_html([note], [], [article])
    assert '<div class="context" lang="" dir="auto">' in page
    assert '<div class="note" dir="auto">מקור: הודעה רשמית.</div>' in page


def test_a_tag_holding_the_separator_reads_back_as_one_tag() -> None:
    """An interop tester's report: tags were joined with ";" as they were, and "a;b" read back
    as two tags. A tag holding ";" or '"' is quoted as a CSV field is."""
    from viewer.annotations.csv_export import to_csv
    from viewer.corpus import Article

    article = Article("a", "Some words here.", "A")
    tags = ["a;b", 'say "no"', "=1+1", "plain"]
    made = make_annotation(article, 0, 4, tags=tags)
    [row] = list(csv.DictReader(io.StringIO(to_csv([made], [article]), newline="")))
    [split] = list(csv.reader([row["tags"]], delimiter=";"))
    assert split == ["a;b", 'say "no"', "'=1+1", "plain"]


@pytest.mark.parametrize(("body", "lang"), [
    ("甘肃积石山6.2级地震已造成甘肃113人死亡，青海14人死亡，救援工作正在进行。", "zh"),
    ("中国甘粛省で18日深夜に地震があり、少なくとも118人が死亡した。", "ja"),
    ("중국 간쑤성에서 규모 6.2의 지진이 발생해 118명이 숨졌다.", "ko")])
def test_the_report_names_chinese_japanese_and_korean_words(body: str, lang: str) -> None:
    """A newcomer's Chinese quotes were declared English (the page's lang="en"), so a browser
    may draw them with Japanese glyphs; their scripts tell which language they are."""
    from viewer.annotations.html_report import to_html
    from viewer.corpus import Article

    article = Article("a", f"地震\n\n{body}\n", "地震", body_start=4)
    page = to_html([make_annotation(article, 4, 10)], [], [article])
    assert f'<div class="context" lang="{lang}">' in page


def test_the_report_s_tags_read_apart_without_its_style_sheet() -> None:
    """tester58: the tags were adjacent spans, "casualtiesfigurestoll-update" in a mail client
    or pasted; a tag holding a space stays one tag."""
    from viewer.corpus import Article

    article = Article(id="a1", text="Five people were seriously injured.", title="Injured")
    tagged = make_annotation(article, 0, 11, tags=["casualties", "figures", "death toll"],
                             claim="People injured")
    page = to_html([tagged], [ClaimGroup("People injured")], [article])
    text = text_without_css(page)
    assert text.count("casualties, figures, death toll") == 2  # (the claim row, the list)
    assert "casualtiesfigures" not in text


def test_the_verdict_s_review_url_is_a_link_when_it_is_a_web_address() -> None:
    from viewer.annotations.model import Verdict
    from viewer.corpus import Article

    article = Article(id="a", text="Iran fired 22 missiles.", title="Wire story")
    annotation = make_annotation(article, 0, 22, claim="Missile count")

    def verdict_line(url: str) -> str:
        verdict = Verdict("Half true", 3, author="Desk", date="2026-12-07", url=url)
        page = to_html([annotation], [ClaimGroup("Missile count", verdict=verdict)], [article])
        return page.split('<p class="verdict">', 1)[1].split("</p>", 1)[0]

    url = "https://example.org/check/mannheim?a=1&b=2"
    assert verdict_line(url) == (
        'Verdict: <strong>Half true</strong> (Desk · 2026-12-07 · <a href="https://example.org/'
        'check/mannheim?a=1&amp;b=2" rel="noreferrer">https://example.org/check/mannheim?a=1'
        '&amp;b=2</a>)')
    assert verdict_line('javascript:alert("x")') == (
        "Verdict: <strong>Half true</strong> (Desk · 2026-12-07 · "
        "javascript:alert(&quot;x&quot;))")
