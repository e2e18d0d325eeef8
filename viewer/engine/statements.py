"""Stage 5, cluster into statements: pairwise matches joined transitively into passages.

Pure function of the corpus and the pairwise matches. If A and B share x and B and C share an
overlapping y, that is one statement with occurrences in A, B and C, each with its own extent:

1. The sides of long matches (STATEMENT_WORDS equal words or more, characters of a script
   without spaces counting as the words they make, `viewer.engine.chance.as_words`; a reworded
   quotation needs EDITED_QUOTE_WORDS: two agencies' translations of one quote are short
   matches, and so are two outlets' edited words naming the event, mostly names) that
   overlap in one document merge into one occurrence (their union, which is all shared text).
   Occurrences linked by a match, lying a few words apart in one paragraph of one document, or
   paragraphs of a story two documents both reprint, one after the other but for what a
   reprint cuts or inserts (a wire story, `viewer.engine.stretches.next_paragraphs`) form one
   statement: connected components, computed with array
   operations. Two matches of one document pair that merely follow each other closely in both
   (an official statement, then a tweet, each with its attribution) are not joined: that is
   how two statements about one event are reported, and what keeps the Pentagon's and Iraq's
   statements apart.
   (First, a short match equal but for a lower-case word at its edge is cut to its equal
   words: `viewer.engine.replaced_edges`.) This step needs no fragments:
   `viewer.engine.long_matches`, which the pipeline runs while the fragments are found.
2. Shorter matches (down to `min_words`, and quoted fragments) attach to those statements or
   join each other, never merging two statements that long matches established
   (`viewer.engine.short_matches`).
3. A document's overlapping occurrences of one statement are one occurrence, and so are
   those a word or two apart in one sentence (no attribution between) and touching ones
   (". " between, where two runs met) unless they meet at a paragraph break and
   either is shorter than STATEMENT_WORDS (a quoted phrase ending one paragraph and the
   statement opening the next stay two occurrences).

Statements carried by fewer than two documents are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import connected_components, flat_ranges, in_sorted
from viewer.engine.between_matches import gaps_hold
from viewer.engine.chance import in_long_texts
from viewer.engine.fragments import quoted_token_ranges
from viewer.engine.long_matches import (
    EDITED_QUOTE_WORDS as EDITED_QUOTE_WORDS,
)
from viewer.engine.long_matches import (
    STATEMENT_WORDS as STATEMENT_WORDS,
)
from viewer.engine.long_matches import LongMatches, long_matches
from viewer.engine.matches import PairMatches
from viewer.engine.short_matches import attach_short
from viewer.engine.tokens import TokenisedCorpus
from viewer.engine.transcription_edits import same_claims

JOINED_GAP_WORDS = 2
"""A document's occurrences of one statement this many words apart in one sentence are one
occurrence (`touching_as_one`)."""
_SENTENCE_OR_QUOTE = breaks.NEWLINE | breaks.SENTENCE_BREAK | breaks.QUOTE
JOIN_GAP_CHARS = 300
"""One document's occurrences of a statement at most this far apart (and a few words) are
aligned as one window (`viewer.engine.align`)."""


@dataclass(frozen=True, eq=False)
class Statements:
    """Occurrences of statements: parallel int64 arrays sorted by (statement, doc, first);
    document-local token ranges [first, end)."""

    statement: np.ndarray
    doc: np.ndarray
    first: np.ndarray
    end: np.ndarray

    def __len__(self) -> int:
        return len(self.doc)

    @property
    def count(self) -> int:
        return int(self.statement.max()) + 1 if len(self.statement) else 0

    def groups(self) -> list[tuple[int, int]]:
        """[low, high) index ranges of each statement's occurrences."""
        if not len(self.statement):
            return []
        change = np.flatnonzero(np.diff(self.statement)) + 1
        lows = np.concatenate(([0], change))
        highs = np.append(change, len(self.statement))
        return list(zip(lows.tolist(), highs.tolist(), strict=True))


def cluster_statements(corpus: TokenisedCorpus, matches: PairMatches,
                       fragments: PairMatches, *, quoted_alone: bool = True,
                       quotes: tuple[np.ndarray, np.ndarray] | None = None,
                       min_words: int = 6) -> Statements:
    """Statements from pairwise matches and fragment matches (module docstring). With
    `quoted_alone`, words that several documents quote alike (a three-word tweet) are a
    statement even when no longer match carries them. A match needs `min_words` equal words,
    and between long texts a word more per doubling of their lengths' product
    (`viewer.engine.chance`)."""
    quotes = quotes if quotes is not None else quoted_token_ranges(corpus)
    return statements_from_long_matches(corpus, long_matches(corpus, matches, quotes, min_words),
                                        fragments, quoted_alone=quoted_alone, quotes=quotes)


