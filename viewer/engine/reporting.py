"""The vocabulary of news formulas, per language: the words every news story uses whatever it
reports, as sorted word-hash arrays for the stages.

Pure data and a few look-ups. Outlets writing about different events share formulas all the time:
"..., the news agency reported", "a déclaré mardi le Premier ministre belge", "ha detto il
presidente", "sagte die Bundeskanzlerin am Dienstag", "morts et des dizaines de blessés". The
evidence test (`viewer.engine.evidence`) counts the words of a short match beyond this vocabulary;
the stretches (`viewer.engine.stretches`, `viewer.engine.split_quotations`) look for an attribution
between two pieces of a text. One vocabulary serves them all, in English, French, Spanish, Italian,
German, Portuguese, Russian, Dutch, Indonesian, Hindi, Arabic, Polish, Turkish, Czech, Greek,
Swedish, Norwegian, Danish, Finnish and Ukrainian (the lists: `viewer.engine.reporting_words`,
`reporting_words_more`, `reporting_words_cs_el`, `reporting_words_nordic` and
`reporting_words_uk`; Russian, Ukrainian, Hindi, Arabic and Greek, in other scripts, have no
false friends): function words (each
language's common closed-class words, with the elided forms the tokeniser joins: "c'est" is
"cest"), verbs and nouns of reporting in the forms news text uses ("said", "a déclaré", "ha dicho",
"ha detto", "sagte", "disse"), dates and time expressions, numbers, titles ("Premier ministre",
"presidente", "Bundeskanzlerin"), the commonest nouns of news text and the words of casualty tolls
("killed", "blessés", "heridos"). The lists mirror each other: what English leaves out ("always",
"never") the others leave out; only English lists its commonest verbs ("go", "make", "take": "our
hearts go out to"). Titles are written with or without a capital ("le Premier ministre belge"):
with a name, a formula either way.

All languages' lists are used together: a text need not say which language it is in. A word
that is stock in one language but a content word in another ("die", "war", "hat" and "für" in
German, "son" and "sin" in Spanish, "come" and "dove" in Italian, "car" and "pour" in French)
is a false friend: it is stock only in a range of text whose function words are that
language's (`stock`): "the war in Ukraine" keeps "war" as content, "der Krieg war lang" does
not. Words are listed as written; they are normalised as the tokeniser does (case and accents
folded: "déclaré" is "declare", "für" is "fur", "Straße" is "strasse").
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import TABLE_MIN_VALUES, hash_slots, in_sorted
from viewer.engine.reporting_words import (
    ENGLISH,
    FRENCH,
    ITALIAN,
    PORTUGUESE,
    SPANISH,
)
from viewer.engine.reporting_words_cs_el import CZECH, GREEK
from viewer.engine.reporting_words_more import (
    ARABIC,
    DUTCH,
    GERMAN,
    HINDI,
    INDONESIAN,
    POLISH,
    RUSSIAN,
    TURKISH,
)
from viewer.engine.reporting_words_nordic import DANISH, FINNISH, NORWEGIAN, SWEDISH
from viewer.engine.reporting_words_uk import UKRAINIAN
from viewer.normalize import normalize_words
from viewer.token_hashing import word_hashes

_KINDS = ("function", "speech", "according", "statement", "that", "pronouns", "reporting",
          "dates", "numbers", "titles", "common", "feelings")
"""What each language lists: function words; reporting verbs; "according to"; "statement";
"that" after a reporting verb; pronouns that attribute a continued quote ('"...," he said');
other words of attribution and the news business; dates and times; numbers; titles; common
nouns and casualty tolls; the words of condolence every statement after a death or a disaster
uses ("shocked and saddened"). "false" lists the language's false friends (module docstring)."""

_LANGUAGES = {"en": ENGLISH, "fr": FRENCH, "es": SPANISH, "it": ITALIAN, "de": GERMAN,
              "pt": PORTUGUESE, "ru": RUSSIAN, "nl": DUTCH, "id": INDONESIAN, "hi": HINDI,
              "ar": ARABIC, "pl": POLISH, "tr": TURKISH, "cs": CZECH, "el": GREEK,
              "sv": SWEDISH, "no": NORWEGIAN, "da": DANISH, "fi": FINNISH, "uk": UKRAINIAN}
LANGUAGES = tuple(_LANGUAGES)


