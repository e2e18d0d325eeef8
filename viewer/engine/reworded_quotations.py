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
the two claim otherwise (`viewer.engine.transcription_edits`: a negation more, another number,
another name, words swapped round), nor where each names its own speaker beside its verb and
the two are two people. Between documents that share nothing besides the two quotations, they
must be attributed to one named speaker (`viewer.engine.speakers`): two speakers' sentences are
alike too; between documents that share no statement's text besides them, they are asked as
`viewer.engine.event_bridges` asks a short quotation between two groups of documents (one
speaker's condolence on two events links neither; `viewer.engine.quotation_context` reads what
the matches say). The match covers both quotations whole, or, where one is a few words longer,
its stretch the two have in common.

Not asked: two quotations identical (found word for word already), two that a long match holds
whole (one statement already), two that each lie in a long match (each in a statement already;
an outlet's third transcription is asked with either). Each text is asked once, however many
outlets quote it alike (up to MEMBERS_ASKED of its quotations are then paired with one like it):
candidates are found by their rare trigrams (in RARE_QUOTATIONS texts or fewer, of a half of the
trigrams chosen by their hash), and a pair sharing RARE_SHARE of them is compared whole. So the
work grows with the quotations and the pairs that share something rare, never with their
square.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import numpy as np

from viewer.engine.arrays import flat_ranges
from viewer.engine.attribution_names import PRONOUN
from viewer.engine.chance import CHANCE_FREE_WORDS, as_words
from viewer.engine.full_names import full_name
from viewer.engine.matches import PairMatches
from viewer.engine.quotation_attribution import attribution_name, quotation_document
from viewer.engine.quotation_context import (
    between_events,
    in_long_matches,
    linked_already,
    sharing_elsewhere,
)
from viewer.engine.speakers import UNKNOWN, quotation_speakers
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
    (`str.isalnum`) or a mark written onto one (a Devanagari vowel sign, a combining accent),
    read once: a table the texts' code points look up at once."""
    return np.fromiter((character.isalnum() or unicodedata.category(character)[0] == "M"
                        for character in map(chr, range(_PLANE))), dtype=bool, count=_PLANE)


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
    # (each text once: a statement a hundred outlets quote alike is one candidate, its
    # trigrams as rare as a statement two quote)
    texts, first_of_text = _texts(corpus, quote_first[asked], quote_end[asked])
    # (not two that each lie whole in a long match: each is in a statement already, and one
    # another outlet transcribes otherwise is asked with the one of the two it is like; nor
    # two a match between their documents holds whole already)
    settled = in_long_matches(corpus, matches, quote_first[asked], quote_end[asked])
    owner, trigram = _trigrams(corpus, document, quote_first, quote_end, asked[first_of_text])
    settled_text = np.bincount(texts, weights=~settled) == 0
    one, other = _candidates(owner, trigram, settled_text)
    asked_text = ~(settled_text[one] & settled_text[other])
    one, other = one[asked_text], other[asked_text]
    alike = _alike(owner, trigram, one, other)
    one, other = _members(texts, first_of_text[one[alike]], first_of_text[other[alike]])
    keep = (document[asked[one]] != document[asked[other]]) & ~(settled[one] & settled[other])
    one, other = one[keep], other[keep]
    keep = ~linked_already(matches, document, quote_first, quote_end, asked[one], asked[other],
                            corpus.offsets)
    one, other = asked[one[keep]], asked[other[keep]]
    first_a, end_a = quote_first[one], quote_end[one]
    first_b, end_b = quote_first[other], quote_end[other]
    keep = same_claims(corpus, first_a, end_a, first_b, end_b)
    # (never two people's: each named beside its own verb, and not alike)
    asked = np.flatnonzero(keep)
    keep[asked] = ~_named_apart(corpus, one[asked], other[asked])
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
    # (between documents sharing nothing besides the two quotations: one named speaker's
    # words, not two unnamed speakers' sentences alike, as `viewer.engine.gapped_fragments`
    # asks; and between documents sharing no statement's text besides them, not one
    # speaker's words on two events, a condolence the president sends after each)
    asked = np.flatnonzero(keep)
    anything, statement = sharing_elsewhere(corpus, matches, document, quote_first, quote_end,
                                             one[asked], other[asked])
    strangers = asked[~anything]
    speaker = quotation_speakers(corpus, one[strangers])
    keep[strangers] = ((speaker == quotation_speakers(corpus, other[strangers]))
                       & (speaker != np.uint64(UNKNOWN)))
    lonely = asked[~statement & keep[asked]]
    if len(lonely):
        keep[lonely] = ~between_events(corpus, matches, found.subset(lonely))
    return found.subset(keep)


def _named_apart(corpus: TokenisedCorpus, one: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Whether each pair of quotations names two people beside their own verbs (not a
    pronoun followed back: two different fullest names, read only where the names differ)."""
    apart = np.zeros(len(one), dtype=bool)
    for k, (a, b) in enumerate(zip(one.tolist(), other.tolist(), strict=True)):
        documents = quotation_document(corpus, a), quotation_document(corpus, b)
        names = (attribution_name(corpus, a, documents[0]),
                 attribution_name(corpus, b, documents[1]))
        if UNKNOWN in names or PRONOUN in names or names[0] == names[1]:
            continue
        apart[k] = (full_name(corpus, documents[0], names[0])
                    != full_name(corpus, documents[1], names[1]))
    return apart


MEMBERS_ASKED = 8
"""Of a text many outlets quote alike, the most quotations paired with one like it: one link
joins the others, which the fragments stage links word for word."""


def _texts(corpus: TokenisedCorpus, first: np.ndarray, end: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray]:
    """For each quotation [first, end) (global tokens), the index of its text among the
    distinct ones (its words, in order), and, for each distinct text, its first quotation."""
    owner, position = flat_ranges(first, end)
    mixed = corpus.hashes[position] * _POSITION_MIXERS[
        np.minimum(position - first[owner], len(_POSITION_MIXERS) - 1)]
    key = np.zeros(len(first), dtype=np.uint64)
    np.add.at(key, owner, mixed)
    key ^= (end - first).astype(np.uint64) * _MIXER
    _, first_of_text, texts = np.unique(key, return_index=True, return_inverse=True)
    return texts.reshape(-1), first_of_text


_POSITION_MIXERS = (np.arange(1, 4 * REWORDED_MAX_WORDS + 2, dtype=np.uint64)
                    * np.uint64(0xBF58476D1CE4E5B9)) | np.uint64(1)
"""A multiplier per position in a quotation (a quotation's text is its words in order)."""


def _members(texts: np.ndarray, one: np.ndarray, other: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of quotations holding texts alike (`one` and `other`: each text's first
    quotation): up to MEMBERS_ASKED of each text's quotations with up to as many of the
    other's, in order."""
    order = np.argsort(texts, kind="stable")
    starts = np.searchsorted(texts[order], texts[one]), np.searchsorted(texts[order], texts[other])
    counts = (np.minimum(np.bincount(texts)[texts[one]], MEMBERS_ASKED),
              np.minimum(np.bincount(texts)[texts[other]], MEMBERS_ASKED))
    pair, at = flat_ranges(np.zeros(len(one), dtype=np.int64), counts[0] * counts[1])
    return (order[starts[0][pair] + at // counts[1][pair]],
            order[starts[1][pair] + at % counts[1][pair]])


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

