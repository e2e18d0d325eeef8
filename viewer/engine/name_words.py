"""Names: whether a short match's words beyond stock vocabulary are names and titles only, what
share of a range's words are names, and which capitalised words are nouns in a language that
capitalises its nouns.

Pure functions of the corpus and some token ranges, for the evidence rules
(`viewer.engine.evidence`) and the attaching of short matches (`viewer.engine.short_matches`).
A short match whose content words are all names and titles ("President X said on Wednesday",
"Selva Hydro did not immediately respond to a request for comment") is the outlets' formula,
not a statement (in Arabic, without capitals, a name is told by its particles, "بن", "آل");
in German a capitalised word after an article, a number or a word in lower case
is a noun, no name ("144 Passagiere und 6 Besatzungsmitglieder").
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import flat_ranges, in_sorted, unique_values
from viewer.engine.per_document import once_per_document
from viewer.engine.tokens import INITIAL_CAPITAL, INITIAL_DIGIT, TokenisedCorpus

CONTENT_WORDS_FOR_EVIDENCE = 2
"""An unquoted short match is evidence of a shared statement only with this many content words
(names alone are not: "the Lurimu Command said on Wednesday" carries two)."""


def names_only(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each global token range, whether its content words are names and titles only:
    fewer than CONTENT_WORDS_FOR_EVIDENCE of them are written without a capital ("President
    Soso Kibulu said on Wednesday", "Selva Hydro did not immediately respond to a request for
    comment": a formula with a name in it; not "Iran said it would not seek war with America"),
    and it is no list of LISTED_PEOPLE people named in full or more ("Evelyn Dieckhaus, Hallie
    Scruggs and William Kinney": the victims' names the police released, not a formula).
    A phrase in title case (a headline: function words capitalised after its first word, two of
    them or all) and text in scripts without case are not judged by case."""
    owner, positions = flat_ranges(firsts, ends)
    ranges = len(firsts)
    hashes = corpus.hashes[positions]
    # (a false friend is told by the language of the text around the range: "Bundeskanzler Olaf
    # Scholz (SPD) hat die" holds no word only German has, "hat" and "die" are English words too)
    languages = _languages_around(corpus, firsts, ends, owner, hashes)
    stock = reporting.stock_in(hashes, languages)
    function = reporting.function_in(hashes, languages)
    # Each word's first character, judged for case and digits by the tokeniser (whole arrays:
    # the ranges hold hundreds of thousands of words).
    initials = corpus.initials[positions]
    capital = (initials & INITIAL_CAPITAL) != 0
    digit = (initials & INITIAL_DIGIT) != 0
    # (a capital after a sentence end says nothing about title case)
    gap_before = corpus.gaps[positions + corpus.document_of(positions)]
    sentence_start = (gap_before & np.uint16(breaks.SENTENCE_BREAK)) != 0
    range_first = positions == firsts[owner]
    title = np.bincount(owner[function & capital & ~range_first & ~sentence_start],
                        minlength=ranges)
    lower = np.bincount(owner[function & ~capital], minlength=ranges)
    # (a number says no more than a name: "on March 10, 2019"; nor do the words an Arabic
    # name's particles join, which no capital tells)
    named = _joined_by_name_particles(corpus.hashes[positions], owner, ~stock & ~function)
    plain = np.bincount(owner[~function & ~capital & ~stock & ~digit & ~named],
                        minlength=ranges)
    # (one capitalised "The" among lower-case function words is a name's: "co-founder of
    # The Hill Reporter"; a headline capitalises them all, or most)
    headline = (title >= 2) | ((title == 1) & (lower == 0))
    found = (plain < CONTENT_WORDS_FOR_EVIDENCE) & ~headline
    # In a language that capitalises its nouns a capitalised word standing alone is a noun
    # ("144 Passagiere und 6 Besatzungsmitglieder"); asked only of the ranges it may change,
    # the language being asked of their documents alone.
    may_be_noun = found[owner] & capital & ~stock & ~function & ~sentence_start
    ask = np.flatnonzero(may_be_noun)
    ask = ask[_noun_like(corpus, positions[ask])]
    ask = ask[capitalises_nouns(corpus, corpus.document_of(positions[ask]))]
    plain += np.bincount(owner[ask], minlength=ranges)
    # (a list of people named in full with their ages, "Evelyn Dieckhaus, Hallie Scruggs and
    # William Kinney, all 9", is what someone published, the victims' names, not a formula
    # around one name; a byline, a credit line or a list of leaders gives no ages)
    found = (plain < CONTENT_WORDS_FOR_EVIDENCE) & ~headline
    name = capital & ~stock & ~function & ~digit
    same_range = np.zeros(len(positions), dtype=bool)
    same_range[1:] = owner[1:] == owner[:-1]
    clause = (gap_before & np.uint16(breaks.CLAUSE)) != 0
    joined = np.zeros(len(positions), dtype=bool)
    joined[1:] = name[1:] & name[:-1] & same_range[1:] & ~clause[1:]
    opening = name & ~joined & np.concatenate((joined[1:], [False]))  # (a run of two or more)
    # (each after a comma, a semicolon or a bullet, or a word joining two items of a list, or
    # the range's first; not after a sentence's end, nor "Department of Public Safety",
    # "Bolsonaro e o governador de ...")
    before = np.concatenate((np.zeros(1, dtype=hashes.dtype), hashes[:-1]))
    listed = opening & ((clause & ~sentence_start) | in_sorted(before, _LIST_WORDS))
    openings = np.flatnonzero(opening)
    if len(openings):
        first_run = np.ones(len(openings), dtype=bool)
        first_run[1:] = owner[openings][1:] != owner[openings][:-1]
        listed[openings[first_run]] = True
    people = np.bincount(owner[listed], minlength=ranges)
    for asked in np.flatnonzero(found & (people >= LISTED_PEOPLE)).tolist():
        found[asked] = not _with_ages(corpus, int(firsts[asked]), int(ends[asked]))
    return np.asarray(found)


