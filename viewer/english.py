"""Which language a text is in, as far as Parallax asks: whether it is English (most of its
words are in simplemma's English dictionary, loaded for the figures' lemmas anyway), and
whether it is Chinese, Japanese or Korean (by its scripts). Asked by the figures (English rules
read English sentences) and by the HTML report (an article's words marked as of another
language, Chinese, Japanese and Korean by name). No Qt."""

from __future__ import annotations

import re

from viewer.unspaced_scripts import HAN, HANGUL, KANA

ENGLISH_SHARE = 0.5
"""A text is English when more than this share of its words are English words."""


def is_english(text: str) -> bool:
    """Whether most of `text`'s words are English: English's zero "no" is "not" or "in the" in
    Spanish, Italian and Portuguese, which outlets in those languages write before verbs and
    names."""
    from simplemma import in_target_language

    return in_target_language(text, lang="en") > ENGLISH_SHARE


_KANA = re.compile(f"[{KANA}]")
_HANGUL = re.compile(f"[{HANGUL}]")
_HAN = re.compile(f"[{HAN}]")
EAST_ASIAN_SHARE = 0.3
"""A text is Chinese, Japanese or Korean when at least this share of its characters are
ideographs, kana or Hangul (the rest is digits, punctuation, Latin names)."""


def east_asian_language(text: str) -> str | None:
    """"zh", "ja" or "ko" for a text mostly written in those scripts (kana makes it Japanese,
    Hangul Korean, ideographs alone Chinese), else None: a browser chooses the glyphs of a
    Chinese character by the language it is told (a newcomer's Chinese quotes were declared
    English)."""
    kana, hangul, han = (len(pattern.findall(text)) for pattern in (_KANA, _HANGUL, _HAN))
    letters = sum(1 for char in text if not char.isspace())
    if not letters or kana + hangul + han < EAST_ASIAN_SHARE * letters:
        return None
    if hangul >= max(kana, han):
        return "ko"
    return "ja" if kana else "zh"