def listed_words(*kinds: str) -> frozenset[str]:
    """Every language's words of `kinds`, as written, in lower case (for a stage that reads
    text, not hashes: `viewer.engine.dash_quotes`)."""
    return frozenset(word.lower() for language in _LANGUAGES.values() for kind in kinds
                     for word in language.get(kind, "").split())


def hashes_of(words: str | list[str]) -> np.ndarray:
    """The sorted unique word hashes of `words` (a string of words separated by white space, or
    a list), normalised as the tokeniser does."""
    listed = words.split() if isinstance(words, str) else words
    return np.unique(word_hashes(normalize_words(sorted(set(listed)))))


def _kinds(*kinds: str, language: dict[str, str]) -> np.ndarray:
    """The hashes of one language's words of `kinds`."""
    return hashes_of(" ".join(language.get(kind, "") for kind in kinds))


def _every(kind: str) -> np.ndarray:
    """The hashes of every language's words of `kind`."""
    return hashes_of(" ".join(language.get(kind, "") for language in _LANGUAGES.values()))


def _without(hashes: np.ndarray, removed: np.ndarray) -> np.ndarray:
    return np.asarray(hashes[~in_sorted(hashes, removed)])


_FALSE = _every("false")
"""Every language's false friends (module docstring)."""
_STOCK_OF = [_kinds(*_KINDS, language=language) for language in _LANGUAGES.values()]
_DIGITS = hashes_of([str(number) for number in range(100)])
"""Numbers as the normal form writes them: no function word however a list spells them
(`viewer.number_words` makes Portuguese "dos", Spanish two, and French "très", Spanish three, the
digits "2" and "3"; a match ending on a number is no frame left open)."""
_FUNCTION_OF = [_without(_kinds("function", language=language), _DIGITS)
                for language in _LANGUAGES.values()]
STOCK = _without(np.unique(np.concatenate(_STOCK_OF)), _FALSE)
"""Stock words in any of the languages, false friends left out: stock in any text."""
FUNCTION = _without(np.unique(np.concatenate(_FUNCTION_OF)), _FALSE)
"""Function words in any of the languages, false friends left out."""


def _languages_of(words: np.ndarray, lists: list[np.ndarray]) -> np.ndarray:
    """For each of the sorted unique hashes `words`, a bit mask of the languages (bit k:
    LANGUAGES[k]) whose list in `lists` holds it."""
    return np.asarray(np.sum([in_sorted(words, listed).astype(np.int64) << k
                              for k, listed in enumerate(lists)], axis=0))


_FALSE_STOCK = _languages_of(_FALSE, _STOCK_OF)
_FALSE_FUNCTION = _languages_of(_FALSE, _FUNCTION_OF)
"""For each false friend, the languages in which it is stock, a function word."""
_VOTERS = [_without(own, np.unique(np.concatenate(
    [_FALSE] + [other for k, other in enumerate(_FUNCTION_OF) if k != index])))
    for index, own in enumerate(_FUNCTION_OF)]
_VOTER_ORDER = np.argsort(np.concatenate(_VOTERS), kind="stable")
_VOTER_HASHES = np.concatenate(_VOTERS)[_VOTER_ORDER]
_VOTER_LANGUAGE = np.repeat(np.arange(len(_VOTERS)), [len(v) for v in _VOTERS])[_VOTER_ORDER]
"""Each language's own function words, found in none of the others' lists, sorted, with their
language: they tell a text's language ("the", "der", "les", "los", "gli", "os")."""

COMMON = _every("common")
"""The commonest nouns of news text and casualty words ("people", "world", "family"): stock in
an outlet's own sentence, words of a statement inside quotation marks ("a man of the people")."""
FEELINGS = _every("feelings")
"""Words of sympathy and grief ("shocked", "saddened", "condolences"): stock, the formulas of
condolence statements about any event."""
SPEECH_VERBS = _every("speech")
"""Verbs that report what someone said, every language's forms ("The army announced ...", "a
déclaré", "ha detto", "sagte")."""
ATTRIBUTION = np.unique(np.concatenate(
    [SPEECH_VERBS, _every("statement"), _every("according")]))
