"""Particles inside surnames: "de" in "Marcelo Rebelo de Sousa", "da" in "Lula da Silva", "van"
in "Jan van Dijk", written in lower case between two capitalised words of one name; and the same
words before a body in capitals after a name, which are no part of it ("Nuno Carvalho da PSP");
two of them, "von der Leyen", "Van der Bellen", "de la Fuente" (SECOND_PARTICLES).

Pure functions of the text, for `viewer.engine.full_names` (a person's fullest name) and
`viewer.engine.attribution_names` (the name beside a reporting verb): with the particle, the name
before the verb and the name after it end on one word, one speaker ("Marcelo Rebelo de Sousa
transmitiu", "disse Marcelo Rebelo de Sousa": "sousa" both).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.tokens import TokenisedCorpus

NAME_PARTICLES = frozenset(reporting.hashes_of("de da do dos das del della di van von").tolist())
"""Words written in lower case inside a surname: between two capitalised words, no punctuation
between, one name, whose last word names the person wherever the document writes it."""


def particle_joins(text: str, particle: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether a word of NAME_PARTICLES at character span `particle` of `text` joins the
    capitalised word at `after` to the name before it: the particle in lower case, and the word
    after it no acronym ("Nuno Carvalho da PSP" names the police, not a surname)."""
    word = text[after[0]:after[1]]
    return text[particle[0]:particle[1]].islower() and not (len(word) > 1 and word.isupper())


SECOND_PARTICLES = frozenset(reporting.hashes_of("der den de la las los le ter het").tolist())
"""Words a particle takes after it inside a surname, in lower case: after one in lower case
("Ursula von der Leyen", "Mark van den Broek", "Ana de la Fuente") or one in capitals
("Alexander Van der Bellen", "Juan De la Cruz"). The surname after two particles is one word
("Müller von der Deutschen Bank" names a bank, not a surname "Deutschen Bank"), and after two in
lower case one the document also names alone after a reporting verb (`_named_alone`: "Thomas
Kerber von der Polizei" names the police)."""

_PARTICLE_HASHES = np.array(sorted(NAME_PARTICLES | SECOND_PARTICLES), dtype=np.uint64)


def window_particles(corpus: TokenisedCorpus, document: int, first: int, hashes: np.ndarray,
                     name: np.ndarray, gaps: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each word of the window starting at global token `first`, whether it is a particle
    inside a surname (a word of NAME_PARTICLES between two names, or one and a word of
    SECOND_PARTICLES before a one-word surname, no punctuation either side, as `particle_joins`
    reads it; or a word of SECOND_PARTICLES after a capitalised particle, "Van der Bellen"), and
    whether it is one such word before a body in capitals instead ("da PSP")."""
    joins = np.zeros(len(hashes), dtype=bool)
    body = np.zeros(len(hashes), dtype=bool)
    asked = np.flatnonzero(in_sorted(hashes, _PARTICLE_HASHES))
    asked = asked[(asked >= 1) & (asked + 1 < len(hashes))]
    if not len(asked):
        return joins, body
    joined = (gaps & breaks.CLAUSE) == 0
    asked = asked[joined[asked] & joined[asked + 1]]
    text = corpus.texts[document]

    def span(at: int) -> tuple[int, int]:
        return int(corpus.starts[first + at]), int(corpus.ends[first + at])

    listed = hashes.tolist()
    for at in asked.tolist():  # (in order: a first particle is decided before its second)
        written = text[slice(*span(at))]
        if listed[at] in SECOND_PARTICLES and (joins[at - 1] or (
                name[at - 1] and listed[at - 1] in NAME_PARTICLES)):
            # (the second of two: "von der Leyen", "Van der Bellen")
            joins[at] = name[at + 1] and particle_joins(text, span(at), span(at + 1))
            continue
        if listed[at] not in NAME_PARTICLES or not name[at - 1]:
            continue
        if name[at + 1]:
            joins[at] = particle_joins(text, span(at), span(at + 1))
            body[at] = not joins[at] and written.islower()
        elif _before_one_word_surname(listed, name, joined, at + 1):
            joins[at] = particle_joins(text, span(at), span(at + 2)) and text[
                slice(*span(at + 1))].islower() and _named_alone(corpus, document,
                                                                 listed[at:at + 3])
    return joins, body


def _named_alone(corpus: TokenisedCorpus, document: int, chain: list[int]) -> bool:
    """Whether `document` names someone by the words `chain` (two particles and a surname, as
    hashes) alone, right after a reporting verb ("sagte von der Leyen", "said von der Leyen"):
    two particles in lower case before a capitalised word are mostly a preposition and an
    article before a body ("Thomas Kerber von der Polizei", "Ana Pérez de la Universidad", "Jan
    Smit van de Rabobank"), which no one writes after a verb as its subject."""
    start, stop = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    hashes = corpus.hashes[start:stop]
    if len(hashes) < 4:
        return False
    places = np.flatnonzero((hashes[1:-2] == chain[0]) & (hashes[2:-1] == chain[1])
                            & (hashes[3:] == chain[2])) + 1
    verb_before = in_sorted(hashes[places - 1], reporting.ATTRIBUTING)
    joined = (corpus.gaps[start + places + document] & breaks.CLAUSE) == 0
    return bool((verb_before & joined).any())


def _before_one_word_surname(listed: list[int], name: np.ndarray, joined: np.ndarray,
                             at: int) -> bool:
    """Whether the word at index `at` is a word of SECOND_PARTICLES that a one-word surname
    follows in its clause ("von der Leyen sagte"; not "von der Deutschen Bank")."""
    after = at + 1
    return bool(listed[at] in SECOND_PARTICLES and after < len(listed) and joined[after]
                and name[after] and not (after + 1 < len(listed) and joined[after + 1]
                                         and name[after + 1]))
