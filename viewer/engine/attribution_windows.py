"""Where a quotation's attribution may be: the words after its closing mark and before its
opening mark, each within its sentence, in the order `viewer.engine.speakers` asks them; and
the signs it reads there (a reporting verb, a colon or a verb and a comma introducing the
quotation, a full stop ending it, a sentence that is an attribution alone).

Pure functions of the corpus.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.tokens import INITIAL_CAPITAL, TokenisedCorpus

AND = np.sort(reporting.hashes_of("and e y et und en i og och ve dan"))
"""Conjunctions that join a second verb of one subject ("... and noted that ...")."""
ATTRIBUTION_WINDOW_WORDS = 10
"""Words after a closing mark, or before an opening mark, searched for the attribution."""
VERB_BEFORE_WORDS = 2
"""A reporting verb this many words before a quotation's opening mark, or nearer, opens it
('ha definito "...', 'describió como «...'): the words before are its attribution."""
ATTRIBUTION_SENTENCE_WORDS = 6
"""The longest sentence after a quotation closed with a full stop that is its attribution
alone ('"... cargo." said the minister Jean Dulac.')."""


APPOSITION_WORDS = 14
"""Words more after a closing mark where a name and a comma follow it: an office set off by
commas may stand between the name and the verb ('"...," Damian Williams, U.S. Attorney for the
Southern District of New York, said')."""
NAME_BEFORE_COMMA_WORDS = 3
"""The longest name that opens an attribution and ends at a comma, in words."""


def _name_and_comma(corpus: TokenisedCorpus, end: int, doc_end: int, document: int) -> bool:
    """Whether a name of capitalised words (NAME_BEFORE_COMMA_WORDS at most) follows the
    closing mark before global token `end` and ends at a comma."""
    for position in range(end, min(end + NAME_BEFORE_COMMA_WORDS, doc_end)):
        if not corpus.initials[position] & INITIAL_CAPITAL:
            return False
        if position + 1 < doc_end:
            bits = gap_bits(corpus, position + 1, document)
            if bits & breaks.SENTENCE_BREAK:
                return False
            if bits & breaks.CLAUSE:
                return not bits & breaks.QUOTE
    return False


def has_verb(corpus: TokenisedCorpus, first: int, end: int) -> bool:
    """Whether a reporting verb stands in global tokens [first, end) outside quotations."""
    verbs = first + np.flatnonzero(in_sorted(corpus.hashes[first:end], reporting.SAYING))
    return bool(len(verbs)) and not corpus.inside_quotation(verbs, verbs + 1).all()


def attribution_windows(corpus: TokenisedCorpus, quotation: int,
                        document: int) -> list[tuple[int, int]]:
    """The global token ranges where `quotation`'s attribution may be, in the order to look:
    after its closing mark, then before its opening mark, each within its sentence."""
    first, end = int(corpus.quote_first[quotation]), int(corpus.quote_end[quotation])
    doc_first, doc_end = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    after = min(end + ATTRIBUTION_WINDOW_WORDS
                + (APPOSITION_WORDS if _name_and_comma(corpus, end, doc_end, document) else 0),
                doc_end)
    if end < doc_end and gap_bits(corpus, end, document) & breaks.NEWLINE:
        after = end
    # (after the closing mark: the sentence goes on to the attribution, '"...!" he said'
    # included, up to the next sentence or line)
    for position in range(end + 1, after):
        if gap_bits(corpus, position, document) & breaks.SENTENCE_BREAK:
            after = position
            break
    before = max(first - ATTRIBUTION_WINDOW_WORDS, doc_first)
    for position in range(first - 1, before, -1):
        if gap_bits(corpus, position, document) & breaks.SENTENCE_BREAK:
            before = position
            break
    windows = [(end, after), (before, first)]
    following = quotation + 1
    if (following < len(corpus.quote_first) and end < int(corpus.quote_first[following]) < after
            and in_sorted(corpus.hashes[end:end + 1], AND).any()
            and has_verb(corpus, end, int(corpus.quote_first[following]))):
        # (the words after the closing mark go on with the subject's second verb into the next
        # quotation, 'X transmitiu à família "..." e destacou que Sampaio "..."', 'X said he
        # sent "..." and noted that Y "..."': that one's introduction; this one's is before it)
        return [(before, first)]
    if end < doc_end and full_stop_after(corpus, end, document):
        # (the quotation ends its sentence: the words before its opening mark are of its own
        # sentence, those after may be the next speaker's; and a sentence that runs into the
        # next quotation's opening, a colon or a verb and a comma before it, introduces that
        # one: '"... Rätsel." Kanzlerin Angela Merkel sagte: "..."'; not one that quotes a word
        # in passing, '"...." Merkel said so of the "crisis"', nor the next sentence's,
        # paragraph's or document's)
        following = quotation + 1
        if (following < len(corpus.quote_first)
                and int(corpus.quote_first[following]) < after
                and introduced_at(corpus, int(corpus.quote_first[following]), document)):
            return [(before, first)]
        # (unless the quotation opens its sentence and the next is no more than an
        # attribution, '"... cargo." Paul Moss said.': a few words with a reporting verb,
        # ending there; a quotation its own sentence introduces is that sentence's, 'Anna
        # Berg wrote: "..." Paul Moss replied angrily.')
        opens = first == doc_first or bool(
            gap_bits(corpus, first, document) & breaks.SENTENCE_BREAK)
        if not (opens and attribution_sentence(corpus, end, after, document)):
            windows.reverse()
    return windows


def attribution_sentence(corpus: TokenisedCorpus, first: int, end: int, document: int) -> bool:
    """Whether global tokens [first, end) are a whole sentence of at most
    ATTRIBUTION_SENTENCE_WORDS words holding a reporting verb ("Paul Moss said.", "said the
    minister Jean Dulac."), not a sentence of reported speech ("Zuma said the talks ...")."""
    whole = end == int(corpus.offsets[document + 1]) or bool(
        gap_bits(corpus, end, document) & breaks.SENTENCE_BREAK)
    return (whole and 0 < end - first <= ATTRIBUTION_SENTENCE_WORDS
            and has_verb(corpus, first, end))


def full_stop_after(corpus: TokenisedCorpus, end: int, document: int) -> bool:
    """Whether a sentence ends with a full stop between global token `end - 1` (a quotation's
    last word) and `end`: in 'Trump tweeted: "We will respond." Zuma said the talks ...' the
    next sentence may be the next speaker's ('"...," Zuma said' and '"Why now?" Zuma asked'
    go on with the quotation's own sentence)."""
    if not gap_bits(corpus, end, document) & breaks.SENTENCE_BREAK:
        return False
    text = corpus.texts[document]
    return "." in text[int(corpus.ends[end - 1]):int(corpus.starts[end])]


def introduced_at(corpus: TokenisedCorpus, position: int, document: int) -> bool:
    """Whether a colon, or a comma after a reporting verb, stands right before global token
    `position` (a quotation's first word, with its opening mark): 'Merkel sagte: "...',
    'Merkel said, "...'."""
    text = corpus.texts[document]
    gap = text[int(corpus.ends[position - 1]):int(corpus.starts[position])]
    return ":" in gap or ("," in gap and bool(
        in_sorted(corpus.hashes[position - 1:position], reporting.CONTINUING)[0]))


def verb_right_before(corpus: TokenisedCorpus, first: int, document: int) -> bool:
    """Whether a reporting verb, or a participle of calling after an auxiliary ('ha definito
    "...', 'has called it "...'), stands among the VERB_BEFORE_WORDS words right before global
    token `first` (a quotation's first word), in its clause: not one ending the sentence
    before ('Mabena said so. "...') nor a clause before ('Smith, who said nothing, "...')."""
    start = max(first - VERB_BEFORE_WORDS, int(corpus.offsets[document]))
    text = corpus.texts[document]
    for position in range(first - 1, start - 1, -1):
        if gap_bits(corpus, position + 1, document) & breaks.SENTENCE_BREAK:
            return False
        gap = text[int(corpus.ends[position]):int(corpus.starts[position + 1])]
        if any(mark in gap for mark in ",;()"):
            return False
        word = corpus.hashes[position:position + 1]
        if in_sorted(word, reporting.CONTINUING)[0] or (
                in_sorted(word, reporting.CALLING)[0] and position > int(corpus.offsets[document])
                and in_sorted(corpus.hashes[position - 1:position], reporting.AUXILIARIES)[0]):
            return True
    return False


def sentence_ends(corpus: TokenisedCorpus, low: int, high: int, document: int) -> int:
    """How many sentence ends (or line breaks) stand in the gaps before global tokens
    [low, high) of `document`."""
    gaps = corpus.gaps[low + document : high + document]
    return int(np.count_nonzero(gaps & np.uint16(breaks.SENTENCE_BREAK)))


def gap_bits(corpus: TokenisedCorpus, position: int, document: int) -> int:
    """The break bits of the gap before global token `position` of `document`."""
    return int(corpus.gaps[position + document])


def sentence_before(corpus: TokenisedCorpus, quotation: int, document: int, reach: int) -> int:
    """The first global token of the words before `quotation`'s opening mark in its sentence:
    back to the sentence's start, the quotation before it or `reach` tokens at most."""
    opening = int(corpus.quote_first[quotation])
    lowest = max(int(corpus.offsets[document]), opening - reach,
                 int(corpus.quote_end[quotation - 1]) if quotation else 0)
    first = opening
    while first > lowest and not gap_bits(corpus, first, document) & breaks.SENTENCE_BREAK:
        first -= 1
    return first


def sentence_after(corpus: TokenisedCorpus, quotation: int, document: int, reach: int) -> int:
    """The end (exclusive) of the words after `quotation`'s closing mark in its sentence: up to
    the sentence's end, the next quotation or `reach` tokens at most."""
    closing = int(corpus.quote_end[quotation])
    highest = min(int(corpus.offsets[document + 1]), closing + reach,
                  int(corpus.quote_first[quotation + 1])
                  if quotation + 1 < len(corpus.quote_first) else closing + reach)
    last = closing
    while last < highest and not (last > closing and gap_bits(corpus, last, document)
                                  & breaks.SENTENCE_BREAK):
        last += 1
    return last

