"""Stage 5b, pieces of one speaker's remarks: statements that are parts of what one speaker said,
quoted apart by the outlets, are one statement.

Pure function of the corpus, the statements and their near occurrences (found by
`viewer.engine.stories`, which joins what this returns). Outlets rarely print a speech or a
press conference whole: each quotes the sentences it needs, with its own words between. The
clustering stage makes each quoted sentence a statement of its own, and the stories stage never
joins things said (two quotations side by side are usually two things said). Two statements
are one speaker's remarks here when:

- *one utterance*: one quotation carries both in one document at least, the later half of the one
  and the earlier half of the other (an outlet quoting its own selection of the remarks inside one
  pair of quotation marks: one speaker's words, however far apart other outlets put the two; a
  piece may open with the outlet's words before the mark, or run over two quotations, one breath's
  '"..."며 "...' or the two halves of one, its part in the last of them counted), or two, the
  second right after the first attributed as the text going on ('"..." It added that an
  investigation into the "..."', '"...", ajoute le communiqué', naming nobody; or with no
  attribution at all, quoted on in the next sentence or paragraph, no question before it, nobody
  named after it and no pull quote; or after a Korean ending that goes on, '"..."라며 "..."':
  `viewer.engine.going_on`): in any order elsewhere, but near each other in more than half of the
  documents carrying the rarer), in two documents, or in one where neither statement is quoted so
  in another (a sentence anyone may say, quoted with one event's words in one article and with
  another event's in another, joins neither); or
- *remarks quoted in order*: in two documents or more they lie at most REMARKS_FURTHER_WORDS apart,
  in one at least REMARKS_GAP_WORDS (the outlet's words between counted, not those of the quotations
  between: more of the speaker's words that no other outlet quotes), in the same order in every
  document that carries both near each other (the stories stage's STORY_GAP_WORDS; a document
  quoting one between two near pieces of the other shows no order: the one is inside the other's
  text there; not between one piece printed twice, a pull quote), or, in either order, one document
  prints the later right after the earlier saying the text goes on or attributing it by a pronoun
  ('"...," the minister said. "...," she added' in one outlet, the other way round in another: each
  outlet picks the sentences of a speech it needs, in its own order); those documents are more than
  half of the documents carrying both (one carrying only one of them quoted the piece it needed; one
  printing both far apart tells of two things said) and more than a quarter of those carrying the
  rarer (two reprints of one roundup decide nothing for the many outlets carrying each alone), or,
  two documents or more carrying both, the documents printing them so near are at least half of them
  and one of these quotes the later right after the earlier as more of the speaker's words ('"...,"
  they said. The Obamas added that "..."', '"...," he declared': `going_on.said_more`; an outlet
  spreading a long statement over its story, another quoting two of its sentences in a row); and the
  quotations are attributed to one speaker (`viewer.engine.speakers`): named alike in one document
  at least (or, unnamed, the later quotation right after the earlier one saying the text goes on:
  '"...", poursuit le communiqué', or a pronoun attributing it in the next sentence, back to a
  quotation a verb attributes: '"...," a spokeswoman said. "...," she added', or to one a pronoun
  attributes too: '"...," he said. "...," he added'), differently in none. A speech reported
  sentence by sentence ('"...," said Zuma. South Africans would "...," he added') is such a pair;
  two speakers quoted one after the other (a tweet, then the other side's reply) name two speakers,
  and one speaker's two statements that outlets report in either order are in no order; and no
  outlet printing them near says between them that the later was said another time ('In another
  post, he wrote', 'in a separate statement': `viewer.engine.occasions`). Near in
  UNNAMED_NEAR_DOCUMENTS, nobody named: one text, any order.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from viewer.engine.arrays import distinct_groups, unique_values, within
from viewer.engine.carriers import Carriers
from viewer.engine.going_on import (
    after_a_pronoun,
    by_pronoun,
    continues_previous,
    said_also,
    said_more,
)
from viewer.engine.marked_subjects import marked_subjects, two_people
from viewer.engine.occasions import another_occasion
from viewer.engine.quotation_positions import (
    first_quotation_end,
    last_quotation_start,
    one_after_the_other,
    quotation_at,
    quoted_gap,
    quoted_words_between,
)
from viewer.engine.speakers import UNKNOWN, quotation_speakers
from viewer.engine.statements import Statements
from viewer.engine.tokens import TokenisedCorpus

REMARKS_GAP_WORDS = 30
"""Two quoted pieces at most this many words apart are reported together (the attribution and a
sentence of the outlet's own between them); one document at least must print them so near."""
UNNAMED_NEAR_DOCUMENTS = 3
"""Documents quoting two statements near, naming nobody for either: one text in any order."""
REMARKS_FURTHER_WORDS = 50
"""Where one document prints two pieces REMARKS_GAP_WORDS apart or nearer, another may set them
this far apart (a sentence or two more of its own: 'Obama said he was "shocked and deeply
saddened" to hear of ... The president also offered prayers to ... "Along the Northeast
Corridor ...," he said'). Two outlets that both set two remarks so far apart may be telling of
two occasions ('Last month, after the collapse at the mine, ...')."""


def remark_pairs(corpus: TokenisedCorpus, statements: Statements, left: np.ndarray,
                 right: np.ndarray, carriers: Carriers) -> np.ndarray:
    """Statement pairs (2 x n) that are one speaker's remarks (module docstring). `left`,
    `right`: occurrences of two different statements near each other in one document, `right`
    starting at or after `left`; `carriers`: which documents carry each statement."""
    first = corpus.offsets[statements.doc] + statements.first
    end = corpus.offsets[statements.doc] + statements.end
    quotes = (corpus.quote_first, corpus.quote_end)
    # (the two kinds of one utterance asked apart: a statement quoted so with different partners
    # in two documents joins nothing so, and each kind says so of its own pairs)
    # (the later half of the one and the earlier half of the other in one quotation: an
    # occurrence may open with the outlet's words, 'had hoped to join ... to update "the steps
    # we ...', and the quotation go on over a paragraph into the other)
    # (of an occurrence that runs over two quotations of one breath, '"..."며 "...', the part in
    # its last quotation, and of the other the part in its first)
    left_first = last_quotation_start(corpus, first[left], end[left])
    right_end = first_quotation_end(corpus, first[right], end[right])
    middle_left = left_first + (end[left] - left_first) // 2
    middle_right = first[right] + (right_end - first[right] + 1) // 2
    # (an occurrence inside the other: the two middles either way round)
    in_one = within(np.minimum(middle_left, middle_right),
                    np.maximum(middle_left, middle_right), *quotes)
    continued = _one_utterance(statements, left, right,
                               np.flatnonzero(~in_one & _continued(corpus, left, right, first,
                                                                   end)))
    # (a quotation going on from another in one outlet, where most outlets carrying both print
    # them far apart, is more of the speaker's words, not one text)
    continued = continued[:, _mostly_near(statements, left, right, continued, carriers)]
    in_order = _quoted_in_order(corpus, statements, left, right, first, end, carriers)
    # (an outlet saying that the later was said another time, 'In another post, he wrote':
    # two things said, however alike other outlets print them; asked of the pairs to be joined)
    said_again = _said_again(corpus, statements, left, right, first, end,
                             np.concatenate((continued, in_order), axis=1))
    continued = continued[:, ~_among(continued, said_again, statements.count)]
    in_order = in_order[:, ~_among(in_order, said_again, statements.count)]
    utterance = np.concatenate((
        _one_utterance(statements, left, right, np.flatnonzero(in_one)), continued), axis=1)
    return np.concatenate((utterance, in_order), axis=1)


def _said_again(corpus: TokenisedCorpus, statements: Statements, left: np.ndarray,
                right: np.ndarray, first: np.ndarray, end: np.ndarray,
                asked: np.ndarray) -> np.ndarray:
    """Keys (low statement x count + high) of the statement pairs `asked` (2 x n) with near
    occurrences `left`, `right` whose later one's first quotation, within REMARKS_FURTHER_WORDS
    of the earlier, an outlet says came another time (`viewer.engine.occasions`)."""
    pairs = np.stack((statements.statement[left], statements.statement[right]))
    near = np.flatnonzero(_among(pairs, _keys(asked, statements.count), statements.count))
    near = near[quoted_gap(corpus, end[left[near]], first[right[near]])
                <= REMARKS_FURTHER_WORDS]
    if not len(near) or not len(corpus.quote_first):
        return np.zeros(0, dtype=np.int64)
    later = corpus.first_quotations(first[right[near]], end[right[near]])
    near, later = near[later >= 0], later[later >= 0]
    quotations, back = np.unique(later, return_inverse=True)
    keys = _keys(pairs[:, near], statements.count)
    return np.asarray(unique_values(keys[another_occasion(corpus, quotations)[back.reshape(-1)]]))


def _keys(pairs: np.ndarray, count: int) -> np.ndarray:
    """Each statement pair's (2 x n) key, low x count + high."""
    count = max(count, 1)
    return np.asarray(np.minimum(pairs[0], pairs[1]) * count + np.maximum(pairs[0], pairs[1]))


def _among(pairs: np.ndarray, keys: np.ndarray, count: int) -> np.ndarray:
    """Whether each statement pair (2 x n) is one of `keys` (`_keys`)."""
    return np.asarray(np.isin(_keys(pairs, count), keys), dtype=bool)


def _quoted_in_order(corpus: TokenisedCorpus, statements: Statements, left: np.ndarray,
                     right: np.ndarray, first: np.ndarray, end: np.ndarray,
                     carriers: Carriers) -> np.ndarray:
    """Statement pairs (2 x n) that are remarks quoted in order (module docstring)."""
    none = np.zeros((2, 0), dtype=np.int64)
    if not len(left):
        return none
    one, other = statements.statement[left], statements.statement[right]
    low, high, doc = np.minimum(one, other), np.maximum(one, other), statements.doc[left]
    # (the words of quotations between not counted: more of the speaker's words, which no
    # other outlet quotes, '"...," Obama continued. "We will need ..."', set two pieces no
    # further apart than the outlet's own words do)
    gap = quoted_gap(corpus, end[left], first[right]) - quoted_words_between(corpus, end[left],
                                                                        first[right])
    # Each document's nearest occurrences of the two: the order and the distance there.
    order = np.lexsort((gap, doc, high, low))
    low, high, doc, gap = low[order], high[order], doc[order], gap[order]
    nearest = np.ones(len(order), dtype=bool)
    nearest[1:] = (low[1:] != low[:-1]) | (high[1:] != high[:-1]) | (doc[1:] != doc[:-1])
    # (a piece quoted between two near pieces of the other, one before it and one after, is
    # inside the other's text there: that document shows no order)
    group = np.cumsum(nearest) - 1
    close_rows = gap <= REMARKS_FURTHER_WORDS
    ahead = one[order] == low
    inside = ((np.bincount(group, close_rows & ahead, minlength=group[-1] + 1) > 0)
              & (np.bincount(group, close_rows & ~ahead, minlength=group[-1] + 1) > 0))
    for at_group in np.flatnonzero(inside).tolist():
        rows = order[(group == at_group) & close_rows]
        inside[at_group] = _between_two_pieces(corpus, left[rows], right[rows], first, end)
    at = order[nearest]
    low, high, gap = low[nearest], high[nearest], gap[nearest]
    low_first = one[at] == low
    pair_start = np.flatnonzero(np.concatenate(
        ([True], (low[1:] != low[:-1]) | (high[1:] != high[:-1]))))
    documents = np.diff(np.append(pair_start, len(low)))
    close = np.add.reduceat((gap <= REMARKS_FURTHER_WORDS).astype(np.int64), pair_start)
    nearest_close = np.add.reduceat((gap <= REMARKS_GAP_WORDS).astype(np.int64), pair_start)
    # (a document printing only one of the two says nothing of whether they are one text;
    # one printing both far apart says they are not; but two reprints of one roundup, the
    # speaker's words of Monday and of Thursday side by side, do not decide it for the many
    # outlets that carry each alone: the documents printing them close together must be more
    # than a quarter of those carrying the rarer)
    spread = np.diff(carriers.bounds)
    pair_low, pair_high = low[pair_start], high[pair_start]
    both_carry = carriers.both(pair_low, pair_high)
    rarer = np.minimum(spread[pair_low], spread[pair_high])
    candidate = ((close >= 2) & (nearest_close >= 1) & (2 * close > both_carry)
                 & (4 * close > rarer))
    # (one document printing the later piece as more of the speaker's words, right after the
    # earlier: '"...," they said. The Obamas added that "..."', where the other outlets carrying
    # both spread them over their story, at most as many as print them so)
    spread_out = ~candidate & (close >= 1) & (both_carry >= 2) & (2 * close >= both_carry) \
        & (4 * close > rarer)
    pair_of = np.repeat(np.arange(len(pair_start)), documents)
    candidate |= spread_out & _said_as_more(corpus, first, end, left[at], right[at],
                                            spread_out[pair_of] & (gap <= REMARKS_GAP_WORDS),
                                            pair_of, len(pair_start))
    # (in the same order wherever printed near: one speaker's two statements that outlets
    # report in either order are two things said; unless one document prints the later right
    # after the earlier, saying the text goes on or attributing it by a pronoun: each outlet
    # picks the sentences of a speech it needs, in its own order)
    forward = np.add.reduceat((low_first & ~inside).astype(np.int64), pair_start)
    backward = np.add.reduceat((~low_first & ~inside).astype(np.int64), pair_start)
    in_order = (forward == 0) | (backward == 0)
    ask, later = _right_after(corpus, first, end, left[at], right[at], np.flatnonzero(
        (candidate & ~in_order)[pair_of] & (gap <= REMARKS_FURTHER_WORDS)))
    going_on = np.zeros(len(low), dtype=bool)
    going_on[ask] = (continues_previous(corpus, later) | by_pronoun(corpus, later)
                     | said_also(corpus, later))
    # (quoted near in three documents, nobody named, 'asegura que "..."': any order, below)
    unattributed = candidate & (close >= UNNAMED_NEAR_DOCUMENTS)
    candidate &= in_order | (np.add.reduceat(going_on.astype(np.int64), pair_start) > 0)
    if not (candidate | unattributed).any():
        return none
    # Speakers only of the few candidates' quotations.
    asked = (candidate | unattributed)[pair_of]
    # (the earlier occurrence's last quotation is the one next to the later occurrence's first)
    asked_left, asked_right = left[at][asked], right[at][asked]
    # (and the later occurrence's first quotation: it may open with the outlet's words, 'He
    # added any decision was "a matter ...')
    quotation = np.concatenate((
        quotation_at(corpus, last_quotation_start(corpus, first[asked_left], end[asked_left])),
        corpus.first_quotations(first[asked_right], end[asked_right])))
    speakers = _speakers(corpus, quotation)
    named_one, named_other = np.split(speakers, 2)
    quotation_one, quotation_other = np.split(quotation, 2)
    both = (named_one != UNKNOWN) & (named_other != UNKNOWN)
    # (the later quotation, right after the earlier one, says the text goes on, or a pronoun
    # attributes it: '"...," a spokesman said. "...," he added')
    # (asked only where a speaker is unknown: two named alike are alike anyway, two named
    # differently unlike)
    goes_on = (quotation_one >= 0) & (quotation_other == quotation_one + 1) & ~both
    asked_on = quotation_other[goes_on]
    goes_on[goes_on] = (continues_previous(corpus, asked_on) | by_pronoun(corpus, asked_on)
                        | after_a_pronoun(corpus, asked_on) | said_also(corpus, asked_on))
    asked_pair = pair_of[asked]
    alike = np.bincount(asked_pair[(both & (named_one == named_other)) | goes_on],
                        minlength=len(candidate))
    # (two named differently; or, in Korean and Japanese, where no name is read, two sentences
    # marking two different subjects: 'X 상무는 “...”', 'Y 부장은 “...”', `marked_subjects`)
    differently = both & (named_one != named_other)
    unnamed = np.flatnonzero(~both & (quotation_one >= 0) & (quotation_other >= 0))
    if len(unnamed):
        subjects = marked_subjects(corpus, np.concatenate((quotation_one[unnamed],
                                                           quotation_other[unnamed])))
        differently[unnamed] = [two_people(one, other) for one, other in
                                zip(subjects[:len(unnamed)], subjects[len(unnamed):],
                                    strict=True)]
    unlike = np.bincount(asked_pair[differently], minlength=len(candidate))
    named, quoted = (np.bincount(asked_pair[seen], minlength=len(candidate)) for seen in (
        (named_one != UNKNOWN) | (named_other != UNKNOWN),
        (quotation_one >= 0) & (quotation_other >= 0)))
    unattributed &= (named == 0) & (quoted >= UNNAMED_NEAR_DOCUMENTS)
    chosen = pair_start[((candidate & (alike > 0)) | unattributed) & (unlike == 0)]
    return np.stack((low[chosen], high[chosen])).astype(np.int64)


def _said_as_more(corpus: TokenisedCorpus, first: np.ndarray, end: np.ndarray, left: np.ndarray,
                  right: np.ndarray, asked: np.ndarray, pair_of: np.ndarray,
                  pairs: int) -> np.ndarray:
    """For each of `pairs` statement pairs, whether one of its near occurrences `left`, `right`
    that `asked` marks (a row each, `pair_of` its pair) quotes the later piece right after the
    earlier, attributed as more of the speaker's words (`going_on.said_more`)."""
    rows, later = _right_after(corpus, first, end, left, right, np.flatnonzero(asked))
    told = np.zeros(pairs, dtype=bool)
    told[pair_of[rows[said_more(corpus, later)]]] = True
    return told


def _right_after(corpus: TokenisedCorpus, first: np.ndarray, end: np.ndarray, left: np.ndarray,
                 right: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Of the `rows` of near occurrences `left`, `right`, those whose later piece's quotation
    comes right after the earlier's (`one_after_the_other`), and that quotation of each: the
    one whose attribution says whether it goes on from the earlier."""
    rows = rows[one_after_the_other(corpus, first, end, left[rows], right[rows])]
    return rows, corpus.first_quotations(first[right[rows]], end[right[rows]])


def _between_two_pieces(corpus: TokenisedCorpus, left: np.ndarray, right: np.ndarray,
                        first: np.ndarray, end: np.ndarray) -> bool:
    """Whether, of the near occurrences `left`, `right` of two statements in one document, one
    occurrence lies between two of the other that are different pieces of its text, not one
    text printed twice (a pull quote, a quotation repeated: the order stands)."""
    def word_pairs(occurrence: int) -> set[tuple[int, int]]:
        words = corpus.hashes[first[occurrence]:end[occurrence]].tolist()
        return set(pairwise(words))

    for before, middle in zip(left.tolist(), right.tolist(), strict=True):
        one = word_pairs(before)
        for after in right[left == middle].tolist():
            two = word_pairs(after)
            if 2 * len(one & two) < min(len(one), len(two)):
                return True
    return False




def _one_utterance(statements: Statements, left: np.ndarray, right: np.ndarray,
                   uttered: np.ndarray) -> np.ndarray:
    """Statement pairs (2 x n) of the near occurrences `left[uttered]`, `right[uttered]` (each
    pair one utterance in its document) that are one utterance (module docstring): so in two
    documents, or in one where neither statement is so with another partner."""
    count = max(statements.count, 1)
    low = np.minimum(statements.statement[left], statements.statement[right])[uttered]
    high = np.maximum(statements.statement[left], statements.statement[right])[uttered]
    keys, documents = distinct_groups(low * count + high, statements.doc[left[uttered]])
    # (quoted together in one document only: a sentence anyone may say, "Our thoughts are with
    # the families", quoted with one event's words in one article and another's in another,
    # would join the two events; so a statement quoted so in two documents joins nothing so)
    alone = np.flatnonzero(np.isin(low * count + high, keys[documents == 1]))
    quoted, in_documents = distinct_groups(np.concatenate((low[alone], high[alone])),
                                           np.tile(statements.doc[left[uttered[alone]]], 2))
    once = quoted[in_documents == 1]
    confirmed = alone[np.isin(low[alone], once) & np.isin(high[alone], once)]
    keys = np.union1d(keys[documents >= 2], low[confirmed] * count + high[confirmed])
    return np.stack((keys // count, keys % count)).astype(np.int64)


def _mostly_near(statements: Statements, left: np.ndarray, right: np.ndarray,
                 pairs: np.ndarray, carriers: Carriers) -> np.ndarray:
    """For statement pairs (2 x n), whether the documents carrying the two near each other (by
    the near occurrences `left`, `right`) are more than half of those carrying the rarer. (Not
    of those carrying both, as for remarks quoted in order: one document printing quotations
    side by side, each of which other outlets carry alone, would be enough then.)"""
    count = max(statements.count, 1)
    one, other = statements.statement[left], statements.statement[right]
    keys, documents = distinct_groups(np.minimum(one, other) * count + np.maximum(one, other),
                                      statements.doc[left])
    asked = np.minimum(pairs[0], pairs[1]) * count + np.maximum(pairs[0], pairs[1])
    near = documents[np.minimum(np.searchsorted(keys, asked), max(len(keys) - 1, 0))]
    spread = np.diff(carriers.bounds)
    return np.asarray(2 * near > np.minimum(spread[pairs[0]], spread[pairs[1]]), dtype=bool)


def _continued(corpus: TokenisedCorpus, left: np.ndarray, right: np.ndarray, first: np.ndarray,
               end: np.ndarray) -> np.ndarray:
    """For near occurrences, whether the later one's first quotation is the very next after the
    earlier one's last, at most REMARKS_GAP_WORDS on, attributed as the text going on ('"...."
    It added that an investigation into the "...", '"...", poursuit le communiqué'): one
    utterance, quoted in two goes."""
    found = np.zeros(len(left), dtype=bool)
    if not len(corpus.quote_first):
        return found
    ask = np.flatnonzero(first[right] - end[left] <= REMARKS_GAP_WORDS)
    # (the earlier occurrence's last quotation, the later one's first: each must lie in it)
    earlier = np.searchsorted(corpus.quote_first, end[left[ask]] - 1, side="right") - 1
    later = np.searchsorted(corpus.quote_first, first[right[ask]], side="left")
    # (the later occurrence may start inside its quotation, a few of its words cut: that one)
    holding = np.maximum(later - 1, 0)
    opened = (later > 0) & (corpus.quote_end[holding] > first[right[ask]])
    later = np.where(opened, holding, later)
    inside = ((earlier >= 0) & (later == earlier + 1) & (later < len(corpus.quote_first)))
    ask, earlier, later = ask[inside], earlier[inside], later[inside]
    inside = ((corpus.quote_end[earlier] > first[left[ask]])
              & (corpus.quote_first[later] < end[right[ask]]))
    ask, later = ask[inside], later[inside]
    # (each quotation asked once: many pairs share one)
    quotations, back = np.unique(later, return_inverse=True)
    found[ask] = continues_previous(corpus, quotations)[back.reshape(-1)]
    return found




def _speakers(corpus: TokenisedCorpus, quotation: np.ndarray) -> np.ndarray:
    """The speaker of each quotation (indices; UNKNOWN for -1, no quotation), each asked once."""
    found = np.full(len(quotation), UNKNOWN, dtype=np.uint64)
    inside = quotation >= 0
    asked, back = np.unique(quotation[inside], return_inverse=True)
    found[inside] = quotation_speakers(corpus, asked)[back]
    return found
