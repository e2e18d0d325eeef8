"""One stretch of a document's text: which occurrences of matches belong together.

Pure functions of the corpus and token ranges, used by the clustering stage
(`viewer.engine.statements`): paragraphs of a story two documents reprint one after the other
(across a short quote or attribution both carry, or a caption or sentence one inserted),
occurrences a few words apart in one paragraph, in one sentence or in one quotation.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import count_between, holding_run, in_sorted, unique_values, within
from viewer.engine.between_matches import (
    OwnWords,
    added_words,
    alike_bridges,
    gap_has,
    introduced,
    paragraph_start,
    paragraph_tail,
    reworded_bridges,
    same_bridges,
    sentence_seams,
)
from viewer.engine.matches import PairMatches
from viewer.engine.quoted_bridges import quoted_on, quoted_pieces
from viewer.engine.reporting import hashes_of
from viewer.engine.split_quotations import SPLIT_ATTRIBUTION_WORDS, attributed, split_quote
from viewer.engine.tokens import TokenisedCorpus

BRIDGED_PARAGRAPH_WORDS = 40
"""Paragraphs of two statements' copies may have this many words of identical short paragraphs
between them and still be one stretch of text (`_next_paragraphs`)."""
BRIDGE_EDIT_WORDS = 2
"""Words of attribution between two paragraphs both reprint may differ in length by this many
and still be alike (`next_paragraphs`, rule 2)."""
INSERTED_WORDS = 30
"""Two documents may each have inserted up to this many words (a short paragraph of their own, a
caption, a sentence ending a paragraph) between paragraphs both reprint (`next_paragraphs`,
rule 3). Longer insertions are as often the outlet's own story between two statements that it
and the other outlet report in the same order."""
STORY_INSERTED_WORDS = 120
"""An outlet's own words, up to this many, between two paragraphs of a story that runs on for
three paragraphs or more in both reprints: whole paragraphs, words ending a paragraph, or both
(`next_paragraphs`, rule 4)."""
STORY_TAIL_WORDS = 15
"""An outlet's own words ending a paragraph of reprinted story text, at most this many, between
the first two paragraphs a story shares (`next_paragraphs`, rule 3); once the story has run on
across a paragraph break, rule 4 allows up to STORY_INSERTED_WORDS."""
WHOLE_TEXT_GAP_WORDS = STORY_INSERTED_WORDS
"""Two pieces one document quotes of a text another carries whole may lie this many words apart
in that text (`next_paragraphs`, rule 5): as far as an outlet's own paragraphs inside a story."""
ADJACENT_GAP_WORDS = 4
"""Two occurrences in one paragraph of one document at most this many words apart (of long
matches; of short ones also within one sentence or quotation) are one stretch of that
document's text, so one statement."""


