"""Who wrote or sent a story, as a saved page prints it above the headline: a byline ("By Isabel
Debre", "Isabel Debre and Samy Magdy"), a name printed twice ("Katy Balls Katy Balls"), a wire
agency's credit ("The Associated Press", "共同通信") and its writer's title ("AP Sports Writer").

Pure functions of one line's words, for `viewer.loading.page_furniture` (no such line is a
title).
"""

from __future__ import annotations

AGENCIES = frozenset({
    "associated press", "the associated press", "ap", "reuters", "thomson reuters", "afp",
    "agence france-presse", "agence france presse", "dpa", "efe", "ansa", "upi", "bloomberg",
    "press association", "pa", "apa", "sda", "kyodo", "xinhua", "europa press", "lusa",
    "共同通信", "共同通信社", "時事通信", "時事通信社", "新华社", "新華社", "中央社",
    "연합뉴스", "뉴시스",
})
"""Wire agencies whose name alone, as a credit line, opens a page."""

BYLINE_WORDS = ("by", "por", "par", "von", "di", "de", "door")
"""The word a byline opens with ("By Isabel Debre")."""

_AND = frozenset({"and", "und", "et", "y", "e", "en"})
_PARTICLES = frozenset({"de", "di"})
"""Byline words that also open surnames ("Di Maio", "De Niro")."""

NAME_WORDS = (2, 3)
"""A person's name, as a byline writes it: two or three capitalised words."""


def named_twice(words: list[str]) -> bool:
    """A byline that names its author twice ("Katy Balls Katy Balls": the picture's caption and
    the name)."""
    half = len(words) // 2
    return (len(words) in (4, 6) and words[:half] == words[half:]
            and all(word[0].isupper() for word in words))


_STAFF_TITLES = frozenset({"writer", "writers", "correspondent", "correspondents", "reporter",
                           "reporters", "editor", "staff", "contributor"})
"""The last word of a wire writer's title under a byline ("AP Sports Writer", "Associated Press
Writer", "Reuters Staff")."""


def agency_title(words: list[str], lowered: list[str]) -> bool:
    """Whether a line's words (and the same in lower case) are a wire writer's title: an
    agency's name, at most three capitalised words, and a staff title ("AP Global Soccer
    Writer"; not the headline "Reuters names new editor")."""
    if not 2 <= len(lowered) <= 6 or lowered[-1] not in _STAFF_TITLES:
        return False
    return any(" ".join(lowered[:count]) in AGENCIES
               and all(word[:1].isupper() for word in words[count:-1])
               for count in (1, 2, 3) if len(lowered) - count <= 4)


def is_byline(words: list[str]) -> bool:
    """"By Isabel Debre", "Isabel Debre and Samy Magdy": names, two or three capitalised words
    each, joined by "and"; or a byline word then one such name. In Title Case "And" is a
    headline's word ("Stocks Rise And Oil Falls") and "De", "Di" a surname's particle ("Di Maio
    Resigns"): a byline writes them in lower case, or the whole line in capitals."""
    if not words:
        return False
    opener = words[0]
    if (opener.lower() in BYLINE_WORDS and len(words) >= 2
            and not (opener.lower() in _PARTICLES and opener.istitle())):
        return names(words[1:])
    return any(map(_joins, words)) and names(words)


def _joins(word: str) -> bool:
    return word in _AND or (word.isupper() and word.lower() in _AND)


def names(words: list[str]) -> bool:
    names: list[list[str]] = [[]]
    for word in words:
        if _joins(word):
            names.append([])
        else:
            names[-1].append(word)
    return all(NAME_WORDS[0] <= len(name) <= NAME_WORDS[1]
               and all(word[0].isupper() for word in name) for name in names)
