"""Who a pronoun stands for where no quotation before it names anyone: the person the outlet's own
sentence right before the quotation names speaking ('Mayor Ana Rovira said the inquiry should go
on. "...," she said').

Pure functions of the corpus, for `viewer.engine.speakers`. The sentence must name that person
alone beside a reporting verb (or open with their office and name, "Canadian Prime Minister
Justin Trudeau echoed that sentiment."; or, naming no one beside a verb, open with their name in
full whatever its verb, the person it is about: 'António Costa apresentou a demissão. "...",
declarou.'), named in full somewhere in the document and introduced
by it as a person: with an office or an honorific before the name, or as a quotation's named
speaker (`viewer.engine.quotation_attribution`). Not an outlet or a body after "the" ("the Daily
Courier reported"), not where the sentence names someone else in full too ("Ana Rovira told Tom
Berg", "Ana Rovira and Tom Berg said"), and never for a plural pronoun ("they said").
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.attribution_names import PRONOUN, UNKNOWN, AttributionWords
from viewer.engine.attribution_windows import attribution_windows
from viewer.engine.full_names import HONORIFICS, full_name, named_in_full
from viewer.engine.per_document import once_per_document
from viewer.engine.quotation_attribution import attribution_name
from viewer.engine.speaking_people import names_beside_verbs, titled_subjects
from viewer.engine.tokens import TokenisedCorpus

NARRATION_WORDS = 60
"""How far back before a quotation a pronoun attributes the outlet's own words are read for the
person it stands for (`narrated`)."""


def narrated(corpus: TokenisedCorpus, document: int, first: int, quotation: int) -> int:
    """The person a pronoun attributing `quotation` stands for where no quotation before it
    names one: the one the outlet's own sentence right before the quotation's names beside a
    reporting verb, outside quotations, or opens with an office and a name ('Canadian Prime
    Minister Justin Trudeau echoed that sentiment.'), within NARRATION_WORDS words after
    `first` (a global token); the only person that sentence names (no one told or spoken of,
    "Ana Rovira told Tom Berg", "Ana Rovira said Tom Berg had asked"; nor "Ana Rovira and Tom
    Berg said"), not after an article ("the Daily Courier reported") and introduced by the
    document as a person: named with an office or an honorific somewhere, or the named speaker
    of a quotation (`_introduced`). UNKNOWN otherwise, and for a plural pronoun ("they said")."""
    if _plural(corpus, quotation, document):
        return UNKNOWN
    end = int(corpus.quote_first[quotation])
    first = max(first, end - NARRATION_WORDS)
    # (the sentence the range ends in: the one before the quotation's, where the quotation
    # opens its sentence; else the quotation's own, up to its opening mark)
    last = int(np.count_nonzero(corpus.gaps[first + document:end + document]
                                & breaks.SENTENCE_BREAK))
    named = [(sentence, name) for sentence, name in names_beside_verbs(
        corpus, document, first, end, True) if sentence == last]
    low = end - 1
    while low > first and not corpus.gaps[low + document] & breaks.SENTENCE_BREAK:
        low -= 1
    titled = [person for sentence, person in titled_subjects(corpus, document, first, end)
              if sentence == last]
    if titled:
        return titled[-1] if _alone(corpus, document, low, end, titled[-1]) else UNKNOWN
    if not named and pronoun_dropped(corpus, document, quotation):
        # (a sentence whose subject is a person named in full, whatever its verb, 'António
        # Costa apresentou a demissão. "...", declarou.': the one it goes on about; where the
        # language drops the pronoun: a written one says who, "she said" after "John Smith
        # resigned" is someone else's)
        subjects = [person for sentence, person in titled_subjects(corpus, document, first, end,
                                                                   True) if sentence == last]
        if subjects and named_in_full(corpus, document, subjects[-1]) \
                and subjects[-1] in _introduced(corpus, document) \
                and _alone(corpus, document, low, end, subjects[-1]):
            return subjects[-1]
    people = {full_name(corpus, document, name) for _, name in named}
    if len(people) != 1:
        return UNKNOWN
    person = people.pop()
    if not named_in_full(corpus, document, person) or person not in _introduced(corpus,
                                                                                document):
        return UNKNOWN
    return person if _alone(corpus, document, low, end, named[-1][1]) else UNKNOWN


def pronoun_dropped(corpus: TokenisedCorpus, document: int, quotation: int) -> bool:
    """Whether `quotation`'s attribution writes no pronoun (a verb alone, '"...", declarou.', as
    languages that drop their pronouns write it), and no title line stands right before it
    (a headline names who the article is about, not who speaks: 'Tunde Okonte morre aos 80
    anos' then '"Era um homem bom", disse.')."""
    for window_first, window_end in attribution_windows(corpus, quotation, document):
        words = corpus.hashes[window_first:window_end]
        verbs = np.flatnonzero(in_sorted(words, reporting.CONTINUING))
        if not len(verbs):
            continue
        # (the window that attributes it: a pronoun beside its verb, 'she said', 'a-t-il dit')
        pronouns = np.flatnonzero(in_sorted(words, reporting.PRONOUNS))
        if len(pronouns) and (np.abs(pronouns[:, None] - verbs[None, :]) <= 2).any():
            return False
        break
    first = int(corpus.quote_first[quotation])
    if first == int(corpus.offsets[document]):
        return True
    text = corpus.texts[document]
    gap = text[int(corpus.ends[first - 1]):int(corpus.starts[first])]
    line_end = gap.find("\n")
    return line_end < 0 or any(mark in gap[:line_end] for mark in ".!?…。")


def _alone(corpus: TokenisedCorpus, document: int, first: int, end: int, name: int) -> bool:
    """Whether the last run of names ending with `name` in global tokens [first, end) (one
    sentence) is the only run of two names or more there, and no article stands right before
    it ("the Daily Courier")."""
    words = AttributionWords.of(corpus, document, first, end)
    places = np.flatnonzero(words.hashes == name)
    if not len(places):
        return False
    at = words.run_start(int(places[-1]))
    if at and (words.definite[at - 1] or words.hashes[at - 1] in _DEFINITE):
        return False
    runs = 0
    for index in np.flatnonzero(words.name).tolist():
        opens = index == 0 or not words.name[index - 1] or words.clause[index]
        if opens and index + 1 < len(words.hashes) and words.name[index + 1] \
                and not words.clause[index + 1]:
            runs += 1
    return runs <= 1


_DEFINITE = frozenset(reporting.hashes_of("the").tolist())
"""English "the", capitalised or not, before a name: an outlet or a body ("The New York
Times"), no person."""


def _plural(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether a plural pronoun stands in `quotation`'s attribution ("they said")."""
    return any(bool(np.isin(corpus.hashes[window_first:window_end],
                            reporting.PLURAL_PRONOUNS).any())
               for window_first, window_end in attribution_windows(corpus, quotation, document))



@once_per_document
def _introduced(corpus: TokenisedCorpus, document: int) -> set[int]:
    """The people (fullest names) `document` introduces as people: named right after an
    office or an honorific ("President Ana Rovira", "Mr Albanese", "Le procureur ... , Rémy
    Heitz") or a quotation's named speaker; read once per document."""
    start, stop = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    words = AttributionWords.of(corpus, document, start, stop)
    people = set()
    titled = words.title | in_sorted(words.hashes, HONORIFICS)
    for at in np.flatnonzero(words.name[1:] & titled[:-1]).tolist():
        last = at + 1
        while last + 1 < len(words.hashes) and words.name[last + 1] \
                and not words.clause[last + 1]:
            last += 1
        people.add(full_name(corpus, document, int(words.hashes[last])))
    quotations = np.flatnonzero((corpus.quote_first >= start) & (corpus.quote_first < stop))
    for quotation in quotations.tolist():
        name = attribution_name(corpus, quotation, document)
        if name not in (UNKNOWN, PRONOUN):
            people.add(full_name(corpus, document, name))
    return people
