"""Who a "he" or "she" giving a figure stands for, among the speakers named before it: not one
whose gender the text contradicts, and no one where two people named could be meant.

"Governor Ana Ruiz said ... Police chief John Smith said ... Expressing grief, she announced
that 11 people had died" gave the figure to the nearest speaker, Smith. A name alone says no
gender here (no lists of first names: they are long, and wrong across languages); what does
is a title or an honorific ("Mr", "Ms", "King", "Queen"), in the speaker's name or before
their surname elsewhere in the text where it titles the speaker ("Ms Ruiz"; not "Mrs Smith,
his wife" of "John Smith"), or the text saying "he" or "she" of them right after their own
speech verb ("Smith said he had ordered the gates shut"); a body ("the ministry") is no "he"
or "she". Where the speakers left are two people or more and none is known to be meant -- the
nearest the only one the text gives the pronoun's gender -- the figure has no source rather
than a guessed one ("Mr Smith ... Mr Jones ... He" as "John Smith ... Peter Jones ... He").
Pure functions on text, no Qt.
"""

from __future__ import annotations

import re

_TITLES = {
    **dict.fromkeys(["mr", "sir", "lord", "king", "prince", "duke", "emperor", "monsieur",
                     "señor", "senhor", "herr", "signor", "father", "brother", "baron",
                     "count", "earl", "sheikh", "sultan"], "he"),
    **dict.fromkeys(["ms", "mrs", "miss", "madam", "madame", "dame", "lady", "queen",
                     "princess", "duchess", "empress", "señora", "senhora", "frau", "signora",
                     "sister", "baroness", "countess", "sheikha"], "she"),
}
"""Words before a name that say its bearer's gender."""
_PRONOUNS = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she"}
_SPOKE = (r"(?:said|says|told|added|announced|stated|wrote|noted|insisted|explained|stressed|"
          r"confirmed|warned)")
_BODIES = frozenset([
    "ministry", "department", "office", "agency", "police", "army", "government", "council",
    "committee", "commission", "authority", "authorities", "service", "services", "news",
    "press", "times", "post", "television", "tv", "radio", "bureau", "university", "company",
    "corporation", "group", "party", "court", "force", "forces", "guard", "administration",
    "house", "network", "media", "organisation", "organization", "union"])
"""Words that end the name of a body, not of a person ("State Department", "Associated
Press")."""


def _words(source: str) -> list[str]:
    return [word.strip(".,'’") for word in source.split()]


def _surname(source: str) -> str | None:
    """The last word of `source` if it is a capitalised name ("Smith" of "John Smith")."""
    words = _words(source)
    if not words or not words[-1][:1].isupper() or not words[-1].isalpha():
        return None
    return words[-1]


def names_a_person(source: str) -> bool:
    """Whether `source` names a person: a title before a name ("Mr Smith"), or two
    capitalised words at its end that end no body's name ("Police chief John Smith"; not
    "State Department")."""
    words = _words(source)
    if any(word.lower() in _TITLES for word in words[:-1]) and _surname(source):
        return True
    last = words[-2:]
    return len(last) == 2 and all(word[:1].isupper() and word.isalpha() for word in last) \
        and not any(word.lower() in _BODIES for word in last)


def is_a_body(source: str) -> bool:
    """Whether `source` names a body, not a person: a body's word ends it or opens it before
    "of" ("the ministry", "State Department", "Ministry of Health"; not "Police chief John
    Smith", nor "Police spokesman"). A "he" or "she" never stands for one."""
    words = [word.lower() for word in _words(source) if word]
    if not words or names_a_person(source):
        return False
    opens_of = len(words) > 1 and words[0] in _BODIES and words[1] == "of"
    return words[-1] in _BODIES or opens_of


def gender_of(source: str, text: str) -> str | None:
    """"he" or "she" where a title in `source` or in `text` before its surname (where it titles
    the speaker: `_titled_elsewhere`), or a pronoun the text says of it right after its speech
    verb, tells; None where nothing does."""
    for word in _words(source)[:-1]:
        if word.lower() in _TITLES:
            return _TITLES[word.lower()]
    surname = _surname(source)
    if surname is None or not names_a_person(source):
        return None
    if (titled := _titled_elsewhere(source, surname, text)) is not None:
        return titled
    name = re.escape(surname)
    said = re.search(rf"\b{name}\s+{_SPOKE}\s+(?:that\s+)?(he|she|his|her)\b", text)
    return _PRONOUNS[said.group(1).lower()] if said else None


