"""What two documents name alike: the names a document gives, and the tests of two events'
coverage that read them (for `viewer.engine.event_bridges`, `viewer.engine.evidence` and
`viewer.engine.nested_fragments`).

Pure functions of the corpus. A document's names are its capitalised words beyond the stock
vocabulary of news, not opening a sentence or a line; in a language that inflects names, two are
alike in their first letters where only an ending sets them apart ("Крымского моста", "на Крымском
мосту"). Two documents that name SHARED_NAMES things each and not one alike (to a short quoted
phrase they share, at most one alike), or few alike (`names_little_alike`), tell of two events;
a short quoted phrase found in three groups of documents or more is a phrase of news
(`common_phrase`).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import distinct_groups, flat_ranges, in_sorted, unique_values
from viewer.engine.index import ngram_hashes_at
from viewer.engine.tokens import INITIAL_CAPITAL, INITIAL_DIGIT, TokenisedCorpus
from viewer.normalize import normalize_words

SHARED_NAMES = 4
"""Two documents naming this many of the same names (capitalised words beyond the stock
vocabulary of news, not opening a sentence or a line) outside the match they share report one
event."""
SHARED_NAMES_SHARE = 1 / 3
"""... and so do two that name fewer, where these are this share of the names the one naming
fewer names (two short reports of one speech: "Jacinda Ardern", "Neve", "Clarke" of seven)."""


def names_in_common(corpus: TokenisedCorpus, names: tuple[dict[str, int], dict[str, int]],
                     stems: bool, inside: tuple[int, int]) -> tuple[int, set[str], int]:
    """Of two documents' names (`name_sets`), those of the words at global tokens `inside` of
    the first (what they share) aside: how many the one naming fewer names, which of the first's
    are alike the second's, and how many names (a name of several words counting once) the two
    share whole."""
    inside_forms = _forms(_words(corpus, corpus.document_at(int(inside[0])),
                                 *inside), stems)
    own_a = {name: run for name, run in names[0].items()
             if not _alike(name, inside_forms, stems)}
    own_b = {name: run for name, run in names[1].items()
             if not _alike(name, inside_forms, stems)}
    forms_b = _forms(own_b, stems)
    alike = {name for name in own_a if _alike(name, forms_b, stems)}
    # (documents that name too little to tell by are kept linked; a name of several words,
    # "NTSB Chair Jennifer Homendy", counts once, and only where the other names all of it:
    # "Dade County" and "Lexington County" share no name)
    partly = {run for name, run in own_a.items() if name not in alike}
    shared = {run for name, run in own_a.items() if name in alike} - partly
    return min(len(set(own_a.values())), len(set(own_b.values()))), alike, len(shared)


def names_little_alike(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray,
                       shared: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """For document pairs, whether the two name SHARED_NAMES things or more each and share fewer
    than SHARED_NAMES of them, and fewer than SHARED_NAMES_SHARE of the names of the one naming
    fewer, the words of what they share aside (`shared`: a global token range each, in the
    first): two events' documents, as the short unquoted sentence's test reads them. Documents in
    a script without capitals: False."""
    found = np.zeros(len(doc_a), dtype=bool)
    if not len(doc_a):
        return found
    names, inflecting = name_sets(corpus, unique_values(np.concatenate((doc_a, doc_b))))
    for k, (a, b) in enumerate(zip(doc_a.tolist(), doc_b.tolist(), strict=True)):
        if a not in names or b not in names:
            continue
        fewer, _, in_common = names_in_common(corpus, (names[a], names[b]),
                                               a in inflecting and b in inflecting,
                                               (int(shared[0][k]), int(shared[1][k])))
        found[k] = (fewer >= SHARED_NAMES and in_common < SHARED_NAMES
                    and in_common < SHARED_NAMES_SHARE * fewer)
    return found


def name_nothing_alike(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray,
                       shared: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """For document pairs, whether the two each name SHARED_NAMES things or more and not one of
    them alike, the words of what they share aside (`shared`: a global token range each): two
    events' documents, which a phrase two speakers happen to say ('"the right thing to do"')
    must not link. Documents in a script without capitals name nothing that can be told: False."""
    if not len(doc_a):
        return np.zeros(0, dtype=bool)
    # (most pairs share a name plainly: asked first of all, in array operations)
    return _nothing_alike(corpus, doc_a, doc_b, shared,
                          np.flatnonzero(~_share_a_name(corpus, doc_a, doc_b, shared)[0]))


def _nothing_alike(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray,
                   shared: tuple[np.ndarray, np.ndarray], asked: np.ndarray,
                   allowed: np.ndarray | None = None) -> np.ndarray:
    """`name_nothing_alike`, the full test, of the pairs `asked` (False for the others); with
    `allowed`, by pair, how many names (a name of several words counting once) may be alike."""
    found = np.zeros(len(doc_a), dtype=bool)
    if not len(asked):
        return found
    names, inflecting = name_sets(corpus, unique_values(np.concatenate((doc_a[asked],
                                                                      doc_b[asked]))))
    for k, a, b in zip(asked.tolist(), doc_a[asked].tolist(), doc_b[asked].tolist(),
                       strict=True):
        of_a, of_b = names.get(a), names.get(b)
        if of_a is None or of_b is None \
                or min(len(set(of_a.values())), len(set(of_b.values()))) < SHARED_NAMES:
            continue
        stems = a in inflecting and b in inflecting
        words = _forms(_words(corpus, a, int(shared[0][k]), int(shared[1][k])), stems)
        forms_b = _forms((name for name in of_b if not _alike(name, words, stems)), stems)
        alike = {run for name, run in of_a.items()
                 if not _alike(name, words, stems) and _alike(name, forms_b, stems)}
        found[k] = len(alike) <= (0 if allowed is None else int(allowed[k]))
    return found


PHRASE_NAMES_ALIKE = 1
"""Two documents that long matches do not connect, each naming SHARED_NAMES things or more, of
which at most this many alike, tell of two events to a short quoted phrase they share (a phrase
any speaker says, "stand ready to"): one event's outlets name its places and people alike, two
or more of them ("Аксёнов" and "Крымский мост")."""
COMMON_PHRASE_GROUPS = 3
"""A short quoted phrase whose words stand in documents of this many groups or more (groups that
long matches connect apart, two documents or more each) is a phrase of news ("loss of life",
said of a fire, an earthquake and a submarine's crew), no evidence between two documents that
name few things alike (`names_little_alike`: two events' coverage, "British" and "Coast Guard"
in both). One speaker's phrase that three agencies' stories of one event quote ("We have to
race against time"), between documents naming Kishida, Ishikawa, Noto and Wajima, still is."""


def common_phrase(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray,
                  groups: np.ndarray) -> np.ndarray:
    """For short phrases (global token ranges), whether their words, in their order, stand in
    documents of COMMON_PHRASE_GROUPS or more of the groups `groups` gives each document (those
    of two documents or more: documents linked to no other are no group). In array operations,
    phrase length by phrase length: each phrase's words keyed as an n-gram, looked for at every
    place one of the phrases' first words stands."""
    found = np.zeros(len(firsts), dtype=bool)
    hashes = corpus.hashes
    size = np.bincount(groups, minlength=int(groups.max()) + 1 if len(groups) else 0)
    lengths = ends - firsts
    for length in unique_values(lengths[lengths > 0]).tolist():
        asked = np.flatnonzero(lengths == length)
        phrases = ngram_hashes_at(hashes, firsts[asked], length)
        places = np.flatnonzero(in_sorted(hashes[:len(hashes) - length + 1],
                                          unique_values(hashes[firsts[asked]])))
        grams = ngram_hashes_at(hashes, places, length)
        hit = in_sorted(grams, unique_values(phrases))
        places, grams = places[hit], grams[hit]
        # (inside one document: words running over into the next one's are no phrase there)
        document = corpus.document_of(places)
        inside = places + length <= corpus.offsets[document + 1]
        places, grams, document = places[inside], grams[inside], document[inside]
        group = groups[document]
        grouped = size[group] >= 2
        gram_of, counts = distinct_groups(grams[grouped], group[grouped])
        found[asked] = in_sorted(phrases, gram_of[counts >= COMMON_PHRASE_GROUPS])
    return found


def two_events(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray,
               shared: tuple[np.ndarray, np.ndarray], groups: np.ndarray,
               phrases: np.ndarray, short: np.ndarray | None = None) -> np.ndarray:
    """For document pairs sharing a quoted phrase (`shared`: its global token range in the first
    document), whether they are two events' coverage: naming nothing alike (`name_nothing_alike`),
    or, where `phrases` says the shared words are a short phrase, naming at most PHRASE_NAMES_ALIKE
    things alike, or few things alike (`names_little_alike`) while the phrase stands in
    COMMON_PHRASE_GROUPS of `groups` or more (`common_phrase`). `short` (by default `phrases`) says
    which shared words are few enough for the one thing alike: a quoted sentence is no phrase any
    speaker says. The first pass in arrays is made once; pairs whose words alike open SHARED_NAMES
    names or more are one event's and not asked further."""
    share, counts = _share_a_name(corpus, doc_a, doc_b, shared)
    # (a short phrase's documents may name one thing alike, a country both events' outlets
    # name: "stand ready to", an aircraft maker's words after a crash and a government's
    # after a wildfire, in documents that both name the "United States")
    allowed = (phrases if short is None else short).astype(np.int64) * PHRASE_NAMES_ALIKE
    found = _nothing_alike(corpus, doc_a, doc_b, shared,
                           np.flatnonzero(~share | (counts <= allowed)), allowed)
    ask = np.flatnonzero(~found & phrases & (counts < SHARED_NAMES))
    ask = ask[common_phrase(corpus, shared[0][ask], shared[1][ask], groups)]
    found[ask] = names_little_alike(corpus, doc_a[ask], doc_b[ask],
                                    (shared[0][ask], shared[1][ask]))
    return found


def _share_a_name(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray,
                  shared: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """For document pairs, whether the two write one word alike, capitalised and beyond stock
    vocabulary, opening no sentence or line in either, the words of what they share (`shared`)
    aside: a name alike, so not "nothing alike", found in array operations; not said of pairs in
    two documents of a language that inflects names whose shared words hold a capitalised word
    (the full test sets aside its inflected forms as well, "Крымском" of "Крымский мост"). And,
    by pair, how many such words alike open a name (no capitalised word one space before them:
    "Kirkwall Coast Guard Station" is one name). (Words are keyed by their document and the high
    bits of their hash, and told from stock words without the document's language: a collision,
    or a capitalised false friend such as German "Die", may say so wrongly, and the pair is then
    linked as it was before the names test was asked of lone documents.)"""
    if len(doc_a) >= _KEY_NUMBERS or len(corpus) >= _KEY_NUMBERS:
        return np.zeros(len(doc_a), dtype=bool), np.zeros(len(doc_a), dtype=np.int64)
    documents = unique_values(np.concatenate((doc_a, doc_b)))
    owner, positions = flat_ranges(corpus.offsets[documents], corpus.offsets[documents + 1])
    doc = documents[owner]
    capital, opening = _capitalised_inside(corpus, positions, doc)
    keep = capital & ~opening
    # (a word opening its name: no capitalised word one space before it, "Coast" of "Kirkwall
    # Coast Guard Station" does not; names are counted by these)
    before = np.maximum(positions - 1, 0)
    going_on = (np.concatenate(([False], (owner[1:] == owner[:-1]))) & capital[np.maximum(
        np.arange(len(positions)) - 1, 0)] & (corpus.starts[positions] - corpus.ends[before] == 1))
    opens = (~going_on)[keep]
    doc, words = doc[keep], corpus.hashes[positions[keep]]
    # (each document's distinct capitalised words, in document order; a word opens a name if it
    # does so once)
    order = np.lexsort((~opens, words, doc))
    doc, words, opens = doc[order], words[order], opens[order]
    distinct = np.ones(len(doc), dtype=bool)
    distinct[1:] = (doc[1:] != doc[:-1]) | (words[1:] != words[:-1])
    doc, words, opens = doc[distinct], words[distinct], opens[distinct]
    keys = np.sort(_key(doc, words))
    # (doc_a's words asked of doc_b, pair by pair)
    low = np.searchsorted(doc, doc_a, side="left")
    high = np.searchsorted(doc, doc_a, side="right")
    pair, row = flat_ranges(low, high)
    candidate, opening_name = words[row], opens[row]
    common = in_sorted(_key(doc_b[pair], candidate), keys)
    pair, candidate, opening_name = pair[common], candidate[common], opening_name[common]
    # (not a word of what the two share: the idiom's own capitals)
    match_pair, match_at = flat_ranges(shared[0], shared[1])
    inside = in_sorted(_key(pair, candidate),
                       unique_values(_key(match_pair, corpus.hashes[match_at])))
    pair, candidate, opening_name = pair[~inside], candidate[~inside], opening_name[~inside]
    named = ~reporting.stock(candidate)
    found = np.bincount(pair[named], minlength=len(doc_a)) > 0
    counts = np.bincount(pair[named & opening_name], minlength=len(doc_a))
    # (where what they share holds a name itself, the full test sets its other forms aside too,
    # "Крымского" and "Крымском" in a language that inflects names: it decides those)
    match_capital = (corpus.initials[match_at] & np.uint8(INITIAL_CAPITAL)) != 0
    asked = unique_values(match_pair[match_capital & found[match_pair]])
    if len(asked):
        inflecting = _inflecting(corpus, unique_values(np.concatenate((doc_a[asked],
                                                                   doc_b[asked]))))
        found[asked[inflecting[doc_a[asked]] & inflecting[doc_b[asked]]]] = False
    return found, counts


def _inflecting(corpus: TokenisedCorpus, documents: np.ndarray) -> np.ndarray:
    """By document of the corpus, whether it is one of `documents` in a language that may
    inflect a name, as `name_sets` tells them."""
    owner, positions = flat_ranges(corpus.offsets[documents], corpus.offsets[documents + 1])
    language = reporting.language_of(corpus.hashes[positions], owner, len(documents))
    inflecting = np.zeros(len(corpus), dtype=bool)
    inflecting[documents] = _inflects(language)
    return inflecting


def _inflects(languages: np.ndarray) -> np.ndarray:
    """For indices in `reporting.LANGUAGES` (-1: unknown), whether the language may inflect a
    name (`UNINFLECTED` tells the others; an unknown one may)."""
    return np.array([own < 0 or reporting.LANGUAGES[own] not in UNINFLECTED
                     for own in languages.tolist()], dtype=bool)


def _capitalised_inside(corpus: TokenisedCorpus, positions: np.ndarray,
                        doc: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For global token positions of the documents `doc`, whether each is capitalised, and
    whether it opens its document, a sentence or a line (where a capital names nothing)."""
    capital = (corpus.initials[positions] & np.uint8(INITIAL_CAPITAL)) != 0
    opening = ((corpus.gaps[positions + doc] & np.uint16(breaks.SENTENCE_BREAK | breaks.NEWLINE))
               != 0) | (positions == corpus.offsets[doc])
    return capital, opening


_KEY_NUMBERS = 1 << 24
"""Documents or pairs a key (`_key`) tells apart: with more, the first pass is not made."""


def _key(doc: np.ndarray, words: np.ndarray) -> np.ndarray:
    """One uint64 key per (document or pair, word hash): the number above bit 40, the hash's
    high 40 bits below."""
    return np.asarray((doc.astype(np.uint64) << np.uint64(40))
                      | (words.astype(np.uint64) >> np.uint64(24)))


def name_sets(corpus: TokenisedCorpus, documents: np.ndarray
               ) -> tuple[dict[int, dict[str, int]], set[int]]:
    """For each of `documents` in a script with capitals, its names (normalised words:
    capitalised words beyond the stock vocabulary, not opening the document, a sentence or a
    line), each with the first token of the name it is part of (capitalised words one space
    apart, a possessive ending one); the documents most of whose words are of a script without
    capitals are left out (Korean naming "SK C&C" and "IDC" is judged by no names). And those of
    the documents whose language may inflect a name (`UNINFLECTED` tells the others). Read for
    all of them at once."""
    offsets = corpus.offsets
    documents = documents[in_cased_script(corpus, documents)]
    owner, positions = flat_ranges(offsets[documents], offsets[documents + 1])
    doc = documents[owner]
    capital, opening = _capitalised_inside(corpus, positions, doc)
    # (each document its own range: a false friend is stock in its own language only)
    named = capital & ~opening & ~reporting.stock(corpus.hashes[positions], owner,
                                                    len(documents))
    language = reporting.language_of(corpus.hashes[positions], owner, len(documents))
    inflecting = set(documents[_inflects(language)].tolist())
    at, doc = positions[named], doc[named]
    starts, ends = corpus.starts[at].tolist(), corpus.ends[at].tolist()
    # (normalised in one pass over all the names)
    words = normalize_words([corpus.texts[document][start:end] for document, start, end
                             in zip(doc.tolist(), starts, ends, strict=True)])
    found: dict[int, dict[str, int]] = {int(document): {} for document in documents.tolist()}
    run, previous, previous_doc, possessive = -1, -2, -1, False
    for position, document, word, start, end in zip(at.tolist(), doc.tolist(), words, starts,
                                                     ends, strict=True):
        text = corpus.texts[document]
        # (a possessive ends a name: "Iran's Supreme Leader" names Iran and an office)
        if possessive or not (document == previous_doc and previous == position - 1 and text[
                int(corpus.ends[previous]):start] == " "):
            run = position - int(offsets[document])
        found[document].setdefault(word, run)
        previous, previous_doc = position, document
        possessive = text[max(start, end - 2):end] in _POSSESSIVES
    return found, inflecting


def in_cased_script(corpus: TokenisedCorpus, documents: np.ndarray) -> np.ndarray:
    """For each of `documents`, whether most of its words are of a script with capitals: only
    such a document's names can be told (`name_sets`)."""
    offsets = corpus.offsets
    digit = np.uint8(INITIAL_DIGIT)
    return np.array([_cased_words(corpus.texts[doc], corpus.starts[offsets[doc]:offsets[doc + 1]],
                                  (corpus.initials[offsets[doc]:offsets[doc + 1]] & digit) != 0)
                     for doc in documents.tolist()], dtype=bool)


_POSSESSIVES = frozenset({"'s", "’s"})
"""How an English possessive ends a name's last word."""

STEM_LETTERS = 5
"""Between two documents in languages that inflect names, two names are alike where they are one
word or share their first letters, this many at least, and each has at most INFLECTION_LETTERS
letters more: "Крымский мост", "Крымского моста", "на Крымском мосту" are one bridge, "Putin",
"Putina" one man; "Commission" and "Committee" are two things."""
INFLECTION_LETTERS = 3
UNINFLECTED = frozenset({"en", "fr", "es", "it", "pt", "nl", "id"})
"""Languages (`viewer.engine.reporting.LANGUAGES`) whose names keep one form: there two names
are alike only when they are one word ("Georgia" and "George", "India" and "Indiana" are two)."""


def alike_names(names: Iterable[str], other: Iterable[str], stems: bool) -> set[str]:
    """Which of `names` are alike one of `other`'s (with `stems`, as a language that inflects a
    name writes it with another ending)."""
    forms = _forms(other, stems)
    return {name for name in names if _alike(name, forms, stems)}


def _forms(names: Iterable[str], stems: bool) -> set[str]:
    """The forms by which each of `names` is alike another (`_alike`): the name, and with
    `stems` those of its beginnings that leave at most INFLECTION_LETTERS letters, STEM_LETTERS
    long or longer."""
    if not stems:
        return set(names)
    return {name[:length] for name in names
            for length in range(min(len(name), max(STEM_LETTERS, len(name) - INFLECTION_LETTERS)),
                                len(name) + 1)}


def _alike(name: str, forms: set[str], stems: bool) -> bool:
    """Whether `name` is alike one of the names whose `_forms` (with `stems` or not) are
    `forms`."""
    if not stems:
        return name in forms
    return any(name[:length] in forms for length in range(
        min(len(name), max(STEM_LETTERS, len(name) - INFLECTION_LETTERS)), len(name) + 1))


def _words(corpus: TokenisedCorpus, doc: int, first: int, end: int) -> list[str]:
    """The words of `doc` at global tokens [first, end), normalised as names are."""
    text = corpus.texts[doc]
    return normalize_words([text[start:stop] for start, stop in zip(
        corpus.starts[first:end].tolist(), corpus.ends[first:end].tolist(), strict=True)])


def _cased_words(text: str, starts: np.ndarray, digits: np.ndarray) -> bool:
    """Whether most of the words starting at `starts` in `text` (those starting with a digit,
    `digits`, aside) begin with a letter of a script with capitals (Latin with its extended
    and full-width forms, Greek, Cyrillic, Armenian), in array operations."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)[starts]
    # (one binary search per word in the ranges' edges, rather than two comparisons per range:
    # asked of thousands of documents, several times, in the serial clustering stage)
    cased = int(np.count_nonzero(np.searchsorted(CASED_EDGES, codes, side="right") & 1))
    return 2 * cased > len(digits) - int(np.count_nonzero(digits))


_CASED_RANGES = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F),
                 (0x531, 0x587), (0x1E00, 0x1FFF), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
"""Code points of letters with capitals: Latin (extended, Vietnamese's, full-width), Greek
(with its polytonic forms), Cyrillic, Armenian."""
CASED_EDGES = np.array([edge for low, high in _CASED_RANGES for edge in (low, high + 1)],
                       dtype=np.uint32)
"""Where each of _CASED_RANGES (in order, none overlapping) opens and where it has closed: a
code point is in a range where an odd number of edges lie at or below it."""
