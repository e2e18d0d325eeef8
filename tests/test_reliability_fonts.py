"""Issue 12, case 16: emoji and CJK text are drawn with real glyphs, the fonts are declared where
a bare machine gets its packages, and a machine without them is told once instead of boxes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from viewer.fonts import CJK_PACKAGE, EMOJI_PACKAGE, emoji_family, missing_fonts_message

REPO = Path(__file__).resolve().parent.parent


def test_the_readme_and_ci_install_the_emoji_and_cjk_fonts() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    apt_line = re.search(r"sudo apt-get install (.*?)\n\n", readme, re.S)
    assert apt_line is not None
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    ci_packages = re.search(r"QT_PACKAGES=\((.*?)\)", ci, re.S)
    assert ci_packages is not None
    for package in (EMOJI_PACKAGE, CJK_PACKAGE):
        assert package in apt_line.group(1).split()
        assert package in ci_packages.group(1).split()


def test_missing_fonts_are_named_in_one_line() -> None:
    assert missing_fonts_message(has_emoji=True, has_cjk=True) is None
    line = missing_fonts_message(has_emoji=False, has_cjk=False)
    assert line is not None and "\n" not in line
    assert EMOJI_PACKAGE in line and CJK_PACKAGE in line
    assert emoji_family(["DejaVu Sans", "Noto Color Emoji"]) == "Noto Color Emoji"
    assert emoji_family(["DejaVu Sans"]) is None


def test_emoji_and_cjk_are_drawn_with_fonts_that_have_them(qapp) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

    from widgets.app import _apply_font

    families = set(QFontDatabase.families())
    if emoji_family(families) is None or not QFontDatabase.families(
            QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip(f"install {EMOJI_PACKAGE} and {CJK_PACKAGE} (the README's list) to run this")
    _apply_font(qapp)
    assert QFontDatabase.applicationEmojiFontFamilies() == [emoji_family(families)]
    for text in ("👍🏽", "日本語", "中文"):
        layout = QTextLayout(text, QFont("DejaVu Sans", 10))
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        for run in layout.glyphRuns():
            assert 0 not in run.glyphIndexes(), f"{text!r} drawn as boxes"
            assert run.rawFont().familyName() != "DejaVu Sans"
