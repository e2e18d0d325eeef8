"""Which installed fonts can show emoji and Chinese/Japanese/Korean text, and what to say if none;
which text no italic font may show.

Qt draws a character the chosen font lacks with any installed font that has it (fontconfig's
fallback); on a bare Linux machine nothing has emoji or CJK glyphs and they show as boxes. The
window names an installed colour emoji font as Qt's emoji font (so emoji never pick a
black-and-white or box glyph first) and, when a script has no font at all, says once on stderr
which package to install (the other scripts, those of the articles opened:
`viewer.script_fonts`). The README's system-package line and `.ci/run` list both packages.
No Qt here: the window passes in the installed family names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EMOJI_FAMILIES = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji",
                  "JoyPixels", "EmojiOne Color", "Noto Emoji")
"""Emoji fonts, best first."""
EMOJI_PACKAGE = "fonts-noto-color-emoji"
CJK_PACKAGE = "fonts-noto-cjk"


def emoji_family(families: Iterable[str]) -> str | None:
    """The best installed emoji font family, or None."""
    installed = set(families)
    return next((family for family in EMOJI_FAMILIES if family in installed), None)


def missing_fonts_message(*, has_emoji: bool, has_cjk: bool) -> str | None:
    """One line naming what will show as boxes and the Debian/Ubuntu package that fixes it."""
    missing = [what for what, present in ((f"no emoji font ({EMOJI_PACKAGE})", has_emoji),
                                          (f"no Chinese/Japanese/Korean font ({CJK_PACKAGE})",
                                           has_cjk)) if not present]
    if not missing:
        return None
    return (f"parallax: {' and '.join(missing)} installed: those characters will show as boxes "
            "(install the package named to fix it)")


_WITHOUT_ITALICS = re.compile(
    "[\u0530-\u1c7f\u1c90-\u1cff\u2e80-\ua63f\ua6a0-\ua71f\ua800-\uab2f\uab70-\ud7ff"
    "\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufefe]")
"""Letters of the scripts after Latin, Greek and Cyrillic (Armenian, Hebrew, Arabic, Indic, Thai,
Georgian, Hangul, Chinese, Japanese, ...; not the Latin and Cyrillic extensions among them, the
private use area or the byte-order mark), whose writing has no italics: the italic faces of
common fonts leave them out (DejaVu Sans Oblique has no Arabic), and Qt then draws boxes rather
than fall back to the upright face."""


def italics_lack(text: str) -> bool:
    """Whether `text` holds letters that an italic face may not have (`_WITHOUT_ITALICS`): a pane
    marks such a run otherwise than in italics."""
    return _WITHOUT_ITALICS.search(text) is not None
