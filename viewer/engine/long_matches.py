"""Step 1 of the clustering (`viewer.engine.statements`): which pairwise matches are long
enough to join statements, and the runs their sides make, joined into components.

Pure function of the corpus, the pairwise matches and the quotations: the fragments
(`viewer.engine.fragments` and the stages after it) play no part in it, so the pipeline may
compute it while they are found. Matches that are no statement's are dropped first: too short
for the texts' lengths (`viewer.engine.chance`), stock, claiming otherwise, a formula said of
two people, a sentence linking two events. A long match has STATEMENT_WORDS equal words or
more (a reworded quotation EDITED_QUOTE_WORDS, and two outlets' edited words naming the event
none: `_event_echoes`); the sides of long matches that overlap in one document are one run, and
runs a long match links, or that follow each other in a story two documents reprint
(`viewer.engine.stretches.next_paragraphs`), or a few words apart in one paragraph
(`viewer.engine.stretches.adjacent_runs`), are one component: one statement.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.engine.arrays import connected_components, overlap_runs
from viewer.engine.chance import as_words, chance_words, in_long_texts
from viewer.engine.clause_extent import inside_quotes
from viewer.engine.equal_words import equal_words_of
from viewer.engine.event_bridges import between_events, figures_apart
from viewer.engine.evidence import reworded, stock_matches
from viewer.engine.matches import PairMatches
from viewer.engine.name_words import name_share
from viewer.engine.replaced_edges import without_replaced_edges
from viewer.engine.stretches import adjacent_runs, next_paragraphs
from viewer.engine.tokens import INITIAL_IDEOGRAPH, INITIAL_SYLLABIC, TokenisedCorpus
from viewer.engine.transcription_edits import said_of_two_people, same_claims

STATEMENT_WORDS = 10
"""A match with this many words the same on both sides is a statement in its own right and may
join statements transitively (an attribution formula with the name changed is not)."""
EDITED_QUOTE_WORDS = 2 * STATEMENT_WORDS
"""A match inside quotations on both sides and reworded (`viewer.engine.evidence.reworded`)
joins statements transitively only with this many equal words; shorter, it attaches to a
statement as a short match does."""
UNSPACED_BRIDGE_WORDS = 2 * EDITED_QUOTE_WORDS
"""In a script without spaces, an unquoted match shorter than this (in the words its characters
make) is asked whether it links two events (`viewer.engine.event_bridges`)."""
ECHO_NAME_SHARE = 0.4
"""An edited match of fewer than EDITED_QUOTE_WORDS words, unquoted on a side, with this share of
names on each side or more names the event as every outlet does (`_event_echoes`)."""


@dataclass(frozen=True, eq=False)
class LongMatches:
    """The matches that are statements' (`long_matches`), which of them join statements, and
    the runs of their sides in components; what the clustering attaches the short matches and
    the fragments to."""

    matches: PairMatches
    long: np.ndarray
    """Whether each match joins statements (long, no repeat of a long text, not reworded)."""
    repeat: np.ndarray
    """Whether each match is a long text repeating words it shares with another."""
    long_text: np.ndarray
    """Whether each match is between two long texts (`viewer.engine.chance.in_long_texts`)."""
    exact: np.ndarray
    """Whether each match's sides are as long and equal word for word."""
    edited: np.ndarray
    """The matches (indices) that are reworded quotations: evidence as an exact one is."""
    run_doc: np.ndarray
    run_first: np.ndarray
    run_end: np.ndarray
    """The runs of the long matches' sides: each run's document and global token range."""
    component: np.ndarray
    """Each run's component: runs of one statement."""
    joined: tuple[np.ndarray, np.ndarray]
    """Runs that follow each other in a story two documents reprint (pairs of run indices)."""


