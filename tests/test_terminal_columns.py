"""The command line's tables by the columns a terminal gives their text (a Chinese character
takes two), and articles named there so that a reader can tell them apart (tester, session 58:
the figures of Chinese articles were out of line, and "Facebook owner Meta wil…" and "Facebook
owner Meta to …" read as one article)."""

from __future__ import annotations

import unicodedata

from viewer.align_report import format_table
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.figures.corpus import find_figures
from viewer.figures.events import one_event
from viewer.figures.report import format_figures_table
from viewer.terminal_columns import (
    article_names,
    clip_columns,
    columns,
    pad_columns,
    wrap_columns,
)
from viewer.wording import terminal_text

WIRE = ("新华社北京5月2日电 5月1日2时10分许,广东梅州市梅大高速茶阳路段发生塌方灾害。"
        "截至2日15时30分,灾害已造成48人死亡、30人受伤。灾害发生后,有关部门迅速开展救援工作,"
        "全力搜救被困人员,妥善做好伤员救治和善后处置工作。")
HEADLINE = "广东梅大高速路面塌方灾害已致48人死亡"
CHINESE = [
    Article("01_xinhua", f"{HEADLINE}\n\n{WIRE}", HEADLINE),
    Article("02_cctv", f"梅大高速塌方\n\n{WIRE}\n另有30人受伤。", "梅大高速塌方"),
    Article("03_english", f"Expressway collapse\n\n{WIRE}", "Expressway collapse kills dozens"),
]


def test_a_terminal_gives_a_chinese_character_two_columns() -> None:
    assert columns("abc") == 3 and columns("梅大高速") == 8 and columns("ｗｉｄｅ") == 8
    assert columns("e\u0301") == 1  # a combining accent takes the column of its letter
    assert clip_columns("梅大高速路面塌方", 7) == "梅大高\u2026"
    assert columns(clip_columns("梅大高速路面塌方", 7)) <= 7
    assert pad_columns("梅大", 6) == "梅大  " and pad_columns("梅大", 6, right=True) == "  梅大"
    wrapped = wrap_columns("在 " + "梅大高速路面塌方灾害已致四十八人死亡" * 3, 20, "  ", "    ")
    assert len(wrapped) > 1 and all(columns(line) <= 20 for line in wrapped)


def test_the_figures_table_lines_up_figures_after_chinese_names() -> None:
    table = format_figures_table(CHINESE, find_figures(CHINESE, events=one_event(
        [article.id for article in CHINESE])))
    rows = [line for line in table.splitlines() if "“" in line]
    assert len(rows) >= 4
    # (each figure ends in one column, whatever script the article's name is in)
    ends = {columns(line[:line.index("“")].rstrip()) for line in rows}
    assert len(ends) == 1, table
    assert all(columns(line) <= 100 for line in table.splitlines()), table


def test_the_align_table_keeps_chinese_lines_within_a_terminal() -> None:
    table = format_table(CHINESE, find_shared_passages(CHINESE))
    assert "in: " in table
    assert all(columns(line) <= 100 for line in table.splitlines()), table
    listed = [line for line in table.splitlines() if line.startswith("  0")]
    # (the shares line up under each other after ids of any width)
    assert len({columns(line[:line.index("%")]) for line in listed}) == 1


def test_names_that_open_alike_are_the_articles_ids() -> None:
    names = article_names({
        "02_israelnationalnews_com": "Facebook owner Meta will lay off more than 11,000 of its",
        "04_awamkasach_com": "Facebook owner Meta to lay off 11,000 staff",
        "01_huffpost_com": "Facebook is set to launch its first mass layoffs in history",
        "09_xmtv_cn": "广东梅大高速路面塌陷事故已致36人死亡",
        "13_w54_net": "广东梅大高速路面塌方灾害已致48人死亡 另有3人DNA待进一步比对确认",
        "05_afp": "AFP"}, 24)
    assert names == {
        "02_israelnationalnews_com": "02_israelnationalnews_c…",
        "04_awamkasach_com": "04_awamkasach_com",
        "01_huffpost_com": "Facebook is set to laun…",
        "09_xmtv_cn": "09_xmtv_cn",
        "13_w54_net": "13_w54_net",
        "05_afp": "AFP"}
    # (ids that open alike too: their ends)
    long = {f"lancien-president-francais-jacques-chirac-est-mort-{outlet}.txt": "L'ancien"
            for outlet in ("lemonde", "figaro")}
    assert sorted(article_names(long, 24).values()) == ["\u2026ac-est-mort-lemonde.txt",
                                                        "\u2026rac-est-mort-figaro.txt"]


def test_text_is_measured_as_a_terminal_draws_its_glyphs() -> None:
    """A reviewer's: Korean saved decomposed (macOS) measured a column per letter, an emoji
    made one by U+FE0F one column, and "👨‍👩‍👧" printed as three emoji."""
    decomposed = unicodedata.normalize("NFD", "서울")  # (a consonant and a vowel apart)
    assert len(decomposed) > 2 and columns(decomposed) == columns("서울") == 4
    assert pad_columns(decomposed, 6) == "서울  "
    assert columns("\u2764\ufe0f") == 2 and columns("\u2764") == 1  # ❤️, ❤
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert columns(family) == 2 and columns("\U0001f44d\U0001f3fd") == 2  # (a skin tone)
    assert terminal_text(family) == family  # (the joiner is kept)
    assert terminal_text("a\u0007b\u200ec") == "a b c"  # (other control and format chars)
    # (cut between glyphs, never inside one)
    assert clip_columns(f"ab{family}cd", 5) == f"ab{family}\u2026"
    assert clip_columns(f"ab{family}cd", 4) == "ab\u2026"
    assert clip_columns("a\u2764\ufe0fb", 3) == "a\u2026"
    wrapped = wrap_columns(decomposed * 12, 10)
    assert all(columns(line) <= 10 for line in wrapped) and "".join(wrapped) == "서울" * 12


def test_a_zero_width_joiner_joins_only_emoji() -> None:
    """A reviewer's: any two characters around a joiner were one glyph, so "abc‍def" took
    five columns and a Sinhala or Devanagari conjunct, whose joiner asks only for a form of
    its letters, took one."""
    assert columns("abc\u200ddef") == 6
    assert columns("\u0dc1\u0dca\u200d\u0dbb\u0dd3") == 2  # (Sinhala "ශ්‍රී")
    assert columns("\u0915\u094d\u200d\u0937") == 2  # (Devanagari "क्‍ष")
    assert columns("\u200da") == 1  # (a joiner opening the text joins nothing)
    assert columns("\U0001f468\u200d\U0001f469\u200d\U0001f467") == 2
    assert columns("\u2764\ufe0f\u200d\U0001f525") == 2  # (❤️‍🔥)


def test_a_flag_is_cut_and_wrapped_whole() -> None:
    """A reviewer's: two regional indicators are one flag, and the first glyph of a word wider
    than its line was cut by a character ("🇺🇸🇬🇧🇫🇷" clipped to half a flag)."""
    flags = "\U0001f1fa\U0001f1f8\U0001f1ec\U0001f1e7\U0001f1eb\U0001f1f7"  # (🇺🇸🇬🇧🇫🇷)
    assert columns(flags) == 6
    assert clip_columns(flags, 4) == flags[:2] + "\u2026"
    assert wrap_columns(flags, 1) == [flags[0:2], flags[2:4], flags[4:6]]
    assert wrap_columns(flags, 4) == [flags[0:4], flags[4:6]]
    assert wrap_columns("\u0915\u094d\u0937", 1) == ["\u0915\u094d", "\u0937"]
