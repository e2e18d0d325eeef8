"""Which words of an attribution window are names, and which join a name's parts.

Pure function of the corpus, for `viewer.engine.attribution_names`: of a few words around a
quotation, the capitalised ones beyond stock vocabulary and outside quotations are names, except
a web site ('told media including Crash.net', `viewer.engine.web_addresses`), a noun where nouns
are capitalised ("bei dem gestrigen Auftritt gesagt", `viewer.engine.name_words`) and a
sentence's first word that is an adverb before a verb whose subject follows it ("Kürzlich
erklärte Sebastian Kurz", `viewer.engine.verb_second`). Then the particles inside a surname
("Marcelo Rebelo de Sousa"), before a body ("Nuno Carvalho da PSP":
`viewer.engine.surname_particles`) and the surnames after an office and "de" ("El ministro de
Guindos": `viewer.engine.full_names`).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.attribution_vocabulary import OFFICE_BIT, VERB_BIT
from viewer.engine.full_names import surnames_after_offices
from viewer.engine.name_words import nouns_among
from viewer.engine.surname_particles import window_particles
from viewer.engine.tokens import TokenisedCorpus
from viewer.engine.verb_second import sentence_openers
from viewer.engine.web_addresses import web_addresses


def window_names(corpus: TokenisedCorpus, document: int, first: int, hashes: np.ndarray,
                 candidates: np.ndarray, kind: np.ndarray, gaps: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For the words of `document` from global token `first` (their `hashes`; `candidates`:
    the capitalised ones, stock vocabulary and quoted words aside; `kind`: their lists' flags, a
    column per bit of `attribution_vocabulary`; `gaps`: the breaks before them), which are
    names, which particles inside a surname, which particles before a body, and which surnames
    after an office."""
    positions = np.arange(first, first + len(hashes))
    site = web_addresses(corpus, document, positions, candidates)
    name = nouns_among(corpus, document, positions, candidates & ~site)
    name &= ~sentence_openers(corpus, document, first, hashes, name, kind[:, VERB_BIT],
                              kind[:, OFFICE_BIT], (gaps & breaks.CLAUSE) != 0)
    particle, body = window_particles(corpus, document, first, hashes, name, gaps)
    surname = surnames_after_offices(corpus, document, first, hashes, name, kind[:, OFFICE_BIT])
    return name, particle, body, surname
