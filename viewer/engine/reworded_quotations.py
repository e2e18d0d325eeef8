"""Quotations two outlets print in words nearly alike: one speaker's words transcribed twice.

Pure function of the corpus, the pairwise matches and the quotations, beside
`viewer.engine.fragments` (quotations found word for word) and `viewer.engine.gapped_fragments`
(a few words cut or one changed). Outlets that each transcribe a press conference or a live
broadcast write the same sentence a little otherwise: a word's ending ("homme de droit et de
valeurs" / "homme de droits et valeurs"), a particle (Japanese "着陸許可は管制から出ていたと
認識している" / "着陸許可が出ていたと認識している", Korean "생존자를" / "생존자들을"), a word or two
changed or moved ("Andarci adesso sarebbe solo una passerella" / "Andarci ora ..."); no run of
words long enough for the n-gram stages, and too many changes for a gapped fragment. Here two
quotations of REWORDED_MIN_WORDS to REWORDED_MAX_WORDS words in two documents no longer than
news articles are one statement's where the sets of their characters' trigrams (lower case,
every run of characters other than letters and digits one space) are alike: twice the trigrams
they share make TRIGRAMS_ALIKE or more of the two sets' sizes added (two translations of one
quotation, a run of other words, are less alike: paraphrases, not this stage's). Never where
the two claim otherwise (`viewer.engine.transcription_edits`: a negation more, another number).
Between documents that share nothing besides the two quotations, they must be attributed to one
named speaker (`viewer.engine.speakers`): two speakers' sentences are alike too; between
documents that share no statement's text besides them, they are asked as
`viewer.engine.event_bridges` asks a short quotation between two groups of documents (one
speaker's condolence on two events links neither). The match covers, on each side, the stretch
the two have in common (a quotation that holds the other and a few words more: its part that
does).

Not asked: two quotations identical (found word for word already), two that a long match holds
whole (one statement already), two that each lie in a long match (each in a statement already;
an outlet's third transcription is asked with either). Candidates are found by their rare
trigrams (in RARE_QUOTATIONS quotations or fewer, of a half of the trigrams chosen by their
hash): a pair sharing RARE_SHARE of them is compared whole. So the work grows with the
quotations and the pairs that share something rare, never with their square.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from viewer.engine.arrays import flat_ranges, overlap_runs, unique_values, within
from viewer.engine.chance import CHANCE_FREE_WORDS, as_words
from viewer.engine.clause_extent import one_speakers_words
from viewer.engine.equal_words import equal_words_of
from viewer.engine.event_bridges import between_events
from viewer.engine.matches import PairMatches
from viewer.engine.statements import EDITED_QUOTE_WORDS, STATEMENT_WORDS
from viewer.engine.tokens import TokenisedCorpus
from viewer.engine.transcription_edits import common_stretch, same_claims

REWORDED_MIN_WORDS = 4
"""The shortest quotation compared (counted as words: `viewer.engine.chance.as_words`)."""
REWORDED_MAX_WORDS = 60
"""The longest: a longer quotation transcribed twice shares runs the n-gram stages find."""
TRIGRAMS_ALIKE = 0.7
"""Twice the character trigrams two quotations share, over the two sets' sizes added, for the
two to be one statement's (a word's ending or a particle changed keeps most trigrams)."""
RARE_QUOTATIONS = 30
"""A trigram in more quotations than this finds no candidates (it is a common word's)."""
RARE_SHARE = 0.5
"""The share of their rare trigrams two quotations must have in common to be compared whole."""
TRIGRAM_BITS = 40
"""A trigram's code is hashed to this many bits (the quotation's index beside them in one
64-bit key: up to 2**24 quotations)."""
_MIXER = np.uint64(0x9E3779B97F4A7C15)
_SEPARATOR = "\x00"
"""Between two quotations' texts (one a text holds is read as a space)."""
_PLANE = 1 << 16
"""The Basic Multilingual Plane's code points: a character beyond it (a rare ideograph) is a
letter to `_trigrams`."""


@cache
def _letters_and_digits() -> np.ndarray:
    """Whether each code point of the Basic Multilingual Plane is a letter or a digit
    (`str.isalnum`), read once: a table the texts' code points look up at once."""
    return np.fromiter(map(str.isalnum, map(chr, range(_PLANE))), dtype=bool, count=_PLANE)


def reworded_quotations(corpus: TokenisedCorpus, matches: PairMatches,
                        quotes: tuple[np.ndarray, np.ndarray]) -> PairMatches:
    """Matches between quotations of two documents printed in words nearly alike (module
    docstring): `matches`, the pairwise matches and fragments found so far (which document
    pairs share something). Each match is `quoted`, of unknown document counts."""
    quote_first, quote_end = quotes
    if not len(quote_first):
        return PairMatches.empty()
    document = corpus.document_of(quote_first)
    local_first = quote_first - corpus.offsets[document]
    words = as_words(corpus, document, local_first, local_first + quote_end - quote_first,
                     quote_end - quote_first)
    news = np.diff(corpus.offsets) <= CHANCE_FREE_WORDS
    asked = np.flatnonzero((words >= REWORDED_MIN_WORDS) & (words <= REWORDED_MAX_WORDS)
                           & news[document])
    if len(asked) < 2:
        return PairMatches.empty()
    owner, trigram = _trigrams(corpus, document, quote_first, quote_end, asked)
    # (not two that each lie whole in a long match: each is in a statement already, and one
    # another outlet transcribes otherwise is asked with the one of the two it is like)
    settled = _in_long_matches(corpus, matches, quote_first[asked], quote_end[asked])
    one, other = _candidates(owner, trigram, settled)
    keep = (document[asked[one]] != document[asked[other]]) & ~(settled[one] & settled[other])
    one, other = one[keep], other[keep]
    # (nor two a match between their documents holds whole already: nothing to add, and most
    # of the candidates where many outlets quote one statement)
    keep = ~_linked_already(matches, document, quote_first, quote_end, asked[one], asked[other],
                            corpus.offsets)
    one, other = one[keep], other[keep]
    alike = _alike(owner, trigram, one, other)
    one, other = asked[one[alike]], asked[other[alike]]
    first_a, end_a = quote_first[one], quote_end[one]
    first_b, end_b = quote_first[other], quote_end[other]
    keep = same_claims(corpus, first_a, end_a, first_b, end_b)
    first_a, end_a, first_b, end_b = common_stretch(corpus, first_a, end_a, first_b, end_b)
    doc_a, doc_b = document[one], document[other]
    # (the document of lower index first, as the other stages' matches)
    swap = doc_a > doc_b
    low_doc, high_doc = np.where(swap, doc_b, doc_a), np.where(swap, doc_a, doc_b)
    unknown = np.zeros(len(doc_a), dtype=np.int64)
    found = PairMatches(low_doc, np.where(swap, first_b, first_a) - corpus.offsets[low_doc],
                        np.where(swap, end_b, end_a) - corpus.offsets[low_doc], high_doc,
                        np.where(swap, first_a, first_b) - corpus.offsets[high_doc],
                        np.where(swap, end_a, end_b) - corpus.offsets[high_doc],
                        np.ones(len(doc_a), dtype=bool), unknown, unknown.copy())
    # (between documents sharing no statement's text: one named speaker's words, not two
    # speakers' condolences alike; and one speaker's words on two events link neither)
    # (between documents sharing nothing besides the two quotations: one named speaker's
    # words, not two speakers' sentences alike, as `viewer.engine.gapped_fragments` asks; and
    # between documents sharing no statement's text besides them, not one speaker's words on
    # two events, a condolence the president sends after each)
    asked = np.flatnonzero(keep)
    anything, statement = _sharing_elsewhere(corpus, matches, document, quote_first, quote_end,
                                             one[asked], other[asked])
    strangers = asked[~anything]
    keep[strangers] = one_speakers_words(corpus, first_a[strangers], end_a[strangers],
                                         first_b[strangers], end_b[strangers])
    lonely = asked[~statement & keep[asked]]
    if len(lonely):
        keep[lonely] = ~_between_events(corpus, matches, found.subset(_mask(lonely, len(one))))
    return found.subset(keep)


def _mask(indices: np.ndarray, size: int) -> np.ndarray:
    """A boolean array of `size`, true at `indices`."""
    mask = np.zeros(size, dtype=bool)
    mask[indices] = True
    return mask


def _long(corpus: TokenisedCorpus, matches: PairMatches) -> np.ndarray:
    """Whether each match has STATEMENT_WORDS words the same on both sides (counted as words:
    `viewer.engine.chance.as_words`): a statement in its own right, as the clustering reads
    it."""
    long = np.zeros(len(matches), dtype=bool)
    asked = np.flatnonzero(as_words(corpus, matches.doc_a, matches.a0, matches.a1,
                                    matches.a1 - matches.a0) >= STATEMENT_WORDS)
    part = matches.subset(_mask(asked, len(matches)))
    long[asked] = as_words(corpus, part.doc_a, part.a0, part.a1,
                           equal_words_of(corpus, part)) >= STATEMENT_WORDS
    return long


def _between_events(corpus: TokenisedCorpus, matches: PairMatches,
                    found: PairMatches) -> np.ndarray:
    """Which of the quotation matches `found` link two events' documents, as
    `viewer.engine.event_bridges` reads short quoted matches between the groups of documents
    that the matches the clustering keeps however edited (`_sure`) connect."""
    long = _sure(matches)
    combined = matches.concatenated(found)
    ours = np.zeros(len(combined), dtype=bool)
    ours[len(matches):] = True
    bridges = between_events(corpus, combined, np.zeros(len(combined), dtype=bool),
                             long=np.concatenate((long, np.zeros(len(found), dtype=bool))),
                             short_quoted=ours)
    return np.asarray(bridges[len(matches):], dtype=bool)


def _trigrams(corpus: TokenisedCorpus, document: np.ndarray, quote_first: np.ndarray,
              quote_end: np.ndarray, asked: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each asked quotation's character trigrams, read in lower case between two spaces with
    each run of other characters than letters and digits one space: the owner (index into
    `asked`, ascending) and the trigram's code (its three code points hashed to
    TRIGRAM_BITS); a trigram a quotation holds twice is listed twice."""
    pieces = [corpus.texts[int(document[quotation])][
        int(corpus.starts[quote_first[quotation]]):int(corpus.ends[quote_end[quotation] - 1])]
        for quotation in asked.tolist()]
    # (each between spaces: its first and last words' edges are trigrams too; a text holding
    # the separator itself has it read as a space)
    codes = np.frombuffer(_SEPARATOR.join(f" {piece.replace(_SEPARATOR, ' ')} "
                                          for piece in pieces).lower()
                          .encode("utf-32-le", "surrogatepass"),
                          dtype=np.uint32)
    separator = codes == ord(_SEPARATOR)
    # (the quotation each character is in: counted by the separators, as lower case may
    # lengthen a text)
    owner = np.cumsum(separator)
    # (each run of characters other than letters and digits one space)
    space = ~separator & ~(_letters_and_digits()[np.minimum(codes, _PLANE - 1)]
                           | (codes >= _PLANE))
    kept = ~(space & np.concatenate(([False], space[:-1])))
    codes, owner, separator = codes[kept].astype(np.uint64), owner[kept], separator[kept]
    codes[space[kept]] = ord(" ")
    inside = ~(separator[:-2] | separator[1:-1] | separator[2:])
    trigram = (codes[:-2] << np.uint64(42)) | (codes[1:-1] << np.uint64(21)) | codes[2:]
    return (owner[:-2][inside].astype(np.int64),
            (trigram[inside] * _MIXER) >> np.uint64(64 - TRIGRAM_BITS))


def _candidates(owner: np.ndarray, trigram: np.ndarray, settled: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of quotations (indices, the first the smaller), one of them not `settled`, that
    share RARE_SHARE of their rare trigrams or more (module docstring)."""
    quotations = len(settled)
    # (a half of the trigrams, by their hash, tells the pairs: twice as fast, as many found)
    sample = (trigram & np.uint64(1)) == 0
    owner, trigram = owner[sample], trigram[sample]
    # (sorted by trigram, then quotation: one key of the two, each once)
    keys = np.sort((trigram << np.uint64(64 - TRIGRAM_BITS)) | owner.astype(np.uint64))
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    trigram = keys >> np.uint64(64 - TRIGRAM_BITS)
    owner = (keys & np.uint64((1 << (64 - TRIGRAM_BITS)) - 1)).astype(np.int64)
    starts = np.flatnonzero(np.concatenate(([True], trigram[1:] != trigram[:-1])))
    sizes = np.diff(np.append(starts, len(trigram)))
    rare = np.repeat(sizes <= RARE_QUOTATIONS, sizes)
    rare_count = np.bincount(owner[rare], minlength=quotations)
    # (pairs within each group of a rare trigram: row i with row i + step of the same trigram;
    # of groups of two or more, and holding a quotation not settled)
    shared_rare = rare & np.repeat(sizes >= 2, sizes)
    unsettled = np.maximum.reduceat(~settled[owner], starts) if len(starts) else starts
    shared_rare &= np.repeat(unsettled.astype(bool), sizes)
    owner, trigram = owner[shared_rare], trigram[shared_rare]
    pair_keys = []
    for step in range(1, RARE_QUOTATIONS):
        same = trigram[step:] == trigram[:-step]
        if not same.any():
            break
        first, second = owner[:-step][same], owner[step:][same]
        pair_keys.append(np.minimum(first, second) * quotations + np.maximum(first, second))
    if not pair_keys:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    pair, shared = np.unique(np.concatenate(pair_keys), return_counts=True)
    one, other = pair // quotations, pair % quotations
    enough = 2 * shared >= RARE_SHARE * (rare_count[one] + rare_count[other])
    return one[enough], other[enough]


def _joined(matches: PairMatches, document: np.ndarray, one: np.ndarray, other: np.ndarray,
            offsets: np.ndarray) -> tuple[np.ndarray, ...]:
    """The matches between the documents of each pair of quotations `one` and `other` (indices
    into the quotations): per row, the pair, the match, the pair's quotation in the document of
    lower index and the other, and the match's sides in those two documents (global tokens)."""
    documents = len(offsets) - 1
    swap = matches.doc_a > matches.doc_b
    low_doc = np.where(swap, matches.doc_b, matches.doc_a)
    high_doc = np.where(swap, matches.doc_a, matches.doc_b)
    key = low_doc * documents + high_doc
    order = np.argsort(key, kind="stable")
    flip = document[one] > document[other]
    low, high = np.where(flip, other, one), np.where(flip, one, other)
    wanted = document[low] * documents + document[high]
    pair, match = flat_ranges(np.searchsorted(key[order], wanted, side="left"),
                              np.searchsorted(key[order], wanted, side="right"))
    match = order[match]
    return (pair, match, low[pair], high[pair],
            offsets[low_doc[match]] + np.where(swap, matches.b0, matches.a0)[match],
            offsets[low_doc[match]] + np.where(swap, matches.b1, matches.a1)[match],
            offsets[high_doc[match]] + np.where(swap, matches.a0, matches.b0)[match],
            offsets[high_doc[match]] + np.where(swap, matches.a1, matches.b1)[match])


def _linked_already(matches: PairMatches, document: np.ndarray, quote_first: np.ndarray,
                    quote_end: np.ndarray, one: np.ndarray, other: np.ndarray,
                    offsets: np.ndarray) -> np.ndarray:
    """Whether a match between the documents of quotations `one` and `other` that the
    clustering keeps however edited (`_sure`) holds both whole."""
    pair, match, low, high, low_first, low_end, high_first, high_end = _joined(
        matches, document, one, other, offsets)
    holds = (_sure(matches)[match] & (low_first <= quote_first[low]) & (low_end >= quote_end[low])
             & (high_first <= quote_first[high]) & (high_end >= quote_end[high]))
    return np.bincount(pair[holds], minlength=len(one)) > 0


def _sharing_elsewhere(corpus: TokenisedCorpus, matches: PairMatches, document: np.ndarray,
                       quote_first: np.ndarray, quote_end: np.ndarray, one: np.ndarray,
                       other: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Whether the documents of quotations `one` and `other` share a match that overlaps
    neither quotation, and one STATEMENT_WORDS words long (`_long`): a statement's text besides
    them (the quotations themselves, or a short sentence two events' coverage both print, say
    nothing of the two being one story)."""
    pair, match, low, high, low_first, low_end, high_first, high_end = _joined(
        matches, document, one, other, corpus.offsets)
    apart = ~(((low_first < quote_end[low]) & (low_end > quote_first[low]))
              | ((high_first < quote_end[high]) & (high_end > quote_first[high])))
    pair, match = pair[apart], match[apart]
    asked = unique_values(match)
    long = np.zeros(len(matches), dtype=bool)
    long[asked] = _long(corpus, matches.subset(_mask(asked, len(matches))))
    return (np.bincount(pair, minlength=len(one)) > 0,
            np.bincount(pair[long[match]], minlength=len(one)) > 0)


def _in_long_matches(corpus: TokenisedCorpus, matches: PairMatches, first: np.ndarray,
                     end: np.ndarray) -> np.ndarray:
    """Whether each global token range [first, end) lies whole in a side of a match the
    clustering keeps however edited (`_sure`)."""
    long = _sure(matches)
    offsets = corpus.offsets
    _, run_first, run_end = overlap_runs(
        np.concatenate((offsets[matches.doc_a[long]] + matches.a0[long],
                        offsets[matches.doc_b[long]] + matches.b0[long])),
        np.concatenate((offsets[matches.doc_a[long]] + matches.a1[long],
                        offsets[matches.doc_b[long]] + matches.b1[long])))
    return np.asarray(within(first, end, run_first, run_end), dtype=bool)


def _sure(matches: PairMatches) -> np.ndarray:
    """Whether each match is long enough for the clustering to keep it however edited
    (`viewer.engine.statements.EDITED_QUOTE_WORDS` words on its shorter side): a shorter one
    with words changed may be dropped, and the quotations' likeness is then the evidence."""
    return np.asarray(np.minimum(matches.a1 - matches.a0, matches.b1 - matches.b0)
                      >= EDITED_QUOTE_WORDS, dtype=bool)


def _alike(owner: np.ndarray, trigram: np.ndarray, one: np.ndarray,
           other: np.ndarray) -> np.ndarray:
    """Whether each pair of quotations' trigram sets share TRIGRAMS_ALIKE of their trigrams
    (Dice) and are not one set (printed alike: `viewer.engine.fragments` has those)."""
    low = np.searchsorted(owner, np.arange(int(owner[-1]) + 2), side="left").tolist()
    sets: dict[int, frozenset[int]] = {}

    def of(quotation: int) -> frozenset[int]:
        if quotation not in sets:
            sets[quotation] = frozenset(trigram[low[quotation]:low[quotation + 1]].tolist())
        return sets[quotation]

    found = np.zeros(len(one), dtype=bool)
    for at, (a, b) in enumerate(zip(one.tolist(), other.tolist(), strict=True)):
        first, second = of(a), of(b)
        shared = len(first & second)
        found[at] = (2 * shared >= TRIGRAMS_ALIKE * (len(first) + len(second))
                     and not shared == len(first) == len(second))
    return found

