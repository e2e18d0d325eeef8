"""Stage 5b, pieces of one story: statements two documents both carry as story text near each other
are one statement.

Pure function of the corpus, the statements and the quotations. An outlet that rewrites a wire
story keeps some of its sentences and reorders, cuts and rewords the rest; another outlet reprints
the story, or an earlier version of it. The sentences both keep are then separate matches, in
another order on each side and with different words between, and the clustering stage
(`viewer.engine.statements`) makes each of them a statement of its own: a story split into as many
passages as it has surviving sentences. Here two statements become one when two documents each
carry both of them as story text (outside every quotation, and saying something:
PIECE_CONTENT_WORDS content words) no more than STORY_GAP_WORDS apart (the quoted pieces of one
statement between not counted: a statement the story quotes between does not set them apart,
`viewer.engine.nearness`), in either order, provided
the documents that carry them together are more than half of those that carry more than a phrase
(FRAGMENT_MAX_WORDS words, characters of a script without spaces counted as the words they
make) of either (two agencies' stories that a compilation or two print side by
side stay two; an outlet quoting a phrase of one of them says nothing about where the rest goes),
or are all of those carrying the rarer, two or more (a paragraph that most reprints cut; not one
opening with its own dateline, another agency's story).
Two statements also become one when a single document prints them one right after the other,
nothing between, or unquoted a sentence's tail (`viewer.engine.run_on`: one text printed whole,
of which other outlets each carry a part), another
document carries each of them as saying something too, and the documents carrying them tell of one
event (one carries both, or two that carry one each share a third statement: a page ending in
another event's teaser joins nothing). The joining is transitive: pieces each near the next in this
way are one statement, however far apart the first and the last. Statements that someone said never
join this way, quoted (an occurrence inside a quotation, in any document, that says something: a
book's title in quotation marks does not make a story someone's words) or introduced with a colon
("The president then tweeted: ...", the paragraph the colon opens), most of their words so over
all their occurrences (a wire story that took in a quotation one outlet prints alone is story text
still): two statements
quoted one after the other by two outlets (an official statement, then a tweet) are how two
things said about one event are reported. Unless one quotation carries them one right after the
other: that is one text printed whole ("Here is the full statement: ..."), of which the other
outlets quote parts; so is one outlet's unquoted print of two texts others quote (a transcript
under the speaker's name), not a story printed on into what it quotes; or unless every
document carrying either
prints them one right after the other, two documents or more: one sentence of a wire story that
its quotation marks cut ('"...", zitierte die Zeitung den Staatssekretär Alain Vidalies'), no
quotation of its own; or unless, in two documents or more, each occurrence of a statement said is
there a story quoting it (the wire story that quoted the statement and so joined its passage),
near the other's story text or the other statement's story: the story goes on, counted among
the documents printing it as story, however many quote the statement alone (`_told_as_story`).
Pieces of one speaker's
remarks that outlets quote apart join too (`viewer.engine.remarks`), and so do pieces of one text
that an outlet prints whole, unquoted, far apart (`viewer.engine.transcripts`). Speech a wire
story reports in its own sentence ("Castro added that the funeral ...") is story text: outlets that
print it word for word copy the story.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import (
    distinct_groups,
    in_sorted,
    unique_values,
    within,
)
from viewer.engine.between_matches import introduced, paragraph_tail
from viewer.engine.carriers import Carriers
from viewer.engine.chance import as_words
from viewer.engine.datelines import rarer_dated
from viewer.engine.evidence import content_words
from viewer.engine.fragments import FRAGMENT_MAX_WORDS
from viewer.engine.nearness import STORY_GAP_WORDS as STORY_GAP_WORDS
from viewer.engine.nearness import near_others
from viewer.engine.quotation_links import STORY_WORDS, quoted_words
from viewer.engine.remarks import remark_pairs
from viewer.engine.run_on import one_after_the_other, one_event_elsewhere
from viewer.engine.speakers import UNKNOWN, quotation_speakers
from viewer.engine.statements import Statements, joined_pairs
from viewer.engine.tokens import TokenisedCorpus
from viewer.engine.transcripts import transcript_pairs

PIECE_CONTENT_WORDS = 3
"""A piece of story holds at least this many words beyond function and reporting vocabulary
(`viewer.engine.evidence.content_words`)."""
REMARKS_ROUNDS = 2
"""The most times one speaker's remarks are asked again, as the statements the joining made."""


