"""The window says once on stderr which script of its articles no installed font draws (tester,
session 58: a Bengali folder showed boxes and nothing was said)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QFontDatabase

import widgets.script_font_warning as warning
from viewer.corpus import Article
from viewer.script_fonts import SCRIPTS_PACKAGE
from viewer.workspace import Workspace
from widgets.script_font_warning import ScriptFontWarning, script_has_font

BENGALI = "বাংলাদেশের রাজধানী ঢাকায় আজ সংবাদ সম্মেলন হয়েছে।"
THAI = "กรุงเทพมหานคร ข่าววันนี้"
GREEK = "Η Αθήνα σήμερα"


def _without(*scripts: str):  # type: ignore[no-untyped-def]
    """A machine whose fonts draw every script but `scripts`."""
    return lambda script, _letter: script not in scripts


def test_each_script_without_a_font_is_said_once_with_its_articles(qtbot) -> None:
    workspace = Workspace([Article("bn1", BENGALI, "t", Path("/x/01_jagonews.txt")),
                           Article("gr", GREEK, "t", Path("/x/02_kathimerini.txt")),
                           Article("bn2", BENGALI, "t", Path("/x/03_sarabangla.txt"))])
    said: list[str] = []
    owner = QObject()
    ScriptFontWarning(workspace, owner, draws=_without("Bengali", "Thai", "Ethiopic"),
                      say=said.append)
    qtbot.waitUntil(lambda: len(said) == 1)
    assert "no installed font draws Bengali, which 2 articles use (01_jagonews.txt, " \
           "03_sarabangla.txt)" in said[0] and SCRIPTS_PACKAGE in said[0]
    workspace.add_articles([Article("bn3", BENGALI, "t", Path("/x/04_more.txt")),
                            Article("th", THAI, "t", Path("/x/05_thairath.txt"))])
    qtbot.waitUntil(lambda: len(said) == 2)
    assert "draws Thai, which 1 article uses (05_thairath.txt)" in said[1]
    workspace.add_articles([Article("bn4", BENGALI, "t", Path("/x/06_again.txt"))])
    workspace.add_articles([Article("am", "ሰላም ለዓለም", "t", Path("/x/07_addis.txt"))])
    qtbot.waitUntil(lambda: len(said) == 3)
    assert "draws Ethiopic" in said[2]
    assert sum("Bengali" in line for line in said) == 1  # said once, not for each new article


def _fontconfig_has(letter: str) -> bool | None:
    """Whether fontconfig, which Qt asks on Linux, lists an installed font holding `letter`;
    None where there is no `fc-list` to ask."""
    if shutil.which("fc-list") is None:
        return None
    listed = subprocess.run(["fc-list", f":charset={ord(letter):x}", "family"],
                            capture_output=True, text=True, timeout=30, check=False)
    return bool(listed.stdout.strip())


def _needs_dejavu_sans() -> None:
    if "DejaVu Sans" not in QFontDatabase.families():
        pytest.skip("DejaVu Sans (fonts-dejavu-core, which .ci/run installs) is not installed")


def test_the_font_database_is_asked_about_each_script(qapp) -> None:
    assert script_has_font("Greek", "Α")  # (DejaVu Sans, which the README installs, has it)
    # A script Qt has no writing system for is looked up by its letter in each family's own
    # font: an unassigned code point is in none.
    assert not script_has_font("Ol Chiki", "\u0378")


def test_a_letter_no_writing_system_covers_is_looked_up_in_the_fonts(qapp) -> None:
    """Tifinagh has no Qt writing system and DejaVu Sans draws it; Ol Chiki is drawn by no font
    .ci/run installs (Noto's fonts-noto-core has it: then nothing is said, rightly)."""
    _needs_dejavu_sans()
    assert script_has_font("Tifinagh", "\u2d30")  # ⴰ, DejaVu Sans
    ol_chiki = "\u1c5a"  # ᱚ
    if _fontconfig_has(ol_chiki) is not False:
        pytest.skip("a font on this machine draws Ol Chiki (or fontconfig cannot say)")
    assert not script_has_font("Ol Chiki", ol_chiki)


def test_a_script_whose_writing_system_lists_no_font_is_drawn_by_one_with_its_letter(
        qapp) -> None:
    """fontconfig lists DejaVu Sans for no N'Ko language, yet it draws N'Ko text (reviewer: "will
    show as boxes" was said for text the window drew)."""
    _needs_dejavu_sans()
    assert script_has_font("N'Ko", "\u07d2")  # ߒ
    thai = "\u0e01"  # ก: DejaVu Sans has the baht sign, not Thai's letters
    if _fontconfig_has(thai) is not False:
        pytest.skip("a font on this machine draws Thai (or fontconfig cannot say)")
    assert not script_has_font("Thai", thai)


def test_the_app_says_it_on_stderr(qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from widgets.app import build_window

    folder = tmp_path / "bn"
    folder.mkdir()
    (folder / "01_jagonews.txt").write_text(f"{BENGALI}\n\n{BENGALI}\n", encoding="utf-8")
    (folder / "02_sarabangla.txt").write_text(f"{BENGALI}\n\n{BENGALI} ২\n", encoding="utf-8")
    monkeypatch.setattr(warning, "script_has_font", _without("Bengali"))
    _app, window = build_window([folder], persist=False)
    qtbot.addWidget(window)
    said: list[str] = []

    def heard() -> bool:
        said.extend(capsys.readouterr().err.splitlines())
        return any("draws Bengali" in line for line in said)

    qtbot.waitUntil(heard, timeout=20_000)
    line = next(line for line in said if "draws Bengali" in line)
    assert "which 2 articles use (01_jagonews.txt, 02_sarabangla.txt)" in line
    window.session.close(timeout=5.0)
