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
                 candidates: np.ndarray, kind: np.ndarray, gaps: np.ndarray,
                 clause: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For the words of `document` from global token `first` (their `hashes`; `candidates`:
    the capitalised ones, stock vocabulary and quoted words aside; `kind`: their lists' flags, a
    column per bit of `attribution_vocabulary`; `gaps`: the breaks before them, `clause`: which
    of them is a clause boundary), which are names, which particles inside a surname, which
    particles before a body, and which surnames after an office."""
    positions = np.arange(first, first + len(hashes))
    site = web_addresses(corpus, document, positions, candidates)
    name = nouns_among(corpus, document, positions, candidates & ~site)
    name &= ~sentence_openers(corpus, document, first, hashes, name, kind[:, VERB_BIT],
                              kind[:, OFFICE_BIT], clause)
    name &= ~_described(corpus, document, first, hashes, name, clause)
    particle, body = window_particles(corpus, document, first, hashes, name, gaps)
    surname = surnames_after_offices(corpus, document, first, hashes, name, kind[:, OFFICE_BIT])
    return name, particle, body, surname


AS = reporting.hashes_of("as como comme come als jako")
"""The word that opens what someone is described as ("remembers Sampaio as", "recorda Sampaio
como", "décrit Okonte comme")."""
DESCRIBING = reporting.hashes_of(
    "described describes called calls remembered remembers recalled recalls hailed hails "
    "praised praises dubbed labelled labeled termed branded "
    "recorda recordou lembra lembrou relembra relembrou descreve descreveu define definiu "
    "classifica classificou elogia elogiou evoca evocou "
    "décrit décrivait qualifie qualifié rappelle salue salué "
    "describe describió califica calificó recuerda recordó define definió "
    "bezeichnet bezeichnete beschreibt beschrieb nennt nannte würdigt würdigte lobt lobte "
    "descrive descrisse definisce definì ricorda ricordò")
"""Verbs of describing or remembering someone as something: the name after one is the one
described, the quotation after "as" what they are called."""
DESCRIBED_REACH = 4
"""The most words from a verb of describing to the name it describes."""


def _described(corpus: TokenisedCorpus, document: int, first: int, hashes: np.ndarray,
               name: np.ndarray, clause: np.ndarray) -> np.ndarray:
    """The names a verb of describing before them describes, the window's last word a word of AS
    that a quotation follows ('O Presidente da República recorda Sampaio como "um lutador
    pela liberdade"', 'Okonte described Mabena as "a tireless reformer"'), all in one clause:
    the one described, not the speaker of that quotation. Only for the quotation right after
    (the window ends at it): '"...," said Okonte as "Nkosi Sikelel' iAfrika" rang out' still
    has Okonte speak the first, and a verb of saying describes no one ('sagte Wendrik als
    "Sprecher"' is Wendrik's)."""
    found = np.zeros(len(hashes), dtype=bool)
    at = len(hashes) - 1
    quoted = first + at + 1
    if at < 2 or not name[at - 1] or not in_sorted(hashes[at:], AS)[0] or clause[at] \
            or quoted >= int(corpus.offsets[document + 1]) \
            or not int(corpus.gaps[quoted + document]) & breaks.OPENS_QUOTE:
        return found
    run = at - 1
    while run > 0 and name[run - 1] and not clause[run]:
        run -= 1
    low = max(0, run - DESCRIBED_REACH)
    describing = np.flatnonzero(in_sorted(hashes[low:run], DESCRIBING))
    if len(describing) and not clause[low + int(describing[-1]) + 1:at + 1].any():
        found[run:at] = True
    return found
