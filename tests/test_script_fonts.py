"""Which scripts the articles use, read from a sample of each, and the line said when no font
draws one (tester, session 58: Bengali on a machine without a Bengali font showed as boxes and
nothing was said). No Qt."""

from __future__ import annotations

import re
import unicodedata
from itertools import combinations
from pathlib import Path

import pytest

from viewer import script_fonts
from viewer.corpus import Article
from viewer.script_fonts import (
    SAMPLE_CHARS,
    SCRIPTS,
    SCRIPTS_PACKAGE,
    SWITCHES_READ,
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


def test_a_currency_sign_digit_or_punctuation_of_a_script_is_not_its_text() -> None:
    """English news quoting a fare in baht uses no Thai (reviewer: "will show as boxes" was said
    for it, and DejaVu Sans draws the sign); a script counts by its letters and marks."""
    assert scripts_in("The flag fare rose to \u0e3f45 on Monday") == {}
    assert scripts_in("Rs 500 \u09f3 and \u0e50\u0e51 and \u0964") == {}
    assert scripts_in(f"\u0e3f45 {THAI}") == {"Thai": "ก"}  # (the first letter, not the sign)
    assert scripts_in("\u0e34") == {"Thai": "\u0e34"}  # (a vowel sign is a mark: Thai)


def test_reading_texts_compiles_a_bounded_number_of_patterns(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The read's time is the texts' alone: a pattern compiled for each new set of scripts found
    so far took 7.5 s over 20,000 articles mixing three scripts each (reviewer). Texts mixing
    every three of twelve scripts compile at most one pattern of all letters and one per script."""
    compiled: list[str] = []
    compile_pattern = re.compile

    def counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return compile_pattern(pattern, flags)

    monkeypatch.setattr(re, "compile", counted)
    letters = {script.name: next(chr(point) for point in range(script.blocks[0][0], 0x1F000)
                                 if unicodedata.category(chr(point)).startswith("L"))
               for script in SCRIPTS[-12:]}
    for names in combinations(letters, 3):
        text = " and ".join(f"{letters[name] * 3} ({name})" for name in names)
        assert scripts_in(text) == {name: letters[name] for name in names}
    assert len(compiled) <= 1 + len(SCRIPTS)


def _searches_counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The searches for a letter of a script `scripts_in` makes, counted from now."""
    searches: list[int] = []
    letter = script_fonts._any_letter()

    class Counted:
        def search(self, text: str, *position: int) -> re.Match[str] | None:
            searches.append(1)
            return letter.search(text, *position)

    monkeypatch.setattr(script_fonts, "_any_letter", Counted)
    return searches


def test_latin_letters_between_another_script_s_letters_cost_no_search(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of a script's text ended at any Latin letter: texts switching often between Latin
    and another script took a search per switch, 10-75 times the time (reviewer: "Цa" repeated,
    English with Greek symbols, Arabic with frequent Latin words)."""
    searches = _searches_counted(monkeypatch)
    for text, script in (("Цa" * 750, "Cyrillic"),
                         ("The α-β ratio and Δ value rose; μ and σ " * 40, "Greek"),
                         ("قال مسؤول في CNN إن الـ U.S. ستعمل مع NATO و UN " * 30, "Arabic")):
        searches.clear()
        assert list(scripts_in(text)) == [script]
        assert len(searches) <= 2, script  # (its first letter; the end of the text)


def test_a_text_changing_script_with_every_letter_is_read_in_bounded_work(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two scripts of `SCRIPTS` letter by letter took a search per letter (1,500 a sample);
    past `SWITCHES_READ` runs the rest is read at once, and a script first met there is still
    found, with its first letter, as are scripts in texts no search reads at all."""
    searches = _searches_counted(monkeypatch)
    mixed = "Цα" * 750
    assert scripts_in(mixed) == {"Cyrillic": "Ц", "Greek": "α"}
    assert len(searches) <= SWITCHES_READ
    late = "Цα" * SWITCHES_READ + "x" + THAI + "Цα\ud800" + BENGALI  # (a lone surrogate too)
    assert scripts_in(late) == {"Cyrillic": "Ц", "Greek": "α", "Thai": "ก", "Bengali": "ব"}
    assert list(scripts_in(late))[2:] == ["Thai", "Bengali"]  # (in the text's order)
    assert scripts_in("Цα" * SWITCHES_READ + "Café naïve ฿45 😀") == {"Cyrillic": "Ц",
                                                                         "Greek": "α"}


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
    assert len(sample_of(Article("e", long_english, long_english))) <= 3 * SAMPLE_CHARS + 2
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