def name_share(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each global token range, the share of its words that are names: capitalised, beyond
    stock vocabulary and function words, not opening a sentence ("MKE Ankaragücü-Çaykur
    Rizespor müsabakası sonrasında hakem Halil Umut Meler'e yapılan saldırıyı": seven of
    fourteen), nor reading as a noun where nouns are capitalised ("der Einzelfall",
    `_noun_like`: asked of every document, a headline in capitals making one look like a
    language that capitalises its nouns). A phrase in title case (two function words or more
    capitalised, not opening a sentence or the range: "League Suspends All Matches After Club
    President Punches Referee On The Pitch") tells no names by its capitals: 0."""
    owner, positions = flat_ranges(firsts, ends)
    hashes = corpus.hashes[positions]
    gap_before = corpus.gaps[positions + corpus.document_of(positions)]
    sentence_start = (gap_before & np.uint16(breaks.SENTENCE_BREAK)) != 0
    capital = (corpus.initials[positions] & INITIAL_CAPITAL) != 0
    function = in_sorted(hashes, reporting.FUNCTION)
    name = capital & ~sentence_start & ~reporting.stock(hashes) & ~function
    asked = np.flatnonzero(name)
    name[asked[_noun_like(corpus, positions[asked])]] = False
    title = np.bincount(owner[capital & function & ~sentence_start
                              & (positions != firsts[owner])], minlength=len(firsts))
    share = np.bincount(owner[name], minlength=len(firsts)) / np.maximum(ends - firsts, 1)
    return np.asarray(np.where(title >= 2, 0.0, share))


AGE_REACH = 12
"""Words before and after a list of people in which their ages are looked for ("The three
children were all age 9: ...", "..., all 9 years old")."""
AGE_WORDS = reporting.hashes_of("age aged ages all both ans ano anos años anni età alter jahre")
"""Words before an age ("age 9", "all 9", "âgé de"... the number right after)."""
OLDEST = 120


def _with_ages(corpus: TokenisedCorpus, first: int, end: int) -> bool:
    """Whether a number that reads as an age (up to OLDEST) stands within AGE_REACH words of
    the global token range [first, end), in its document: right after a comma or a bracket
    that follows a name ("Cynthia Peak, 61", "Mike Hill (61)") or after a word of AGE_WORDS
    ("all 9", "age 9")."""
    document = corpus.document_at(first)
    low = max(first - AGE_REACH, int(corpus.offsets[document]) + 1)
    high = min(end + AGE_REACH, int(corpus.offsets[document + 1]))
    text = corpus.texts[document]
    for at in (low + np.flatnonzero(corpus.initials[low:high] & INITIAL_DIGIT)).tolist():
        word = text[int(corpus.starts[at]):int(corpus.ends[at])]
        if not word.isdigit() or int(word) > OLDEST:
            continue
        gap = text[int(corpus.ends[at - 1]):int(corpus.starts[at])]
        after_name = (gap.strip() in (",", "(") and bool(
            corpus.initials[at - 1] & INITIAL_CAPITAL))
        if after_name or in_sorted(corpus.hashes[at - 1:at], AGE_WORDS)[0]:
            return True
    return False


_LIST_WORDS = reporting.hashes_of("and et y e und i en dan ve og och")
"""Words that join the items of a list."""
LISTED_PEOPLE = 3
"""A range naming this many people in full (runs of two capitalised words or more) or more is a
list of people, no formula with a name in it (`names_only`)."""


LANGUAGE_CONTEXT_WORDS = 40
"""The words before and after a range (in its document) that tell the language of its false
friends."""


def _languages_around(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray,
                      owner: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """For each word of the ranges (`owner`, `hashes`), the index in `reporting.LANGUAGES` of
    the language of the text around its range (LANGUAGE_CONTEXT_WORDS either side), -1 where
    unknown; asked only of the ranges holding a false friend."""
    languages = np.full(len(firsts), -1, dtype=np.int64)
    asked = unique_values(owner[reporting.false_friends(hashes)])
    if len(asked):
        document = corpus.document_of(firsts[asked])
        low = np.maximum(firsts[asked] - LANGUAGE_CONTEXT_WORDS, corpus.offsets[document])
        high = np.minimum(ends[asked] + LANGUAGE_CONTEXT_WORDS, corpus.offsets[document + 1])
        around, positions = flat_ranges(low, high)
        languages[asked] = reporting.language_of(corpus.hashes[positions], around, len(asked))
    return np.asarray(languages[owner])


NAME_PARTICLES = reporting.hashes_of("بن بنت ابن آل")
"""Arabic particles of a name ("son of", "daughter of", "family of": "الشيخ محمد بن زايد آل
نهيان"): a script without capitals, whose names only their particles tell."""


def _joined_by_name_particles(hashes: np.ndarray, owner: np.ndarray,
                              plain: np.ndarray) -> np.ndarray:
    """Whether each word (of ranges `owner`) is a name particle after a `plain` word (neither
    stock nor a function word: a name, "محمد بن", not "إن ابن", "that the son of") or a word
    right before or after one in its range: the parts of a name written "X bin Y Al Z"."""
    same = owner[1:] == owner[:-1]
    particle = in_sorted(hashes, NAME_PARTICLES)
    if not particle.any():
        return particle
    particle[0] = False
    particle[1:] &= plain[:-1] & same
    named = particle.copy()
    named[1:] |= particle[:-1] & same
    named[:-1] |= particle[1:] & same
    return named


NOUN_CAPITALS_SHARE = 0.45
"""A document capitalises its nouns (German, Luxembourgish) where this share of its words
within sentences, function words aside, is capitalised: about half in German news text, at
most a third in English, French, Spanish or Italian news text, however many names it gives."""
NOUN_CAPITALS_MIN_WORDS = 30
"""Fewer words within sentences than this tell nothing of a document's capitals."""


def capitalises_nouns(corpus: TokenisedCorpus, documents: np.ndarray) -> np.ndarray:
    """For each document index, whether the document capitalises its nouns
    (NOUN_CAPITALS_SHARE), asked once per distinct document."""
    unique, inverse = np.unique(documents, return_inverse=True)
    owner, positions = flat_ranges(corpus.offsets[unique], corpus.offsets[unique + 1])
    hashes = corpus.hashes[positions]
    gaps = corpus.gaps[positions + unique[owner]]
    within_sentence = ((gaps & np.uint16(breaks.SENTENCE_BREAK)) == 0) & ~reporting.function(
        hashes, owner, len(unique))
    capital = (corpus.initials[positions] & INITIAL_CAPITAL) != 0
    words = np.bincount(owner[within_sentence], minlength=len(unique))
    capitals = np.bincount(owner[within_sentence & capital], minlength=len(unique))
    nouns = (words >= NOUN_CAPITALS_MIN_WORDS) & (capitals >= NOUN_CAPITALS_SHARE * words)
    return np.asarray(nouns[inverse.reshape(-1)], dtype=bool)


_ARTICLES = reporting.hashes_of(
    "der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem "
    "keinen")
"""Articles of a language that capitalises its nouns: the word after one is a noun."""


def _noun_like(corpus: TokenisedCorpus, positions: np.ndarray) -> np.ndarray:
    """Whether the capitalised word at each global position reads as a noun where nouns are
    capitalised: after an article, a number or a word of content in lower case ("der
    Einzelfall", "144 Passagiere", "tragischen Einzelfall"; not "sagte Wendrik"), or with a
    noun's ending after a preposition ("zu Auseinandersetzungen"), with no capitalised
    neighbour outside stock vocabulary after it, in its clause. A name runs on ("Kanzlerin
    Angela Merkel") or follows a preposition ("von Marseille", "laut Germanwings", "im
    Irak")."""
    last = len(corpus.hashes) - 1
    before, after = np.maximum(positions - 1, 0), np.minimum(positions + 1, last)
    documents = corpus.document_of(positions)
    clause = np.uint16(breaks.CLAUSE)
    joined_before = (corpus.gaps[positions + documents] & clause) == 0
    joined_after = (corpus.gaps[after + corpus.document_of(after)] & clause) == 0
    initial_before = corpus.initials[before]
    word_before = corpus.hashes[before]
    # (a word of content: after a reporting verb, a date or a title a capital is the speaker's
    # name, "sagte Wendrik am Montag" as "said Wendrik on Monday")
    lower_word = (((initial_before & INITIAL_CAPITAL) == 0) & ~reporting.stock(word_before))
    announced = (in_sorted(word_before, _ARTICLES) | ((initial_before & INITIAL_DIGIT) != 0)
                 | in_sorted(word_before, reporting.NUMBERS) | lower_word)
    name_after = (((corpus.initials[after] & INITIAL_CAPITAL) != 0)
                  & ~reporting.stock(corpus.hashes[after]) & joined_after)
    noun = joined_before & ~name_after & (positions > 0)
    # (after a preposition, or another function word in lower case, a noun's ending says so:
    # "zu Auseinandersetzungen"; not after a verb, "sagte Hartung", nor in a run of capitals,
    # "der Bertelsmann Stiftung"; read of the few words it may change)
    small_before = ((initial_before & INITIAL_CAPITAL) == 0) & in_sorted(word_before,
                                                                       reporting.FUNCTION)
    ending = np.flatnonzero(noun & ~announced & small_before)
    announced[ending] = _noun_ending(corpus, positions[ending], documents[ending])
    return np.asarray(noun & announced)


_NOUN_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
                 "tion", "tionen", "ität", "itäten", "ismus")
"""Endings of nouns in a language that capitalises them (German); a surname may end so
("Hartung"), and an institution's name ("Bertelsmann Stiftung"), so they are read only after a
function word in lower case."""
NOUN_ENDING_MIN_LETTERS = 7
"""A word this long or longer is read by its ending ("Leitung", not "Jung")."""


def _noun_ending(corpus: TokenisedCorpus, positions: np.ndarray,
                 documents: np.ndarray) -> np.ndarray:
    """Whether the word at each global position ends as only nouns do (_NOUN_ENDINGS)."""
    found = np.zeros(len(positions), dtype=bool)
    for k, (position, document) in enumerate(zip(positions.tolist(), documents.tolist(),
                                                 strict=True)):
        word = corpus.texts[document][int(corpus.starts[position]):int(corpus.ends[position])]
        found[k] = (len(word) >= NOUN_ENDING_MIN_LETTERS
                    and word.lower().endswith(_NOUN_ENDINGS))
    return found


def capitalised(corpus: TokenisedCorpus, first: int, end: int) -> np.ndarray:
    """Whether each global token in [first, end) starts with a capital letter."""
    return np.asarray((corpus.initials[first:end] & INITIAL_CAPITAL) != 0)


def nouns_among(corpus: TokenisedCorpus, document: int, positions: np.ndarray,
                name: np.ndarray) -> np.ndarray:
    """`name` (a mask over the global `positions` of one document) without the words that
    read as nouns: only in a document that capitalises its nouns (asked once a document), as
    `_noun_like` reads it ("bei dem gestrigen Auftritt gesagt": no speaker "Auftritt")."""
    asked = np.flatnonzero(name)
    if not len(asked) or not _capitalises_nouns(corpus, document):
        return name
    kept = name.copy()
    kept[asked[_noun_like(corpus, positions[asked])]] = False
    return kept


@once_per_document
def _capitalises_nouns(corpus: TokenisedCorpus, document: int) -> bool:
    """Whether `document` capitalises its nouns (`capitalises_nouns`), asked of it alone only
    where bounds on its counts leave the answer open: which false friends are function words
    depends on the document's language, whose reading costs several times the rest (most
    documents asked, in English or French, are far below NOUN_CAPITALS_SHARE however the false
    friends count)."""
    first, end = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    hashes = corpus.hashes[first:end]
    within = (corpus.gaps[first + document:end + document]
              & np.uint16(breaks.SENTENCE_BREAK)) == 0
    capital = (corpus.initials[first:end] & INITIAL_CAPITAL) != 0
    friend = reporting.false_friends(hashes)
    # (a word not a false friend is a function word as listed, whatever the language: the false
    # friends counted as words give the most words and capitals, left out the fewest words)
    maybe_word = within & ~(in_sorted(hashes, reporting.FUNCTION) & ~friend)
    most_words = int(np.count_nonzero(maybe_word))
    fewest_words = int(np.count_nonzero(maybe_word & ~friend))
    most_capitals = int(np.count_nonzero(maybe_word & capital))
    if most_words < NOUN_CAPITALS_MIN_WORDS \
            or most_capitals < NOUN_CAPITALS_SHARE * fewest_words:
        return False
    return bool(capitalises_nouns(corpus, np.array([document]))[0])
