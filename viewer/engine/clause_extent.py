"""Where token ranges stand among a text's clauses and quotations: whole clauses, whole
quotations, inside quotations on both sides of a match (of one speaker), ending on a function
word inside a clause. Pure functions of the corpus's gaps, words and quotation ranges, asked by
the evidence rules."""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import flat_ranges, holding_run, in_sorted, unique_values, within
from viewer.engine.attribution_names import UNKNOWN
from viewer.engine.chance import written_with_spaces
from viewer.engine.speakers import quotation_speakers
from viewer.engine.tokens import INITIAL_HIRAGANA, TokenisedCorpus


def inside_quotes(quotes: tuple[np.ndarray, np.ndarray], firsts_a: np.ndarray,
                  ends_a: np.ndarray, firsts_b: np.ndarray, ends_b: np.ndarray) -> np.ndarray:
    """Whether both sides of each match (global token ranges) lie inside one of the quotations
    `quotes` (sorted global token ranges, `quoted_token_ranges`): two outlets quoting one
    sentence of common words ("We will do what we have to do") share a quotation, not a
    phrase."""
    return np.asarray(within(firsts_a, ends_a, *quotes) & within(firsts_b, ends_b, *quotes))


def whole_clause(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Whether each global token range starts and ends at a clause boundary (a clause or
    sentence end, a line break or a quotation mark: `breaks.CLAUSE`)."""
    document = corpus.document_of(firsts)
    clause = np.uint16(breaks.CLAUSE)
    return np.asarray(((corpus.gaps[firsts + document] & clause) != 0)
                      & ((corpus.gaps[ends + document] & clause) != 0))


def ends_sentence(corpus: TokenisedCorpus, ends: np.ndarray) -> np.ndarray:
    """Whether each global token range [.., end) ends at a sentence's end, a line break or a
    quotation mark (not at a comma)."""
    document = corpus.document_of(np.maximum(ends - 1, 0))
    edge = np.uint16(breaks.SENTENCE_BREAK | breaks.BARRIER)
    return np.asarray((corpus.gaps[ends + document] & edge) != 0)


def starts_clause(corpus: TokenisedCorpus, firsts: np.ndarray) -> np.ndarray:
    """Whether each global token range starts at a clause boundary (`whole_clause`)."""
    document = corpus.document_of(firsts)
    return np.asarray((corpus.gaps[firsts + document] & np.uint16(breaks.CLAUSE)) != 0)


def same_opening(corpus: TokenisedCorpus, quotes: tuple[np.ndarray, np.ndarray],
                 sides: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    """Whether each match (global token ranges: first and end of one side, then of the other)
    opens a quotation on both sides (the outermost one starting there, which holds it), in
    words written with spaces, and the two quotations go on sharing a word beyond stock
    vocabulary (a false friend read in its range's language): two outlets beginning their
    quotation of one sentence alike (as many words as a statement's match needs, or more), each
    translating or transcribing the rest its own way ('«Dies ist eine ungeheuerliche Tat, die
    einmal mehr die Brutalität von Russlands Krieg in der Ukraine demonstriert»' / '„Das ist
    eine ungeheuerliche Tat, ... des russischen Krieges in der Ukraine zeigt“'); not two
    speakers' sentences that open alike and part ("will take responsibility" / "did not take
    responsibility and made no apology": in Korean the negation comes last; 'We will do
    everything in our power to ...' and a word such as "government" after, of two events), nor
    two quotations that close alike (a formula of condolence ends many, "... are with the
    families")."""
    first, end, other_first, other_end = sides
    if not len(first) or not len(quotes[0]):
        return np.zeros(len(first), dtype=bool)
    found = np.ones(len(first), dtype=bool)
    rest_first, rest_end = [], []
    for low, high in ((first, end), (other_first, other_end)):
        # (the outermost quotation opening at the match's first word: a quotation nested at
        # its opening, '‘“Dies ist” eine ...’', starts there too)
        left = np.searchsorted(quotes[0], low, side="left")
        right = np.searchsorted(quotes[0], low, side="right")
        holder_end = _longest_from(quotes, left, right)
        found &= (right > left) & (holder_end >= high)
        rest_first.append(high)
        rest_end.append(np.where(found, holder_end, high))
    found &= written_with_spaces(corpus, first, end) & written_with_spaces(corpus, other_first,
                                                                           other_end)
    keys = []
    for low, high in zip(rest_first, rest_end, strict=True):
        owner, positions = flat_ranges(np.where(found, low, 0), np.where(found, high, 0))
        words = corpus.hashes[positions]
        content = ~reporting.stock(words, owner, len(first))
        # (each match's words as one key: its index in the high bits, the word's hash below)
        keys.append(unique_values((owner[content].astype(np.uint64) << np.uint64(40))
                              | (words[content] >> np.uint64(24))))
    shared = keys[0][in_sorted(keys[0], keys[1])] >> np.uint64(40)
    found &= np.isin(np.arange(len(first), dtype=np.uint64), shared)
    return found


def _longest_from(quotes: tuple[np.ndarray, np.ndarray], left: np.ndarray,
                  right: np.ndarray) -> np.ndarray:
    """For each run [left, right) of the quotations (those starting at one token), the end of
    the longest (-1 where the run is empty)."""
    ends = np.full(len(left), -1, dtype=np.int64)
    for index in np.flatnonzero(right > left).tolist():
        ends[index] = int(quotes[1][left[index]:right[index]].max())
    return ends


def whole_quotation(quotes: tuple[np.ndarray, np.ndarray], firsts: np.ndarray,
                    ends: np.ndarray) -> np.ndarray:
    """Whether each global token range is one of the quotations `quotes` exactly."""
    keys = np.sort((quotes[0].astype(np.int64) << 32) | quotes[1].astype(np.int64))
    return in_sorted((firsts.astype(np.int64) << 32) | ends.astype(np.int64), keys)


def dangling(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Whether each global token range [first, end) ends on a function word inside its clause,
    or, starting inside a clause, inside a Japanese word: a frame two outlets fill each with
    their own words ("Les hommages se multiplient après la" mort de Jean-Paul Belmondo /
    disparition d'Alain Delon), not a shared text's end. Asked only where the two documents
    share nothing longer: between two reports of one event, such a match is a piece of a
    statement one of them edited ("the clubs concerned will be banned from")."""
    document = corpus.document_of(ends - 1)
    open_after = (corpus.gaps[ends + document] & np.uint16(breaks.CLAUSE)) == 0
    # (Japanese writes a verb's ending in hiragana onto it: a match ending between two of them
    # ends inside a word. Where it starts inside a clause too it is a formula, "方々に心から
    # お悔やみを申し上げ" of "亡くなられた方々に…申し上げるとともに" and
    # "ご遺族の方々に…申し上げます"; a sentence one outlet ends plainly and another
    # politely, "政府は対策本部を設置し" of "設置した" and "設置しました", is their shared text)
    kana = np.uint8(INITIAL_HIRAGANA)
    following = np.minimum(ends, len(corpus.initials) - 1)
    inside_word = (((corpus.initials[ends - 1] & kana) != 0)
                   & ((corpus.initials[following] & kana) != 0)
                   & (ends < corpus.offsets[document + 1]) & ~starts_clause(corpus, firsts))
    return np.asarray(open_after & (in_sorted(corpus.hashes[ends - 1], reporting.FUNCTION)
                                    | inside_word))


def one_speakers_words(corpus: TokenisedCorpus, firsts_a: np.ndarray, ends_a: np.ndarray,
                       firsts_b: np.ndarray, ends_b: np.ndarray) -> np.ndarray:
    """Whether both sides of each match (global token ranges) lie inside quotations the two
    documents attribute to one named speaker (`viewer.engine.speakers`)."""
    found = np.zeros(len(firsts_a), dtype=bool)
    at_a = holding_run(firsts_a, ends_a, corpus.quote_first, corpus.quote_end)
    at_b = holding_run(firsts_b, ends_b, corpus.quote_first, corpus.quote_end)
    ask = np.flatnonzero((at_a >= 0) & (at_b >= 0))
    speaker_a = quotation_speakers(corpus, at_a[ask])
    speaker_b = quotation_speakers(corpus, at_b[ask])
    found[ask] = (speaker_a == speaker_b) & (speaker_a != np.uint64(UNKNOWN))
    return found
