"""Particles inside surnames: "de" in "Marcelo Rebelo de Sousa", "da" in "Lula da Silva", "van"
in "Jan van Dijk", written in lower case between two capitalised words of one name; and the same
words before a body in capitals after a name, which are no part of it ("Nuno Carvalho da PSP").

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


_PARTICLE_HASHES = np.array(sorted(NAME_PARTICLES), dtype=np.uint64)


def window_particles(corpus: TokenisedCorpus, document: int, first: int, hashes: np.ndarray,
                     name: np.ndarray, gaps: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each word of the window starting at global token `first`, whether it is a particle
    inside a surname (a word of NAME_PARTICLES between two names, no punctuation either side,
    as `particle_joins` reads it), and whether it is one such word before a body in capitals
    instead ("da PSP")."""
    joins = np.zeros(len(hashes), dtype=bool)
    body = np.zeros(len(hashes), dtype=bool)
    asked = np.flatnonzero(in_sorted(hashes, _PARTICLE_HASHES))
    asked = asked[(asked >= 1) & (asked + 1 < len(hashes))]
    if not len(asked):
        return joins, body
    asked = asked[name[asked - 1] & name[asked + 1]
                  & ((gaps[asked] & breaks.CLAUSE) == 0) & ((gaps[asked + 1] & breaks.CLAUSE) == 0)]
    text = corpus.texts[document]
    for at in asked.tolist():
        particle, after = first + at, first + at + 1
        written = text[int(corpus.starts[particle]):int(corpus.ends[particle])]
        joins[at] = particle_joins(text, (int(corpus.starts[particle]),
                                          int(corpus.ends[particle])),
                                   (int(corpus.starts[after]), int(corpus.ends[after])))
        body[at] = not joins[at] and written.islower()
    return joins, body