"""Words that attribute a text to someone: reporting verbs, "statement", "according to"."""
ACCORDING = _every("according")
"""Words that attribute what follows or goes before to someone without a verb ("according to",
"selon", "según", "laut"): a quotation's attribution as a reporting verb is."""
CONTINUED = _every("continued")
"""Verbs that say a quoted text goes on ("continued", "poursuit", "prosegue")."""
ADDED = _every("added")
"""Verbs that report more of what was said ("added", "a ajouté", "fügte hinzu"): the text going
on where they name nobody ('It added that ...'), maybe another remark where they name someone
("she added")."""
CONCLUDED = _every("concluded")
"""Verbs that say a quoted text closes ("concluded", "conclut", "concluiu"): its last words,
where the text itself or nobody is their subject ('"...", concluiu', '"...," the statement
concluded'); a report's or a court's finding where another is ("the inquiry concluded")."""
CALLING = _every("calling")
"""Participles of calling something something ("called", "definito", "qualifié"): a verb that
opens a quotation after an auxiliary ('ha definito "...', 'has called it "...'), no reporting
verb elsewhere ('il piano definito "..."' is the plan's name for it)."""
AUXILIARIES = _every("auxiliary")
"""Auxiliaries of the past before a participle ("has", "ha", "a", "tem")."""
STATEMENTS = _every("statement")
"""Words for a written statement ("statement", "communiqué", "comunicado", "Erklärung")."""
ADMITTING = _every("admitting")
"""Verbs of owning up to something ("admitted", "a reconnu", "admitió"): they attribute a
quotation ('Bankman-Fried had admitted to "a series of bad decisions"'), but are no news
formula's words ("he was admitted to hospital" says something), so not stock."""
CONTINUING = np.union1d(np.union1d(SPEECH_VERBS, ADMITTING),
                        np.union1d(CONTINUED, np.union1d(ADDED, CONCLUDED)))
"""Verbs that attribute a continued quote after a pronoun: reporting verbs and "continued"."""
SAYING = np.union1d(CONTINUING, ACCORDING)
"""What makes words a quotation's attribution: the reporting verbs and "according to"."""
TITLES = _every("titles")
"""Titles and offices ("president", "Premier ministre", "portavoz"): a name's title, or the
office standing for an unnamed speaker ("the Foreign Minister said")."""
PLURAL = _every("plural")
"""Reporting verbs in the plural ("dijeron", "señalaron", "sagten", "заявили"): with no subject
written, "they", never the one speaker before ('"...", añadió' is; '"...", añadieron' is not)."""
PLURAL_PRONOUNS = hashes_of("they ils elles ellos ellas eles elas loro zij")
"""Pronouns that stand for several people: no one speaker named before them."""
THAT = _every("that")
"""The word that opens what a reporting verb reports ("said that", "a déclaré que"): a name
after it is the clause's subject, not the speaker."""
DATES = _every("dates")
"""Days, months and words of time ("Monday", "mercredi", "hier", "ayer", "oggi"): a speaker's
attribution may say when between the verb and the office ('a estimé mercredi la Première
ministre, Elisabeth Borne')."""
NUMBERS = _every("numbers")
"""Numbers and ordinals written as words ("six", "sechs", "dozens", "first")."""
PRONOUNS = _every("pronouns")
"""Subject pronouns that attribute a continued quote ('"...," he said', '« ... », a-t-il
ajouté', '"...", sagte er')."""
ATTRIBUTING = np.union1d(ATTRIBUTION, CONTINUING)
"""Every word of attribution: reporting verbs of every kind ("said", "continued", "added"),
"statement", "according to" ('"...," he continued. "..."', '"...", a réagi ...')."""
ATTRIBUTING_OR_PRONOUN = np.union1d(ATTRIBUTING, PRONOUNS)
"""Words of attribution and the pronouns that attribute ('"...," he said', '"...", a-t-il
ajouté')."""


def language_of(hashes: np.ndarray, owner: np.ndarray, ranges: int) -> np.ndarray:
    """For words (`hashes`) of `ranges` ranges (`owner`: each word's range), the index in
    LANGUAGES of each range's language, -1 where no language's own function words are more
    numerous than every other's (too few words to tell, or a tie)."""
    slot, hit = _slots(hashes, _VOTER_HASHES)
    languages = len(LANGUAGES)
    counts = np.bincount(owner[hit] * languages + _VOTER_LANGUAGE[slot[hit]],
                         minlength=ranges * languages).reshape(ranges, languages)
    ordered = np.sort(counts, axis=1)
    return np.where(ordered[:, -1] > ordered[:, -2], np.argmax(counts, axis=1), -1)


