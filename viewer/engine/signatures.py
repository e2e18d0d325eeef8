"""Stage 5f, an embedded post's signature left out: an occurrence that ends with the line an
embedded post signs off with ends before it.

Pure function of the corpus and the statements. A page that embeds a post (a tweet) prints its
text and then who posted it and when: "— Donald J. Trump (@realDonaldTrump) January 3, 2018",
maybe after the post's link ("pic.twitter.com/...", "pic.x.com/...", "https://t.co/..."), the
dash maybe right after the link or the post's last mark. Outlets embedding the same post print
the same line, so the match between them runs on over it, and the highlight holds a name, a
handle and a date that are nobody's words. A signature is a dash, up to
SIGNATURE_NAME_CHARACTERS characters of a name, a handle in parentheses (an X handle, a Bluesky
"@name.bsky.social", a Mastodon "@name@server") and the rest of its line, a date with its year;
an occurrence that ends inside one, or right after it, ends before it (and before the link in
front of it). One that is nothing but a signature (a post of a picture alone) is dropped, and a
statement left in fewer than two documents with it. A signature in the middle of an occurrence
(the post, its signature, then the outlet's story that both outlets copy) is left as it is: the
text around it is one match.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine.statements import Statements, with_extents
from viewer.engine.tokens import TokenisedCorpus

SIGNATURE_NAME_CHARACTERS = 60
"""The longest name between the dash and the handle ("Donald J. Trump")."""
_HANDLE_TEXT = r"\(@[\w.]{1,60}(?:@[\w.-]{1,60})?\)"
_SIGNATURE = re.compile(
    r"(?:\s*…?\s*(?:pic\.(?:twitter|x)\.com|https?://t\.co)/\w+\s*|\s+|(?<=[.!?…\"”’])|^)"
    rf"[—–―-]{{1,2}}\s*[^\n—–―()]{{1,{SIGNATURE_NAME_CHARACTERS}}}{_HANDLE_TEXT}"
    r"(?=[^\n]*\b(?:19|20)\d\d\b)[^\n]{0,60}$")
"""A signature at the end of an occurrence's text, with the link before it if any (and the
ellipsis of a post cut short: "... honor para mí.… pic.twitter.com/3dPP— Javier Milei"); the
date after the handle gives a year ("March 3, 2024", "10:15 PM · Mar 3, 2024"), which a
sentence naming an account in passing does not ("— who posts as (@MorrowbyCity) — on
Monday.")."""
_HANDLE = re.compile(_HANDLE_TEXT)
"""A handle in parentheses: the signature's one sure sign, looked for before the rest."""
SIGNATURE_REACH = SIGNATURE_NAME_CHARACTERS + 140
"""How many characters before an occurrence's end (and after it) a signature it ends in may
start (and end)."""


def without_signatures(corpus: TokenisedCorpus, statements: Statements) -> Statements:
    """`statements` with each occurrence that ends with an embedded post's signature (module
    docstring) ending before it, one that is a signature alone dropped; sorted as before by
    (statement, doc, first) and then the longest first."""
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
    # (a statement left in one document links nothing)
    return with_extents(statements, statements.first, ends)


def _end_before_signature(corpus: TokenisedCorpus, doc: int, first: int, end: int) -> int:
    """The document-local end token of the occurrence [first, end) of `doc`: before the
    signature it ends in or with (`first` where it is nothing else), else `end`."""
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
    return first + int(np.searchsorted(starts, cut, side="left"))