def join_story_pieces(corpus: TokenisedCorpus, statements: Statements,
                      quotes: tuple[np.ndarray, np.ndarray]) -> Statements:
    """`statements` with those that are pieces of one story (module docstring) joined. One
    speaker's remarks are asked again of what was joined: a quoted piece near one part of a
    statement in one document and near another part in another is near the joined statement in
    both ('"...," he added. He said: "Thank you ..."' in one outlet, the thanks after another
    sentence of the memo in the next). Story text is not: a line that outlets print near
    different parts of a story, and the outlet printing the story whole does not print, is
    another text."""
    statements = _join_once(corpus, statements, quotes)
    printed_whole = transcript_pairs(corpus, statements)
    if printed_whole.shape[1]:
        statements = joined_pairs(corpus, statements, printed_whole)
    for _ in range(REMARKS_ROUNDS):
        if statements.count < 2:
            break
        _, _, left, right = near_others(corpus, statements, over_quotation=False)
        spoken = remark_pairs(corpus, statements, left, right, Carriers.of(statements))
        if not spoken.shape[1]:
            break
        statements = joined_pairs(corpus, statements, spoken)
    return statements


def _join_once(corpus: TokenisedCorpus, statements: Statements,
               quotes: tuple[np.ndarray, np.ndarray]) -> Statements:
    """The pieces of story, and of one speaker's remarks, joined (module docstring)."""
    if statements.count < 2:
        return statements
    # (one speaker's remarks: pieces near each other as the words of the documents count them)
    _, _, left, right = near_others(corpus, statements, over_quotation=False)
    carriers = Carriers.of(statements)
    spoken = remark_pairs(corpus, statements, left, right, carriers)
    # (pieces of a story: near each other as the story's own words count them, the statements
    # it quotes between not counted)
    first, end, left, right = near_others(corpus, statements, over_quotation=True)
    # (one text printed whole, other outlets each carrying a part of it: nothing between)
    touching = first[right] == end[left]
    # Statement pairs near each other in two documents or more, and in more than half the
    # documents that carry either; and a piece of story says something (a phrase of stock
    # words such as "to have been carried out by" is a coincidence two outlets' own sentences
    # share). Fewer pieces make fewer pairs, so the pairs are first found as if every
    # occurrence were a piece, and the words counted only of theirs.
    # (a quotation and the words after or before it that every document carrying either prints
    # one right after the other, two documents or more, are one sentence of one text cut by the
    # quotation marks: '"Es gibt keinen Überlebenden", zitierte die Zeitung den Staatssekretär',
    # wire copy; a quotation other outlets carry alone is a statement of its own)
    spoken = np.concatenate((spoken, _always_together(statements, carriers, left[touching],
                                                      right[touching])), axis=1)
    # (a document that carries no more than a phrase of a statement, FRAGMENT_MAX_WORDS words
    # such as a book's title or a quoted clause, says nothing about where the rest of the text
    # goes: the majority is of the documents carrying more)
    # (counted in words: seventeen characters of Chinese are a phrase, not a paragraph)
    pieces = Carriers.of(statements, as_words(corpus, statements.doc, statements.first,
                                              statements.end, statements.end - statements.first)
                         > FRAGMENT_MAX_WORDS)
    worded = _Worded(corpus, first, end)
    # (what is said, asked once of every statement near another: the pairs kept below are
    # some of these)
    said, spoken_at = _said(corpus, statements, np.stack((statements.statement[left],
                                                          statements.statement[right])),
                            (first, end), quotes, worded)
    spoken = np.concatenate((spoken, _told_as_story(corpus, statements, pieces, said, left,
                                                    right, (first, end), quotes, worded)),
                            axis=1)
    # (an outlet's unquoted print of two texts others quote, a transcript under the speaker's
    # name, is one text printed whole too, a sentence's tail between at most: `run_on`; not a
    # story printed on into what it quotes, which nobody quotes)
    quoted_anywhere = np.zeros(statements.count, dtype=bool)
    quoted_anywhere[statements.statement[spoken_at]] = True
    printed_on = (quoted_anywhere[statements.statement[left]]
                  & quoted_anywhere[statements.statement[right]]
                  & (quoted_words(first[left], end[right], quotes) == 0))
    ask = np.flatnonzero(printed_on & ~touching)
    printed_on[ask] = one_after_the_other(corpus, end[left[ask]], first[right[ask]])
    contiguous = touching | printed_on
    joining = _joining(corpus, statements, pieces, left, right, contiguous, spoken_at)
    kept = np.flatnonzero(joining)
    kept = kept[worded(left[kept]) & worded(right[kept])]
    left, right, contiguous, printed_on = (left[kept], right[kept], contiguous[kept],
                                           printed_on[kept])
    # (pieces one document alone carries side by side are pieces of a story only where another
    # document carries each as saying something too)
    contiguous &= _worded_twice(statements, worded, left, right)
    ask = np.flatnonzero(contiguous)
    contiguous[ask] = one_event_elsewhere(statements, carriers, left[ask], right[ask])
    joining = _joining(corpus, statements, pieces, left, right, contiguous, spoken_at)
    left, right, contiguous, printed_on = (left[joining], right[joining], contiguous[joining],
                                           printed_on[joining])
    if not len(left) and not spoken.shape[1]:
        return statements
    pairs = np.stack((statements.statement[left], statements.statement[right]))
    # (a quotation that carries two statements one right after the other is one text printed
    # whole, "Here is the full statement: ...", of which other outlets quote parts; so is a
    # transcript of them, `printed_on`)
    whole = contiguous & (within(first[left], end[right], *quotes) | printed_on)
    # (a statement any outlet quotes or introduces with a colon ("he then tweeted:") is
    # something someone said, not story text; asked only of the statements left to join. Speech
    # an outlet reports in its own sentence ("the army announced that ...") is no quotation:
    # two outlets print it word for word only when both copy one text, a wire story.)
    pairs = np.concatenate((pairs[:, whole | (~said[pairs[0]] & ~said[pairs[1]])], spoken),
                           axis=1)
    if not pairs.shape[1]:
        return statements
    return joined_pairs(corpus, statements, pairs)


