"""A person's fullest name in one document, and whether a line is in title case.

Pure functions of the corpus, for `viewer.engine.speakers`. An article names a person in full
once and then by one name ("Tedros Adhanom Ghebreyesus", then "Mr Tedros"), so the one name
stands for the fullest run of capitals that ends with it there; a headline capitalises every
word ("Mabena Hails Okonte As Deputy") and names nobody.
"""

from __future__ import annotations

import re
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import flat_ranges, in_sorted
from viewer.engine.surname_particles import NAME_PARTICLES, window_particles
from viewer.engine.tokens import INITIAL_CAPITAL, TokenisedCorpus

NAME_WORDS = 4
"""The longest run of capitals read as one person's name ("Tedros Adhanom Ghebreyesus")."""
HONORIFICS = reporting.hashes_of("mr mrs ms miss dr prof sir dame mme mlle herr frau")
"""Words of address before a name, no part of it ("Mr Tedros" is "Tedros" named by one name)."""
_TITLE_CASE_LETTERS = 4
"""In a line in title case no word this long is in lower case ("Warns of Hard Winter")."""
_WORD = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"['’]s$")


def full_name(corpus: TokenisedCorpus, document: int, word: int) -> int:
    """`_full_name`, each (document, word) found once per corpus: the speakers of a
    document's quotations ask of its few names again and again."""
    known = _FULL_NAMES.setdefault(corpus, {})
    key = (document, word)
    if key not in known:
        known[key] = _full_name(corpus, document, word)
    return known[key]


_FULL_NAMES: WeakKeyDictionary[TokenisedCorpus, dict[tuple[int, int], int]] = (
    WeakKeyDictionary())
"""Each corpus's (document, word) -> fullest name, found once."""


def _full_name(corpus: TokenisedCorpus, document: int, word: int) -> int:
    """The speaker `word` as the last word of the longest name of the document that holds it:
    an article names a person in full once and then by one name ("Tedros Adhanom Ghebreyesus",
    then "Mr Tedros"), so both are "ghebreyesus" there. A name is a run of capitalised words
    that are no stock words, with no punctuation between (`_runs`). A word that ends a name of
    two words or more is a surname already ("Tunde Mabena": the "Mabena Foundation Hall" the
    article also names is no fuller name of his); and where the fuller name's last word ends
    another person's name too ("Tunde Mabena", "Ayo Mabena"), the one name tells the two apart
    ("Ayo said")."""
    runs = _runs(corpus, document, word)
    if any(len(run) > 1 and run[-1] == word for run in runs):
        return word
    fullest = max(runs, key=len, default=(word,))
    # (an acronym asked only where a fuller name would be taken: most names have none)
    if len(fullest) < 2 or _acronym(corpus, document, word):
        return word
    others = [run for run in _runs(corpus, document, fullest[-1])
              if run[-1] == fullest[-1] and len(run) > 1]
    if any(run[-len(fullest):] != fullest and fullest[-len(run):] != run for run in others):
        return word
    return fullest[-1]


def _acronym(corpus: TokenisedCorpus, document: int, word: int) -> bool:
    """Whether `word` is written in capitals wherever `document` gives it ("UEFA", "NATO"; not
    a surname a headline in capitals holds): a body's name, whole as it is. The capitals after
    it name something of the body's ("the UEFA Club Licensing ... Regulations", "UEFA President
    Aleksander Čeferin"), not its fuller name: read so, "UEFA said" was "Licensing" said."""
    start, stop = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    places = start + np.flatnonzero(corpus.hashes[start:stop] == word)
    text = corpus.texts[document]
    written = [text[int(corpus.starts[at]):int(corpus.ends[at])] for at in places.tolist()]
    stems = [_POSSESSIVE.sub("", w) for w in written]  # ("UEFA's")
    return bool(stems) and all(len(w) > 1 and w.isupper() for w in stems)


def named_in_full(corpus: TokenisedCorpus, document: int, word: int) -> bool:
    """Whether `document` gives a name of two words or more that ends with `word` ("Mike
    Bush", "Recep Tayyip Erdoğan"): a person named in full, not an office or a place written
    alone ("the Palace", "UK", "SPD")."""
    known = _IN_FULL.setdefault(corpus, {})
    key = (document, word)
    if key not in known:
        known[key] = any(len(run) > 1 and run[-1] == word
                         for run in _runs(corpus, document, word))
    return known[key]


_IN_FULL: WeakKeyDictionary[TokenisedCorpus, dict[tuple[int, int], bool]] = WeakKeyDictionary()
"""Each corpus's (document, word) -> `named_in_full`, found once."""


