"""Which words of an attribution window are names, and which join a name's parts.

Pure function of the corpus, for `viewer.engine.attribution_names`: of a few words around a
quotation, the capitalised ones beyond stock vocabulary and outside quotations are names, except
a web site ('told media including Crash.net', `viewer.engine.web_addresses`), a noun where nouns
are capitalised ("bei dem gestrigen Auftritt gesagt", `viewer.engine.name_words`), a sentence's
first word that is an adverb before a verb whose subject follows it ("Kürzlich erklärte
Sebastian Kurz", `viewer.engine.verb_second`) and the one a verb describes as a quotation says
('recorda Sampaio como "um lutador"'). Then the particles inside a surname ("Marcelo Rebelo de
Sousa"), before a body ("Nuno Carvalho da PSP": `viewer.engine.surname_particles`) and the
surnames after an office and "de" ("El ministro de Guindos": `viewer.engine.full_names`).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
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
    name &= ~_described(corpus, document, first, hashes, name, kind[:, VERB_BIT])
    particle, body = window_particles(corpus, document, first, hashes, name, gaps)
    surname = surnames_after_offices(corpus, document, first, hashes, name, kind[:, OFFICE_BIT])
    return name, particle, body, surname


AS = reporting.hashes_of("as como comme come als jako")
"""The word that opens what someone is described as ("remembers Sampaio as", "recorda Sampaio
como", "décrit Okonte comme")."""
DESCRIBED_REACH = 4
"""The most words from a reporting verb to the name it describes."""


def _described(corpus: TokenisedCorpus, document: int, first: int, hashes: np.ndarray,
               name: np.ndarray, verb: np.ndarray) -> np.ndarray:
    """The names a reporting verb before them describes, the word of AS and a quotation right
    after them ('O Presidente da República recorda Sampaio como "um lutador pela liberdade"',
    'Okonte described Mabena as "a tireless reformer"'): the one described, not the speaker.
    ('"...," said Trump as he left' goes on with no quotation after "as".)"""
    found = np.zeros(len(hashes), dtype=bool)
    for at in np.flatnonzero(in_sorted(hashes, AS)).tolist():
        quoted = first + at + 1
        if at < 2 or not name[at - 1] or quoted >= int(corpus.offsets[document + 1]) or not (
                int(corpus.gaps[quoted + document]) & breaks.OPENS_QUOTE):
            continue
        run = at - 1
        while run > 0 and name[run - 1]:
            run -= 1
        if verb[max(0, run - DESCRIBED_REACH):run].any():
            found[run:at] = True
    return found
