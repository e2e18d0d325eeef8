"""Content words: how much of a short match is more than the wording every news story uses.

Pure function of the corpus and some token ranges. Two articles about different events share
stock text all the time: "..., the news agency reported.", "officials said on Tuesday", "did
not immediately respond to a request for comment". An exact match of six or eight such words is
no evidence that the articles carry one statement; a match carrying a few words that are
neither function words, nor the vocabulary of attribution and dates, nor found in many of the
corpus's documents ("more than a dozen ballistic missiles", a name and a place) is.

The vocabulary is English (most of the outlets compared are); in other languages only the
document-frequency test applies.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.tokens import TokenisedCorpus
from viewer.normalize import word_hashes

CONTENT_WORDS_FOR_EVIDENCE = 2
"""An unquoted short match is evidence of a shared statement only with this many content words
(names alone are not: "the Lurimu Command said on Wednesday" carries two)."""
CONTENT_WORDS_FOR_QUOTED_EVIDENCE = 1
"""A quoted fragment is evidence with one word that is not function or reporting vocabulary
("All is well!"), never with none ("the three the"); how common it is does not matter, the
quotation marks are the evidence."""
CONTENT_WORD_MAX_DOCUMENTS = 60
CONTENT_WORD_MAX_SHARE = 0.02
"""A word found in more documents than both of these (a count, a share of the corpus) is part
of the corpus's common wording ("United", "House" in a corpus of many events)."""

_FUNCTION_WORDS = """
a about above after again against all also although am an and another any are around as at be
because been before being below between both but by can could did do does doing down during each
either else ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less many may me might more
most much must my myself near neither no nor not now of off often on once one only onto or other
others our ours ourselves out over own per rather same several she should since so some such
than that the their theirs them themselves then there these they this those though through to
too toward towards under until up upon us very via was we were what whatever when where whether
which while who whom whose why will with within without would yet you your yours yourself
"""
_REPORTING_WORDS = """
according accused add added adding announce announced announcement asked claim claimed claims
comment comments commented condition confirm confirmed confirms conference declined deny denied
describe described describing earlier independently immediately insisted interview know known
later local media news agency agencies network newspaper official officials press publish
published quote quoted remark remarks report reported reporter reporters reporting reports
request respond responded response said say saying says source sources spokesman spokesperson
spokeswoman stated statement statements tell telling told tweet tweeted tweets unclear
clear verified verify warn warned write wrote writing post posted posts called call calls
government ministry spokesperson's yesterday today tonight morning afternoon evening night week
weekend month year monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december
one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand
thousands million millions first second third last next
"""
_ATTRIBUTION_VERBS = """
according add added adds announced asked claimed claims declared described describing explained
insisted noted posted reported reports said say says stated tells told tweeted warned wrote
writes
"""
_ATTRIBUTION_HASHES = np.unique(word_hashes(sorted(set(_ATTRIBUTION_VERBS.split()))))
_STOCK_HASHES = np.unique(word_hashes(sorted(set((_FUNCTION_WORDS + _REPORTING_WORDS).split()))))


def content_words(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray, *,
                  rare_only: bool = True) -> np.ndarray:
    """For each global token range [first, end), how many of its tokens are content words:
    not function or reporting vocabulary, and (with `rare_only`) not found in more documents
    than the corpus's common wording is."""
    owner, positions = flat_ranges(firsts, ends)
    if not len(positions):
        return np.zeros(len(firsts), dtype=np.int64)
    words = corpus.hashes[positions]
    candidate = ~in_sorted(words, _STOCK_HASHES)
    if not rare_only:
        return np.bincount(owner[candidate], minlength=len(firsts)).astype(np.int64)
    wanted = np.unique(words[candidate])
    limit = max(CONTENT_WORD_MAX_DOCUMENTS, CONTENT_WORD_MAX_SHARE * len(corpus))
    frequent = wanted[_document_counts(corpus, wanted) > limit]
    content = candidate & ~in_sorted(words, frequent)
    return np.bincount(owner[content], minlength=len(firsts)).astype(np.int64)


def attributions(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each global token range, whether it holds an attribution verb ("President X said on
    Wednesday", "according to the ministry"): a short unquoted match that does is the outlets'
    attribution formula, not a statement they share."""
    owner, positions = flat_ranges(firsts, ends)
    verbs = in_sorted(corpus.hashes[positions], _ATTRIBUTION_HASHES)
    return np.bincount(owner[verbs], minlength=len(firsts)) > 0


def in_sorted(values: np.ndarray, members: np.ndarray) -> np.ndarray:
    """`np.isin(values, members)` for sorted unique `members`: a binary search per value,
    without sorting `values` (which np.isin does, and which costs more when they are many)."""
    if not len(members):
        return np.zeros(len(values), dtype=bool)
    slot = np.minimum(np.searchsorted(members, values), len(members) - 1)
    return np.asarray(members[slot] == values)


def flat_ranges(firsts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every position of the ranges [first, end) in one array, and the range each belongs to."""
    lengths = np.maximum(ends - firsts, 0)
    total = int(lengths.sum()) if len(lengths) else 0
    owner = np.repeat(np.arange(len(firsts), dtype=np.int64), lengths)
    positions = (np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
                 + np.repeat(firsts, lengths))
    return owner, positions


def _document_counts(corpus: TokenisedCorpus, wanted: np.ndarray) -> np.ndarray:
    """In how many documents each of the (sorted, unique) word hashes `wanted` is found."""
    if not len(wanted):
        return np.zeros(0, dtype=np.int64)
    # A binary search of the few wanted words for every token: far cheaper than np.isin,
    # which sorts the whole corpus's hashes.
    slot = np.minimum(np.searchsorted(wanted, corpus.hashes), len(wanted) - 1)
    # (in_sorted's search, keeping the slot: it numbers the word)
    hits = np.flatnonzero(wanted[slot] == corpus.hashes)
    documents = corpus.document_of(hits)
    pairs = np.unique(slot[hits].astype(np.int64) * (len(corpus) + 1) + documents)
    return np.bincount(pairs // (len(corpus) + 1), minlength=len(wanted)).astype(np.int64)
