"""Printed on: two occurrences one right after the other in a document, for the stories stage.

Pure functions of the corpus and some token ranges. One text printed whole by one outlet, of
which other outlets each carry a part, shows as occurrences of two statements back to back:
nothing between, or, where the outlets end a sentence differently, the first sentence's last
word or two and the next one's first ("...深くおわび|する。|お亡くなりに...", a Japanese verb's
ending; "...in the area|today. Moreover,|the ministry ..."). A reporting verb, a name (a
capitalised word), a quotation mark, a speaker's label (in brackets, before a dash or a colon)
or a second sentence between are the outlet's own words, or the next speaker's turn.
The stories stage asks a sentence's tail between only of text printed unquoted (a transcript
under the speaker's name, a statement printed whole): inside a quotation, the outlet's edit
between two pieces it quotes may join two things said. And two texts one document prints on are
one only where the documents carrying them tell of one event (`one_event_elsewhere`).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.carriers import Carriers
from viewer.engine.chance import as_words
from viewer.engine.statements import Statements
from viewer.engine.tokens import (
    INITIAL_CAPITAL,
    INITIAL_IDEOGRAPH,
    INITIAL_SYLLABIC,
    TokenisedCorpus,
)

RUN_ON_WORDS = 4
"""The most words between two occurrences printed on: the end of one sentence and the start of
the next, a word or two each (counted as words in scripts without spaces)."""


def one_after_the_other(corpus: TokenisedCorpus, ends: np.ndarray,
                        firsts: np.ndarray) -> np.ndarray:
    """For pairs of global token positions in one document (an occurrence's end, the next
    one's first), whether the second is printed on from the first (module docstring)."""
    gap = firsts - ends
    found = gap == 0
    for k in np.flatnonzero((gap > 0) & (gap <= 4 * RUN_ON_WORDS)).tolist():
        found[k] = _sentence_tail(corpus, int(ends[k]), int(firsts[k]))
    return np.asarray(found, dtype=bool)


_NOT_A_TAIL = frozenset("()[]{}（）【】〔〕《》〈〉<>-–—:：|/")
"""Marks between two turns of a transcript or a page's parts, not inside one text's sentences:
brackets round a speaker's label ("(RUIZ)", "【副社長】"), dashes ("RUIZ - "), colons."""


def _sentence_tail(corpus: TokenisedCorpus, end: int, first: int) -> bool:
    """Whether the tokens [end, first) are a sentence's last words and the next one's first:
    RUN_ON_WORDS words at most, one sentence end (and a paragraph break at most) among the gaps
    around them, no quotation mark, bracket, dash or colon; before the sentence's end no
    reporting verb and no capitalised word, after it only function words or words of a script
    without spaces (a speaker's name or label opening the next turn is neither)."""
    document = corpus.document_at(int(end))
    local = end - int(corpus.offsets[document])
    words = float(as_words(corpus, np.array([document]), np.array([local]),
                           np.array([local + first - end]), np.array([first - end]))[0])
    gaps = corpus.gaps[end + document:first + document + 1]
    if words > RUN_ON_WORDS or np.count_nonzero(gaps & breaks.SENTENCE_BREAK) != 1:
        return False
    if (gaps & (breaks.QUOTE | breaks.OPENS_QUOTE | breaks.CLOSES_QUOTE)).any():
        return False
    text = corpus.texts[document]
    if _NOT_A_TAIL.intersection(text[int(corpus.ends[end - 1]):int(corpus.starts[first])]):
        return False
    hashes = corpus.hashes[end:first]
    initials = corpus.initials[end:first]
    # (token k of the tail lies after the sentence's end when a break stands in a gap before it)
    after = np.cumsum((gaps[:-1] & breaks.SENTENCE_BREAK) != 0) > 0
    unspaced = (initials & (INITIAL_IDEOGRAPH | INITIAL_SYLLABIC)) != 0
    if in_sorted(hashes, reporting.CONTINUING).any():
        return False
    if ((initials & INITIAL_CAPITAL) != 0)[~after].any():
        return False
    return bool((in_sorted(hashes, reporting.FUNCTION) | unspaced)[after].all())


def one_event_elsewhere(statements: Statements, carriers: Carriers, left: np.ndarray,
                         right: np.ndarray) -> np.ndarray:
    """For occurrences `left`, `right` that one document prints one right after the other,
    whether the other documents carrying them tell of one event: one of them carries both, or
    a document carrying one and a document carrying the other share a third statement. (A page
    that ends in another story's teaser prints two events' texts back to back; the outlets that
    carry each of them share nothing.)"""
    if not len(left):
        return np.zeros(0, dtype=bool)
    statements_of: dict[int, set[int]] = {}
    for statement, doc in zip(statements.statement.tolist(), statements.doc.tolist(),
                              strict=True):
        statements_of.setdefault(doc, set()).add(statement)
    # (what the other documents carrying a statement carry, asked once per statement and
    # document: a statement many outlets reprint is in many pairs)
    elsewhere: dict[tuple[int, int], tuple[set[int], set[int]]] = {}

    def carried_elsewhere(statement: int, here: int) -> tuple[set[int], set[int]]:
        key = (statement, here)
        if key not in elsewhere:
            documents = carriers.documents_of(statement) - {here}
            elsewhere[key] = (documents,
                              set().union(*(statements_of[d] for d in documents)))
        return elsewhere[key]

    found = []
    for k, j in zip(left.tolist(), right.tolist(), strict=True):
        here, one, other = (int(statements.doc[k]), int(statements.statement[k]),
                            int(statements.statement[j]))
        first_docs, first_said = carried_elsewhere(one, here)
        second_docs, second_said = carried_elsewhere(other, here)
        found.append(bool(first_docs & second_docs)
                     or bool((first_said & second_said) - {one, other}))
    return np.array(found, dtype=bool)
