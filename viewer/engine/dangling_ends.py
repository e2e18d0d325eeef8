"""Stage 5h, no occurrence ends on a function word its own sentence goes on from, nor starts on
one that belongs to the word before it.

Pure function of the corpus and the statements. Outlets that print one sentence alike and end it
each their own way share the words up to where they part: "it would be unhelpful to speculate on
the motive of the" (offender / alleged attacker / attack). A highlight that stops on "of the"
reads as cut off, and the words are no part of what they share but the frame of what each goes
on to say. So an occurrence whose last words are function words (`viewer.engine.reporting`),
a run of DANGLING_WORDS or fewer inside a clause the document goes on with, ends before them,
where STATEMENT_LEFT_WORDS words or more are left; a longer run stays whole, and so does one with
a negation in it or right before it ("... that it would not"). What the cut leaves of a clause
after its comma, a word or two of stock vocabulary ("..., and two" of "and two of them"), goes
with it (`_without_clause_stub`). A sentence going on into a
quotation goes on ('... Derek Chauvin was a "necessary step"': "was a" is cut). A clause the
occurrence ends with ("... of the people.") keeps its words, and so does a script without
spaces (its characters are not words). A false friend ("dove", "state", "den") is a function
word only in a document whose language it is one of.

Its start likewise: two outlets that word a sentence each their own way and then go on alike
share the words from where they meet, and a highlight starting "की विभिन्न धाराओं के तहत" (of
various sections...: the postposition belongs to the noun before it, each outlet's own) or
"and three ..." reads as cut off. An occurrence starting inside a clause on words that belong
to the word before them (LEANING_BACK: Hindi's postpositions, "of", "and", "that" and their
kin in the languages the engine knows), DANGLING_WORDS or fewer, starts after them. Words that
lean forward stay: "more than a dozen ballistic missiles", "a total of 22 missiles".
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import flat_ranges, in_sorted, unique_values
from viewer.engine.statements import Statements, with_extents
from viewer.engine.tokens import INITIAL_IDEOGRAPH, INITIAL_SYLLABIC, TokenisedCorpus

LEANING_BACK = reporting.hashes_of(
    "का के की को में से पर ने तक "  # (Hindi postpositions)
    "of and that de du des et que del y di della e che und dass")
"""Words that belong to the word before them; the languages' other function words may lean
forward (articles, quantifiers) and are kept at an occurrence's start."""
DANGLING_WORDS = 3
"""The most function words an occurrence's end loses ("on the motive of the": two)."""
STATEMENT_LEFT_WORDS = 3
"""The fewest words an occurrence keeps."""
STUB_WORDS = 2
"""The most words of a clause an occurrence may end with and lose once its function words are
cut (`_without_clause_stub`)."""


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
    gap = corpus.gaps[np.minimum(end, document_end - 1) + statements.doc]
    goes_on = (end < document_end) & ((gap & np.uint16(breaks.CLAUSE)) == 0)
    # (and a sentence that goes on into a quotation: "... Derek Chauvin was a “necessary step”",
    # the article opening the quoted words)
    into_quotation = np.flatnonzero((end < document_end) & ~goes_on
                                    & ((gap & np.uint16(breaks.NEWLINE)) == 0))
    goes_on[into_quotation] = [_opens_a_quotation(corpus, int(at)) for at in end[into_quotation]]
    # The run of function words the occurrence ends with, up to one more than may go: trimmed
    # only whole, so the occurrence ends on a word that says something ("... that it would
    # not" keeps its "not", a run of four stays), and never across a negation.
    run = np.zeros(len(end), dtype=np.int64)
    open_run = goes_on.copy()
    language = _document_languages(corpus, statements.doc, end, goes_on)
    for back in range(1, DANGLING_WORDS + 2):
        at = end - back
        word = corpus.hashes[np.maximum(at, 0)]
        dangling = (open_run & (at > first) & reporting.function_in(word, language)
                    & ~in_sorted(word, reporting.NEGATIONS)
                    & ((corpus.initials[np.maximum(at, 0)] & unspaced) == 0))
        run[dangling] = back
        open_run &= dangling
    negated = in_sorted(corpus.hashes[np.maximum(end - run - 1, 0)], reporting.NEGATIONS)
    trim = ((run >= 1) & (run <= DANGLING_WORDS) & (end - run - first >= STATEMENT_LEFT_WORDS)
            & ~negated)
    end = np.where(trim, end - run, end)
    end = _without_clause_stub(corpus, statements.doc, first, end, trim)
    first = _without_leaning_start(corpus, statements.doc, first, end, unspaced)
    moved_first, moved = first - offsets, end - offsets
    if np.array_equal(moved, statements.end) and np.array_equal(moved_first, statements.first):
        return statements
    return with_extents(statements, moved_first, moved)


