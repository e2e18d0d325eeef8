"""Names of countries and territories in English, and whether a capitalised word can name a
people ("Iraqi", "Thai", "French"): babel's CLDR data, installed with the app, read once.

A figure's place ("The UK has recorded 456 cases": the UK is where, not who said it) and a
national group ("80 US soldiers", "Iraqi troops") need to know which words are places and
peoples. A pattern alone ("a capitalised word ending in -i, -an, -ese, -ish") took the "Rai" of
"Chiang Rai" for a people; the CLDR's country names (and its language names, which are most
peoples' adjectives: "French", "Dutch", "Thai") tell them apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ALIASES = frozenset([
    "UK", "U.K.", "US", "U.S.", "USA", "U.S.A.", "Britain", "Great Britain", "America",
    "England", "Scotland", "Wales", "Northern Ireland", "Burma", "Turkey", "Czech Republic",
    "Ivory Coast", "Congo", "Hong Kong", "Macau", "Palestine", "Gaza", "West Bank", "Vatican",
])
"""Short and common names the CLDR's display names leave out ("United Kingdom" is there,
"the UK" is how news writes it)."""
_STEM = 4
"""A people's adjective shares this many first letters with a word of its country's name
("Iraqi" / "Iraq", "Thai" / "Thailand", "Korean" / "South Korea")."""


@lru_cache(maxsize=1)
def territory_names() -> frozenset[str]:
    """English names of countries, territories and world regions, with common short forms."""
    from babel import Locale

    names = set(_ALIASES)
    for name in Locale("en").territories.values():
        # "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China": each usable part.
        for part in re.split(r"\s+-\s+|\s*[()]\s*|\s+SAR\s+", name):
            if part.strip():
                names.add(part.strip())
    return frozenset(names)


@lru_cache(maxsize=1)
def _peoples() -> tuple[frozenset[str], frozenset[str]]:
    from babel import Locale

    english = Locale("en")
    stems = {word[:_STEM].lower() for name in territory_names() for word in name.split()
             if len(word) >= _STEM}
    return frozenset(stems), frozenset(english.languages.values())


def is_territory(name: str) -> bool:
    """Whether `name` ("Italy", "the UK", "South Korea") names a country or territory."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE) in territory_names()


def may_name_a_people(word: str) -> bool:
    """Whether a capitalised word can be a people's adjective ("Iraqi", "Thai", "French")."""
    stems, languages = _peoples()
    return word in languages or (len(word) >= _STEM and word[:_STEM].lower() in stems)