_KIN = frozenset(["wife", "husband", "widow", "widower", "son", "daughter", "mother", "father",
                  "brother", "sister", "parents", "child", "children", "partner", "family"])
"""Words that make a titled surname beside them a relative's ("Mrs Smith, his wife")."""


_KIN_AFTER = re.compile(r"\s*,\s*(?:(?:his|her|their|the\s+\w+['’]s)\s+)?(\w+)", re.IGNORECASE)
_KIN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(\w+),?\s*$", re.IGNORECASE)


def _beside_kin(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` of `text` has a relative's word in apposition ("Mrs
    Smith, his wife", "Mrs Smith, wife of the chief", "his wife Mrs Smith"); not a kin word
    further on ("Mr Smith said his wife was safe")."""
    after = _KIN_AFTER.match(text, end)
    before = _KIN_BEFORE.search(text[max(0, start - 30) : start])
    return any(found is not None and found.group(1).lower() in _KIN for found in (after, before))


def _titled_elsewhere(source: str, surname: str, text: str) -> str | None:
    """The gender an honorific before the speaker's surname elsewhere in `text` gives ("Ms
    Ruiz" of "Ana Ruiz"), only where it titles the speaker: with the speaker's first name
    ("Mrs Jane Smith" of "Jane Smith"), or bare where the text names no other bearer of the
    surname -- no one else's first name before it, no relative beside a titled one ("Mrs
    Smith, his wife" is not "Fire chief John Smith") and no honorifics of both genders. A
    relative's "Mrs" gave the chief a "she", and the figure after "He said" no source."""
    words = _words(source)
    first = words[-2] if len(words) > 1 and words[-2][:1].isupper() \
        and words[-2].lower() not in _TITLES else None
    name = re.escape(surname)
    bare: set[str] = set()
    for found in re.finditer(rf"\b([A-Z][a-z]+)\.?\s+(?:([A-Z][a-z]+)\s+)?{name}\b", text):
        title, given = found.group(1), found.group(2)
        if title.lower() not in _TITLES:
            if given is None and title not in words:
                return None  # another bearer: "Jane Smith" beside "John Smith"
            continue  # (the speaker's own: "John Smith", "Governor Smith" of "Governor ...")
        if given is not None:
            if given == first:
                return _TITLES[title.lower()]  # "Mrs Jane Smith": the speaker herself
            continue  # ("Mrs Jane Smith" of "John Smith": someone else)
        if _beside_kin(text, found.start(), found.end()):
            return None  # a relative of the same name
        bare.add(_TITLES[title.lower()])
    return bare.pop() if len(bare) == 1 else None


def meant_by(pronoun: str, speakers: list[str], text: str) -> str | None:
    """The one of `speakers` (the nearest first) that `pronoun` stands for in `text`: the
    nearest, skipping bodies and those whose gender contradicts a "he" or "she"; None where
    none is left, or where another person left could be meant as well as the nearest (the
    nearest is known to be meant where it alone is given the pronoun's gender)."""
    gender = _PRONOUNS.get(pronoun.lower())
    if gender is None:
        return speakers[0] if speakers else None  # ("they", "the statement": no gender)
    # (a body -- "the ministry said" -- is an "it" or a "they", never a "he" or a "she")
    fitting = [speaker for speaker in speakers if not is_a_body(speaker)
               and gender_of(speaker, text) in (None, gender)]
    if not fitting:
        return None
    nearest = fitting[0]
    others = [speaker for speaker in fitting[1:]  # (another person: "Ruiz" is "Ana Ruiz")
              if _surname(speaker) != _surname(nearest) and names_a_person(speaker)]
    if not names_a_person(nearest) or not others:
        return nearest
    if gender_of(nearest, text) == gender \
            and all(gender_of(other, text) != gender for other in others):
        return nearest  # the one person the text gives the pronoun's gender, and the nearest
    return None  # two people either of whom could be meant ("Mr Smith ... Mr Jones ... He")