def next_paragraphs(corpus: TokenisedCorpus, matches: PairMatches,
                    quotes: tuple[np.ndarray, np.ndarray]) -> tuple[
        np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (k, l) of consecutive matches of one document pair that are one stretch of a story
    both documents reprint (a wire story), and the global token ranges between them on the
    first documents' side and the second's (the bridges: empty when they touch, or when the
    text between is not shared). Joined when the text between k and l

    1. is the same on both sides (up to BRIDGED_PARAGRAPH_WORDS words): nothing, when l starts
       a paragraph on both sides (matches never cross a paragraph break), or words both carry
       alike (a short quote, a line of attribution) that a quotation mark or a line break cut
       off; never nothing inside a paragraph (a lead-in and the quote after it are two things);
    2. is alike: before a paragraph both start, the same words but for an edit of a word or
       two ("Correa said" / "Mr Correa said"); inside a paragraph, a word or two one side adds
       to the other's, with no line break and no quotation opened between; anywhere, the same
       said in other words (`between_matches.reworded_bridges`: a paragraph's opening
       rewritten, a sentence re-translated), with no quotation mark between; or a sentence
       both carry, edited between k and l (`between_matches.sentence_seams`: a clause
       reworded inside it, or the next sentence's opening edited after both carry one to its
       end), with no quotation mark or colon between;
    3. is what one outlet inserted, before a paragraph both start (or both open with words
       alike that a quotation mark cut from l, a word edited): whole paragraphs (a
       caption, a sign-up line, a short paragraph of its own), or a few words ending a
       paragraph after unquoted story text (a sentence it added, its own attribution), up to
       INSERTED_WORDS words of its own on either side (words another document shares too are
       the story's: a paragraph one reprint dropped), unless the insertion introduces what
       follows with a colon ("The president then tweeted:"). Only story text on both sides of
       the insertion: a quotation before or after it is a statement that outlets report in the
       same order with their own words between, two statements, not one; unless the shared
       story goes on past the quotation, or came up to it, through rule 1 or 2;
    4. is one outlet's own words, up to STORY_INSERTED_WORDS, where the other goes straight
       on to the next paragraph: whole paragraphs, words ending k's paragraph, or both (an
       eyewitness's paragraphs, a sentence of local detail added to a wire story); provided
       neither quotes at k's end or l's start and the shared story already ran on from an
       earlier paragraph into k's. Rule 3 alone holds between the first two paragraphs a
       story shares: an outlet's own story between two things it reports there looks the
       same;
    5. is text that one document prints itself, unquoted, from k on to l with no quotation
       mark, colon or attribution between (up to WHOLE_TEXT_GAP_WORDS words), where the other
       quotes k and l each inside a quotation (an article quoting two sentences of a speech
       another outlet prints in full): the bridge on the first side only, the quoting
       document's words between are its own;
    6. is, on both sides, an attribution ending k's paragraph after k's quotation closes,
       and l opens the next paragraph with a quotation again ('"...," they stated.' / '"...,"
       the statement reads.', then '"..."'): one speaker's text quoted on (`quoted_on`),
       unless the quotations are attributed to two people named apart.
    """
    # (consecutive in the first document's order or in the second's: which of two documents
    # comes first must not decide which matches are neighbours, a piece one prints twice
    # coming between them on one side only)
    pairs = []
    for position in (matches.a0, matches.b0):
        order = np.lexsort((position, matches.doc_b, matches.doc_a))
        pairs.append(np.stack((order[:-1], order[1:])))
    # (one integer per pair: numpy's unique along an axis sorts far more slowly)
    count = max(len(matches), 1)
    pair_keys = unique_values(np.concatenate([left * count + right for left, right in pairs]))
    left, right = pair_keys // count, pair_keys % count
    same_pair = ((matches.doc_a[left] == matches.doc_a[right])
                 & (matches.doc_b[left] == matches.doc_b[right]))
    left, right = left[same_pair], right[same_pair]
    gap_a = matches.a0[right] - matches.a1[left]
    gap_b = matches.b0[right] - matches.b1[left]
    offsets = corpus.offsets
    base_a, base_b = offsets[matches.doc_a[left]], offsets[matches.doc_b[left]]
    first_a, first_b = base_a + matches.a1[left], base_b + matches.b1[left]
    next_a, next_b = base_a + matches.a0[right], base_b + matches.b0[right]
    line_start = corpus.line_start
    in_order = (gap_a >= 0) & (gap_b >= 0)
    starts = in_order & line_start[next_a] & line_start[next_b]
    touching = (starts & line_start[np.minimum(first_a, next_a)]
                & line_start[np.minimum(first_b, next_b)])
    # (a quotation closed and the next opened right before l: two quotations side by side)
    between_quotes = (gap_has(corpus, next_a, breaks.CLOSES_QUOTE | breaks.OPENS_QUOTE)
                      | gap_has(corpus, next_b, breaks.CLOSES_QUOTE | breaks.OPENS_QUOTE))
    same = same_bridges(corpus, first_a, first_b, gap_a, gap_b,
                        in_order & (gap_a == gap_b) & (gap_a <= BRIDGED_PARAGRAPH_WORDS)
                        & (touching | ((gap_a > 0) & ~between_quotes)))
    alike = alike_bridges(corpus, first_a, first_b, gap_a, gap_b,
                          starts & ~same & (np.minimum(gap_a, gap_b) > 0)
                          & (np.abs(gap_a - gap_b) <= BRIDGE_EDIT_WORDS)
                          & (np.maximum(gap_a, gap_b) <= BRIDGED_PARAGRAPH_WORDS))
    # (inside a paragraph: a word or two one side adds to the other's, "Correa said" / "Mr
    # Correa said", with no line break and no quotation opened between)
    alike |= added_words(corpus, first_a, first_b, gap_a, gap_b,
                         in_order & ~same & ~alike & (gap_a != gap_b)
                         & (np.maximum(gap_a, gap_b) <= BRIDGE_EDIT_WORDS))
    reworded = reworded_bridges(corpus, first_a, first_b, gap_a, gap_b,
                                in_order & ~same & ~alike & (np.minimum(gap_a, gap_b) > 0)
                                & (np.maximum(gap_a, gap_b) <= BRIDGED_PARAGRAPH_WORDS))
    # (a sentence both carry, edited between the two matches: a clause reworded, or the
    # opening of the next sentence or the ending of the last)
    reworded |= sentence_seams(corpus, first_a, first_b, gap_a, gap_b,
                               in_order & ~same & ~alike & ~reworded
                               & (np.maximum(gap_a, gap_b) <= BRIDGED_PARAGRAPH_WORDS))
    shared = np.flatnonzero(same | alike | reworded)
    # (what a reprint dropped, another reprint may carry: words between that some document
    # shares with another are the story's, not an insertion of the outlet's own)
    own = OwnWords(corpus, matches)
    own_a, own_b = own.between(first_a, next_a), own.between(first_b, next_b)
    # (l's paragraph may open on both sides with words both carry alike that a quotation mark
    # cut from l: "The damage was rated as “heavy” to “severe” on the map" / "Overall damage
    # was rated as "heavy" to "severe" on the map"; the paragraph is still one
    # both start. Not an opening that introduces l with a colon: "The Command said in a
    # statement: “...", an attribution both word alike before a quotation.)
    opening_a, opening_b = paragraph_start(corpus, next_a), paragraph_start(corpus, next_b)
    opened = alike_bridges(corpus, opening_a, opening_b, next_a - opening_a, next_b - opening_b,
                           in_order & ~starts & (opening_a >= first_a) & (opening_b >= first_b)
                           & (np.maximum(next_a - opening_a, next_b - opening_b)
                              <= BRIDGED_PARAGRAPH_WORDS))
    inserted = ((starts | opened) & ~same & ~alike
                & (np.maximum(own_a, own_b) <= INSERTED_WORDS))
    ask = np.flatnonzero(inserted)
    quoted_k = (within(base_a[ask] + matches.a0[left[ask]], first_a[ask], *quotes)
                | within(base_b[ask] + matches.b0[left[ask]], first_b[ask], *quotes))
    quoted_l = (within(next_a[ask], base_a[ask] + matches.a1[right[ask]], *quotes)
                | within(next_b[ask], base_b[ask] + matches.b1[right[ask]], *quotes))
    # (a quotation is story text only inside a story: the shared text goes on past it, or
    # came up to it, with the same words on both sides)
    tail_a = first_a[ask] + paragraph_tail(corpus, first_a[ask])
    tail_b = first_b[ask] + paragraph_tail(corpus, first_b[ask])
    inserted[ask] = ((own.between(first_a[ask], tail_a) <= STORY_TAIL_WORDS)
                     & (own.between(first_b[ask], tail_b) <= STORY_TAIL_WORDS)
                     & ~introduced(corpus, opening_a[ask]) & ~introduced(corpus, opening_b[ask])
                     & ~introduced(corpus, next_a[ask]) & ~introduced(corpus, next_b[ask])
                     & (~quoted_k | np.isin(left[ask], right[shared]))
                     & (~quoted_l | np.isin(right[ask], left[shared])))
    # (4. an outlet's own words, more than rule 3 allows, inside a story both reprint: whole
    # paragraphs, or words ending k's paragraph, or both; the other side goes straight on to
    # the next paragraph, neither side quotes, and the shared story already ran on into k's
    # paragraph from the one before, within k or joined to it)
    whole = (starts & ~same & ~alike & ~inserted & ((gap_a == 0) | (gap_b == 0))
             & (np.maximum(own_a, own_b) <= STORY_INSERTED_WORDS))
    ask = np.flatnonzero(whole)
    lines = np.flatnonzero(line_start)
    long_k = ((count_between(lines, base_a[ask] + matches.a0[left[ask]] + 1, first_a[ask]) > 0)
              & (count_between(lines, base_b[ask] + matches.b0[left[ask]] + 1, first_b[ask]) > 0))
    whole[ask] = ((long_k | np.isin(left[ask], np.concatenate((right[shared], right[inserted]))))
                  & ~within(base_a[ask] + matches.a0[left[ask]], first_a[ask], *quotes)
                  & ~within(base_b[ask] + matches.b0[left[ask]], first_b[ask], *quotes)
                  & ~within(next_a[ask], base_a[ask] + matches.a1[right[ask]], *quotes)
                  & ~within(next_b[ask], base_b[ask] + matches.b1[right[ask]], *quotes)
                  & ~introduced(corpus, next_a[ask]) & ~introduced(corpus, next_b[ask]))
    alone = np.flatnonzero(inserted | whole)
    # (5. pieces one document quotes, in order, of a text the other carries whole: that
    # document's stretch runs on between them, the quoting one's does not)
    rest = in_order & ~same & ~alike & ~reworded & ~inserted & ~whole
    pieces_a = quoted_pieces(corpus, quotes, first_a, next_a, gap_a,
                             base_b + matches.b0[left], first_b, next_b,
                             base_b + matches.b1[right], rest, WHOLE_TEXT_GAP_WORDS)
    pieces_b = quoted_pieces(corpus, quotes, first_b, next_b, gap_b,
                             base_a + matches.a0[left], first_a, next_a,
                             base_a + matches.a1[right], rest & ~pieces_a, WHOLE_TEXT_GAP_WORDS)
    # (6. one quotation going on in the next paragraph on both sides, after an attribution
    # ending k's paragraph on each: '"...," they stated.' / '"...," the statement reads.',
    # then '"..."' opening the next paragraph: the speaker's text quoted on)
    rest &= ~pieces_a & ~pieces_b & starts
    rest &= quoted_on(corpus, quotes, first_a, next_a, rest, ADJACENT_GAP_WORDS)
    rest &= quoted_on(corpus, quotes, first_b, next_b, rest, ADJACENT_GAP_WORDS)
    alone = np.union1d(alone, np.flatnonzero(rest))
    whole_a, whole_b = np.flatnonzero(pieces_a), np.flatnonzero(pieces_b)
    return (np.concatenate((left[shared], left[alone], left[whole_a], left[whole_b])),
            np.concatenate((right[shared], right[alone], right[whole_a], right[whole_b])),
            np.stack((np.concatenate((first_a[shared], first_a[alone], first_a[whole_a],
                                      first_a[whole_b])),
                      np.concatenate((first_a[shared] + gap_a[shared], first_a[alone],
                                      next_a[whole_a], first_a[whole_b])))),
            np.stack((np.concatenate((first_b[shared], first_b[alone], first_b[whole_a],
                                      first_b[whole_b])),
                      np.concatenate((first_b[shared] + gap_b[shared], first_b[alone],
                                      first_b[whole_a], next_b[whole_b])))))


def dropped_paragraph_nodes(run_first: np.ndarray, run_end: np.ndarray, component: np.ndarray,
                            first_runs: np.ndarray, next_runs: np.ndarray,
                            loose_first: np.ndarray, loose_end: np.ndarray,
                            statements: int, quotes: tuple[np.ndarray, np.ndarray]
                            ) -> list[tuple[int, int]]:
    """Pairs (loose node, statement) for loose runs (global token ranges; node `statements + i`)
    lying wholly between two runs of one document that `next_paragraphs` joined as one stretch
    (`first_runs[j]` before `next_runs[j]`, of `component`'s statement), story text on both
    sides, not quotations: text one reprint left out and this one carries, what another
    document shares of it is the story's too (a paragraph of a wire story that one reprint
    dropped and a third outlet quotes a sentence of). Between two quotations (rule 5) lie the
    quoting outlet's own words."""
    apart = np.flatnonzero((first_runs != next_runs)
                           & (run_end[first_runs] <= run_first[next_runs]))
    ends, starts = run_end[first_runs[apart]], run_first[next_runs[apart]]
    apart = apart[~within(ends - 1, ends, *quotes) & ~within(starts, starts + 1, *quotes)]
    if not len(apart) or not len(loose_first):
        return []
    gap_first, gap_end = run_end[first_runs[apart]], run_first[next_runs[apart]]
    owner = component[first_runs[apart]]
    order = np.argsort(gap_first, kind="stable")
    gap_first, gap_end, owner = gap_first[order], gap_end[order], owner[order]
    at = np.searchsorted(gap_first, loose_first, side="right") - 1
    safe = np.maximum(at, 0)
    inside = np.flatnonzero((at >= 0) & (gap_end[safe] >= loose_end))
    return list(zip((statements + inside).tolist(), owner[safe[inside]].tolist(), strict=True))


def adjacent_runs(corpus: TokenisedCorpus, run_first: np.ndarray,
                   run_end: np.ndarray) -> np.ndarray:
    """Runs r such that run r and r + 1 (sorted, disjoint) are one stretch of one document's
    text (`_side_by_side`): A and C quote different parts of what B carries whole."""
    return np.flatnonzero(_side_by_side(corpus, run_first, run_end))


def _side_by_side(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray,
                  most: int = ADJACENT_GAP_WORDS) -> np.ndarray:
    """For sorted disjoint global token ranges, whether range i and i + 1 lie in one document
    at most `most` words apart with no line break between."""
    if len(firsts) < 2:
        return np.zeros(0, dtype=bool)
    gap = firsts[1:] - ends[:-1]
    # a line break before any token from the first range's end up to the second's first token
    broken = count_between(np.flatnonzero(corpus.line_start),
                           np.minimum(ends[:-1], firsts[1:]), firsts[1:] + 1) > 0
    same_doc = corpus.document_of(firsts[1:]) == corpus.document_of(ends[:-1] - 1)
    return np.asarray(same_doc & (gap >= 0) & (gap <= most) & ~broken)


def adjacent_nodes(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray,
                   nodes: np.ndarray, quotes: tuple[np.ndarray, np.ndarray]
                   ) -> list[tuple[int, int]]:
    """Pairs of different nodes whose (disjoint, global) token ranges are side by side in one
    document (`_side_by_side`), in one sentence with no quotation mark between, in one of
    the quotations `quotes` (`quoted_token_ranges`: a tweet quoted whole; not a statement and
    the next sentence of a story, which another outlet may carry alone, nor a lead-in and the
    quote after it), or in one quotation its attribution splits (`split_quote`; the
    attribution, up to SPLIT_ATTRIBUTION_WORDS words, is not counted in the words apart)."""
    if len(firsts) < 2:
        return []
    order = np.argsort(firsts, kind="stable")
    firsts, ends, nodes = firsts[order], ends[order], nodes[order]
    different = nodes[1:] != nodes[:-1]
    close = np.flatnonzero(_side_by_side(corpus, firsts, ends) & different)
    document = corpus.document_of(firsts[close])
    # Gap g of document d (before its token g - offsets[d]) has the index g + d: the gaps from
    # the first range's end up to the second's first token.
    marked = np.flatnonzero(corpus.gaps & np.uint16(breaks.SENTENCE_BREAK | breaks.QUOTE))
    crossing = count_between(marked, ends[close] + document, firsts[close + 1] + document + 1) > 0
    one_quote = within(firsts[close], ends[close + 1], *quotes)
    close = close[~crossing | one_quote | split_quote(corpus, ends[close] + document,
                                                       firsts[close + 1] + document)]
    # (farther apart, the halves of a quotation an attribution splits: the attribution is not
    # the statement's text, the quotation's own words around it count)
    farther = np.flatnonzero(_side_by_side(corpus, firsts, ends,
                                           ADJACENT_GAP_WORDS + SPLIT_ATTRIBUTION_WORDS)
                             & ~_side_by_side(corpus, firsts, ends) & different)
    document = corpus.document_of(firsts[farther])
    after, before = ends[farther] + document, firsts[farther + 1] + document
    split = np.flatnonzero(split_quote(corpus, after, before))
    close = np.union1d(close, farther[split[attributed(corpus, after[split], before[split],
                                                       ADJACENT_GAP_WORDS)]])
    close = np.union1d(close, np.flatnonzero(
        _continued_remarks(corpus, firsts, ends, quotes) & (nodes[1:] != nodes[:-1])))
    return list(zip(nodes[close].tolist(), nodes[close + 1].tolist(), strict=True))


_INVERSION = hashes_of("a t")
"""The words of French inversion, left out when looking for a pronoun and a verb: "a-t-il
ajouté" is "il ajouté"."""


def _continued_remarks(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray,
                       quotes: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """For sorted disjoint global token ranges, whether range i and i + 1 are one speaker's
    remarks quoted in consecutive paragraphs: range i inside a quotation that ends its
    paragraph (but for an attribution of ADJACENT_GAP_WORDS words at most, after a comma, a
    question or exclamation mark or a dash, or holding a word of attribution: not the outlet's
    sentence going on after a quoted phrase), range i + 1
    inside a quotation that opens the next paragraph and that a pronoun attributes ('"...,"
    he said'): the speaker named before goes on."""
    found = np.zeros(max(len(firsts) - 1, 0), dtype=bool)
    quote_first, quote_end = quotes
    if len(firsts) < 2 or not len(quote_first):
        return found
    holding = holding_run(firsts, ends, quote_first, quote_end)
    at, inside = np.maximum(holding, 0), holding >= 0
    q_first, q_end = quote_first[at], quote_end[at]
    line_start = corpus.line_start
    lines = np.flatnonzero(line_start)
    # (one paragraph break between the first quotation's end and the second's start, which
    # begins its paragraph)
    ask = np.flatnonzero(inside[:-1] & inside[1:] & (at[:-1] != at[1:])
                         & (corpus.document_of(firsts[1:]) == corpus.document_of(ends[:-1] - 1))
                         & line_start[q_first[1:]]
                         & (count_between(lines, q_end[:-1], q_first[1:] + 1) == 1)
                         & (q_first[1:] - q_end[:-1] <= ADJACENT_GAP_WORDS))
    for k in ask.tolist():
        # (and the words after the first quotation, if any, attribute it: '"...," she said.'
        # and not the outlet's sentence going on, 'vowed to "use every tactic" to find the
        # culprit.', whose quotation is a phrase of another's words inside the outlet's own)
        after = corpus.hashes[int(q_end[k]):int(q_first[k + 1])]
        text = corpus.texts[corpus.document_at(int(q_end[k]) - 1)]
        mark = text[int(corpus.ends[q_end[k] - 1]):int(corpus.starts[q_end[k]])]
        attribution = (not len(after) or any(c in mark for c in ",?!—–")
                       or bool(in_sorted(after, reporting.ATTRIBUTING_OR_PRONOUN).any()))
        found[k] = attribution and _pronoun_attribution(corpus, int(q_end[k + 1]))
    return found


def _pronoun_attribution(corpus: TokenisedCorpus, first: int) -> bool:
    """Whether the global token `first` starts an attribution to a pronoun: a pronoun and a
    reporting verb, in either order (`viewer.engine.reporting.PRONOUNS`, `CONTINUING`: "he
    said", "said he", "a-t-il ajouté", "sagte er"), the words of French inversion aside."""
    document = corpus.document_at(int(first - 1))
    words = corpus.hashes[first:min(first + 4, int(corpus.offsets[document + 1]))]
    words = words[~in_sorted(words, _INVERSION)][:2]
    if len(words) < 2:
        return False
    pronoun = in_sorted(words, reporting.PRONOUNS)
    verb = in_sorted(words, reporting.CONTINUING)
    return bool((pronoun[0] and verb[1]) or (verb[0] and pronoun[1]))
