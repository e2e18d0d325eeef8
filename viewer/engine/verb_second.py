"""Verb-second order: an adverb opening a sentence before a reporting verb whose subject follows.

Pure function of the corpus, for `viewer.engine.window_names`. German and Dutch (and the
Scandinavian languages, whose pronouns and "sa" the vocabulary does not read) put the verb of a
main clause second: a sentence that opens with an adverb has its subject after the verb
("Kürzlich erklärte Sebastian Kurz", "Danach sagte er", "Später sagte der Kanzler", "Daarna zei
hij"). The adverb is capitalised as every first word is, and read as a name it was taken for the
speaker ("Kürzlich"). It is no name where it is an adverb, listed (OPENING_ADVERBS) or written in
lower case elsewhere in the document and never capitalised inside a sentence, and the verb right
after it has a subject after it in its clause: a pronoun in the nominative only ("er", "hij";
not "sie", "ze", which are objects too: "Wendrik warnte sie"), an office after a nominative
article or none ("der Kanzler", "premier Jan Okkerse"; not "den Kanzler"), or a run of two names.
A name that opens a sentence keeps speaking though names follow its verb ("Selenskyj warnte
Bundeskanzler Olaf Scholz": names are never written in lower case). In other languages the word
before the verb is its subject ("Trump said he ..."), so only a document in a verb-second language
(its function words, `reporting.language_of`) is asked, once, and only where the pattern is found.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.per_document import document_language
from viewer.engine.tokens import INITIAL_CAPITAL, TokenisedCorpus

VERB_SECOND_LANGUAGES = frozenset({"de", "nl", "sv", "no", "da"})
"""Languages (codes of `reporting.LANGUAGES`) whose main clauses put the verb second."""
OPENING_ADVERBS = reporting.hashes_of(
    # German
    "danach dann später zuvor vorher zudem außerdem kürzlich bereits jetzt nun damals "
    "anschließend daraufhin dabei darin darauf dazu deshalb daher trotzdem dennoch schließlich "
    "zuletzt inzwischen mittlerweile zunächst erst auch so gleichzeitig weiter ebenso noch "
    "jedoch ebenfalls "
    # Dutch
    "daarna later toen nu eerder ook daarom vervolgens intussen tevens bovendien eerst verder "
    "daarbij ondertussen")
"""Adverbs that open a sentence before its verb in German and Dutch: never a speaker, nor part
of an office after the verb ("sagte der Kanzler zudem": `viewer.engine.office_holders`)."""
NOMINATIVE = reporting.hashes_of("der die das de het")
"""Articles before a subject's office ("Später sagte der Kanzler"), not an object's ("den")."""
SUBJECT_PRONOUNS = reporting.hashes_of("er hij")
"""Pronouns that are subjects only ("Danach sagte er"); "sie" and "ze" are objects too."""


def sentence_openers(corpus: TokenisedCorpus, document: int, first: int, hashes: np.ndarray,
                     name: np.ndarray, verb: np.ndarray, office: np.ndarray,
                     clause: np.ndarray) -> np.ndarray:
    """Of a window of `document`'s words from global token `first` (their `hashes`; masks over
    them: names, reporting verbs, offices; a clause boundary before each word), the adverbs
    read as names that open a sentence right before a reporting verb whose subject follows it,
    in a verb-second language: no names there."""
    found = np.zeros(len(name), dtype=bool)
    if len(name) < 3:
        return found
    opening = clause[:-2] & name[:-2] & verb[1:-1] & ~clause[1:-1] & ~clause[2:]
    if not opening.any():
        return found
    # (the subject after the verb: a pronoun, an office, an article and an office, two names)
    article = in_sorted(hashes, NOMINATIVE)
    second = np.zeros(len(name) - 2, dtype=bool)
    second[:-1] = (article[2:-1] & office[3:]) | (name[2:-1] & name[3:] & ~clause[3:])
    subject = in_sorted(hashes[2:], SUBJECT_PRONOUNS) | office[2:] | second
    candidates = [at for at in np.flatnonzero(opening & subject).tolist()
                  if _opens_sentence(corpus, document, first + at)
                  and _adverb(corpus, document, int(hashes[at]))]
    if candidates and puts_verb_second(corpus, document):
        found[candidates] = True
    return found


def _adverb(corpus: TokenisedCorpus, document: int, word: int) -> bool:
    """Whether the word `word` (a hash) is an adverb in `document`: listed, or written in lower
    case somewhere and never capitalised inside a sentence (a name is never written in lower
    case; "kürzlich" is, and capitalised only where it opens a sentence)."""
    if in_sorted(np.array([word], dtype=np.uint64), OPENING_ADVERBS)[0]:
        return True
    start, stop = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    places = (start + np.flatnonzero(corpus.hashes[start:stop] == word)).tolist()
    capital = [(int(corpus.initials[place]) & INITIAL_CAPITAL) != 0 for place in places]
    return not all(capital) and not any(
        written and not _opens_sentence(corpus, document, place)
        for place, written in zip(places, capital, strict=True))


def _opens_sentence(corpus: TokenisedCorpus, document: int, position: int) -> bool:
    """Whether the word at global `position` opens its document or follows a line break or a
    sentence's end, maybe inside a quotation's closing mark ('handlungsfähig.“ Danach sagte
    er', where the sentence splitter, reading the mark, starts no sentence)."""
    if position == int(corpus.offsets[document]):
        return True
    gap = corpus.texts[document][int(corpus.ends[position - 1]):int(corpus.starts[position])]
    return any(mark in gap for mark in SENTENCE_ENDS)


SENTENCE_ENDS = ".!?\n"
"""What ends a sentence or a line in the gap before a sentence's first word."""


def puts_verb_second(corpus: TokenisedCorpus, document: int) -> bool:
    """Whether `document` is written in one of VERB_SECOND_LANGUAGES."""
    return document_language(corpus, document) in VERB_SECOND_LANGUAGES
