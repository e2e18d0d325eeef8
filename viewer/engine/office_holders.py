"""Who an office stands for in one document: a quotation attributed by an office alone ('"...,"
the president said', '«...», a souligné le procureur', '«...», ha afirmado el Rey') is the words
of the person the document names beside that office ('President Joe Biden', 'Le procureur de la
République de Paris, Rémy Heitz', 'Carlos Mazón, presidente de la Generalitat').

Pure functions of the corpus, for `viewer.engine.speakers`. An office is read as the titles
(`attribution_vocabulary.OFFICES`) it is made of, with the word right before them ("foreign
minister", "US President") and a word in lower case right after in a language that puts an
office's modifiers there ("le président américain", not "der Kanzler zudem"):
the office of an attribution and that of a mention must have the same last title, the mention's
holding every word of the attribution's and no title more ("the president" is not the "Vice
President"; "the minister" is neither "Foreign Minister Wang Yi" nor "Defence Minister X" where
the document names both); a mention with the very words of the attribution comes first ("le
président" is "le président Emmanuel Macron", not "le président américain Donald Trump"). The
holder is the first run of two capitalised words or more after the office, within HOLDER_REACH
words of it in its sentence ("le président de la République Emmanuel Macron", "the prime
minister of Japan, Fumio Kishida"), or the one ending right before a comma and the office
("Carlos Mazón, presidente de la Generalitat"); and it must be someone the document has speak
beside a reporting verb somewhere (`speaking_people.speaking`: "the president of the United
States" names no "States"). Where the office fits one person of the document, it is that
person's; where it fits several or none, nobody's.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.attribution_names import NAME_REACH, UNKNOWN, AttributionWords
from viewer.engine.per_document import document_language, once_per_document
from viewer.engine.speaking_people import speaking
from viewer.engine.tokens import TokenisedCorpus

HOLDER_REACH = 6
"""The most words between an office's last word and the first word of its holder's name (a
complement between: "de la République de Paris,")."""

Office = tuple[int, frozenset[int]]
"""An office as read: its last title (a word hash) and all its words."""


def office_speaker(corpus: TokenisedCorpus, document: int, first: int, end: int) -> int:
    """The person the office beside a reporting verb in global tokens [first, end) stands for
    in `document` (module docstring), UNKNOWN if no office stands within NAME_REACH words of
    a verb there as its subject, or it fits several people or none."""
    words = AttributionWords.of(corpus, document, first, end)
    for verb in words.verbs.tolist():
        at = _office_near(words, verb)
        if at is not None:
            return _holder(corpus, document,
                           _office_at(words, at, _modified_after(corpus, document)))
    return UNKNOWN


def _office_near(words: AttributionWords, verb: int) -> int | None:
    """The index of the office word that is the subject of the verb at index `verb`: within
    NAME_REACH words before it, in its sentence ('the president said'), else after it ('a
    déclaré le président'); None if none, or if that office stands for nobody in particular
    (an indefinite article before it, '"...," a spokesman said'), is the one spoken to ('he
    told the president', 'a-t-il dit au président') or completes another noun ('a spokesman
    for the president', 'the wife of the president', "l'entourage du président")."""
    found = None
    for at in range(verb - 1, max(verb - 1 - NAME_REACH, -1), -1):
        if words.sentence[at + 1]:
            break
        if words.title[at]:
            found = at
            break
    if found is None:
        found = words.office_after(verb)
    if found is None or _indefinite(words, found) or _governed(words, found):
        return None
    return found


def _run_start(words: AttributionWords, at: int) -> int:
    """The first word of the run of titles holding index `at`."""
    while at > 0 and words.title[at - 1] and not words.clause[at]:
        at -= 1
    return at


def _indefinite(words: AttributionWords, at: int) -> bool:
    """Whether the office whose word is at index `at` opens with an indefinite article."""
    start = _run_start(words, at)
    for before in (start - 1, start - 2):
        if before < 0 or words.clause[before + 1]:
            return False
        if words.hashes[before] in _INDEFINITE_ARTICLES:
            return True
    return False


def _governed(words: AttributionWords, at: int) -> bool:
    """Whether the office whose word is at index `at` follows, an article between at most, a
    word that makes it the one spoken to or another noun's complement (ADDRESSING, _OF)."""
    start = _run_start(words, at)
    before = start - 1
    if before >= 0 and not words.clause[start] and words.definite[before]:
        before -= 1
    return bool(before >= 0 and not words.clause[before + 1]
                and (words.addressing[before] or int(words.hashes[before]) in _OF))


_INDEFINITE_ARTICLES = frozenset(reporting.hashes_of(
    "a an un une uno una ein eine einer einem einen um uma een").tolist())
"""Articles before an office that stands for someone unnamed ("a spokesman", "un porte-parole")."""
_OF = frozenset(reporting.hashes_of(
    "of for from with about close near du des de del della dello dei degli di da do dos das "
    "von vom des der zu zum zur fur van").tolist())
"""Words after which an office completes another noun ("a spokesman for the president", "the
wife of the president", "l'entourage du président", "der Sprecher des Präsidenten")."""


def _office_at(words: AttributionWords, at: int, modified_after: bool) -> Office:
    """The office (its last title, its words) holding the office word at index `at`, with the
    word in lower case after it where `modified_after` (`_modified_after`)."""
    first, last = _run_start(words, at), at
    while last + 1 < len(words.hashes) and words.title[last + 1] and not words.clause[last + 1]:
        last += 1
    members = set(words.hashes[first:last + 1].tolist())
    # (the word right before: "foreign minister", "US President"; and one in lower case right
    # after, the adjective or genitive of languages that put it there: "le président
    # américain", "minister sprawiedliwości"; not an adverb where a modifier comes first: "sagte
    # der Kanzler zudem" is the chancellor's)
    if (first > 0 and not words.clause[first] and not _function(words, first - 1)
            and not in_sorted(words.hashes[first - 1:first], reporting.CONTINUING)[0]):
        members.add(int(words.hashes[first - 1]))
    after = last + 1
    if (modified_after and after < len(words.hashes) and not words.clause[after]
            and not words.capital[after] and not _function(words, after)
            and not in_sorted(words.hashes[after:after + 1], reporting.CONTINUING)[0]):
        members.add(int(words.hashes[after]))
    return int(words.hashes[last]), frozenset(members)


def _function(words: AttributionWords, at: int) -> bool:
    """Whether the word at index `at` is a function word, an article or a word of time: no part
    of an office ("the", "mercredi")."""
    return bool(in_sorted(words.hashes[at:at + 1], reporting.FUNCTION)[0]
                or int(words.hashes[at]) in _ARTICLES or words.definite[at] or words.date[at])


_ARTICLES = frozenset(reporting.hashes_of("die den").tolist())
"""German articles the function words leave out, being English words too ("Die Bundeskanzlerin
sagte" is the chancellor's office, no office of "die Bundeskanzlerin" of its own)."""


def _holder(corpus: TokenisedCorpus, document: int, office: Office) -> int:
    """The one person of `document` that `office` fits (module docstring), else UNKNOWN."""
    last, members = office
    fitting = [(mention_members == members, person)
               for (mention_last, mention_members), person in _mentions(corpus, document)
               if mention_last == last and members <= mention_members
               and not (mention_members - members) & _CHANGING_WORDS]
    # (the office as written fitting one person exactly: "le président" is not "le président
    # américain" the document also names)
    exact = {person for same, person in fitting if same}
    people = exact if exact else {person for _, person in fitting}
    return people.pop() if len(people) == 1 else UNKNOWN


_CHANGING_WORDS = frozenset(reporting.TITLES.tolist()) | frozenset(reporting.hashes_of(
    "former ex late outgoing ancien ancienne anciens lancien lancienne ehemalige ehemaliger "
    "ehemaligen "
    "expresidente exministro exministra ex-president ex-président").tolist())
"""Words that make another office of one ("Vice President", "former President", "l'ancien
président"): a mention holding one more than the attribution is not its office."""


MODIFIER_BEFORE_LANGUAGES = frozenset({"en", "de", "nl", "sv", "no", "da"})
"""Languages (codes of `reporting.LANGUAGES`) that put an office's adjectives and nouns before
it ("the foreign minister", "der Außenminister"): a word in lower case after an office is no
part of it there, in any other language (or none known) it may be ("le président américain")."""


def _modified_after(corpus: TokenisedCorpus, document: int) -> bool:
    """Whether an office in `document` may take the word in lower case after it
    (MODIFIER_BEFORE_LANGUAGES)."""
    return document_language(corpus, document) not in MODIFIER_BEFORE_LANGUAGES


@once_per_document
def _mentions(corpus: TokenisedCorpus, document: int) -> list[tuple[Office, int]]:
    """Every office the document names a speaking person beside, with that person: each run of
    titles in the document (by its last word) with the speaking person named right after it or
    right before its comma."""
    start, stop = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    words = AttributionWords.of(corpus, document, start, stop)
    modified_after = _modified_after(corpus, document)
    found: list[tuple[Office, int]] = []
    titles = np.flatnonzero(words.title)
    # (one office per run of titles: its last word)
    lasts = titles[(titles + 1 >= len(words.hashes)) | ~np.isin(titles + 1, titles)]
    for at in lasts.tolist():
        office = _office_at(words, at, modified_after)
        name = _name_after(words, at)
        if name == UNKNOWN:
            name = _name_before(words, at)
        if name == UNKNOWN:
            continue
        person = speaking(corpus, document, name)
        if person != UNKNOWN:
            found.append((office, person))
    return found


def _name_after(words: AttributionWords, office: int) -> int:
    """The last word of the first run of names that starts within HOLDER_REACH words after the
    office's last word (at index `office`), in its sentence: two words or more right after the
    office or after a comma ("President Joe Biden", "the prime minister of Japan, Fumio
    Kishida"), three or more after the office's complement ("le président de la République
    Emmanuel Macron": "the president of South Korea" names a place, no holder)."""
    at = office + 1
    while at < min(office + 1 + HOLDER_REACH, len(words.hashes)):
        if words.sentence[at]:
            return UNKNOWN
        if not words.name[at]:
            at += 1
            continue
        last = at
        while last + 1 < len(words.hashes) and words.name[last + 1] and not words.clause[last + 1]:
            last += 1
        needed = 2 if at == office + 1 or words.clause[at] else 3
        if last + 1 - at >= needed and not words.addressed(at):
            return int(words.hashes[last])
        at = last + 1
    return UNKNOWN


def _name_before(words: AttributionWords, office: int) -> int:
    """The last word of a run of two names or more ending right before a comma that an
    article or nothing then the office follows ("Carlos Mazón, presidente de ...", "Rémy
    Heitz, le procureur de Paris")."""
    start = office
    while start > 0 and words.title[start - 1] and not words.clause[start]:
        start -= 1
    comma = start if not words.definite[start - 1] or start == 0 else start - 1
    if comma <= 1 or not words.clause[comma] or words.sentence[comma]:
        return UNKNOWN
    last = comma - 1
    if not (words.name[last] and words.name[last - 1] and not words.clause[last]):
        return UNKNOWN
    return int(words.hashes[last])