def _member(hashes: np.ndarray, owner: np.ndarray | None, ranges: int, shared: np.ndarray,
            languages: np.ndarray) -> np.ndarray:
    """Whether each word hash is in `shared`, or is a false friend whose `languages` (bit
    mask) hold its range's language."""
    found = in_sorted(hashes, shared)
    slot, friend = _false_friend_slots(hashes)
    if not len(friend):
        return np.asarray(found)
    if owner is None:
        owner, ranges = np.zeros(len(hashes), dtype=np.int64), 1
    # (the language is asked only of the ranges holding a false friend: few)
    asked = np.isin(owner, owner[friend])
    own = language_of(hashes[asked], owner[asked], ranges)[owner[friend]]
    found[friend] = _listed_in(languages[slot[friend]], own)
    return np.asarray(found)


def function_of_language(hashes: np.ndarray, language: int) -> np.ndarray:
    """Whether each word hash is listed among the function words of LANGUAGES[`language`]
    (none where `language` is -1, unknown): Dutch "dit" ("this") is one in Dutch, French "dit"
    ("said") in no French text."""
    if language < 0:
        return np.zeros(len(hashes), dtype=bool)
    return in_sorted(hashes, _FUNCTION_OF[language])


def stock_in(hashes: np.ndarray, languages: np.ndarray) -> np.ndarray:
    """Whether each word hash is stock vocabulary in its own text's language (`languages` as for
    `function_in`)."""
    found = in_sorted(hashes, STOCK)
    slot, friend = _false_friend_slots(hashes)
    found[friend] = _listed_in(_FALSE_STOCK[slot[friend]], languages[friend])
    return np.asarray(found)


def function_in(hashes: np.ndarray, languages: np.ndarray) -> np.ndarray:
    """Whether each word hash is a function word in its own text's language (`languages`: an
    index in LANGUAGES for each word, -1 where unknown, and then a false friend is none)."""
    found = in_sorted(hashes, FUNCTION)
    slot, friend = _false_friend_slots(hashes)
    found[friend] = _listed_in(_FALSE_FUNCTION[slot[friend]], languages[friend])
    return np.asarray(found)


def _false_friend_slots(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each word hash its slot in _FALSE, and the indices of the words that are false
    friends."""
    slot, hit = _slots(hashes, _FALSE)
    return slot, np.flatnonzero(hit)


def _slots(hashes: np.ndarray, members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each word hash, its index in the sorted `members` (any index where it is not one)
    and whether it is one: by a table on the hashes' bits where they are many
    (`arrays.hash_slots`, a fifth of the time of a binary search each through a list that
    misses the cache), else by binary search."""
    if len(hashes) >= TABLE_MIN_VALUES and hashes.dtype == np.uint64:
        slot = hash_slots(hashes, members)
        return np.maximum(slot, 0), slot >= 0
    slot = np.minimum(np.searchsorted(members, hashes), len(members) - 1)
    return slot, members[slot] == hashes


def _listed_in(masks: np.ndarray, own: np.ndarray) -> np.ndarray:
    """Whether each false friend's language bit mask (`masks`) holds its own language (`own`:
    an index in LANGUAGES, -1 where unknown: held by none)."""
    return np.asarray((own >= 0) & (((masks >> np.maximum(own, 0)) & 1) == 1))


def false_friend_hashes() -> np.ndarray:
    """The hashes of every language's false friends, sorted."""
    return _FALSE


def false_friends(hashes: np.ndarray) -> np.ndarray:
    """Whether each word hash is a false friend: a function or stock word in some languages
    only ("dove", "state", "den")."""
    return in_sorted(hashes, _FALSE)


def stock(hashes: np.ndarray, owner: np.ndarray | None = None, ranges: int = 1) -> np.ndarray:
    """Whether each word hash is stock vocabulary of news text (function words, reporting,
    dates, numbers, titles, common nouns), a false friend only in a range whose language is its
    own. `owner` gives each word's range (of `ranges`); without it the words are one range."""
    return _member(hashes, owner, ranges, STOCK, _FALSE_STOCK)


def function(hashes: np.ndarray, owner: np.ndarray | None = None,
             ranges: int = 1) -> np.ndarray:
    """Whether each word hash is a function word, as `stock` decides for false friends."""
    return _member(hashes, owner, ranges, FUNCTION, _FALSE_FUNCTION)


NEGATIONS = hashes_of(
    "not no nor never ne pas nie non não nicht kein keine не ні tidak bukan değil")
"""Words of negation: what a statement denies (no trimming takes them off or ends beside them,
`viewer.engine.dangling_ends`; two transcriptions hold as many each,
`viewer.engine.transcription_edits`)."""
