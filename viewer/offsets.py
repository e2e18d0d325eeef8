"""Code point <-> UTF-16 conversion for one shown text: the single place offsets cross into Qt.

Parallax offsets count Unicode code points (Python `str` indices); `QTextCursor` positions count
UTF-16 code units, so every character outside the Basic Multilingual Plane (emoji, some CJK)
shifts Qt positions by one. Panes show `Article.text[body_start:]`, so the map also subtracts the
start of the shown slice. Nothing here imports Qt.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
"""A character outside the BMP: two UTF-16 units (found by the regex engine, not a Python loop)."""


class Utf16Map:
    """Converts between code-point offsets in a full text and UTF-16 positions in a shown slice.

    `base` is where the shown slice starts in the full text (`Article.body_start`); offsets before
    it clamp to the slice start, offsets past the end clamp to the slice end.
    """

    def __init__(self, text: str, base: int = 0) -> None:
        self.base = base
        shown = text[base:]
        self.length = len(shown)
        astral = [match.start() for match in _ASTRAL.finditer(shown)]
        # UTF-16 position where each astral character starts: its index plus one extra unit for
        # every astral character before it.
        self._astral_utf16 = [index + n for n, index in enumerate(astral)]
        self._astral = astral
        self.utf16_length = self.length + len(astral)

    def to_utf16(self, offset: int) -> int:
        """The Qt position of code-point `offset` of the full text."""
        local = min(max(offset - self.base, 0), self.length)
        return local + bisect_left(self._astral, local)

    def to_code_point(self, position: int) -> int:
        """The full-text code-point offset of Qt position `position`.

        A position inside a surrogate pair maps to the start of that character.
        """
        position = min(max(position, 0), self.utf16_length)
        # Astral characters starting before `position`; each one adds an extra UTF-16 unit.
        extra = bisect_left(self._astral_utf16, position)
        return self.base + position - extra

    def range_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)

    def range_to_code_points(self, start: int, end: int) -> tuple[int, int]:
        return self.to_code_point(start), self.to_code_point(end)
