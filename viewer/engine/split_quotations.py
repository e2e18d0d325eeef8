"""A quotation in pieces: whether two ranges of one document are the halves of one quotation
that its attribution splits ('"...," she wrote. "..."'), not two quotations side by side nor a
lead-in and a quote.

Pure functions of the corpus and gap indices (`TokenisedCorpus.gaps`: gap g of document d lies
before global token g - d), used by `viewer.engine.stretches.adjacent_nodes`.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import count_between, in_sorted
from viewer.engine.speakers import UNKNOWN, quotation_speakers
from viewer.engine.tokens import INITIAL_CAPITAL, TokenisedCorpus

SPLIT_ATTRIBUTION_WORDS = 10
"""An attribution that splits a quotation ('"...," Obama said in a statement on Sunday. "..."':
a speaker with a title, a verb, where and when) runs to this many words; it is not the
statement's text, so the two halves' occurrences may lie a few words of the quotation apart
besides (`attributed`)."""


def split_quote(corpus: TokenisedCorpus, after_first: np.ndarray,
                before_second: np.ndarray) -> np.ndarray:
    """For gap indices (`corpus.gaps`) right after one range and right before the next a few
    words on, whether the words between hold two quotation marks, a closing one and then an
    opening one: one quotation split by its attribution ('"...," she wrote. "..."', the first
    range ending at the closing mark or a word or two before it), not two quotations back to
    back, nor a lead-in and a quote; nor two quotations attributed to two people named apart,
    nor a quotation that ends its sentence and another that a new sentence's subject, no
    pronoun, leads into ('... "risk that this man will do something very bad." Bankman-Fried,
    32, said he is "sorry about what happened"': the judge's words, then the defendant's)."""
    quote = corpus.quote_gaps
    if not len(quote):
        return np.zeros(len(after_first), dtype=bool)
    marks = count_between(quote, after_first, before_second + 1)
    first_mark = quote[np.minimum(np.searchsorted(quote, after_first), len(quote) - 1)]
    last_mark = quote[np.maximum(np.searchsorted(quote, before_second, side="right") - 1, 0)]
    closes = (corpus.gaps[first_mark] & np.uint16(breaks.CLOSES_QUOTE)) != 0
    opens = (corpus.gaps[last_mark] & np.uint16(breaks.OPENS_QUOTE)) != 0
    found = closes & opens & (before_second > after_first) & (marks == 2)
    ask = np.flatnonzero(found)
    if len(ask):
        document = _gap_documents(corpus, first_mark[ask])
        found[ask] = ~(_two_speakers(corpus, first_mark[ask] - document,
                                     last_mark[ask] - document)
                       | _led_into(corpus, first_mark[ask], last_mark[ask], document))
    return np.asarray(found)


def _led_into(corpus: TokenisedCorpus, closing: np.ndarray, opening: np.ndarray,
              document: np.ndarray) -> np.ndarray:
    """For the gaps of a closing quotation mark and of the opening mark after it (documents
    `document`), whether the first quotation ends its sentence there and the words between
    open the next sentence with a subject of its own, a capitalised word and no pronoun, that
    runs into the second quotation with no sentence end: '..." Bankman-Fried said he is "...',
    a lead-in, where a split quotation's attribution follows its first half ('"...," she
    wrote. "..."') or goes on with the same speaker ('"..." He added: "..."')."""
    first_word = closing - document
    ends_sentence = (corpus.gaps[closing] & np.uint16(breaks.SENTENCE_BREAK)) != 0
    capital = (corpus.initials[np.minimum(first_word, len(corpus.initials) - 1)]
               & np.uint8(INITIAL_CAPITAL)) != 0
    pronoun = in_sorted(corpus.hashes[np.minimum(first_word, len(corpus.hashes) - 1)],
                        reporting.PRONOUNS)
    runs_on = count_between(corpus.sentence_gaps, closing + 1, opening + 1) == 0
    return np.asarray(ends_sentence & capital & ~pronoun & runs_on & (opening > closing))


def attributed(corpus: TokenisedCorpus, after_first: np.ndarray,
               before_second: np.ndarray, quoted_words: int) -> np.ndarray:
    """For gap indices (`corpus.gaps`) around words that hold a closing quotation mark and then
    an opening one (`split_quote`), whether the words between the marks are an attribution:
    SPLIT_ATTRIBUTION_WORDS words at most, a word of attribution among them ("said",
    "continued"); and the quotation's own words outside both ranges `quoted_words` at most; and
    the two quotations not attributed to two people named apart (`_two_speakers`)."""
    found = np.zeros(len(after_first), dtype=bool)
    quote = corpus.quote_gaps
    if not len(quote) or not len(after_first):
        return found
    closing = quote[np.searchsorted(quote, after_first)]
    opening = quote[np.searchsorted(quote, before_second, side="right") - 1]
    attribution = opening - closing
    quoted = (before_second - after_first) - attribution
    document = _gap_documents(corpus, closing)
    ask = np.flatnonzero((attribution > 0) & (attribution <= SPLIT_ATTRIBUTION_WORDS)
                         & (quoted <= quoted_words))
    for k in ask.tolist():
        first_word, last_word = closing[k] - document[k], opening[k] - document[k] - 1
        words = corpus.hashes[first_word:last_word + 1]
        found[k] = bool(in_sorted(words, reporting.ATTRIBUTING).any())
    ask = np.flatnonzero(found)
    found[ask] = ~_two_speakers(corpus, closing[ask] - document[ask],
                                opening[ask] - document[ask])
    return found


def _two_speakers(corpus: TokenisedCorpus, closing_word: np.ndarray,
                  opening_word: np.ndarray) -> np.ndarray:
    """For the first words after a closing mark and after the opening mark next to it, whether
    the quotation closed and the one opened are attributed to two people named apart: '"...
    avec un grand H", a écrit sur X Eric Ciotti. "Il laisse ...", a renchéri ... Bruno
    Retailleau' is two quotations, one after the other, not one that its attribution splits."""
    if not len(closing_word) or not len(corpus.quote_first):
        return np.zeros(len(closing_word), dtype=bool)
    closed = np.searchsorted(corpus.quote_first, closing_word - 1, side="right") - 1
    opened = np.searchsorted(corpus.quote_first, opening_word, side="left")
    known = (closed >= 0) & (opened < len(corpus.quote_first))
    speakers = np.full((2, len(closing_word)), UNKNOWN, dtype=np.uint64)
    if known.any():
        asked = np.concatenate((closed[known], opened[known]))
        speakers[:, known] = quotation_speakers(corpus, asked).reshape(2, -1)
    return np.asarray((speakers[0] != UNKNOWN) & (speakers[1] != UNKNOWN)
                      & (speakers[0] != speakers[1]), dtype=bool)


def _gap_documents(corpus: TokenisedCorpus, gaps: np.ndarray) -> np.ndarray:
    """The document each gap index (`corpus.gaps`) lies in: gap g of document d lies before
    global token g - d."""
    return np.asarray(np.searchsorted(corpus.offsets + np.arange(len(corpus.offsets)), gaps,
                                      side="right") - 1)
