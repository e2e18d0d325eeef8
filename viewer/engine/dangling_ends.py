"""Stage 5h, no occurrence ends on a function word its own sentence goes on from.

Pure function of the corpus and the statements. Outlets that print one sentence alike and end it
each their own way share the words up to where they part: "it would be unhelpful to speculate on
the motive of the" (offender / alleged attacker / attack). A highlight that stops on "of the"
reads as cut off, and the words are no part of what they share but the frame of what each goes
on to say. So an occurrence whose last words are function words (`viewer.engine.reporting`,
up to DANGLING_WORDS of them) inside a clause the document goes on with ends before them, where
STATEMENT_LEFT_WORDS words or more are left. A clause the occurrence ends with ("... of the
people.") keeps its words, and so does a script without spaces (its characters are not words).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.statements import Statements, with_extents
from viewer.engine.tokens import INITIAL_IDEOGRAPH, INITIAL_SYLLABIC, TokenisedCorpus

DANGLING_WORDS = 3
"""The most function words an occurrence's end loses ("on the motive of the": two)."""
STATEMENT_LEFT_WORDS = 3
"""The fewest words an occurrence keeps."""


def without_dangling_ends(corpus: TokenisedCorpus, statements: Statements) -> Statements:
    """`statements` with each occurrence's end moved off the function words its clause goes on
    from (module docstring); sorted as before."""
    if not len(statements):
        return statements
    offsets = corpus.offsets[statements.doc]
    first = offsets + statements.first
    end = offsets + statements.end
    document_end = corpus.offsets[statements.doc + 1]
    unspaced = np.uint8(INITIAL_IDEOGRAPH | INITIAL_SYLLABIC)
    clause = np.uint16(breaks.CLAUSE)
    for _ in range(DANGLING_WORDS):
        last = end - 1
        goes_on = ((end < document_end)
                   & ((corpus.gaps[end + statements.doc] & clause) == 0))
        trim = (goes_on & (end - first > STATEMENT_LEFT_WORDS)
                & reporting.function(corpus.hashes[last])
                & ((corpus.initials[last] & unspaced) == 0))
        if not trim.any():
            break
        end = np.where(trim, end - 1, end)
    moved = end - offsets
    if np.array_equal(moved, statements.end):
        return statements
    return with_extents(statements, statements.first, moved)