def statements_from_long_matches(corpus: TokenisedCorpus, long: LongMatches,
                                 fragments: PairMatches, *, quoted_alone: bool,
                                 quotes: tuple[np.ndarray, np.ndarray]) -> Statements:
    """`cluster_statements`, step 1 done (`viewer.engine.long_matches`: the pipeline finds it
    while it finds the fragments): the short matches and the fragments attached to the long
    matches' statements (step 2), a document's occurrences of one made one (step 3)."""
    # (a fragment whose sides claim otherwise, a negation more or another number, is two
    # statements: "we will rebuild the school" / "we will not rebuild the school")
    fragments = fragments.subset(same_claims(corpus, *fragments.global_ranges(corpus.offsets),
                                             read=False))
    matches, long_ones, repeat, long_text = long.matches, long.long, long.repeat, long.long_text
    short = matches.subset(~long_ones).concatenated(fragments)
    is_fragment = np.zeros(len(short), dtype=bool)
    is_fragment[len(short) - len(fragments):] = True
    repeated = np.concatenate((repeat[~long_ones], np.zeros(len(fragments), dtype=bool)))
    short_long_text = in_long_texts(corpus, short.doc_a, short.doc_b)
    if short_long_text.any():
        inside_a, inside_b = short.subset(short_long_text).sides_inside(
            matches.subset(long_ones & long_text))
        repeated[short_long_text] |= inside_a != inside_b
    # A match is exact when its sides are as long and equal word for word; fragments are
    # exact by construction. (An edited match of STATEMENT_WORDS equal words or more is
    # evidence as an exact one is: it is no formula with a name changed.)
    word_for_word = np.concatenate((long.exact[~long_ones], np.ones(len(fragments), dtype=bool)))
    exact = long.exact.copy()
    exact[long.edited] = True
    exact = np.concatenate((exact[~long_ones],
                            np.ones(len(fragments), dtype=bool)))
    # (a short match between two documents that share no long one)
    documents = len(corpus)
    lonely = ~np.isin(short.doc_a * documents + short.doc_b,
                      matches.doc_a[long_ones] * documents + matches.doc_b[long_ones])
    # (and two documents that long matches do not connect, even through others: two groups,
    # a group and a document linked to no other, or two such documents)
    group = connected_components(documents, matches.doc_a[long_ones], matches.doc_b[long_ones])
    apart = group[short.doc_a] != group[short.doc_b]
    extra = attach_short(corpus, short, is_fragment, (exact, word_for_word), repeated,
                         long.run_first, long.run_end, long.component, quoted_alone, quotes,
                         long.joined, (lonely, apart, group))
    doc = np.concatenate((long.run_doc, extra[0]))
    first = np.concatenate((long.run_first, extra[1]))
    end = np.concatenate((long.run_end, extra[2]))
    statement = np.concatenate((extra[4][long.component], extra[3]))
    return _finish(corpus, statement, doc, first, end)


def _finish(corpus: TokenisedCorpus, statement: np.ndarray, doc: np.ndarray, first: np.ndarray,
            end: np.ndarray) -> Statements:
    """Local offsets, statements in fewer than two documents dropped, renumbered, sorted."""
    offsets = corpus.offsets
    first = first - offsets[doc]
    end = end - offsets[doc]
    # (the longest first among occurrences that start at one word: ties never depend on the
    # order the occurrences came in, which follows the articles' order)
    order = np.lexsort((-end, first, doc, statement))
    statement, doc, first, end = statement[order], doc[order], first[order], end[order]
    if not len(statement):
        return Statements(statement, doc, first, end)
    return carried_twice(touching_as_one(corpus, Statements(statement, doc, first, end)))


def carried_twice(statements: Statements) -> Statements:
    """`statements` (sorted by statement, then document) without those carried by fewer than two
    documents, renumbered 0, 1, ... in their order."""
    statement, doc = statements.statement, statements.doc
    if not len(statement):
        return statements
    new_group = np.ones(len(statement), dtype=bool)
    new_group[1:] = statement[1:] != statement[:-1]
    new_doc = new_group.copy()
    new_doc[1:] |= doc[1:] != doc[:-1]
    group_start = np.flatnonzero(new_group)
    spread = np.add.reduceat(new_doc.astype(np.int64), group_start)
    keep = np.repeat(spread >= 2, np.diff(np.append(group_start, len(statement))))
    _, renumbered = np.unique(statement[keep], return_inverse=True)
    return Statements(np.asarray(renumbered, dtype=np.int64), doc[keep], statements.first[keep],
                      statements.end[keep])


def with_extents(statements: Statements, first: np.ndarray, end: np.ndarray) -> Statements:
    """`statements` with each occurrence's extent set to [first, end) (document-local tokens),
    those left empty dropped, sorted again, and a statement left in fewer than two documents
    dropped with them (`carried_twice`): what a stage that trims occurrences' edges returns."""
    kept = first < end
    statement, doc = statements.statement[kept], statements.doc[kept]
    first, end = first[kept], end[kept]
    order = np.lexsort((-end, first, doc, statement))
    return carried_twice(Statements(statement[order], doc[order], first[order], end[order]))