def long_matches(corpus: TokenisedCorpus, matches: PairMatches,
                 quotes: tuple[np.ndarray, np.ndarray], min_words: int = 6) -> LongMatches:
    """The matches that are statements', the long ones' runs and their components (module
    docstring). A match needs `min_words` equal words, and between long texts a word more per
    doubling of their lengths' product (`viewer.engine.chance`)."""
    offsets = corpus.offsets
    equal_words = equal_words_of(corpus, matches)
    # (a match cut there loses its one unequal word: its equal words stay as counted)
    matches = without_replaced_edges(corpus, matches, equal_words, STATEMENT_WORDS)
    # (counted as words: in a script without spaces, as the words its characters make)
    words = as_words(corpus, matches.doc_a, matches.a0, matches.a1, equal_words)
    by_chance = words < min_words + chance_words(corpus, matches.doc_a, matches.doc_b)
    matches, equal_words, words = (matches.subset(~by_chance), equal_words[~by_chance],
                                   words[~by_chance])
    stock = stock_matches(corpus, matches, words, STATEMENT_WORDS, quotes)
    # (a short match whose sides claim otherwise, a negation more or another number, is two
    # statements: "we will rebuild the school" / "we will not rebuild the school")
    brief = np.flatnonzero(words < STATEMENT_WORDS)
    stock[brief] |= ~same_claims(corpus, *matches.subset(brief).global_ranges(offsets),
                                 read=False)
    # (nor one whose sides name two people in one place, a formula said of each: a court's
    # verdict read out for two defendants)
    formula = np.flatnonzero(words < EDITED_QUOTE_WORDS)
    edited = (matches.a1 - matches.a0 != equal_words) | (matches.b1 - matches.b0 != equal_words)
    stock[formula] |= said_of_two_people(
        corpus, matches.subset(formula).global_ranges(offsets), edited[formula], quotes)
    matches, equal_words, words = matches.subset(~stock), equal_words[~stock], words[~stock]
    # A short unquoted sentence that alone links two events' coverage (`event_bridges`).
    quoted = inside_quotes(
        quotes, offsets[matches.doc_a] + matches.a0, offsets[matches.doc_a] + matches.a1,
        offsets[matches.doc_b] + matches.b0, offsets[matches.doc_b] + matches.b1)
    # (in a script without spaces a sentence of agency copy's formulas is longer in words:
    # "根据习近平指示和李强要求,中共中央政治局委员、国务院副总理张国清率有关部门负责同志赶赴现场
    # 指导救援处置工作", printed for every disaster; where its two documents' figures tell two
    # events, it is asked as a short sentence is, and joins no group of documents)
    short = words < EDITED_QUOTE_WORDS
    longer = np.flatnonzero(~short & (words < UNSPACED_BRIDGE_WORDS) & ~quoted & (
        (corpus.initials[offsets[matches.doc_a] + matches.a0]
         & (INITIAL_IDEOGRAPH | INITIAL_SYLLABIC)) != 0))
    short[longer] = figures_apart(corpus, matches.doc_a[longer], matches.doc_b[longer])
    bridge = between_events(corpus, matches, short & ~quoted,
                            long=words >= STATEMENT_WORDS,
                            short_quoted=(words < EDITED_QUOTE_WORDS) & quoted)
    matches, equal_words, words = (matches.subset(~bridge), equal_words[~bridge],
                                   words[~bridge])
    # A document repeating words it shares with another (module docstring, step 2).
    repeat = np.zeros(len(matches), dtype=bool)
    long_text = in_long_texts(corpus, matches.doc_a, matches.doc_b)
    if long_text.any():  # (never between news articles: no cost there)
        repeat[long_text] = matches.subset(long_text).repeats(equal_words[long_text])
    length = matches.a1 - matches.a0
    exact = (length == matches.b1 - matches.b0) & (equal_words == length)
    # A reworded quotation of a sentence or two ("signs of life in much of the rubble and that
    # is the priority" / "signs of life in the rubble, and that is being prioritised": two
    # agencies' translations of one quote) is evidence, but not enough to make two stories one.
    first_a, end_a, first_b, end_b = ranges = matches.global_ranges(offsets)
    edited = np.flatnonzero((words >= STATEMENT_WORDS) & (words < EDITED_QUOTE_WORDS)
                            & ~exact)
    in_quotes = inside_quotes(quotes, first_a[edited], end_a[edited], first_b[edited],
                              end_b[edited])
    # (and edited words naming the event, outside a quotation on a side)
    echoes = _event_echoes(corpus, ranges, edited[~in_quotes])
    edited = edited[in_quotes]
    edited = edited[reworded(corpus, first_a[edited], end_a[edited], first_b[edited],
                             end_b[edited])]
    long_ones = (words >= STATEMENT_WORDS) & ~repeat
    long_ones[edited] = False
    long_ones[echoes] = False
    count = int(long_ones.sum())
    side_doc = np.concatenate((matches.doc_a[long_ones], matches.doc_b[long_ones]))
    side_first = np.concatenate((offsets[matches.doc_a[long_ones]] + matches.a0[long_ones],
                                 offsets[matches.doc_b[long_ones]] + matches.b0[long_ones]))
    side_end = np.concatenate((offsets[matches.doc_a[long_ones]] + matches.a1[long_ones],
                               offsets[matches.doc_b[long_ones]] + matches.b1[long_ones]))
    before, after, bridge_a, bridge_b = next_paragraphs(corpus, matches.subset(long_ones), quotes)
    # The short paragraphs between two that follow each other in both belong to the stretch:
    # a bridge one word wider at each end overlaps both sides, so they make one run.
    bridges = np.concatenate((bridge_a, bridge_b), axis=1)
    bridged = bridges[1] > bridges[0]
    side_doc = np.concatenate((side_doc, corpus.document_of(bridges[0][bridged])))
    side_first = np.concatenate((side_first, bridges[0][bridged] - 1))
    side_end = np.concatenate((side_end, bridges[1][bridged] + 1))
    run_of_side, run_first, run_end = overlap_runs(side_first, side_end)
    run_doc = np.zeros(len(run_first), dtype=np.int64)
    run_doc[run_of_side] = side_doc
    adjacent = adjacent_runs(corpus, run_first, run_end)
    component = connected_components(
        len(run_first),
        np.concatenate((run_of_side[:count], run_of_side[before], adjacent)),
        np.concatenate((run_of_side[count : 2 * count], run_of_side[after], adjacent + 1)))
    joined = (run_of_side[np.concatenate((before, count + before))],
              run_of_side[np.concatenate((after, count + after))])
    return LongMatches(matches, long_ones, repeat, long_text, exact, edited, run_doc, run_first,
                       run_end, component, joined)


def _event_echoes(corpus: TokenisedCorpus,
                  ranges: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
                  asked: np.ndarray) -> np.ndarray:
    """Of the matches `asked` (indices into the global token `ranges` of the matches' sides:
    STATEMENT_WORDS to EDITED_QUOTE_WORDS words, edited, outside a quotation on one side at
    least), those that echo how outlets name the event rather than carry one text:
    ECHO_NAME_SHARE of the words on each side names ("İçişleri Bakanı Ali
    Yerlikaya, MKE Ankaragücü-Çaykur Rizespor karşılaşması sonunda hakem Halil Umut Meler'e
    yapılan saldırıyı kınayarak" against the president's post, "MKE Ankaragücü-Çaykur Rizespor
    müsabakası sonrasında hakem Halil Umut Meler'e yapılan saldırıyı kınıyor"): every outlet
    names the match, the referee and the attack so; two speakers' words about it are two
    statements. Evidence still, as a short match is, but they join no statements."""
    first_a, end_a, first_b, end_b = ranges
    asked = asked[name_share(corpus, first_a[asked], end_a[asked]) >= ECHO_NAME_SHARE]
    return np.asarray(asked[name_share(corpus, first_b[asked], end_b[asked]) >= ECHO_NAME_SHARE])
