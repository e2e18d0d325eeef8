"""Word counts in the article list, the article pane's header and `parallax align`'s table:
text written without spaces (Chinese, Japanese, Thai) counts a word per character, as the
engine's tokens do; it was "1 words" for a whole Chinese article."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.widgetkit import make_window
from viewer.align_report import format_table
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.normalize import count_words
from widgets.article_list import ID_ROLE

CHINESE = "美国总统特朗普周二表示，他将对进口钢铁征收关税。"
"""22 characters of Han, a comma and a full stop."""
JAPANESE = "トランプ大統領は2日、G7で演説した。"


def test_each_character_of_a_script_without_spaces_is_a_word() -> None:
    assert count_words(CHINESE) == 22
    # Katakana, kanji, hiragana a word each; "2" and "G7" ("G", "7") as the engine cuts them;
    # the Japanese comma and full stop none.
    assert count_words(JAPANESE) == 4 + 3 + 1 + 1 + 1 + 2 + 1 + 4
    assert count_words("ข่าวด่วน") == 6  # Thai: tone and vowel marks go with their letter
    assert count_words(f"Reuters: {CHINESE} (AP)") == 22 + 2


def test_text_with_spaces_counts_what_spaces_separate_as_before() -> None:
    for text in ("The minister said — again — that it was 5:30pm.",
                 "  Iran's well-equipped army\n\nU.S. officials  ", "", "   ",
                 "Москва заявила, что 한국어 문장도 띄어 씁니다"):
        assert count_words(text) == len(text.split())


def test_the_article_counts_its_body_that_way() -> None:
    article = Article("zh", f"title: 关税\n\n{CHINESE}", "关税", body_start=11)
    assert article.word_count == 22


def test_the_align_table_counts_a_chinese_passage_by_characters() -> None:
    articles = [Article("a", f"{CHINESE}他说。今天天气很好。", "a"),
                Article("b", f"新闻报道：{CHINESE}", "b")]
    table = format_table(articles, find_shared_passages(articles))
    summary = next(line for line in table.splitlines() if line.startswith("p1 "))
    assert summary.endswith(" 22 words")


def test_the_window_shows_the_count_in_the_list_and_the_header(qtbot) -> None:
    article = Article("zh", CHINESE * 3, "关税")
    window = make_window(qtbot, [article, Article("en", "Some other words.", "en")])
    proxy = window.article_list.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == "zh")
    assert proxy.index(row, 3).data() == "66"
    pane = window.pane_for("zh")
    assert pane is not None
    assert pane.meta_label.full_text().endswith("66 words")
    assert proxy.headerData(3, Qt.Orientation.Horizontal) == "Words"


def test_a_panes_header_names_the_file_when_the_article_names_no_outlet(qtbot) -> None:
    """A tester's saved pages (02_burlingtongazette.txt) named no outlet in their text: the
    pane's header now names the file; an outlet the article gives comes first."""
    from pathlib import Path

    from tests.widgetkit import make_window
    from viewer.corpus import Article

    plain = Article("a", "A headline\n\nSome words of the story.", "A headline",
                    path=Path("/tmp/saved/02_burlingtongazette.txt"))
    named = Article("b", "A headline\n\nSome words of the story.", "A headline",
                    path=Path("/tmp/saved/03_other.txt"), source="Wire Service")
    window = make_window(qtbot, [plain, named])
    first, second = window.pane_for("a"), window.pane_for("b")
    assert first is not None and second is not None
    assert first.meta_label.full_text().startswith("02_burlingtongazette.txt · ")
    assert second.meta_label.full_text().startswith("Wire Service · ")