def joined_pairs(corpus: TokenisedCorpus, statements: Statements,
                 pairs: np.ndarray) -> Statements:
    """`statements` with the two statements of each pair (2 x n) one statement, transitively,
    and a document's occurrences of it that touch one occurrence (`touching_as_one`)."""
    label = connected_components(statements.count, pairs[0], pairs[1])
    joined = label[statements.statement]
    order = np.lexsort((-statements.end, statements.first, statements.doc, joined))
    return touching_as_one(corpus, Statements(joined[order], statements.doc[order],
                                             statements.first[order], statements.end[order]))


def touching_as_one(corpus: TokenisedCorpus, statements: Statements) -> Statements:
    """A document's occurrences of one statement that overlap or touch (". " between, where
    two runs met), or lie a word or two apart in one sentence (`_a_word_or_two_apart`), as one
    occurrence, their union: one highlight, not two with a gap. Touching
    pieces meeting at a paragraph break stay two when either is shorter than STATEMENT_WORDS
    (a quoted phrase ending one paragraph and the statement opening the next; a story's
    paragraphs are one). `statements` sorted by (statement, doc, first), offsets local."""
    statement, doc, first, end = statements.statement, statements.doc, statements.first, \
        statements.end
    if not len(statement):
        return statements
    same = np.zeros(len(statement), dtype=bool)
    same[1:] = (statement[1:] == statement[:-1]) & (doc[1:] == doc[:-1])
    # The furthest end so far within each (statement, doc) group: each group is lifted above
    # all before it, so a running maximum never carries over from one group to the next.
    lift = np.cumsum(~same) * (int(end.max()) + 1)
    reach = np.maximum.accumulate(end + lift) - lift
    overlaps = same.copy()
    overlaps[1:] &= first[1:] < reach[:-1]
    # (the piece before is all the occurrences overlapping up to there, not only the last)
    overlap_start = first[np.maximum.accumulate(np.where(overlaps, 0, np.arange(len(first))))]
    paragraph = corpus.line_start[corpus.offsets[doc] + first]
    apart = paragraph[1:] & (((end[1:] - first[1:]) < STATEMENT_WORDS)
                             | ((reach[:-1] - overlap_start[:-1]) < STATEMENT_WORDS))
    meeting = np.flatnonzero(same[1:] & (first[1:] == reach[:-1]) & paragraph[1:] & ~apart)
    apart[meeting] = after_heading(corpus, corpus.offsets[doc[1:][meeting]] + first[1:][meeting])
    touches = overlaps.copy()
    touches[1:] |= same[1:] & (first[1:] == reach[:-1]) & ~apart
    touches[1:] |= same[1:] & _a_word_or_two_apart(corpus, doc[1:], reach[:-1], first[1:])
    piece = np.flatnonzero(~touches)
    return Statements(statement[piece], doc[piece], first[piece],
                      np.maximum.reduceat(end, piece))


def after_heading(corpus: TokenisedCorpus, tokens: np.ndarray) -> np.ndarray:
    """For global tokens that each open a paragraph, whether the paragraph before ends without
    a sentence's end mark, a colon or a closing quotation mark: a headline or a subheading
    ("Benedetto XVI è stato un gigante della fede e della ragione", then the quotation it
    repeats), not a paragraph of a story. Where a document repeats its headline's words in the
    quotation below it, the two are two occurrences, each aligned on its own."""
    found = np.zeros(len(tokens), dtype=bool)
    documents = corpus.document_of(tokens)
    for index, (token, document) in enumerate(zip(tokens.tolist(), documents.tolist(),
                                                  strict=True)):
        if token > corpus.offsets[document]:
            found[index] = ends_heading(corpus.texts[document][int(corpus.ends[token - 1]):
                                                               int(corpus.starts[token])])
    return found


def ends_heading(between: str) -> bool:
    """Whether the text `between` two words, holding a line break, ends a heading there: no
    sentence's end mark, colon or closing quotation mark before the break."""
    return not between.split("\n", 1)[0].strip()


def _a_word_or_two_apart(corpus: TokenisedCorpus, doc: np.ndarray, end: np.ndarray,
                         first: np.ndarray) -> np.ndarray:
    """Whether occurrences ending at `end` and starting at `first` (local tokens of `doc`) have
    JOINED_GAP_WORDS words or fewer between them, none of them attribution, and no line break,
    sentence end or quotation mark: one sentence of the statement, of which a word or two was
    matched by no one ("the best job in the world, but them's the breaks", whose "but" two
    pieces matched by different outlets leave out). '"...," he said, "..."' stays two."""
    words = first - end
    near = np.flatnonzero((words >= 1) & (words <= JOINED_GAP_WORDS))
    if not len(near):
        return np.zeros(len(first), dtype=bool)
    # (the words between: global tokens [after, next_first); the gaps before each of them
    # and before next_first)
    base = corpus.offsets[doc[near]]
    after, next_first = base + end[near], base + first[near]
    ok = ~gaps_hold(corpus, after, next_first, _SENTENCE_OR_QUOTE)
    owner, between = flat_ranges(after, next_first)
    ok &= np.bincount(owner[in_sorted(corpus.hashes[between], reporting.ATTRIBUTING_OR_PRONOUN)],
                      minlength=len(near)) == 0
    found = np.zeros(len(first), dtype=bool)
    found[near] = ok
    return found
