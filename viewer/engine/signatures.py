"""Stage 5f, an embedded post's signature left out: an occurrence that ends with the line an
embedded post signs off with ends before it.

Pure function of the corpus and the statements. A page that embeds a post (a tweet) prints its
text and then who posted it and when: "— Donald J. Trump (@realDonaldTrump) January 3, 2018",
maybe after the post's picture link ("pic.twitter.com/..."). Outlets embedding the same post print
the same line, so the match between them runs on over it, and the highlight holds a name, a
handle and a date that are nobody's words. A signature is a dash, up to SIGNATURE_NAME_CHARACTERS
characters of a name, a handle in parentheses and the rest of its line (the date); an
occurrence that ends inside one, or right after it, ends before it (and before the picture link
in front of it). A signature in the middle of an occurrence (the post, its signature, then the
outlet's story that both outlets copy) is left as it is: the text around it is one match.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine.statements import Statements
from viewer.engine.tokens import TokenisedCorpus

SIGNATURE_NAME_CHARACTERS = 60
"""The longest name between the dash and the handle ("Donald J. Trump")."""
_SIGNATURE = re.compile(
    r"(?:\s*…?\s*pic\.twitter\.com/[A-Za-z0-9]+\s*|\s+|^)[—–―-]{1,2}\s*"
    rf"[^\n—–―()]{{1,{SIGNATURE_NAME_CHARACTERS}}}"
    r"\(@[A-Za-z0-9_]{1,30}\)[^\n]{0,40}$")
"""A signature at the end of an occurrence's text, with the picture link before it if any (and
the ellipsis of a post cut short: "... honor para mí.… pic.twitter.com/3dPP— Javier Milei")."""
_HANDLE = re.compile(r"\(@[A-Za-z0-9_]{1,30}\)")
"""A handle in parentheses: the signature's one sure sign, looked for before the rest."""
SIGNATURE_REACH = SIGNATURE_NAME_CHARACTERS + 80
"""How many characters before an occurrence's end (and after it) a signature it ends in may
start (and end)."""


def without_signatures(corpus: TokenisedCorpus, statements: Statements) -> Statements:
    """`statements` with each occurrence that ends with an embedded post's signature (module
    docstring) ending before it; sorted as before by (statement, doc, first) and then the
    longest first."""
    if not len(statements):
        return statements
    # (the few documents with a handle in parentheses at all are looked at)
    handled = np.array(["(@" in text for text in corpus.texts], dtype=bool)
    asked = np.flatnonzero(handled[statements.doc])
    if not len(asked):
        return statements
    ends = statements.end.copy()
    for k in asked.tolist():
        ends[k] = _end_before_signature(corpus, int(statements.doc[k]),
                                        int(statements.first[k]), int(statements.end[k]))
    if np.array_equal(ends, statements.end):
        return statements
    order = np.lexsort((-ends, statements.first, statements.doc, statements.statement))
    return Statements(statements.statement[order], statements.doc[order],
                      statements.first[order], ends[order])


def _end_before_signature(corpus: TokenisedCorpus, doc: int, first: int, end: int) -> int:
    """The document-local end token of the occurrence [first, end) of `doc`: before the
    signature it ends in or with, else `end`. At least one word is kept."""
    offset = int(corpus.offsets[doc])
    text = corpus.texts[doc]
    start_char = int(corpus.starts[offset + first])
    end_char = int(corpus.ends[offset + end - 1])
    # (the occurrence may end inside the signature: its line is read to its end)
    line_end = text.find("\n", end_char)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - end_char > SIGNATURE_REACH:
        return end
    low = max(start_char, end_char - SIGNATURE_REACH)
    if not _HANDLE.search(text, low, line_end):
        return end
    found = _SIGNATURE.search(text[start_char:line_end])
    if found is None:
        return end
    cut = start_char + found.start()
    starts = corpus.starts[offset + first : offset + end]
    kept = int(np.searchsorted(starts, cut, side="left"))
    return first + kept if kept >= 1 else end