def _said(corpus: TokenisedCorpus, statements: Statements, pairs: np.ndarray,
          ranges: tuple[np.ndarray, np.ndarray], quotes: tuple[np.ndarray, np.ndarray],
          worded: _Worded) -> tuple[np.ndarray, np.ndarray]:
    """Which of the statements in `pairs` are something someone said: an occurrence quoted
    and saying something, or introduced with a colon, and most of its words so over all its
    occurrences (module docstring); and, by occurrence, which of theirs are quoted or
    introduced so."""
    first, end = ranges
    asked = np.flatnonzero(np.isin(statements.statement, pairs))
    said = np.zeros(statements.count, dtype=bool)
    quoted = asked[within(first[asked], end[asked], *quotes)]
    quoted = quoted[worded(quoted)]
    colon = introduced(corpus, first[asked])
    said[statements.statement[quoted]] = True
    said[statements.statement[asked[colon]]] = True
    # (and most of its words, over all its occurrences, quoted or introduced so: a wire story
    # that took in a quotation other outlets print alone is story text still)
    # (what a colon introduces unquoted is the paragraph it opens: an outlet's list of findings
    # under "Die wichtigsten Erkenntnisse:" goes on as its story beyond)
    length = end[asked] - first[asked]
    paragraph = paragraph_tail(corpus, first[asked] + 1) + 1
    quoted_so = quoted_words(first[asked], end[asked], quotes)
    spoken = np.where(colon, np.maximum(np.minimum(length, paragraph), quoted_so), quoted_so)
    words = np.bincount(statements.statement[asked], length, minlength=statements.count)
    inside = np.bincount(statements.statement[asked], spoken, minlength=statements.count)
    said &= 2 * inside >= words
    spoken_at = np.zeros(len(first), dtype=bool)
    spoken_at[quoted] = True
    spoken_at[asked[colon]] = True
    return said, spoken_at


