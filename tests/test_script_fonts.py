"""Which scripts the articles use, read from a sample of each, and the line said when no font
draws one (tester, session 58: Bengali on a machine without a Bengali font showed as boxes and
nothing was said). No Qt."""

from __future__ import annotations

from pathlib import Path

from viewer.corpus import Article
from viewer.script_fonts import (
    SAMPLE_CHARS,
    SCRIPTS,
    SCRIPTS_PACKAGE,
    ScriptsSeen,
    missing_script_message,
    sample_of,
    script_of,
    scripts_in,
)

BENGALI = "বাংলাদেশের রাজধানী ঢাকায় আজ সংবাদ সম্মেলন হয়েছে।"
THAI = "กรุงเทพมหานคร ข่าววันนี้"


def test_the_scripts_of_a_text_are_found_with_a_letter_of_each() -> None:
    assert scripts_in(BENGALI) == {"Bengali": "ব"}
    assert scripts_in(f"Dhaka: “{BENGALI}” — and in Bangkok {THAI}.") == {
        "Bengali": "ব", "Thai": "ก"}
    assert scripts_in("Αθήνα και שלום and ሰላም") == {"Greek": "Α", "Hebrew": "ש",
                                                    "Ethiopic": "ሰ"}


def test_latin_punctuation_symbols_emoji_and_cjk_are_no_script_here() -> None:
    """Latin is drawn by every font; CJK is said at start (`viewer.fonts`)."""
    assert scripts_in("Café “naïve” façade – Việt Nam — 11,000 staff… ©®™ € 😀👍🏽 →") == {}
    assert scripts_in("中文 日本語のかな 한국어") == {}


def test_a_danda_ends_a_bengali_sentence_without_making_it_devanagari() -> None:
    assert scripts_in(BENGALI) == {"Bengali": "ব"} and BENGALI.endswith("।")


def test_every_script_s_blocks_are_its_own() -> None:
    for script in SCRIPTS:
        for first, last in script.blocks:
            assert first <= last
            for point in (first, last):
                assert script_of(chr(point)) == script, (script.name, hex(point))


def test_an_article_is_sampled_at_its_title_opening_and_middle() -> None:
    long_english = "word " * 4000
    article = Article("a", long_english + BENGALI + long_english, "Title")
    assert len(sample_of(article)) <= len("Title") + 2 * SAMPLE_CHARS + 2
    assert "Bengali" not in scripts_in(sample_of(Article("b", long_english * 3 + BENGALI, "T")))
    middle = Article("c", long_english + BENGALI + long_english, "Title")
    assert "Bengali" in scripts_in(sample_of(middle))  # (a web page's furniture first)
    assert "Thai" in scripts_in(sample_of(Article("d", "English text", THAI)))


def test_the_articles_using_each_script_are_named_by_file() -> None:
    articles = [Article("bn1", BENGALI, "t1", Path("/x/01_jagonews.txt")),
                Article("en", "English", "t2", Path("/x/02_english.txt")),
                Article("bn2", BENGALI, "t3", Path("/x/03_sarabangla.txt")),
                Article("th", THAI, "ข่าว")]
    seen = ScriptsSeen.of(articles)
    assert seen.letters == {"Bengali": "ব", "Thai": "ข"}
    assert seen.articles == {"Bengali": ["01_jagonews.txt", "03_sarabangla.txt"],
                             "Thai": ["ข่าว"]}


def test_the_line_names_the_script_the_articles_and_the_package() -> None:
    names = [f"{n:02}_site.txt" for n in range(1, 16)]
    line = missing_script_message("Bengali", names)
    assert "\n" not in line and line.startswith("parallax: ")
    assert "no installed font draws Bengali, which 15 articles use" in line
    assert "(01_site.txt, 02_site.txt, 03_site.txt and 12 more)" in line
    assert line.endswith(f"(on Debian or Ubuntu install {SCRIPTS_PACKAGE})")
    assert "which 1 article uses (01_site.txt)" in missing_script_message("Thai", names[:1])