def _runs(corpus: TokenisedCorpus, document: int, word: int) -> list[tuple[int, ...]]:
    """The runs of capitalised words holding `word` in `document`, each as its hashes: words
    within NAME_WORDS - 1 of it that are no stock words or HONORIFICS, with no punctuation
    between, outside
    lines in title case (a headline capitalises every word: "Mabena Hails Okonte As Deputy"
    names nobody "hails")."""
    start, stop = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    places = start + np.flatnonzero(corpus.hashes[start:stop] == word)
    if not len(places):
        return []
    text = corpus.texts[document]
    # (every place's window looked up at once, each window its own range for `stock`)
    lows = np.maximum(places - NAME_WORDS + 1, start)
    highs = np.minimum(places + NAME_WORDS, stop)
    owner, positions = flat_ranges(lows, highs)
    hashes_all = corpus.hashes[positions]
    name_all = (((corpus.initials[positions] & INITIAL_CAPITAL) != 0)
                & ~reporting.stock(hashes_all, owner, len(places))
                & ~in_sorted(hashes_all, HONORIFICS))
    gaps_all = corpus.gaps[positions + document]
    joined_all = (gaps_all & breaks.CLAUSE) == 0
    bounds = np.concatenate(([0], np.cumsum(highs - lows))).tolist()
    # (walked as Python lists: a few steps per place, where a numpy element costs more)
    hashes_listed, name_listed = hashes_all.tolist(), name_all.tolist()
    joined_listed = joined_all.tolist()
    runs = []
    for place, low, character, window_first, window_end in zip(
            places.tolist(), lows.tolist(), corpus.starts[places].tolist(), bounds[:-1],
            bounds[1:], strict=True):
        first = last = window_first + place - low
        if not name_listed[first] or not text[character].isupper() \
                or title_case(text, character):
            continue
        # (a particle inside a surname goes on with it: "Marcelo Rebelo de Sousa"; asked only
        # of a window holding one, few do)
        window = slice(window_first, window_end)
        inside = window_particles(corpus, document, low, hashes_all[window], name_all[window],
                                  gaps_all[window])[0].tolist() if not NAME_PARTICLES.isdisjoint(
            hashes_listed[window]) else [False] * (window_end - window_first)
        while first > window_first and joined_listed[first] and (
                name_listed[first - 1] or inside[first - 1 - window_first]):
            first -= 1
        while last + 1 < window_end and joined_listed[last + 1] and (
                name_listed[last + 1] or inside[last + 1 - window_first]):
            last += 1
        # (the particles inside a surname are no part of its hashes: "Rebelo de Sousa" and
        # "Rebelo Sousa" are one name)
        runs.append(tuple(hashes_listed[at] for at in range(first, last + 1)
                          if name_listed[at]))
    return runs


_SURNAME_OF = frozenset(reporting.hashes_of("de di").tolist())
"""Words of OF that may open a surname after an office ("El ministro de Guindos")."""


def surnames_after_offices(corpus: TokenisedCorpus, document: int, first: int,
                           hashes: np.ndarray, name: np.ndarray, office: np.ndarray) -> np.ndarray:
    """For the words of `document` from global token `first` (their `hashes`, which are
    `name`s, which `office` words), whether each name right after an office and "de" is a
    surname: the document names someone in full with it ("Luis de Guindos", then "El ministro
    de Guindos dijo"); else it is the office's body ("el ministro de Economía", "o Chefe de
    Estado")."""
    found = np.zeros(len(hashes), dtype=bool)
    for at in (np.flatnonzero(name[2:] & office[:-2]) + 2).tolist():
        if int(hashes[at - 1]) in _SURNAME_OF:
            found[at] = named_in_full(corpus, document, int(hashes[at]))
    return found


def title_case(text: str, at: int) -> bool:
    """Whether the line holding character `at` is in title case: two words or more, none of
    _TITLE_CASE_LETTERS letters or more in lower case."""
    return _title_case_line(text, text.rfind("\n", 0, at) + 1)


@lru_cache(maxsize=256)
def _title_case_line(text: str, start: int) -> bool:
    """`title_case` of the line starting at character `start` (asked again of the many words of
    one line: found once; a text's hash is computed once and kept by the string; the few texts
    the cache keeps alive are those last asked of)."""
    end = text.find("\n", start)
    # (read word by word up to the first long one in lower case, which settles it: a story's
    # paragraph has one among its first few words, and is not read whole)
    words = 0
    for match in _WORD.finditer(text, start, len(text) if end < 0 else end):
        if match.end() - match.start() >= _TITLE_CASE_LETTERS and text[match.start()].islower():
            return False
        words += 1
    return words > 1