def _told_as_story(corpus: TokenisedCorpus, statements: Statements, pieces: Carriers,
                   said: np.ndarray, left: np.ndarray, right: np.ndarray,
                   ranges: tuple[np.ndarray, np.ndarray], quotes: tuple[np.ndarray, np.ndarray],
                   worded: _Worded) -> np.ndarray:
    """Statement pairs (2 x n) that are one story although one of them, or both, is something
    said (`said`, by statement): for near occurrences `left`, `right`, each occurrence that
    belongs to a statement said is there a story quoting it (words outside quotation marks,
    STORY_WORDS or more, and a quotation among them), in two documents or more, more than half
    of the documents carrying the rarer of the two as story (a statement said: the documents
    where it is such a story; story text: those carrying more than a phrase of it). A statement
    whose passage took in the wire story quoting it ('..., a salué lundi Emmanuel Macron, en
    évoquant "...') goes on with the story's other paragraphs that the same outlets print,
    however many outlets quote the statement alone; an outlet printing the statement itself
    without its quotation marks tells no story."""
    none = np.zeros((2, 0), dtype=np.int64)
    if not len(left):
        return none
    first, end = ranges
    one, other = statements.statement[left], statements.statement[right]
    ask = np.flatnonzero(said[one] | said[other])
    if not len(ask):
        return none
    storied = np.zeros(len(first), dtype=bool)
    # (every occurrence of the statements asked: where each is a story, near the other or not)
    involved = np.flatnonzero(np.isin(statements.statement,
                                      np.concatenate((one[ask], other[ask]))))
    quoted = quoted_words(first[involved], end[involved], quotes)
    storied[involved] = (end[involved] - first[involved] - quoted >= STORY_WORDS) & (quoted > 0)
    told = ask[(~said[one[ask]] | storied[left[ask]]) & (~said[other[ask]] | storied[right[ask]])]
    told = told[worded(left[told]) & worded(right[told])]
    if not len(told):
        return none
    count = max(statements.count, 1)
    low, high = np.minimum(one[told], other[told]), np.maximum(one[told], other[told])
    keys, together = distinct_groups(low * count + high, statements.doc[left[told]])
    # (the documents carrying each statement as story: where a statement said is a story
    # quoting it; all those carrying more than a phrase of story text)
    as_story = np.diff(pieces.bounds).astype(np.int64)
    storied_rows = np.flatnonzero(storied)
    carried = unique_values(statements.statement[storied_rows] * (int(statements.doc.max()) + 1)
                        + statements.doc[storied_rows])
    said_story = np.bincount(carried // (int(statements.doc.max()) + 1),
                             minlength=statements.count)
    as_story[said] = said_story[said]
    rarer = np.minimum(as_story[keys // count], as_story[keys % count])
    chosen = keys[(together >= 2) & (2 * together > rarer)]
    # (two things said, each in the story, are one speaker's: the Pentagon's statement and
    # Iraq's reply that one agency's story quotes paragraph by paragraph stay two)
    both_said = said[chosen // count] & said[chosen % count]
    if both_said.any():
        key = low * count + high
        asked = np.isin(key, chosen[both_said])
        one_speaker = _one_speaker(corpus, key[asked], left[told[asked]], right[told[asked]],
                                   ranges)
        chosen = np.concatenate((chosen[~both_said], one_speaker))
    return np.stack((chosen // count, chosen % count)).astype(np.int64)


def _one_speaker(corpus: TokenisedCorpus, keys: np.ndarray, left: np.ndarray,
                 right: np.ndarray, ranges: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Of the statement pairs `keys` (one per near occurrence pair `left`, `right`), those
    whose quotations there are attributed to one speaker (`viewer.engine.speakers`: the first
    quotation each occurrence holds, named alike in one document at least, differently in
    none)."""
    first, end = ranges
    quote_first = corpus.quote_first
    if not len(quote_first):
        return np.zeros(0, dtype=np.int64)
    speakers = []
    for rows in (left, right):
        at = np.searchsorted(quote_first, first[rows])
        inside = (at < len(quote_first)) & (quote_first[np.minimum(at, len(quote_first) - 1)]
                                              < end[rows])
        found = np.full(len(rows), UNKNOWN, dtype=np.uint64)
        found[inside] = quotation_speakers(corpus, at[inside])
        speakers.append(found)
    known = (speakers[0] != UNKNOWN) & (speakers[1] != UNKNOWN)
    alike = unique_values(keys[known & (speakers[0] == speakers[1])])
    unlike = unique_values(keys[known & (speakers[0] != speakers[1])])
    return np.setdiff1d(alike, unlike)


def _joining(corpus: TokenisedCorpus, statements: Statements, carriers: Carriers,
             left: np.ndarray, right: np.ndarray, contiguous: np.ndarray,
             spoken_at: np.ndarray) -> np.ndarray:
    """For near occurrences `left`, `right` of two statements, whether their statements are
    near each other in two documents or more, and in more than half of the documents that carry
    either or all of those carrying the rarer (two or more, the rarer not opening with its own
    dateline there: `viewer.engine.datelines.rarer_dated`), as story text (neither occurrence
    quoted nor introduced with a colon, `spoken_at`) in one of them at least; or follow each
    other with nothing between (`contiguous`) in one document."""
    count = statements.count
    low = np.minimum(statements.statement[left], statements.statement[right])
    high = np.maximum(statements.statement[left], statements.statement[right])
    # (a pair as one key: below count squared, so no overflow however many documents)
    pair = low * count + high
    keys, together = distinct_groups(pair, statements.doc[left])
    keys, together = keys[together >= 2], together[together >= 2]
    spread = np.diff(carriers.bounds)
    rarer = np.minimum(spread[keys // count], spread[keys % count])
    # (all of those carrying the rarer, two or more: a statement no document carries more
    # than a phrase of has no carriers here, and "all of none" is no evidence; nor a rarer that
    # opens with its own dateline where it is near the other: another agency's story, that a
    # compilation or two print after this one, is no paragraph of it)
    most = 2 * together > carriers.either(keys // count, keys % count)
    every = ~most & (together >= rarer) & (rarer >= 2)
    if every.any():
        every[every] = ~rarer_dated(corpus, statements, keys[every], spread, left, right)
    keys = keys[most | every]
    # (and one document at least prints both as its own text, neither quoted nor introduced
    # with a colon: a statement most outlets reprint unquoted, near a story only where that
    # story quotes it, is what the story quotes, not the story going on)
    story = ~spoken_at[left] & ~spoken_at[right]
    keys = keys[in_sorted(keys, unique_values(pair[story]))]
    return in_sorted(pair, np.union1d(keys, pair[contiguous]))


def _always_together(statements: Statements, carriers: Carriers, left: np.ndarray,
                     right: np.ndarray) -> np.ndarray:
    """Statement pairs (2 x n) of which two documents or more print occurrences `left`, `right`
    one right after the other, and no document carries one without doing so."""
    count = max(statements.count, 1)
    low = np.minimum(statements.statement[left], statements.statement[right])
    high = np.maximum(statements.statement[left], statements.statement[right])
    keys, documents = distinct_groups(low * count + high, statements.doc[left])
    spread = np.diff(carriers.bounds)
    keys = keys[(documents >= 2) & (documents == spread[keys // count])
                & (documents == spread[keys % count])]
    return np.stack((keys // count, keys % count)).astype(np.int64)


class _Worded:
    """Whether occurrences say something (PIECE_CONTENT_WORDS content words), each counted once,
    when first asked."""

    def __init__(self, corpus: TokenisedCorpus, first: np.ndarray, end: np.ndarray) -> None:
        self._corpus, self._first, self._end = corpus, first, end
        self._known = np.full(len(first), -1, dtype=np.int8)
        """1 or 0 once counted, -1 before."""

    def __call__(self, occurrences: np.ndarray) -> np.ndarray:
        """For occurrence indices, whether each says something."""
        new = unique_values(occurrences[self._known[occurrences] < 0])
        self._known[new] = content_words(self._corpus, self._first[new], self._end[new],
                                         rare_only=False) >= PIECE_CONTENT_WORDS
        return np.asarray(self._known[occurrences] == 1)


def _worded_twice(statements: Statements, worded: _Worded, left: np.ndarray,
                  right: np.ndarray) -> np.ndarray:
    """For pairs of occurrences, whether both their statements have PIECE_CONTENT_WORDS content
    words in two documents or more."""
    involved = unique_values(statements.statement[np.concatenate((left, right))])
    asked = np.flatnonzero(np.isin(statements.statement, involved))
    saying = asked[worded(asked)]
    # (Statements are sorted by statement and document: one key per carrying document)
    keys = unique_values(statements.statement[saying] * (int(statements.doc.max()) + 1)
                     + statements.doc[saying])
    documents = np.bincount(keys // (int(statements.doc.max()) + 1),
                            minlength=statements.count)
    twice = documents >= 2
    return np.asarray(twice[statements.statement[left]] & twice[statements.statement[right]])
