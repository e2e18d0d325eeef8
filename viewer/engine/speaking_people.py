"""Who a document has speak, and the speaker a quotation takes from its sentence's subject: for
`viewer.engine.speakers`.

Pure functions of the corpus. A document has a person speak where it names them beside a
reporting verb outside quotations (`speaking`): one who speaks in it, not a place or a thing
named; each document's speaking people are read once. A quotation inside its sentence that no
verb beside it attributes is the sentence's subject's (`sentence_subject`) where the subject's own
verb of saying or calling follows the subject's name ('British Prime Minister Keir Starmer
described it as a "horrendous" attack'), no other person is named before the quotation, and the
document has that person speak.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted, within
from viewer.engine.attribution_names import NAME_REACH, PRONOUN, UNKNOWN, AttributionWords
from viewer.engine.attribution_windows import gap_bits
from viewer.engine.full_names import full_name
from viewer.engine.per_document import once_per_document
from viewer.engine.tokens import INITIAL_DIGIT, TokenisedCorpus

SUBJECT_REACH_WORDS = 25
"""The most words from a sentence's start to a quotation in it that the sentence's subject may
be the speaker of (`sentence_subject`)."""
SUBJECT_VERB_GAP_WORDS = 1
"""Words that may stand between the subject's name and its own verb, function words,
auxiliaries and words of time not counted ("Tolen Mabena on Tuesday described", "Emmanuel
Dulac a également qualifié")."""


def sentence_subject(corpus: TokenisedCorpus, quotation: int, document: int) -> int:
    """The speaker of a quotation inside its sentence that no verb beside it attributes, taken
    from the sentence's subject (module docstring): the name run opening the sentence (titles
    and stock words in it, its last word a name), then, SUBJECT_VERB_GAP_WORDS words on at most,
    the subject's own reporting verb or one of calling, outside quotations, no form of "be"
    before it (not 'Mabena was called a "traitor"', 'Dulac a été qualifié de « menteur »'); no
    comma, office or figure right after the run; between the run and the opening mark no other
    name (one after a word of place, maybe an article between, is a place, "in Maine", and one
    after "told" is spoken to, "told Reuters"); the quotation at most SUBJECT_REACH_WORDS from
    the sentence's start, in its paragraph; and the person one the document names beside a
    reporting verb somewhere (`speaking`: not a place, "Acapulco was hit by what officials
    called a "nightmare""). Else UNKNOWN."""
    first = int(corpus.quote_first[quotation])
    doc_first = int(corpus.offsets[document])
    edge = breaks.SENTENCE_BREAK | breaks.NEWLINE
    start = first
    while start > doc_first and not gap_bits(corpus, start, document) & edge:
        start -= 1
        if first - start > SUBJECT_REACH_WORDS:
            return UNKNOWN
    words = AttributionWords.of(corpus, document, start, first)
    run_end, last, _ = _opening_run(words)
    if last < 0 or last != run_end - 1 or run_end == len(words.hashes) \
            or words.clause[run_end] or words.title[run_end] \
            or corpus.initials[start + run_end] & INITIAL_DIGIT:
        return UNKNOWN
    if not _own_verb(corpus, words, start, run_end):
        return UNKNOWN
    placing = in_sorted(words.hashes, _PLACES)
    for at in range(run_end, len(words.hashes)):
        if words.name[at] and not words.follows(words.run_start(at), placing):
            return UNKNOWN
    return speaking(corpus, document, int(words.hashes[last]))


def titled_subjects(corpus: TokenisedCorpus, document: int, first: int, end: int,
                    named: bool = False) -> list[tuple[int, int]]:
    """The people (fullest names) opening the sentences that start in global tokens [first,
    end) of `document` with an office in their run of capitals ("Canadian Prime Minister
    Justin Trudeau echoed that sentiment."; a name inside a quotation is none: `AttributionWords`
    reads no names there): someone the text turns to, whatever the verb, but for a form of "be"
    right after the name (a passive, "was arrested"), "and" right after it (two subjects,
    "Mayor Ana Rovira and Mayor Tom Berg said"), a verb of dying ("died") and a possessive
    name ("Mabena's spokeswoman"); each after the number of its sentence there (as
    `names_beside_verbs` counts). `named`: a name of two words or more without an office opens
    such a sentence too ("António Costa apresentou a demissão.")."""
    found = []
    breaks_at = np.flatnonzero(corpus.gaps[first + document:end + document]
                               & breaks.SENTENCE_BREAK)
    starts = np.flatnonzero(corpus.gaps[first + document:end + document]
                            & (breaks.SENTENCE_BREAK | breaks.NEWLINE))
    if first == int(corpus.offsets[document]) and (not len(starts) or starts[0]):
        # (the document's first word opens a sentence, no break written before it)
        starts = np.concatenate(([0], starts))
    for start in (first + starts).tolist():
        words = AttributionWords.of(corpus, document, start, min(start + SUBJECT_REACH_WORDS, end))
        run_end, last, titled = _opening_run(words)
        # (not a passive or a state, 'Minister Tolen Mabena was arrested', nor someone's
        # spokeswoman, "Minister Tolen Mabena's spokeswoman declined to comment")
        if (titled or (named and last >= 1 and words.name[last - 1])) \
                and last >= 0 and last == run_end - 1 and run_end < len(words.hashes) \
                and not in_sorted(words.hashes[run_end:run_end + 1], _BEING)[0] \
                and not in_sorted(words.hashes[run_end:run_end + 1], _AND_OR_DYING)[0] \
                and not _possessive(corpus, document, start + last):
            found.append((int(np.searchsorted(breaks_at, start - first, "right")),
                          full_name(corpus, document, int(words.hashes[last]))))
    return found


def _opening_run(words: AttributionWords) -> tuple[int, int, bool]:
    """The run of capitals opening `words` (to a clause boundary): where it ends, its last
    name's index (-1 if none), and whether it holds an office ("Prime Minister")."""
    run_end, last, titled = 0, -1, False
    while run_end < len(words.hashes) and words.capital[run_end] and not (
            run_end and words.clause[run_end]):
        titled |= bool(words.title[run_end])
        if words.name[run_end]:
            last = run_end
        run_end += 1
    return run_end, last, titled


def _possessive(corpus: TokenisedCorpus, document: int, at: int) -> bool:
    """Whether the word at global token `at` is written as a possessive ("Mabena's",
    "Mabena’s": the normal form drops the apostrophe)."""
    word = corpus.texts[document][int(corpus.starts[at]):int(corpus.ends[at])]
    return word[-2:] in ("'s", "’s")


def _own_verb(corpus: TokenisedCorpus, words: AttributionWords, start: int, run_end: int) -> bool:
    """Whether the subject whose name ends before index `run_end` of `words` (global tokens
    from `start`) has its own verb of saying or calling next: outside quotations, at most
    SUBJECT_VERB_GAP_WORDS words on (function words, auxiliaries and words of time not
    counted: "has also called", "on Tuesday described", "a également qualifié"), no form of
    "be" before it (a passive: "was called")."""
    counted = 0
    for at in range(run_end, len(words.hashes)):
        word = words.hashes[at:at + 1]
        if in_sorted(word, _BEING)[0]:
            return False
        if in_sorted(word, _SPEAKING_VERBS)[0] and not corpus.inside_quotation(
                np.array([start + at]), np.array([start + at + 1]))[0]:
            return True
        if not in_sorted(word, _LIGHT)[0]:
            counted += 1
            if counted > SUBJECT_VERB_GAP_WORDS:
                return False
    return False


_SPEAKING_VERBS = np.union1d(reporting.CONTINUING, reporting.CALLING)
"""Verbs that make a sentence's subject the speaker of a quotation in it (`sentence_subject`):
reporting ones and those of calling something something ("described it as a "..."")."""
_BEING = reporting.hashes_of(
    "is are was were be been being am est sont etait etaient ete etre es son era eran fue "
    "fueron sido ser e sono erano stato stata stati state essere ist sind war waren wurde wurden "
    "worden jest sa byl byla bylo byly zostal zostala zostalo zostali zostaly zijn werd werden "
    "geweest sao foi foram")
"""Forms of "be" (and of German "werden", Polish "zostać"): a verb after one is passive, its
subject not the speaker ('Mabena was called a "traitor" by his rivals')."""
_AND_OR_DYING = reporting.hashes_of(
    "and y e et und en i og och ja és и "
    "died dies murió muere falleció fallece morreu morre faleceu falece décède meurt starb "
    "stirbt overleed stierf")
"""Words joining a second subject to the first ("Mayor Ana Rovira and Mayor Tom Berg said"):
two people, no one of them the sentence's subject; and verbs of dying: the one the sentence is
about speaks no more ('Tunde Okonte murió ayer. «Era un buen hombre», dijo.')."""
_PLACES = reporting.hashes_of("in at on sur dans en auf im bei su nel nella told tells tell")
"""Words after which a name is a place, not another person ("in Maine", "à" aside: it is also
"to"), or the one spoken to ("told Reuters") (`AttributionWords.follows`)."""
_LIGHT = np.union1d(reporting.FUNCTION, np.union1d(reporting.AUXILIARIES, reporting.DATES))
"""Words not counted between a subject and its verb (`_own_verb`)."""


def names_beside_verbs(corpus: TokenisedCorpus, document: int, first: int, end: int,
                       unquoted: bool = False) -> list[tuple[int, int]]:
    """The names beside the reporting verbs in global tokens [first, end), in their order, each
    after the number of its sentence there; `unquoted`, beside verbs outside quotations only."""
    verbs = first + np.flatnonzero(in_sorted(corpus.hashes[first:end], reporting.CONTINUING))
    if unquoted:
        verbs = verbs[~within(verbs, verbs + 1, corpus.quote_first, corpus.quote_end)]
    sentences = np.flatnonzero(corpus.gaps[first + document:end + document]
                               & breaks.SENTENCE_BREAK)
    found = []
    for verb in verbs.tolist():
        # (the words around each verb only, capitals being read in Python; a few more after it,
        # for a name's run to end)
        low, high = max(verb - NAME_REACH, first), min(verb + 2 * NAME_REACH + 1, end)
        found.append((int(np.searchsorted(sentences, verb - first, "right")),
                      AttributionWords.of(corpus, document, low, high).name_at(verb - low)))
    return [(sentence, name) for sentence, name in found if name not in (UNKNOWN, PRONOUN)]


def speaking(corpus: TokenisedCorpus, document: int, name: int) -> int:
    """The person `name` (a word's hash) is, by the fullest name the document gives
    (`full_names`), where the document names that person beside a reporting verb outside
    quotations, somewhere: one who speaks in it, not a place or a thing named. Else UNKNOWN."""
    person = full_name(corpus, document, name)
    return person if person in _speaking_people(corpus, document) else UNKNOWN


@once_per_document
def _speaking_people(corpus: TokenisedCorpus, document: int) -> set[int]:
    """The fullest names of the people `document` names beside a reporting verb outside
    quotations, read once per document (asked for each quotation a sentence's subject may
    attribute: reading the whole document each time grew with the square of its quotations)."""
    return {full_name(corpus, document, other) for _, other in names_beside_verbs(
        corpus, document, int(corpus.offsets[document]), int(corpus.offsets[document + 1]),
        True)}
