"""Stage 5i, an occurrence of quoted words has its quotation's edges: it starts at the opening
mark and ends where the quotation does.

Pure function of the corpus and the statements. An outlet that quotes part of a sentence often
leads into it with the sentence's own first words outside the marks: 'She said the barrier "was
never designed for a surge of this size"', where other outlets quote the whole sentence. The
words before the mark are shared, so the match took them in, but here they are the outlet's
reported speech, not the quotation it gives: an occurrence that starts LEAD_WORDS words or fewer
before a quotation opening inside it, those words inside no quotation, and runs no further than
that quotation, starts at the mark (where STATEMENT_LEFT_WORDS words or more are left).

And an outlet transcribing a speaker's last words its own way ("leave their homes right away"
where the others print "immediately") shares the sentence up to them only: its occurrence
stopped short of the quotation's end, and the highlight read as cut off. An occurrence inside a
quotation that stops TAIL_WORDS words or fewer before the quotation's end, in the same sentence
(no quotation nested in it closing between, no negation among the words), ends there, where
another occurrence of its statement ends at its own quotation's end (the speaker's words end
there in the other copies too).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted, unique_values, within
from viewer.engine.dangling_ends import STATEMENT_LEFT_WORDS
from viewer.engine.statements import Statements, with_extents
from viewer.engine.tokens import TokenisedCorpus

LEAD_WORDS = 3
"""The most words of the outlet's own an occurrence loses before its quotation's mark."""
TAIL_WORDS = 2
"""The most words an occurrence grows by to reach its quotation's end (a word or two each
outlet transcribes its own way; a character or two of a script without spaces: "です")."""


def with_quotation_edges(corpus: TokenisedCorpus, statements: Statements) -> Statements:
    """`statements` with each occurrence's edges moved to its quotation's (module docstring);
    sorted as before."""
    if not len(statements) or not len(corpus.quote_first):
        return statements
    offsets = corpus.offsets[statements.doc]
    first = offsets + statements.first
    end = offsets + statements.end
    moved_first = _from_the_mark(corpus, statements, first, end)
    moved_end = _to_the_end(corpus, statements, moved_first, end)
    if np.array_equal(moved_first, first) and np.array_equal(moved_end, end):
        return statements
    return with_extents(statements, moved_first - offsets, moved_end - offsets)


def _from_the_mark(corpus: TokenisedCorpus, statements: Statements, first: np.ndarray,
                   end: np.ndarray) -> np.ndarray:
    """Each occurrence's first token (global), at its quotation's first word where the outlet
    leads into the quotation with a few words of its own and another document's occurrence of
    the statement starts inside a quotation (the speaker's words there; reprints of one text
    that both lead in alike print the words as theirs)."""
    quote_first, quote_end = corpus.quote_first, corpus.quote_end
    quoted_start = within(first, first + 1, quote_first, quote_end)
    # (the first quotation opening after the occurrence's first word)
    after = np.searchsorted(quote_first, first, side="right")
    at = np.minimum(after, len(quote_first) - 1)
    opens, closes = quote_first[at], quote_end[at]
    lead = ((after < len(quote_first)) & (opens - first <= LEAD_WORDS) & (closes >= end)
            & (end - opens >= STATEMENT_LEFT_WORDS))
    lead &= ~quoted_start
    asked = np.flatnonzero(lead)
    if not len(asked):
        return first
    # (another document quotes the statement from an occurrence's first word: a document other
    # than the asking one's with an occurrence of it starting in a quotation)
    count = max(statements.count, 1)
    documents = int(statements.doc.max()) + 1
    quoting = unique_values(statements.statement[quoted_start] * documents
                            + statements.doc[quoted_start])
    per_statement = np.bincount(quoting // documents, minlength=count)
    mine = in_sorted(statements.statement[asked] * documents + statements.doc[asked], quoting)
    lead[asked] = per_statement[statements.statement[asked]] > mine
    return np.where(lead, opens, first)


def _to_the_end(corpus: TokenisedCorpus, statements: Statements, first: np.ndarray,
                end: np.ndarray) -> np.ndarray:
    """Each occurrence's end (global), at its quotation's end where it stops a word or two
    short of it in the same sentence and another occurrence of its statement ends at its own
    quotation's end."""
    quote_first, quote_end = corpus.quote_first, corpus.quote_end
    at = np.searchsorted(quote_first, first, side="right") - 1
    closes = quote_end[np.maximum(at, 0)]
    inside = (at >= 0) & (closes >= end)
    speaker_ends = np.zeros(statements.count, dtype=bool)
    speaker_ends[statements.statement[inside & (closes == end)]] = True
    short = closes - end
    asked = np.flatnonzero(inside & (short >= 1) & (short <= TAIL_WORDS)
                           & speaker_ends[statements.statement])
    grown = end.copy()
    stops = np.uint16(breaks.SENTENCE_BREAK | breaks.NEWLINE | breaks.BARRIER)
    for k in asked.tolist():
        # (the gaps before the words it would take in: document d's gap before global token
        # g is gaps[g + d]; none may end a sentence or a line, nor close a quotation nested
        # in this one; and no word taken in says no: "leave their homes not yet" is no
        # wording of "immediately")
        document = int(statements.doc[k])
        gaps = corpus.gaps[int(end[k]) + document:int(closes[k]) + document]
        words = corpus.hashes[int(end[k]):int(closes[k])]
        if (not (gaps & stops).any() and not in_sorted(words, reporting.NEGATIONS).any()
                and not _mark_between(corpus, document, int(end[k]), int(closes[k]))):
            grown[k] = closes[k]
    return grown


_MARKS = frozenset("'‘’‚‛\"“”„‟«»‹›")
"""Quotation marks, single ones too: a quotation nested in another in single marks is no
quotation of the corpus's ('She said the barrier \'was never designed ...\' and left')."""


def _mark_between(corpus: TokenisedCorpus, document: int, first: int, end: int) -> bool:
    """Whether a quotation mark stands between the words before global tokens [first, end)
    (in the gaps, not inside a word: "don't" has none)."""
    text, offset = corpus.texts[document], int(corpus.offsets[document])
    return any(char in _MARKS
               for token in range(first, end)
               for char in text[int(corpus.ends[token - 1]):int(corpus.starts[token])]
               if token > offset)
