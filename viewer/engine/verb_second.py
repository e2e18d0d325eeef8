"""Verb-second order: a sentence's first word before a reporting verb whose subject follows it.

Pure function of the corpus, for `viewer.engine.attribution_names`. German, Dutch and the
Scandinavian languages put the verb of a main clause second: a sentence that opens with an
adverb, a time or an object has its subject after the verb ("Kürzlich erklärte Sebastian Kurz",
"Danach sagte er", "Später sagte der Kanzler", "Daarna zei hij", "Senare sa han"). The opening
word is capitalised as every first word is, and read as a name it was taken for the speaker
("Kürzlich"). Here it is no name where the verb right after it has a subject after it in its
clause: a pronoun, an office (after an article in lower case or not: "Später sagte der Kanzler",
"Later zei premier Mark Rutte"), or a run of two names or more. A
single capitalised word after the verb is no sign: in German it may be a noun ("Kurz sagte
Journalisten"). In other languages the word before the verb is its subject ("Trump said he
...", "Merkel said Joe Biden ..."), so only a document in a verb-second language (its function
words, `reporting.language_of`) is asked, once, and only where the pattern is found.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import numpy as np

from viewer.engine import reporting
from viewer.engine.tokens import TokenisedCorpus

VERB_SECOND_LANGUAGES = frozenset({"de", "nl", "sv", "no", "da"})
"""Languages (codes of `reporting.LANGUAGES`) whose main clauses put the verb second."""


def sentence_openers(corpus: TokenisedCorpus, document: int, first: int, name: np.ndarray,
                     verb: np.ndarray, pronoun: np.ndarray, office: np.ndarray,
                     article: np.ndarray, clause: np.ndarray) -> np.ndarray:
    """Of a window of `document`'s words from global token `first` (masks over it: names,
    reporting verbs, pronouns, offices, articles in lower case; a clause boundary before each
    word), the names that open a sentence right before a reporting verb whose subject follows
    it, in a verb-second language: no names there."""
    found = np.zeros(len(name), dtype=bool)
    if len(name) < 3:
        return found
    opening = clause[:-2] & name[:-2] & verb[1:-1] & ~clause[1:-1] & ~clause[2:]
    # (the subject after the verb: a pronoun, an office, an article and an office, two names)
    second = np.zeros(len(name) - 2, dtype=bool)
    second[:-1] = (article[2:-1] & office[3:]) | (name[2:-1] & name[3:] & ~clause[3:])
    subject = pronoun[2:] | office[2:] | second
    candidates = [at for at in np.flatnonzero(opening & subject).tolist()
                  if _opens_sentence(corpus, document, first + at)]
    if candidates and puts_verb_second(corpus, document):
        found[candidates] = True
    return found


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
    """Whether `document` is written in one of VERB_SECOND_LANGUAGES (asked once a document)."""
    known = _VERB_SECOND_DOCUMENTS.setdefault(corpus, {})
    if document not in known:
        first, end = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
        language = int(reporting.language_of(corpus.hashes[first:end],
                                             np.zeros(end - first, dtype=np.int64), 1)[0])
        known[document] = language >= 0 and reporting.LANGUAGES[language] in VERB_SECOND_LANGUAGES
    return known[document]


_VERB_SECOND_DOCUMENTS: WeakKeyDictionary[TokenisedCorpus, dict[int, bool]] = WeakKeyDictionary()
"""Each corpus's documents: whether each puts its verbs second (`puts_verb_second`)."""
