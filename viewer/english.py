"""Whether a text is English: most of its words are in simplemma's English dictionary (loaded
for the figures' lemmas anyway). Asked by the figures (English rules read English sentences)
and by the HTML report (an article's words marked as of another language). No Qt."""

from __future__ import annotations

ENGLISH_SHARE = 0.5
"""A text is English when more than this share of its words are English words."""


def is_english(text: str) -> bool:
    """Whether most of `text`'s words are English: English's zero "no" is "not" or "in the" in
    Spanish, Italian and Portuguese, which outlets in those languages write before verbs and
    names."""
    from simplemma import in_target_language

    return in_target_language(text, lang="en") > ENGLISH_SHARE