def _without_clause_stub(corpus: TokenisedCorpus, doc: np.ndarray, first: np.ndarray,
                        end: np.ndarray, trimmed: np.ndarray) -> np.ndarray:
    """Each occurrence's end (global tokens), where its function words were `trimmed`, moved
    before what is left of its last clause when that is STUB_WORDS or fewer words after a
    clause mark inside the occurrence, all stock vocabulary (`viewer.engine.reporting.STOCK`):
    of "..., and two of them" (each outlet's own verb after it), "and two" says nothing of its
    own once "of them" is cut, and a consensus ending on it reads as a sentence cut off ("with
    minor injuries, and two."). A clause that names something ("and two ferries") stays, and
    so does every occurrence whose end was not trimmed: its last words are shared as they
    stand."""
    stub = np.zeros(len(end), dtype=np.int64)
    open_stub = trimmed.copy()
    for back in range(1, STUB_WORDS + 1):
        at = np.maximum(end - back, first)
        open_stub &= (end - back > first) & in_sorted(corpus.hashes[at], reporting.STOCK)
        # (the clause opens at token `at`: a clause mark in the gap before it)
        opens = open_stub & ((corpus.gaps[at + doc] & np.uint16(breaks.CLAUSE)) != 0)
        stub[opens & (stub == 0)] = back
        open_stub &= ~opens
    cut = (stub > 0) & (end - stub - first >= STATEMENT_LEFT_WORDS)
    return np.where(cut, end - stub, end)


_QUOTATION_MARKS = frozenset("“”„‟«»「『\"‘’‚‹›'")


def _opens_a_quotation(corpus: TokenisedCorpus, token: int) -> bool:
    """Whether the gap before global `token` is a space, then quotation marks against the word
    (no comma, no colon: the sentence goes on into the quoted words), whichever marks the
    language opens with ("“", "„", "»" in German and Danish, "”" in Swedish and Finnish)."""
    document = corpus.document_at(token)
    between = corpus.texts[document][int(corpus.ends[token - 1]):int(corpus.starts[token])]
    marks = between.lstrip()
    return (marks != between and bool(marks)
            and all(mark in _QUOTATION_MARKS for mark in marks))


def _without_leaning_start(corpus: TokenisedCorpus, doc: np.ndarray, first: np.ndarray,
                           end: np.ndarray, unspaced: np.uint8) -> np.ndarray:
    """Each occurrence's first token, moved past the LEANING_BACK words it starts on inside a
    clause (module docstring), where STATEMENT_LEFT_WORDS words or more are left."""
    last = len(corpus.hashes) - 1
    inside = (first > corpus.offsets[doc]) & (
        (corpus.gaps[first + doc] & np.uint16(breaks.CLAUSE)) == 0)
    run = np.zeros(len(first), dtype=np.int64)
    open_run = inside.copy()
    for ahead in range(DANGLING_WORDS + 1):
        at = np.minimum(first + ahead, last)
        leaning = (open_run & (first + ahead < end) & in_sorted(corpus.hashes[at], LEANING_BACK)
                   & ((corpus.initials[at] & unspaced) == 0))
        run[leaning] = ahead + 1
        open_run &= leaning
    trim = (run >= 1) & (run <= DANGLING_WORDS) & (end - first - run >= STATEMENT_LEFT_WORDS)
    return np.where(trim, first + run, first)


def _document_languages(corpus: TokenisedCorpus, doc: np.ndarray, end: np.ndarray,
                        goes_on: np.ndarray) -> np.ndarray:
    """For each occurrence (its document `doc`, its `end`), the index in reporting.LANGUAGES of
    its document's language, -1 where unknown; asked only of documents where an occurrence whose
    sentence goes on (`goes_on`) ends on a run of function words holding a false friend
    ("dove", "state", "den": a function word in one language and a word that says something in
    another), the only ends the language decides."""
    language = np.full(len(doc), -1, dtype=np.int64)
    open_run = goes_on.copy()
    friend = np.zeros(len(doc), dtype=bool)
    for back in range(1, DANGLING_WORDS + 2):
        word = corpus.hashes[np.maximum(end - back, 0)]
        false = reporting.false_friends(word)
        open_run &= false | in_sorted(word, reporting.FUNCTION)
        friend |= open_run & false
    asked = unique_values(doc[friend])
    if not len(asked):
        return language
    owner, positions = flat_ranges(corpus.offsets[asked], corpus.offsets[asked + 1])
    found = reporting.language_of(corpus.hashes[positions], owner, len(asked))
    slot = np.searchsorted(asked, doc)
    held = asked[np.minimum(slot, len(asked) - 1)] == doc
    language[held] = found[slot[held]]
    return language
