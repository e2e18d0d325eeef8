"""Says once on stderr which script of the articles opened no installed font draws, the articles
using it and the package to install -- as the window says at start when emoji or CJK fonts are
missing. A folder of Bengali articles on a machine without a Bengali font showed boxes and
nothing said why (tester, session 58). `viewer.script_fonts` reads the articles (a sample of
each); this asks Qt's font database about each script found, once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from shiboken6 import isValid

from viewer.script_fonts import ScriptsSeen, missing_script_message
from viewer.workspace import Workspace

Draws = Callable[[str, str], bool]
"""Whether an installed font draws a script, given its name and a letter of it."""


def script_has_font(script: str, letter: str) -> bool:
    """Whether an installed font draws `letter` of `script`: one Qt lists for the script's
    writing system ("Bengali"; fontconfig's coverage of the script's language), else one that
    holds `letter` itself. The letter is asked about whenever the writing system finds no
    family, not only for a script Qt has none for (Ethiopic, Ol Chiki): fontconfig counts a
    font for a language by the whole alphabet it lists for it, and does not list DejaVu Sans
    for N'Ko ('nqo') though it draws N'Ko text, which was then said to show as boxes."""
    system = getattr(QFontDatabase.WritingSystem, script.replace("'", "").capitalize(), None)
    if system is not None and QFontDatabase.families(system):
        return True
    # (each family's own font, with no fallback to another: a QFont of any family answers for
    # every letter some installed font has)
    return any(QRawFont.fromFont(QFont(family)).supportsCharacter(ord(letter))
               for family in QFontDatabase.families())


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr)


class ScriptFontWarning(QObject):
    """Reads each article the workspace gets once, and says each script without a font once."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None, *,
                 draws: Draws | None = None, say: Callable[[str], None] = _to_stderr) -> None:
        """`draws`: whether a script has a font (default: `script_has_font`)."""
        super().__init__(parent)
        self.workspace, self.say = workspace, say
        self.draws = draws if draws is not None else script_has_font
        self._read: set[str] = set()
        """The articles read (by id): an opened folder is not read again for each file added."""
        self._checked: set[str] = set()
        """The scripts whose fonts were looked for (said or not, never twice)."""
        self._pending = False
        workspace.corpus_changed.connect(self._corpus_changed)
        self._corpus_changed()  # (the articles the window was built with)

    def _corpus_changed(self) -> None:
        if isValid(self) and not self._pending:  # (a window closed before its workspace)
            # Once the window has shown the articles: the warning never holds them up (and
            # changes in a row are read in one go).
            self._pending = True
            QTimer.singleShot(0, self, self.check)

    def check(self) -> None:
        self._pending = False
        articles = [a for a in self.workspace.corpus.articles if a.id not in self._read]
        self._read.update(article.id for article in articles)
        seen = ScriptsSeen.of(articles)
        for script, letter in seen.letters.items():
            if script not in self._checked:
                self._checked.add(script)
                if not self.draws(script, letter):
                    self.say(missing_script_message(script, seen.articles[script]))
