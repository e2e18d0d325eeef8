"""Stage 5b, pieces of one story: statements two documents both carry as story text near each other
are one statement.

Pure function of the corpus, the statements and the quotations. An outlet that rewrites a wire
story keeps some of its sentences and reorders, cuts and rewords the rest; another outlet
reprints the story, or an earlier version of it. The sentences both keep are then separate
matches, in another order on each side and with different words between, and the clustering
stage (`viewer.engine.statements`) makes each of them a statement of its own: a story split into
as many passages as it has surviving sentences. Here two statements become one when two
documents each carry both of them as story text (outside every quotation, and saying something:
PIECE_CONTENT_WORDS content words) no more than STORY_GAP_WORDS apart, in either order, provided
the documents that carry them together are at least half of those that carry either (two
agencies' stories that a compilation or two print side by side stay two). Statements that
someone said never join this way, quoted or introduced with a colon ("The president then
tweeted: ...") or reported ("The army announced that ..."): two statements reported one after
the other by two outlets (an official statement, then a tweet) are how two things said about one
event are reported.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.arrays import connected_components, flat_ranges, in_sorted, within
from viewer.engine.between_matches import introduced
from viewer.engine.evidence import content_words
from viewer.engine.statements import Statements
from viewer.engine.tokens import TokenisedCorpus
from viewer.normalize import word_hashes

STORY_GAP_WORDS = 100
"""Two pieces of story text at most this many words apart in a document are near each other
(about two paragraphs of a news story)."""
PIECE_CONTENT_WORDS = 3
"""A piece of story holds at least this many words beyond function and reporting vocabulary
(`viewer.engine.evidence.content_words`)."""
NEIGHBOURS = 8
"""Pieces of a document compared with each piece: the next this many in reading order."""
REPORTING_VERBS = np.unique(word_hashes([
    "said", "says", "announced", "announces", "told", "stated", "declared", "added", "tweeted",
    "wrote", "posted", "warned", "confirmed", "claimed", "insisted", "reported", "replied",
    "explained"]))
"""Verbs that report what someone said: a piece right after one (or after one and "that")
is reported speech."""
_THAT = word_hashes(["that"])[0]


def join_story_pieces(corpus: TokenisedCorpus, statements: Statements,
                      quotes: tuple[np.ndarray, np.ndarray]) -> Statements:
    """`statements` with those that are pieces of one story (module docstring) joined."""
    if statements.count < 2:
        return statements
    offsets = corpus.offsets
    first = offsets[statements.doc] + statements.first
    end = offsets[statements.doc] + statements.end
    # (a statement any outlet quotes, introduces with a colon ("he then tweeted:") or reports
    # ("the army announced that ...") is something someone said, not story text)
    quoted = np.zeros(statements.count, dtype=bool)
    said = within(first, end, *quotes) | introduced(corpus, first) | _reported(corpus, first)
    quoted[statements.statement[said]] = True
    # (and a piece of story says something: a phrase of stock words such as "to have been
    # carried out by" is a coincidence two outlets' own sentences share)
    pieces = np.flatnonzero(~quoted[statements.statement])
    pieces = pieces[content_words(corpus, first[pieces], end[pieces], rare_only=False)
                    >= PIECE_CONTENT_WORDS]
    pieces = pieces[np.lexsort((first[pieces], statements.doc[pieces]))]
    doc, piece_first, piece_end = statements.doc[pieces], first[pieces], end[pieces]
    statement = statements.statement[pieces]
    left_parts, right_parts, doc_parts = [], [], []
    for step in range(1, NEIGHBOURS + 1):
        left, right = np.arange(len(pieces) - step), np.arange(step, len(pieces))
        near = ((doc[left] == doc[right])
                & (piece_first[right] - piece_end[left] <= STORY_GAP_WORDS)
                & (statement[left] != statement[right]))
        left_parts.append(statement[left[near]])
        right_parts.append(statement[right[near]])
        doc_parts.append(doc[left[near]])
    low = np.minimum(np.concatenate(left_parts), np.concatenate(right_parts))
    high = np.maximum(np.concatenate(left_parts), np.concatenate(right_parts))
    near_doc = np.concatenate(doc_parts)
    if not len(low):
        return statements
    # Statement pairs near each other in two documents or more, and in at least half the
    # documents that carry either.
    triples = np.unique(np.stack((low, high, near_doc)), axis=1)
    pairs, together = np.unique(triples[:2], axis=1, return_counts=True)
    pairs = pairs[:, together >= 2]
    together = together[together >= 2]
    pairs = pairs[:, 2 * together >= _either(statements, pairs[0], pairs[1])]
    if not pairs.shape[1]:
        return statements
    label = connected_components(statements.count, pairs[0], pairs[1])
    joined = label[statements.statement]
    order = np.lexsort((-statements.end, statements.first, statements.doc, joined))
    return _without_overlaps(Statements(joined[order], statements.doc[order],
                                        statements.first[order], statements.end[order]))


def _without_overlaps(statements: Statements) -> Statements:
    """A document's overlapping occurrences of one statement (two that were apart before
    they joined) as one occurrence, their union."""
    statement, doc, first, end = (statements.statement, statements.doc, statements.first,
                                  statements.end)
    same = np.zeros(len(doc), dtype=bool)
    same[1:] = (statement[1:] == statement[:-1]) & (doc[1:] == doc[:-1])
    # the furthest end so far within each (statement, doc) group, each group lifted above
    # the ones before so that a running maximum never carries over between groups
    lift = np.cumsum(~same) * (int(end.max()) + 1)
    reach = np.maximum.accumulate(end + lift) - lift
    overlaps = same.copy()
    overlaps[1:] &= first[1:] < reach[:-1]
    piece = np.flatnonzero(~overlaps)
    return Statements(statement[piece], doc[piece], first[piece],
                      np.maximum.reduceat(end, piece))



def _either(statements: Statements, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """For statement pairs, how many documents carry one or both of the two."""
    count = statements.count
    # (document, statement) pairs as one sorted key each
    carried = np.unique(statements.doc * count + statements.statement)
    statement_of, document_of = carried % count, carried // count
    spread = np.bincount(statement_of, minlength=count)
    # Documents carrying both: each document of the left statement looked up for the right.
    order = np.argsort(statement_of, kind="stable")
    bounds = np.searchsorted(statement_of[order], np.arange(count + 1))
    pair, at = flat_ranges(bounds[left], bounds[left + 1])
    both = np.bincount(pair[in_sorted(document_of[order][at] * count + right[pair], carried)],
                       minlength=len(left))
    return np.asarray(spread[left] + spread[right] - both)


def _reported(corpus: TokenisedCorpus, firsts: np.ndarray) -> np.ndarray:
    """Whether each global token starts reported speech in its document: right after a
    reporting verb, or after one and "that", in the same sentence ("The army then announced
    that the curfew ..."), where another outlet may print the same words as its own."""
    document = corpus.document_of(firsts)
    start = corpus.offsets[document]
    hashes, gaps = corpus.hashes, corpus.gaps
    stop = np.uint16(breaks.SENTENCE_BREAK | breaks.NEWLINE)

    def joined(token: np.ndarray) -> np.ndarray:
        """Whether nothing ends a sentence or line in the gap before `token`."""
        return np.asarray((gaps[token + document] & stop) == 0)

    one = firsts - 1
    has_one = (one >= start) & joined(firsts)
    verb_one = has_one & in_sorted(hashes[np.maximum(one, 0)], REPORTING_VERBS)
    two = firsts - 2
    has_two = has_one & (two >= start) & joined(np.maximum(one, 0))
    verb_two = (has_two & (hashes[np.maximum(one, 0)] == _THAT)
                & in_sorted(hashes[np.maximum(two, 0)], REPORTING_VERBS))
    return np.asarray(verb_one | verb_two)
